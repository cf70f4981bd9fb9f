import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Where the batch is: every step in order, grouped by stage, each with a mark that is a glyph
// and a word as well as a colour. Compact, it is a narrow column of marks and step numbers that
// leaves the step card its room; expanded, it shows the titles, the state words and stage
// headers that fold away (settled stages fold by themselves, a tap overrides).
//
// The model is any list model with these roles: `number` (int), `title`, `stepState` (pending,
// active, awaiting_signature, done, skipped, blocked; anything else is shown as it is),
// `stageId`, `stageTitle`, `stageSettled` and `stageSize` (steps of the stage done or skipped,
// and all of them), `firstInStage` (bool), `current` (bool) and `reason` (why it was skipped).
Item {
    id: rail

    property var model
    // The row of the step the batch is at; -1 for none. The rail scrolls it into view.
    property int currentIndex: -1
    property bool expanded: false
    property int compactWidth: 112
    property int expandedWidth: 380
    // Shown above the list: for example "4 of 33 steps done".
    property string summary
    property string compactSummary
    // stageId -> true (folded) or false (open), set by a tap on the stage header.
    property var stageOverrides: ({})
    readonly property alias list: list

    // [glyph, word, ink] of a state: colour is the third cue, never the only one.
    function look(state) {
        switch (state) {
        case "done": return ["✓", qsTr("Done"), Theme.inSpec]
        case "active": return ["▶", qsTr("Active"), Theme.primary]
        case "awaiting_signature": return ["✍", qsTr("Awaiting signature"), Theme.primary]
        case "blocked": return ["⚠", qsTr("Blocked: exception open"), Theme.outOfSpec]
        case "skipped": return ["↷", qsTr("Skipped"), Theme.textMuted]
        case "pending": return ["○", qsTr("Pending"), Theme.textMuted]
        }
        return ["?", state, Theme.text]
    }
    function stageFolded(stageId, settled, size) {
        const o = stageOverrides[stageId]
        return o !== undefined ? o : size > 0 && settled === size
    }
    function toggleStage(stageId, settled, size) {
        const next = Object.assign({}, stageOverrides)
        next[stageId] = !stageFolded(stageId, settled, size)
        stageOverrides = next
    }
    function positionOnCurrent() {
        if (currentIndex >= 0 && currentIndex < list.count)
            list.positionViewAtIndex(currentIndex, ListView.Center)
    }

    implicitWidth: expanded ? expandedWidth : compactWidth
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Progress of the batch") + (summary !== "" ? ": " + summary : "")

    onCurrentIndexChanged: Qt.callLater(positionOnCurrent)
    onExpandedChanged: Qt.callLater(positionOnCurrent)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        border.color: rail.expanded ? Theme.primary : Theme.border
        border.width: rail.expanded ? 2 : 1
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 6
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                id: toggle
                objectName: "railToggle"
                Layout.fillWidth: !rail.expanded
                implicitWidth: Theme.minTouch
                implicitHeight: Theme.minTouch
                text: rail.expanded ? "‹" : "☰ ›"
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Accessible.name: rail.expanded ? qsTr("Hide the step titles") : qsTr("Show the step titles")
                onClicked: rail.expanded = !rail.expanded
                contentItem: Text {
                    text: toggle.text
                    font: toggle.font
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: toggle.down ? Theme.selected : Theme.background
                    border.color: Theme.border
                    border.width: 2
                }
                FocusRing { shown: toggle.visualFocus }
            }
            ColumnLayout {
                visible: rail.expanded
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Steps")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "railSummary"
                    Layout.fillWidth: true
                    text: rail.summary
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
        Text {
            visible: !rail.expanded && text !== ""
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: rail.compactSummary
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
        }

        ListView {
            id: list
            objectName: "railList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: rail.model
            boundsBehavior: Flickable.StopAtBounds
            // Scrolling by dragging with a glove is the main way; the bar says there is more.
            ScrollBar.vertical: ScrollBar {
                width: 10
                policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            onCountChanged: Qt.callLater(rail.positionOnCurrent)

            delegate: Column {
                id: row

                required property int index
                required property int number
                required property string title
                required property string stepState
                required property string stageId
                required property string stageTitle
                required property int stageSettled
                required property int stageSize
                required property bool firstInStage
                required property bool current
                required property string reason

                readonly property var mark: rail.look(stepState)
                // The step's own line is folded with its stage, except the step the batch is at.
                readonly property bool folded: rail.expanded && !current
                                               && rail.stageFolded(stageId, stageSettled, stageSize)

                objectName: "railStep_" + index
                width: ListView.view ? ListView.view.width - 12 : 0
                spacing: 0

                // Stage header, expanded: a 64 px button that folds or opens the stage.
                Button {
                    id: header
                    objectName: "railStage_" + row.stageId
                    visible: row.firstInStage && rail.expanded
                    width: row.width
                    height: visible ? Theme.minTouch : 0
                    readonly property bool stageFolded: rail.stageFolded(row.stageId, row.stageSettled, row.stageSize)
                    readonly property bool complete: row.stageSettled === row.stageSize
                    Accessible.name: qsTr("Stage %1, %2 of %3 settled").arg(row.stageTitle).arg(row.stageSettled).arg(row.stageSize)
                                     + ", " + (stageFolded ? qsTr("folded") : qsTr("open"))
                    onClicked: rail.toggleStage(row.stageId, row.stageSettled, row.stageSize)
                    contentItem: RowLayout {
                        spacing: 8
                        Text {
                            text: header.stageFolded ? "▸" : "▾"
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.stageTitle
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            text: (header.complete ? "✓ " : "") + row.stageSettled + "/" + row.stageSize
                            font.pixelSize: Theme.fontSmall
                            color: header.complete ? Theme.inSpec : Theme.textMuted
                        }
                    }
                    background: Rectangle {
                        color: header.down ? Theme.selected : Theme.background
                        radius: 4
                        FocusRing { shown: header.visualFocus }
                    }
                }
                // Stage divider, compact: the stages still show as groups.
                Rectangle {
                    visible: row.firstInStage && !rail.expanded && row.index > 0
                    width: row.width
                    height: visible ? 3 : 0
                    color: Theme.border
                }

                Rectangle {
                    id: line
                    objectName: "railLine"
                    visible: !row.folded
                    width: row.width
                    height: visible ? (rail.expanded ? Math.max(60, lineColumn.implicitHeight + 12) : 44) : 0
                    color: row.current ? Theme.selected : "transparent"
                    radius: 4
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("Step %1, %2: %3").arg(row.number).arg(row.title).arg(row.mark[1])

                    // The step the batch is at: a bar as well as the tint.
                    Rectangle {
                        visible: row.current
                        width: 6
                        height: parent.height
                        radius: 3
                        color: Theme.primary
                    }

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        anchors.rightMargin: 4
                        spacing: 8
                        Text {
                            objectName: "railGlyph"
                            Layout.preferredWidth: 26
                            horizontalAlignment: Text.AlignHCenter
                            text: row.mark[0]
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: row.mark[2]
                        }
                        Text {
                            Layout.preferredWidth: rail.expanded ? 34 : -1
                            Layout.fillWidth: !rail.expanded
                            text: row.number
                            font.pixelSize: Theme.fontSmall
                            font.bold: row.current
                            color: Theme.text
                        }
                        ColumnLayout {
                            id: lineColumn
                            visible: rail.expanded
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: row.title
                                font.pixelSize: Theme.fontSmall
                                font.bold: row.current
                                color: row.stepState === "skipped" ? Theme.textMuted : Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                objectName: "railStateText"
                                Layout.fillWidth: true
                                text: row.mark[1]
                                font.pixelSize: Theme.fontSmall
                                font.bold: row.stepState === "blocked" || row.stepState === "awaiting_signature"
                                color: row.mark[2]
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }
}
