#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace ck {

class SessionController;
class Workstation;

// What every screen needs to know about this terminal: the workstation it runs on, the session
// of whoever is signed in (session()) and whether this is the demo site. Created in C++ before the
// engine loads (runGui, the Quick Test setup) so that QML never opens a store itself; the engine
// only borrows it.
class AppContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(bool isDemo READ isDemo CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    // Sync with the central server arrives with a later issue; until then the terminal says what
    // it is. Never a made-up "online".
    Q_PROPERTY(QString connectionState READ connectionState CONSTANT)
    // The workstation's clock, so the top bar shows the time the audit trail records.
    Q_PROPERTY(QDateTime nowUtc READ nowUtc NOTIFY tick)

public:
    AppContext(Workstation *workstation, bool isDemo, QString dataDir, QObject *parent = nullptr);
    ~AppContext() override;

    // The one context the QML singleton hands out. The caller keeps ownership and must keep it
    // alive as long as any engine uses it.
    static void setInstance(AppContext *context);
    static AppContext *instance();
    static AppContext *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Workstation *workstation() const { return m_workstation; }
    // Who is signed in at this terminal (the QML singleton SessionController).
    SessionController *session() const { return m_session; }
    QString terminalId() const;
    bool isDemo() const { return m_isDemo; }
    QString dataDir() const { return m_dataDir; }
    QString connectionState() const { return QStringLiteral("offline"); }
    QDateTime nowUtc() const;

    // A UTC instant as text in UTC whatever the terminal's time zone (QML's Date and
    // Qt.formatDateTime would show local time). Empty for an invalid time.
    Q_INVOKABLE QString formatUtc(const QDateTime &time, const QString &format) const;

    // Called after an action changed a batch, so the order list reloads.
    void notifyBatchesChanged() { Q_EMIT batchesChanged(); }

Q_SIGNALS:
    void tick();
    void batchesChanged();

private:
    Workstation *m_workstation = nullptr;
    bool m_isDemo = false;
    QString m_dataDir;
    QTimer m_tick;
    SessionController *m_session = nullptr;
};

} // namespace ck
