#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;
class QThread;

namespace ck {

class SyncWorker;
class Workstation;

// The sync indicator's model. When this terminal has a central server (kept by `chainkeeper sync
// --configure`), it owns the sync worker's thread; the worker reports online / offline / syncing
// and the time of the last successful sync. The number of records waiting is read from this
// terminal's own store every two seconds, so it counts an action the moment it is recorded. With
// no central server the terminal says "offline" and what waits: never a made-up "online".
//
// One instance per process: QML gets it as a singleton, created on first use as a child of the
// AppContext (whose workstation it syncs), and it stops its thread when that context goes.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(qint64 waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString lastSyncUtc READ lastSyncUtc NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(bool clockFlagged READ clockFlagged NOTIFY changed)
    // Other terminals out of touch for longer than the configured limit (`sync --configure
    // --offline-warn-minutes`), or flagged by the server, as of the last successful pull: maps
    // with name, suites (text), lastPushUtc (empty: never), offlineMinutes (-1: never), stale,
    // flagged and reason. Recomputed with the poll, so a silence crosses the limit on its own.
    Q_PROPERTY(QVariantList offlineTerminals READ offlineTerminals NOTIFY terminalsChanged)
    Q_PROPERTY(int offlineTerminalCount READ offlineTerminalCount NOTIFY terminalsChanged)
    Q_PROPERTY(int offlineWarnMinutes READ offlineWarnMinutes NOTIFY terminalsChanged)

public:
    explicit SyncController(Workstation *workstation, QObject *parent = nullptr);
    ~SyncController() override;

    static SyncController *instance();
    static SyncController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString state() const { return m_state; }
    bool configured() const { return m_configured; }
    qint64 waiting() const { return m_waiting; }
    QString lastSyncUtc() const { return m_lastSyncUtc; }
    QString lastError() const { return m_lastError; }
    bool clockFlagged() const { return m_clockFlagged; }
    QVariantList offlineTerminals() const { return m_offlineTerminals; }
    int offlineTerminalCount() const { return int(m_offlineTerminals.size()); }
    int offlineWarnMinutes() const { return m_offlineWarnMinutes; }

    // A round now (a tap on the indicator, or after an action); nothing without a server.
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void changed();
    void terminalsChanged();

private:
    void refreshLocal();
    void refreshTerminals();
    void onWorkerStatus(const QString &state, qint64 waiting, const QString &lastSuccessUtc,
                        const QString &lastError, qint64 clockOffsetMs, bool clockFlagged);

    Workstation *m_workstation = nullptr;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer m_poll;
    bool m_configured = false;
    QString m_state = QStringLiteral("offline");
    qint64 m_waiting = 0;
    QString m_lastSyncUtc;
    QString m_lastError;
    bool m_clockFlagged = false;
    QVariantList m_offlineTerminals;
    int m_offlineWarnMinutes = 30;
};

} // namespace ck
