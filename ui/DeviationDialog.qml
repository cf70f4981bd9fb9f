import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Chainkeeper
import Chainkeeper.Widgets

// Raising a deviation by hand at the active step, in a few big taps: what the record already
// says (batch, step, the last values and their limits, times, containers) is filled in, the
// category is preselected from the step, the operator picks the severity and the immediate
// action (or types them) and signs the report as submitted. The recipe's policy for the severity
// decides whether the batch goes on; the core enforces it.
//
// An attachment is kept simple on purpose: a file from the attachments folder (where the
// terminal's camera or a USB import puts pictures) is named in the description with its SHA-256,
// so the record proves which file was meant; the file itself stays where it is, it is not copied
// into the store.
Popup {
    id: dialog

    required property DeviationController deviations
    // Where attachable files are looked for.
    property url attachmentFolder: "file://" + AppContext.dataDir + "/attachments"

    property string severity: ""
    property string category: ""
    property var chosenContainers: []
    property string attachmentPath: ""
    property string attachmentDigest: ""
    // The deviation raised by this dialog and not yet signed (a signature given again submits it).
    property string pendingId: ""
    property string errorText: ""

    readonly property bool ready: severity !== "" && category !== ""
                                  && descriptionArea.text.trim() !== "" && actionField.text.trim() !== ""

    // Opens with the context of the step on screen; `stepKind` preselects the category.
    function start(stepKind) {
        dialog.severity = ""
        dialog.category = stepKind === "scan" ? "identity" : "process"
        dialog.chosenContainers = []
        dialog.attachmentPath = ""
        dialog.attachmentDigest = ""
        dialog.pendingId = ""
        dialog.errorText = ""
        dialog.deviations.clearError()
        descriptionArea.text = dialog.deviations.contextText
        actionField.text = ""
        attachList.visible = false
        dialog.open()
    }
    function description() {
        let text = descriptionArea.text.trim()
        if (dialog.attachmentPath !== "")
            text += "\n" + qsTr("Attachment: %1 (SHA-256 %2)").arg(dialog.attachmentPath).arg(dialog.attachmentDigest)
        return text
    }
    function toggleContainer(name) {
        const list = dialog.chosenContainers.slice()
        const at = list.indexOf(name)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(name)
        dialog.chosenContainers = list
    }
    function submit() {
        if (dialog.pendingId === "") {
            const id = dialog.deviations.raise(dialog.category, dialog.severity, dialog.description(),
                                               actionField.text.trim(), dialog.chosenContainers)
            if (id === "") {
                dialog.errorText = dialog.deviations.errorText
                return
            }
            dialog.pendingId = id
        }
        signature.meaning = qsTr("Submitted")
        signature.signsText = qsTr("Deviation %1 (%2, %3)").arg(dialog.pendingId)
                              .arg(DeviationText.severity(dialog.severity)).arg(DeviationText.category(dialog.category))
                              + "\n" + dialog.description()
                              + "\n" + qsTr("Immediate action: %1").arg(actionField.text.trim())
        signature.needsUserId = SessionController.signatureNeedsUserId()
        signature.errorText = ""
        signature.open()
    }
    function signed(userId, password) {
        signature.busy = true
        const ok = dialog.deviations.submit("", dialog.pendingId, userId, password)
        signature.busy = false
        if (ok) {
            signature.close()
            dialog.close()
        } else {
            signature.errorText = dialog.deviations.errorText
        }
    }

    objectName: "deviationDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 1200, 1200)
    height: parent ? parent.height - 48 : 760
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: 24

    Overlay.modal: Rectangle { color: "#99000000" }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.outOfSpec
        border.width: 3
    }

    contentItem: ColumnLayout {
        spacing: 12

        Text {
            objectName: "deviationDialogTitle"
            Layout.fillWidth: true
            text: "⚠ " + qsTr("Raise a deviation")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: form.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                width: 16
                policy: flick.contentHeight > flick.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: form
                width: flick.width - 24
                spacing: 12

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        Layout.preferredWidth: 160
                        text: qsTr("Severity")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: dialog.deviations.severities
                        BigButton {
                            required property string modelData
                            objectName: "severity_" + modelData
                            Layout.fillWidth: true
                            checkable: true
                            checked: dialog.severity === modelData
                            text: DeviationText.severityMark(modelData) + " " + DeviationText.severity(modelData)
                            onClicked: dialog.severity = modelData
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Text {
                        Layout.preferredWidth: 160
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("Category")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: dialog.deviations.categories
                            BigButton {
                                required property string modelData
                                objectName: "category_" + modelData
                                implicitHeight: Theme.minTouch
                                checkable: true
                                checked: dialog.category === modelData
                                text: DeviationText.category(modelData)
                                onClicked: dialog.category = modelData
                            }
                        }
                    }
                }
                FormField {
                    id: actionField
                    objectName: "deviationAction"
                    Layout.fillWidth: true
                    label: qsTr("Immediate action taken")
                    maximumLength: 2000
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: [qsTr("Batch set aside, supervisor informed"), qsTr("Measured again"),
                                qsTr("Container labelled and quarantined"), qsTr("None needed")]
                        BigButton {
                            required property string modelData
                            required property int index
                            objectName: "actionChip_" + index
                            implicitHeight: Theme.minTouch
                            font.pixelSize: Theme.fontSmall
                            checkable: true
                            checked: actionField.text === modelData
                            text: modelData
                            onClicked: actionField.text = modelData
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: dialog.deviations.containers.length > 0
                    spacing: 12
                    Text {
                        Layout.preferredWidth: 160
                        text: qsTr("Containers")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        Repeater {
                            model: dialog.deviations.containers
                            BigButton {
                                required property string modelData
                                objectName: "container_" + modelData
                                implicitHeight: Theme.minTouch
                                checkable: true
                                checked: dialog.chosenContainers.indexOf(modelData) >= 0
                                text: modelData
                                onClicked: dialog.toggleContainer(modelData)
                            }
                        }
                    }
                }
                Text {
                    text: qsTr("What happened (filled in from the record; add what you saw)")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                }
                TextArea {
                    id: descriptionArea
                    objectName: "deviationDescription"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(150, contentHeight + 24)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    Accessible.name: qsTr("What happened")
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: descriptionArea.activeFocus ? 3 : 2
                        border.color: descriptionArea.activeFocus ? Theme.primary : Theme.border
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    ActionButton {
                        objectName: "attachButton"
                        implicitHeight: Theme.minTouch
                        text: dialog.attachmentPath === "" ? "📎 " + qsTr("Attach a file (optional)")
                                                           : "📎 " + qsTr("Change the file")
                        onClicked: attachList.visible = !attachList.visible
                    }
                    Text {
                        objectName: "attachmentLabel"
                        Layout.fillWidth: true
                        text: dialog.attachmentPath === "" ? ""
                              : qsTr("%1 · SHA-256 %2…").arg(dialog.attachmentPath).arg(dialog.attachmentDigest.substring(0, 16))
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideMiddle
                    }
                }
                ListView {
                    id: attachList
                    objectName: "attachmentList"
                    visible: false
                    Layout.fillWidth: true
                    Layout.preferredHeight: visible ? Math.min(4, Math.max(1, count)) * (Theme.minTouch + 4) : 0
                    clip: true
                    spacing: 4
                    model: FolderListModel {
                        folder: dialog.attachmentFolder
                        showDirs: false
                        sortField: FolderListModel.Time
                    }
                    delegate: BigButton {
                        required property string fileName
                        required property string filePath
                        width: attachList.width
                        implicitHeight: Theme.minTouch
                        font.pixelSize: Theme.fontSmall
                        text: fileName
                        onClicked: {
                            const path = filePath
                            dialog.attachmentDigest = dialog.deviations.fileDigest(path)
                            dialog.attachmentPath = dialog.attachmentDigest !== "" ? path : ""
                            attachList.visible = false
                        }
                    }
                    Text {
                        anchors.fill: parent
                        visible: attachList.count === 0
                        text: qsTr("No file in %1").arg(dialog.deviations.localPath(dialog.attachmentFolder))
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideMiddle
                    }
                }
            }
        }

        ErrorArea {
            objectName: "deviationDialogError"
            Layout.fillWidth: true
            text: dialog.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            ActionButton {
                objectName: "deviationCancel"
                implicitHeight: Theme.confirmHeight
                text: dialog.pendingId === "" ? qsTr("Cancel") : qsTr("Sign later")
                onClicked: dialog.close()
            }
            ConfirmBar {
                objectName: "deviationSubmit"
                Layout.fillWidth: true
                implicitWidth: 300
                label: qsTr("Submit and sign")
                enabled: dialog.ready
                onConfirmed: dialog.submit()
            }
        }
    }

    SignatureDialog {
        id: signature
        objectName: "deviationSignatureDialog"
        onSubmitted: (userId, password) => dialog.signed(userId, password)
    }
}
