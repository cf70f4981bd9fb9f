#include "QuickSite.h"

#include "AppContext.h"
#include "GuiMain.h"
#include "SettingsController.h"
#include "people/AccessControl.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QDir>
#include <QQuickStyle>

#include <spdlog/spdlog.h>

namespace ck {

QuickSite::QuickSite() : m_clock(QDateTime::currentDateTimeUtc()) {}

QuickSite::~QuickSite()
{
    close();
}

void QuickSite::prepare(QQmlEngine &engine, const QString &terminalId, Start start)
{
    if (!m_workstation) {
        spdlog::set_level(spdlog::level::off);
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        auto opened =
            Workstation::open(Workstation::storePathIn(m_dir.path()), &m_clock, terminalId);
        if (!opened)
            qFatal("cannot open the store: %s", qPrintable(opened.error().message));
        m_workstation = std::move(opened).value();
        // Argon2id at its standard cost takes 0.3 s a hash; the tests hash dozens of times.
        m_workstation->access().setHashCost({1, size_t(8) << 20});
        if (start == Start::DemoWithoutPeople) {
            if (Status marked =
                    m_workstation->store().setMeta(QStringLiteral("site"), QStringLiteral("demo"));
                !marked)
                qFatal("cannot mark the demo site: %s", qPrintable(marked.error().message));
        } else {
            if (Status seeded = DemoSite::seed(*m_workstation); !seeded)
                qFatal("cannot seed the demo site: %s", qPrintable(seeded.error().message));
            const SiteUser &demoOperator = DemoSite::users().at(1);
            if (auto signedIn =
                    m_workstation->access().signIn(demoOperator.userId, demoOperator.password);
                !signedIn)
                qFatal("cannot sign in: %s", qPrintable(signedIn.error().message));
        }
        m_context = std::make_unique<AppContext>(m_workstation.get(),
                                                 DemoSite::isDemo(*m_workstation), m_dir.path());
        AppContext::setInstance(m_context.get());
        // The shell reads the terminal's display settings: a file of the test's own.
        m_settings = std::make_unique<SettingsController>(
            QDir(m_dir.path()).filePath(QStringLiteral("settings.conf")));
        SettingsController::setInstance(m_settings.get());
    }
    prepareQmlEngine(engine);
}

void QuickSite::close()
{
    SettingsController::setInstance(nullptr);
    m_settings.reset();
    AppContext::setInstance(nullptr);
    m_context.reset();
    m_workstation.reset();
}

} // namespace ck
