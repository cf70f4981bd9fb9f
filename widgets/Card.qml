import QtQuick
import QtQuick.Controls

// A white panel with a border: groups what belongs together on a screen.
Pane {
    id: card
    property color borderColor: Theme.border
    property int borderWidth: 1

    padding: 20
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: card.borderColor
        border.width: card.borderWidth
    }
}
