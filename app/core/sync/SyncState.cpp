#include "SyncState.h"

#include "common/Clock.h"
#include "store/EventRows.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace ck {

namespace {
qint64 metaNumber(Store &store, const QString &key)
{
    return store.meta(key).toLongLong();
}

qint64 scalar(Store &store, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(store.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}
} // namespace

qint64 SyncState::localLastSeq(Store &store)
{
    return scalar(store,
                  QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE "
                                 "terminal_id = ?"),
                  {store.terminalId()});
}

QByteArray SyncState::ownHash(Store &store, qint64 seq)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT hash FROM events WHERE terminal_id = ? AND seq = ?"));
    q.addBindValue(store.terminalId());
    q.addBindValue(seq);
    if (q.exec() && q.next())
        return q.value(0).toString().toLatin1();
    return {};
}

SyncStatus SyncState::read(Store &store)
{
    SyncStatus s;
    s.localLastSeq = localLastSeq(store);
    s.acknowledgedSeq = metaNumber(store, syncmeta::AcknowledgedSeq);
    s.waiting = std::max<qint64>(0, s.localLastSeq - s.acknowledgedSeq);
    s.pullCursor = metaNumber(store, syncmeta::PullCursor);
    s.lastSuccessUtc = store.meta(syncmeta::LastSuccessUtc);
    s.lastAttemptUtc = store.meta(syncmeta::LastAttemptUtc);
    s.lastError = store.meta(syncmeta::LastError);
    s.lastErrorUtc = store.meta(syncmeta::LastErrorUtc);
    s.serverTime = store.meta(syncmeta::ServerTime);
    s.clockOffsetMs = metaNumber(store, syncmeta::ClockOffsetMs);
    const CentralConfig c = config(store);
    s.clockFlagged = !s.serverTime.isEmpty() && std::abs(s.clockOffsetMs) > c.clockLimitMs;
    s.conflictsRaised = scalar(
        store, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE raised_event <> ''"));
    s.conflictsPending =
        scalar(store, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE raise_here = 1 "
                                     "AND raised_event = ''"));
    return s;
}

CentralConfig SyncState::config(Store &store)
{
    CentralConfig c;
    c.url = store.meta(syncmeta::CentralUrl);
    c.passwordFile = store.meta(syncmeta::PasswordFile);
    bool ok = false;
    const qint64 limit = store.meta(syncmeta::ClockLimitMs).toLongLong(&ok);
    if (ok && limit > 0)
        c.clockLimitMs = limit;
    const int warn = store.meta(syncmeta::OfflineWarnMinutes).toInt(&ok);
    if (ok && warn > 0)
        c.offlineWarnMinutes = warn;
    return c;
}

Status SyncState::setConfig(Store &store, const CentralConfig &config)
{
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(syncmeta::CentralUrl, config.url); !s)
            return s;
        if (Status s = store.setMeta(syncmeta::PasswordFile, config.passwordFile); !s)
            return s;
        if (Status s = store.setMeta(syncmeta::ClockLimitMs, QString::number(config.clockLimitMs));
            !s)
            return s;
        return store.setMeta(syncmeta::OfflineWarnMinutes,
                             QString::number(config.offlineWarnMinutes));
    });
}

Result<std::vector<Event>> SyncState::outbox(Store &store, qint64 afterSeq, int limit)
{
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(selectEventsSql() +
              QStringLiteral(" WHERE terminal_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(store.terminalId());
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return Error::storage(
            QStringLiteral("cannot read the outbox: %1").arg(q.lastError().text()));
    std::vector<Event> out;
    while (q.next())
        out.push_back(readEvent(q));
    return out;
}

Status SyncState::setAcknowledged(Store &store, qint64 seq)
{
    return store.setMeta(syncmeta::AcknowledgedSeq, QString::number(seq));
}

Status SyncState::setPullCursor(Store &store, qint64 cursor)
{
    return store.setMeta(syncmeta::PullCursor, QString::number(cursor));
}

Status SyncState::recordPush(Store &store, const QString &serverTime, qint64 clockOffsetMs)
{
    if (Status s = store.setMeta(syncmeta::ServerTime, serverTime); !s)
        return s;
    return store.setMeta(syncmeta::ClockOffsetMs, QString::number(clockOffsetMs));
}

Status SyncState::recordSuccess(Store &store, const QString &utc)
{
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(syncmeta::LastSuccessUtc, utc); !s)
            return s;
        if (Status s = store.setMeta(syncmeta::LastAttemptUtc, utc); !s)
            return s;
        return store.setMeta(syncmeta::LastError, QString());
    });
}

