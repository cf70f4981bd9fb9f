// Runs tst_first_screen.qml with a real workstation: a demo site seeded into a temporary store,
// installed as the AppContext the screens read, with the demo operator signed in (the sign-in
// screens have their own test, tst_session). The QML then drives the screens as an operator.
#include "QuickSite.h"

#include <QObject>
#include <QtQuickTest/quicktest.h>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_site.prepare(*engine, QStringLiteral("T-QUICKTEST"),
                       ck::QuickSite::Start::DemoOperatorSignedIn);
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_first_screen, Setup)

#include "tst_first_screen.moc"
