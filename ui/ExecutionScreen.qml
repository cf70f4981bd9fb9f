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

    signal backRequested()

    function setEntryText(text) { stepCard.setEntryText(text) }
    function openSignature() { return stepCard.openSignature() }
    function closeSignature() { stepCard.closeSignature() }

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

            StepCard {
                id: stepCard
                objectName: "stepCard"
                controller: screen.controller
                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            // What was recorded and what waits for a decision. Scrolls when there is a lot.
            Flickable {
                id: side
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

                    ExceptionPanel {
                        objectName: "exceptionPanel"
                        Layout.fillWidth: true
                        controller: screen.controller
                        visible: screen.controller.exceptions.length > 0
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
                                Layout.fillWidth: true
                                text: qsTr("%1 · %2 steps · batch %3").arg(screen.controller.suite).arg(screen.controller.stepCount).arg(screen.controller.batchId)
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
