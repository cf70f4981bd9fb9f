import QtQuick
import QtQuick.Layouts
import Chainkeeper.Widgets

// Every control of Chainkeeper.Widgets on one 1280x800 screen, as an operator would meet them
// on a numeric step: tst_widgets checks the glove rules on it and saves it as a screenshot
// (resources/screenshots/widgets-gallery.png) for review. Not part of the application.
Rectangle {
    id: gallery

    property date start
    property date now
    // For the checks: what a finger must hit, and everything that needs an Accessible.name.
    readonly property var interactive: [valueEntry.field, confirm, option0]
                                       .concat(keyList())
    readonly property var controls: [banner, pillA, pillB, pillC, valueEntry, valueEntry.field,
                                     valueEntry.limitScale, keypad, choice, countdown, error, confirm]
    readonly property Item option0: choice.findOption(0)
    function keyList() {
        const out = []
        for (const k of ["0", "1", "5", "9", "decimal", "backspace", "clear", "sign"]) {
            const item = findIn(keypad, "key_" + k)
            if (item) out.push(item)
        }
        return out
    }
    function findIn(item, name) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.objectName === name) return c
            const r = findIn(c, name)
            if (r) return r
        }
        return null
    }

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        // Tight margins: the keypad and the countdown stacked are the tallest column, and the
        // confirm bar must stay fully on an 800 px screen.
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ChainOfIdentityBanner {
                id: banner
                Layout.fillWidth: true
                coiId: "COI-2026-0143-A7"
                patientInitials: "J.D."
            }
            StatusPill { id: pillA; status: "in_progress" }
            StatusPill { id: pillB; status: "on_hold" }
            StatusPill { id: pillC; status: "done" }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 24
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop
                spacing: 16
                ValueEntry {
                    id: valueEntry
                    Layout.fillWidth: true
                    label: qsTr("Temperature on arrival")
                    unit: "°C"
                    text: "7.4"
                    flag: "alert"
                    actionLow: 2; alertLow: 3; target: 5; alertHigh: 7; actionHigh: 8
                }
                ChoiceEntry {
                    id: choice
                    Layout.fillWidth: true
                    label: qsTr("Bag integrity")
                    options: [qsTr("Intact"), qsTr("Damaged"), qsTr("Leaking")]
                    selected: qsTr("Intact")
                    function findOption(i) { return gallery.findIn(choice, "option_" + i) }
                }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 10
                NumericKeypad {
                    id: keypad
                    Layout.alignment: Qt.AlignRight
                    text: valueEntry.text
                    maxDecimals: 1
                    onEdited: text => valueEntry.text = text
                }
                Countdown {
                    id: countdown
                    Layout.preferredWidth: keypad.implicitWidth
                    label: qsTr("Incubation")
                    startedAt: gallery.start
                    minMinutes: 30
                    maxMinutes: 45
                    now: gallery.now
                }
            }
        }

        ErrorArea {
            id: error
            Layout.fillWidth: true
            text: qsTr("7.45 has more decimals than this step takes (1).")
        }
        ConfirmBar {
            id: confirm
            objectName: "confirmBar"
            Layout.fillWidth: true
            label: qsTr("Record value")
        }
    }
}
