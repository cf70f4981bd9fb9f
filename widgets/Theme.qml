pragma Singleton
import QtQuick

// Sizes and colours of the first screens. Colour never carries meaning alone: every state that
// is coloured also has a symbol and a word (see FlagLabel).
QtObject {
    // Text: nothing an operator must read is smaller than 18 px at arm's length.
    readonly property int fontSmall: 18
    readonly property int fontBody: 20
    readonly property int fontLarge: 24
    readonly property int fontTitle: 30
    readonly property int fontHuge: 40

    // A gloved fingertip needs a target of at least 64 px.
    readonly property int touchHeight: 72
    readonly property int spacing: 16
    readonly property int radius: 8

    readonly property color background: "#eef0f3"
    readonly property color surface: "#ffffff"
    readonly property color text: "#15191e"
    readonly property color textMuted: "#4a5360"
    readonly property color border: "#b9c1cc"
    readonly property color primary: "#1f4e8c"
    readonly property color primaryPressed: "#163a69"
    readonly property color primaryInk: "#ffffff"
    readonly property color selected: "#dce7f6"
    readonly property color disabled: "#d3d7dd"

    readonly property color inSpec: "#1d6b35"
    readonly property color inSpecTint: "#e3f3e7"
    readonly property color alert: "#8a5300"
    readonly property color alertTint: "#fff1d6"
    readonly property color outOfSpec: "#a3161b"
    readonly property color outOfSpecTint: "#fde4e4"
    readonly property color demo: "#ffd23f"
}
