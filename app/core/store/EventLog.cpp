#include "EventLog.h"

#include "EventRows.h"

#include "Projection.h"
#include "Store.h"
#include "common/Clock.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>

namespace ck {

QString selectEventsSql()
{
    return QStringLiteral(
        "SELECT pos, id, terminal_id, seq, utc, actor, type, batch_id, reason, old_value, "
        "new_value, payload, prev_hash, hash FROM events");
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.pos = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.terminalId = q.value(2).toString();
    e.seq = q.value(3).toLongLong();
    e.utc = q.value(4).toString();
    e.actor = q.value(5).toString();
    e.type = q.value(6).toString();
    e.batchId = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.oldValue = q.value(9).toString();
    e.newValue = q.value(10).toString();
    e.payload = q.value(11).toString().toUtf8();
    e.prevHash = q.value(12).toString().toLatin1();
    e.hash = q.value(13).toString().toLatin1();
    return e;
}

EventLog::EventLog(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

void EventLog::addProjection(Projection *projection)
{
    m_projections.push_back(projection);
}

Result<Event> EventLog::append(const EventDraft &draft)
{
    QSqlDatabase &db = m_store.db();
    Event e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.terminalId = m_store.terminalId();
    e.utc = utcText(m_clock.nowUtc());
    e.actor = draft.actor;
    e.type = draft.type;
    e.batchId = draft.batchId;
    e.reason = draft.reason;
    e.oldValue = draft.oldValue;
    e.newValue = draft.newValue;
    e.payload = Event::canonicalJson(draft.payload);

    // The sequence comes from the log itself, never from the clock, so it stays gap-free and
    // monotonic when the wall clock is set back.
    Error error;
    QSqlQuery *last = prepared(
        db,
        QStringLiteral(
            "SELECT seq, hash FROM events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"),
        &error);
    if (!last)
        return error;
    last->bindValue(0, e.terminalId);
    if (!last->exec())
        return Error::storage(last->lastError().text());
    if (last->next()) {
        e.seq = last->value(0).toLongLong() + 1;
        e.prevHash = last->value(1).toString().toLatin1();
    } else {
        e.seq = 1;
        e.prevHash = Event::genesisHash();
    }
    last->finish();
    e.hash = e.computeHash();

    Result<qint64> pos = insert(e);
    if (!pos)
        return pos.error();
    e.pos = *pos;
    return e;
}

Result<qint64> EventLog::insert(const Event &e)
{
    Error error;
    QSqlQuery *ins = prepared(
        m_store.db(),
        QStringLiteral(
            "INSERT INTO events (id, terminal_id, seq, utc, actor, type, batch_id, reason, "
            "old_value, new_value, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        &error);
    if (!ins)
        return error;
    const QVariantList values{e.id,
                              e.terminalId,
                              e.seq,
                              e.utc,
                              e.actor,
                              e.type,
                              e.batchId,
                              e.reason,
                              e.oldValue,
                              e.newValue,
                              QString::fromUtf8(e.payload),
                              QString::fromLatin1(e.prevHash),
                              QString::fromLatin1(e.hash)};
    for (qsizetype i = 0; i < values.size(); ++i)
        ins->bindValue(static_cast<int>(i), bindable(values.at(i)));
    const bool ok = ins->exec();
    const QString message = ok ? QString() : ins->lastError().text();
    const qint64 pos = ins->lastInsertId().toLongLong();
    ins->finish();
    if (!ok)
        return Error::storage(QStringLiteral("cannot append event: %1").arg(message));
    return pos;
}

Result<EventLog::ImportOutcome> EventLog::checkForeign(const Event &e)
{
    QSqlDatabase &db = m_store.db();
    auto refuse = [&](const QString &why) -> Error {
        return Error::refused(QStringLiteral("event %1 (terminal %2, seq %3) refused: %4")
                                  .arg(e.id, e.terminalId)
                                  .arg(e.seq)
                                  .arg(why));
    };
    if (e.terminalId.isEmpty() || e.id.isEmpty())
        return refuse(QStringLiteral("it names no terminal or has no id"));
    if (e.terminalId == m_store.terminalId())
        return refuse(QStringLiteral("it carries this terminal's own id; only this terminal "
                                     "records events under it"));

    Error error;
    QSqlQuery *byId = prepared(db, QStringLiteral("SELECT hash FROM events WHERE id = ?"), &error);
    if (!byId)
        return error;
    byId->bindValue(0, e.id);
    if (!byId->exec()) {
        const QString message = byId->lastError().text();
        byId->finish();
        return Error::storage(message);
    }
    const bool known = byId->next();
    const QByteArray storedHash = known ? byId->value(0).toString().toLatin1() : QByteArray();
    byId->finish();
    if (known) {
        if (storedHash == e.hash)
            return ImportOutcome::Duplicate;
        return refuse(QStringLiteral("an event with this id is already stored with another hash "
                                     "(%1, arriving %2)")
                          .arg(QString::fromLatin1(storedHash.left(12)),
                               QString::fromLatin1(e.hash.left(12))));
    }
    if (e.computeHash() != e.hash)
        return refuse(QStringLiteral("its fields do not match its hash"));

    QSqlQuery *last = prepared(
        db,
        QStringLiteral(
            "SELECT seq, hash FROM events WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1"),
        &error);
    if (!last)
        return error;
    last->bindValue(0, e.terminalId);
    if (!last->exec()) {
        const QString message = last->lastError().text();
        last->finish();
        return Error::storage(message);
    }
    qint64 lastSeq = 0;
    QByteArray lastHash = Event::genesisHash();
    if (last->next()) {
        lastSeq = last->value(0).toLongLong();
        lastHash = last->value(1).toString().toLatin1();
    }
    last->finish();
    if (e.seq <= lastSeq)
        return refuse(QStringLiteral("this store already holds sequence %1 of that terminal with "
                                     "another event (a forked chain)")
                          .arg(e.seq));
    if (e.seq != lastSeq + 1)
        return refuse(QStringLiteral("this store holds that terminal's chain up to sequence %1; "
                                     "sequence %2 would leave a gap")
                          .arg(lastSeq)
                          .arg(e.seq));
    if (e.prevHash != lastHash)
        return refuse(QStringLiteral("its previous hash does not match the hash of sequence %1 "
                                     "as stored here")
                          .arg(lastSeq));
    return ImportOutcome::Imported;
}

Result<EventLog::ImportOutcome> EventLog::importForeign(const Event &event)
{
    ImportOutcome outcome = ImportOutcome::Duplicate;
    Status s = m_store.transaction([&]() -> Status {
        Result<ImportOutcome> checked = checkForeign(event);
        if (!checked)
            return checked.error();
        outcome = *checked;
        if (outcome == ImportOutcome::Duplicate)
            return {};
        Event stored = event;
        Result<qint64> pos = insert(stored);
        if (!pos)
            return pos.error();
        stored.pos = *pos;
        for (Projection *p : m_projections) {
            if (Status a = p->apply(m_store.db(), stored); !a)
                return Error::storage(
                    QStringLiteral("event %1 (terminal %2, seq %3) of type %4 cannot be applied "
                                   "to this terminal's state: %5")
                        .arg(stored.id, stored.terminalId)
                        .arg(stored.seq)
                        .arg(stored.type, a.error().message));
        }
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<Event> EventLog::record(const std::function<Result<EventDraft>()> &decide)
{
    std::optional<Event> recorded;
    Status s = m_store.transaction([&]() -> Status {
        Result<EventDraft> draft = decide();
        if (!draft)
            return draft.error();
        Result<Event> e = append(*draft);
        if (!e)
            return e.error();
        for (Projection *p : m_projections) {
            if (Status a = p->apply(m_store.db(), *e); !a)
                return a;
        }
        recorded = std::move(e).value();
        return {};
    });
    if (!s)
        return s.error();
    return *recorded;
}

Result<Event> EventLog::record(const EventDraft &draft)
{
    return record([&]() -> Result<EventDraft> { return draft; });
}

Result<QByteArray> EventLog::stateDigest()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (Projection *p : m_projections) {
        for (const QString &table : p->tables()) {
            QSqlQuery q(m_store.db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                return Error::storage(q.lastError().text());
            QList<QByteArray> rows;
            while (q.next()) {
                QByteArray row;
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i) {
                    const QByteArray v = q.value(i).toString().toUtf8();
                    row += QByteArray::number(v.size()) + ':' + v + ';';
                }
                rows.append(row);
            }
            std::sort(rows.begin(), rows.end());
            h.addData(table.toUtf8() + '\n');
            for (const QByteArray &r : rows)
                h.addData(r + '\n');
        }
    }
    return h.result().toHex();
}

Result<EventLog::RebuildReport> EventLog::rebuild()
{
    RebuildReport report;
    Result<QByteArray> before = stateDigest();
    if (!before)
        return before.error();
    report.digestBefore = *before;

    Status s = m_store.transaction([&]() -> Status {
        for (auto p = m_projections.rbegin(); p != m_projections.rend(); ++p) {
            const QStringList tables = (*p)->tables();
            for (auto t = tables.rbegin(); t != tables.rend(); ++t) {
                if (Status d = exec(m_store.db(), QStringLiteral("DELETE FROM %1").arg(*t)); !d)
                    return d;
            }
        }
        return forEach([&](const Event &e) -> Status {
            for (Projection *p : m_projections) {
                if (Status a = p->apply(m_store.db(), e); !a)
                    return Error::storage(QStringLiteral("replaying event %1 (seq %2): %3")
                                              .arg(e.id)
                                              .arg(e.seq)
                                              .arg(a.error().message));
            }
            ++report.eventsReplayed;
            return {};
        });
    });
    if (!s)
        return s.error();
    Result<QByteArray> after = stateDigest();
    if (!after)
        return after.error();
    report.digestAfter = *after;
    return report;
}

Status EventLog::forEach(const std::function<Status(const Event &)> &visit, const QString &batchId)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (batchId.isEmpty()) {
        q.prepare(selectEventsSql() + QStringLiteral(" ORDER BY pos"));
    } else {
        q.prepare(selectEventsSql() + QStringLiteral(" WHERE batch_id = ? ORDER BY pos"));
        q.addBindValue(batchId);
    }
    if (!q.exec())
        return Error::storage(q.lastError().text());
    // Read everything first: a visitor may write (rebuild does), which must not disturb the cursor.
    std::vector<Event> all;
    while (q.next())
        all.push_back(readEvent(q));
    q.finish();
    for (const Event &e : all) {
        if (Status s = visit(e); !s)
            return s;
    }
    return {};
}

std::vector<Event> EventLog::events(const QString &batchId)
{
    std::vector<Event> out;
    (void)forEach(
        [&](const Event &e) -> Status {
            out.push_back(e);
            return {};
        },
        batchId);
    return out;
}

qint64 EventLog::count()
{
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace ck
