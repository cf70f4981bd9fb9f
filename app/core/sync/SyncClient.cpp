#include "SyncClient.h"

#include "CentralUrl.h"
#include "ForeignEvents.h"
#include "common/Clock.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <cstdlib>

namespace ck {

namespace {
QString sqlError(const QSqlError &e)
{
    const QString db = e.databaseText().trimmed();
    return db.isEmpty() ? e.text().trimmed() : db;
}
} // namespace

SyncClient::SyncClient(QSqlDatabase &central, Workstation &workstation, SyncOptions options)
    : m_central(central), m_ws(workstation), m_options(std::move(options))
{}

QJsonObject SyncClient::eventJson(const Event &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("terminal"), e.terminalId},
                       {QStringLiteral("seq"), e.seq},
                       {QStringLiteral("utc"), e.utc},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("type"), e.type},
                       {QStringLiteral("batch"), e.batchId},
                       {QStringLiteral("reason"), e.reason},
                       {QStringLiteral("old"), e.oldValue},
                       {QStringLiteral("new"), e.newValue},
                       {QStringLiteral("payload"), QString::fromUtf8(e.payload)},
                       {QStringLiteral("prev"), QString::fromLatin1(e.prevHash)},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash)}};
}

Result<Event> SyncClient::eventFromJson(const QJsonObject &o)
{
    static const QStringList keys = {
        QStringLiteral("id"),    QStringLiteral("terminal"), QStringLiteral("seq"),
        QStringLiteral("utc"),   QStringLiteral("actor"),    QStringLiteral("type"),
        QStringLiteral("batch"), QStringLiteral("reason"),   QStringLiteral("old"),
        QStringLiteral("new"),   QStringLiteral("payload"),  QStringLiteral("prev"),
        QStringLiteral("hash")};
    for (const QString &k : keys) {
        if (!o.contains(k))
            return Error::refused(QStringLiteral("a pulled event lacks the key '%1' (event %2)")
                                      .arg(k, o.value(QStringLiteral("id")).toString()));
    }
    Event e;
    e.id = o[u"id"].toString();
    e.terminalId = o[u"terminal"].toString();
    e.seq = o[u"seq"].toInteger();
    e.utc = o[u"utc"].toString();
    e.actor = o[u"actor"].toString();
    e.type = o[u"type"].toString();
    e.batchId = o[u"batch"].toString();
    e.reason = o[u"reason"].toString();
    e.oldValue = o[u"old"].toString();
    e.newValue = o[u"new"].toString();
    e.payload = o[u"payload"].toString().toUtf8();
    e.prevHash = o[u"prev"].toString().toLatin1();
    e.hash = o[u"hash"].toString().toLatin1();
    return e;
}

Result<QString> SyncClient::password(const QString &passwordFile)
{
    if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(QStringLiteral("cannot read the password file %1: %2")
                                       .arg(passwordFile, f.errorString()));
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    return qEnvironmentVariable("CHAINKEEPER_CENTRAL_PASSWORD");
}

Result<QSqlDatabase> SyncClient::connect(const QString &url, const QString &password,
                                         const QString &connectionName, const SyncOptions &options)
{
    Result<CentralUrl> parsed = CentralUrl::parse(url);
    if (!parsed)
        return parsed.error();
    CentralUrl u = std::move(parsed).value();
    if (u.password.isEmpty())
        u.password = password;
    QSqlDatabase db = u.addDatabase(connectionName);
    // Ours first: libpq takes the last value of a key, so a setting in the URL wins.
    const QStringList defaults = {
        QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSeconds),
        QStringLiteral("keepalives=1"),
        QStringLiteral("keepalives_idle=%1").arg(options.keepalivesIdleSeconds),
        QStringLiteral("keepalives_interval=2"),
        QStringLiteral("keepalives_count=3"),
        QStringLiteral("tcp_user_timeout=%1").arg(options.tcpUserTimeoutMs),
        QStringLiteral("application_name=chainkeeper-sync"),
        QStringLiteral("options='-c statement_timeout=%1'").arg(options.statementTimeoutMs)};
    const QString own = u.connectOptions();
    db.setConnectOptions(defaults.join(QLatin1Char(';')) +
                         (own.isEmpty() ? QString() : QLatin1Char(';') + own));
    if (!db.open()) {
        const QString why = sqlError(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error::refused(
            QStringLiteral("cannot reach the central server %1: %2")
                .arg(u.display(), why.isEmpty() ? QStringLiteral("no answer") : why));
    }
    return db;
}

