import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The inactivity lock: opaque, over whatever screen was open, which stays as it was underneath.
// Only the person who locked it opens it again, with their password; anyone else signs in as
// someone else, which ends the locked session.
Rectangle {
    id: screen

    function reset() {
        passwordField.clear()
        passwordField.focusInput()
    }

    color: Theme.background
    onVisibleChanged: if (visible) reset()
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Terminal locked")

    // Nothing underneath takes a tap or a wheel while the lock shows.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    Connections {
        target: SessionController
        function onErrorTextChanged() {
            if (SessionController.errorText !== "" && screen.visible)
                screen.reset()
        }
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 760)
        padding: 36

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            Text {
                objectName: "lockTitle"
                Layout.fillWidth: true
                text: qsTr("Terminal locked")
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "lockedBy"
                Layout.fillWidth: true
                text: qsTr("Locked for %1 at %2 UTC, after %3 min without use.")
                          .arg(SessionController.printedName)
                          .arg(AppContext.formatUtc(SessionController.lockedAt, "HH:mm"))
                          .arg(SessionController.inactivityMinutes)
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The open screen is kept as it was. %1 unlocks it with their password.")
                          .arg(SessionController.printedName)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            FormField {
                id: passwordField
                objectName: "unlockPassword"
                Layout.fillWidth: true
                label: qsTr("Password of %1").arg(SessionController.userId)
                secret: true
                maximumLength: 128
                enabled: !SessionController.busy
                onAccepted: if (text !== "") SessionController.unlock(text)
            }
            ErrorArea {
                objectName: "unlockError"
                Layout.fillWidth: true
                text: SessionController.errorText
            }
            ConfirmBar {
                objectName: "unlockButton"
                Layout.fillWidth: true
                label: qsTr("Unlock")
                busy: SessionController.busy
                enabled: passwordField.text !== ""
                onConfirmed: SessionController.unlock(passwordField.text)
            }
            ActionButton {
                objectName: "lockSwitchUserButton"
                Layout.fillWidth: true
                text: qsTr("Sign in as someone else")
                enabled: !SessionController.busy
                onClicked: SessionController.switchUser()
            }
        }
    }
}
