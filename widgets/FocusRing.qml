import QtQuick

// The keyboard-focus ring every interactive control draws around itself: operators with a
// keyboard (supervisors at the desk terminal) must see where Tab went. Outside the control so
// it never covers its text; not shown for touch, where it would only be noise.
Rectangle {
    objectName: "focusRing"
    property bool shown: false
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth - 2
    radius: Theme.radius + 4
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focus
    visible: shown
    z: 10
}
