import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Open exceptions of the batch and the decision on each: continue (accept the entry and go on)
// or repeat (the entry does not count; enter the step again). Both need a reason, which goes
// into the audit trail. The deviation workflow takes this over with a later issue.
ColumnLayout {
    id: panel

    required property StepController controller

    // Only a role that may decide sees the decision; the core refuses anyone else regardless.
    readonly property bool mayDecide: SessionController.ready && SessionController.can("resolve")

    spacing: 12

    Repeater {
        model: panel.controller.exceptions

        Card {
            id: exceptionCard
            required property var modelData
            required property int index

            objectName: "exception_" + index
            Layout.fillWidth: true
            borderColor: Theme.outOfSpec
            borderWidth: 3

            function kindText(kind) {
                switch (kind) {
                case "out_of_specification": return qsTr("Out of specification")
                case "window_missed": return qsTr("Time window missed")
                }
                return kind
            }
            function resolve(resolution) {
                if (panel.controller.resolveException(exceptionCard.modelData.id, resolution, reasonField.text))
                    reasonField.text = ""
            }

            ColumnLayout {
                width: parent.width
                spacing: 10

                Text {
                    objectName: "exceptionTitle"
                    Layout.fillWidth: true
                    text: "⚠ " + qsTr("Exception %1").arg(exceptionCard.modelData.id)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.outOfSpec
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 at “%2”").arg(exceptionCard.kindText(exceptionCard.modelData.kind))
                                             .arg(exceptionCard.modelData.stepTitle)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "exceptionDetail"
                    Layout.fillWidth: true
                    text: exceptionCard.modelData.detail
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "decisionNeededHint"
                    Layout.fillWidth: true
                    visible: !panel.mayDecide
                    text: qsTr("A supervisor decides how the batch goes on: tap “Switch user” and let them sign in here.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: panel.mayDecide
                    text: qsTr("Repeat: this entry does not count, enter the step again. Continue: accept the entry and go on.")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                TextField {
                    id: reasonField
                    objectName: "reasonField"
                    visible: panel.mayDecide
                    Layout.fillWidth: true
                    implicitHeight: 64
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Reason (required)")
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: reasonField.activeFocus ? 3 : 2
                        border.color: reasonField.activeFocus ? Theme.primary : Theme.border
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: panel.mayDecide
                    spacing: 12
                    BigButton {
                        objectName: "repeatButton"
                        Layout.fillWidth: true
                        leftPadding: 12
                        rightPadding: 12
                        text: qsTr("Repeat step")
                        enabled: reasonField.text.trim() !== ""
                        onClicked: exceptionCard.resolve("repeat")
                    }
                    BigButton {
                        objectName: "continueButton"
                        Layout.fillWidth: true
                        text: qsTr("Continue")
                        enabled: reasonField.text.trim() !== ""
                        onClicked: exceptionCard.resolve("continue")
                    }
                }
            }
        }
    }
}
