import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Today's work: the batch orders of this terminal, overdue ones first. Tapping an order opens
// its execution screen.
Item {
    id: screen

    signal openRequested(string batchId)

    function stateText(state) {
        switch (state) {
        case "created": return qsTr("Not started")
        case "in_progress": return qsTr("In progress")
        case "on_hold": return qsTr("On hold")
        case "complete": return qsTr("Complete")
        case "aborted": return qsTr("Aborted")
        }
        return state
    }
    function dueText(due) {
        if (isNaN(due))
            return qsTr("No due time")
        const today = AppContext.formatUtc(AppContext.nowUtc, "yyyy-MM-dd")
        const day = AppContext.formatUtc(due, "yyyy-MM-dd")
        const time = AppContext.formatUtc(due, "HH:mm")
        return day === today ? qsTr("Due %1 UTC").arg(time)
                             : qsTr("Due %1 %2 UTC").arg(AppContext.formatUtc(due, "d MMM")).arg(time)
    }

    BatchListModel {
        id: orders
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: qsTr("Today's work")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                // Two messages: English has no catalogue to pick "order" or "orders" from one.
                text: orders.count === 1 ? qsTr("%n batch order", "", orders.count)
                                         : qsTr("%n batch orders", "", orders.count)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            BigButton {
                objectName: "reloadButton"
                text: qsTr("Refresh")
                onClicked: orders.reload()
            }
        }

        Text {
            visible: orders.errorText !== ""
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: "✕ " + orders.errorText
            color: Theme.outOfSpec
            font.pixelSize: Theme.fontBody
        }

        Text {
            visible: orders.count === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No batch orders for this terminal today.")
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }

        ListView {
            id: list
            objectName: "orderList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: orders
            ScrollBar.vertical: ScrollBar { width: 16 }

            delegate: ItemDelegate {
                id: row
                required property string batchId
                required property string orderNo
                required property string recipeTitle
                required property string suite
                // "state" is also Item.state: read that role through the model object.
                required property var model
                required property string activeStepTitle
                required property date dueUtc
                required property bool overdue
                required property string patientInitials

                objectName: "order_" + orderNo
                width: ListView.view.width - 20
                implicitHeight: 112
                padding: 16
                leftPadding: 20
                onClicked: screen.openRequested(batchId)

                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.selected : Theme.surface
                    border.color: row.overdue ? Theme.outOfSpec : Theme.border
                    border.width: row.overdue ? 3 : 1
                }

                contentItem: RowLayout {
                    spacing: 24

                    ColumnLayout {
                        Layout.preferredWidth: 280
                        Layout.minimumWidth: 280
                        spacing: 4
                        Text {
                            text: row.orderNo
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                        }
                        Text {
                            text: qsTr("Patient %1 · %2").arg(row.patientInitials).arg(row.suite)
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100 // takes the room left, never pushes the others
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.recipeTitle
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.activeStepTitle !== ""
                                  ? qsTr("%1 · step: %2").arg(screen.stateText(row.model.state)).arg(row.activeStepTitle)
                                  : screen.stateText(row.model.state)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    ColumnLayout {
                        Layout.preferredWidth: 240
                        Layout.minimumWidth: 240
                        spacing: 4
                        Text {
                            objectName: "overdueMarker"
                            visible: row.overdue
                            Layout.alignment: Qt.AlignRight
                            text: "⚠ " + qsTr("OVERDUE")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.outOfSpec
                        }
                        Text {
                            Layout.alignment: Qt.AlignRight
                            text: screen.dueText(row.dueUtc)
                            font.pixelSize: Theme.fontBody
                            font.bold: row.overdue
                            color: row.overdue ? Theme.outOfSpec : Theme.text
                        }
                    }
                    Text {
                        text: "›"
                        font.pixelSize: 44
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
