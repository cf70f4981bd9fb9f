#pragma once

#include "common/Result.h"
#include "store/Projection.h"

namespace ck {

struct BatchState;

// Deviations, their comment thread and container dispositions as read models of the events.
// Like the batch projection it runs no rules: the events carry what was decided. Any event may
// raise deviations (payload `deviations`); the deviation events change one (payload `deviation`).
class DeviationProjection final : public Projection
{
public:
    QStringList tables() const override;
    Status apply(QSqlDatabase &db, const Event &event) override;

    // Adds the batch's deviations and container dispositions to a batch loaded from the store.
    static Status loadInto(QSqlDatabase &db, BatchState &batch);

    struct Comment
    {
        QString eventId;
        QString kind; // raised, comment, update, submission, decision, closure
        QString text;
        QString at;
        QString by;
    };
    static QList<Comment> comments(QSqlDatabase &db, const QString &deviationId);
};

} // namespace ck
