pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Reopens final minutes: the reason is required and recorded in the minutes' history.
FormDialog {
    id: root

    required property SessionMinutesModel minutes
    property var answer: ({
        ok: true
    })
    property bool attempted

    /// The minutes were reopened.
    signal reopened

    function openFor(title: string) {
        root.subtitle = title;
        root.attempted = false;
        root.answer = {
            ok: true
        };
        reasonField.text = "";
        root.open();
    }

    function submit() {
        root.attempted = true;
        root.answer = root.minutes.reopen(reasonField.text);
        if (!root.answer.ok) {
            reasonField.forceActiveFocus();
            return;
        }
        root.close();
        root.reopened();
    }

    title: qsTr("Reopen the final minutes")
    acceptText: qsTr("Reopen")
    preferredWidth: 520
    generalMessage: !root.answer.ok && root.answer.field !== "reason" ? root.answer.message : ""

    onOpened: reasonField.forceActiveFocus()
    onSubmitRequested: root.submit()

    Label {
        Layout.fillWidth: true
        text: qsTr("The minutes become editable again. The reason is recorded with your name and the time.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }

    FormField {
        label: qsTr("Reason")
        field: "reason"
        result: root.attempted && reasonField.text.trim() === "" ? {
            ok: false,
            field: "reason",
            message: qsTr("Say why the final minutes are reopened.")
        } : root.answer
        revealed: root.attempted
        session: root.session

        TextField {
            id: reasonField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("e.g. Vote count of decision 2 corrected")
            Accessible.name: qsTr("Reason")
        }
    }
}
