import QtQuick

// How a value stands against its limits, as a symbol and a word on a tinted pill: readable
// without colour vision and from a distance. `flag` is the core's value: in_spec, alert,
// out_of_spec or none (the step has no limits); empty hides the label.
Rectangle {
    id: label

    property string flag
    property string prefix // e.g. "Preview:"; shown before the verdict
    property int pixelSize: Theme.fontBody

    readonly property string verdict: flag === "in_spec" ? "✓ " + qsTr("In spec")
                                    : flag === "alert" ? "⚠ " + qsTr("Alert: outside the normal range")
                                    : flag === "out_of_spec" ? "✕ " + qsTr("Out of specification")
                                    : flag === "none" ? qsTr("Recorded")
                                    : ""
    readonly property color tone: flag === "in_spec" ? Theme.inSpec
                                : flag === "alert" ? Theme.alert
                                : flag === "out_of_spec" ? Theme.outOfSpec : Theme.textMuted

    visible: verdict !== ""
    implicitWidth: text.implicitWidth + 28
    implicitHeight: Math.max(44, text.implicitHeight + 14)
    radius: height / 2
    color: flag === "in_spec" ? Theme.inSpecTint
         : flag === "alert" ? Theme.alertTint
         : flag === "out_of_spec" ? Theme.outOfSpecTint : Theme.background
    border.color: tone
    border.width: 2

    Text {
        id: text
        anchors.fill: parent
        anchors.leftMargin: 14
        anchors.rightMargin: 14
        verticalAlignment: Text.AlignVCenter
        text: (label.prefix !== "" ? label.prefix + " " : "") + label.verdict
        color: label.tone
        font.pixelSize: label.pixelSize
        font.bold: true
        elide: Text.ElideRight
    }
}
