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

    // Another terminal's event, pulled from the central server, stored exactly as that terminal
    // made it (only `pos` is ours) and applied to every projection, in one transaction (joined
    // when the caller already holds one). Refused: an event of this terminal's own id, a hash
    // that does not match the fields, an event that does not continue its terminal's chain as
    // stored here (seq = last + 1, prev = that event's hash; the first is seq 1 after the
    // genesis hash), an id already stored with another hash. Already stored (same id and hash):
    // Duplicate, nothing written. Events are never updated or deleted.
    enum class ImportOutcome
    {
        Imported,
        Duplicate
    };
    Result<ImportOutcome> importForeign(const Event &event);
    // What importForeign would store after `event` is checked, for a caller that must decide
    // something before the row lands: applies no projection. Inside a transaction only.
    Result<ImportOutcome> checkForeign(const Event &event);

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
    Result<qint64> insert(const Event &event);

    Store &m_store;
    const Clock &m_clock;
    std::vector<Projection *> m_projections;
};

} // namespace ck
