// The fixture of tst_rail, tst_settings and tst_quick_navigation_guard: the real shell on a demo
// store with a manual clock (a batch crosses a day-long hold in the test), the demo operator
// signed in, and the terminal's settings in a temporary file. The QML reaches it as `fixture`.
#include "AppContext.h"
#include "GuiMain.h"
#include "SettingsController.h"
#include "common/Clock.h"
#include "people/AccessControl.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"

#include <QDir>
#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQuickTest/quicktest.h>

#include <spdlog/spdlog.h>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() : m_clock(QDateTime::currentDateTimeUtc()) {}

    Q_INVOKABLE void advanceMinutes(double minutes) { m_clock.advanceMinutes(minutes); }
    // What a new start would read from the settings file (not what the controller holds).
    Q_INVOKABLE QString savedTheme() const
    {
        return ck::SettingsController::savedTheme(m_settings->settingsFile());
    }
    Q_INVOKABLE QString savedLanguage() const
    {
        return ck::SettingsController::savedLanguage(m_settings->settingsFile());
    }
    // A keyboard file whose import does not exist: stands for a terminal without Qt Virtual
    // Keyboard installed.
    Q_INVOKABLE QUrl brokenKeyboard() const
    {
        return QUrl::fromLocalFile(QDir(QStringLiteral(QUICK_TEST_SOURCE_DIR))
                                       .filePath(QStringLiteral("BrokenKeyboard.qml")));
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
                                                &m_clock, QStringLiteral("T-SHELL"));
            if (!opened)
                qFatal("cannot open the store: %s", qPrintable(opened.error().message));
            m_workstation = std::move(opened).value();
            // Argon2id at its standard cost takes 0.3 s a hash; the test signs a dozen times.
            m_workstation->access().setHashCost({1, size_t(8) << 20});
            if (ck::Status seeded = ck::DemoSite::seed(*m_workstation); !seeded)
                qFatal("cannot seed the demo site: %s", qPrintable(seeded.error().message));
            const ck::SiteUser &demoOperator = ck::DemoSite::users().at(1);
            if (auto signedIn =
                    m_workstation->access().signIn(demoOperator.userId, demoOperator.password);
                !signedIn)
                qFatal("cannot sign in: %s", qPrintable(signedIn.error().message));
            m_context = std::make_unique<ck::AppContext>(
                m_workstation.get(), ck::DemoSite::isDemo(*m_workstation), m_dir.path());
            ck::AppContext::setInstance(m_context.get());
            m_settings = std::make_unique<ck::SettingsController>(
                QDir(m_dir.path()).filePath(QStringLiteral("settings.conf")));
            ck::SettingsController::setInstance(m_settings.get());
        }
        ck::prepareQmlEngine(*engine);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), this);
    }

    void cleanupTestCase()
    {
        ck::SettingsController::setInstance(nullptr);
        ck::AppContext::setInstance(nullptr);
        m_settings.reset();
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

QUICK_TEST_MAIN_WITH_SETUP(tst_shell, Setup)

#include "tst_shell_fixture.moc"
