import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// A step whose work is recorded and which waits for its signatures: which one is due, the ones
// given so far, and the signature dialog. The core decides who may sign; a refusal is shown in
// the dialog and nothing is recorded.
Rectangle {
    id: panel

    required property StepController controller
    readonly property string due: controller.signatureDue
    // Someone other than the performer signs: the verifier, or the receiver of a hand-off.
    readonly property bool witness: due === "verified" || due === "received"

    // What the signer signs, in full: the step and every entry that counts, with who recorded it,
    // and for a verifier the performer's signature too.
    readonly property string signsText: {
        let lines = [controller.title]
        for (const e of controller.entries) {
            if (!e.superseded)
                lines.push(qsTr("%1 — entered %2 UTC by %3")
                           .arg(e.valueText)
                           .arg(AppContext.formatUtc(e.enteredAt, "yyyy-MM-dd HH:mm:ss"))
                           .arg(e.actor))
        }
        for (const s of controller.signatures)
            lines.push(qsTr("Signed: %1 — %2 UTC — %3")
                       .arg(s.printedName)
                       .arg(AppContext.formatUtc(s.signedAt, "yyyy-MM-dd HH:mm:ss"))
                       .arg(given.meaningText(s.meaning)))
        return lines.join("\n")
    }

    function open() {
        dialog.errorText = ""
        dialog.open()
    }
    function close() { dialog.close() }

    objectName: "signaturePanel"
    visible: due !== ""
    implicitHeight: column.implicitHeight + 32
    radius: Theme.radius
    color: Theme.selected
    border.color: Theme.primary
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Text {
            objectName: "signatureDueLabel"
            Layout.fillWidth: true
            text: "✍ " + (panel.due === "received"
                          ? qsTr("Container handed over. The person receiving it signs.")
                          : panel.witness
                          ? qsTr("Work recorded. A second person must verify it and sign.")
                          : qsTr("Work recorded. Sign it as the person who performed it."))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        SignatureLines {
            id: given
            Layout.fillWidth: true
            signatures: panel.controller.signatures
        }
    }

    SignatureDialog {
        id: dialog
        objectName: "signatureDialog"
        meaning: panel.due === "received" ? qsTr("Received")
                 : panel.witness ? qsTr("Verified") : qsTr("Performed")
        signsText: panel.signsText
        needsUserId: panel.controller.signatureNeedsUserId
        witness: panel.witness
        onSubmitted: (userId, password) => {
            if (panel.controller.sign(userId, password)) {
                dialog.close()
            } else {
                dialog.errorText = panel.controller.errorText
                panel.controller.clearError()
            }
        }
        onCancelled: dialog.close()
    }
}
