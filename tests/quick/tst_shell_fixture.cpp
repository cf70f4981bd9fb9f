// The fixture of tst_rail, tst_settings and tst_quick_navigation_guard: the real shell on a demo
// store with a manual clock (a batch crosses a day-long hold in the test), the demo operator
// signed in, and the terminal's settings in a temporary file. The QML reaches it as `fixture`.
#include "QuickSite.h"
#include "SettingsController.h"

#include <QDir>
#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QUrl>
#include <QtQuickTest/quicktest.h>

class Setup : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE void advanceMinutes(double minutes) { m_site.clock().advanceMinutes(minutes); }
    // What a new start would read from the settings file (not what the controller holds).
    Q_INVOKABLE QString savedTheme()
    {
        return ck::SettingsController::savedTheme(m_site.settings().settingsFile());
    }
    Q_INVOKABLE QString savedLanguage()
    {
        return ck::SettingsController::savedLanguage(m_site.settings().settingsFile());
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
        m_site.prepare(*engine, QStringLiteral("T-SHELL"),
                       ck::QuickSite::Start::DemoOperatorSignedIn);
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), this);
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_shell, Setup)

#include "tst_shell_fixture.moc"
