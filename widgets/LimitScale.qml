import QtQuick

// Where a value stands against its limits, drawn as a horizontal scale: action zones (red) at
// the ends, alert zones (amber) inside them, in-spec (green) in the middle, a target tick and a
// marker for the entered value. Numbers under the bar name every limit, so the scale reads
// without colour. A NaN limit is absent; a side with no limit at all is open and the scale runs
// one span past the last limit there, so "≤ 24 h" still shows room below.
Item {
    id: ls

    property real actionLow: NaN
    property real alertLow: NaN
    property real target: NaN
    property real alertHigh: NaN
    property real actionHigh: NaN
    property real value: NaN
    property int decimals: 1
    property string unit

    readonly property var limits: [actionLow, alertLow, target, alertHigh, actionHigh].filter(v => isFinite(v))
    readonly property bool hasLimits: limits.length > 0
    readonly property real lowestLimit: hasLimits ? Math.min.apply(null, limits) : 0
    readonly property real highestLimit: hasLimits ? Math.max.apply(null, limits) : 1
    readonly property real span: highestLimit > lowestLimit ? highestLimit - lowestLimit
                                 : Math.max(Math.abs(highestLimit), 1)
    readonly property bool openBelow: !isFinite(actionLow) && !isFinite(alertLow)
    readonly property bool openAbove: !isFinite(actionHigh) && !isFinite(alertHigh)
    // "A bit below actionLow, a bit above actionHigh": 15 % of the limit span each side, so a
    // value just out of spec still lands on the scale rather than at its edge.
    readonly property real rangeLow: lowestLimit - (openBelow ? span : span * 0.15)
    readonly property real rangeHigh: highestLimit + (openAbove ? span : span * 0.15)

    // 0..1 along the bar; values beyond the range clamp to its ends, NaN stays NaN (no marker).
    function positionOf(v) {
        if (!isFinite(v))
            return NaN
        return Math.max(0, Math.min(1, (v - rangeLow) / (rangeHigh - rangeLow)))
    }
    function xOf(v) { return positionOf(v) * bar.width }
    function fmt(v) { return Number(v).toLocaleString(Qt.locale(), 'f', decimals) }
    // Edges of the zones; an absent limit falls back to the next one inward or the scale end.
    readonly property real inLow: isFinite(alertLow) ? alertLow : isFinite(actionLow) ? actionLow : rangeLow
    readonly property real inHigh: isFinite(alertHigh) ? alertHigh : isFinite(actionHigh) ? actionHigh : rangeHigh
    readonly property real alertFrom: isFinite(actionLow) ? actionLow : rangeLow
    readonly property real alertTo: isFinite(actionHigh) ? actionHigh : rangeHigh
    readonly property bool clampedLow: isFinite(value) && value < rangeLow
    readonly property bool clampedHigh: isFinite(value) && value > rangeHigh

    implicitWidth: 560
    implicitHeight: markerLabel.height + bar.height + 44
    visible: hasLimits
    Accessible.role: Accessible.Indicator
    Accessible.name: {
        const parts = []
        if (isFinite(actionLow) || isFinite(actionHigh))
            parts.push(qsTr("action limits %1 to %2").arg(isFinite(actionLow) ? fmt(actionLow) : "–")
                       .arg(isFinite(actionHigh) ? fmt(actionHigh) : "–"))
        if (isFinite(alertLow) || isFinite(alertHigh))
            parts.push(qsTr("alert limits %1 to %2").arg(isFinite(alertLow) ? fmt(alertLow) : "–")
                       .arg(isFinite(alertHigh) ? fmt(alertHigh) : "–"))
        if (isFinite(target))
            parts.push(qsTr("target %1").arg(fmt(target)))
        if (isFinite(value))
            parts.push(qsTr("entered %1").arg(fmt(value)))
        return qsTr("Limit scale") + ": " + parts.join(", ") + (unit !== "" ? " " + unit : "")
    }

    // The entered value above the bar, kept inside the scale's width at the ends.
    Text {
        id: markerLabel
        objectName: "markerLabel"
        visible: isFinite(ls.value)
        text: (ls.clampedLow ? "◀ " : "") + ls.fmt(ls.value) + (ls.clampedHigh ? " ▶" : "")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        height: Theme.fontLarge + 8
        x: Math.max(0, Math.min(ls.width - width, ls.xOf(ls.value) - width / 2))
    }

    Rectangle {
        id: bar
        objectName: "bar"
        y: markerLabel.height + 4
        width: ls.width
        height: 28
        radius: 4
        color: Theme.bandAction
        border.color: Theme.border
        border.width: 1
        // Alert band inside the action limits, in-spec band inside the alert limits.
        Rectangle {
            x: ls.xOf(ls.alertFrom); width: ls.xOf(ls.alertTo) - x
            y: 1; height: parent.height - 2
            color: Theme.bandAlert
        }
        Rectangle {
            objectName: "inSpecBand"
            x: ls.xOf(ls.inLow); width: ls.xOf(ls.inHigh) - x
            y: 1; height: parent.height - 2
            color: Theme.bandInSpec
        }
        // Target: a thick dark tick through the bar.
        Rectangle {
            objectName: "targetTick"
            visible: isFinite(ls.target)
            width: 4; height: parent.height + 12; y: -6
            x: ls.xOf(ls.target) - width / 2
            color: Theme.text
        }
        // Entered value: a marker with a light edge so it shows on every band.
        Rectangle {
            objectName: "valueMarker"
            visible: isFinite(ls.value)
            width: 12; height: parent.height + 10; y: -5
            x: Math.max(0, Math.min(parent.width, ls.xOf(ls.value))) - width / 2
            radius: 3
            color: Theme.primary
            border.color: Theme.surface
            border.width: 2
        }
    }

    // Limit numbers under the bar: the scale must read without colour.
    Repeater {
        model: [
            { v: ls.actionLow, mark: "" }, { v: ls.alertLow, mark: "" },
            { v: ls.target, mark: "◆ " }, { v: ls.alertHigh, mark: "" },
            { v: ls.actionHigh, mark: "" }
        ].filter(l => isFinite(l.v))
        Text {
            required property var modelData
            // modelData is briefly undefined while the Repeater swaps delegates on a limit change.
            readonly property real limit: modelData ? modelData.v : NaN
            readonly property string mark: modelData ? modelData.mark : ""
            text: mark + ls.fmt(limit)
            font.pixelSize: Theme.fontSmall
            font.bold: mark !== ""
            color: Theme.text
            y: bar.y + bar.height + 8
            x: Math.max(0, Math.min(ls.width - width, ls.xOf(limit) - width / 2))
        }
    }
}