Status SyncState::recordFailure(Store &store, const QString &utc, const QString &error)
{
    return store.transaction([&]() -> Status {
        if (Status s = store.setMeta(syncmeta::LastAttemptUtc, utc); !s)
            return s;
        if (Status s = store.setMeta(syncmeta::LastErrorUtc, utc); !s)
            return s;
        return store.setMeta(syncmeta::LastError, error);
    });
}

Status SyncState::recordAttempt(Store &store, const QString &utc)
{
    return store.setMeta(syncmeta::LastAttemptUtc, utc);
}

Status SyncState::recordTerminalStatus(Store &store, const QJsonDocument &status,
                                       const QString &fetchedUtc)
{
    const QJsonObject kept{{QStringLiteral("fetchedUtc"), fetchedUtc},
                           {QStringLiteral("terminals"), status.array()}};
    return store.setMeta(syncmeta::TerminalStatus,
                         QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
}

QString SyncState::terminalStatusUtc(Store &store)
{
    const QJsonObject kept =
        QJsonDocument::fromJson(store.meta(syncmeta::TerminalStatus).toUtf8()).object();
    return kept.value(QStringLiteral("fetchedUtc")).toString();
}

std::vector<TerminalWarning> SyncState::staleTerminals(Store &store, int limitMinutes,
                                                       const QDateTime &nowUtc)
{
    std::vector<TerminalWarning> out;
    const QJsonObject kept =
        QJsonDocument::fromJson(store.meta(syncmeta::TerminalStatus).toUtf8()).object();
    const QJsonArray terminals = kept.value(QStringLiteral("terminals")).toArray();
    if (terminals.isEmpty())
        return out;
    // The server's times are on the server's clock: compare them with the server's "now", this
    // terminal's clock less its offset from the server's (measured at the last push).
    const QDateTime serverNow = nowUtc.addMSecs(-metaNumber(store, syncmeta::ClockOffsetMs));
    const QString self = store.terminalId();
    for (const QJsonValue &v : terminals) {
        const QJsonObject t = v.toObject();
        TerminalWarning w;
        w.name = t.value(QStringLiteral("name")).toString();
        if (w.name.isEmpty() || w.name == self)
            continue;
        for (const QJsonValue &suite : t.value(QStringLiteral("suites")).toArray())
            w.suites << suite.toString();
        w.lastPushUtc = t.value(QStringLiteral("lastPushAt")).toString();
        w.flagged = t.value(QStringLiteral("flagged")).toBool();
        w.flagReason = t.value(QStringLiteral("flagReason")).toString();
        const QDateTime last = w.lastPushUtc.isEmpty() ? QDateTime() : parseUtcText(w.lastPushUtc);
        if (!last.isValid()) {
            w.offlineMinutes = -1;
            w.stale = true;
        } else {
            w.offlineMinutes = std::max<qint64>(0, last.secsTo(serverNow) / 60);
            w.stale = w.offlineMinutes >= limitMinutes;
        }
        if (w.stale || w.flagged)
            out.push_back(std::move(w));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TerminalWarning &a, const TerminalWarning &b) {
                         if (a.flagged != b.flagged)
                             return a.flagged;
                         const qint64 am = a.offlineMinutes < 0 ? LLONG_MAX : a.offlineMinutes;
                         const qint64 bm = b.offlineMinutes < 0 ? LLONG_MAX : b.offlineMinutes;
                         return am > bm;
                     });
    return out;
}

} // namespace ck
