import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The hard stop of an identity mismatch: it covers the whole batch screen, says what was expected
// and what was scanned, and offers nothing that lets the batch go on with this bag. A supervisor
// decides: scan again (the wrong read does not count) or abort the batch.
Rectangle {
    id: stop

    required property ScanController scan
    required property StepController controller
    readonly property bool mayDecide: SessionController.ready && SessionController.can("resolve")

    objectName: "identityStop"
    visible: scan.identityStop
    color: Theme.outOfSpec
    // Swallows every tap: nothing underneath may be used while the batch is stopped.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: 20

        Text {
            Layout.fillWidth: true
            text: "⚠ " + qsTr("STOP — IDENTITY MISMATCH")
            font.pixelSize: 44
            font.bold: true
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "stopDetail"
            Layout.fillWidth: true
            text: stop.scan.stopDetail
            font.pixelSize: Theme.fontLarge
            font.family: Theme.monoFamily
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Do not use this container. Put it aside, labelled, and call a supervisor.")
            font.pixelSize: Theme.fontLarge
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: decision.implicitHeight + 40
            radius: Theme.radius
            color: Theme.surface

            ColumnLayout {
                id: decision
                anchors.fill: parent
                anchors.margins: 20
                spacing: 12

                Text {
                    Layout.fillWidth: true
                    visible: !stop.mayDecide
                    text: qsTr("A supervisor decides: tap “Switch user” and let them sign in here.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                BigButton {
                    objectName: "stopSwitchUser"
                    visible: !stop.mayDecide
                    text: qsTr("Switch user")
                    onClicked: SessionController.switchUser()
                }
                TextField {
                    id: reason
                    objectName: "stopReason"
                    Layout.fillWidth: true
                    visible: stop.mayDecide
                    implicitHeight: 64
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Reason (required)")
                    Accessible.name: placeholderText
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: stop.mayDecide
                    spacing: 12
                    BigButton {
                        objectName: "stopScanAgain"
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("Scan again")
                        enabled: reason.text.trim() !== ""
                        onClicked: if (stop.controller.resolveException(stop.scan.stopExceptionId, "repeat", reason.text)) reason.text = ""
                    }
                    BigButton {
                        objectName: "stopAbort"
                        Layout.fillWidth: true
                        text: qsTr("Abort the batch")
                        enabled: reason.text.trim() !== ""
                        onClicked: if (stop.controller.resolveException(stop.scan.stopExceptionId, "abort", reason.text)) reason.text = ""
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: stop.controller.errorText !== ""
                    text: stop.controller.errorText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.outOfSpec
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
