import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// One batch at work: who it is for (large, for the chain-of-identity check), the active step
// and, beside it, what was recorded and what is waiting for a decision.
Item {
    id: screen

    required property StepController controller
    required property ScanController scan

    signal backRequested()
    signal reviewRequested()

    readonly property bool hasUncommittedEntry: stepCard.hasUncommittedEntry
    readonly property string uncommittedText: stepCard.uncommittedText
    readonly property alias steps: steps
    readonly property alias rail: rail
    readonly property alias deviations: deviationController
    readonly property alias deviationDialog: deviationDialog
    readonly property alias exceptionPaths: exceptionPathController
    readonly property alias exceptionPathsPanel: exceptionPathsPanel

    function setEntryText(text) { stepCard.setEntryText(text) }
    function discardEntry() { stepCard.discardEntry() }
    function openSignature() { return stepCard.openSignature() }
    function closeSignature() { stepCard.closeSignature() }
    function expandRail(expanded) { rail.expanded = expanded }
    function raiseDeviation() { deviationDialog.start(stepCard.kind) }
    function openExceptionPaths(which) { exceptionPathsPanel.start(which) }

    // Numbers are typed on the keypad (gloves), or on a hardware keyboard into the field.
    readonly property bool numericEntry: screen.controller.hasActiveStep && stepCard.kind === "numeric"
                                         && !stepCard.awaitingSignature && !stepCard.blocked

    StepListModel {
        id: steps
        controller: screen.controller
    }
    // The batch's deviations: raised here, completed, decided and closed through the core.
    DeviationController {
        id: deviationController
        step: screen.controller
    }
    // The guided exception paths: move, terminate, repeat, incomplete record.
    ExceptionPathController {
        id: exceptionPathController
        step: screen.controller
    }

    function stateText(state) {
        switch (state) {
        case "created": return qsTr("Not started")
        case "in_progress": return qsTr("In progress")
        case "on_hold": return "⚠ " + qsTr("On hold")
        case "complete": return "✓ " + qsTr("Complete")
        case "aborted": return "✕ " + qsTr("Aborted")
        }
        return state
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        // Header: the order and, in large type, the patient's identity.
        Card {
            Layout.fillWidth: true
            padding: 12
            leftPadding: 16

            RowLayout {
                anchors.fill: parent
                spacing: 24

                BigButton {
                    objectName: "backButton"
                    text: "‹ " + qsTr("Today")
                    onClicked: screen.backRequested()
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.minimumWidth: 200
                    spacing: 2
                    Text {
                        objectName: "orderNoLabel"
                        text: screen.controller.orderNo
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: screen.controller.recipeTitle
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Text {
                        text: qsTr("Chain of identity")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "coiLabel"
                        text: screen.controller.coiId
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                        color: Theme.text
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Text {
                        text: qsTr("Patient")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "initialsLabel"
                        text: screen.controller.patientInitials
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                }
                // A deviation can be raised at any step, by whoever executes it.
                BigButton {
                    objectName: "raiseDeviationButton"
                    visible: screen.controller.hasActiveStep && SessionController.ready
                             && SessionController.can("execute")
                    leftPadding: 16
                    rightPadding: 16
                    text: "⚠ " + qsTr("Raise deviation")
                    Accessible.name: qsTr("Raise deviation")
                    onClicked: screen.raiseDeviation()
                }
                Text {
                    objectName: "batchStateLabel"
                    Layout.preferredWidth: 150
                    horizontalAlignment: Text.AlignRight
                    text: screen.stateText(screen.controller.batchState)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: screen.controller.batchState === "on_hold" ? Theme.outOfSpec : Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            // The compact rail's place; expanded, the rail lies over the step card (below) so
            // the card keeps its width at 1280 x 800.
            Item {
                id: railSlot
                Layout.preferredWidth: rail.compactWidth
                Layout.fillHeight: true
                z: 5

                ProgressRail {
                    id: rail
                    objectName: "progressRail"
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.bottom: parent.bottom
                    width: implicitWidth
                    model: steps
                    currentIndex: steps.currentRow
                    // Two messages each: English has no catalogue to choose the plural from.
                    summary: (steps.count === 1 ? qsTr("%1 of %n step done", "", steps.count)
                                                : qsTr("%1 of %n steps done", "", steps.count)).arg(steps.doneCount)
                             + (steps.skippedCount > 0 ? " · " + qsTr("%n skipped", "", steps.skippedCount) : "")
                    compactSummary: steps.count > 0 ? steps.doneCount + "/" + steps.count : ""
                }
            }

            StepCard {
                id: stepCard
                objectName: "stepCard"
                controller: screen.controller
                scan: screen.scan
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            // What was recorded and what waits for a decision. Scrolls when there is a lot.
            Flickable {
                id: side
                objectName: "sidePanel"
                Layout.preferredWidth: 460
                Layout.fillHeight: true
                contentHeight: sideColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {
                    width: 14
                    policy: side.contentHeight > side.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                }

                ColumnLayout {
                    id: sideColumn
                    width: side.width
                    spacing: 12

                    NumericKeypad {
                        id: keypad
                        objectName: "entryKeypad"
                        Layout.alignment: Qt.AlignHCenter
                        visible: screen.numericEntry
                        maxDecimals: screen.controller.decimals
                        onEdited: text => stepCard.setEntryText(text)
                        // The keypad owns its text (a tap assigns it, which would break a
                        // binding): the field's changes (typing, a new step) are copied in.
                        Connections {
                            target: stepCard
                            function onEntryTextChanged() { keypad.text = stepCard.entryText }
                        }
                    }

                    // Move, terminate, repeat, incomplete record: each a guided form. Here, not in
                    // the header, which has no room left at 1280 px.
                    ActionButton {
                        objectName: "exceptionPathsButton"
                        Layout.fillWidth: true
                        implicitHeight: Theme.minTouch
                        visible: screen.controller.loaded && SessionController.ready
                                 && SessionController.can("execute")
                        text: "☰ " + qsTr("Exception paths")
                        Accessible.name: qsTr("Exception paths")
                        onClicked: screen.openExceptionPaths("")
                    }

                    // The step needs order data the order lacks: what is missing and the two ways on.
                    Card {
                        objectName: "incompleteRecordCard"
                        Layout.fillWidth: true
                        visible: exceptionPathController.missingOrderData.length > 0

                        ColumnLayout {
                            width: parent.width
                            spacing: 8
                            Text {
                                objectName: "incompleteRecordText"
                                Layout.fillWidth: true
                                text: "⚠ " + qsTr("Incomplete record: the order lacks %1")
                                      .arg(exceptionPathController.missingFields.map(f => f.title).join(", "))
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.outOfSpec
                                wrapMode: Text.Wrap
                            }
                            BigButton {
                                objectName: "incompleteRecordButton"
                                Layout.fillWidth: true
                                primary: true
                                text: qsTr("What to do")
                                onClicked: screen.openExceptionPaths("incomplete")
                            }
                        }
                    }

                    // The containers' dispositions recorded by a termination.
                    Card {
                        objectName: "dispositionCard"
                        Layout.fillWidth: true
                        visible: Object.keys(exceptionPathController.dispositions).length > 0

                        ColumnLayout {
                            width: parent.width
                            spacing: 6
                            Text {
                                text: qsTr("Container dispositions")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Text {
                                objectName: "dispositionList"
                                Layout.fillWidth: true
                                text: Object.keys(exceptionPathController.dispositions)
                                      .map(c => c + ": " + exceptionPathsPanel.dispositionText(exceptionPathController.dispositions[c]))
                                      .join("\n")
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    ExceptionPanel {
                        objectName: "exceptionPanel"
                        Layout.fillWidth: true
                        controller: screen.controller
                        deviations: deviationController
                        visible: deviationController.deviations.length > 0
                    }

                    EntryList {
                        objectName: "entryList"
                        Layout.fillWidth: true
                        controller: screen.controller
                        visible: screen.controller.entries.length > 0
                    }

                    // The order itself, in full (the header has room for the essentials only).
                    Card {
                        objectName: "orderCard"
                        Layout.fillWidth: true
                        visible: screen.controller.loaded

                        ColumnLayout {
                            width: parent.width
                            spacing: 6
                            Text {
                                text: qsTr("Batch order")
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1, version %2").arg(screen.controller.recipeTitle).arg(screen.controller.recipeVersion)
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            Text {
                                objectName: "orderSuiteText"
                                Layout.fillWidth: true
                                text: (screen.controller.stepCount === 1
                                       ? qsTr("%1 · %n step · batch %2", "", screen.controller.stepCount)
                                       : qsTr("%1 · %n steps · batch %2", "", screen.controller.stepCount))
                                      .arg(screen.controller.suite).arg(screen.controller.batchId)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                            ActionButton {
                                objectName: "reviewButton"
                                implicitHeight: Theme.minTouch
                                text: qsTr("Review by exception")
                                onClicked: screen.reviewRequested()
                            }
                        }
                    }
                }
            }
        }
    }

    // An identity mismatch stops everything: it covers the whole batch screen.
    IdentityStop {
        anchors.fill: parent
        z: 10
        scan: screen.scan
        controller: screen.controller
        deviations: deviationController
    }

    DeviationDialog {
        id: deviationDialog
        deviations: deviationController
    }

    ExceptionPathsPanel {
        id: exceptionPathsPanel
        paths: exceptionPathController
        deviations: deviationController
        controller: screen.controller
    }
}
