import QtQuick
import QtTest
import Chainkeeper
import Chainkeeper.Ui

// People, sign-in and signatures, end to end on the real AppShell: the store starts without any
// user, so the first screen is the first administrator's. The test functions run in order and
// build on each other, as a shift at one terminal would.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    Component {
        id: rogueAdmin
        UserAdminController {}
    }
    Component {
        id: rogueLog
        SecurityLogModel {}
    }

    TestCase {
        id: test
        name: "Session"
        when: windowShown

        function find(name, parentItem) {
            const item = findChild(parentItem === undefined ? shell : parentItem, name)
            verify(item !== null, "no item named " + name)
            return item
        }
        function typeInto(fieldName, text, parentItem) {
            const input = find(fieldName + "Input", parentItem)
            verify(input.visible && input.enabled, fieldName + " takes input")
            // A form that just appeared is laid out at the next polish: click where it is then.
            waitForRendering(shell)
            mouseClick(input)
            tryVerify(() => input.activeFocus, 2000, fieldName + " has focus")
            input.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(input.text, text)
        }
        function press(name, parentItem) {
            // Delegates of a list that was just shown appear at the next polish.
            const where = parentItem === undefined ? shell : parentItem
            tryVerify(() => findChild(where, name) !== null, 2000, "no item named " + name)
            const button = find(name, parentItem)
            tryVerify(() => button.visible && button.enabled, 2000, name + " can be pressed")
            mouseClick(button)
        }
        function waitIdle() {
            tryCompare(SessionController, "busy", false, 5000)
        }
        function signIn(identifier, password) {
            verify(find("signInScreen").visible, "the sign-in screen shows")
            typeInto("signInId", identifier)
            typeInto("signInPassword", password)
            press("signInButton")
            waitIdle()
        }
        function switchUser() {
            press("switchUserButton")
            tryCompare(SessionController, "signedIn", false)
            verify(find("signInScreen").visible)
        }
        function shot(name) {
            const dir = fixture.shotDir()
            if (dir !== "") {
                waitForRendering(shell)
                grabImage(root).save(dir + "/" + name + ".png") // throws when it cannot write
            }
        }
        function currentScreen() {
            return shell.stack.currentItem.objectName
        }
        function logHas(model, type, user) {
            for (let i = 0; i < model.count; ++i) {
                const row = model.get(i)
                if (row.type === type && row.user === user)
                    return true
            }
            return false
        }

        function test_1_first_run_creates_the_administrator() {
            verify(SessionController.needsFirstAdministrator)
            verify(find("firstRunScreen").visible)
            verify(!find("signInScreen").visible)
            verify(!shell.stack.visible, "no batch data before anyone signs in")
            verify(find("demoBanner").visible, "the demo banner is on the first-run screen too")
            verify(find("passwordRules").text.indexOf("10") >= 0, find("passwordRules").text)

            typeInto("firstRunUserId", "demo.admin")
            typeInto("firstRunName", "Ada Demo (administrator)")
            typeInto("firstRunBadge", "BADGE-ADM-1")
            typeInto("firstRunPassword", "Demo-admin-1")
            typeInto("firstRunConfirm", "Demo-admin-2")
            press("createAdminButton")
            tryVerify(() => SessionController.errorText.indexOf("differ") >= 0, 2000,
                      SessionController.errorText)
            verify(find("firstRunError").visible)
            verify(!SessionController.signedIn)
            shot("first-run")

            // The core's password policy, shown as the core words it.
            typeInto("firstRunPassword", "short-pw")
            typeInto("firstRunConfirm", "short-pw")
            press("createAdminButton")
            waitIdle()
            verify(SessionController.errorText.indexOf("at least 10 characters") >= 0,
                   SessionController.errorText)
            verify(SessionController.needsFirstAdministrator)

            typeInto("firstRunPassword", "Demo-admin-1")
            typeInto("firstRunConfirm", "Demo-admin-1")
            press("createAdminButton")
            waitIdle()
            tryCompare(SessionController, "signedIn", true)
            compare(SessionController.userId, "demo.admin")
            verify(SessionController.ready)
            verify(!SessionController.needsFirstAdministrator)
            verify(!find("firstRunScreen").visible)
            verify(shell.stack.visible)
            compare(currentScreen(), "todayScreen")
            verify(find("userNameLabel").text.indexOf("Ada Demo (administrator)") >= 0)
            compare(find("userRoleLabel").text, "Administrator")
            verify(find("usersButton").visible)
            verify(find("securityLogButton").visible)
        }

        function test_2_a_new_user_changes_the_temporary_password() {
            press("usersButton")
            tryCompare(shell.stack, "depth", 2)
            compare(currentScreen(), "userAdminScreen")
            const screen = shell.stack.currentItem

            press("addUserButton", screen)
            typeInto("newUserId", "temp.user", screen)
            typeInto("newUserName", "Tess Temporary", screen)
            typeInto("newUserBadge", "BADGE-TMP-1", screen)
            typeInto("newUserPassword", "Initial-pass-1", screen)
            verify(!find("applyChangeButton", screen).enabled, "a new user needs a role")
            shot("users-add")
            press("role_operator", screen)
            press("applyChangeButton", screen)
            tryVerify(() => findChild(screen, "user_temp.user") !== null, 2000, "the list shows the new user")
            verify(find("doneText", screen).visible)
            compare(find("selectedStatus", screen).status, "active")

            switchUser()
            signIn("temp.user", "Initial-pass-1")
            tryCompare(SessionController, "mustChangePassword", true)
            verify(find("changePasswordScreen").visible)
            verify(!shell.stack.visible, "nothing else until the password is changed")
            verify(!SessionController.can("execute"), "no permission while the change is due")

            typeInto("currentPassword", "Initial-pass-1")
            typeInto("newPassword", "Changed-pass-1")
            typeInto("confirmPassword", "Changed-pass-2")
            press("changePasswordButton")
            tryVerify(() => SessionController.errorText.indexOf("differ") >= 0, 2000)
            shot("change-password")

            typeInto("currentPassword", "Initial-pass-1")
            typeInto("newPassword", "Initial-pass-1")
            typeInto("confirmPassword", "Initial-pass-1")
            press("changePasswordButton")
            waitIdle()
            verify(SessionController.errorText.indexOf("last 5") >= 0, SessionController.errorText)

            typeInto("currentPassword", "Initial-pass-1")
            typeInto("newPassword", "Changed-pass-1")
            typeInto("confirmPassword", "Changed-pass-1")
            press("changePasswordButton")
            waitIdle()
            tryCompare(SessionController, "mustChangePassword", false)
            verify(SessionController.ready)
            verify(!find("changePasswordScreen").visible)
            // The users screen the administrator left open was closed for the operator.
            compare(currentScreen(), "todayScreen")
            verify(!find("usersButton").visible)
            verify(!find("securityLogButton").visible)
        }

        function test_3_wrong_passwords_are_refused_and_the_fifth_locks() {
            compare(fixture.addDemoPeople(), "")
            SessionController.refresh()
            tryCompare(SessionController, "signedIn", false)
            verify(find("signInScreen").visible)
            // The id field has the focus, for a badge scan.
            tryVerify(() => find("signInIdInput").activeFocus, 2000)

            for (let attempt = 1; attempt <= 5; ++attempt) {
                signIn("demo.operator2", "Wrong-password-" + attempt)
                verify(!SessionController.signedIn)
                verify(SessionController.errorText.indexOf("Sign-in refused") >= 0,
                       SessionController.errorText)
                verify(find("signInError").visible)
                compare(find("signInPasswordInput").text, "", "a refusal clears the password")
                compare(find("signInIdInput").text, "demo.operator2", "and keeps the user id")
            }
            shot("signin-refused")
            // Locked now: the right password is refused the same way.
            signIn("demo.operator2", "Demo-operator-2")
            verify(!SessionController.signedIn)
            verify(SessionController.errorText.indexOf("Sign-in refused") >= 0)
        }

        function test_4_badge_sign_in_and_the_security_log() {
            signIn("BADGE-SUP-1", "Demo-supervisor-1")
            tryCompare(SessionController, "signedIn", true)
            compare(SessionController.userId, "demo.supervisor")
            compare(find("userRoleLabel").text, "Supervisor")
            verify(find("securityLogButton").visible)
            verify(find("usersButton").visible, "supervisors unlock accounts")

            press("securityLogButton")
            tryCompare(shell.stack, "depth", 2)
            compare(currentScreen(), "securityLogScreen")
            const screen = shell.stack.currentItem
            const log = screen.model
            compare(log.errorText, "")
            verify(logHas(log, "user.locked", "demo.operator2"), "the lock after five failures is listed")
            verify(logHas(log, "signin.failed", "demo.operator2"))
            verify(logHas(log, "user.deactivated", "") === false)
            compare(log.get(0).type, "signin.succeeded", "newest first")
            compare(log.get(0).actor, "demo.supervisor")

            press("filter_lock", screen)
            tryCompare(log, "kind", "lock")
            verify(log.count > 0)
            for (let i = 0; i < log.count; ++i)
                compare(log.get(i).kind, "lock")
            verify(logHas(log, "user.locked", "demo.operator2"))
            tryVerify(() => findChild(screen, "logRow_user.locked") !== null, 2000, "shown in the list")
            shot("security-log-locks")

            // The supervisor unlocks the account; a supervisor manages nothing else.
            press("usersButton")
            tryVerify(() => currentScreen() === "userAdminScreen", 2000)
            const users = shell.stack.currentItem
            verify(!find("addUserButton", users).visible)
            press("user_demo.operator2", users)
            compare(find("selectedStatus", users).status, "locked")
            verify(!find("resetPasswordButton", users).visible)
            verify(!find("deactivateButton", users).visible)
            press("unlockUserButton", users)
            verify(!find("applyChangeButton", users).enabled, "an unlock needs a reason")
            typeInto("reasonField", "Identity checked in person", users)
            shot("users-unlock")
            press("applyChangeButton", users)
            tryCompare(find("selectedStatus", users), "status", "active")
        }

        function test_5_the_lock_covers_the_open_batch() {
            shell.showToday()
            const list = find("orderList")
            tryVerify(() => list.count > 0, 2000)
            press("order_ORD-2026-0143")
            tryCompare(shell.stack, "depth", 2)
            compare(currentScreen(), "executionScreen")
            const batchId = shell.controller.batchId

            fixture.advanceMinutes(SessionController.inactivityMinutes + 1)
            verify(SessionController.checkIdle())
            tryCompare(SessionController, "locked", true)
            verify(find("lockScreen").visible)
            verify(!shell.stack.visible)
            verify(!find("switchUserButton").visible)
            verify(find("lockedBy").text.indexOf("Sam Demo (supervisor)") >= 0, find("lockedBy").text)
            verify(!SessionController.can("execute"))

            // Another person's password does not open it.
            typeInto("unlockPassword", "Demo-operator-1")
            press("unlockButton")
            waitIdle()
            verify(SessionController.locked)
            verify(SessionController.errorText.indexOf("Wrong password") >= 0, SessionController.errorText)
            verify(find("unlockError").visible)
            shot("lock-refused")

            typeInto("unlockPassword", "Demo-supervisor-1")
            press("unlockButton")
            waitIdle()
            tryCompare(SessionController, "locked", false)
            verify(!find("lockScreen").visible)
            verify(shell.stack.visible)
            compare(shell.stack.depth, 2, "the batch stayed where it was")
            compare(currentScreen(), "executionScreen")
            compare(shell.controller.batchId, batchId)

            // A tap after the idle time locks too, and the tap goes to the lock screen.
            fixture.advanceMinutes(SessionController.inactivityMinutes + 1)
            mouseClick(find("clockLabel"))
            tryCompare(SessionController, "locked", true)
            verify(find("lockScreen").visible)
        }

        function test_6_someone_else_signs_in_over_the_lock() {
            verify(SessionController.locked)
            press("lockSwitchUserButton")
            tryCompare(SessionController, "signedIn", false)
            verify(find("signInScreen").visible)
            compare(shell.stack.depth, 2)

            // The demo card fills both fields.
            press("demoUser_demo.operator")
            compare(find("signInIdInput").text, "demo.operator")
            compare(find("signInPasswordInput").text, "Demo-operator-1")
            press("signInButton")
            waitIdle()
            tryCompare(SessionController, "signedIn", true)
            compare(SessionController.userId, "demo.operator")
            compare(currentScreen(), "executionScreen", "a handover continues the batch")
            verify(!find("usersButton").visible)
            verify(!find("securityLogButton").visible)
            verify(!SessionController.can("manageUsers"))
            verify(SessionController.can("execute"))

            // Hidden is not refused: the core refuses what an operator may not do.
            const admin = createTemporaryObject(rogueAdmin, test)
            verify(!admin.deactivate("demo.qa", "trying"))
            verify(admin.errorText.indexOf("refused") >= 0, admin.errorText)
            const log = createTemporaryObject(rogueLog, test)
            compare(log.count, 0)
            verify(log.errorText.indexOf("refused") >= 0, log.errorText)
            shell.showSecurityLog()
            compare(currentScreen(), "securityLogScreen")
            verify(find("securityLogError", shell.stack.currentItem).visible)
            compare(shell.stack.currentItem.model.count, 0)
            shell.showToday()
        }

        function test_7_the_administrator_deactivates_a_user() {
            switchUser()
            signIn("demo.admin", "Demo-admin-1")
            tryCompare(SessionController, "signedIn", true)
            press("usersButton")
            tryVerify(() => currentScreen() === "userAdminScreen", 2000)
            const users = shell.stack.currentItem
            press("user_temp.user", users)
            press("deactivateButton", users)
            verify(!find("applyChangeButton", users).enabled, "deactivating needs a reason")
            typeInto("reasonField", "Left the company", users)
            press("applyChangeButton", users)
            tryCompare(find("selectedStatus", users), "status", "deactivated")
            verify(!find("deactivateButton", users).visible)
            // Nobody deactivates their own account: the button is not offered.
            press("user_demo.admin", users)
            verify(!find("deactivateButton", users).visible)

            switchUser()
            signIn("temp.user", "Changed-pass-1")
            verify(!SessionController.signedIn, "a deactivated account cannot sign in")
            verify(SessionController.errorText.indexOf("Sign-in refused") >= 0)
        }

        // The dialog on its own, as any screen that asks for a signature opens it (the step flow
        // through it is in tst_first_screen).
        Component {
            id: dialogComponent
            SignatureDialog {}
        }
        SignalSpy {
            id: submittedSpy
            signalName: "submitted"
        }
        SignalSpy {
            id: cancelledSpy
            signalName: "cancelled"
        }

        function test_8_signature_dialog() {
            signIn("demo.operator", "Demo-operator-1")
            tryCompare(SessionController, "signedIn", true)
            const dialog = createTemporaryObject(dialogComponent, shell)
            verify(dialog !== null)
            submittedSpy.target = dialog
            cancelledSpy.target = dialog
            dialog.meaning = "Performed"
            dialog.signsText = "Step 3 of 33: Temperature on arrival\nEntry: 5.0 °C (in spec)"
            dialog.needsUserId = SessionController.signatureNeedsUserId()
            verify(dialog.needsUserId, "the first signature of a session needs both components")
            dialog.witness = false
            dialog.open()
            tryCompare(dialog, "opened", true)
            const content = dialog.contentItem
            compare(find("signatureSigns", content).text, dialog.signsText)
            verify(find("signerLine", content).text.indexOf("Olivia Demo (operator)") >= 0)
            const idInput = find("signatureUserIdInput", content)
            verify(idInput.visible)
            compare(idInput.text, "", "the user id is typed, never filled in")
            verify(!find("signatureSign", content).enabled)
            typeInto("signatureUserId", "demo.operator", content)
            typeInto("signaturePassword", "Demo-operator-1", content)
            submittedSpy.clear()
            press("signatureSign", content)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "demo.operator")
            compare(submittedSpy.signalArguments[0][1], "Demo-operator-1")
            dialog.errorText = "wrong password"
            verify(find("signatureError", content).visible)
            dialog.close()
            tryCompare(dialog, "visible", false)

            // A second person: the verifier's own id and password.
            dialog.witness = true
            dialog.needsUserId = true
            dialog.errorText = ""
            dialog.open()
            tryCompare(dialog, "opened", true)
            verify(find("signatureTitle", content).text.indexOf("verifier") >= 0)
            verify(!find("signerLine", content).visible)
            compare(find("signatureUserIdInput", content).text, "")
            shot("signature-witness")
            cancelledSpy.clear()
            press("signatureCancel", content)
            compare(cancelledSpy.count, 1)
            tryCompare(dialog, "visible", false)
        }

        function test_9_the_keypad_types_into_the_field_that_had_the_focus() {
            switchUser()
            // On the demo site the demo people show first; the keypad is one tap away.
            verify(find("demoUsersCard").visible)
            press("showKeypadButton")
            tryVerify(() => find("signInKeypadPanel").visible, 2000)
            const id = find("signInIdInput")
            tryVerify(() => id.activeFocus, 2000, "the badge field keeps the focus")
            mouseClick(find("key_4"))
            mouseClick(find("key_2"))
            compare(id.text, "42")
            verify(id.activeFocus, "a key does not take the focus from the field")
            mouseClick(find("signInPasswordInput"))
            mouseClick(find("key_7"))
            compare(find("signInPasswordInput").text, "7")
            shot("signin-keypad")
            compare(id.text, "42", "the user id is left as it was")
            mouseClick(find("key_backspace"))
            compare(find("signInPasswordInput").text, "")
            press("showDemoPeopleButton")
            tryVerify(() => find("demoUsersCard").visible, 2000)
        }
    }
}
