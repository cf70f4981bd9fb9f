import QtQuick
import QtQuick.Controls

// The one big action of a screen ("Record value", "Start batch"): full width, at least 72 px
// high, at the bottom where the hand finds it without looking. `busy` shows that the action is
// running and swallows further taps, so a double tap with stiff gloves cannot record twice.
// Lay it out full width (anchors.left/right or Layout.fillWidth); it does not size itself.
Button {
    id: bar

    property string label
    property bool busy: false

    signal confirmed()

    text: busy ? qsTr("Working…") : label
    implicitWidth: 640
    implicitHeight: Theme.confirmHeight
    font.pixelSize: Theme.fontTitle
    font.bold: true
    activeFocusOnTab: true
    focusPolicy: Qt.StrongFocus
    Accessible.name: label
    Accessible.description: busy ? qsTr("Working…") : ""
    onClicked: if (!busy) bar.confirmed()

    contentItem: Item {
        Row {
            anchors.centerIn: parent
            spacing: 16
            BusyIndicator {
                visible: bar.busy
                running: bar.busy
                width: 44; height: 44
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                text: bar.text
                font: bar.font
                color: !bar.enabled ? Theme.textMuted : Theme.primaryInk
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: !bar.enabled ? Theme.disabled
             : bar.down || bar.busy ? Theme.primaryPressed : Theme.primary
        border.width: 2
        border.color: bar.enabled ? Theme.primaryPressed : Theme.border
        FocusRing { shown: bar.visualFocus }
    }
}
