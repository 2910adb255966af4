pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Takes back a check-in made by mistake (the wrong person, a badge not handed over): the
// person goes back to "badge printed" and the reason is kept in their history.
FormDialog {
    id: root

    property string failure

    /// Opens for the person the desk's card shows, `name`.
    function openFor(name: string) {
        root.failure = "";
        reasonField.clear();
        root.title = qsTr("Take back the check-in of %1").arg(name);
        root.open();
    }

    subtitle: qsTr("They go back to “badge printed”; the history keeps both steps.")
    acceptText: qsTr("Take back")
    destructive: true
    preferredWidth: 560
    generalMessage: root.failure
    onOpened: reasonField.forceActiveFocus()
    onSubmitRequested: {
        const reverted = Workspace.checkIn.revertCheckInOfCurrent(reasonField.text, Workspace.deskUser);
        if (!reverted.ok) {
            root.failure = reverted.message;
            reasonField.forceActiveFocus();
            return;
        }
        root.close();
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Reason (required)")
        color: Theme.textMuted
        font.pointSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    TextField {
        id: reasonField
        Layout.fillWidth: true
        selectByMouse: true
        placeholderText: qsTr("e.g. the badge went to a colleague of the same name")
        Accessible.name: qsTr("Reason")
        onAccepted: root.submitRequested()
    }
}
