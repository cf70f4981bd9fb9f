// Runs tst_session.qml on a real workstation with a manual clock: a demo site without any user yet,
// so the QML starts at the first-run screen. The fixture lets the QML move the clock (for the
// inactivity lock) and seed the rest of the demo site (its other people, recipes and orders).
#include "AppContext.h"
#include "GuiMain.h"
#include "SettingsController.h"
#include "common/Clock.h"
#include "people/AccessControl.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

#include <spdlog/spdlog.h>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() : m_clock(QDateTime::currentDateTimeUtc()) {}

    Q_INVOKABLE void advanceMinutes(double minutes) { m_clock.advanceMinutes(minutes); }
    // Where the test saves pictures of the screens it drives (CK_SESSION_SHOTS), for a person
    // reviewing a layout; empty: none are saved.
    Q_INVOKABLE QString shotDir() const { return qEnvironmentVariable("CK_SESSION_SHOTS"); }
    // Empty when the demo site's other people, recipes and orders were added, otherwise why not.
    Q_INVOKABLE QString addDemoPeople()
    {
        const ck::Status s = ck::DemoSite::seed(*m_workstation);
        m_context->notifyBatchesChanged(); // the orders arrived: today's list reloads
        return s ? QString() : s.error().message;
    }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_workstation) {
            spdlog::set_level(spdlog::level::off);
            QQuickStyle::setStyle(QStringLiteral("Basic"));
            if (!m_dir.isValid())
                qFatal("no temporary directory");
            auto opened = ck::Workstation::open(ck::Workstation::storePathIn(m_dir.path()),
                                                &m_clock, QStringLiteral("T-SESSION"));
            if (!opened)
                qFatal("cannot open the store: %s", qPrintable(opened.error().message));
            m_workstation = std::move(opened).value();
            // Argon2id at its standard cost takes 0.3 s a hash; the test hashes dozens.
            m_workstation->access().setHashCost({1, size_t(8) << 20});
            // A demo site with nobody yet: the first administrator is made on the screen.
            if (ck::Status marked =
                    m_workstation->store().setMeta(QStringLiteral("site"), QStringLiteral("demo"));
                !marked)
                qFatal("cannot mark the demo site: %s", qPrintable(marked.error().message));
            m_context = std::make_unique<ck::AppContext>(
                m_workstation.get(), ck::DemoSite::isDemo(*m_workstation), m_dir.path());
            ck::AppContext::setInstance(m_context.get());
            // The shell reads the terminal's display settings; a file of the test's own.
            m_settings = std::make_unique<ck::SettingsController>(
                m_dir.filePath(QStringLiteral("settings.conf")));
            ck::SettingsController::setInstance(m_settings.get());
        }
        ck::prepareQmlEngine(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), this);
    }

    void cleanupTestCase()
    {
        ck::SettingsController::setInstance(nullptr);
        m_settings.reset();
        ck::AppContext::setInstance(nullptr);
        m_context.reset();
        m_workstation.reset();
    }

private:
    QTemporaryDir m_dir;
    ck::ManualClock m_clock;
    std::unique_ptr<ck::Workstation> m_workstation;
    std::unique_ptr<ck::AppContext> m_context;
    std::unique_ptr<ck::SettingsController> m_settings;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_session, Setup)

#include "tst_session.moc"
