import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Review by exception for one batch: only what departs from the nominal path (deviations and
// their decisions, corrections, overrides, interventions, alert-level and out-of-specification
// values, late or missed windows, identity events), oldest first, each with its time, person,
// step and the event it comes from. A tap opens the batch on the execution screen.
Item {
    id: screen

    readonly property bool allowed: SessionController.ready
    property string batchId: ""
    readonly property alias deviations: controller
    property var items: []

    signal backRequested()
    signal openBatchRequested(string batchId, string stepId)

    function reload() {
        screen.items = screen.batchId !== "" ? controller.review(screen.batchId) : []
    }
    function glyph(kind) {
        switch (kind) {
        case "deviation": return "⚠"
        case "decision": return "✎"
        case "correction": return "✎"
        case "override": return "⚿"
        case "intervention": return "✋"
        case "alert_value": return "▲"
        case "out_of_spec": return "✕"
        case "window": return "⏱"
        case "identity": return "‼"
        }
        return "•"
    }

    onBatchIdChanged: reload()
    Component.onCompleted: reload()
    Connections {
        target: AppContext
        function onBatchesChanged() { screen.reload() }
    }

    DeviationController { id: controller }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "reviewBackButton"
                text: "‹ " + qsTr("Back")
                onClicked: screen.backRequested()
            }
            Text {
                text: qsTr("Review by exception")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "reviewSummary"
                Layout.fillWidth: true
                text: qsTr("Batch %1 · %2 items off the nominal path").arg(screen.batchId).arg(screen.items.length)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        Text {
            objectName: "reviewEmpty"
            visible: screen.items.length === 0
            text: "✓ " + qsTr("Nothing departs from the nominal path.")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }

        ListView {
            id: list
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: screen.items
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 14; policy: ScrollBar.AsNeeded }

            delegate: Button {
                id: row
                required property var modelData
                required property int index
                objectName: "reviewItem_" + index
                width: list.width - 20
                implicitHeight: Math.max(Theme.touchHeight, content.implicitHeight + 20)
                Accessible.name: DeviationText.reviewKind(modelData.kind) + ": " + modelData.summary
                onClicked: screen.openBatchRequested(screen.batchId, modelData.stepId)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.selected : Theme.surface
                    border.width: 2
                    border.color: Theme.border
                }
                contentItem: RowLayout {
                    id: content
                    spacing: 12
                    Text {
                        Layout.preferredWidth: 40
                        horizontalAlignment: Text.AlignHCenter
                        text: screen.glyph(row.modelData.kind)
                        font.pixelSize: Theme.fontTitle
                        color: row.modelData.kind === "alert_value" ? Theme.alert
                             : row.modelData.kind === "correction" || row.modelData.kind === "decision" ? Theme.primary
                             : Theme.outOfSpec
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: DeviationText.reviewKind(row.modelData.kind)
                                  + (row.modelData.stepTitle !== "" ? " · " + row.modelData.stepTitle : "")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "reviewItemSummary"
                            Layout.fillWidth: true
                            text: row.modelData.summary
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: AppContext.formatUtc(row.modelData.at, "yyyy-MM-dd HH:mm:ss") + " UTC · "
                                  + row.modelData.person + " · " + qsTr("event %1").arg(row.modelData.eventId.substring(0, 8))
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        text: "›"
                        font.pixelSize: Theme.fontTitle
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
