import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Top bar and the two screens: today's work and the execution of one batch. One
// StepController serves the execution screen, so the window (and the screenshot tour) can
// reach it.
Rectangle {
    id: shell

    readonly property StepController controller: stepController
    readonly property alias stack: stack

    function openBatch(batchId) {
        stepController.open(batchId)
        stack.pop(null)
        stack.push(executionComponent)
    }
    function showToday() {
        stack.pop(null)
        stepController.clearError()
    }
    function setEntryText(text) {
        if (stack.depth > 1)
            stack.currentItem.setEntryText(text)
    }

    color: Theme.background

    StepController {
        id: stepController
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
        }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
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
    }

    Component {
        id: executionComponent
        ExecutionScreen {
            objectName: "executionScreen"
            controller: stepController
            onBackRequested: shell.showToday()
        }
    }
}
