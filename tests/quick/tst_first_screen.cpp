// Runs tst_first_screen.qml with a real workstation: a demo site seeded into a temporary store,
// installed as the AppContext the screens read. The QML then drives the screens as an operator.
#include "AppContext.h"
#include "GuiMain.h"
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
            if (ck::Status seeded = ck::DemoSite::seed(*m_workstation); !seeded)
                qFatal("cannot seed the demo site: %s", qPrintable(seeded.error().message));
            m_context = std::make_unique<ck::AppContext>(
                m_workstation.get(), QStringLiteral("operator:quicktest"),
                ck::DemoSite::isDemo(*m_workstation), m_dir.path());
            ck::AppContext::setInstance(m_context.get());
        }
        ck::prepareQmlEngine(*engine);
    }

    void cleanupTestCase()
    {
        ck::AppContext::setInstance(nullptr);
        m_context.reset();
        m_workstation.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ck::Workstation> m_workstation;
    std::unique_ptr<ck::AppContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_first_screen, Setup)

#include "tst_first_screen.moc"
