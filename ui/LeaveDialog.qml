import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper.Widgets

// Asked when a screen is left while a value is typed but not recorded. "Keep" is the safe
// answer and the big one: it stays on the screen with the value. "Discard" drops the value and
// goes where the operator was going. Nothing recorded is affected either way.
Popup {
    id: dialog

    // What runs after "Discard"; set by AppShell.leave.
    property var pending: null
    // The value that would be lost, shown so the operator decides about that value.
    property string typed

    signal discarded()

    function keep() {
        pending = null
        close()
    }
    function discard() {
        const action = pending
        pending = null
        close()
        discarded()
        if (action)
            action()
    }

    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    width: Math.min(680, parent ? parent.width - 64 : 680)
    padding: 28
    onClosed: pending = null

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.alert
        border.width: 3
    }
    Overlay.modal: Rectangle { color: "#80000000" }

    contentItem: ColumnLayout {
        spacing: 18
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Discard the value you typed?")
        Text {
            objectName: "leaveQuestion"
            Layout.fillWidth: true
            text: "⚠ " + qsTr("Discard the value you typed?")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "leaveTyped"
            Layout.fillWidth: true
            text: dialog.typed !== "" ? qsTr("“%1” is not recorded yet. Everything recorded before is kept.").arg(dialog.typed)
                                      : qsTr("It is not recorded yet. Everything recorded before is kept.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ActionButton {
                objectName: "discardEntryButton"
                Layout.fillWidth: true
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard the typed value and leave")
                onClicked: dialog.discard()
            }
            ActionButton {
                objectName: "keepEntryButton"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Keep")
                Accessible.name: qsTr("Keep the typed value and stay")
                onClicked: dialog.keep()
            }
        }
    }
}
