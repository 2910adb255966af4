pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What deserves a look but does not stop a save: `[{kind, field, message, otherId, otherName}]`
// from ParticipantModel.warnings(). A possible duplicate links to the other record.
Rectangle {
    id: root

    property var warnings: []

    /// The user asked to see the other record of a possible duplicate.
    signal openRequested(int participantId)

    visible: root.warnings.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.gapSmall
    radius: 4
    color: "#fff8e6"
    border.color: "#f0d48a"

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapSmall
        spacing: Theme.gapHalf

        Repeater {
            model: root.warnings

            RowLayout {
                id: warning

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.gapSmall

                Label {
                    Layout.alignment: Qt.AlignTop
                    text: "⚠"
                    color: "#8a5a00"
                }
                Label {
                    Layout.fillWidth: true
                    text: warning.modelData.message
                    color: "#5c3d00"
                    wrapMode: Text.Wrap
                }
                Button {
                    visible: warning.modelData.kind === "duplicate"
                    flat: true
                    implicitHeight: Theme.controlHeight
                    text: qsTr("Open")
                    palette.buttonText: Theme.accent
                    font.weight: Font.DemiBold
                    Accessible.name: qsTr("Open %1").arg(warning.modelData.otherName)
                    onClicked: root.openRequested(warning.modelData.otherId)
                }
            }
        }
    }
}