Result<QJsonDocument> SyncClient::call(const QString &sql, const QVariantList &binds,
                                       const char *what)
{
    m_failure = SyncRoundReport::Outcome::Unreachable;
    m_code.clear();
    QSqlQuery q(m_central);
    if (!q.prepare(sql))
        return Error::refused(
            QStringLiteral("%1 failed: %2").arg(QLatin1String(what), sqlError(q.lastError())));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error::refused(
            QStringLiteral("%1 failed: %2").arg(QLatin1String(what), sqlError(q.lastError())));
    if (!q.next())
        return Error::refused(QStringLiteral("%1 returned no row").arg(QLatin1String(what)));
    const QByteArray text = q.value(0).toString().toUtf8();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("protocol");
        return Error::refused(
            QStringLiteral("%1 returned no JSON: %2").arg(QLatin1String(what), pe.errorString()));
    }
    return doc;
}

Result<QJsonObject> SyncClient::lastPushed()
{
    Result<QJsonDocument> d =
        call(QStringLiteral("SELECT CAST(ck.last_pushed() AS text)"), {}, "ck.last_pushed()");
    if (!d)
        return d.error();
    const QJsonObject o = d->object();
    if (o.value(QStringLiteral("ok")).toBool(true) == false ||
        !o.contains(QStringLiteral("lastSeq"))) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = o.value(QStringLiteral("code")).toString(QStringLiteral("protocol"));
        return Error::refused(QStringLiteral("the central server does not know this terminal: %1")
                                  .arg(o.value(QStringLiteral("error")).toString()));
    }
    return o;
}

Result<QJsonDocument> SyncClient::terminalStatus()
{
    return call(QStringLiteral("SELECT CAST(ck.terminal_status() AS text)"), {},
                "ck.terminal_status()");
}

