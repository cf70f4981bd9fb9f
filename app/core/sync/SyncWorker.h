#pragma once

#include "SyncClient.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTimer;

namespace ck {

class Clock;
class Workstation;

// The sync loop of a running terminal, on a thread of its own: move the worker to a QThread and
// invoke start() there. It opens its own connections in that thread (QSqlDatabase connections
// belong to the thread that made them): a second SQLite connection to the terminal's store
// (WAL; the store's busy timeout lets the two writers take turns, each write being one short
// BEGIN IMMEDIATE transaction) with the same projections, and the QPSQL connection to the
// central server. Then: a round, a sleep, a round; after a failure the sleep grows
// exponentially with jitter (1 s, 2 s, 4 s … up to maxBackoffMs, each × 0.5–1.5) so that many
// terminals coming back at once do not return in step. Killing the process at any point is
// safe: every round starts from what the server says it holds.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString storePath;
        QString url;      // postgresql://…
        QString password; // used when the URL carries none
        SyncOptions options;
        int intervalMs = 15000;       // between successful rounds
        int minBackoffMs = 1000;      // first retry after a failure
        int maxBackoffMs = 60000;     // longest wait between failed rounds
        const Clock *clock = nullptr; // null: the system clock
    };

    explicit SyncWorker(Settings settings, QObject *parent = nullptr);
    ~SyncWorker() override;

    // The wait after `failures` failed rounds in a row, with jitter: for tests and the status.
    static int backoffMs(int failures, int minMs, int maxMs, double jitter01);

public Q_SLOTS:
    // Opens the store and runs the first round; then it keeps going on its own.
    void start();
    // A round as soon as the current one (if any) is over: after a local action, or a tap.
    void syncNow();
    // Closes both connections; call (blocking-queued) before quitting the thread.
    void stop();

Q_SIGNALS:
    // state: "syncing", "online" (the last round reached the server and finished), or
    // "offline" (it could not, or the server refused: lastError says which).
    void statusChanged(const QString &state, qint64 waiting, const QString &lastSuccessUtc,
                       const QString &lastError, qint64 clockOffsetMs, bool clockFlagged);
    // Other terminals' events landed in the store: the screens should reload.
    void eventsImported(qint64 count);
    void roundFinished(bool ok, qint64 elapsedMs);

private:
    void runRound();
    void schedule(int ms);
    void closeCentral();

    Settings m_settings;
    std::unique_ptr<Workstation> m_ws;
    QString m_centralName;
    bool m_centralOpen = false;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
    bool m_stopped = false;
};

} // namespace ck
