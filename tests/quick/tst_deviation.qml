import QtQuick
import QtTest
import Chainkeeper
import Chainkeeper.Ui

// Deviations end to end on the real AppShell and a demo store: the operator raises a minor
// deviation at the active step of ORD-2026-0143 with its context filled in and submits it with
// a signature (the taps and time are counted and printed: the figure of issue 6), then a major
// one that holds the step; the supervisor signs in, opens the desk, approves the major one with
// a signature and the step goes on; a deviation the supervisor raised and submitted is refused
// when they try to approve it themselves, with the core's message on the card.
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
        name: "Deviation"
        when: windowShown

        readonly property StepController controller: shell.controller
        property int taps: 0
        property int keys: 0

        function find(name, parentItem) {
            const where = parentItem === undefined ? shell : parentItem
            tryVerify(() => findChild(where, name) !== null, 2000, "no item named " + name)
            return findChild(where, name)
        }
        // Scrolls every Flickable around `item` so the item is in view, as a person would.
        function ensureVisible(item) {
            for (let p = item.parent; p; p = p.parent) {
                if (p.flickableDirection === undefined || p.contentItem === undefined)
                    continue
                const pos = item.mapToItem(p.contentItem, 0, 0)
                if (pos.y + item.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(pos.y + item.height - p.height + 8,
                                                      p.contentHeight - p.height))
                if (pos.y < p.contentY)
                    p.contentY = pos.y
            }
        }
        // Every tap of the test goes through here, so the figure counts them.
        function tap(item) {
            tryVerify(() => item.visible && item.enabled, 3000,
                      (item.objectName || "item") + " can be tapped")
            // A screen that just changed is laid out at the next polish: scroll after it.
            waitForRendering(shell)
            ensureVisible(item)
            waitForRendering(shell)
            mouseClick(item)
            ++taps
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            keys += text.length
        }
        // A signature dialog: the user id when asked (Enter moves on), the password, then Sign.
        function signIn(dialog, userId, password) {
            tryVerify(() => dialog.opened, 2000, "the signature dialog opens")
            const content = dialog.contentItem
            const idInput = find("signatureUserIdInput", content)
            const passwordInput = find("signaturePasswordInput", content)
            if (idInput.visible) {
                tryVerify(() => idInput.activeFocus, 2000, "the user id has the focus")
                typeText(userId)
                keyClick(Qt.Key_Return)
                ++keys
            }
            tryVerify(() => passwordInput.activeFocus, 2000, "the password has the focus")
            typeText(password)
            tap(find("signatureSign", content))
        }
        function switchTo(userId, password) {
            SessionController.switchUser()
            tryCompare(SessionController, "signedIn", false)
            SessionController.signIn(userId, password)
            tryCompare(SessionController, "ready", true, 5000)
        }
        function deviationsOf(status) {
            return screen().deviations.deviations.filter(d => d.status === status)
        }
        function screen() {
            return shell.stack.currentItem
        }

        function test_1_open_and_start_the_batch() {
            tryVerify(() => findChild(shell, "order_ORD-2026-0143") !== null, 3000)
            mouseClick(find("order_ORD-2026-0143"))
            tryCompare(shell.stack, "depth", 2)
            mouseClick(find("confirmButton"))
            tryCompare(controller, "batchState", "in_progress")
            compare(controller.stepId, "coi_check")
            verify(find("raiseDeviationButton").visible, "an operator may raise a deviation")
        }

        function test_2_raise_a_minor_deviation_in_few_taps() {
            taps = 0
            keys = 0
            const started = Date.now()
            tap(find("raiseDeviationButton"))
            const dialog = find("deviationDialog")
            tryVerify(() => dialog.opened, 2000, "the deviation dialog opens")
            const content = dialog.contentItem
            // The context is filled in from the record: batch, step, containers, time.
            const description = find("deviationDescription", content).text
            verify(description.indexOf("B-ORD-2026-0143") >= 0, description)
            verify(description.indexOf("Chain of identity") >= 0, description)
            verify(description.indexOf("COI-DEMO-9LPW-0042") >= 0, description)
            verify(description.indexOf("UTC") >= 0, description)
            verify(find("category_process", content).checked, "the category is preselected")
            verify(!find("deviationSubmit", content).enabled, "a severity must be chosen")

            tap(find("severity_minor", content))
            tap(find("actionChip_0", content))
            tap(find("deviationSubmit", content))
            signIn(find("deviationSignatureDialog"), "demo.operator", "Demo-operator-1")
            tryVerify(() => !dialog.opened, 3000, screen().deviations.errorText)
            const seconds = (Date.now() - started) / 1000
            console.log("FIGURE raise a minor deviation with context pre-filled: " + taps
                        + " taps, " + keys + " keystrokes (user id and password), "
                        + seconds.toFixed(2) + " s scripted")
            verify(taps < 6, "under 6 taps: " + taps)

            const submitted = deviationsOf("submitted")
            compare(submitted.length, 1)
            compare(submitted[0].severity, "minor")
            compare(submitted[0].trigger, "manual")
            compare(submitted[0].submittedBy, "demo.operator")
            // Minor: the batch goes on, flagged.
            compare(controller.exceptions.length, 0)
            compare(screen().deviations.disposition, "continuing_under_deviation")
            verify(find("exceptionPanel").visible)
        }

        function test_3_a_major_deviation_holds_the_step() {
            tap(find("raiseDeviationButton"))
            const dialog = find("deviationDialog")
            tryVerify(() => dialog.opened, 2000)
            const content = dialog.contentItem
            tap(find("severity_major", content))
            tap(find("category_equipment", content))
            tap(find("actionChip_0", content))
            tap(find("deviationSubmit", content))
            signIn(find("deviationSignatureDialog"), "demo.operator", "Demo-operator-1")
            tryVerify(() => !dialog.opened, 3000, screen().deviations.errorText)
            tryCompare(controller.exceptions, "length", 1)
            verify(find("blockedHint").visible, "the step says it waits")
            verify(!find("confirmButton").enabled, "nothing goes on until it is decided")
            // The operator sees no decision.
            verify(!find("approveButton", find("exception_0")).visible)
        }

        function test_4_the_supervisor_approves_at_the_desk() {
            switchTo("demo.supervisor", "Demo-supervisor-1")
            tap(find("deviationDeskButton"))
            tryVerify(() => screen().objectName === "deviationDeskScreen", 3000, "the deviationDeskScreen shows")
            const desk = screen()
            tryCompare(desk.model, "count", 2)
            // Another terminal offline too long and a flagged one (the store's kept terminal
            // status, see tst_deviation.cpp): on the desk, and marked on the top bar's button.
            tryCompare(SyncController, "offlineTerminalCount", 2)
            verify(find("deviationDeskButton").text.indexOf("⚠") >= 0)
            const warnings = find("deskTerminalWarnings", desk)
            tryCompare(warnings, "count", 2)
            verify(warnings.itemAt(0).text.indexOf("Terminal T-BAD flagged by the central server: content does not match its hash") >= 0,
                   warnings.itemAt(0).text)
            verify(warnings.itemAt(1).text.indexOf("Terminal T-OP offline for 2 h 10 min · last push ") >= 0,
                   warnings.itemAt(1).text)
            // Most severe first.
            compare(desk.model.get(0).severity, "major")
            compare(desk.model.get(1).severity, "minor")
            compare(desk.selectedId, desk.model.get(0).deviationId)
            const card = find("deskCard", desk)
            verify(find("deviationBatch", card).text.indexOf("ORD-2026-0143") >= 0)
            // The history shows who raised and submitted it.
            verify(find("deviationPeople", card).text.indexOf("demo.operator") >= 0)

            tap(find("approveButton", card))
            tap(find("continueButton", card))
            const comment = find("reasonField", card)
            tap(comment)
            typeText("Spare centrifuge used, checked")
            tap(find("decideButton", card))
            signIn(find("deviationSignature", card), "demo.supervisor", "Demo-supervisor-1")
            tryCompare(desk.model, "awaitingDecisionCount", 1)

            // Back on the batch: the step goes on.
            tap(find("deskOpenBatch", desk))
            tryVerify(() => screen().objectName === "executionScreen", 3000, "the executionScreen shows")
            tryCompare(controller.exceptions, "length", 0)
            verify(find("confirmButton").enabled, "the step unblocked")
        }

        function test_5_self_approval_is_refused_on_screen() {
            // The supervisor raises and submits a deviation of their own ...
            const dev = screen().deviations
            const id = dev.raise("documentation", "minor", "Label smudged", "Label reprinted", [])
            verify(id !== "", dev.errorText)
            verify(dev.submit("", id, "", "Demo-supervisor-1"), dev.errorText)
            // ... and cannot approve it at the desk.
            tap(find("deviationDeskButton"))
            tryVerify(() => screen().objectName === "deviationDeskScreen", 3000, "the deviationDeskScreen shows")
            const desk = screen()
            tryVerify(() => desk.model.rowOf(id) >= 0, 2000)
            tap(find("deskRow_" + id, desk))
            tryCompare(desk, "selectedId", id)
            const card = find("deskCard", desk)
            tap(find("approveButton", card))
            tap(find("consequence_none", card))
            tap(find("reasonField", card))
            typeText("Fine")
            tap(find("decideButton", card))
            const dialog = find("deviationSignature", card)
            signIn(dialog, "demo.supervisor", "Demo-supervisor-1")
            tryVerify(() => find("signatureError", dialog.contentItem).visible, 3000)
            verify(dialog.opened, "the refusal stays in the dialog")
            const message = find("signatureError", dialog.contentItem).text
            verify(message.indexOf("cannot decide it") >= 0, message)
            tap(find("signatureCancel", dialog.contentItem))
            tryVerify(() => !dialog.opened, 2000)
            verify(find("deviationError", card).visible, "the card says why, too")
            verify(find("deviationError", card).text.indexOf("cannot decide it") >= 0)
            compare(desk.model.get(desk.model.rowOf(id)).status, "submitted")
        }

        function test_6_review_by_exception_lists_them() {
            const desk = screen()
            tap(find("deskReviewBatch", desk))
            tryVerify(() => screen().objectName === "reviewScreen", 3000, "the reviewScreen shows")
            const review = screen()
            tryVerify(() => review.items.length >= 4, 2000, "items: " + review.items.length)
            let deviations = 0, decisions = 0
            for (let i = 0; i < review.items.length; ++i) {
                deviations += review.items[i].kind === "deviation" ? 1 : 0
                decisions += review.items[i].kind === "decision" ? 1 : 0
            }
            compare(deviations, 3)
            compare(decisions, 1)
            tap(find("reviewItem_0", review))
            tryVerify(() => screen().objectName === "executionScreen", 3000, "the executionScreen shows")
        }
    }
}
