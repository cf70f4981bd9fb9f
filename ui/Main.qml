import QtQuick
import QtQuick.Controls
import Chainkeeper
import Chainkeeper.Widgets

// The operator's window. All content is in AppShell, so the Quick Test can drive the same
// screens inside its own window; the functions below are what --screenshot calls.
ApplicationWindow {
    id: window

    // --kiosk: a suite terminal shows nothing but Chainkeeper, full screen, no title bar.
    property bool kiosk: false
    // --touch: an on-screen keyboard for text fields (numbers have their own keypad).
    property bool touch: false
    // The on-screen keyboard lives in its own file: when Qt Virtual Keyboard is not installed,
    // only that file fails to load and the terminal still starts (keyboardError says why).
    property url keyboardSource: Qt.resolvedUrl("TouchKeyboard.qml")
    readonly property string keyboardError: keyboardLoader.status === Loader.Error
                                            ? qsTr("The on-screen keyboard could not be loaded (is Qt Virtual Keyboard installed?).")
                                            : ""
    readonly property bool keyboardShown: keyboardLoader.item !== null && keyboardLoader.item.shown

    readonly property StepController controller: shell.controller

    function openBatch(batchId) { shell.openBatch(batchId) }
    function showToday() { shell.showToday() }
    function setEntryText(text) { shell.setEntryText(text) }
    // `userId`, when given, is selected on the users screen.
    function showUsers(userId) { shell.showUsers(userId) }
    function showSecurityLog() { shell.showSecurityLog() }
    function showSettings() { shell.showSettings() }
    // The signature dialog of the step that waits for one (false when none does).
    function openSignature() { return shell.openSignature() }
    function closeSignature() { shell.closeSignature() }
    // The progress rail of the execution screen with its titles, or compact.
    function expandRail(expanded) { shell.expandRail(expanded) }
    // The question asked when leaving a typed value: keep it (stay) or discard it (leave).
    function answerLeaveQuestion(discard) { shell.answerLeaveQuestion(discard) }
    // Deviations: the dialog raising one at the active step, the desk, review by exception.
    function raiseDeviation() { return shell.raiseDeviation() }
    function closeDeviationDialog() { shell.closeDeviationDialog() }
    function openExceptionPaths(which) { return shell.openExceptionPaths(which) }
    function closeExceptionPaths() { shell.closeExceptionPaths() }
    function showDeviationDesk() { shell.showDeviationDesk() }
    function showReview(batchId) { shell.showReview(batchId) }

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    flags: kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    visibility: kiosk ? Window.FullScreen : Window.AutomaticVisibility
    title: AppContext.isDemo
           ? qsTr("Chainkeeper — DEMO SITE — NOT FOR GMP USE — terminal %1").arg(AppContext.terminalId)
           : qsTr("Chainkeeper — terminal %1").arg(AppContext.terminalId)

    onKeyboardErrorChanged: if (keyboardError !== "") console.warn(keyboardError + " " + keyboardLoader.source)

    AppShell {
        id: shell
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        // The keyboard pushes the screen up instead of covering the field being typed in.
        height: parent.height - (window.keyboardShown ? keyboardLoader.item.height : 0)
        keyboardError: window.touch ? window.keyboardError : ""
    }

    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        active: window.touch
        source: window.touch ? window.keyboardSource : ""
        width: parent.width
        y: window.keyboardShown ? parent.height - item.height : parent.height
        z: 100
    }
}
