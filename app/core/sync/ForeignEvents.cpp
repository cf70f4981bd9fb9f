#include "ForeignEvents.h"

#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <type_traits>

namespace ck {

namespace {

// The step an event is about, from the consequences its payload carries.
QString stepOf(const QJsonObject &p)
{
    if (const QString s = p[u"step"].toString(); !s.isEmpty())
        return s;
    for (const char16_t *key : {u"entry", u"stepSignature", u"timer", u"scan"}) {
        if (const QString s = p[QStringView(key)][u"step"].toString(); !s.isEmpty())
            return s;
    }
    const QJsonArray steps = p[u"steps"].toArray();
    for (const QJsonValue &v : steps) {
        if (const QString s = v[u"step"].toString(); !s.isEmpty())
            return s;
    }
    return {};
}

struct LocalRow
{
    QString id;
    QString terminalId;
    QString type;
    QString utc;
    QString actor;
};

// BatchManager::recordSyncConflict arrives with the deviation work; until it is there, a
// conflict stays pending (recorded, shown in the sync status) instead of failing the build.
template<typename Manager>
Status callRecordSyncConflict(Manager &m, const QString &batchId, const QString &stepId,
                              const QString &detail, const QStringList &ids)
{
    if constexpr (requires { m.recordSyncConflict(batchId, stepId, detail, ids); }) {
        return Status(m.recordSyncConflict(batchId, stepId, detail, ids));
    } else {
        return Error::refused(QStringLiteral("this build cannot raise sync-conflict deviations yet "
                                             "(BatchManager::recordSyncConflict is missing)"));
    }
}

} // namespace

ForeignEvents::ForeignEvents(Workstation &workstation) : m_ws(workstation) {}

std::optional<SyncConflict> ForeignEvents::detect(const Event &e)
{
    if (e.batchId.isEmpty())
        return std::nullopt;
    const QJsonObject p = e.payloadObject();
    // Events recorded before batch events carried their basis, and events that are not about
    // the batch's execution, say nothing about what their terminal had seen.
    if (!p.contains(u"basis"))
        return std::nullopt;
    const QString basis = p[u"basis"].toString();

    QSqlQuery q(m_ws.store().db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, terminal_id, type, utc, actor FROM events WHERE batch_id = ? ORDER BY pos"));
    q.addBindValue(e.batchId);
    if (!q.exec())
        return std::nullopt;
    std::vector<LocalRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString()});
    q.finish();

    // Everything after the basis in this log, except the arriving terminal's own earlier events
    // (they continue its own line, which it had seen): that terminal had not seen these when it
    // recorded. A basis not found here (it should always have arrived first, in server order)
    // counts as seeing nothing of the batch.
    size_t from = 0;
    if (!basis.isEmpty()) {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].id == basis) {
                from = i + 1;
                break;
            }
        }
    }
    std::vector<const LocalRow *> unseen;
    for (size_t i = from; i < rows.size(); ++i) {
        if (rows[i].terminalId != e.terminalId)
            unseen.push_back(&rows[i]);
    }
    if (unseen.empty())
        return std::nullopt;

    SyncConflict c;
    c.batchId = e.batchId;
    c.stepId = stepOf(p);
    c.importedEvent = e.id;
    const QString self = m_ws.store().terminalId();
    const LocalRow *mine = nullptr;
    for (const LocalRow *r : unseen) {
        if (r->terminalId == self) {
            mine = r;
            break;
        }
    }
    const LocalRow *other = mine ? mine : unseen.front();
    c.ownEvent = mine ? mine->id : QString();
    c.conflicting = {other->id, e.id};
    // Raised once, not by both terminals. Each of the two terminals that recorded apart finds
    // the same pair when it imports the other's line: its own first event after the common
    // basis and the other's first event. Only the terminal whose own event id sorts first
    // raises; the other, and a third terminal that merely imports both lines (it owns neither
    // event), record the conflict as seen and leave the deviation to that terminal. The rule
    // needs no server position (a terminal never learns the server position of its own
    // events) and no race between the two: both compute the same answer from the same two ids,
    // and the deviation's own event reaches everyone with the next sync.
    c.raiseHere = mine && mine->id < e.id;
    c.detail =
        QStringLiteral(
            "sync conflict on batch %1%2: terminal %3 recorded %4 (event %5, %6 UTC, by %7) and "
            "terminal %8 recorded %9 (event %10, %11 UTC, by %12) while apart, both after %13. "
            "Both records are kept; decide which one stands.")
            .arg(e.batchId,
                 c.stepId.isEmpty() ? QString() : QStringLiteral(" at step %1").arg(c.stepId),
                 other->terminalId, other->type, other->id, other->utc, other->actor, e.terminalId,
                 e.type)
            .arg(e.id, e.utc, e.actor,
                 basis.isEmpty() ? QStringLiteral("the start of the batch")
                                 : QStringLiteral("event %1").arg(basis));
    return c;
}

