import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// An electronic signature (21 CFR 11.50, 11.200): what is signed, in full, and what the
// signature means, then the signer's password, and their user id as well for the first signature
// of a session or a second person (witness). The dialog decides nothing: the owner passes the
// submitted components to SignatureService and shows its refusal in errorText.
Popup {
    id: dialog

    // The meaning in words ("Performed", "Verified", ...).
    property string meaning
    // What is being signed, shown in full: the step, its entries and values.
    property string signsText
    // The first signature of a continuous session, or a second person: both components. The
    // owner asks SessionController.signatureNeedsUserId().
    property bool needsUserId: true
    // A second person signs (verifier): the user id field starts empty and is theirs.
    property bool witness: false
    property string errorText
    property bool busy: false

    // The owner signs with these, then closes the dialog or sets errorText.
    signal submitted(string userId, string password)
    signal cancelled()

    function submit() {
        if (busy)
            return
        const id = idField.visible ? idField.text.trim() : SessionController.userId
        dialog.submitted(id, passwordField.text)
        passwordField.clear()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 64 : 900, 900)
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: 32

    onOpened: {
        passwordField.clear()
        // Both components are typed, never filled in: that is what makes it a signature.
        idField.clear()
        if (idField.visible)
            idField.focusInput()
        else
            passwordField.focusInput()
    }

    Overlay.modal: Rectangle { color: "#99000000" }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.primary
        border.width: 3
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Text {
            objectName: "signatureTitle"
            Layout.fillWidth: true
            text: dialog.witness ? qsTr("Signature of the verifier") : qsTr("Electronic signature")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                text: qsTr("Meaning:")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            Text {
                objectName: "signatureMeaning"
                Layout.fillWidth: true
                text: dialog.meaning
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
            }
        }
        Text {
            text: qsTr("You sign:")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(signs.implicitHeight + 28, 220)
            color: Theme.background
            border.color: Theme.border
            border.width: 2
            radius: Theme.radius
            Flickable {
                id: flick
                anchors.fill: parent
                anchors.margins: 12
                contentHeight: signs.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
                Text {
                    id: signs
                    objectName: "signatureSigns"
                    width: flick.width - 20
                    text: dialog.signsText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
        Text {
            objectName: "signerLine"
            visible: !dialog.witness
            Layout.fillWidth: true
            text: qsTr("Signer: %1 · role: %2").arg(SessionController.printedName).arg(SessionController.roleText)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            FormField {
                id: idField
                objectName: "signatureUserId"
                visible: dialog.needsUserId || dialog.witness
                enabled: !dialog.busy
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: dialog.witness ? qsTr("Verifier: user id or badge") : qsTr("User id")
                mono: true
                onAccepted: passwordField.focusInput()
            }
            FormField {
                id: passwordField
                objectName: "signaturePassword"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                enabled: !dialog.busy
                label: dialog.witness ? qsTr("Verifier: password") : qsTr("Password")
                secret: true
                maximumLength: 128
                onAccepted: if (text !== "") dialog.submit()
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Signing with your user id and password is the legally binding equivalent of your handwritten signature.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        ErrorArea {
            objectName: "signatureError"
            Layout.fillWidth: true
            text: dialog.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ActionButton {
                objectName: "signatureCancel"
                text: qsTr("Cancel")
                implicitHeight: Theme.confirmHeight
                enabled: !dialog.busy
                onClicked: {
                    dialog.close()
                    dialog.cancelled()
                }
            }
            ConfirmBar {
                objectName: "signatureSign"
                Layout.fillWidth: true
                implicitWidth: 300
                label: qsTr("Sign: %1").arg(dialog.meaning)
                busy: dialog.busy
                enabled: passwordField.text !== "" && (!idField.visible || idField.text.trim() !== "")
                onConfirmed: dialog.submit()
            }
        }
    }
}
