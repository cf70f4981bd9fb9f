#pragma once

#include "common/Result.h"
#include "store/Event.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <vector>

namespace ck {

class Store;

// What this terminal knows of its sync with the central server, kept in the store's `meta`
// table (keys "sync.*"): local bookkeeping of this terminal, never an audit event and never
// pushed. The server's word always wins over it: every round starts by asking the server how
// far it holds this terminal's chain (ck.last_pushed()), so a crash between a push and storing
// its acknowledgement loses nothing and sends nothing twice.
struct SyncStatus
{
    qint64 localLastSeq = 0;    // this terminal's own events in the store
    qint64 acknowledgedSeq = 0; // the highest own seq the server has acknowledged
    qint64 waiting = 0;         // own events not yet acknowledged
    qint64 pullCursor = 0;      // the server position pulled up to
    QString lastSuccessUtc;     // end of the last round that pushed and pulled everything
    QString lastAttemptUtc;
    QString lastError; // empty after a successful round
    QString lastErrorUtc;
    QString serverTime;        // the server's clock at the last push
    qint64 clockOffsetMs = 0;  // this terminal's clock minus the server's, at the last push
    bool clockFlagged = false; // |offset| beyond the configured limit
    qint64 conflictsRaised = 0;
    qint64 conflictsPending = 0;
};

// Where this terminal's central server is. Per terminal (each terminal logs in as its own
// PostgreSQL role), so it is kept in `meta`, not as a site setting that every terminal would
// pull: the URL without its password, and the file the password is read from.
struct CentralConfig
{
    QString url;          // postgresql://role@host:port/db?sslmode=…, no password
    QString passwordFile; // may be empty: the password comes from the URL or the environment
    qint64 clockLimitMs = 120000;
    // Another terminal whose last contact with the server is older than this is shown to the
    // supervisor as offline (SyncState::staleTerminals).
    int offlineWarnMinutes = 30;
    bool configured() const { return !url.isEmpty(); }
};

namespace syncmeta {
inline const QString AcknowledgedSeq = QStringLiteral("sync.acknowledged_seq");
inline const QString PullCursor = QStringLiteral("sync.pull_cursor");
inline const QString LastSuccessUtc = QStringLiteral("sync.last_success_utc");
inline const QString LastAttemptUtc = QStringLiteral("sync.last_attempt_utc");
inline const QString LastError = QStringLiteral("sync.last_error");
inline const QString LastErrorUtc = QStringLiteral("sync.last_error_utc");
inline const QString ServerTime = QStringLiteral("sync.server_time");
inline const QString ClockOffsetMs = QStringLiteral("sync.clock_offset_ms");
inline const QString CentralUrl = QStringLiteral("sync.central_url");
inline const QString PasswordFile = QStringLiteral("sync.password_file");
inline const QString ClockLimitMs = QStringLiteral("sync.clock_limit_ms");
inline const QString OfflineWarnMinutes = QStringLiteral("sync.offline_warn_minutes");
// ck.terminal_status() as of the last successful pull, as JSON: {"fetchedUtc", "terminals"}.
inline const QString TerminalStatus = QStringLiteral("sync.terminal_status");
} // namespace syncmeta

// Another terminal as this terminal last heard of it from the server (ck.terminal_status()),
// listed when it has been out of touch for longer than the limit or when it is flagged.
struct TerminalWarning
{
    QString name;
    QStringList suites;
    QString lastPushUtc;       // the server's time of its last push (or heartbeat); empty: never
    qint64 offlineMinutes = 0; // server time now minus lastPushUtc; -1 when it never pushed
    bool stale = false;        // never pushed, or offlineMinutes >= the limit
    bool flagged = false;      // the server takes no push from it until an administrator clears it
    QString flagReason;
};

class SyncState
{
public:
    static SyncStatus read(Store &store);
    static CentralConfig config(Store &store);
    static Status setConfig(Store &store, const CentralConfig &config);

    // Own events with seq > afterSeq, in seq order, at most `limit`: the outbox.
    static Result<std::vector<Event>> outbox(Store &store, qint64 afterSeq, int limit);
    static qint64 localLastSeq(Store &store);
    // The stored hash of this terminal's own event `seq` (empty when there is none).
    static QByteArray ownHash(Store &store, qint64 seq);

    static Status setAcknowledged(Store &store, qint64 seq);
    static Status setPullCursor(Store &store, qint64 cursor);
    static Status recordPush(Store &store, const QString &serverTime, qint64 clockOffsetMs);
    static Status recordSuccess(Store &store, const QString &utc);
    static Status recordFailure(Store &store, const QString &utc, const QString &error);
    static Status recordAttempt(Store &store, const QString &utc);

    // Keeps ck.terminal_status()'s answer (an array of terminals) with the time it was fetched
    // (this terminal's clock), replacing the previous one. Local bookkeeping, not an event.
    static Status recordTerminalStatus(Store &store, const QJsonDocument &status,
                                       const QString &fetchedUtc);
    // The time of the kept terminal status (this terminal's clock); empty when there is none.
    static QString terminalStatusUtc(Store &store);
    // The other terminals (never this one) that are flagged, or whose last push is `limitMinutes`
    // or more before `nowUtc` (this terminal's clock; the server's times are compared after
    // taking off the clock offset measured at the last push), or that never pushed. Flagged
    // first, then the longest silent first. Empty before the first successful pull.
    static std::vector<TerminalWarning> staleTerminals(Store &store, int limitMinutes,
                                                       const QDateTime &nowUtc);
};

} // namespace ck
