import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The manifestation of each signature given (21 CFR 11.50): printed name, date and time with its
// time zone, and the meaning, wherever the signed record is shown.
ColumnLayout {
    id: lines

    // Each {meaning, printedName, userId, signedAt, manifestation} from StepController.
    property var signatures: []

    function meaningText(meaning) {
        switch (meaning) {
        case "performed": return qsTr("performed")
        case "verified": return qsTr("verified")
        case "reviewed": return qsTr("reviewed")
        case "approved": return qsTr("approved")
        case "rejected": return qsTr("rejected")
        case "received": return qsTr("received")
        }
        return meaning
    }

    spacing: 4
    visible: signatures.length > 0

    Repeater {
        model: lines.signatures
        Text {
            required property var modelData
            objectName: "signature_" + modelData.meaning
            Layout.fillWidth: true
            text: "✍ " + qsTr("%1 — %2 UTC — %3")
                  .arg(modelData.printedName)
                  .arg(AppContext.formatUtc(modelData.signedAt, "yyyy-MM-dd HH:mm:ss"))
                  .arg(lines.meaningText(modelData.meaning))
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
