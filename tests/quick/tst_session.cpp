// Runs tst_session.qml on a real workstation with a manual clock: a demo site without any user yet,
// so the QML starts at the first-run screen. The fixture lets the QML move the clock (for the
// inactivity lock) and seed the rest of the demo site (its other people, recipes and orders).
#include "AppContext.h"
#include "QuickSite.h"
#include "site/DemoSite.h"

#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest/quicktest.h>

class Setup : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void advanceMinutes(double minutes) { m_site.clock().advanceMinutes(minutes); }
    // Where the test saves pictures of the screens it drives (CK_SESSION_SHOTS), for a person
    // reviewing a layout; empty: none are saved.
    Q_INVOKABLE QString shotDir() const { return qEnvironmentVariable("CK_SESSION_SHOTS"); }
    // Empty when the demo site's other people, recipes and orders were added, otherwise why not.
    Q_INVOKABLE QString addDemoPeople()
    {
        const ck::Status s = ck::DemoSite::seed(m_site.workstation());
        m_site.context().notifyBatchesChanged(); // the orders arrived: today's list reloads
        return s ? QString() : s.error().message;
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_site.prepare(*engine, QStringLiteral("T-SESSION"),
                       ck::QuickSite::Start::DemoWithoutPeople);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), this);
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_session, Setup)

#include "tst_session.moc"
