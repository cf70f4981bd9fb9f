import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Chainkeeper
import Chainkeeper.Widgets

// The batch's deviations that are not closed, each with what comes next: every engine exception
// is a deviation now. The operator completes and submits it with a signature; a supervisor or QA
// person approves or rejects it with a signature, choosing what the batch does (continue, repeat,
// abort), or asks for more information; a decided one is closed. Nothing here bypasses the core:
// a blocking deviation holds its step until the decision is recorded.
ColumnLayout {
    id: panel

    required property StepController controller
    required property DeviationController deviations

    spacing: 12

    Text {
        objectName: "dispositionLabel"
        Layout.fillWidth: true
        visible: panel.deviations.disposition !== "" && panel.deviations.disposition !== "normal"
        text: qsTr("Batch disposition: %1").arg(DeviationText.disposition(panel.deviations.disposition))
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }

    Repeater {
        model: panel.deviations.deviations

        DeviationCard {
            required property var modelData
            required property int index

            objectName: "exception_" + index
            Layout.fillWidth: true
            deviation: modelData
            deviations: panel.deviations
        }
    }
}
