import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The demo banner, the top bar and the screens. No batch data shows without a signed-in,
// unlocked session: a new site first creates its administrator, then everyone signs in, changes
// a temporary password when they must, and an idle session is covered by the lock screen while
// the screen underneath stays where it was. One StepController serves the execution screen, so
// the window (and the screenshot tour) can reach it.
Rectangle {
    id: shell

    readonly property StepController controller: stepController
    readonly property ScanController scan: scanController
    readonly property alias stack: stack
    readonly property alias leaveDialog: leaveDialog
    // Set by the window when --touch asked for an on-screen keyboard that could not be loaded.
    property string keyboardError

    // Every way off a screen comes through here: the execution screen may hold a value typed
    // but not recorded, and that is never dropped without asking (what was recorded is already
    // in the store). `action` runs at once, or after "Discard", or never after "Keep".
    function leave(action) {
        const current = stack.currentItem
        if (stack.depth > 1 && current && current.hasUncommittedEntry === true) {
            leaveDialog.pending = action
            leaveDialog.typed = current.uncommittedText
            leaveDialog.open()
            return false
        }
        action()
        return true
    }
    function answerLeaveQuestion(discard) {
        if (discard)
            leaveDialog.discard()
        else
            leaveDialog.keep()
    }

    function openBatch(batchId) {
        // Opening the batch already on screen is no move at all.
        if (stack.depth > 1 && stack.currentItem.objectName === "executionScreen"
                && stepController.batchId === batchId)
            return true
        return leave(() => {
            stepController.open(batchId)
            stack.pop(null)
            stack.push(executionComponent)
        })
    }
    function openSignature() {
        return stack.depth > 1 && stack.currentItem.openSignature !== undefined
               && stack.currentItem.openSignature()
    }
    function closeSignature() {
        if (stack.depth > 1 && stack.currentItem.closeSignature !== undefined)
            stack.currentItem.closeSignature()
    }
    function showToday() {
        return leave(() => {
            stack.pop(null)
            stepController.clearError()
        })
    }
    function setEntryText(text) {
        if (stack.depth > 1 && stack.currentItem.setEntryText !== undefined)
            stack.currentItem.setEntryText(text)
    }
    function expandRail(expanded) {
        if (stack.depth > 1 && stack.currentItem.expandRail !== undefined)
            stack.currentItem.expandRail(expanded)
    }
    function showUsers(userId) {
        return leave(() => {
            stack.pop(null)
            stack.push(usersComponent)
            if (userId)
                stack.currentItem.select(userId)
        })
    }
    function showSecurityLog() {
        return leave(() => {
            stack.pop(null)
            stack.push(securityLogComponent)
        })
    }
    function showDeviationDesk() {
        return leave(() => {
            stack.pop(null)
            stack.push(deskComponent)
        })
    }
    // Review by exception of a batch (empty: the batch on the execution screen).
    function showReview(batchId) {
        const id = batchId ? batchId : stepController.batchId
        return leave(() => {
            stack.pop(null)
            stack.push(reviewComponent, {batchId: id})
        })
    }
    function raiseDeviation() {
        if (stack.depth > 1 && stack.currentItem.raiseDeviation !== undefined) {
            stack.currentItem.raiseDeviation()
            return true
        }
        return false
    }
    function closeDeviationDialog() {
        if (stack.depth > 1 && stack.currentItem.deviationDialog !== undefined)
            stack.currentItem.deviationDialog.close()
    }
    // The exception paths of the batch on screen: "" the menu, or "move", "terminate",
    // "repeat", "incomplete".
    function openExceptionPaths(which) {
        if (stack.depth > 1 && stack.currentItem.openExceptionPaths !== undefined) {
            stack.currentItem.openExceptionPaths(which === undefined ? "" : which)
            return true
        }
        return false
    }
    function closeExceptionPaths() {
        if (stack.depth > 1 && stack.currentItem.exceptionPathsPanel !== undefined)
            stack.currentItem.exceptionPathsPanel.close()
    }
    function showSettings() {
        return leave(() => {
            stack.pop(null)
            stack.push(settingsComponent)
        })
    }
    // After a change of person: a screen the new person may not open is left for today's work.
    // A batch screen stays, so a handover continues where the last person stopped.
    function leaveForbiddenScreen() {
        if (stack.depth > 1 && stack.currentItem.allowed === false)
            stack.pop(null)
    }

    color: Theme.background

    StepController {
        id: stepController
    }
    ScanController {
        id: scanController
        step: stepController
    }

    // The theme chosen on the settings screen (or --theme) applies to every screen at once.
    Binding {
        target: Theme
        property: "highContrast"
        value: SettingsController.highContrast
    }

    Connections {
        target: SessionController
        function onSessionChanged() { shell.leaveForbiddenScreen() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // On every screen, the sign-in and lock screens included: nothing recorded here counts.
        Rectangle {
            objectName: "demoBanner"
            visible: SessionController.isDemo
            Layout.fillWidth: true
            implicitHeight: 44
            color: Theme.demo
            Accessible.role: Accessible.AlertMessage
            Accessible.name: qsTr("DEMO SITE — NOT FOR GMP USE")
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 4
                color: Theme.outOfSpec
            }
            Text {
                anchors.centerIn: parent
                text: "⚠ " + qsTr("DEMO SITE — NOT FOR GMP USE") + " ⚠"
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
        }

        TopBar {
            Layout.fillWidth: true
            onUsersRequested: shell.showUsers()
            onSecurityLogRequested: shell.showSecurityLog()
            onSettingsRequested: shell.showSettings()
            onDeviationDeskRequested: shell.showDeviationDesk()
        }

        Rectangle {
            objectName: "keyboardErrorBanner"
            visible: shell.keyboardError !== ""
            Layout.fillWidth: true
            implicitHeight: keyboardErrorText.implicitHeight + 16
            color: Theme.alertTint
            Accessible.role: Accessible.AlertMessage
            Accessible.name: shell.keyboardError
            Text {
                id: keyboardErrorText
                anchors.fill: parent
                anchors.margins: 8
                text: "⚠ " + shell.keyboardError
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackView {
                id: stack
                anchors.fill: parent
                // Hidden, not destroyed, while nobody may see it: the next person (or the one
                // who unlocks) finds it as it was.
                visible: SessionController.ready
                // Screens change at once: an operator in a cleanroom waits for nothing.
                pushEnter: Transition {}
                pushExit: Transition {}
                popEnter: Transition {}
                popExit: Transition {}
                replaceEnter: Transition {}
                replaceExit: Transition {}

                initialItem: TodayScreen {
                    objectName: "todayScreen"
                    onOpenRequested: batchId => shell.openBatch(batchId)
                }
            }

            FirstRunScreen {
                objectName: "firstRunScreen"
                anchors.fill: parent
                visible: SessionController.needsFirstAdministrator
            }
            SignInScreen {
                objectName: "signInScreen"
                anchors.fill: parent
                visible: !SessionController.needsFirstAdministrator && !SessionController.signedIn
            }
            ChangePasswordScreen {
                objectName: "changePasswordScreen"
                anchors.fill: parent
                visible: SessionController.signedIn && !SessionController.locked
                         && SessionController.mustChangePassword
            }
            LockScreen {
                objectName: "lockScreen"
                anchors.fill: parent
                visible: SessionController.signedIn && SessionController.locked
            }
        }
    }

    Component {
        id: executionComponent
        ExecutionScreen {
            objectName: "executionScreen"
            controller: stepController
            scan: scanController
            onBackRequested: shell.showToday()
            onReviewRequested: shell.showReview(stepController.batchId)
        }
    }
    Component {
        id: deskComponent
        DeviationDeskScreen {
            objectName: "deviationDeskScreen"
            onBackRequested: shell.showToday()
            onOpenBatchRequested: batchId => shell.openBatch(batchId)
            onReviewRequested: batchId => shell.showReview(batchId)
        }
    }
    Component {
        id: reviewComponent
        ReviewScreen {
            objectName: "reviewScreen"
            onBackRequested: shell.showToday()
            onOpenBatchRequested: (batchId, stepId) => shell.openBatch(batchId)
        }
    }
    Component {
        id: usersComponent
        UserAdminScreen {
            objectName: "userAdminScreen"
            onBackRequested: shell.showToday()
        }
    }
    Component {
        id: settingsComponent
        SettingsScreen {
            objectName: "settingsScreen"
            onBackRequested: shell.showToday()
        }
    }
    LeaveDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        anchors.centerIn: parent
        onDiscarded: {
            if (shell.stack.depth > 1 && shell.stack.currentItem.discardEntry !== undefined)
                shell.stack.currentItem.discardEntry()
        }
    }
    Component {
        id: securityLogComponent
        SecurityLogScreen {
            objectName: "securityLogScreen"
            onBackRequested: shell.showToday()
        }
    }
}
