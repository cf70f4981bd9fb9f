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
    // Supervisors and QA decide deviations at their desk.
    readonly property bool mayDecide: SessionController.ready && SessionController.can("resolve")
    readonly property color ink: Theme.primaryInk

    signal usersRequested()
    signal securityLogRequested()
    signal settingsRequested()
    signal deviationDeskRequested()

    implicitHeight: 84
    color: Theme.primary

    component BarButton: BigButton {
        id: barButton
        // Narrower than the screen's big buttons (still 64 px high): the signed-in name needs
        // the room more than the buttons need the width.
        implicitWidth: Math.max(96, implicitContentWidth + leftPadding + rightPadding)
        implicitHeight: Theme.minTouch
        leftPadding: 12
        rightPadding: 12
        // Long labels (French, German) elide at this width rather than push the clock out.
        Layout.maximumWidth: 190
        font.pixelSize: Theme.fontBody
        Accessible.name: text
        FocusRing { shown: barButton.visualFocus }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 20
        spacing: 10

        ColumnLayout {
            spacing: 0
            // The terminal's name from the settings screen, else the product's; the suite and
            // the terminal id the audit trail stamps below it.
            Text {
                objectName: "terminalNameLabel"
                Layout.maximumWidth: 260
                text: SettingsController.terminalName !== "" ? SettingsController.terminalName
                                                             : qsTr("Chainkeeper")
                color: bar.ink
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "terminalLabel"
                Layout.maximumWidth: 260
                text: SettingsController.suite !== ""
                      ? qsTr("%1 · terminal %2").arg(SettingsController.suite).arg(AppContext.terminalId)
                      : qsTr("Terminal %1").arg(AppContext.terminalId)
                color: bar.ink
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        // Takes the room left over, so the name elides only when nothing else gives way.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Math.min(implicitWidth, 110)
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
            objectName: "deviationDeskButton"
            visible: bar.mayDecide
            // ⚠: another terminal is offline too long or flagged (listed on the desk).
            text: qsTr("Deviations") + (SyncController.offlineTerminalCount > 0 ? " ⚠" : "")
            onClicked: bar.deviationDeskRequested()
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
        // A compact icon: the bar has no room for another word, and settings are rare.
        BarButton {
            id: settingsButton
            objectName: "settingsButton"
            visible: SessionController.ready
            implicitWidth: Theme.minTouch
            Layout.maximumWidth: Theme.minTouch
            leftPadding: 0
            rightPadding: 0
            text: "⚙"
            font.pixelSize: 30
            Accessible.name: qsTr("Settings")
            onClicked: bar.settingsRequested()
        }
        // The time the audit trail records, and under it the connection: never squeezed out by
        // long button labels (German), so it has a minimum width of its own.
        ColumnLayout {
            Layout.minimumWidth: implicitWidth
            spacing: 0
            Text {
                objectName: "clockLabel"
                text: qsTr("%1 UTC").arg(AppContext.formatUtc(AppContext.nowUtc, "HH:mm:ss"))
                color: bar.ink
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            // The sync with the central server: online, syncing or offline (also when no server
            // is configured: never a made-up "online"), what is not yet sent, and the time of the
            // last successful sync. A tap syncs now.
            Text {
                objectName: "connectionLabel"
                readonly property string stateText: SyncController.state === "online"
                                                    ? "● " + qsTr("Online")
                                                    : SyncController.state === "syncing"
                                                      ? "◐ " + qsTr("Syncing")
                                                      : "○ " + qsTr("Offline")
                text: stateText
                      + (SyncController.waiting > 0
                         ? " · " + qsTr("%1 waiting").arg(SyncController.waiting) : "")
                      + (SyncController.lastSyncUtc !== ""
                         ? " · " + AppContext.formatUtc(new Date(SyncController.lastSyncUtc), "HH:mm") + " UTC"
                         : "")
                color: bar.ink
                font.pixelSize: Theme.fontSmall
                Accessible.name: text
                Accessible.description: SyncController.lastError
                MouseArea {
                    anchors.fill: parent
                    enabled: SyncController.configured
                    onClicked: SyncController.syncNow()
                }
            }
        }
    }
}
