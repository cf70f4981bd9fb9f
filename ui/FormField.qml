import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper.Widgets

// A labelled text field for gloved hands: 64 px high, 22 px text, the label above it and a
// focus ring. `secret` hides what is typed (passwords); `mono` shows ids character by character.
// Enter in the field emits accepted(), so a badge scanner's trailing Enter moves the form on.
ColumnLayout {
    id: field

    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias input: input
    property bool secret: false
    property bool mono: false
    property int maximumLength: 64

    signal accepted()

    function focusInput() { input.forceActiveFocus() }
    function clear() { input.clear() }

    spacing: 6

    Text {
        text: field.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        elide: Text.ElideRight
    }
    TextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        implicitHeight: Theme.minTouch
        font.pixelSize: 22
        font.family: field.mono ? Theme.monoFamily : font.family
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        echoMode: field.secret ? TextInput.Password : TextInput.Normal
        passwordCharacter: "●"
        maximumLength: field.maximumLength
        inputMethodHints: field.secret ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                       : Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        selectByMouse: true
        leftPadding: 14
        Accessible.name: field.label
        Accessible.passwordEdit: field.secret
        onAccepted: field.accepted()
        background: Rectangle {
            radius: Theme.radius
            color: input.enabled ? Theme.surface : Theme.disabled
            border.width: input.activeFocus ? 3 : 2
            border.color: input.activeFocus ? Theme.primary : Theme.border
            FocusRing { shown: input.activeFocus }
        }
    }
}
