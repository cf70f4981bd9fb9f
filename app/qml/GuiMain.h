#pragma once

#include <QString>
#include <QStringList>

class QQmlEngine;

namespace ck {

// The GUI's command line, parsed before the QGuiApplication exists: --touch has to choose the
// input method (QT_IM_MODULE) first.
struct GuiOptions
{
    QString dataDir;
    bool demo = false;
    QString terminalId;
    QString screenshotDir;
    bool quitAfterFirstFrame = false;
    QString lang;  // de, fr, es, en (a territory may follow); empty: saved setting or system
    QString theme; // light or high-contrast; empty: the saved setting
    bool kiosk = false;
    bool touch = false;
    bool help = false;
    QString helpText;
    QString error; // set when the command line is wrong; the rest is then meaningless
};

// Parses `arguments` (argv, the program name first) without a QCoreApplication.
GuiOptions parseGuiOptions(const QStringList &arguments);

// The operator's application: opens the terminal's store, loads Chainkeeper.Ui/Main.qml and
// runs until the window closes. Options: see parseGuiOptions and the README's GUI options.
int runGui(int argc, char **argv);

// Makes the project's static QML modules (Chainkeeper, Chainkeeper.Ui, Chainkeeper.Widgets)
// importable in `engine`; runGui and the Quick Tests both call it.
void prepareQmlEngine(QQmlEngine &engine);

} // namespace ck
