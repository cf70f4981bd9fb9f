// Runs tst_first_screen.qml with a real workstation: a demo site seeded into a temporary store,
// installed as the AppContext the screens read, with the demo operator signed in (the sign-in
// screens have their own test, tst_session). The QML then drives the screens as an operator.
#include "AppContext.h"
#include "GuiMain.h"
#include "SessionController.h"
#include "SettingsController.h"
#include "people/AccessControl.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"

#include <QObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest/quicktest.h>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        if (!m_workstation) {
            // The QGuiApplication exists by now (the store's SQL driver needs it).
            QQuickStyle::setStyle(QStringLiteral("Basic"));
            if (!m_dir.isValid())
                qFatal("no temporary directory");
            auto opened = ck::Workstation::open(ck::Workstation::storePathIn(m_dir.path()), nullptr,
                                                QStringLiteral("T-QUICKTEST"));
            if (!opened)
                qFatal("cannot open the store: %s", qPrintable(opened.error().message));
            m_workstation = std::move(opened).value();
            // Argon2id at its standard cost takes 0.3 s a hash; seeding makes five people.
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
            // The shell reads the terminal's display settings; a file of the test's own.
            m_settings = std::make_unique<ck::SettingsController>(
                m_dir.filePath(QStringLiteral("settings.conf")));
            ck::SettingsController::setInstance(m_settings.get());
        }
        ck::prepareQmlEngine(*engine);
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
    std::unique_ptr<ck::Workstation> m_workstation;
    std::unique_ptr<ck::AppContext> m_context;
    std::unique_ptr<ck::SettingsController> m_settings;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_first_screen, Setup)

#include "tst_first_screen.moc"
