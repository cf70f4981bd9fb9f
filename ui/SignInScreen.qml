import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Sign-in with two components: a user id or a scanned badge, and the password. The badge field
// has the focus whenever the screen shows, so a wedge scanner's read lands there and its Enter
// moves on to the password. Every refusal reads the same (the core does not say which part was
// wrong). A big keypad types digits into the field that had the focus; on the demo site a card
// lists the demo people instead (a tap fills both fields), and the keypad is one tap away.
Rectangle {
    id: screen

    // The field the keypad types into: the one that last had the focus.
    property FormField keypadTarget: idField
    onKeypadTargetChanged: keypad.text = keypadTarget.text
    property bool showKeypad: !SessionController.isDemo

    function reset() {
        idField.clear()
        passwordField.clear()
        idField.focusInput()
    }
    function fill(userId, password) {
        idField.text = userId
        passwordField.text = password
        passwordField.focusInput()
    }
    function submit() {
        if (!SessionController.busy)
            SessionController.signIn(idField.text, passwordField.text)
    }

    color: Theme.background
    onVisibleChanged: if (visible) reset()
    Component.onCompleted: if (visible) reset()

    Connections {
        target: SessionController
        // A refused attempt keeps the user id and asks for the password again.
        function onErrorTextChanged() {
            if (SessionController.errorText !== "" && screen.visible) {
                passwordField.clear()
                passwordField.focusInput()
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 32

        Card {
            objectName: "signInCard"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 640
            padding: 32

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                Text {
                    text: qsTr("Sign in")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Scan your badge or type your user id, then enter your password.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
                FormField {
                    id: idField
                    objectName: "signInId"
                    Layout.fillWidth: true
                    input.onActiveFocusChanged: if (input.activeFocus) screen.keypadTarget = idField
                    onTextChanged: if (screen.keypadTarget === idField) keypad.text = text
                    label: qsTr("User id or badge")
                    mono: true
                    enabled: !SessionController.busy
                    onAccepted: if (text !== "") passwordField.focusInput()
                }
                FormField {
                    id: passwordField
                    objectName: "signInPassword"
                    Layout.fillWidth: true
                    input.onActiveFocusChanged: if (input.activeFocus) screen.keypadTarget = passwordField
                    onTextChanged: if (screen.keypadTarget === passwordField) keypad.text = text
                    label: qsTr("Password")
                    secret: true
                    maximumLength: 128
                    enabled: !SessionController.busy
                    onAccepted: screen.submit()
                }
                ErrorArea {
                    objectName: "signInError"
                    Layout.fillWidth: true
                    text: SessionController.errorText
                }
                Item { Layout.fillHeight: true }
                ConfirmBar {
                    objectName: "signInButton"
                    Layout.fillWidth: true
                    label: qsTr("Sign in")
                    busy: SessionController.busy
                    enabled: idField.text.trim() !== "" && passwordField.text !== ""
                    onConfirmed: screen.submit()
                }
            }
        }

        // The demo people (demo site only) or a big keypad for digits typed with gloves: badge
        // numbers and numeric passwords. A real site shows the keypad.
        Card {
            objectName: "signInSideCard"
            Layout.fillHeight: true
            Layout.preferredWidth: 520
            borderColor: SessionController.isDemo ? Theme.alert : Theme.border
            borderWidth: SessionController.isDemo ? 3 : 1
            padding: 24

            ColumnLayout {
                anchors.fill: parent
                spacing: 12

                RowLayout {
                    Layout.fillWidth: true
                    visible: SessionController.isDemo
                    spacing: 12
                    BigButton {
                        objectName: "showDemoPeopleButton"
                        Layout.fillWidth: true
                        text: qsTr("Demo people")
                        primary: !screen.showKeypad
                        // A tap leaves the focus in the field being filled.
                        focusPolicy: Qt.TabFocus
                        onClicked: {
                            screen.showKeypad = false
                            screen.keypadTarget.focusInput()
                        }
                    }
                    BigButton {
                        objectName: "showKeypadButton"
                        Layout.fillWidth: true
                        text: qsTr("Keypad")
                        primary: screen.showKeypad
                        focusPolicy: Qt.TabFocus
                        onClicked: {
                            screen.showKeypad = true
                            screen.keypadTarget.focusInput()
                        }
                    }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: screen.showKeypad ? 1 : 0

                    ColumnLayout {
                        objectName: "demoUsersCard"
                        spacing: 12

                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Demo site: people and passwords")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("Tap a person to fill in the user id and password.")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        ListView {
                            id: demoList
                            objectName: "demoUserList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            spacing: 8
                            model: SessionController.demoUsers
                            ScrollBar.vertical: ScrollBar { width: 16 }
                            delegate: ItemDelegate {
                                id: demoRow
                                required property var modelData
                                required property int index
                                objectName: "demoUser_" + modelData.userId
                                width: ListView.view.width - 20
                                implicitHeight: 84
                                padding: 10
                                leftPadding: 16
                                focusPolicy: Qt.StrongFocus
                                Accessible.name: qsTr("Fill in %1").arg(modelData.printedName)
                                onClicked: screen.fill(modelData.userId, modelData.password)
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: demoRow.down ? Theme.selected : Theme.surface
                                    border.color: Theme.border
                                    border.width: 2
                                    FocusRing { shown: demoRow.visualFocus }
                                }
                                contentItem: ColumnLayout {
                                    spacing: 2
                                    Text {
                                        Layout.fillWidth: true
                                        text: demoRow.modelData.printedName
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    Text {
                                        Layout.fillWidth: true
                                        text: demoRow.modelData.userId + "  ·  " + demoRow.modelData.password
                                        font.pixelSize: Theme.fontSmall
                                        font.family: Theme.monoFamily
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                }
                            }
                        }
                    }

                    ColumnLayout {
                        objectName: "signInKeypadPanel"
                        spacing: 12
                        Text {
                            Layout.fillWidth: true
                            text: screen.keypadTarget === passwordField
                                  ? qsTr("Keypad: typing the password")
                                  : qsTr("Keypad: typing the user id or badge")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                        }
                        NumericKeypad {
                            id: keypad
                            objectName: "signInKeypad"
                            Layout.alignment: Qt.AlignHCenter
                            maxDecimals: 0
                            allowNegative: false
                            maxLength: 64
                            onEdited: text => screen.keypadTarget.text = text
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }
    }
}
