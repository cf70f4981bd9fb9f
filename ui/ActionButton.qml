import QtQuick
import Chainkeeper.Widgets

// BigButton with the focus ring and its text as the accessible name, as the people screens use
// it everywhere.
BigButton {
    id: button
    Accessible.name: text
    FocusRing { shown: button.visualFocus }
}
