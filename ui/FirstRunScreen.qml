import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// A new site has no accounts at all (there are no default ones): the person setting up the
// terminal creates the first administrator, who then adds everyone else. The core refuses this
// as soon as any user exists.
Rectangle {
    id: screen

    color: Theme.background
    onVisibleChanged: if (visible) idField.focusInput()
    Component.onCompleted: if (visible) idField.focusInput()

    function submit() {
        if (!SessionController.busy)
            SessionController.createFirstAdministrator(idField.text, nameField.text,
                                                       badgeField.text, passwordField.text,
                                                       confirmField.text)
    }

    Card {
        anchors.fill: parent
        anchors.margins: 20
        padding: 24

        ColumnLayout {
            anchors.fill: parent
            spacing: 12

            Text {
                Layout.fillWidth: true
                text: qsTr("Set up this terminal: the first administrator")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("No users yet. This administrator adds the others, but does not execute or approve batches.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 32
                rowSpacing: 10

                FormField {
                    id: idField
                    objectName: "firstRunUserId"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("User id (lower case, e.g. j.smith)")
                    mono: true
                    onAccepted: nameField.focusInput()
                }
                FormField {
                    id: passwordField
                    objectName: "firstRunPassword"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Password")
                    secret: true
                    maximumLength: 128
                    onAccepted: confirmField.focusInput()
                }
                FormField {
                    id: nameField
                    objectName: "firstRunName"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Printed name (shown with every signature)")
                    onAccepted: badgeField.focusInput()
                }
                FormField {
                    id: confirmField
                    objectName: "firstRunConfirm"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Password again")
                    secret: true
                    maximumLength: 128
                    onAccepted: screen.submit()
                }
                FormField {
                    id: badgeField
                    objectName: "firstRunBadge"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: qsTr("Badge (optional: scan it)")
                    mono: true
                    onAccepted: passwordField.focusInput()
                }
                Text {
                    objectName: "passwordRules"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignBottom
                    text: SessionController.passwordRules
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
            ErrorArea {
                objectName: "firstRunError"
                Layout.fillWidth: true
                text: SessionController.errorText
            }
            Item { Layout.fillHeight: true }
            ConfirmBar {
                objectName: "createAdminButton"
                Layout.fillWidth: true
                label: qsTr("Create administrator and sign in")
                busy: SessionController.busy
                enabled: idField.text.trim() !== "" && nameField.text.trim() !== ""
                         && passwordField.text !== "" && confirmField.text !== ""
                onConfirmed: screen.submit()
            }
        }
    }
}
