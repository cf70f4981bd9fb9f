#pragma once

#include "BatchState.h"
#include "common/Result.h"
#include "store/Projection.h"

#include <QList>

namespace ck {

// Batches, step states, entries and exceptions as read models of the events. The projection
// knows no recipe logic: each execution event carries the consequences the engine decided
// (`steps`, `entry`, `exceptions`, `resolved`, `supersede`, `timer`, `batchState`, `activeStep`),
// so a replay, or the central server, reproduces the state without re-running the engine.
class BatchProjection final : public Projection
{
public:
    QStringList tables() const override;
    Status apply(QSqlDatabase &db, const Event &event) override;

    static Result<BatchState> load(QSqlDatabase &db, const QString &batchId);
    // Every batch, without steps, entries and exceptions: the order list.
    static QList<BatchState> list(QSqlDatabase &db);
};

} // namespace ck
