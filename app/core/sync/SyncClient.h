#pragma once

#include "SyncState.h"
#include "common/Result.h"
#include "store/Event.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ck {

class Workstation;

struct SyncOptions
{
    int pushBatch = 500; // events per ck.push call (one server transaction each)
    int pullLimit = 500; // events per ck.pull call (one local transaction each)
    int connectTimeoutSeconds = 5;
    int statementTimeoutMs = 30000;
    // libpq's TCP settings, so that a network that silently drops packets is noticed in
    // seconds rather than after the kernel's retransmission timeout (about 15 minutes).
    int tcpUserTimeoutMs = 10000;
    int keepalivesIdleSeconds = 5;
    // A test's crash point: called after a push was acknowledged by the server, before the
    // acknowledgement is stored. Returning true abandons the round there, as a kill would.
    std::function<bool()> abandonAfterPush;
};

struct SyncRoundReport
{
    enum class Outcome
    {
        Done,        // everything pushed, everything pulled
        Unreachable, // no connection, or it broke: try again later
        Refused,     // the server answered and refused (gap, fork, hash, flagged, …)
        LocalError,  // this terminal's store could not be read or written
        Abandoned    // stopped by SyncOptions::abandonAfterPush
    };
    Outcome outcome = Outcome::Done;
    QString error;
    QString code; // the server's code for a refusal ("gap", "fork", "hash", …)
    qint64 pushed = 0;
    qint64 pushDuplicates = 0;
    qint64 pulled = 0;
    qint64 pullDuplicates = 0;
    qint64 conflicts = 0;
    qint64 conflictsRaised = 0;
    QString conflictError; // a conflict could not be raised yet (the round still counts)
    qint64 serverLastSeq = -1;
    qint64 clockOffsetMs = 0;
    QString serverTime;
    bool clockFlagged = false;
    qint64 waiting = 0; // own events still not acknowledged after the round
    qint64 elapsedMs = 0;
    bool ok() const { return outcome == Outcome::Done; }
};

// One push-then-pull round between this terminal's store and the central server, on a QPSQL
// connection logged in as this terminal's role (which may only call ck.push, ck.pull,
// ck.last_pushed and ck.terminal_status). A round:
//   1. asks the server how far it holds this terminal's chain (ck.last_pushed) and checks the
//      hash there against the local event: the server's position, not a local note, decides
//      what is sent, so a crash between a push and storing its acknowledgement loses nothing
//      and sends nothing twice (and a push of an event already there counts as a duplicate);
//   2. pushes the outbox (own events after that position) in seq order, in batches, or an
//      empty push when there is nothing to send, so that the server knows it is in touch;
//   3. pulls other terminals' events and master data from the stored cursor until the server
//      says there is no more, importing each page and moving the cursor in one local
//      transaction (an event already stored is skipped, so a repeated page is harmless);
//   4. keeps every terminal's status (ck.terminal_status()) for the supervisor's warning of a
//      terminal offline too long or flagged (SyncState::staleTerminals);
//   5. raises the sync conflicts this terminal is to raise.
// The result and the time are kept in the store's sync state either way.
class SyncClient
{
public:
    SyncClient(QSqlDatabase &central, Workstation &workstation, SyncOptions options = {});

    SyncRoundReport round();

    // ck.last_pushed(): {"terminal", "lastSeq", "lastHash"}.
    Result<QJsonObject> lastPushed();
    // ck.terminal_status(): every terminal's line, as the server gives it.
    Result<QJsonDocument> terminalStatus();

    // A QPSQL connection named `connectionName` to the central server at `url` (a password in
    // the URL wins over `password`), with the connect, statement and TCP timeouts of `options`
    // before the URL's own settings (the URL's win). Opened; on failure the connection is
    // removed again and the error says why.
    static Result<QSqlDatabase> connect(const QString &url, const QString &password,
                                        const QString &connectionName,
                                        const SyncOptions &options = {});
    // Where the password comes from when the URL has none: the file, else the environment
    // variable CHAINKEEPER_CENTRAL_PASSWORD. Empty when neither gives one.
    static Result<QString> password(const QString &passwordFile);

    static QJsonObject eventJson(const Event &event);
    static Result<Event> eventFromJson(const QJsonObject &json);

private:
    Result<QJsonDocument> call(const QString &sql, const QVariantList &binds, const char *what);
    Status pushAll(SyncRoundReport &report);
    Status pullAll(SyncRoundReport &report);
    // An empty ck.push: the server notes the contact (last push time) and the clock offset.
    Status heartbeat(SyncRoundReport &report);
    // ck.terminal_status() into the store's sync state (SyncState::staleTerminals).
    Status fetchTerminalStatus();

    QSqlDatabase &m_central;
    Workstation &m_ws;
    SyncOptions m_options;
    // How the last failure is to be read: set by the step that failed.
    SyncRoundReport::Outcome m_failure = SyncRoundReport::Outcome::Unreachable;
    QString m_code;
};

} // namespace ck
