import QtQuick

// The state of a batch or step as a glyph and a word on a tinted pill: colour is the third
// cue, never the only one. `status` is the core's name (created, in_progress, on_hold,
// complete, aborted for batches; pending, active, done, skipped for steps).
Rectangle {
    id: pill

    property string status

    readonly property var look: ({
        created: ["○", qsTr("Created"), Theme.textMuted, Theme.background],
        in_progress: ["▶", qsTr("In progress"), Theme.primary, Theme.selected],
        on_hold: ["‖", qsTr("On hold"), Theme.alert, Theme.alertTint],
        complete: ["✓", qsTr("Complete"), Theme.inSpec, Theme.inSpecTint],
        aborted: ["✕", qsTr("Aborted"), Theme.outOfSpec, Theme.outOfSpecTint],
        pending: ["○", qsTr("Pending"), Theme.textMuted, Theme.background],
        active: ["▶", qsTr("Active"), Theme.primary, Theme.selected],
        done: ["✓", qsTr("Done"), Theme.inSpec, Theme.inSpecTint],
        skipped: ["↷", qsTr("Skipped"), Theme.textMuted, Theme.background]
    })
    // An unknown state is shown as it is, not hidden: a new core state must still be visible.
    readonly property var entry: look[status] !== undefined ? look[status]
                                                             : ["?", status, Theme.text, Theme.surface]
    readonly property string glyph: entry[0]
    readonly property string label: entry[1]

    visible: status !== ""
    implicitWidth: text.implicitWidth + 36
    implicitHeight: Math.max(44, text.implicitHeight + 14)
    radius: height / 2
    color: entry[3]
    border.color: entry[2]
    border.width: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(label)

    Text {
        id: text
        objectName: "pillText"
        anchors.centerIn: parent
        text: pill.glyph + " " + pill.label
        color: pill.entry[2]
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
}
