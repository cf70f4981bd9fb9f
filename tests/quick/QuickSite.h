#pragma once

#include "common/Clock.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QQmlEngine;

namespace ck {

class AppContext;
class SettingsController;
class Workstation;

// What every Qt Quick Test of the real screens stands on: a store in a temporary directory on a
// manual clock, installed as the AppContext the screens read, with the terminal's settings in a
// file of its own. Made when the first QML engine exists (the store's SQL driver needs the
// application object), and taken down in the right order.
class QuickSite
{
public:
    enum class Start
    {
        DemoOperatorSignedIn, // the demo site seeded, demo.operator signed in
        DemoWithoutPeople     // a demo site with nobody yet: the first-run screen shows
    };

    QuickSite();
    ~QuickSite();

    // Opens the site on the first call; every call prepares `engine` for the screens.
    void prepare(QQmlEngine &engine, const QString &terminalId, Start start);
    void close();

    Workstation &workstation() { return *m_workstation; }
    AppContext &context() { return *m_context; }
    SettingsController &settings() { return *m_settings; }
    ManualClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<SettingsController> m_settings;
};

} // namespace ck
