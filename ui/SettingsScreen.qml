import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// This terminal: what it is (id and data directory, fixed), what it is called on screen, and
// how it looks. The theme applies at once; the language at the next start. The name and suite
// are display preferences of this computer, not part of any batch record, and only an
// administrator changes them.
Item {
    id: screen

    readonly property bool allowed: SessionController.ready
    readonly property bool mayRename: SessionController.ready && SessionController.can("manageUsers")
    readonly property bool terminalEdited: nameField.text.trim() !== SettingsController.terminalName
                                           || suiteField.text.trim() !== SettingsController.suite

    signal backRequested()

    function languageName(code) {
        const all = SettingsController.languages
        for (let i = 0; i < all.length; ++i) {
            if (all[i].code === code)
                return all[i].name
        }
        return qsTr("the system's language")
    }

    component Heading: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component Note: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    component ReadOnlyValue: ColumnLayout {
        id: ro
        property string label
        property string value
        property bool mono: false
        spacing: 2
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: label + ": " + value
        Text {
            Layout.fillWidth: true
            text: ro.label
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Text {
            Layout.fillWidth: true
            text: ro.value
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.family: ro.mono ? Theme.monoFamily : font.family
            color: Theme.text
            wrapMode: Text.WrapAnywhere
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "settingsBackButton"
                text: "‹ " + qsTr("Back")
                Accessible.name: qsTr("Back to today's work")
                onClicked: screen.backRequested()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Settings")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        Text {
            objectName: "settingsError"
            Layout.fillWidth: true
            visible: SettingsController.errorText !== ""
            text: "✕ " + SettingsController.errorText
            font.pixelSize: Theme.fontBody
            color: Theme.outOfSpec
            wrapMode: Text.Wrap
        }

        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: columns.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                width: 14
                policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }

            RowLayout {
                id: columns
                width: flick.width - 20
                spacing: Theme.spacing

                // Left: the terminal and the scanner.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Card {
                        Layout.fillWidth: true
                        ColumnLayout {
                            width: parent.width
                            spacing: 12
                            Heading { text: qsTr("This terminal") }
                            ReadOnlyValue {
                                objectName: "terminalIdValue"
                                label: qsTr("Terminal id (fixed when the data store was created)")
                                value: SettingsController.terminalId
                                mono: true
                            }
                            ReadOnlyValue {
                                objectName: "dataDirValue"
                                label: qsTr("Data directory")
                                value: SettingsController.dataDir
                                mono: true
                            }
                            FormField {
                                id: nameField
                                objectName: "terminalNameField"
                                Layout.fillWidth: true
                                label: qsTr("Terminal name")
                                placeholderText: qsTr("for example: Suite A, bench 2")
                                text: SettingsController.terminalName
                                maximumLength: 40
                                enabled: screen.mayRename
                            }
                            FormField {
                                id: suiteField
                                objectName: "suiteField"
                                Layout.fillWidth: true
                                label: qsTr("Suite")
                                placeholderText: qsTr("for example: Suite A")
                                text: SettingsController.suite
                                maximumLength: 40
                                enabled: screen.mayRename
                            }
                            ActionButton {
                                objectName: "saveTerminalButton"
                                visible: screen.mayRename
                                primary: true
                                text: qsTr("Save name and suite")
                                enabled: screen.terminalEdited
                                onClicked: SettingsController.setTerminal(nameField.text, suiteField.text)
                            }
                            Note {
                                text: screen.mayRename
                                      ? qsTr("Shown in the top bar of this terminal only. Not part of any batch record.")
                                      : qsTr("Only an administrator changes the name and suite.")
                            }
                        }
                    }

                    Card {
                        Layout.fillWidth: true
                        ColumnLayout {
                            width: parent.width
                            spacing: 12
                            Heading { text: qsTr("Bar code scanner") }
                            Note {
                                objectName: "scannerNote"
                                text: qsTr("Arrives with scanning: the scanner's prefix and suffix are set here then.")
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                FormField {
                                    objectName: "scannerPrefixField"
                                    Layout.fillWidth: true
                                    label: qsTr("Prefix")
                                    enabled: false
                                }
                                FormField {
                                    objectName: "scannerSuffixField"
                                    Layout.fillWidth: true
                                    label: qsTr("Suffix")
                                    enabled: false
                                }
                            }
                        }
                    }
                }

                // Right: how the screens look.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing

                    Card {
                        Layout.fillWidth: true
                        ColumnLayout {
                            width: parent.width
                            spacing: 12
                            Heading { text: qsTr("Theme") }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12
                                Repeater {
                                    model: [["light", qsTr("Light")], ["high-contrast", qsTr("High contrast")]]
                                    ActionButton {
                                        required property var modelData
                                        objectName: "theme_" + modelData[0]
                                        Layout.fillWidth: true
                                        checkable: true
                                        checked: SettingsController.theme === modelData[0]
                                        text: modelData[1]
                                        Accessible.name: qsTr("Theme: %1").arg(modelData[1])
                                        onClicked: SettingsController.setTheme(modelData[0])
                                    }
                                }
                            }
                            Note { text: qsTr("Applies at once, on every screen.") }
                        }
                    }

                    Card {
                        Layout.fillWidth: true
                        ColumnLayout {
                            width: parent.width
                            spacing: 12
                            Heading { text: qsTr("Language") }
                            GridLayout {
                                Layout.fillWidth: true
                                columns: 2
                                rowSpacing: 12
                                columnSpacing: 12
                                Repeater {
                                    model: SettingsController.languages
                                    ActionButton {
                                        required property var modelData
                                        objectName: "language_" + modelData.code
                                        Layout.fillWidth: true
                                        checkable: true
                                        checked: SettingsController.language === modelData.code
                                        text: modelData.name
                                        Accessible.name: qsTr("Language: %1").arg(modelData.name)
                                        onClicked: SettingsController.setLanguage(modelData.code)
                                    }
                                }
                                ActionButton {
                                    objectName: "language_system"
                                    Layout.fillWidth: true
                                    Layout.columnSpan: 2
                                    checkable: true
                                    checked: SettingsController.language === ""
                                    text: qsTr("The system's language")
                                    onClicked: SettingsController.setLanguage("")
                                }
                            }
                            Note {
                                objectName: "languageNote"
                                text: SettingsController.languageFromCommandLine
                                      ? qsTr("This run uses the language given with --lang (%1). The choice here applies when the terminal starts without it.").arg(screen.languageName(SettingsController.activeLanguage))
                                      : SettingsController.language !== SettingsController.activeLanguage && SettingsController.language !== ""
                                        ? qsTr("%1 from the next start; %2 until then.").arg(screen.languageName(SettingsController.language)).arg(screen.languageName(SettingsController.activeLanguage))
                                        : qsTr("Applies at the next start.")
                            }
                        }
                    }
                }
            }
        }
    }
}
