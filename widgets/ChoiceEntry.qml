import QtQuick
import QtQuick.Layouts

// A choice among a few fixed answers ("intact" / "damaged"): one large toggle per option, the
// chosen one ticked (BigButton shows ✓, not only a colour). `options` is a list of strings;
// `selected` is the chosen one or "" for none. Tapping the chosen option again keeps it:
// an answer is changed by choosing another, never cleared by a stray second tap.
Item {
    id: choice

    property string label
    property var options: []
    property string selected
    property int columns: 3

    signal chosen(string option)

    implicitWidth: grid.implicitWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.Grouping
    Accessible.name: label !== "" ? label : qsTr("Choice")

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 12
        Text {
            Layout.fillWidth: true
            visible: choice.label !== ""
            text: choice.label
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        GridLayout {
            id: grid
            Layout.fillWidth: true
            columns: choice.columns
            rowSpacing: 12
            columnSpacing: 12
            Repeater {
                model: choice.options
                BigButton {
                    id: option
                    required property string modelData
                    required property int index
                    objectName: "option_" + index
                    Layout.fillWidth: true
                    Layout.minimumWidth: 180
                    text: modelData
                    checkable: true
                    checked: choice.selected === modelData
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData
                    Accessible.checked: checked
                    onClicked: {
                        // Button toggles `checked` itself; put the binding's truth back.
                        choice.selected = modelData
                        checked = Qt.binding(() => choice.selected === option.modelData)
                        choice.chosen(modelData)
                    }
                    FocusRing { shown: option.visualFocus }
                }
            }
        }
    }
}
