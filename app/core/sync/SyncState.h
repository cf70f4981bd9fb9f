#pragma once

#include "common/Result.h"
#include "store/Event.h"

#include <QString>

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
} // namespace syncmeta

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
};

} // namespace ck
