import QtQuick
import QtTest
import Chainkeeper
import Chainkeeper.Ui

// Leaving the execution screen never drops a typed value silently: Back, the settings button and
// opening another order all ask "Discard the value you typed?"; Keep stays with the value,
// Discard leaves without it. An empty field or a recorded value leaves at once. Signed in as
// demo.operator on ORD-2026-0143 (car-t-rapid).
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
        name: "NavigationGuard"
        when: windowShown

        readonly property StepController controller: shell.controller

        // Layouts place what a step change made visible at the next polish: wait for it before
        // tapping, as a person would.
        function settle() {
            wait(50)
            waitForRendering(shell)
        }
        function find(name, parentItem) {
            const item = findChild(parentItem === undefined ? shell : parentItem, name)
            verify(item !== null, "no item named " + name)
            return item
        }
        function ok(done, what) {
            verify(done, what + ": " + controller.errorText)
        }
        function openOrder(batchId) {
            shell.openBatch(batchId)
            tryCompare(shell.stack, "depth", 2)
            tryCompare(controller, "batchId", batchId)
            settle()
        }
        function tap(key) {
            settle()
            mouseClick(find("key_" + key, find("entryKeypad")))
        }

        // The apheresis bag of order 0143 in front of the scanner: its chain-of-identity id,
        // then its DIN, each as a scanner's burst (keys 5 ms apart) ending with Enter.
        function scanBag(text) {
            const keys = []
            for (let i = 0; i < text.length; ++i)
                keys.push({text: text[i], key: 0, time: 1000 + 5 * i})
            keys.push({text: "\r", key: Qt.Key_Return, time: 1000 + 5 * text.length})
            verify(shell.scan.scanKeys(keys), "scan at " + controller.stepId + ": " + shell.scan.errorText)
        }
        function scanReceipt() {
            compare(controller.stepId, "receipt_coi_scan")
            scanBag("COI-DEMO-9LPW-0042")
            compare(controller.stepId, "receipt_din_scan")
            scanBag("=A99992112345600")
        }

        function initTestCase() {
            openOrder("B-ORD-2026-0143")
            ok(controller.start(), "start")
            ok(controller.acknowledge(), "coi_check")
            ok(controller.sign("demo.operator", "Demo-operator-1"), "performed")
            ok(controller.sign("demo.supervisor", "Demo-supervisor-1"), "verified")
            scanReceipt()
            compare(controller.stepId, "bag_integrity")
            settle()
        }

        function test_1_chosen_option_asks_before_another_order() {
            mouseClick(find("option_intact"))
            verify(shell.stack.currentItem.hasUncommittedEntry)
            verify(!shell.openBatch("B-ORD-2026-0142"), "the move waits for an answer")
            const dialog = find("leaveDialog")
            tryVerify(() => dialog.opened, 2000)
            verify(find("leaveTyped", dialog.contentItem).text.indexOf("intact") >= 0)
            mouseClick(find("keepEntryButton", dialog.contentItem))
            tryVerify(() => !dialog.opened, 2000)
            compare(controller.batchId, "B-ORD-2026-0143")
            compare(find("stepCard").selectedOption, "intact")

            // Recorded: nothing is at stake, Back leaves at once.
            settle()
            mouseClick(find("confirmButton"))
            tryCompare(controller, "stepId", "temp_arrival")
            verify(!shell.stack.currentItem.hasUncommittedEntry)
        }

        function test_2_typed_number_back_keep_then_discard() {
            const field = find("entryField")
            // The keypad types into the field (gloves); the field says what will be recorded.
            tap("5"); tap("decimal"); tap("0")
            compare(field.text, "5.0")
            verify(shell.stack.currentItem.hasUncommittedEntry)

            mouseClick(find("backButton"))
            const dialog = find("leaveDialog")
            tryVerify(() => dialog.opened, 2000, "Back asks")
            compare(find("leaveQuestion", dialog.contentItem).text.indexOf("Discard the value you typed?") >= 0, true)
            verify(find("leaveTyped", dialog.contentItem).text.indexOf("5.0") >= 0)
            compare(shell.stack.depth, 2)
            mouseClick(find("keepEntryButton", dialog.contentItem))
            tryVerify(() => !dialog.opened, 2000)
            compare(shell.stack.depth, 2, "Keep stays on the screen")
            compare(find("entryField").text, "5.0", "with the value")
            compare(controller.entries.length, 0, "and records nothing")

            mouseClick(find("backButton"))
            tryVerify(() => dialog.opened, 2000)
            mouseClick(find("discardEntryButton", dialog.contentItem))
            tryCompare(shell.stack, "depth", 1)
            verify(!dialog.opened)
            compare(controller.entries.length, 0, "discarding records nothing either")

            // Back on the batch: the step is where it was, the field empty.
            openOrder("B-ORD-2026-0143")
            compare(controller.stepId, "temp_arrival")
            compare(find("entryField").text, "")
        }

        function test_3_settings_button_asks_too() {
            const field = find("entryField")
            mouseClick(field)
            tryVerify(() => field.activeFocus, 2000)
            keyClick("7")
            compare(field.text, "7")
            mouseClick(find("settingsButton"))
            const dialog = find("leaveDialog")
            tryVerify(() => dialog.opened, 2000)
            mouseClick(find("discardEntryButton", dialog.contentItem))
            tryVerify(() => shell.stack.currentItem.objectName === "settingsScreen", 2000)
            mouseClick(find("settingsBackButton"))
            tryCompare(shell.stack, "depth", 1)
        }

        function test_4_empty_field_leaves_at_once() {
            openOrder("B-ORD-2026-0143")
            compare(find("entryField").text, "")
            mouseClick(find("backButton"))
            tryCompare(shell.stack, "depth", 1)
            verify(!find("leaveDialog").opened)
        }
    }
}
