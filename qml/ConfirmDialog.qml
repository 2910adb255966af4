pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks before something that cannot be undone (`ask`), or tells why it could not be done
// (`inform`). Enter confirms, Escape cancels.
FormDialog {
    id: root

    property string message

    signal confirmed

    function ask(title: string, message: string, confirmText: string) {
        root.title = title;
        root.message = message;
        root.acceptText = confirmText;
        root.acceptVisible = true;
        root.destructive = true;
        root.rejectText = qsTr("Cancel");
        root.open();
    }

    function inform(title: string, message: string) {
        root.title = title;
        root.message = message;
        root.acceptVisible = false;
        root.rejectText = qsTr("Close");
        root.open();
    }

    preferredWidth: 480
    onOpened: root.focusAcceptButton()
    onSubmitRequested: {
        root.close();
        root.confirmed();
    }

    Label {
        Layout.fillWidth: true
        text: root.message
        color: Theme.text
        wrapMode: Text.Wrap
    }
}
