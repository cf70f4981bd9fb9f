import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The scan step: one field that a keyboard-wedge scanner types into, with the time of every key,
// so that the core can tell a scanner's burst from a person typing. Typed identity is refused;
// a supervisor's signed override with a reason is the only way it counts.
ColumnLayout {
    id: entry

    required property ScanController scan
    property var keys: []

    function reset() {
        keys = []
        field.text = ""
        field.forceActiveFocus()
    }

    spacing: 12

    Text {
        objectName: "scanWhat"
        Layout.fillWidth: true
        text: entry.scan.container !== ""
              ? qsTr("Scan %1 on the %2.").arg(entry.scan.labelText).arg(entry.scan.container)
              : qsTr("Scan %1.").arg(entry.scan.labelText)
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    TextField {
        id: field
        objectName: "scanField"
        Layout.fillWidth: true
        implicitHeight: 72
        font.pixelSize: Theme.fontLarge
        font.family: Theme.monoFamily
        placeholderText: qsTr("Waiting for the scanner…")
        Accessible.name: qsTr("Scan field")
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: field.activeFocus ? 3 : 2
            border.color: field.activeFocus ? Theme.primary : Theme.border
        }
        // Every key with the moment it arrived; Enter ends the read and hands it to the core.
        Keys.onPressed: event => {
            const k = {text: event.text, key: event.key, time: Date.now()}
            entry.keys = entry.keys.concat([k])
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                event.accepted = true
                const read = entry.keys
                entry.keys = []
                field.text = ""
                entry.scan.scanKeys(read)
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: !entry.scan.typedRefused
        text: qsTr("Use the scanner. Identity typed by hand is refused unless a supervisor approves it.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    ErrorArea {
        objectName: "scanError"
        Layout.fillWidth: true
        text: entry.scan.errorText
    }

    // Typed identity: the supervisor approves it here, with a reason and their signature.
    ColumnLayout {
        objectName: "typedOverride"
        Layout.fillWidth: true
        visible: entry.scan.typedRefused
        spacing: 8
        Text {
            Layout.fillWidth: true
            text: qsTr("Typed by hand: %1").arg(entry.scan.typedText)
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.family: Theme.monoFamily
            color: Theme.alert
            wrapMode: Text.Wrap
        }
        TextField {
            id: reasonField
            objectName: "overrideReason"
            Layout.fillWidth: true
            implicitHeight: 64
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Why the label cannot be scanned (required)")
            Accessible.name: placeholderText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            BigButton {
                objectName: "overrideCancel"
                text: qsTr("Scan instead")
                onClicked: {
                    entry.scan.clearError()
                    entry.reset()
                }
            }
            BigButton {
                objectName: "overrideButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Supervisor approves")
                enabled: reasonField.text.trim() !== ""
                onClicked: {
                    approval.errorText = ""
                    approval.open()
                }
            }
        }
    }

    SignatureDialog {
        id: approval
        objectName: "overrideDialog"
        meaning: qsTr("Approved")
        signsText: qsTr("Identity typed by hand instead of scanned: %1\nReason: %2")
                   .arg(entry.scan.typedText).arg(reasonField.text)
        needsUserId: true
        witness: true
        onSubmitted: (userId, password) => {
            if (entry.scan.overrideTypedIdentity(reasonField.text, userId, password)) {
                approval.close()
                reasonField.text = ""
            } else {
                approval.errorText = entry.scan.errorText
            }
        }
        onCancelled: approval.close()
    }
}
