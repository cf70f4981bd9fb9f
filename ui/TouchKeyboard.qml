import QtQuick
import QtQuick.VirtualKeyboard

// The on-screen keyboard of --touch (Qt Virtual Keyboard, Debian qml6-module-qtquick-virtualkeyboard
// and qt6-virtualkeyboard-plugin). It shows for text fields only: a field that asks for numbers
// (inputMethodHints) is typed on the screen's own numeric keypad, whose keys are made for
// gloves, so the keyboard stays down for it.
InputPanel {
    id: panel

    readonly property Item focusItem: Window.activeFocusItem
    readonly property bool numericField: focusItem !== null && focusItem.inputMethodHints !== undefined
                                         && (focusItem.inputMethodHints
                                             & (Qt.ImhFormattedNumbersOnly | Qt.ImhDigitsOnly)) !== 0
    readonly property bool shown: active && !numericField

    visible: shown
}
