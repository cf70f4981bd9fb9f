import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// One deviation and the next thing to do with it, for whoever is signed in: its trigger,
// severity, status and what the system recorded; the author completes and submits it (signed
// "submitted"); a supervisor or QA person approves, rejects (both signed) or asks for more
// information, choosing what the batch does; a decided one is closed (signed "reviewed"). The
// core decides every step: a refusal (self-approval, a missing field) shows its message here.
Card {
    id: card

    // A row of DeviationController.deviations or DeviationQueueModel.get().
    required property var deviation
    required property DeviationController deviations
    // The desk shows the comment thread and the context of the step as well.
    property bool showHistory: false
    property var stepEntries: []

    readonly property bool mayExecute: SessionController.ready && SessionController.can("execute")
    readonly property bool mayDecide: SessionController.ready && SessionController.can("resolve")
    readonly property string batchId: deviation.batchId
    readonly property string deviationId: deviation.deviationId
    // approved | rejected | more_information, chosen before signing.
    property string decision: ""
    property string consequence: ""
    readonly property var consequences: card.decision === "" ? []
                                        : card.deviations.consequencesFor(card.batchId, card.deviationId, card.decision)
    property string pendingSignature: "" // submitted | approved | rejected | reviewed
    property var thread: []
    // The controller's message belongs to the card that acted last.
    property bool acted: false

    function refreshThread() {
        card.thread = card.showHistory && card.deviations ? card.deviations.thread(card.deviationId) : []
    }
    function signatureMeaningText(m) {
        switch (m) {
        case "submitted": return qsTr("Submitted")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        case "reviewed": return qsTr("Reviewed")
        }
        return m
    }
    function askSignature(meaning) {
        card.deviations.clearError()
        card.acted = true
        card.pendingSignature = meaning
        signature.meaning = signatureMeaningText(meaning)
        signature.signsText = card.signsText(meaning)
        signature.needsUserId = SessionController.signatureNeedsUserId()
        signature.errorText = ""
        signature.open()
    }
    function signsText(meaning) {
        let t = qsTr("Deviation %1 (%2, %3) at “%4”, batch %5")
                .arg(card.deviationId).arg(DeviationText.trigger(card.deviation.trigger))
                .arg(DeviationText.severity(card.deviation.severity))
                .arg(card.deviation.stepTitle).arg(card.batchId)
        if (card.deviation.detail !== "")
            t += "\n" + card.deviation.detail
        if (meaning === "submitted") {
            t += "\n" + qsTr("Description: %1").arg(descriptionField.text)
            t += "\n" + qsTr("Immediate action: %1").arg(actionField.text)
        } else if (meaning === "approved" || meaning === "rejected") {
            t += "\n" + qsTr("Decision: %1 · %2").arg(signatureMeaningText(meaning))
                                                   .arg(DeviationText.consequence(card.consequence))
            t += "\n" + qsTr("Comment: %1").arg(commentField.text)
        } else {
            t += "\n" + qsTr("Closing comment: %1").arg(commentField.text)
        }
        return t
    }
    function signed(userId, password) {
        signature.busy = true
        let ok = false
        if (card.pendingSignature === "submitted") {
            // What the operator completed is recorded first, then signed.
            const changed = descriptionField.text.trim() !== card.deviation.description
                            || actionField.text.trim() !== card.deviation.immediateAction
                            || categoryRow.chosen !== card.deviation.category
            ok = (!changed || card.deviations.update(card.batchId, card.deviationId, categoryRow.chosen,
                                                      descriptionField.text.trim(), actionField.text.trim()))
                 && card.deviations.submit(card.batchId, card.deviationId, userId, password)
        } else if (card.pendingSignature === "reviewed") {
            ok = card.deviations.close(card.batchId, card.deviationId, commentField.text, userId, password)
        } else {
            ok = card.deviations.decide(card.batchId, card.deviationId, card.pendingSignature,
                                        card.consequence, commentField.text, userId, password)
        }
        signature.busy = false
        if (ok) {
            signature.close()
            commentField.text = ""
            card.decision = ""
            card.consequence = ""
        } else {
            signature.errorText = card.deviations.errorText
        }
    }

    Component.onCompleted: refreshThread()
    onDeviationChanged: refreshThread()
    onShowHistoryChanged: refreshThread()

    borderColor: DeviationText.severityColor(card.deviation.severity)
    borderWidth: 3
    Accessible.name: titleText.text

    ColumnLayout {
        width: parent.width
        spacing: 10

        Text {
            id: titleText
            objectName: "exceptionTitle"
            Layout.fillWidth: true
            text: "⚠ " + qsTr("Deviation %1 · %2 %3").arg(DeviationText.shortId(card.deviationId))
                            .arg(DeviationText.severityMark(card.deviation.severity))
                            .arg(DeviationText.severity(card.deviation.severity))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: DeviationText.severityColor(card.deviation.severity)
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "deviationTrigger"
            Layout.fillWidth: true
            text: qsTr("%1 at “%2”").arg(DeviationText.trigger(card.deviation.trigger))
                                     .arg(card.deviation.stepTitle !== "" ? card.deviation.stepTitle : qsTr("the batch"))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "deviationBatch"
            visible: card.showHistory
            Layout.fillWidth: true
            text: qsTr("Order %1 · CoI %2 · patient %3 · %4").arg(card.deviation.orderNo)
                  .arg(card.deviation.coiId).arg(card.deviation.patientInitials).arg(card.deviation.suite)
            font.pixelSize: Theme.fontSmall
            font.family: Theme.monoFamily
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "exceptionDetail"
            Layout.fillWidth: true
            visible: text !== ""
            text: card.deviation.detail
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "deviationStatus"
            Layout.fillWidth: true
            text: "● " + DeviationText.status(card.deviation.status)
                  + (card.deviation.undecided ? " · " + DeviationText.blocking(card.deviation.blocking) : "")
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "deviationPeople"
            Layout.fillWidth: true
            text: qsTr("Raised by %1 at %2").arg(card.deviation.raisedBy)
                      .arg(AppContext.formatUtc(card.deviation.raisedAt, "yyyy-MM-dd HH:mm") + " UTC")
                  + (card.deviation.submittedBy !== ""
                     ? " · " + qsTr("submitted by %1").arg(card.deviation.submittedBy) : "")
                  + (card.deviation.decidedBy !== ""
                     ? " · " + qsTr("decided by %1: %2").arg(card.deviation.decidedBy)
                                                          .arg(DeviationText.consequence(card.deviation.consequence)) : "")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "deviationDescription"
            Layout.fillWidth: true
            visible: !card.deviation.needsSubmission && card.deviation.description !== ""
            text: qsTr("Description: %1").arg(card.deviation.description)
                  + (card.deviation.immediateAction !== ""
                     ? "\n" + qsTr("Immediate action: %1").arg(card.deviation.immediateAction) : "")
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.Wrap
        }

        // The desk: the step's entries and the comment thread.
        ColumnLayout {
            objectName: "deviationHistory"
            visible: card.showHistory
            Layout.fillWidth: true
            spacing: 4
            Text {
                visible: card.stepEntries.length > 0
                text: qsTr("Entries of the step")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: card.stepEntries
                Text {
                    required property var modelData
                    Layout.fillWidth: true
                    text: "• " + modelData.stepTitle + ": " + modelData.valueText + " (" + modelData.flag + ") · "
                          + modelData.actor + " · " + AppContext.formatUtc(modelData.enteredAt, "HH:mm") + " UTC"
                          + (modelData.superseded ? " · " + qsTr("superseded") : "")
                    font.pixelSize: Theme.fontSmall
                    font.strikeout: modelData.superseded
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Text {
                visible: card.thread.length > 0
                text: qsTr("History")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
            Repeater {
                objectName: "threadRepeater"
                model: card.thread
                Text {
                    required property var modelData
                    Layout.fillWidth: true
                    text: "• " + AppContext.formatUtc(modelData.at, "yyyy-MM-dd HH:mm") + " UTC · "
                          + DeviationText.threadKind(modelData.kind) + " · " + modelData.by
                          + (modelData.text !== "" ? ": " + modelData.text : "")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }

        // The author completes and submits it.
        ColumnLayout {
            objectName: "submitSection"
            visible: card.deviation.needsSubmission && card.mayExecute
            Layout.fillWidth: true
            spacing: 8
            Flow {
                id: categoryRow
                property string chosen: card.deviation.category !== "" ? card.deviation.category
                                                                        : DeviationText.defaultCategory(card.deviation.trigger)
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: card.deviations.categories
                    BigButton {
                        required property string modelData
                        objectName: "submitCategory_" + modelData
                        implicitHeight: Theme.minTouch
                        leftPadding: 16
                        rightPadding: 16
                        checkable: true
                        checked: categoryRow.chosen === modelData
                        text: DeviationText.category(modelData)
                        font.pixelSize: Theme.fontSmall
                        onClicked: categoryRow.chosen = modelData
                    }
                }
            }
            FormField {
                id: descriptionField
                objectName: "submitDescription"
                Layout.fillWidth: true
                label: qsTr("What happened")
                maximumLength: 2000
                text: card.deviation.description !== "" ? card.deviation.description : card.deviation.detail
            }
            FormField {
                id: actionField
                objectName: "submitAction"
                Layout.fillWidth: true
                label: qsTr("Immediate action taken")
                maximumLength: 2000
                text: card.deviation.immediateAction
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [qsTr("Batch set aside, supervisor informed"), qsTr("Measured again"),
                            qsTr("Container labelled and quarantined")]
                    BigButton {
                        required property string modelData
                        required property int index
                        objectName: "submitActionChip_" + index
                        implicitHeight: Theme.minTouch
                        font.pixelSize: Theme.fontSmall
                        text: modelData
                        onClicked: actionField.text = modelData
                    }
                }
            }
            ConfirmBar {
                objectName: "submitButton"
                Layout.fillWidth: true
                label: qsTr("Submit and sign")
                enabled: categoryRow.chosen !== "" && descriptionField.text.trim() !== ""
                         && actionField.text.trim() !== ""
                onConfirmed: card.askSignature("submitted")
            }
        }

        Text {
            objectName: "decisionNeededHint"
            Layout.fillWidth: true
            visible: !card.mayDecide && !(card.deviation.needsSubmission && card.mayExecute)
            text: card.deviation.needsSubmission
                  ? qsTr("The operator completes and submits this deviation.")
                  : qsTr("A supervisor decides how the batch goes on: tap “Switch user” and let them sign in here.")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "waitingForSubmissionHint"
            Layout.fillWidth: true
            visible: card.mayDecide && card.deviation.needsSubmission && !card.mayExecute
            text: qsTr("Not submitted yet: the operator completes and signs it first.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        // A supervisor or QA person decides, or closes a decided one.
        ColumnLayout {
            objectName: "decisionSection"
            visible: card.mayDecide && (card.deviation.awaitingDecision || card.deviation.awaitingClosure)
            Layout.fillWidth: true
            spacing: 8
            RowLayout {
                visible: card.deviation.awaitingDecision
                Layout.fillWidth: true
                spacing: 8
                BigButton {
                    objectName: "approveButton"
                    Layout.fillWidth: true
                    leftPadding: 8
                    rightPadding: 8
                    checkable: true
                    checked: card.decision === "approved"
                    text: qsTr("Approve")
                    onClicked: { card.decision = "approved"; card.consequence = card.consequences.length > 0 ? card.consequences[0] : "" }
                }
                BigButton {
                    objectName: "rejectButton"
                    Layout.fillWidth: true
                    leftPadding: 8
                    rightPadding: 8
                    checkable: true
                    checked: card.decision === "rejected"
                    text: qsTr("Reject")
                    onClicked: { card.decision = "rejected"; card.consequence = "" }
                }
                BigButton {
                    objectName: "askButton"
                    Layout.fillWidth: true
                    leftPadding: 8
                    rightPadding: 8
                    checkable: true
                    checked: card.decision === "more_information"
                    text: qsTr("Ask")
                    onClicked: { card.decision = "more_information"; card.consequence = "" }
                }
            }
            Text {
                visible: card.consequences.length > 0
                Layout.fillWidth: true
                text: qsTr("What the batch does:")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: card.consequences
                    BigButton {
                        required property string modelData
                        // The exception panel's buttons keep their names for the tests.
                        objectName: modelData === "repeat" ? "repeatButton"
                                  : modelData === "continue" ? "continueButton"
                                  : "consequence_" + modelData
                        implicitHeight: Theme.minTouch
                        checkable: true
                        checked: card.consequence === modelData
                        text: DeviationText.consequence(modelData)
                        onClicked: card.consequence = modelData
                    }
                }
            }
            TextField {
                id: commentField
                objectName: "reasonField"
                Layout.fillWidth: true
                implicitHeight: Theme.minTouch
                font.pixelSize: Theme.fontBody
                placeholderText: card.deviation.awaitingClosure ? qsTr("Closing comment (required)")
                                                                : qsTr("Comment (required)")
                Accessible.name: placeholderText
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: commentField.activeFocus ? 3 : 2
                    border.color: commentField.activeFocus ? Theme.primary : Theme.border
                }
            }
            ConfirmBar {
                objectName: "decideButton"
                visible: card.deviation.awaitingDecision
                Layout.fillWidth: true
                label: card.decision === "more_information" ? qsTr("Send back to the operator")
                       : card.decision === "" ? qsTr("Choose a decision")
                       : qsTr("Sign: %1").arg(card.signatureMeaningText(card.decision))
                enabled: card.decision !== "" && commentField.text.trim() !== ""
                         && (card.decision === "more_information" || card.consequence !== "")
                onConfirmed: {
                    if (card.decision === "more_information") {
                        card.acted = true
                        if (card.deviations.decide(card.batchId, card.deviationId, "more_information", "",
                                                   commentField.text, "", "")) {
                            commentField.text = ""
                            card.decision = ""
                        }
                    } else {
                        card.askSignature(card.decision)
                    }
                }
            }
            ConfirmBar {
                objectName: "closeButton"
                visible: card.deviation.awaitingClosure
                Layout.fillWidth: true
                label: qsTr("Close and sign")
                enabled: commentField.text.trim() !== ""
                onConfirmed: card.askSignature("reviewed")
            }
        }

        ErrorArea {
            objectName: "deviationError"
            Layout.fillWidth: true
            text: card.acted ? card.deviations.errorText : ""
        }
    }

    SignatureDialog {
        id: signature
        objectName: "deviationSignature"
        onSubmitted: (userId, password) => card.signed(userId, password)
    }
}
