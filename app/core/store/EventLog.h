#pragma once

#include "Event.h"
#include "common/Result.h"

#include <functional>
#include <vector>

namespace ck {

class Clock;
class Projection;
class Store;

// The append-only, hash-chained audit trail of this terminal, and the only way state changes:
// `record` decides, appends one event and applies it to every projection in one transaction.
class EventLog
{
public:
    EventLog(Store &store, const Clock &clock);

    // Projections are applied in the order added; they are not owned.
    void addProjection(Projection *projection);

    // `decide` runs inside the write transaction, so it sees the state no other writer can
    // change before the event lands; it returns the event to record or the refusal.
    Result<Event> record(const std::function<Result<EventDraft>()> &decide);
    Result<Event> record(const EventDraft &draft);

    struct RebuildReport
    {
        QByteArray digestBefore;
        QByteArray digestAfter;
        qint64 eventsReplayed = 0;
        bool identical() const { return digestBefore == digestAfter; }
    };
    // Throws away every projection and replays the log through the same `apply` code.
    Result<RebuildReport> rebuild();
    // SHA-256 over the sorted rows of every projection table.
    Result<QByteArray> stateDigest();

    // Events in local order of arrival; an empty batch id means all events.
    Status forEach(const std::function<Status(const Event &)> &visit, const QString &batchId = {});
    std::vector<Event> events(const QString &batchId = {});
    qint64 count();

    const Clock &clock() const { return m_clock; }
    Store &store() { return m_store; }

private:
    Result<Event> append(const EventDraft &draft);

    Store &m_store;
    const Clock &m_clock;
    std::vector<Projection *> m_projections;
};

} // namespace ck
