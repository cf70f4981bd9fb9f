import QtQuick
import QtQuick.Layouts

// Whose cells these are, in type readable from two metres: the chain-of-identity id (monospace,
// so 0/O and 1/I are told apart) and the patient's initials. A missing part says "missing" in
// the out-of-spec colour rather than showing an empty space that could pass for a match.
Rectangle {
    id: banner

    property string coiId
    property string patientInitials

    readonly property string shownId: coiId !== "" ? coiId : qsTr("missing")
    readonly property string shownInitials: patientInitials !== "" ? patientInitials : qsTr("missing")
    readonly property bool complete: coiId !== "" && patientInitials !== ""

    implicitWidth: row.implicitWidth + 48
    implicitHeight: Math.max(Theme.minTouch, row.implicitHeight + 24)
    radius: Theme.radius
    color: Theme.surface
    border.width: complete ? 3 : 4
    border.color: complete ? Theme.primary : Theme.outOfSpec
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Chain of identity %1, patient initials %2").arg(shownId).arg(shownInitials)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.rightMargin: 24
        spacing: 32
        ColumnLayout {
            spacing: 0
            Text {
                text: qsTr("Chain of identity")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Text {
                objectName: "coiIdText"
                text: banner.shownId
                font.family: banner.coiId !== "" ? Theme.monoFamily : ""
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: banner.coiId !== "" ? Theme.text : Theme.outOfSpec
            }
        }
        ColumnLayout {
            spacing: 0
            Text {
                text: qsTr("Patient")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Text {
                objectName: "initialsText"
                text: banner.shownInitials
                font.pixelSize: Theme.fontHuge
                font.bold: true
                font.letterSpacing: 4
                color: banner.patientInitials !== "" ? Theme.text : Theme.outOfSpec
            }
        }
        Item { Layout.fillWidth: true }
    }
}