Status SyncClient::pushAll(SyncRoundReport &report)
{
    Store &store = m_ws.store();
    Result<QJsonObject> position = lastPushed();
    if (!position)
        return position.error();
    const qint64 serverSeq = position->value(QStringLiteral("lastSeq")).toInteger();
    const QByteArray serverHash = position->value(QStringLiteral("lastHash")).toString().toLatin1();
    const qint64 localSeq = SyncState::localLastSeq(store);
    report.serverLastSeq = serverSeq;
    if (position->value(QStringLiteral("terminal")).toString() != store.terminalId()) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("foreign_terminal");
        return Error::refused(
            QStringLiteral("the central server knows this login as terminal %1, but this store "
                           "is terminal %2: use the role made for this terminal")
                .arg(position->value(QStringLiteral("terminal")).toString(), store.terminalId()));
    }
    if (position->value(QStringLiteral("flagged")).toBool()) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("flagged");
        return Error::refused(
            QStringLiteral("the central server has flagged this terminal and takes no push until "
                           "an administrator clears it: %1")
                .arg(position->value(QStringLiteral("flagReason")).toString()));
    }
    if (serverSeq > localSeq) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("ahead");
        return Error::refused(
            QStringLiteral("the central server holds this terminal's chain up to sequence %1, "
                           "this store only up to %2: was the store restored from an older "
                           "copy? Nothing was pushed")
                .arg(serverSeq)
                .arg(localSeq));
    }
    if (serverSeq > 0 && SyncState::ownHash(store, serverSeq) != serverHash) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("fork");
        return Error::refused(
            QStringLiteral("the central server's event at sequence %1 of this terminal has "
                           "another hash than the local one: the chains forked. Nothing was "
                           "pushed")
                .arg(serverSeq));
    }
    m_failure = SyncRoundReport::Outcome::LocalError;
    if (Status s = SyncState::setAcknowledged(store, serverSeq); !s)
        return s;

    qint64 acknowledged = serverSeq;
    bool pushedAny = false;
    for (;;) {
        m_failure = SyncRoundReport::Outcome::LocalError;
        Result<std::vector<Event>> batch =
            SyncState::outbox(store, acknowledged, m_options.pushBatch);
        if (!batch)
            return batch.error();
        if (batch->empty()) {
            // Nothing to send: an empty push still tells the server (and through
            // ck.terminal_status the other terminals) that this terminal is in touch, and
            // measures the clock offset.
            if (!pushedAny)
                return heartbeat(report);
            break;
        }
        QJsonArray events;
        for (const Event &e : *batch)
            events.append(eventJson(e));
        const QString json =
            QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact));
        Result<QJsonDocument> answer =
            call(QStringLiteral("SELECT CAST(ck.push(CAST(? AS jsonb), ?) AS text)"),
                 {json, utcText(m_ws.clock().nowUtc())}, "ck.push()");
        if (!answer)
            return answer.error();
        const QJsonObject r = answer->object();
        if (!r.value(QStringLiteral("ok")).toBool()) {
            m_failure = SyncRoundReport::Outcome::Refused;
            m_code = r.value(QStringLiteral("code")).toString();
            return Error::refused(
                QStringLiteral("the central server refused events %1 to %2: %3%4")
                    .arg(batch->front().seq)
                    .arg(batch->back().seq)
                    .arg(r.value(QStringLiteral("error")).toString(),
                         m_code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_code)));
        }
        const qint64 lastSeq = r.value(QStringLiteral("lastSeq")).toInteger();
        if (lastSeq < batch->back().seq) {
            m_failure = SyncRoundReport::Outcome::Refused;
            m_code = QStringLiteral("protocol");
            return Error::refused(
                QStringLiteral("the central server acknowledged up to sequence %1 after a push "
                               "up to %2")
                    .arg(lastSeq)
                    .arg(batch->back().seq));
        }
        report.pushed += r.value(QStringLiteral("accepted")).toInteger();
        report.pushDuplicates += r.value(QStringLiteral("duplicates")).toInteger();
        report.serverTime = r.value(QStringLiteral("serverTime")).toString();
        report.clockOffsetMs = r.value(QStringLiteral("clockOffsetMs")).toInteger();
        report.serverLastSeq = lastSeq;
        if (m_options.abandonAfterPush && m_options.abandonAfterPush()) {
            m_failure = SyncRoundReport::Outcome::Abandoned;
            return Error::refused(QStringLiteral("round abandoned after a push (test)"));
        }
        m_failure = SyncRoundReport::Outcome::LocalError;
        Status s = store.transaction([&]() -> Status {
            if (Status a = SyncState::setAcknowledged(store, lastSeq); !a)
                return a;
            return SyncState::recordPush(store, report.serverTime, report.clockOffsetMs);
        });
        if (!s)
            return s;
        acknowledged = lastSeq;
        pushedAny = true;
    }
    return {};
}

Status SyncClient::heartbeat(SyncRoundReport &report)
{
    Result<QJsonDocument> answer =
        call(QStringLiteral("SELECT CAST(ck.push(CAST(? AS jsonb), ?) AS text)"),
             {QStringLiteral("[]"), utcText(m_ws.clock().nowUtc())}, "ck.push()");
    if (!answer)
        return answer.error();
    const QJsonObject r = answer->object();
    if (!r.value(QStringLiteral("ok")).toBool()) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = r.value(QStringLiteral("code")).toString();
        return Error::refused(
            QStringLiteral("the central server refused this terminal's empty push: %1%2")
                .arg(r.value(QStringLiteral("error")).toString(),
                     m_code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_code)));
    }
    report.serverTime = r.value(QStringLiteral("serverTime")).toString();
    report.clockOffsetMs = r.value(QStringLiteral("clockOffsetMs")).toInteger();
    m_failure = SyncRoundReport::Outcome::LocalError;
    return SyncState::recordPush(m_ws.store(), report.serverTime, report.clockOffsetMs);
}

Status SyncClient::fetchTerminalStatus()
{
    Result<QJsonDocument> status = terminalStatus();
    if (!status)
        return status.error();
    if (!status->isArray()) {
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("protocol");
        return Error::refused(QStringLiteral("ck.terminal_status() answered no list"));
    }
    m_failure = SyncRoundReport::Outcome::LocalError;
    return SyncState::recordTerminalStatus(m_ws.store(), *status, utcText(m_ws.clock().nowUtc()));
}

