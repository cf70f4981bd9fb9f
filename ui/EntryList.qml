import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Every entry of the active step, in the order recorded. An entry that no longer counts
// (corrected, or repeated after an exception) stays visible, struck through, with the reason:
// the record is never silently rewritten.
Card {
    id: list

    required property StepController controller

    ColumnLayout {
        width: parent.width
        spacing: 10

        Text {
            text: qsTr("Entries of this step")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }

        Repeater {
            model: list.controller.entries

            ColumnLayout {
                id: entry
                required property var modelData
                required property int index

                objectName: "entry_" + index
                Layout.fillWidth: true
                spacing: 4

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        objectName: "entryValue"
                        Layout.fillWidth: true
                        text: entry.modelData.valueText
                        font.pixelSize: Theme.fontLarge
                        font.bold: !entry.modelData.superseded
                        font.strikeout: entry.modelData.superseded
                        color: entry.modelData.superseded ? Theme.textMuted : Theme.text
                        elide: Text.ElideRight
                    }
                    FlagLabel {
                        flag: entry.modelData.flag === "none" ? "" : entry.modelData.flag
                        pixelSize: Theme.fontSmall
                        opacity: entry.modelData.superseded ? 0.6 : 1
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 UTC · %2").arg(AppContext.formatUtc(entry.modelData.enteredAt, "HH:mm:ss"))
                                             .arg(entry.modelData.actor)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "supersededReason"
                    Layout.fillWidth: true
                    visible: entry.modelData.superseded
                    text: qsTr("Not counted — reason: %1").arg(entry.modelData.correctionReason)
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }

        // The signatures given for this step's work, where its entries are shown (§11.50).
        SignatureLines {
            objectName: "stepSignatures"
            Layout.fillWidth: true
            signatures: list.controller.signatures
        }
    }
}
