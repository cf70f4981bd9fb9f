import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The exception paths of a cleanroom as guided forms, from the execution screen: the batch moves
// to another suite (room or equipment not available), the run or the current stage is terminated
// with each container's disposition (run failure), the step is done again (manual intervention),
// and the incomplete record (the order lacks data the step needs). Each signed path ends with a
// supervisor's user id and password (meaning "approved"). Nothing is decided here: the core
// records the path or refuses it, and its message is shown.
Popup {
    id: panel

    required property ExceptionPathController paths
    required property DeviationController deviations
    required property StepController controller

    // "": the menu; "move", "terminate", "repeat", "incomplete".
    property string mode: ""
    property string scope: "batch"
    property var chosenDispositions: ({})
    property string orderField: ""
    property string errorText: ""

    readonly property bool isSupervisor: SessionController.ready && SessionController.can("createBatch")

    function start(which) {
        panel.mode = which === undefined ? "" : which
        panel.scope = "batch"
        panel.chosenDispositions = ({})
        panel.orderField = panel.paths.missingOrderData.length > 0 ? panel.paths.missingOrderData[0] : ""
        panel.errorText = ""
        panel.paths.clearError()
        suiteField.text = ""
        moveReason.text = ""
        terminateReason.text = ""
        repeatReason.text = ""
        orderValue.text = ""
        orderReason.text = ""
        if (!panel.opened)
            panel.open()
    }
    function choose(which) {
        panel.errorText = ""
        panel.mode = which
    }
    function setDisposition(container, kind) {
        const d = Object.assign({}, panel.chosenDispositions)
        d[container] = kind
        panel.chosenDispositions = d
    }
    function dispositionText(kind) {
        switch (kind) {
        case "discard": return qsTr("Discard")
        case "quarantine": return qsTr("Quarantine")
        case "return": return qsTr("Return")
        case "segregate": return qsTr("Segregate")
        }
        return kind
    }
    function dispositionsText() {
        const lines = []
        for (const c in panel.chosenDispositions)
            lines.push(qsTr("%1: %2").arg(c).arg(panel.dispositionText(panel.chosenDispositions[c])))
        return lines.join("\n")
    }
    readonly property bool allDisposed: {
        if (panel.scope !== "batch")
            return true
        for (let i = 0; i < panel.paths.containers.length; ++i) {
            if (panel.chosenDispositions[panel.paths.containers[i]] === undefined)
                return false
        }
        return true
    }
    // What the supervisor signs, in full, then the signature dialog.
    function askSignature() {
        const batch = qsTr("Batch %1, order %2, CoI %3").arg(panel.controller.batchId)
                      .arg(panel.controller.orderNo).arg(panel.controller.coiId)
        let what = ""
        if (panel.mode === "move")
            what = qsTr("Move the batch from %1 to %2").arg(panel.paths.suite).arg(suiteField.text.trim())
                   + "\n" + qsTr("Reason: %1").arg(moveReason.text.trim())
        else if (panel.mode === "terminate")
            what = (panel.scope === "batch" ? qsTr("Terminate the whole run")
                                            : qsTr("Terminate the stage %1").arg(panel.paths.stageTitle))
                   + "\n" + qsTr("Reason: %1").arg(terminateReason.text.trim())
                   + (panel.dispositionsText() !== "" ? "\n" + panel.dispositionsText() : "")
        else if (panel.mode === "repeat")
            what = qsTr("Repeat the step %1 (its work so far no longer counts)").arg(panel.controller.title)
                   + "\n" + qsTr("Justification: %1").arg(repeatReason.text.trim())
        signature.signsText = batch + "\n" + what
        signature.errorText = ""
        signature.open()
    }
    function signed(userId, password) {
        signature.busy = true
        let ok = false
        if (panel.mode === "move")
            ok = panel.paths.moveBatch(suiteField.text.trim(), moveReason.text.trim(), userId, password)
        else if (panel.mode === "terminate")
            ok = panel.paths.terminate(panel.scope, terminateReason.text.trim(),
                                       panel.scope === "batch" ? panel.chosenDispositions : ({}), userId, password)
        else if (panel.mode === "repeat")
            ok = panel.paths.repeatStep(repeatReason.text.trim(), userId, password)
        signature.busy = false
        if (ok) {
            signature.close()
            panel.close()
        } else {
            signature.errorText = panel.paths.errorText
            panel.errorText = panel.paths.errorText
        }
    }
    function raiseIncompleteRecord() {
        const id = panel.deviations.raiseIncompleteRecord()
        if (id === "") {
            panel.errorText = panel.deviations.errorText
            return
        }
        // The deviation now waits on the step's panel: the operator completes and submits it
        // there, as any deviation.
        panel.close()
    }
    function completeOrder() {
        if (panel.paths.completeOrder(panel.orderField, orderValue.text.trim(), orderReason.text.trim())) {
            orderValue.text = ""
            orderReason.text = ""
            if (panel.paths.missingOrderData.length === 0)
                panel.close()
            else
                panel.orderField = panel.paths.missingOrderData[0]
        } else {
            panel.errorText = panel.paths.errorText
        }
    }

    objectName: "exceptionPathsPanel"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 1100, 1100)
    height: parent ? parent.height - 48 : 760
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: 24

    Overlay.modal: Rectangle { color: "#99000000" }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.primary
        border.width: 3
    }

    contentItem: ColumnLayout {
        spacing: 12

        Text {
            objectName: "exceptionPathsTitle"
            Layout.fillWidth: true
            text: panel.mode === "move" ? qsTr("Move to another suite")
                : panel.mode === "terminate" ? qsTr("Terminate the run or the stage")
                : panel.mode === "repeat" ? qsTr("Repeat this step")
                : panel.mode === "incomplete" ? qsTr("Incomplete record")
                : qsTr("Exception paths")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Batch %1 · order %2 · %3").arg(panel.controller.batchId).arg(panel.controller.orderNo)
                  .arg(panel.paths.suite)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: forms.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                width: 16
                policy: flick.contentHeight > flick.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: forms
                width: flick.width - 24
                spacing: 12

                // The menu: one big button per path, each saying when it applies.
                GridLayout {
                    visible: panel.mode === ""
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 12
                    BigButton {
                        objectName: "pathMove"
                        Layout.fillWidth: true
                        enabled: panel.paths.canMove
                        text: "⇄ " + qsTr("Move to another suite")
                        onClicked: panel.choose("move")
                    }
                    BigButton {
                        objectName: "pathTerminate"
                        Layout.fillWidth: true
                        enabled: panel.paths.canTerminate
                        text: "✕ " + qsTr("Terminate run or stage")
                        onClicked: panel.choose("terminate")
                    }
                    BigButton {
                        objectName: "pathRepeat"
                        Layout.fillWidth: true
                        enabled: panel.paths.canRepeat
                        text: "↻ " + qsTr("Repeat this step")
                        onClicked: panel.choose("repeat")
                    }
                    BigButton {
                        objectName: "pathIncomplete"
                        Layout.fillWidth: true
                        enabled: panel.paths.missingOrderData.length > 0
                        text: "⚠ " + qsTr("Incomplete record")
                        onClicked: panel.choose("incomplete")
                    }
                    Text {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        text: qsTr("Moving, terminating and repeating need a supervisor's signature.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }

                // Move to another suite.
                ColumnLayout {
                    visible: panel.mode === "move"
                    Layout.fillWidth: true
                    spacing: 12
                    FormField {
                        id: suiteField
                        objectName: "moveSuite"
                        Layout.fillWidth: true
                        label: qsTr("Target suite")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        visible: panel.paths.knownSuites.length > 0
                        Repeater {
                            model: panel.paths.knownSuites
                            BigButton {
                                required property string modelData
                                objectName: "suite_" + modelData
                                implicitHeight: Theme.minTouch
                                checkable: true
                                checked: suiteField.text.trim() === modelData
                                text: modelData
                                onClicked: suiteField.text = modelData
                            }
                        }
                    }
                    FormField {
                        id: moveReason
                        objectName: "moveReason"
                        Layout.fillWidth: true
                        label: qsTr("Reason")
                        maximumLength: 500
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: [qsTr("Room not available"), qsTr("Equipment not available"),
                                    qsTr("Environmental monitoring out of limits")]
                            BigButton {
                                required property string modelData
                                required property int index
                                objectName: "moveReasonChip_" + index
                                implicitHeight: Theme.minTouch
                                font.pixelSize: Theme.fontSmall
                                checkable: true
                                checked: moveReason.text === modelData
                                text: modelData
                                onClicked: moveReason.text = modelData
                            }
                        }
                    }
                }

                // Terminate the run or the stage.
                ColumnLayout {
                    visible: panel.mode === "terminate"
                    Layout.fillWidth: true
                    spacing: 12
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        BigButton {
                            objectName: "scope_batch"
                            Layout.fillWidth: true
                            checkable: true
                            checked: panel.scope === "batch"
                            text: qsTr("The whole batch")
                            onClicked: panel.scope = "batch"
                        }
                        BigButton {
                            objectName: "scope_stage"
                            Layout.fillWidth: true
                            checkable: true
                            enabled: panel.paths.stageId !== ""
                            checked: panel.scope === "stage"
                            text: qsTr("This stage: %1").arg(panel.paths.stageTitle)
                            onClicked: panel.scope = "stage"
                        }
                    }
                    FormField {
                        id: terminateReason
                        objectName: "terminateReason"
                        Layout.fillWidth: true
                        label: qsTr("Reason")
                        maximumLength: 500
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: [qsTr("Equipment failure"), qsTr("Contamination suspected"),
                                    qsTr("Cells out of specification")]
                            BigButton {
                                required property string modelData
                                required property int index
                                objectName: "terminateReasonChip_" + index
                                implicitHeight: Theme.minTouch
                                font.pixelSize: Theme.fontSmall
                                checkable: true
                                checked: terminateReason.text === modelData
                                text: modelData
                                onClicked: terminateReason.text = modelData
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: panel.scope === "batch"
                        text: panel.paths.containers.length > 0
                              ? qsTr("What happens to each container the batch holds")
                              : qsTr("The batch holds no registered container.")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: panel.scope === "batch" ? panel.paths.containers : []
                        RowLayout {
                            id: containerRow
                            required property string modelData
                            Layout.fillWidth: true
                            spacing: 8
                            Text {
                                Layout.preferredWidth: 220
                                text: containerRow.modelData
                                font.pixelSize: Theme.fontBody
                                font.family: Theme.monoFamily
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Repeater {
                                model: panel.paths.dispositionKinds
                                BigButton {
                                    required property string modelData
                                    objectName: "disposition_" + containerRow.modelData + "_" + modelData
                                    Layout.fillWidth: true
                                    implicitHeight: Theme.minTouch
                                    checkable: true
                                    checked: panel.chosenDispositions[containerRow.modelData] === modelData
                                    text: panel.dispositionText(modelData)
                                    onClicked: panel.setDisposition(containerRow.modelData, modelData)
                                }
                            }
                        }
                    }
                }

                // Repeat the step.
                ColumnLayout {
                    visible: panel.mode === "repeat"
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("The work recorded at “%1” will no longer count and the step is done again. The entries stay in the record, marked as superseded.")
                              .arg(panel.controller.title)
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    FormField {
                        id: repeatReason
                        objectName: "repeatReason"
                        Layout.fillWidth: true
                        label: qsTr("Justification")
                        maximumLength: 500
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: [qsTr("Sample taken wrongly"), qsTr("Instrument error, measured again"),
                                    qsTr("Wrong value entered")]
                            BigButton {
                                required property string modelData
                                required property int index
                                objectName: "repeatReasonChip_" + index
                                implicitHeight: Theme.minTouch
                                font.pixelSize: Theme.fontSmall
                                checkable: true
                                checked: repeatReason.text === modelData
                                text: modelData
                                onClicked: repeatReason.text = modelData
                            }
                        }
                    }
                }

                // The incomplete record.
                ColumnLayout {
                    visible: panel.mode === "incomplete"
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        objectName: "missingFieldsText"
                        Layout.fillWidth: true
                        text: panel.paths.missingFields.length === 0
                              ? qsTr("The order has all the data this step needs.")
                              : qsTr("The order lacks: %1").arg(panel.paths.missingFields.map(f => f.title).join(", "))
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Either raise the incomplete-record deviation for a supervisor's approval, or a supervisor completes the order with a reason.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    BigButton {
                        objectName: "raiseIncompleteButton"
                        Layout.fillWidth: true
                        primary: true
                        enabled: !panel.paths.incompleteRecordRaised && panel.paths.missingOrderData.length > 0
                        text: panel.paths.incompleteRecordRaised ? qsTr("Incomplete-record deviation raised")
                                                                 : qsTr("Raise incomplete-record deviation")
                        onClicked: panel.raiseIncompleteRecord()
                    }
                    // A supervisor completes the order, field by field, with a reason.
                    ColumnLayout {
                        visible: panel.isSupervisor && panel.paths.missingOrderData.length > 0
                        Layout.fillWidth: true
                        spacing: 12
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Complete the order (supervisor)")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            Repeater {
                                model: panel.paths.missingFields
                                BigButton {
                                    required property var modelData
                                    objectName: "orderField_" + modelData.id
                                    implicitHeight: Theme.minTouch
                                    checkable: true
                                    checked: panel.orderField === modelData.id
                                    text: modelData.unit !== "" ? modelData.title + " (" + modelData.unit + ")" : modelData.title
                                    onClicked: panel.orderField = modelData.id
                                }
                            }
                        }
                        FormField {
                            id: orderValue
                            objectName: "orderValue"
                            Layout.fillWidth: true
                            label: qsTr("Value")
                            maximumLength: 200
                        }
                        FormField {
                            id: orderReason
                            objectName: "orderReason"
                            Layout.fillWidth: true
                            label: qsTr("Reason for completing it later")
                            maximumLength: 500
                        }
                        ConfirmBar {
                            objectName: "completeOrderConfirm"
                            Layout.fillWidth: true
                            implicitWidth: 300
                            label: qsTr("Complete the order")
                            enabled: panel.orderField !== "" && orderValue.text.trim() !== ""
                                     && orderReason.text.trim() !== ""
                            onConfirmed: panel.completeOrder()
                        }
                    }
                }
            }
        }

        ErrorArea {
            objectName: "exceptionPathsError"
            Layout.fillWidth: true
            text: panel.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ActionButton {
                objectName: "exceptionPathsClose"
                implicitHeight: Theme.confirmHeight
                text: panel.mode === "" ? qsTr("Close") : qsTr("Cancel")
                onClicked: panel.close()
            }
            ActionButton {
                objectName: "exceptionPathsBack"
                visible: panel.mode !== ""
                implicitHeight: Theme.confirmHeight
                text: "‹ " + qsTr("Other paths")
                onClicked: panel.choose("")
            }
            ConfirmBar {
                objectName: "exceptionPathConfirm"
                visible: panel.mode === "move" || panel.mode === "terminate" || panel.mode === "repeat"
                Layout.fillWidth: true
                implicitWidth: 300
                label: qsTr("Supervisor signs")
                enabled: panel.mode === "move" ? suiteField.text.trim() !== "" && moveReason.text.trim() !== ""
                       : panel.mode === "terminate" ? terminateReason.text.trim() !== "" && panel.allDisposed
                       : panel.mode === "repeat" ? repeatReason.text.trim() !== ""
                       : false
                onConfirmed: panel.askSignature()
            }
        }
    }

    // A supervisor approves: their own user id and password, never filled in.
    SignatureDialog {
        id: signature
        objectName: "exceptionSignatureDialog"
        meaning: qsTr("Approved (supervisor)")
        witness: true
        onSubmitted: (userId, password) => panel.signed(userId, password)
    }
}
