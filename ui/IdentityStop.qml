import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The hard stop of an identity mismatch: it covers the whole batch screen, says what was expected
// and what was scanned, and offers nothing that lets the batch go on with this bag. The mismatch
// is a critical deviation: the operator completes and signs the report ("submitted"), then a
// supervisor or QA person who was not involved decides with their signature: scan again
// (approved, the wrong read does not count) or abort the batch (rejected).
Rectangle {
    id: stop

    required property ScanController scan
    required property StepController controller
    required property DeviationController deviations
    readonly property bool mayDecide: SessionController.ready && SessionController.can("resolve")
    readonly property bool mayExecute: SessionController.ready && SessionController.can("execute")
    // The deviation behind the stop: it has the exception's id.
    readonly property var deviation: {
        const list = stop.deviations.deviations
        for (let i = 0; i < list.length; ++i) {
            if (list[i].exceptionId === stop.scan.stopExceptionId)
                return list[i]
        }
        return null
    }
    readonly property bool needsSubmission: deviation !== null && deviation.needsSubmission
    readonly property bool awaitingDecision: deviation !== null && deviation.awaitingDecision
    property string pending: "" // submitted | approved | rejected

    function askSignature(meaning, meaningText) {
        stop.deviations.clearError()
        stop.pending = meaning
        signature.meaning = meaningText
        signature.signsText = qsTr("Deviation %1: identity mismatch at “%2”").arg(stop.deviation.deviationId)
                                                                                .arg(stop.deviation.stepTitle)
                              + "\n" + stop.scan.stopDetail
                              + (meaning === "submitted"
                                 ? "\n" + qsTr("Immediate action: %1").arg(actionField.text.trim())
                                 : "\n" + qsTr("Comment: %1").arg(reason.text.trim()))
        signature.needsUserId = SessionController.signatureNeedsUserId()
        signature.errorText = ""
        signature.open()
    }
    function signed(userId, password) {
        const d = stop.deviation
        signature.busy = true
        let ok = false
        if (stop.pending === "submitted") {
            ok = stop.deviations.update("", d.deviationId, d.category !== "" ? d.category : "identity",
                                        d.description !== "" ? d.description : d.detail, actionField.text.trim())
                 && stop.deviations.submit("", d.deviationId, userId, password)
        } else {
            ok = stop.deviations.decide("", d.deviationId, stop.pending,
                                        stop.pending === "approved" ? "repeat" : "abort",
                                        reason.text.trim(), userId, password)
        }
        signature.busy = false
        if (ok) {
            signature.close()
            reason.text = ""
            actionField.text = ""
        } else {
            signature.errorText = stop.deviations.errorText
        }
    }

    objectName: "identityStop"
    visible: scan.identityStop
    color: Theme.outOfSpec
    // Swallows every tap: nothing underneath may be used while the batch is stopped.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 48
        spacing: 20

        Text {
            Layout.fillWidth: true
            text: "⚠ " + qsTr("STOP — IDENTITY MISMATCH")
            font.pixelSize: 44
            font.bold: true
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "stopDetail"
            Layout.fillWidth: true
            text: stop.scan.stopDetail
            font.pixelSize: Theme.fontLarge
            font.family: Theme.monoFamily
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Do not use this container. Put it aside, labelled, and call a supervisor.")
            font.pixelSize: Theme.fontLarge
            color: "#ffffff"
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: decision.implicitHeight + 40
            radius: Theme.radius
            color: Theme.surface

            ColumnLayout {
                id: decision
                anchors.fill: parent
                anchors.margins: 20
                spacing: 12

                Text {
                    objectName: "stopDeviation"
                    Layout.fillWidth: true
                    visible: stop.deviation !== null
                    text: stop.deviation === null ? ""
                          : qsTr("Deviation %1 · %2 · %3").arg(stop.deviation.deviationId)
                                .arg(DeviationText.severity(stop.deviation.severity))
                                .arg(DeviationText.status(stop.deviation.status))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                // The operator completes the report and signs it.
                RowLayout {
                    Layout.fillWidth: true
                    visible: stop.needsSubmission && stop.mayExecute
                    spacing: 12
                    FormField {
                        id: actionField
                        objectName: "stopAction"
                        Layout.fillWidth: true
                        label: qsTr("Immediate action taken")
                        maximumLength: 2000
                    }
                    BigButton {
                        objectName: "stopActionChip"
                        Layout.alignment: Qt.AlignBottom
                        implicitHeight: Theme.minTouch
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Bag set aside, labelled")
                        onClicked: actionField.text = text
                    }
                    BigButton {
                        objectName: "stopSubmit"
                        Layout.alignment: Qt.AlignBottom
                        primary: true
                        text: qsTr("Submit and sign")
                        enabled: actionField.text.trim() !== ""
                        onClicked: stop.askSignature("submitted", qsTr("Submitted"))
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: !stop.mayDecide || (stop.needsSubmission && !stop.mayExecute)
                    text: stop.needsSubmission
                          ? qsTr("Then a supervisor decides: tap “Switch user” and let them sign in here.")
                          : qsTr("A supervisor decides: tap “Switch user” and let them sign in here.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                BigButton {
                    objectName: "stopSwitchUser"
                    visible: !stop.mayDecide
                    text: qsTr("Switch user")
                    onClicked: SessionController.switchUser()
                }
                TextField {
                    id: reason
                    objectName: "stopReason"
                    Layout.fillWidth: true
                    visible: stop.mayDecide && stop.awaitingDecision
                    implicitHeight: 64
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Reason (required)")
                    Accessible.name: placeholderText
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: stop.mayDecide && stop.awaitingDecision
                    spacing: 12
                    BigButton {
                        objectName: "stopScanAgain"
                        Layout.fillWidth: true
                        primary: true
                        text: qsTr("Scan again") + " · " + qsTr("sign")
                        enabled: reason.text.trim() !== ""
                        onClicked: stop.askSignature("approved", qsTr("Approved"))
                    }
                    BigButton {
                        objectName: "stopAbort"
                        Layout.fillWidth: true
                        text: qsTr("Abort the batch") + " · " + qsTr("sign")
                        enabled: reason.text.trim() !== ""
                        onClicked: stop.askSignature("rejected", qsTr("Rejected"))
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: stop.deviations.errorText !== "" || stop.controller.errorText !== ""
                    text: stop.deviations.errorText !== "" ? stop.deviations.errorText : stop.controller.errorText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.outOfSpec
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    SignatureDialog {
        id: signature
        objectName: "stopSignatureDialog"
        onSubmitted: (userId, password) => stop.signed(userId, password)
    }
}
