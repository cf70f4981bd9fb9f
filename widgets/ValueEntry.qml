import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A measured value being entered: what is asked, the field with its unit, the verdict in words
// (FlagLabel) and the limit scale with the value's place on it. The verdict comes from the
// parent (`flag`, as the core computes it): the widget never judges a value itself, so the
// screen and the record cannot disagree. Pair it with a NumericKeypad: onEdited: entry.text = text.
Item {
    id: entry

    property string label
    property alias text: field.text
    property string unit
    property string flag
    property int decimals: 1
    property alias actionLow: limitScale.actionLow
    property alias alertLow: limitScale.alertLow
    property alias target: limitScale.target
    property alias alertHigh: limitScale.alertHigh
    property alias actionHigh: limitScale.actionHigh
    property alias field: field
    property alias limitScale: limitScale
    // The typed text as a number, in the operator's locale; NaN while empty or not a number.
    readonly property real number: {
        const t = field.text.trim()
        if (t === "" || t === "-")
            return NaN
        try {
            return Number.fromLocaleString(Qt.locale(), t)
        } catch (e) {
            return NaN
        }
    }

    signal accepted()

    implicitWidth: 640
    implicitHeight: column.implicitHeight
    activeFocusOnTab: false // the field takes it
    Accessible.role: Accessible.Grouping
    Accessible.name: label !== "" ? label : qsTr("Value entry")

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 12

        Text {
            Layout.fillWidth: true
            visible: entry.label !== ""
            text: entry.label
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            TextField {
                id: field
                objectName: "valueField"
                Layout.preferredWidth: 260
                implicitHeight: Theme.touchHeight
                font.pixelSize: 32
                horizontalAlignment: TextInput.AlignRight
                placeholderText: qsTr("Value")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                activeFocusOnTab: true
                Accessible.name: (entry.label !== "" ? entry.label : qsTr("Value"))
                                 + (entry.unit !== "" ? ", " + qsTr("in %1").arg(entry.unit) : "")
                onAccepted: entry.accepted()
                background: Rectangle {
                    radius: Theme.radius
                    color: field.enabled ? Theme.surface : Theme.background
                    border.width: field.activeFocus ? 3 : 2
                    border.color: field.activeFocus ? Theme.primary : Theme.border
                    FocusRing { shown: field.activeFocus && field.focusReason === Qt.TabFocusReason }
                }
            }
            Text {
                objectName: "unitLabel"
                text: entry.unit
                visible: text !== ""
                font.pixelSize: 28
                font.bold: true
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
        }

        // Its own line: the verdict is a sentence ("Alert: outside the normal range") and
        // must never be cut off beside a wide field. The line keeps its height while there is
        // no verdict, so the scale does not jump when one appears.
        Item {
            Layout.fillWidth: true
            implicitHeight: verdict.implicitHeight
            FlagLabel {
                id: verdict
                objectName: "verdict"
                width: Math.min(implicitWidth, parent.width)
                height: parent.height
                flag: entry.flag
                pixelSize: Theme.fontLarge
            }
        }

        LimitScale {
            id: limitScale
            objectName: "limitScale"
            Layout.fillWidth: true
            value: entry.number
            decimals: entry.decimals
            unit: entry.unit
        }
    }
}
