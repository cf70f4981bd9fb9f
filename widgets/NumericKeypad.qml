import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A numeric keypad for two pairs of gloves: keys of at least 96 x 72 px with 10 px gaps, the
// decimal separator of the operator's locale, backspace, clear and ±. It owns the text it
// builds and reports every change with edited(text); the parent copies it into its field.
// Keys take focus only from Tab: a tap must not pull focus away from the field being filled.
Item {
    id: keypad

    // Assign it to start from a value (or clear it for a new step); a binding to it breaks at
    // the first tap, which is fine as long as the parent listens to edited().
    property string text
    // Digits allowed after the separator; -1 for no limit, 0 for whole numbers. A key that would
    // exceed it is refused (the core would refuse the value anyway; better to say so at the key).
    property int maxDecimals: -1
    property bool allowNegative: true
    property int maxLength: 12
    property string decimalPoint: Qt.locale().decimalPoint

    signal edited(string text)
    // A key was refused (too many decimals, too long): the parent may say why.
    signal refused(string key)

    function press(key) {
        let t = keypad.text
        const sep = keypad.decimalPoint
        const sepAt = t.indexOf(sep)
        if (key === "backspace") {
            t = t.slice(0, -1)
        } else if (key === "clear") {
            t = ""
        } else if (key === "sign") {
            if (!allowNegative) { refused(key); return }
            t = t.startsWith("-") ? t.slice(1) : "-" + t
        } else if (key === "decimal") {
            if (maxDecimals === 0 || sepAt >= 0) { refused(key); return }
            t = (t === "" || t === "-" ? t + "0" : t) + sep
        } else {
            const digits = t.replace("-", "").replace(sep, "").length
            if (sepAt >= 0 && maxDecimals >= 0 && t.length - sepAt - 1 >= maxDecimals
                    || digits >= maxLength) {
                refused(key)
                return
            }
            // No leading zeros: "0" then "7" is "7", not "07".
            t = t === "0" ? key : t === "-0" ? "-" + key : t + key
        }
        if (t !== keypad.text) {
            keypad.text = t
            keypad.edited(t)
        }
    }

    implicitWidth: grid.implicitWidth
    implicitHeight: grid.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Numeric keypad")

    // A hardware keyboard drives the same logic, so both ways of typing obey maxDecimals.
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) press(String(event.key - Qt.Key_0))
        else if (event.text === keypad.decimalPoint || event.key === Qt.Key_Period) press("decimal")
        else if (event.key === Qt.Key_Backspace) press("backspace")
        else if (event.key === Qt.Key_Escape || event.key === Qt.Key_Delete) press("clear")
        else if (event.key === Qt.Key_Minus) press("sign")
        else return
        event.accepted = true
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        columns: 4
        rowSpacing: 10
        columnSpacing: 10

        Repeater {
            // [key, shown, accessible name, column span, row span]. Backspace is two rows
            // tall: it is the key hit most, and fixing a typo must not need aim.
            model: [
                ["7", "7", "7", 1, 1], ["8", "8", "8", 1, 1], ["9", "9", "9", 1, 1],
                ["backspace", "⌫", qsTr("Delete last character"), 1, 2],
                ["4", "4", "4", 1, 1], ["5", "5", "5", 1, 1], ["6", "6", "6", 1, 1],
                ["1", "1", "1", 1, 1], ["2", "2", "2", 1, 1], ["3", "3", "3", 1, 1],
                ["clear", qsTr("C"), qsTr("Clear"), 1, 1],
                ["0", "0", "0", 2, 1], ["decimal", keypad.decimalPoint, qsTr("Decimal separator"), 1, 1],
                ["sign", "±", qsTr("Change sign"), 1, 1]
            ]
            Button {
                id: key
                required property var modelData
                objectName: "key_" + modelData[0]
                text: modelData[1]
                visible: modelData[0] !== "sign" || keypad.allowNegative
                Layout.columnSpan: modelData[3]
                Layout.rowSpan: modelData[4]
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: Theme.keyWidth * modelData[3] + (modelData[3] - 1) * grid.columnSpacing
                Layout.minimumHeight: Theme.keyHeight * modelData[4] + (modelData[4] - 1) * grid.rowSpacing
                implicitWidth: Layout.minimumWidth
                implicitHeight: Layout.minimumHeight
                focusPolicy: Qt.TabFocus
                autoRepeat: modelData[0] === "backspace"
                font.pixelSize: 30
                font.bold: true
                Accessible.name: modelData[2]
                onClicked: keypad.press(modelData[0])
                // Space/Enter on a focused key press it (Button does that); digits still type.
                Keys.forwardTo: [keypad]

                contentItem: Text {
                    text: key.text
                    font: key.font
                    color: key.enabled ? Theme.text : Theme.textMuted
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: key.down ? Theme.selected : Theme.surface
                    border.width: 2
                    border.color: Theme.border
                    FocusRing { shown: key.visualFocus }
                }
            }
        }
    }
}
