import QtQuick
import QtQuick.Layouts
import QtTest
import Chainkeeper.Widgets

// The shared controls one by one: limit-scale geometry, keypad entry, countdown states with a
// frozen clock, banner content, pill texts, the confirm bar's guard, the error area, and the
// glove rules (targets >= 64 px, text >= 18 px, Accessible.name) of each. The gallery of all of
// them on one screen is tst_widgets_gallery.qml.
Item {
    id: root
    width: 1280
    height: 800

    // 2026-11-25 09:00 UTC; the countdowns count from here.
    readonly property date t0: new Date(Date.UTC(2026, 10, 25, 9, 0, 0))
    function at(minutes) { return new Date(t0.getTime() + minutes * 60000) }

    Component { id: scaleC; LimitScale { width: 780 } }
    Component { id: keypadC; NumericKeypad { } }
    Component { id: countdownC; Countdown { width: 600 } }
    Component { id: bannerC; ChainOfIdentityBanner { } }
    Component { id: pillC; StatusPill { } }
    Component { id: confirmC; ConfirmBar { width: 1280 } }
    Component { id: errorC; ErrorArea { width: 600 } }
    Component { id: choiceC; ChoiceEntry { width: 700 } }
    Component { id: valueC; ValueEntry { width: 780 } }

    TestCase {
        name: "LimitScale"
        when: windowShown

        function test_two_sided() {
            // alert 3–7, action 2–8: the range is 1.1..8.9 (15 % of the 6-wide span each side).
            const s = createTemporaryObject(scaleC, root, { actionLow: 2, alertLow: 3, target: 5, alertHigh: 7, actionHigh: 8 })
            fuzzyCompare(s.rangeLow, 1.1, 1e-9)
            fuzzyCompare(s.rangeHigh, 8.9, 1e-9)
            fuzzyCompare(s.positionOf(5), 0.5, 1e-9)
            fuzzyCompare(s.positionOf(2), 0.9 / 7.8, 1e-9)
            fuzzyCompare(s.positionOf(8), 6.9 / 7.8, 1e-9)
            verify(s.positionOf(2) < s.positionOf(3) && s.positionOf(7) < s.positionOf(8))
            const tick = findChild(s, "targetTick")
            fuzzyCompare(tick.x + tick.width / 2, s.width / 2, 0.5)
        }
        function test_value_clamps() {
            const s = createTemporaryObject(scaleC, root, { actionLow: 2, target: 5, actionHigh: 8, value: 20 })
            compare(s.positionOf(20), 1)
            compare(s.positionOf(-20), 0)
            verify(s.clampedHigh)
            const marker = findChild(s, "valueMarker")
            fuzzyCompare(marker.x + marker.width / 2, s.width, 0.5)
            verify(findChild(s, "markerLabel").text.indexOf("▶") >= 0, "a clamped value says it is beyond the scale")
            s.value = NaN
            verify(isNaN(s.positionOf(s.value)))
            verify(!marker.visible, "no value, no marker")
        }
        function test_one_sided() {
            // Collection age: alert <= 18, action <= 24 h, nothing below: open one span below.
            const s = createTemporaryObject(scaleC, root, { alertHigh: 18, actionHigh: 24 })
            verify(s.openBelow && !s.openAbove)
            fuzzyCompare(s.rangeLow, 12, 1e-9)
            fuzzyCompare(s.rangeHigh, 24.9, 1e-9)
            fuzzyCompare(s.positionOf(18), 6 / 12.9, 1e-9)
            compare(s.positionOf(0), 0)
            // Lower-only: everything above the limit is in spec, the scale opens upward.
            s.alertHigh = NaN; s.actionHigh = NaN; s.actionLow = 10
            verify(!s.openBelow && s.openAbove)
            verify(s.positionOf(10) > 0 && s.positionOf(10) < 0.5)
        }
        function test_no_limits_hides() {
            const s = createTemporaryObject(scaleC, root)
            verify(!s.visible)
            verify(s.Accessible.name !== "")
        }
    }

    TestCase {
        name: "NumericKeypad"
        when: windowShown

        SignalSpy { id: editedSpy; signalName: "edited" }
        SignalSpy { id: refusedSpy; signalName: "refused" }

        function tap(k, key) {
            const b = findChild(k, "key_" + key)
            verify(b !== null && b.visible, "key " + key)
            mouseClick(b)
        }
        function tapAll(k, keys) { keys.forEach(key => tap(k, key)) }
        function init() { editedSpy.clear(); refusedSpy.clear() }

        function test_entry() {
            const k = createTemporaryObject(keypadC, root, { decimalPoint: "." })
            editedSpy.target = k
            tapAll(k, ["1", "2", "decimal", "5"])
            compare(k.text, "12.5")
            compare(editedSpy.count, 4)
            compare(editedSpy.signalArguments[3][0], "12.5")
            tap(k, "sign")
            compare(k.text, "-12.5")
            tap(k, "sign")
            compare(k.text, "12.5")
        }
        function test_max_decimals() {
            const k = createTemporaryObject(keypadC, root, { decimalPoint: ".", maxDecimals: 2 })
            refusedSpy.target = k
            tapAll(k, ["0", "decimal", "2", "5", "7"])
            compare(k.text, "0.25")
            compare(refusedSpy.count, 1)
            k.text = ""; k.maxDecimals = 0
            tapAll(k, ["4", "decimal"])
            compare(k.text, "4")
            compare(refusedSpy.count, 2)
        }
        function test_backspace_clear() {
            const k = createTemporaryObject(keypadC, root, { decimalPoint: "." })
            tapAll(k, ["0", "7", "decimal", "3"])
            compare(k.text, "7.3", "no leading zero")
            tap(k, "backspace")
            compare(k.text, "7.")
            tap(k, "backspace")
            compare(k.text, "7")
            tapAll(k, ["8", "clear"])
            compare(k.text, "")
            tap(k, "decimal")
            compare(k.text, "0.")
        }
        function test_locale_separator() {
            const k = createTemporaryObject(keypadC, root, { decimalPoint: "," })
            compare(findChild(k, "key_decimal").text, ",")
            tapAll(k, ["3", "decimal", "5"])
            compare(k.text, "3,5")
        }
        function test_key_sizes() {
            const k = createTemporaryObject(keypadC, root)
            for (const key of ["0", "5", "decimal", "backspace", "clear", "sign"]) {
                const b = findChild(k, "key_" + key)
                verify(b.width >= 80 && b.height >= 64, key + " is " + b.width + "x" + b.height)
                verify(b.font.pixelSize >= 18)
                verify(b.Accessible.name !== "", key)
            }
        }
    }

    TestCase {
        name: "Countdown"
        when: windowShown

        function test_states() {
            const c = createTemporaryObject(countdownC, root, { startedAt: root.t0, minMinutes: 30, maxMinutes: 45, now: root.at(10) })
            compare(c.timerState, "running-below-minimum")
            compare(c.remainingText, "Minimum in 20:00")
            compare(c.elapsedText, "Elapsed 10:00")
            c.now = root.at(40)
            compare(c.timerState, "in-window")
            compare(c.remainingText, "Remaining 05:00")
            c.now = root.at(50.5)
            compare(c.timerState, "over-maximum")
            compare(c.remainingText, "Overdue by 05:30")
            compare(findChild(c, "stateLabel").text, "⚠ Over maximum")
            verify(c.endText.indexOf("09:45 UTC") >= 0, c.endText)
            verify(c.endText.indexOf("local") >= 0, c.endText)
            verify(c.Accessible.name.indexOf("Overdue by 05:30") >= 0, c.Accessible.name)
        }
        function test_window_end_overrides_maximum() {
            const c = createTemporaryObject(countdownC, root, { startedAt: root.t0, minMinutes: 0, maxMinutes: 120, windowEnd: root.at(20), now: root.at(25) })
            compare(c.timerState, "over-maximum")
            verify(c.endText.indexOf("09:20 UTC") >= 0, c.endText)
        }
        function test_without_maximum_never_overdue() {
            const c = createTemporaryObject(countdownC, root, { startedAt: root.t0, minMinutes: 5, now: root.at(600) })
            compare(c.timerState, "in-window")
            compare(c.endText, "")
            compare(c.elapsedText, "Elapsed 10:00:00")
        }
        function test_not_started() {
            const c = createTemporaryObject(countdownC, root, { minMinutes: 5, maxMinutes: 10 })
            compare(c.timerState, "")
            compare(c.remainingText, "Not started")
        }
    }

    TestCase {
        name: "ChainOfIdentityBanner"
        when: windowShown

        function test_content() {
            const b = createTemporaryObject(bannerC, root, { coiId: "COI-2026-0143-A7", patientInitials: "J.D." })
            const id = findChild(b, "coiIdText")
            compare(id.text, "COI-2026-0143-A7")
            verify(id.font.family.indexOf("Mono") >= 0, "the id is monospace: " + id.font.family)
            verify(id.font.pixelSize >= 40, "readable from two metres")
            compare(findChild(b, "initialsText").text, "J.D.")
            compare(b.Accessible.name, "Chain of identity COI-2026-0143-A7, patient initials J.D.")
            verify(b.complete)
        }
        function test_missing_part_is_said() {
            const b = createTemporaryObject(bannerC, root, { coiId: "COI-1" })
            compare(findChild(b, "initialsText").text, "missing")
            verify(!b.complete)
            verify(b.Accessible.name.indexOf("patient initials missing") >= 0)
        }
    }

    TestCase {
        name: "StatusPill"
        when: windowShown

        function test_states_data() {
            return [
                { tag: "created", text: "○ Created" }, { tag: "in_progress", text: "▶ In progress" },
                { tag: "on_hold", text: "‖ On hold" }, { tag: "complete", text: "✓ Complete" },
                { tag: "aborted", text: "✕ Aborted" }, { tag: "pending", text: "○ Pending" },
                { tag: "active", text: "▶ Active" }, { tag: "done", text: "✓ Done" },
                { tag: "skipped", text: "↷ Skipped" }, { tag: "frozen", text: "? frozen" }
            ]
        }
        function test_states(data) {
            const p = createTemporaryObject(pillC, root, { status: data.tag })
            compare(findChild(p, "pillText").text, data.text)
            verify(p.Accessible.name.indexOf(data.text.slice(2)) >= 0)
            verify(findChild(p, "pillText").font.pixelSize >= 18)
        }
    }

    TestCase {
        name: "ConfirmBar"
        when: windowShown

        SignalSpy { id: confirmSpy; signalName: "confirmed" }

        function test_guard() {
            const c = createTemporaryObject(confirmC, root, { label: "Record value", enabled: false })
            confirmSpy.target = c
            confirmSpy.clear()
            verify(c.height >= 72)
            mouseClick(c)
            compare(confirmSpy.count, 0, "disabled does not emit")
            c.enabled = true
            mouseClick(c)
            compare(confirmSpy.count, 1)
            c.busy = true
            mouseClick(c)
            compare(confirmSpy.count, 1, "busy swallows the second tap")
            compare(c.Accessible.name, "Record value")
        }
        function test_focus_ring() {
            // Tab focus shows the ring (touch does not), and Space presses the bar.
            const c = createTemporaryObject(confirmC, root, { label: "Start batch" })
            confirmSpy.target = c
            confirmSpy.clear()
            const ring = findChild(c, "focusRing")
            verify(!ring.visible)
            c.forceActiveFocus(Qt.TabFocusReason)
            verify(c.visualFocus)
            verify(ring.visible, "keyboard focus is visible")
            keyClick(Qt.Key_Space)
            compare(confirmSpy.count, 1)
        }
    }

    TestCase {
        name: "ErrorArea"
        when: windowShown

        function test_hidden_when_empty() {
            const e = createTemporaryObject(errorC, root)
            verify(!e.visible)
            compare(e.implicitHeight, 0)
            e.text = "The value has more decimals than the step takes (1)."
            verify(e.visible)
            verify(e.implicitHeight >= 64)
            compare(findChild(e, "errorText").text, e.text)
            compare(e.Accessible.role, Accessible.AlertMessage)
            compare(e.Accessible.name, e.text)
        }
    }

    TestCase {
        name: "ChoiceEntry"
        when: windowShown

        SignalSpy { id: chosenSpy; signalName: "chosen" }

        function test_choose() {
            const c = createTemporaryObject(choiceC, root, { label: "Bag intact?", options: ["Intact", "Damaged"] })
            chosenSpy.target = c
            const a = findChild(c, "option_0"), b = findChild(c, "option_1")
            verify(a.height >= 64)
            mouseClick(b)
            compare(c.selected, "Damaged")
            verify(b.checked && !a.checked)
            mouseClick(b)
            compare(c.selected, "Damaged", "a second tap keeps the answer")
            verify(b.checked)
            mouseClick(a)
            compare(c.selected, "Intact")
            verify(a.checked && !b.checked)
            compare(chosenSpy.count, 3)
            compare(a.Accessible.name, "Intact")
        }
    }

    TestCase {
        name: "ValueEntry"
        when: windowShown

        function test_value_on_scale_and_verdict() {
            const v = createTemporaryObject(valueC, root, { label: "Temperature on arrival", unit: "°C",
                                                           actionLow: 2, alertLow: 3, target: 5, alertHigh: 7, actionHigh: 8 })
            v.text = "9.1"
            fuzzyCompare(v.number, 9.1, 1e-9)
            compare(v.limitScale.value, v.number)
            compare(v.limitScale.positionOf(v.number), 1)
            verify(!findChild(v, "verdict").visible, "no flag, no verdict")
            v.flag = "out_of_spec"
            verify(findChild(v, "verdict").verdict.indexOf("Out of specification") >= 0)
            compare(findChild(v, "unitLabel").text, "°C")
            verify(v.field.height >= 64)
            verify(v.field.Accessible.name.indexOf("°C") >= 0)
            v.text = ""
            verify(isNaN(v.number))
        }
    }
}
