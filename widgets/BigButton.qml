import QtQuick
import QtQuick.Controls

// A button a gloved hand hits: at least 72 px high, 22 px text. `primary` marks the one action
// of a screen; a checkable BigButton shows a tick when checked, not only a colour.
Button {
    id: control

    property bool primary: false

    implicitHeight: Theme.touchHeight
    implicitWidth: Math.max(140, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 24
    rightPadding: 24
    font.pixelSize: 22
    font.bold: primary

    contentItem: Text {
        text: (control.checkable && control.checked ? "✓ " : "") + control.text
        font: control.font
        color: !control.enabled ? Theme.textMuted : control.primary ? Theme.primaryInk : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.disabled
             : control.primary ? (control.down ? Theme.primaryPressed : Theme.primary)
             : control.checked ? Theme.selected
             : control.down ? Theme.background : Theme.surface
        border.width: control.checked || control.visualFocus ? 3 : 2
        border.color: control.primary && control.enabled ? Theme.primaryPressed
                    : control.checked ? Theme.primary : Theme.border
    }
}
