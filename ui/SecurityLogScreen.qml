import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The security log for supervisors, QA and administrators: sign-ins, failed attempts, locks,
// refusals and changes to accounts, newest first, as recorded (actor, terminal, UTC). Reading it
// is checked by the core like any other action.
Item {
    id: screen

    readonly property bool allowed: SessionController.ready && SessionController.can("viewSecurityLog")
    readonly property alias model: log

    signal backRequested()

    function glyph(kind, type) {
        if (type === "signin.failed" || type === "access.refused" || type === "user.locked")
            return "✕"
        switch (kind) {
        case "signin": return "→"
        case "lock": return "⏸"
        case "user": return "✎"
        }
        return "•"
    }

    SecurityLogModel { id: log }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "securityBackButton"
                text: "‹ " + qsTr("Back")
                Accessible.name: qsTr("Back to today's work")
                onClicked: screen.backRequested()
            }
            Text {
                text: qsTr("Security log")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: log.count === 1 ? qsTr("%n entry, newest first", "", log.count)
                                      : qsTr("%n entries, newest first", "", log.count)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            ActionButton {
                objectName: "securityRefreshButton"
                text: qsTr("Refresh")
                onClicked: log.reload()
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: [["", qsTr("All")], ["signin", qsTr("Sign-ins")], ["lock", qsTr("Locks")],
                        ["refusal", qsTr("Refusals")], ["user", qsTr("Account changes")]]
                ActionButton {
                    required property var modelData
                    objectName: "filter_" + (modelData[0] === "" ? "all" : modelData[0])
                    checkable: true
                    checked: log.kind === modelData[0]
                    text: modelData[1]
                    Accessible.name: qsTr("Show: %1").arg(modelData[1])
                    onClicked: log.kind = modelData[0]
                }
            }
        }

        ErrorArea {
            objectName: "securityLogError"
            Layout.fillWidth: true
            text: log.errorText
        }

        // Column heads, aligned with the rows below.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 36
            spacing: 16
            Repeater {
                model: [[qsTr("Time (UTC)"), 205], [qsTr("Terminal"), 130], [qsTr("By"), 180],
                        [qsTr("What"), 180], [qsTr("Account"), 180], [qsTr("Detail"), -1]]
                Text {
                    required property var modelData
                    Layout.preferredWidth: modelData[1] > 0 ? modelData[1] : -1
                    Layout.fillWidth: modelData[1] < 0
                    text: modelData[0]
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }

        ListView {
            id: list
            objectName: "securityLogList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: log
            ScrollBar.vertical: ScrollBar { width: 16 }

            delegate: Rectangle {
                id: row
                required property date utc
                required property string terminal
                required property string actor
                required property string type
                required property string kind
                required property string what
                required property string user
                required property string detail
                readonly property bool failure: type === "signin.failed" || type === "access.refused"
                                                || type === "user.locked"
                objectName: "logRow_" + type
                width: ListView.view.width - 20
                implicitHeight: Math.max(Theme.minTouch, content.implicitHeight + 16)
                radius: Theme.radius
                color: failure ? Theme.outOfSpecTint : Theme.surface
                border.color: failure ? Theme.outOfSpec : Theme.border
                border.width: failure ? 2 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1 %2 by %3: %4 %5").arg(AppContext.formatUtc(utc, "yyyy-MM-dd HH:mm:ss"))
                                     .arg(what).arg(actor).arg(user).arg(detail)

                RowLayout {
                    id: content
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 16
                    Text {
                        Layout.preferredWidth: 205
                        text: AppContext.formatUtc(row.utc, "yyyy-MM-dd HH:mm:ss")
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        color: Theme.text
                    }
                    Text {
                        Layout.preferredWidth: 130
                        text: row.terminal
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.preferredWidth: 180
                        text: row.actor
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "logWhat"
                        Layout.preferredWidth: 180
                        text: screen.glyph(row.kind, row.type) + " " + row.what
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: row.failure ? Theme.outOfSpec : Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "logUser"
                        Layout.preferredWidth: 180
                        text: row.user
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "logDetail"
                        Layout.fillWidth: true
                        text: row.detail
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
