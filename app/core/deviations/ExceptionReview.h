#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

namespace ck {

struct BatchState;
struct Event;

// Review by exception: of a batch's record, only what departs from the nominal path, each item
// naming the event it comes from so a reviewer can open the record. Read from the batch's events
// (as recorded, in order) and its state; decides nothing.
namespace reviewkind {
inline const QString Deviation = QStringLiteral("deviation");       // raised, by hand or system
inline const QString Correction = QStringLiteral("correction");     // entry.corrected
inline const QString Override = QStringLiteral("override");         // typed identity approved
inline const QString Intervention = QStringLiteral("intervention"); // repeat, move, terminate,
                                                                    // order completed
inline const QString AlertValue = QStringLiteral("alert_value");    // an entry at alert level
inline const QString OutOfSpec = QStringLiteral("out_of_spec");     // an entry out of spec
inline const QString Window = QStringLiteral("window");             // late or missed window
inline const QString Identity = QStringLiteral("identity");         // mismatch, not released
inline const QString Decision = QStringLiteral("decision");         // a deviation decided
} // namespace reviewkind

struct ReviewItem
{
    QString kind;    // reviewkind::*
    QString at;      // UTC text of the event
    QString person;  // who acted (the event's actor)
    QString stepId;  // empty when the item concerns the whole batch
    QString summary; // one line
    QString eventId; // the record it links to
    QString deviationId;

    QJsonObject toJson() const;
};

class ExceptionReview
{
public:
    // `events` are the batch's events in order (EventLog::events(batchId)); `batch` its state.
    static QList<ReviewItem> build(const std::vector<Event> &events, const BatchState &batch);
    static QJsonArray toJson(const QList<ReviewItem> &items);
};

} // namespace ck
