import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The active step: what to do, where to enter it, against which limits, and the one button
// that records it. The button's label says what it does for this kind of step.
Card {
    id: card

    required property StepController controller
    required property ScanController scan

    readonly property string kind: card.controller.kind
    readonly property bool notStarted: card.controller.batchState === "created"
    readonly property bool blocked: card.controller.exceptions.length > 0
    // The step's work is recorded and the batch waits for its signatures.
    readonly property bool awaitingSignature: card.controller.signatureDue !== ""
                                    || card.controller.batchState === "on_hold"
    readonly property bool takesText: kind === "numeric" || kind === "text"
    property string selectedOption
    property string shownStep
    // A value typed or chosen for the active step and not recorded yet: leaving the screen
    // asks first (AppShell.leave). What the core recorded is never at stake.
    readonly property bool hasUncommittedEntry: card.controller.hasActiveStep && !awaitingSignature
                                                && uncommittedText !== ""
    readonly property string uncommittedText: kind === "choice" ? selectedOption
                                            : takesText ? entryField.text.trim() : ""
    // The field's text as typed, for the screen's numeric keypad to follow.
    readonly property string entryText: entryField.text
    function discardEntry() {
        entryField.text = ""
        selectedOption = ""
    }

    // What will be sent: numbers go to the core in the C locale, whatever the operator's.
    readonly property string entryValue: kind === "numeric" ? cNumber(entryField.text)
                                       : kind === "choice" ? selectedOption
                                       : entryField.text
    // A number the core would refuse (more decimals than the step takes): say so before it is sent.
    readonly property bool tooPrecise: kind === "numeric" && entryValue !== "" && !isNaN(Number(entryValue))
                                       && card.controller.stepId !== "" && !card.controller.acceptsEntry(entryValue)
    // Live verdict on what is typed, before anything is recorded. Reads stepId so that it is
    // evaluated again when the step changes.
    readonly property string preview: card.controller.stepId !== "" && entryValue !== ""
                                      && (kind === "numeric" || kind === "choice") && !tooPrecise
                                      ? card.controller.previewFlag(entryValue) : ""

    readonly property string actionLabel: {
        if (!card.controller.loaded)
            return ""
        if (notStarted)
            return qsTr("Start batch")
        if (!card.controller.hasActiveStep)
            return ""
        if (awaitingSignature)
            return card.controller.signatureDue === "verified" ? qsTr("Verify and sign")
                 : card.controller.signatureDue === "received" ? qsTr("Receiver signs")
                 : qsTr("Sign as performer")
        switch (kind) {
        case "instruction": return qsTr("Acknowledge")
        case "numeric":
        case "text":
        case "choice": return qsTr("Record value")
        case "calculation": return qsTr("Confirm calculation")
        case "timer": return card.controller.timerRunning ? qsTr("Stop timer") : qsTr("Start timer")
        }
        return ""
    }
    readonly property bool canAct: actionLabel !== "" && (notStarted || !blocked)
                                   && (awaitingSignature || kind !== "numeric" || entryValue !== "")
                                   && (awaitingSignature || kind !== "choice" || selectedOption !== "")
                                   && (kind !== "calculation" || card.controller.calculationError === "")

    // The signature dialog, when the step waits for a signature; false otherwise.
    function openSignature() {
        if (!awaitingSignature)
            return false
        signaturePanel.open()
        return true
    }
    function closeSignature() { signaturePanel.close() }
    function setEntryText(text) {
        if (kind === "choice")
            selectedOption = text
        else
            entryField.text = text
    }

    function cNumber(text) {
        const t = text.trim()
        if (t === "")
            return ""
        try {
            const n = Number.fromLocaleString(Qt.locale(), t)
            if (isFinite(n))
                return n.toString()
        } catch (e) {
        }
        return t // not a number here either: the core says so in its own words
    }
    function fmt(v) { return Number(v).toLocaleString(Qt.locale(), 'f', card.controller.decimals) }
    function band(lo, hi) {
        if (!isNaN(lo) && !isNaN(hi))
            return fmt(lo) + "–" + fmt(hi)
        if (!isNaN(lo))
            return "≥ " + fmt(lo)
        if (!isNaN(hi))
            return "≤ " + fmt(hi)
        return ""
    }
    readonly property string limitsText: {
        if (!card.controller.hasLimits)
            return ""
        const parts = []
        if (!isNaN(card.controller.target))
            parts.push(qsTr("target %1").arg(fmt(card.controller.target)))
        const alert = band(card.controller.alertLow, card.controller.alertHigh)
        if (alert !== "")
            parts.push(qsTr("alert %1").arg(alert))
        const action = band(card.controller.actionLow, card.controller.actionHigh)
        if (action !== "")
            parts.push(qsTr("action %1").arg(action))
        return (parts.join(" · ") + " " + card.controller.unit).trim()
    }
    function duration(seconds) {
        const s = Math.max(0, Math.round(seconds))
        const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60
        const two = n => (n < 10 ? "0" : "") + n
        return (h > 0 ? h + ":" + two(m) : two(m)) + ":" + two(r)
    }
    function utc(t) { return AppContext.formatUtc(t, "HH:mm") }
    readonly property string windowText: {
        switch (card.controller.windowState) {
        case "waiting": return qsTr("Time window starts when an earlier step is done")
        case "not_open": return "◔ " + qsTr("Not yet: the window opens at %1 UTC").arg(utc(card.controller.opensAt))
        case "open": return "◷ " + (card.controller.latestAt.getTime() > 0
                            ? qsTr("Time window: due by %1 UTC, latest %2 UTC").arg(utc(card.controller.dueAt)).arg(utc(card.controller.latestAt))
                            : qsTr("Time window: due by %1 UTC").arg(utc(card.controller.dueAt)))
        case "overdue": return "⚠ " + (card.controller.latestAt.getTime() > 0
                            ? qsTr("Overdue since %1 UTC; latest %2 UTC").arg(utc(card.controller.dueAt)).arg(utc(card.controller.latestAt))
                            : qsTr("Overdue since %1 UTC").arg(utc(card.controller.dueAt)))
        case "missed": return "✕ " + qsTr("Window missed: it closed at %1 UTC").arg(utc(card.controller.latestAt))
        }
        return ""
    }

    function confirm() {
        let ok = false
        if (awaitingSignature)
            signaturePanel.open()
        else if (notStarted)
            ok = card.controller.start()
        else if (kind === "instruction")
            ok = card.controller.acknowledge()
        else if (kind === "numeric" || kind === "text" || kind === "choice")
            ok = card.controller.enter(entryValue)
        else if (kind === "calculation")
            ok = card.controller.confirmCalculation()
        else if (kind === "timer")
            ok = card.controller.timerRunning ? card.controller.stopTimer() : card.controller.startTimer()
        if (ok && takesText)
            entryField.forceActiveFocus()
    }

    Connections {
        target: card.controller
        // A new step (or another batch) starts with an empty field; a refused entry keeps what
        // was typed so the operator can fix it.
        function onStepChanged() {
            const key = card.controller.batchId + "/" + card.controller.stepId + "/" + card.controller.iteration
            if (key !== card.shownStep) {
                card.shownStep = key
                if (card.kind === "scan")
                    scanEntry.reset()
                entryField.text = ""
                card.selectedOption = ""
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        // What the step asks. Scrolls when a long instruction and many options do not fit, so
        // nothing is ever cut off and the button below stays where the hand expects it.
        Flickable {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: bodyColumn.implicitHeight
            clip: true
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            // Always shown when something is out of view, so nothing hides unnoticed.
            ScrollBar.vertical: ScrollBar {
                width: 14
                policy: body.contentHeight > body.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            ColumnLayout {
                id: bodyColumn
                width: body.width
                spacing: 14

                RowLayout {
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep
                    spacing: 12
                    Text {
                        objectName: "stageLabel"
                        Layout.fillWidth: true
                        text: qsTr("%1 · step %2 of %3").arg(card.controller.stageTitle).arg(card.controller.stepNumber).arg(card.controller.stepCount)
                              + (card.controller.repeatCount > 1 ? " · " + qsTr("entry %1 of %2").arg(card.controller.iteration).arg(card.controller.repeatCount) : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }

                Text {
                    objectName: "stepTitle"
                    Layout.fillWidth: true
                    text: card.notStarted ? qsTr("Not started")
                        : card.controller.hasActiveStep ? card.controller.title
                        : card.controller.batchState === "complete" ? "✓ " + qsTr("Batch complete")
                        : card.controller.batchState === "aborted" ? "✕ " + qsTr("Batch aborted") : ""
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                Text {
                    objectName: "stepText"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.notStarted
                          ? qsTr("Check the order, the chain-of-identity id and the patient's initials against the bag, then start the batch.")
                          : card.controller.text
                    font.pixelSize: 22
                    lineHeight: 1.15
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                Text {
                    objectName: "windowLabel"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.windowText
                    font.pixelSize: Theme.fontBody
                    font.bold: card.controller.windowState === "overdue" || card.controller.windowState === "missed"
                    color: card.controller.windowState === "overdue" ? Theme.alert
                         : card.controller.windowState === "missed" ? Theme.outOfSpec : Theme.text
                    wrapMode: Text.Wrap
                }

                SignaturePanel {
                    id: signaturePanel
                    Layout.fillWidth: true
                    controller: card.controller
                }

                ScanEntry {
                    id: scanEntry
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && !card.awaitingSignature
                             && card.kind === "scan"
                    scan: card.scan
                }

                // Numeric and text entry
                RowLayout {
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && !card.awaitingSignature && card.takesText
                    spacing: 16
                    TextField {
                        id: entryField
                        objectName: "entryField"
                        Layout.preferredWidth: card.kind === "numeric" ? 320 : -1
                        Layout.fillWidth: card.kind !== "numeric"
                        implicitHeight: Theme.touchHeight
                        font.pixelSize: card.kind === "numeric" ? 32 : Theme.fontLarge
                        horizontalAlignment: card.kind === "numeric" ? TextInput.AlignRight : TextInput.AlignLeft
                        placeholderText: card.kind === "numeric" ? qsTr("Value") : qsTr("Type here")
                        inputMethodHints: card.kind === "numeric" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
                        maximumLength: card.kind === "text" && card.controller.maxLength > 0 ? card.controller.maxLength : 32767
                        enabled: !card.blocked
                        onAccepted: if (card.canAct) card.confirm()
                        background: Rectangle {
                            radius: Theme.radius
                            color: entryField.enabled ? Theme.surface : Theme.background
                            border.width: entryField.activeFocus ? 3 : 2
                            border.color: entryField.activeFocus ? Theme.primary : Theme.border
                        }
                    }
                    Text {
                        objectName: "unitLabel"
                        visible: card.kind === "numeric"
                        text: card.controller.unit
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Item {
                        visible: card.kind === "numeric"
                        Layout.fillWidth: true
                    }
                }

                // Choice: one big button per option
                Flow {
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && !card.awaitingSignature && card.kind === "choice"
                    spacing: 12
                    Repeater {
                        model: card.kind === "choice" ? card.controller.options : []
                        BigButton {
                            required property string modelData
                            objectName: "option_" + modelData
                            text: modelData
                            checkable: true
                            checked: card.selectedOption === modelData
                            enabled: !card.blocked
                            onClicked: card.selectedOption = modelData
                        }
                    }
                }

                // Calculation: the computed value before it is confirmed
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && !card.awaitingSignature && card.kind === "calculation"
                    spacing: 8
                    Text {
                        text: qsTr("Calculated value (not recorded until confirmed)")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "calculatedValue"
                        text: card.controller.calculatedText
                        visible: text !== ""
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        color: Theme.text
                    }
                    FlagLabel {
                        flag: card.controller.calculatedFlag
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: card.controller.calculationError !== ""
                        text: "✕ " + card.controller.calculationError
                        font.pixelSize: Theme.fontBody
                        color: Theme.outOfSpec
                        wrapMode: Text.Wrap
                    }
                }

                // Timer: elapsed time and the limits of the hold
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && !card.awaitingSignature && card.kind === "timer"
                    spacing: 8
                    Text {
                        visible: card.controller.timerRunning
                        text: qsTr("Elapsed")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "timerLabel"
                        text: card.controller.timerRunning ? card.duration(card.controller.timerElapsedSeconds)
                                                      : qsTr("Not running")
                        font.pixelSize: card.controller.timerRunning ? 56 : Theme.fontLarge
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                        color: card.controller.timerOverMaximum ? Theme.outOfSpec : Theme.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: {
                            const lo = card.controller.minMinutes, hi = card.controller.maxMinutes
                            if (!isNaN(lo) && lo > 0 && !isNaN(hi))
                                return qsTr("Hold %1 to %2 min").arg(lo).arg(hi)
                            if (!isNaN(hi))
                                return qsTr("Hold at most %1 min").arg(hi)
                            if (!isNaN(lo))
                                return qsTr("Hold at least %1 min").arg(lo)
                            return ""
                        }
                        visible: text !== ""
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Text {
                        visible: card.controller.timerRunning && (card.controller.timerRemainingSeconds > 0 || card.controller.timerOverMaximum)
                        text: card.controller.timerOverMaximum ? "✕ " + qsTr("Longer than the maximum hold")
                                                          : qsTr("Minimum reached in %1").arg(card.duration(card.controller.timerRemainingSeconds))
                        font.pixelSize: Theme.fontBody
                        font.bold: card.controller.timerOverMaximum
                        color: card.controller.timerOverMaximum ? Theme.outOfSpec : Theme.text
                    }
                }

                Text {
                    objectName: "limitsLabel"
                    Layout.fillWidth: true
                    visible: card.controller.hasActiveStep && text !== ""
                             && (card.kind === "numeric" || card.kind === "calculation")
                    text: qsTr("Limits: %1").arg(card.limitsText)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                }

                FlagLabel {
                    objectName: "previewFlag"
                    flag: card.preview
                    prefix: qsTr("If recorded:")
                }
                Text {
                    objectName: "precisionHint"
                    Layout.fillWidth: true
                    visible: card.tooPrecise
                    text: "✕ " + (card.controller.decimals === 0
                                  ? qsTr("Whole numbers only")
                                  : qsTr("At most %1 decimal place(s)").arg(card.controller.decimals))
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.outOfSpec
                    wrapMode: Text.Wrap
                }
            }
        }

        // The result of the last entry, next to the button that recorded it, so the verdict is
        // where the operator already looks. Words and a symbol, not colour alone.
        Rectangle {
            objectName: "lastResult"
            Layout.fillWidth: true
            // Gives way to a refusal: the message about what was just tried matters more.
            visible: card.controller.lastFlag !== "" && card.controller.errorText === ""
            implicitHeight: lastRow.implicitHeight + 20
            radius: Theme.radius
            color: Theme.background
            border.color: Theme.border

            RowLayout {
                id: lastRow
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 16
                spacing: 16
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Last entry · %1").arg(card.controller.lastEntryStepTitle)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "lastValueLabel"
                        Layout.fillWidth: true
                        text: card.controller.lastEntryText
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        font.strikeout: card.controller.lastEntrySuperseded
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    SignatureLines {
                        objectName: "lastSignatures"
                        Layout.fillWidth: true
                        signatures: card.controller.lastSignatures
                    }
                }
                ColumnLayout {
                    spacing: 2
                    FlagLabel {
                        objectName: "lastFlagLabel"
                        Layout.alignment: Qt.AlignRight
                        flag: card.controller.lastFlag
                    }
                    Text {
                        visible: card.controller.lastEntrySuperseded
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("not counted")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }

        Text {
            objectName: "blockedHint"
            Layout.fillWidth: true
            visible: card.blocked && card.controller.hasActiveStep
            text: "⚠ " + (card.controller.exceptions.length > 0
                          ? qsTr("This step waits for a decision on the exception (right).")
                          : qsTr("The batch is on hold."))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.alert
            wrapMode: Text.Wrap
        }

        Rectangle {
            objectName: "errorArea"
            Layout.fillWidth: true
            visible: card.controller.errorText !== ""
            implicitHeight: errorLabel.implicitHeight + 24
            radius: Theme.radius
            color: Theme.outOfSpecTint
            border.color: Theme.outOfSpec
            border.width: 2
            Text {
                id: errorLabel
                objectName: "errorText"
                anchors.fill: parent
                anchors.margins: 12
                text: "✕ " + qsTr("Not recorded: %1").arg(card.controller.errorText)
                font.pixelSize: Theme.fontBody
                color: Theme.outOfSpec
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }

        BigButton {
            objectName: "confirmButton"
            Layout.fillWidth: true
            implicitHeight: 84
            visible: card.actionLabel !== ""
            primary: true
            font.pixelSize: 26
            text: card.actionLabel
            enabled: card.canAct
            onClicked: card.confirm()
        }
    }
}
