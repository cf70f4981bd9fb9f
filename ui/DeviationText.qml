pragma Singleton
import QtQuick
import Chainkeeper.Widgets

// The words for a deviation's record values (trigger, severity, status, category, the
// consequence of a decision), so every screen says them the same way. Unknown values show as
// recorded.
QtObject {
    function trigger(t) {
        switch (t) {
        case "out_of_specification": return qsTr("Out of specification")
        case "identity_mismatch": return qsTr("Identity mismatch")
        case "window_missed": return qsTr("Time window missed")
        case "timer_out_of_limits": return qsTr("Timer outside its limits")
        case "typed_identity_override": return qsTr("Identity typed by hand")
        case "material_not_released": return qsTr("Material or equipment not released")
        case "late_specimen": return qsTr("Late specimen")
        case "incomplete_record": return qsTr("Incomplete record")
        case "sync_conflict": return qsTr("Conflicting records")
        case "manual": return qsTr("Raised by hand")
        }
        return t
    }
    // The category an automatic deviation most likely belongs to, preselected for the operator.
    function defaultCategory(t) {
        switch (t) {
        case "identity_mismatch":
        case "typed_identity_override": return "identity"
        case "material_not_released":
        case "late_specimen": return "material"
        case "incomplete_record":
        case "sync_conflict": return "documentation"
        }
        return "process"
    }
    function severity(s) {
        switch (s) {
        case "minor": return qsTr("Minor")
        case "major": return qsTr("Major")
        case "critical": return qsTr("Critical")
        }
        return s
    }
    // A glyph as well as the colour: severity is never told by colour alone.
    function severityMark(s) {
        return s === "critical" ? "‼" : s === "major" ? "!" : "◦"
    }
    // "B-ORD-1-D2-T-AF98BAF2" reads "D2 · T-AF98BAF2": the batch is on screen already, and the
    // terminal part is what keeps ids apart between terminals.
    function shortId(id) {
        const m = /-(D\d+)(?:-(.+))?$/.exec(id || "")
        if (!m)
            return id
        return m[2] ? m[1] + " · " + m[2] : m[1]
    }
    function severityColor(s) {
        return s === "minor" ? Theme.alert : Theme.outOfSpec
    }
    function status(s) {
        switch (s) {
        case "open": return qsTr("Open: to be completed and submitted")
        case "submitted": return qsTr("Submitted: waiting for a decision")
        case "more_information": return qsTr("More information asked")
        case "approved": return qsTr("Approved: to be closed")
        case "rejected": return qsTr("Rejected: to be closed")
        case "closed": return qsTr("Closed")
        }
        return s
    }
    function blocking(b) {
        switch (b) {
        case "continue": return qsTr("The batch goes on, flagged")
        case "block_step": return qsTr("The step waits for the decision")
        case "hold_batch": return qsTr("The batch is on hold until the decision")
        }
        return b
    }
    function category(c) {
        switch (c) {
        case "process": return qsTr("Process")
        case "equipment": return qsTr("Equipment")
        case "material": return qsTr("Material")
        case "environment": return qsTr("Environment")
        case "documentation": return qsTr("Documentation")
        case "identity": return qsTr("Identity")
        case "personnel": return qsTr("Personnel")
        case "other": return qsTr("Other")
        }
        return c
    }
    function consequence(c) {
        if (c.indexOf("keep:") === 0)
            return qsTr("Keep record %1").arg(c.substring(5, 13))
        switch (c) {
        case "continue": return qsTr("Continue")
        case "repeat": return qsTr("Repeat step")
        case "hold": return qsTr("Hold the batch")
        case "abort": return qsTr("Abort the batch")
        case "none": return qsTr("No change to the batch")
        }
        return c
    }
    function threadKind(k) {
        switch (k) {
        case "raised": return qsTr("Raised")
        case "comment": return qsTr("Comment")
        case "update": return qsTr("Completed")
        case "submission": return qsTr("Submitted")
        case "decision": return qsTr("Decision")
        case "closure": return qsTr("Closed")
        }
        return k
    }
    function reviewKind(k) {
        switch (k) {
        case "deviation": return qsTr("Deviation")
        case "correction": return qsTr("Correction")
        case "override": return qsTr("Override")
        case "intervention": return qsTr("Intervention")
        case "alert_value": return qsTr("Alert-level value")
        case "out_of_spec": return qsTr("Out of specification")
        case "window": return qsTr("Late or missed window")
        case "identity": return qsTr("Identity")
        case "decision": return qsTr("Decision")
        }
        return k
    }
    function disposition(d) {
        switch (d) {
        case "normal": return qsTr("Normal")
        case "continuing_under_deviation": return qsTr("Continuing under deviation")
        case "on_hold": return qsTr("On hold")
        case "segregated": return qsTr("Segregated")
        case "aborted": return qsTr("Aborted")
        }
        return d
    }
}
