// Runs tst_deviation.qml with a real workstation: a demo site seeded into a temporary store,
// installed as the AppContext the screens read, with the demo operator signed in. The QML raises
// deviations as the operator and decides them at the desk as the supervisor.
#include "QuickSite.h"

#include "common/Clock.h"
#include "site/Workstation.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QtQuickTest/quicktest.h>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_site.prepare(*engine, QStringLiteral("T-DEVIATION"),
                       ck::QuickSite::Start::DemoOperatorSignedIn);
        // The server's list of terminals as the last sync kept it: one terminal silent for
        // 2 h 10 min, one flagged, and this one (never listed).
        const QDateTime now = m_site.workstation().clock().nowUtc();
        const auto terminal = [](const QString &name, const QString &lastPush, bool flagged,
                                 const QString &reason) {
            return QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("suites"), QJsonArray{QStringLiteral("Suite 1")}},
                               {QStringLiteral("lastPushAt"), lastPush},
                               {QStringLiteral("flagged"), flagged},
                               {QStringLiteral("flagReason"), reason}};
        };
        const QJsonArray terminals{
            terminal(QStringLiteral("T-OP"), ck::utcText(now.addSecs(-(2 * 3600 + 10 * 60))), false,
                     {}),
            terminal(QStringLiteral("T-BAD"), ck::utcText(now.addSecs(-60)), true,
                     QStringLiteral("content does not match its hash")),
            terminal(QStringLiteral("T-DEVIATION"), ck::utcText(now), false, {})};
        if (!ck::SyncState::recordTerminalStatus(m_site.workstation().store(),
                                                 QJsonDocument(terminals), ck::utcText(now)))
            qFatal("cannot keep the terminal status");
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_deviation, Setup)

#include "tst_deviation.moc"
