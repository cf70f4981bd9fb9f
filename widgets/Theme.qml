pragma Singleton
import QtQuick

// Sizes and colours of the first screens. Colour never carries meaning alone: every state that
// is coloured also has a symbol and a word (see FlagLabel).
// `highContrast` switches to a darker palette for a badly lit room or weak eyes; every colour
// below is a binding on it, so the screens need no change to follow it.
QtObject {
    property bool highContrast: false

    // Text: nothing an operator must read is smaller than 18 px at arm's length.
    readonly property int fontSmall: 18
    readonly property int fontBody: 20
    readonly property int fontLarge: 24
    readonly property int fontTitle: 30
    readonly property int fontHuge: 40
    // Ids must be read character by character (0 vs O, 1 vs l): a monospace face.
    readonly property string monoFamily: "DejaVu Sans Mono"

    // A gloved fingertip needs a target of at least 64 px.
    readonly property int minTouch: 64
    readonly property int touchHeight: 72
    // The one action of a screen is taller still: it is hit without looking.
    readonly property int confirmHeight: 80
    // Keypad keys: two pairs of gloves make a fingertip about 20 mm wide.
    readonly property int keyWidth: 96
    readonly property int keyHeight: 72
    readonly property int spacing: 16
    readonly property int radius: 8
    readonly property int focusWidth: 4

    readonly property color background: highContrast ? "#ffffff" : "#eef0f3"
    readonly property color surface: "#ffffff"
    readonly property color text: highContrast ? "#000000" : "#15191e"
    readonly property color textMuted: highContrast ? "#1f1f1f" : "#4a5360"
    readonly property color border: highContrast ? "#000000" : "#b9c1cc"
    readonly property color primary: highContrast ? "#002b66" : "#1f4e8c"
    readonly property color primaryPressed: highContrast ? "#001a40" : "#163a69"
    readonly property color primaryInk: "#ffffff"
    readonly property color selected: highContrast ? "#c4d7f5" : "#dce7f6"
    readonly property color disabled: highContrast ? "#bfbfbf" : "#d3d7dd"
    // Keyboard focus: a ring no state colour uses, so focus never reads as a verdict.
    readonly property color focus: highContrast ? "#6a00b8" : "#7b2cbf"

    readonly property color inSpec: highContrast ? "#0b4d20" : "#1d6b35"
    readonly property color inSpecTint: "#e3f3e7"
    readonly property color alert: highContrast ? "#5c3700" : "#8a5300"
    readonly property color alertTint: "#fff1d6"
    readonly property color outOfSpec: highContrast ? "#7a0005" : "#a3161b"
    readonly property color outOfSpecTint: "#fde4e4"
    readonly property color demo: "#ffd23f"

    // Limit-scale bands: stronger than the tints so the zones stay apart on a washed-out panel,
    // light enough that the dark marker and tick labels on them keep AA contrast.
    readonly property color bandInSpec: highContrast ? "#8fd19e" : "#b5e2c0"
    readonly property color bandAlert: highContrast ? "#ffc35c" : "#ffd98a"
    readonly property color bandAction: highContrast ? "#f59a9a" : "#f7b9b9"
}
