import QtQuick
import QtQuick.NoSuchVirtualKeyboard

// Loaded by tst_settings in place of ui/TouchKeyboard.qml: its import cannot be found, as on a
// terminal without Qt Virtual Keyboard. The window must still start and say why.
InputPanel {
}
