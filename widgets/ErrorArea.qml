import QtQuick
import QtQuick.Layouts

// Why the last action was refused, next to where it happened: an icon, the message in the
// operator's words, on a tinted panel. Hidden (and taking no space) when there is nothing to
// say. Role "alert" so a screen reader announces it when it appears.
Rectangle {
    id: area

    property string text
    property bool warning: false // amber "⚠" instead of red "✕", for what is allowed but unusual

    readonly property color tone: warning ? Theme.alert : Theme.outOfSpec

    visible: text !== ""
    implicitWidth: 560
    implicitHeight: visible ? Math.max(Theme.minTouch, row.implicitHeight + 24) : 0
    radius: Theme.radius
    color: warning ? Theme.alertTint : Theme.outOfSpecTint
    border.color: tone
    border.width: 3
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 16
        spacing: 14
        Text {
            text: area.warning ? "⚠" : "✕"
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: area.tone
            Layout.alignment: Qt.AlignTop
        }
        Text {
            objectName: "errorText"
            Layout.fillWidth: true
            text: area.text
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: area.tone
            wrapMode: Text.Wrap
        }
    }
}
