import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// User administration: every account of the site (none is ever deleted) and the changes an
// administrator makes to them, each with a reason for the audit trail. Supervisors see it too,
// to unlock an account locked by failed sign-ins. What a role may do is decided by the core:
// buttons are hidden for convenience only.
Item {
    id: screen

    // The AppShell leaves this screen when the signed-in person may not see it.
    // `ready` makes the bindings follow the session: can() alone notifies nothing.
    readonly property bool mayManage: SessionController.ready && SessionController.can("manageUsers")
    readonly property bool mayUnlock: SessionController.ready && SessionController.can("unlockUser")
    readonly property bool allowed: mayManage || mayUnlock
    property string selectedUserId
    readonly property var selected: {
        users.count // re-evaluate after a reload
        return users.get(users.rowOf(selectedUserId))
    }
    // "", add, reset, roles, unlock, deactivate
    property string mode
    property var chosenRoles: []

    signal backRequested()

    function select(userId) {
        selectedUserId = userId
        mode = ""
        admin.clearError()
    }
    function begin(newMode) {
        admin.clearError()
        mode = newMode
        reasonField.clear()
        secretField.clear()
        chosenRoles = newMode === "roles" && selected.roles !== undefined ? selected.roles.slice() : []
        if (newMode === "add") {
            newIdField.clear(); newNameField.clear(); newBadgeField.clear(); newPasswordField.clear()
            newIdField.focusInput()
        } else if (newMode === "reset") {
            secretField.focusInput()
        } else {
            reasonField.focusInput()
        }
    }
    function toggleRole(role) {
        const roles = chosenRoles.slice()
        const at = roles.indexOf(role)
        if (at >= 0) roles.splice(at, 1); else roles.push(role)
        chosenRoles = roles
    }
    function apply() {
        let ok = false
        if (mode === "add") {
            ok = admin.add(newIdField.text, newNameField.text, newBadgeField.text, chosenRoles,
                           newPasswordField.text)
            if (ok) selectedUserId = newIdField.text.trim()
        } else if (mode === "reset") {
            ok = admin.resetPassword(selectedUserId, secretField.text, reasonField.text)
        } else if (mode === "roles") {
            ok = admin.setRoles(selectedUserId, chosenRoles, reasonField.text)
        } else if (mode === "unlock") {
            ok = admin.unlock(selectedUserId, reasonField.text)
        } else if (mode === "deactivate") {
            ok = admin.deactivate(selectedUserId, reasonField.text)
        }
        if (ok) mode = ""
    }
    function actionLabel() {
        switch (mode) {
        case "add": return qsTr("Add user")
        case "reset": return qsTr("Set temporary password")
        case "roles": return qsTr("Change roles")
        case "unlock": return qsTr("Unlock account")
        case "deactivate": return qsTr("Deactivate account")
        }
        return ""
    }

    UserListModel { id: users }
    UserAdminController {
        id: admin
        onChanged: users.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "usersBackButton"
                text: "‹ " + qsTr("Back")
                Accessible.name: qsTr("Back to today's work")
                onClicked: screen.backRequested()
            }
            Text {
                text: qsTr("Users")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Accounts: %1 · none is ever deleted").arg(users.count)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            ActionButton {
                objectName: "addUserButton"
                visible: screen.mayManage
                primary: true
                text: "+ " + qsTr("Add user")
                Accessible.name: qsTr("Add user")
                onClicked: screen.begin("add")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 24

            ListView {
                id: list
                objectName: "userList"
                Layout.preferredWidth: 460
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: users
                ScrollBar.vertical: ScrollBar { width: 16 }

                delegate: ItemDelegate {
                    id: row
                    required property string userId
                    required property string printedName
                    required property string roleText
                    required property string status
                    objectName: "user_" + userId
                    width: ListView.view.width - 20
                    implicitHeight: 88
                    padding: 10
                    leftPadding: 16
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("%1, %2").arg(printedName).arg(userId)
                    onClicked: screen.select(userId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: row.userId === screen.selectedUserId || row.down ? Theme.selected : Theme.surface
                        border.color: row.userId === screen.selectedUserId ? Theme.primary : Theme.border
                        border.width: row.userId === screen.selectedUserId ? 3 : 1
                        FocusRing { shown: row.visualFocus }
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: row.printedName
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: row.status === "deactivated" ? Theme.textMuted : Theme.text
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                text: row.userId + " · " + row.roleText
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                            }
                        }
                        UserStatusLabel {
                            objectName: "userStatus"
                            status: row.status
                        }
                    }
                }
            }

            Card {
                objectName: "userPanel"
                Layout.fillWidth: true
                Layout.fillHeight: true
                padding: 24

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 12

                    // Nothing chosen yet.
                    Text {
                        visible: screen.mode === "" && screen.selectedUserId === ""
                        Layout.fillWidth: true
                        text: qsTr("Tap a user to see the account and what you can change.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }

                    // The chosen account.
                    ColumnLayout {
                        visible: screen.mode !== "add" && screen.selectedUserId !== ""
                        Layout.fillWidth: true
                        spacing: 4
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                objectName: "selectedName"
                                Layout.fillWidth: true
                                text: screen.selected.printedName || ""
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            UserStatusLabel {
                                objectName: "selectedStatus"
                                status: screen.selected.status || ""
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("User id %1 · badge %2").arg(screen.selected.userId || "")
                                      .arg(screen.selected.badgeId ? screen.selected.badgeId : qsTr("none"))
                            font.pixelSize: Theme.fontSmall
                            font.family: Theme.monoFamily
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Roles: %1").arg(screen.selected.roleText || "")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: (screen.selected.lastChange || "") !== ""
                            text: qsTr("Last change: %1, %2 UTC").arg(screen.selected.lastChange || "")
                                      .arg(screen.selected.lastChangeUtc ? AppContext.formatUtc(screen.selected.lastChangeUtc, "yyyy-MM-dd HH:mm") : "")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                    }

                    // What may be done to it.
                    Flow {
                        visible: screen.mode === "" && screen.selectedUserId !== ""
                        Layout.fillWidth: true
                        spacing: 12
                        ActionButton {
                            objectName: "resetPasswordButton"
                            visible: screen.mayManage
                            text: qsTr("Reset password")
                            onClicked: screen.begin("reset")
                        }
                        ActionButton {
                            objectName: "rolesButton"
                            visible: screen.mayManage && screen.selected.status !== "deactivated"
                            text: qsTr("Change roles")
                            onClicked: screen.begin("roles")
                        }
                        ActionButton {
                            objectName: "unlockUserButton"
                            visible: screen.mayUnlock && screen.selected.status === "locked"
                            text: qsTr("Unlock")
                            onClicked: screen.begin("unlock")
                        }
                        ActionButton {
                            objectName: "deactivateButton"
                            visible: screen.mayManage
                                     && screen.selected.status !== "deactivated"
                                     && screen.selectedUserId !== SessionController.userId
                            text: qsTr("Deactivate")
                            onClicked: screen.begin("deactivate")
                        }
                    }

                    // A new account.
                    GridLayout {
                        visible: screen.mode === "add"
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 16
                        rowSpacing: 8
                        FormField {
                            id: newIdField
                            objectName: "newUserId"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            label: qsTr("User id")
                            mono: true
                            onAccepted: newNameField.focusInput()
                        }
                        FormField {
                            id: newNameField
                            objectName: "newUserName"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            label: qsTr("Printed name")
                            onAccepted: newBadgeField.focusInput()
                        }
                        FormField {
                            id: newBadgeField
                            objectName: "newUserBadge"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            label: qsTr("Badge (optional)")
                            mono: true
                            onAccepted: newPasswordField.focusInput()
                        }
                        FormField {
                            id: newPasswordField
                            objectName: "newUserPassword"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            label: qsTr("Initial password")
                            secret: true
                            maximumLength: 128
                        }
                    }

                    // The temporary password of a reset.
                    FormField {
                        id: secretField
                        objectName: "temporaryPassword"
                        visible: screen.mode === "reset"
                        Layout.fillWidth: true
                        label: qsTr("Temporary password (changed at the next sign-in)")
                        secret: true
                        maximumLength: 128
                        onAccepted: reasonField.focusInput()
                    }

                    // Roles of a new account or a role change.
                    Text {
                        visible: screen.mode === "add" || screen.mode === "roles"
                        text: qsTr("Roles")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                    }
                    Flow {
                        visible: screen.mode === "add" || screen.mode === "roles"
                        Layout.fillWidth: true
                        spacing: 12
                        Repeater {
                            model: ["operator", "supervisor", "qa", "administrator"]
                            ActionButton {
                                required property string modelData
                                objectName: "role_" + modelData
                                checkable: true
                                checked: screen.chosenRoles.indexOf(modelData) >= 0
                                text: SessionController.roleName(modelData)
                                onClicked: screen.toggleRole(modelData)
                            }
                        }
                    }

                    // Why: every change to an account is recorded with a reason.
                    FormField {
                        id: reasonField
                        objectName: "reasonField"
                        visible: screen.mode !== "" && screen.mode !== "add"
                        Layout.fillWidth: true
                        label: qsTr("Reason (recorded in the audit trail)")
                        maximumLength: 200
                    }

                    Text {
                        objectName: "doneText"
                        visible: admin.doneText !== ""
                        Layout.fillWidth: true
                        text: "✓ " + admin.doneText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.inSpec
                        wrapMode: Text.Wrap
                    }
                    ErrorArea {
                        objectName: "userAdminError"
                        Layout.fillWidth: true
                        text: admin.errorText
                    }
                    Item { Layout.fillHeight: true }
                    RowLayout {
                        visible: screen.mode !== ""
                        Layout.fillWidth: true
                        spacing: 16
                        ActionButton {
                            objectName: "cancelChangeButton"
                            text: qsTr("Cancel")
                            implicitHeight: Theme.confirmHeight
                            onClicked: { screen.mode = ""; admin.clearError() }
                        }
                        ConfirmBar {
                            objectName: "applyChangeButton"
                            Layout.fillWidth: true
                            implicitWidth: 300
                            label: screen.actionLabel()
                            enabled: screen.mode === "add"
                                     ? newIdField.text.trim() !== "" && newNameField.text.trim() !== ""
                                       && newPasswordField.text !== "" && screen.chosenRoles.length > 0
                                     : reasonField.text.trim() !== ""
                                       && (screen.mode !== "reset" || secretField.text !== "")
                                       && (screen.mode !== "roles" || screen.chosenRoles.length > 0)
                            onConfirmed: screen.apply()
                        }
                    }
                }
            }
        }
    }
}
