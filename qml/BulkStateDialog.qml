pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Moves every selected participant to one state in one transaction: all of them or, when one
// cannot move (or a badge quota would be exceeded), none, with the reason shown here. One
// reason serves them all; rejecting needs it.
FormDialog {
    id: root

    /// The state code the selection moves to.
    property string targetState
    property string failure

    function openFor(state: string, label: string) {
        root.targetState = state;
        root.failure = "";
        reasonField.clear();
        const count = Workspace.participants.selectionCount;
        root.title = count === 1 ? qsTr("%1: 1 participant").arg(label) : qsTr("%1: %2 participants").arg(label).arg(count);
        root.acceptText = label;
        root.destructive = state === "rejected" || state === "withdrawn";
        root.open();
    }

    subtitle: Workspace.deskUser !== "" ? qsTr("Recorded under %1").arg(Workspace.deskUser) : qsTr("Set the desk user in the sidebar first: changes are recorded under it")
    preferredWidth: 520
    generalMessage: root.failure
    onOpened: reasonField.forceActiveFocus()
    onSubmitRequested: {
        if (root.targetState === "rejected" && reasonField.text.trim() === "") {
            root.failure = qsTr("Rejecting needs a reason.");
            reasonField.forceActiveFocus();
            return;
        }
        const moved = Workspace.participants.changeStateOfSelection(root.targetState, reasonField.text, Workspace.deskUser);
        if (!moved.ok) {
            root.failure = moved.message;
            return;
        }
        root.close();
    }

    Label {
        Layout.fillWidth: true
        text: root.targetState === "rejected" ? qsTr("Reason (required, kept in each participant's history)") : qsTr("Reason (optional, kept in each participant's history)")
        color: Theme.textMuted
        font.pointSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    TextField {
        id: reasonField
        Layout.fillWidth: true
        selectByMouse: true
        Accessible.name: qsTr("Reason")
    }
}