Status SyncClient::pullAll(SyncRoundReport &report)
{
    Store &store = m_ws.store();
    ForeignEvents foreign(m_ws);
    qint64 cursor = store.meta(syncmeta::PullCursor).toLongLong();
    for (;;) {
        Result<QJsonDocument> answer = call(QStringLiteral("SELECT CAST(ck.pull(?, ?) AS text)"),
                                            {cursor, m_options.pullLimit}, "ck.pull()");
        if (!answer)
            return answer.error();
        const QJsonObject page = answer->object();
        const QJsonArray events = page.value(QStringLiteral("events")).toArray();
        const qint64 next = page.value(QStringLiteral("cursor")).toInteger(cursor);
        const bool more = page.value(QStringLiteral("more")).toBool();
        if (!page.contains(QStringLiteral("events"))) {
            m_failure = SyncRoundReport::Outcome::Refused;
            m_code = page.value(QStringLiteral("code")).toString(QStringLiteral("protocol"));
            return Error::refused(QStringLiteral("ck.pull() answered without events: %1")
                                      .arg(page.value(QStringLiteral("error")).toString()));
        }
        // The page and the cursor after it land together; an event already stored is skipped,
        // so a page pulled twice (a crash before this commit) changes nothing.
        m_failure = SyncRoundReport::Outcome::Refused;
        m_code = QStringLiteral("import");
        qint64 imported = 0, duplicates = 0, conflicts = 0;
        Status s = store.transaction([&]() -> Status {
            for (const QJsonValue &v : events) {
                Result<Event> e = eventFromJson(v.toObject());
                if (!e)
                    return e.error();
                if (e->terminalId == store.terminalId()) {
                    // The server should not send our own events back; if it does, they must be
                    // exactly ours.
                    QSqlQuery q(store.db());
                    q.prepare(QStringLiteral("SELECT hash FROM events WHERE id = ?"));
                    q.addBindValue(e->id);
                    if (!q.exec() || !q.next() || q.value(0).toString().toLatin1() != e->hash)
                        return Error::refused(
                            QStringLiteral("the server sent event %1 under this terminal's id, "
                                           "which this store does not hold")
                                .arg(e->id));
                    ++duplicates;
                    continue;
                }
                std::optional<SyncConflict> conflict;
                Result<EventLog::ImportOutcome> r = foreign.import(*e, &conflict);
                if (!r)
                    return r.error();
                if (*r == EventLog::ImportOutcome::Imported)
                    ++imported;
                else
                    ++duplicates;
                if (conflict)
                    ++conflicts;
            }
            return SyncState::setPullCursor(store, next);
        });
        if (!s)
            return s;
        report.pulled += imported;
        report.pullDuplicates += duplicates;
        report.conflicts += conflicts;
        cursor = next;
        if (!more || events.isEmpty())
            break;
    }
    return {};
}

SyncRoundReport SyncClient::round()
{
    QElapsedTimer timer;
    timer.start();
    SyncRoundReport report;
    Store &store = m_ws.store();
    m_code.clear();
    Status s = pushAll(report);
    if (s)
        s = pullAll(report);
    if (s)
        s = fetchTerminalStatus();
    if (s) {
        ForeignEvents foreign(m_ws);
        Result<int> raised = foreign.raisePending();
        if (raised)
            report.conflictsRaised = *raised;
        else
            report.conflictError = raised.error().message;
    }
    const CentralConfig config = SyncState::config(store);
    report.clockFlagged =
        !report.serverTime.isEmpty() && std::abs(report.clockOffsetMs) > config.clockLimitMs;
    const QString now = utcText(m_ws.clock().nowUtc());
    if (s) {
        report.outcome = SyncRoundReport::Outcome::Done;
        (void)SyncState::recordSuccess(store, now);
        if (!report.conflictError.isEmpty())
            (void)SyncState::recordFailure(store, now, report.conflictError);
    } else {
        report.outcome = m_failure;
        report.error = s.error().message;
        report.code = m_code;
        if (report.outcome != SyncRoundReport::Outcome::Abandoned)
            (void)SyncState::recordFailure(store, now, report.error);
    }
    report.waiting = SyncState::read(store).waiting;
    report.elapsedMs = timer.elapsed();
    if (report.ok())
        spdlog::info("sync: pushed {} ({} already there), pulled {} ({} already here), {} "
                     "conflict(s), {} waiting, {} ms",
                     report.pushed, report.pushDuplicates, report.pulled, report.pullDuplicates,
                     report.conflicts, report.waiting, report.elapsedMs);
    else
        spdlog::warn("sync failed: {}", report.error.toStdString());
    return report;
}

} // namespace ck