Result<EventLog::ImportOutcome> ForeignEvents::import(const Event &e,
                                                      std::optional<SyncConflict> *conflictOut)
{
    EventLog::ImportOutcome outcome = EventLog::ImportOutcome::Duplicate;
    std::optional<SyncConflict> conflict;
    Store &store = m_ws.store();
    Status s = store.transaction([&]() -> Status {
        Result<EventLog::ImportOutcome> checked = m_ws.log().checkForeign(e);
        if (!checked)
            return checked.error();
        if (*checked == EventLog::ImportOutcome::Duplicate)
            return {};
        conflict = detect(e);
        Result<EventLog::ImportOutcome> imported = m_ws.log().importForeign(e);
        if (!imported)
            return imported.error();
        outcome = *imported;
        if (!conflict)
            return {};
        return exec(
            store.db(),
            QStringLiteral("INSERT INTO sync_conflicts (event_id, batch_id, step_id, "
                           "own_event, conflicting, detail, detected_at, raise_here) "
                           "VALUES (?,?,?,?,?,?,?,?)"),
            {e.id, conflict->batchId, conflict->stepId, conflict->ownEvent,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(conflict->conflicting))
                                   .toJson(QJsonDocument::Compact)),
             conflict->detail, utcText(m_ws.clock().nowUtc()), conflict->raiseHere ? 1 : 0});
    });
    if (!s)
        return s.error();
    if (conflict)
        spdlog::warn("{}", conflict->detail.toStdString());
    if (conflictOut)
        *conflictOut = conflict;
    return outcome;
}

Result<int> ForeignEvents::raisePending()
{
    Store &store = m_ws.store();
    struct Pending
    {
        QString eventId, batchId, stepId, detail;
        QStringList ids;
    };
    std::vector<Pending> pending;
    {
        QSqlQuery q(store.db());
        if (!q.exec(QStringLiteral("SELECT event_id, batch_id, step_id, detail, conflicting FROM "
                                   "sync_conflicts WHERE raise_here = 1 AND raised_event = '' "
                                   "ORDER BY rowid")))
            return Error::storage(q.lastError().text());
        while (q.next()) {
            QStringList ids;
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
                ids << v.toString();
            pending.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), ids});
        }
    }
    int raised = 0;
    for (const Pending &c : pending) {
        // The deviation and the mark that it was raised land together or not at all.
        Status s = store.transaction([&]() -> Status {
            if (Status r =
                    callRecordSyncConflict(m_ws.batches(), c.batchId, c.stepId, c.detail, c.ids);
                !r)
                return r;
            QSqlQuery last(store.db());
            last.prepare(QStringLiteral(
                "SELECT id FROM events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"));
            last.addBindValue(store.terminalId());
            if (!last.exec() || !last.next())
                return Error::storage(QStringLiteral("the sync-conflict event is not stored"));
            const QString raisedEvent = last.value(0).toString();
            last.finish();
            return exec(
                store.db(),
                QStringLiteral("UPDATE sync_conflicts SET raised_event = ? WHERE event_id = ?"),
                {raisedEvent, c.eventId});
        });
        if (!s)
            return Error(s.error().kind,
                         QStringLiteral("sync conflict on batch %1 not raised yet: %2")
                             .arg(c.batchId, s.error().message));
        ++raised;
    }
    return raised;
}

} // namespace ck
