pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The agenda's conflicts, errors first: a click jumps to the session; a warning can be
// acknowledged with a reason, which stays shown under it.
Item {
    id: root

    signal jumpRequested(int sessionId)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.gapSmall
            text: Workspace.conflicts.count === 0 ? qsTr("No conflicts.") : qsTr("%1 errors · %2 warnings (%3 acknowledged)").arg(Workspace.conflicts.errorCount).arg(Workspace.conflicts.warningCount).arg(Workspace.conflicts.acknowledgedCount)
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Workspace.conflicts
            Accessible.name: qsTr("Conflicts of the agenda")
            ScrollBar.vertical: PersistentScrollBar {}

            delegate: Item {
                id: row

                required property int index
                required property string severity
                required property string message
                required property int sessionId
                required property bool acknowledged
                required property string acknowledgementReason
                required property string acknowledgedBy
                required property bool canAcknowledge

                readonly property color tone: severity === "error" ? Theme.toneRed : Theme.toneAmber

                width: list.width
                height: content.implicitHeight + 2 * Theme.gapSmall

                Rectangle {
                    anchors.fill: parent
                    color: area.containsMouse ? Theme.rowHover : "transparent"
                }
                Rectangle {
                    x: Theme.gapSmall
                    y: Theme.gapSmall + 2
                    width: 4
                    height: parent.height - 2 * Theme.gapSmall - 4
                    color: row.acknowledged ? Theme.toneMuted : row.tone
                }
                MouseArea {
                    id: area
                    anchors.fill: parent
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.jumpRequested(row.sessionId)
                }
                ColumnLayout {
                    id: content
                    x: Theme.gapSmall + 12
                    y: Theme.gapSmall
                    width: parent.width - x - Theme.gapSmall
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: (row.severity === "error" ? qsTr("Error") : qsTr("Warning")) + (row.acknowledged ? " · " + qsTr("acknowledged") : "")
                        font.pointSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: row.acknowledged ? Theme.textMuted : row.tone
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.message
                        wrapMode: Text.Wrap
                        color: row.acknowledged ? Theme.textMuted : Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.acknowledged
                        text: qsTr("“%1” — %2").arg(row.acknowledgementReason).arg(row.acknowledgedBy)
                        wrapMode: Text.Wrap
                        font.pointSize: Theme.fontSmall
                        font.italic: true
                        color: Theme.textMuted
                    }
                    Button {
                        visible: row.canAcknowledge && !row.acknowledged
                        text: qsTr("Acknowledge…")
                        flat: true
                        onClicked: acknowledgeDialog.ask(row.index, row.message)
                    }
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
        }
    }

    Dialog {
        id: acknowledgeDialog

        property int row: -1
        property string message

        function ask(row: int, message: string) {
            acknowledgeDialog.row = row;
            acknowledgeDialog.message = message;
            reason.text = "";
            failure.text = "";
            acknowledgeDialog.open();
            reason.forceActiveFocus();
        }

        function submit() {
            acknowledgeDialog.settle(Workspace.conflicts.acknowledge(acknowledgeDialog.row, reason.text));
        }

        /// `{ok, message}` of an acknowledgement.
        function settle(result: var) {
            if (result.ok) {
                acknowledgeDialog.close();
                return;
            }
            // Ok closes the dialog: it opens again with the reason kept and the message shown.
            failure.text = result.message;
            acknowledgeDialog.open();
        }

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 440
        modal: true
        title: qsTr("Acknowledge a warning")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: acknowledgeDialog.submit()

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.gapSmall

            Label {
                Layout.fillWidth: true
                text: acknowledgeDialog.message
                wrapMode: Text.Wrap
            }
            TextField {
                id: reason
                Layout.fillWidth: true
                placeholderText: qsTr("Why this is acceptable (required)")
                Accessible.name: qsTr("Reason")
                onAccepted: acknowledgeDialog.submit()
            }
            Label {
                id: failure
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
            }
        }
    }
}
