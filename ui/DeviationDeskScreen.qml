import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The supervisor's desk: every deviation on this terminal that is not closed, across its suites,
// most severe then oldest first. The one chosen shows in full beside the list (its batch, what
// the system recorded, the step's entries, the comment thread, who raised and submitted it) with
// approve, reject or ask, each signed, and closing a decided one. The core refuses a decision by
// anyone involved in the deviation; the refusal shows on the card.
Item {
    id: screen

    readonly property bool allowed: SessionController.ready && SessionController.can("resolve")
    readonly property alias model: queue
    readonly property alias deviations: controller
    property string selectedId: ""
    readonly property int selectedRow: {
        queue.count // re-evaluated when the queue reloads
        return queue.rowOf(screen.selectedId)
    }
    readonly property var selected: {
        queue.count
        return screen.selectedRow >= 0 ? queue.get(screen.selectedRow) : null
    }

    signal backRequested()
    signal openBatchRequested(string batchId)
    signal reviewRequested(string batchId)

    function select(deviationId) {
        screen.selectedId = deviationId
        controller.clearError()
    }
    function age(at) {
        const minutes = Math.max(0, Math.round((AppContext.nowUtc - at) / 60000))
        if (minutes < 60)
            return qsTr("%1 min ago").arg(minutes)
        if (minutes < 48 * 60)
            return qsTr("%1 h ago").arg(Math.round(minutes / 60))
        return qsTr("%1 days ago").arg(Math.round(minutes / 1440))
    }

    // A line for another terminal out of touch for too long, or flagged by the server.
    function offlineFor(minutes) {
        if (minutes < 60)
            return qsTr("%1 min").arg(minutes)
        return qsTr("%1 h %2 min").arg(Math.floor(minutes / 60)).arg(minutes % 60)
    }
    function terminalWarning(t) {
        if (t.flagged)
            return qsTr("Terminal %1 flagged by the central server: %2").arg(t.name).arg(t.reason)
        if (t.offlineMinutes < 0)
            return qsTr("Terminal %1 has never synced").arg(t.name)
        return qsTr("Terminal %1 offline for %2 · last push %3 UTC").arg(t.name)
               .arg(screen.offlineFor(t.offlineMinutes))
               .arg(AppContext.formatUtc(new Date(t.lastPushUtc), "HH:mm"))
    }

    // The first row that waits for a decision, else the first one.
    function firstToDecide() {
        for (let i = 0; i < queue.count; ++i) {
            if (queue.get(i).awaitingDecision)
                return queue.get(i).deviationId
        }
        return queue.count > 0 ? queue.get(0).deviationId : ""
    }

    DeviationQueueModel {
        id: queue
        onCountChanged: {
            if (queue.rowOf(screen.selectedId) < 0)
                screen.selectedId = screen.firstToDecide()
        }
    }
    DeviationController { id: controller }
    Component.onCompleted: {
        if (screen.selectedId === "")
            screen.selectedId = screen.firstToDecide()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "deskBackButton"
                text: "‹ " + qsTr("Back")
                Accessible.name: qsTr("Back to today's work")
                onClicked: screen.backRequested()
            }
            Text {
                text: qsTr("Deviation desk")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "deskSummary"
                Layout.fillWidth: true
                text: qsTr("%1 waiting for a decision · %2 open in all · most severe, then oldest first")
                      .arg(queue.awaitingDecisionCount).arg(queue.count)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            ActionButton {
                objectName: "deskRefreshButton"
                text: qsTr("Refresh")
                onClicked: queue.reload()
            }
        }

        // Other terminals silent for longer than the limit (sync --configure
        // --offline-warn-minutes) or flagged, as of this terminal's last sync.
        Repeater {
            objectName: "deskTerminalWarnings"
            model: SyncController.offlineTerminals
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: "⚠ " + screen.terminalWarning(modelData)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: modelData.flagged ? Theme.outOfSpec : Theme.alert
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }

        Text {
            objectName: "deskEmpty"
            visible: queue.count === 0
            Layout.fillWidth: true
            text: "✓ " + qsTr("No deviation waits on this terminal.")
            font.pixelSize: Theme.fontLarge
            color: Theme.text
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: queue.count > 0
            spacing: 12

            ListView {
                id: list
                objectName: "deskList"
                Layout.preferredWidth: 470
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: queue
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { width: 14 }

                delegate: Button {
                    id: row
                    required property string deviationId
                    required property string severity
                    required property string trigger
                    required property string status
                    required property string orderNo
                    required property string suite
                    required property string stepTitle
                    required property var raisedAt
                    required property bool awaitingDecision

                    objectName: "deskRow_" + deviationId
                    width: list.width - 16
                    implicitHeight: Math.max(96, rowColumn.implicitHeight + 20)
                    checkable: false
                    Accessible.name: DeviationText.severity(severity) + " " + DeviationText.trigger(trigger) + " " + orderNo
                    onClicked: screen.select(deviationId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: screen.selectedId === row.deviationId ? Theme.selected : Theme.surface
                        border.width: screen.selectedId === row.deviationId ? 3 : 2
                        border.color: screen.selectedId === row.deviationId ? Theme.primary : Theme.border
                        Rectangle {
                            width: 10
                            anchors.top: parent.top
                            anchors.bottom: parent.bottom
                            anchors.left: parent.left
                            radius: Theme.radius
                            color: DeviationText.severityColor(row.severity)
                        }
                    }
                    contentItem: ColumnLayout {
                        id: rowColumn
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            leftPadding: 8
                            text: DeviationText.severityMark(row.severity) + " " + DeviationText.severity(row.severity)
                                  + " · " + DeviationText.trigger(row.trigger)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: DeviationText.severityColor(row.severity)
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            leftPadding: 8
                            text: row.orderNo + " · " + row.suite + " · " + row.stepTitle
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            leftPadding: 8
                            text: (row.awaitingDecision ? "● " : "○ ") + DeviationText.status(row.status)
                                  + " · " + screen.age(row.raisedAt)
                            font.pixelSize: Theme.fontSmall
                            font.bold: row.awaitingDecision
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 8

                RowLayout {
                    Layout.fillWidth: true
                    visible: screen.selected !== null
                    spacing: 12
                    ActionButton {
                        objectName: "deskOpenBatch"
                        implicitHeight: Theme.minTouch
                        text: qsTr("Open the batch")
                        onClicked: screen.openBatchRequested(screen.selected.batchId)
                    }
                    ActionButton {
                        objectName: "deskReviewBatch"
                        implicitHeight: Theme.minTouch
                        text: qsTr("Review by exception")
                        onClicked: screen.reviewRequested(screen.selected.batchId)
                    }
                }

                Flickable {
                    id: detail
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: deskCardLoader.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {
                        width: 14
                        policy: detail.contentHeight > detail.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                    }

                    Loader {
                        id: deskCardLoader
                        width: detail.width - 20
                        active: screen.selected !== null
                        sourceComponent: DeviationCard {
                            objectName: "deskCard"
                            deviation: screen.selected
                            deviations: controller
                            showHistory: true
                            stepEntries: queue.stepEntries(screen.selectedRow)
                        }
                    }
                }
            }
        }
    }
}
