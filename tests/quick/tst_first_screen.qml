import QtQuick
import QtTest
import Chainkeeper
import Chainkeeper.Ui

// The first operator screen, end to end: the real AppShell (top bar, today's work, execution
// screen) on a demo store, driven with taps and keys, signed in as demo.operator. The order is
// ORD-2026-0143 on recipe car-t-rapid: coi_check (instruction, signed by the performer and
// verified by a second person), bag_integrity (choice), temp_arrival (numeric, 1
// decimal, alert 3–7, action 2–8 °C), collection_age (numeric, alert ≤ 18, action ≤ 24 h),
// apheresis_volume.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: test
        name: "FirstScreen"
        when: windowShown

        readonly property StepController controller: shell.controller

        function find(name, parentItem) {
            const item = findChild(parentItem === undefined ? shell : parentItem, name)
            verify(item !== null, "no item named " + name)
            return item
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function enterText(text) {
            const field = find("entryField")
            verify(field.visible && field.enabled, "the entry field takes input")
            mouseClick(field)
            tryVerify(() => field.activeFocus, 2000, "the entry field has focus")
            field.selectAll()
            keyClick(Qt.Key_Delete)
            typeText(text)
            compare(field.text, text)
        }
        function confirm(expectedLabel) {
            const button = find("confirmButton")
            compare(button.text, expectedLabel)
            tryVerify(() => button.enabled, 2000, "'" + expectedLabel + "' can be pressed")
            mouseClick(button)
        }

        // Signs in the signature dialog the way a person does: the button, then the user id (when
        // asked) and the password typed, then Sign.
        function sign(buttonLabel, userId, password) {
            confirm(buttonLabel)
            const dialog = find("signatureDialog")
            tryVerify(() => dialog.opened, 2000, "the signature dialog opens")
            verify(find("signatureSigns", dialog.contentItem).text.indexOf("Chain of identity") >= 0,
                   "the dialog shows what is signed")
            const idInput = find("signatureUserIdInput", dialog.contentItem)
            if (idInput.visible) {
                mouseClick(idInput)
                tryVerify(() => idInput.activeFocus, 2000)
                typeText(userId)
            }
            const passwordInput = find("signaturePasswordInput", dialog.contentItem)
            mouseClick(passwordInput)
            tryVerify(() => passwordInput.activeFocus, 2000)
            typeText(password)
            mouseClick(find("signatureSign", dialog.contentItem))
            return dialog
        }

        // A signature dialog of the deviation screens: the user id when asked, the password, Sign.
        function signDialog(dialog, userId, password) {
            tryVerify(() => dialog.opened, 2000, "the signature dialog opens")
            const idInput = find("signatureUserIdInput", dialog.contentItem)
            waitForRendering(shell)
            if (idInput.visible) {
                mouseClick(idInput)
                tryVerify(() => idInput.activeFocus, 2000)
                typeText(userId)
            }
            const passwordInput = find("signaturePasswordInput", dialog.contentItem)
            mouseClick(passwordInput)
            tryVerify(() => passwordInput.activeFocus, 2000)
            typeText(password)
            mouseClick(find("signatureSign", dialog.contentItem))
            tryVerify(() => !dialog.opened, 3000,
                      find("signatureError", dialog.contentItem).visible
                      ? find("signatureError", dialog.contentItem).text : "the dialog closes")
        }
        // Scrolls the side panel so `item` shows, then taps it.
        function tapInSide(item) {
            const flick = find("sidePanel")
            const pos = item.mapToItem(flick.contentItem, 0, 0)
            if (pos.y + item.height > flick.contentY + flick.height)
                flick.contentY = Math.max(0, Math.min(pos.y + item.height - flick.height + 8,
                                                      flick.contentHeight - flick.height))
            if (pos.y < flick.contentY)
                flick.contentY = pos.y
            waitForRendering(shell)
            mouseClick(item)
        }

        SignalSpy {
            id: stepSpy
            target: test.controller
            signalName: "stepChanged"
        }

        Component {
            id: mainWindow
            Main {
                visible: false
            }
        }

        function test_0_main_window_says_demo_site() {
            // The window runGui loads: the demo site is named in its title as well as in the bar.
            const window = createTemporaryObject(mainWindow, test)
            verify(window !== null, "Main.qml loads")
            verify(window.title.indexOf("DEMO SITE — NOT FOR GMP USE") >= 0, window.title)
            compare(window.width, 1280)
            compare(window.height, 800)
        }

        function test_1_today_lists_orders_overdue_first() {
            compare(shell.stack.depth, 1)
            verify(find("demoBanner").visible, "the demo site says so in the top bar")
            verify(find("connectionLabel").text.indexOf("Offline") >= 0, "the terminal says it is offline")
            verify(find("terminalLabel").text.indexOf("T-QUICKTEST") >= 0)

            const list = find("orderList")
            tryCompare(list, "count", 4)
            // Overdue first, and marked with words, not colour alone.
            compare(list.itemAtIndex(0).orderNo, "ORD-2026-0141")
            const overdue = find("overdueMarker", list.itemAtIndex(0))
            verify(overdue.visible)
            verify(overdue.text.indexOf("OVERDUE") >= 0)
            verify(!find("overdueMarker", list.itemAtIndex(1)).visible)

            mouseClick(find("order_ORD-2026-0143"))
            tryCompare(shell.stack, "depth", 2)
            compare(controller.batchId, "B-ORD-2026-0143")
            compare(find("orderNoLabel").text, "ORD-2026-0143")
            compare(find("coiLabel").text, "COI-DEMO-9LPW-0042")
            compare(find("initialsLabel").text, "RDS")
        }

        function test_2_start_and_acknowledge() {
            compare(controller.batchState, "created")
            confirm("Start batch")
            tryCompare(controller, "batchState", "in_progress")
            compare(controller.stepId, "coi_check")
            compare(controller.kind, "instruction")
            verify(find("stepText").text.indexOf("chain-of-identity") >= 0)

            confirm("Acknowledge")
            // The recipe asks for the performer's signature and a second person's: the batch
            // waits at the step until both are given.
            tryCompare(controller, "signatureDue", "performed")
            compare(controller.stepId, "coi_check")
            verify(find("signaturePanel").visible)

            // The operator cannot verify their own work; the refusal stays in the dialog.
            let dialog = sign("Sign as performer", "demo.operator", "Demo-operator-1")
            tryCompare(controller, "signatureDue", "verified")
            verify(!dialog.opened)
            verify(find("signature_performed").text.indexOf("Olivia Demo (operator)") >= 0,
                   "the performer's signature is shown with the step")
            dialog = sign("Verify and sign", "demo.operator", "Demo-operator-1")
            tryVerify(() => find("signatureError", dialog.contentItem).visible, 2000)
            verify(dialog.opened)
            compare(controller.signatureDue, "verified")
            mouseClick(find("signatureCancel", dialog.contentItem))
            tryVerify(() => !dialog.opened, 2000)

            stepSpy.clear()
            sign("Verify and sign", "demo.supervisor", "Demo-supervisor-1")
            tryCompare(controller, "stepId", "receipt_coi_scan")
            verify(stepSpy.count > 0, "stepChanged after the next step loaded")
            // The signed step's manifestations stay beside its last entry.
            const last = find("lastSignatures")
            verify(last.visible)
            verify(find("signature_verified", last).text.indexOf("Sam Demo (supervisor)") >= 0)
        }

        // A scanner types a burst and ends with Enter; a person types at their own pace.
        function scanInto(text, msBetweenKeys) {
            const field = find("scanField")
            tryVerify(() => field.visible, 2000, "the scan field shows")
            mouseClick(field)
            tryVerify(() => field.activeFocus, 2000)
            for (let i = 0; i < text.length; ++i) {
                keyClick(text[i])
                if (msBetweenKeys > 0)
                    wait(msBetweenKeys)
            }
            keyClick(Qt.Key_Return)
        }
        function signInAs(userId, password) {
            SessionController.switchUser()
            tryCompare(SessionController, "signedIn", false)
            SessionController.signIn(userId, password)
            tryCompare(SessionController, "ready", true, 5000)
        }

        function test_2b_scan_the_bag() {
            compare(controller.kind, "scan")
            const scan = shell.scan
            verify(find("scanWhat").text.indexOf("apheresis") >= 0, find("scanWhat").text)

            // Typed by hand: refused, nothing recorded, a supervisor's approval offered.
            scanInto("COI-DEMO-9LPW-0042", 120)
            tryVerify(() => scan.typedRefused, 2000, scan.errorText)
            verify(find("typedOverride").visible)
            compare(controller.stepId, "receipt_coi_scan")
            compare(controller.entries.length, 0)
            // (Below the fold of the step card at 1280x800: pressed without scrolling to it.)
            find("overrideCancel").clicked()
            tryVerify(() => !scan.typedRefused, 2000)

            // Another patient's bag: a hard stop over the whole screen.
            scanInto("COI-DEMO-AAAA-0001", 0)
            tryVerify(() => find("identityStop").visible, 2000)
            verify(find("stopDetail").text.indexOf("COI-DEMO-9LPW-0042") >= 0, find("stopDetail").text)
            verify(find("stopDetail").text.indexOf("COI-DEMO-AAAA-0001") >= 0)
            compare(controller.batchState, "on_hold")
            verify(find("stopSwitchUser").visible, "an operator cannot decide")
            verify(!find("stopScanAgain").visible)
            // The mismatch is a critical deviation: the operator completes and signs the report.
            verify(find("stopDeviation").text.indexOf("Critical") >= 0, find("stopDeviation").text)
            mouseClick(find("stopActionChip"))
            mouseClick(find("stopSubmit"))
            signDialog(find("stopSignatureDialog"), "demo.operator", "Demo-operator-1")
            tryVerify(() => find("stopDeviation").text.indexOf("Submitted") >= 0, 3000,
                      find("stopDeviation").text)
            signInAs("demo.supervisor", "Demo-supervisor-1")
            const reason = find("stopReason")
            mouseClick(reason)
            typeText("Bag of another patient, set aside")
            mouseClick(find("stopScanAgain"))
            signDialog(find("stopSignatureDialog"), "demo.supervisor", "Demo-supervisor-1")
            tryVerify(() => !find("identityStop").visible, 3000)
            compare(controller.batchState, "in_progress")
            signInAs("demo.operator", "Demo-operator-1")

            // The right bag, scanned: the step moves on to the DIN, then to the bag's integrity.
            scanInto("COI-DEMO-9LPW-0042", 0)
            tryCompare(controller, "stepId", "receipt_din_scan")
            scanInto("=A99992112345600", 0)
            tryCompare(controller, "stepId", "bag_integrity")
        }

        function test_3_pick_a_choice() {
            compare(controller.kind, "choice")
            const button = find("confirmButton")
            verify(!button.enabled, "nothing to record before an option is chosen")
            mouseClick(find("option_intact"))
            compare(find("previewFlag").flag, "in_spec")
            confirm("Record value")
            tryCompare(controller, "stepId", "temp_arrival")
            compare(controller.lastFlag, "in_spec")
        }

        function test_4_in_spec_value_advances() {
            compare(controller.kind, "numeric")
            compare(find("unitLabel").text, "°C")
            const limits = find("limitsLabel").text
            verify(limits.indexOf("alert 3.0–7.0") >= 0, limits)
            verify(limits.indexOf("action 2.0–8.0 °C") >= 0, limits)

            // A refusal of the core is shown and changes nothing.
            enterText("5.25")
            verify(find("precisionHint").visible, "the field warns before the core refuses")
            verify(!find("previewFlag").visible)
            confirm("Record value")
            tryVerify(() => controller.errorText.indexOf("decimal") >= 0, 2000, controller.errorText)
            verify(find("errorArea").visible)
            compare(controller.stepId, "temp_arrival")
            compare(controller.entries.length, 0)

            // The live preview while typing, then the recorded result.
            enterText("7.5")
            compare(find("previewFlag").flag, "alert")
            enterText("5.0")
            compare(find("previewFlag").flag, "in_spec")
            confirm("Record value")
            tryCompare(controller, "stepId", "collection_age")
            compare(controller.errorText, "")
            verify(!find("errorArea").visible)
            compare(controller.lastFlag, "in_spec")
            const last = find("lastFlagLabel")
            verify(last.visible)
            verify(last.verdict.indexOf("In spec") >= 0, last.verdict)
            verify(find("lastValueLabel").text.indexOf("5.0 °C") >= 0)
        }

        function test_5_out_of_spec_value_holds_the_step() {
            compare(controller.stepId, "collection_age")
            enterText("30.0")
            compare(find("previewFlag").flag, "out_of_spec")
            confirm("Record value")
            tryCompare(controller, "lastFlag", "out_of_spec")
            verify(find("lastFlagLabel").verdict.indexOf("Out of specification") >= 0)
            compare(controller.stepId, "collection_age") // the step did not advance
            // A major deviation (the recipe's default): the step waits for the decision.
            compare(controller.exceptions.length, 1)
            compare(controller.exceptions[0].kind, "out_of_specification")
            const panel = find("exceptionPanel")
            verify(panel.visible)
            verify(find("exceptionDetail", panel).text.indexOf("30.0 h") >= 0)
            verify(!find("confirmButton").enabled, "nothing goes on until the exception is decided")
            verify(find("blockedHint").visible)
        }

        function test_6_repeat_with_reason_then_good_value() {
            const panel = find("exceptionPanel")
            // The operator completes the deviation and signs it; the decision is not theirs.
            let card = find("exception_0", panel)
            verify(find("deviationTrigger", card).text.indexOf("Out of specification") >= 0)
            verify(!find("approveButton", card).visible)
            verify(find("submitSection", card).visible)
            tapInSide(find("submitActionChip_0", card))
            tapInSide(find("submitButton", card))
            signDialog(find("deviationSignature", card), "demo.operator", "Demo-operator-1")
            tryVerify(() => controller.loaded && find("exception_0", panel) !== null
                            && find("deviationStatus", find("exception_0", panel)).text.indexOf("Submitted") >= 0,
                      3000)
            card = find("exception_0", panel)
            verify(find("decisionNeededHint", card).visible, "the operator is told a supervisor decides")
            // The supervisor signs in at this terminal; the batch stays open underneath.
            SessionController.switchUser()
            tryCompare(SessionController, "signedIn", false)
            SessionController.signIn("demo.supervisor", "Demo-supervisor-1")
            tryCompare(SessionController, "ready", true, 5000)
            compare(controller.batchId, "B-ORD-2026-0143")
            card = find("exception_0", panel)
            verify(!find("decisionNeededHint", card).visible)
            tapInSide(find("approveButton", card))
            const repeat = find("repeatButton", card)
            tapInSide(repeat)
            const decide = find("decideButton", card)
            verify(!decide.enabled, "a decision needs a comment")
            const reason = find("reasonField", card)
            tapInSide(reason)
            tryVerify(() => reason.activeFocus, 2000)
            typeText("Hours counted from the wrong label")
            tryVerify(() => decide.enabled, 2000)
            tapInSide(decide)
            signDialog(find("deviationSignature", card), "demo.supervisor", "Demo-supervisor-1")

            tryCompare(controller.exceptions, "length", 0)
            compare(controller.batchState, "in_progress")
            compare(controller.stepId, "collection_age")
            // The flagged entry stays on record, struck through, with the reason.
            compare(controller.entries.length, 1)
            verify(controller.entries[0].superseded)
            const why = find("supersededReason", find("entryList"))
            verify(why.visible)
            verify(why.text.indexOf("Hours counted from the wrong label") >= 0, why.text)
            verify(find("entryValue", find("entryList")).font.strikeout)

            enterText("12.0")
            compare(find("previewFlag").flag, "in_spec")
            confirm("Record value")
            tryCompare(controller, "stepId", "apheresis_volume")
            compare(controller.lastFlag, "in_spec")
            compare(controller.exceptions.length, 0)
        }

        function test_7_back_to_the_list() {
            mouseClick(find("backButton"))
            tryCompare(shell.stack, "depth", 1)
            const list = find("orderList")
            let row = null
            for (let i = 0; i < list.count; ++i) {
                if (list.itemAtIndex(i).orderNo === "ORD-2026-0143")
                    row = list.itemAtIndex(i)
            }
            verify(row !== null)
            compare(row.model.state, "in_progress")
            compare(row.activeStepTitle, "Apheresis volume")
        }
    }
}
