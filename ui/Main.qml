import QtQuick.Controls
import Chainkeeper

// The operator's window. All content is in AppShell, so the Quick Test can drive the same
// screens inside its own window; the functions below are what --screenshot calls.
ApplicationWindow {
    id: window

    readonly property StepController controller: shell.controller

    function openBatch(batchId) { shell.openBatch(batchId) }
    function showToday() { shell.showToday() }
    function setEntryText(text) { shell.setEntryText(text) }
    // `userId`, when given, is selected on the users screen.
    function showUsers(userId) { shell.showUsers(userId) }
    function showSecurityLog() { shell.showSecurityLog() }
    // The signature dialog of the step that waits for one (false when none does).
    function openSignature() { return shell.openSignature() }
    function closeSignature() { shell.closeSignature() }

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: AppContext.isDemo
           ? qsTr("Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1").arg(AppContext.terminalId)
           : qsTr("Chainkeeper — terminal %1").arg(AppContext.terminalId)

    AppShell {
        id: shell
        anchors.fill: parent
    }
}
