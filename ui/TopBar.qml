import QtQuick
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// Where am I and is this real: terminal, demo site warning, connection and the time the audit
// trail records (UTC).
Rectangle {
    id: bar
    implicitHeight: 64
    color: AppContext.isDemo ? Theme.demo : Theme.primary

    readonly property color ink: AppContext.isDemo ? Theme.text : Theme.primaryInk

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 20
        spacing: 24

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
            font.pixelSize: Theme.fontBody
        }
        Text {
            objectName: "demoBanner"
            visible: AppContext.isDemo
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "⚠ " + qsTr("DEMO SITE — NOT FOR GMP USE")
            color: bar.ink
            font.pixelSize: Theme.fontLarge
            font.bold: true
            elide: Text.ElideRight
        }
        Item {
            visible: !AppContext.isDemo
            Layout.fillWidth: true
        }
        Text {
            objectName: "connectionLabel"
            // Sync arrives with a later issue; until then the terminal works offline and says so.
            text: AppContext.connectionState === "offline" ? "○ " + qsTr("Offline")
                                                           : AppContext.connectionState
            color: bar.ink
            font.pixelSize: Theme.fontBody
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
