import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Shown instead of everything else while the signed-in person must change their password: a
// temporary one set by an administrator, or one past its expiry. The core refuses every action
// until then; "Switch user" in the top bar leaves without changing it.
Rectangle {
    id: screen

    color: Theme.background
    onVisibleChanged: if (visible) reset()
    Component.onCompleted: if (visible) reset()

    function reset() {
        currentField.clear()
        newField.clear()
        confirmField.clear()
        currentField.focusInput()
    }
    function submit() {
        if (!SessionController.busy)
            SessionController.changePassword(currentField.text, newField.text, confirmField.text)
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 820)
        padding: 32

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Change your password")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "changePasswordWho"
                Layout.fillWidth: true
                text: qsTr("%1: your password was set by an administrator or has expired. Choose a new one before you go on.").arg(SessionController.printedName)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FormField {
                id: currentField
                objectName: "currentPassword"
                Layout.fillWidth: true
                label: qsTr("Current password")
                secret: true
                maximumLength: 128
                onAccepted: newField.focusInput()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24
                FormField {
                    id: newField
                    objectName: "newPassword"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("New password")
                    secret: true
                    maximumLength: 128
                    onAccepted: confirmField.focusInput()
                }
                FormField {
                    id: confirmField
                    objectName: "confirmPassword"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("New password again")
                    secret: true
                    maximumLength: 128
                    onAccepted: screen.submit()
                }
            }
            Text {
                Layout.fillWidth: true
                text: SessionController.passwordRules
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            ErrorArea {
                objectName: "changePasswordError"
                Layout.fillWidth: true
                text: SessionController.errorText
            }
            ConfirmBar {
                objectName: "changePasswordButton"
                Layout.fillWidth: true
                label: qsTr("Change password")
                busy: SessionController.busy
                enabled: currentField.text !== "" && newField.text !== "" && confirmField.text !== ""
                onConfirmed: screen.submit()
            }
        }
    }
}
