#pragma once

class QQmlEngine;

namespace ck {

// The operator's application: opens the terminal's store, loads Chainkeeper.Ui/Main.qml and
// runs until the window closes. Options: --data-dir, --demo, --terminal-id, --screenshot DIR,
// --quit-after-first-frame.
int runGui(int argc, char **argv);

// Makes the project's static QML modules (Chainkeeper, Chainkeeper.Ui, Chainkeeper.Widgets)
// importable in `engine`; runGui and the Quick Tests both call it.
void prepareQmlEngine(QQmlEngine &engine);

} // namespace ck
