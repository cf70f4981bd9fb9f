import QtQuick
import QtQuick.Layouts

// A timed step: how long it has run, what is left, and when its window ends, e.g. an incubation
// of 30–45 min. Three states, each with a symbol and a word besides its colour:
//   running-below-minimum  the minimum is not reached yet (stopping now is too early)
//   in-window              between minimum and maximum: the step may be ended
//   over-maximum           past the maximum (or past windowEnd): overdue, a deviation
// `now` follows a one-second clock unless set; tests set it to freeze time. The end time is
// shown in local time for the operator AND in UTC, which the record and the batch log use.
Item {
    id: countdown

    property string label
    property date startedAt
    property real minMinutes: 0
    property real maxMinutes: NaN
    // Optional hard end of the window (e.g. from the previous step's time); an invalid date
    // means "startedAt + maxMinutes".
    property date windowEnd
    property date now: clock

    property date clock: new Date()
    Timer {
        interval: 1000
        repeat: true
        running: countdown.visible && countdown.started
        onTriggered: countdown.clock = new Date()
    }

    readonly property bool started: !isNaN(startedAt.getTime())
    readonly property real elapsedMs: started ? now.getTime() - startedAt.getTime() : 0
    readonly property real minMs: (isFinite(minMinutes) ? minMinutes : 0) * 60000
    readonly property real endMs: !isNaN(windowEnd.getTime()) ? windowEnd.getTime()
                                : started && isFinite(maxMinutes) ? startedAt.getTime() + maxMinutes * 60000
                                : NaN
    readonly property string timerState: !started ? ""
                                       : elapsedMs < minMs ? "running-below-minimum"
                                       : isFinite(endMs) && now.getTime() > endMs ? "over-maximum"
                                       : "in-window"

    function duration(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60
        const two = n => (n < 10 ? "0" : "") + n
        return (h > 0 ? h + ":" + two(m) : two(m)) + ":" + two(r)
    }
    function utcTime(ms) {
        const d = new Date(ms)
        const two = n => (n < 10 ? "0" : "") + n
        return two(d.getUTCHours()) + ":" + two(d.getUTCMinutes())
    }

    readonly property string elapsedText: qsTr("Elapsed %1").arg(duration(elapsedMs))
    // What the big number counts toward, and the number: apart, so a narrow card never cuts
    // off the time itself (the part read from two metres).
    readonly property string remainingCaption: {
        switch (timerState) {
        case "running-below-minimum": return qsTr("Minimum in")
        case "in-window": return isFinite(endMs) ? qsTr("Remaining") : qsTr("Minimum reached")
        case "over-maximum": return qsTr("Overdue by")
        }
        return qsTr("Not started")
    }
    readonly property string remainingTime: timerState === "running-below-minimum" ? duration(minMs - elapsedMs)
                                          : timerState === "in-window" && isFinite(endMs) ? duration(endMs - now.getTime())
                                          : timerState === "over-maximum" ? duration(now.getTime() - endMs)
                                          : ""
    readonly property string remainingText: (remainingCaption + " " + remainingTime).trim()
    readonly property string stateText: timerState === "running-below-minimum" ? "◔ " + qsTr("Too early to stop")
                                      : timerState === "in-window" ? "✓ " + qsTr("In window")
                                      : timerState === "over-maximum" ? "⚠ " + qsTr("Over maximum")
                                      : ""
    readonly property string endText: isFinite(endMs)
                                      ? qsTr("Window ends %1 local · %2 UTC")
                                        .arg(Qt.formatTime(new Date(endMs), "HH:mm")).arg(utcTime(endMs))
                                      : ""
    readonly property color tone: timerState === "in-window" ? Theme.inSpec
                                : timerState === "over-maximum" ? Theme.outOfSpec : Theme.text

    implicitWidth: 560
    implicitHeight: column.implicitHeight + 32
    Accessible.role: Accessible.Clock
    Accessible.name: [label, stateText, elapsedText, remainingText, endText].filter(s => s !== "").join(". ")

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: countdown.timerState === "over-maximum" ? Theme.outOfSpecTint
             : countdown.timerState === "in-window" ? Theme.inSpecTint : Theme.surface
        border.color: countdown.tone
        border.width: countdown.timerState === "over-maximum" ? 4 : 2
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                visible: countdown.label !== ""
                text: countdown.label
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                objectName: "stateLabel"
                text: countdown.stateText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: countdown.tone
            }
        }
        // Caption and time on one baseline; on a narrow card the caption wraps, the time never.
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                objectName: "remainingCaption"
                Layout.maximumWidth: parent.width - timeText.implicitWidth - parent.spacing
                Layout.alignment: Qt.AlignBaseline
                text: countdown.remainingCaption
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: countdown.tone
                wrapMode: Text.Wrap
            }
            Text {
                id: timeText
                objectName: "remainingTime"
                Layout.alignment: Qt.AlignBaseline
                visible: text !== ""
                text: countdown.remainingTime
                font.pixelSize: 48
                font.bold: true
                color: countdown.tone
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "elapsedLabel"
            text: countdown.elapsedText
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        Text {
            objectName: "endLabel"
            visible: text !== ""
            Layout.fillWidth: true
            text: countdown.endText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
