import QtQuick
import Chainkeeper.Widgets

// An account's status as a glyph and a word, coloured as the third cue only.
Text {
    id: label

    property string status

    readonly property var look: ({
        active: ["✓", qsTr("Active"), Theme.inSpec],
        locked: ["⚠", qsTr("Locked"), Theme.alert],
        deactivated: ["✕", qsTr("Deactivated"), Theme.textMuted]
    })
    readonly property var entry: look[status] !== undefined ? look[status] : ["?", status, Theme.text]

    text: entry[0] + " " + entry[1]
    color: entry[2]
    font.pixelSize: Theme.fontBody
    font.bold: true
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Account status: %1").arg(entry[1])
}
