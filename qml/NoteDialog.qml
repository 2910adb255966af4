pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Plenary.Models

// Adds a note to the minutes: on the session as a whole or on one slot of its speakers'
// list, with its confidentiality. The text is then written in the editor.
FormDialog {
    id: root

    required property SessionMinutesModel minutes
    property var answer: ({
        ok: true
    })

    /// The note `noteId` was created.
    signal created(int noteId)

    function openNew(slotId: int) {
        root.answer = {
            ok: true
        };
        slotBox.currentIndex = Math.max(0, slotBox.indexOfValue(slotId));
        confidentialityBox.currentIndex = 0;
        root.open();
    }

    function submit() {
        root.answer = root.minutes.createNote(slotBox.currentValue === undefined ? 0 : slotBox.currentValue, confidentialityBox.currentValue === undefined ? "public" : confidentialityBox.currentValue);
        if (!root.answer.ok)
            return;
        root.close();
        root.created(root.answer.noteId);
    }

    title: qsTr("New note")
    acceptText: qsTr("Add note")
    preferredWidth: 560
    generalMessage: root.answer.ok ? "" : root.answer.message

    onOpened: slotBox.forceActiveFocus()
    onSubmitRequested: root.submit()

    FormField {
        label: qsTr("On")
        hint: qsTr("The session as a whole, or one speaker of its list")

        FormComboBox {
            id: slotBox
            Layout.fillWidth: true
            model: root.minutes.slotChoices
            Accessible.name: qsTr("Note on")
            onSubmitRequested: root.submit()
        }
    }

    FormField {
        label: qsTr("Confidentiality")
        hint: qsTr("Confidential notes are never exported or printed unless chosen at that moment")

        FormComboBox {
            id: confidentialityBox
            Layout.fillWidth: true
            model: root.minutes.confidentialities
            Accessible.name: qsTr("Confidentiality")
            onSubmitRequested: root.submit()
        }
    }
}
