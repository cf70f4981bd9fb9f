import QtQuick
import QtQuick.Controls
import QtTest
import Chainkeeper
import Chainkeeper.Ui
import Chainkeeper.Widgets

// The settings screen from the top bar's button: the terminal's fixed id and data directory, the
// theme that applies at once and is saved, the language saved for the next start, the scanner
// placeholder, and the name and suite only an administrator changes. Then the window's --kiosk
// and --touch properties, and a missing on-screen keyboard that must not stop the terminal.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    Component {
        id: mainWindow
        Main {
            visible: false
        }
    }

    TestCase {
        id: test
        name: "Settings"
        when: windowShown

        function find(name, parentItem) {
            const item = findChild(parentItem === undefined ? shell : parentItem, name)
            verify(item !== null, "no item named " + name)
            return item
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_1_opens_from_the_top_bar() {
            const button = find("settingsButton")
            verify(button.visible)
            verify(button.height >= 64, "a glove's target: " + button.height)
            compare(button.Accessible.name, "Settings")
            mouseClick(button)
            tryVerify(() => shell.stack.currentItem.objectName === "settingsScreen", 2000)
            verify(find("terminalIdValue").value === "T-SHELL")
            verify(find("dataDirValue").value !== "")
            // The scanner arrives later; its fields are there and say so.
            verify(!find("scannerPrefixFieldInput").enabled)
            verify(!find("scannerSuffixFieldInput").enabled)
            verify(find("scannerNote").text.indexOf("Arrives with scanning") >= 0)
        }

        function test_2_theme_applies_at_once_and_is_saved() {
            verify(!Theme.highContrast)
            const light = String(Theme.background) // a copy, not a reference that follows
            mouseClick(find("theme_high-contrast"))
            tryCompare(Theme, "highContrast", true)
            verify(!Qt.colorEqual(Theme.background, light), "the palette changed")
            compare(SettingsController.theme, "high-contrast")
            compare(fixture.savedTheme(), "high-contrast")
            verify(find("theme_high-contrast").checked)
            mouseClick(find("theme_light"))
            tryCompare(Theme, "highContrast", false)
            compare(fixture.savedTheme(), "light")
        }

        function test_3_language_is_saved_for_the_next_start() {
            compare(SettingsController.activeLanguage, "en")
            mouseClick(find("language_de"))
            compare(SettingsController.language, "de")
            compare(fixture.savedLanguage(), "de")
            verify(find("language_de").checked)
            // The screens stay in the language they started with, and say when it changes.
            compare(SettingsController.activeLanguage, "en")
            const note = find("languageNote").text
            verify(note.indexOf("Deutsch") >= 0 && note.indexOf("next start") >= 0, note)
            mouseClick(find("language_system"))
            compare(SettingsController.language, "")
            compare(fixture.savedLanguage(), "")
        }

        function test_4_only_an_administrator_renames_the_terminal() {
            verify(!find("terminalNameFieldInput").enabled, "an operator cannot")
            verify(!find("saveTerminalButton").visible)

            SessionController.switchUser()
            tryCompare(SessionController, "signedIn", false)
            SessionController.signIn("demo.admin", "Demo-admin-1")
            tryCompare(SessionController, "ready", true, 5000)
            // A change of person starts again at today's work.
            compare(shell.stack.depth, 1)
            mouseClick(find("settingsButton"))
            tryVerify(() => shell.stack.currentItem.objectName === "settingsScreen", 2000)
            const name = find("terminalNameFieldInput")
            tryVerify(() => name.enabled, 2000)
            mouseClick(name)
            tryVerify(() => name.activeFocus, 2000)
            typeText("Bench 2")
            const suite = find("suiteFieldInput")
            mouseClick(suite)
            tryVerify(() => suite.activeFocus, 2000)
            typeText("Suite C")
            const save = find("saveTerminalButton")
            verify(save.enabled)
            mouseClick(save)
            compare(SettingsController.terminalName, "Bench 2")
            compare(SettingsController.suite, "Suite C")
            verify(!save.enabled, "nothing left to save")
            compare(find("terminalNameLabel").text, "Bench 2")
            const label = find("terminalLabel").text
            verify(label.indexOf("Suite C") >= 0 && label.indexOf("T-SHELL") >= 0, label)
        }

        function test_5_kiosk_window_is_full_screen_without_frame() {
            const window = createTemporaryObject(mainWindow, test, {kiosk: true})
            verify(window !== null)
            verify((window.flags & Qt.FramelessWindowHint) !== 0, "no window decorations")
            compare(window.visibility, Window.FullScreen)
            const plain = createTemporaryObject(mainWindow, test)
            compare(plain.flags & Qt.FramelessWindowHint, 0)
            verify(plain.visibility !== Window.FullScreen)
        }

        function test_6_missing_keyboard_does_not_stop_the_terminal() {
            const window = createTemporaryObject(mainWindow, test,
                                                 {touch: true, keyboardSource: fixture.brokenKeyboard()})
            verify(window !== null, "the window loads")
            tryVerify(() => window.keyboardError !== "", 3000, "the failure is reported")
            const banner = findChild(window.contentItem, "keyboardErrorBanner")
            verify(banner !== null && banner.visible, "and shown on screen")
            verify(!window.keyboardShown)
            // Without --touch nothing is loaded and nothing is reported.
            const plain = createTemporaryObject(mainWindow, test)
            compare(plain.keyboardError, "")
            compare(findChild(plain.contentItem, "keyboardLoader").status, Loader.Null)
        }

        function test_7_touch_loads_the_keyboard() {
            const window = createTemporaryObject(mainWindow, test, {touch: true})
            verify(window !== null)
            const loader = findChild(window.contentItem, "keyboardLoader")
            tryVerify(() => loader.status !== Loader.Loading, 3000)
            compare(window.keyboardError, "", "Qt Virtual Keyboard is installed (ck deps)")
            compare(loader.status, Loader.Ready)
            verify(!window.keyboardShown, "nothing typed yet: the keyboard is down")
        }
    }
}
