import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Where am I and who acts: terminal, connection, the signed-in person with their role and a
// one-tap "Switch user" for a shared terminal, the people screens for roles that may open them,
// and the time the audit trail records (UTC).
Rectangle {
    id: bar

    // Whether the signed-in person may open the people screens; `ready` makes the bindings
    // follow the session (can() itself notifies nothing).
    readonly property bool mayUsers: SessionController.ready
                                     && (SessionController.can("manageUsers") || SessionController.can("unlockUser"))
    readonly property bool maySecurityLog: SessionController.ready && SessionController.can("viewSecurityLog")
    readonly property color ink: Theme.primaryInk

    signal usersRequested()
    signal securityLogRequested()

    implicitHeight: 84
    color: Theme.primary

    component BarButton: BigButton {
        id: barButton
        // Narrower than the screen's big buttons (still 64 px high): the signed-in name needs
        // the room more than the buttons need the width.
        implicitWidth: Math.max(96, implicitContentWidth + leftPadding + rightPadding)
        implicitHeight: Theme.minTouch
        leftPadding: 16
        rightPadding: 16
        Layout.maximumWidth: 230
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        FocusRing { shown: barButton.visualFocus }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 20
        spacing: 12

        ColumnLayout {
            spacing: 0
            Text {
                text: qsTr("Chainkeeper")
                color: bar.ink
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            Text {
                objectName: "terminalLabel"
                text: qsTr("Terminal %1").arg(AppContext.terminalId)
                color: bar.ink
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            objectName: "connectionLabel"
            // Sync arrives with a later issue; until then the terminal works offline and says so.
            text: AppContext.connectionState === "offline" ? "○ " + qsTr("Offline")
                                                           : AppContext.connectionState
            color: bar.ink
            font.pixelSize: Theme.fontSmall
        }
        // Takes the room left over, so the name elides only when nothing else gives way.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Math.min(implicitWidth, 240)
            spacing: 0
            Text {
                objectName: "userNameLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                visible: SessionController.signedIn
                text: SessionController.printedName
                color: bar.ink
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "userRoleLabel"
                visible: SessionController.signedIn
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: SessionController.roleText
                color: bar.ink
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        BarButton {
            objectName: "usersButton"
            visible: bar.mayUsers
            text: qsTr("Users")
            onClicked: bar.usersRequested()
        }
        BarButton {
            objectName: "securityLogButton"
            visible: bar.maySecurityLog
            text: qsTr("Security log")
            onClicked: bar.securityLogRequested()
        }
        BarButton {
            objectName: "lockButton"
            visible: SessionController.signedIn && !SessionController.locked
            text: qsTr("Lock")
            onClicked: SessionController.lockNow()
        }
        BarButton {
            objectName: "switchUserButton"
            visible: SessionController.signedIn && !SessionController.locked
            text: qsTr("Switch user")
            onClicked: SessionController.switchUser()
        }
        Text {
            objectName: "clockLabel"
            text: qsTr("%1 UTC").arg(AppContext.formatUtc(AppContext.nowUtc, "HH:mm:ss"))
            color: bar.ink
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
    }
}
