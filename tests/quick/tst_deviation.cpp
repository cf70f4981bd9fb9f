// Runs tst_deviation.qml with a real workstation: a demo site seeded into a temporary store,
// installed as the AppContext the screens read, with the demo operator signed in. The QML raises
// deviations as the operator and decides them at the desk as the supervisor.
#include "QuickSite.h"

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
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_deviation, Setup)

#include "tst_deviation.moc"
