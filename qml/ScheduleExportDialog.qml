pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models

// Exporting the programme for other tools: frab XML (pretalx, ConfClerk, Giggity and the other
// schedule readers), frab JSON, or iCalendar for calendars. Only sessions with a time are written.
FormDialog {
    id: root

    property var outcome: ({})

    function submit() {
        if (root.outcome.message !== undefined)
            root.close();
        else
            fileDialog.open();
    }

    function exported(written: var) {
        root.outcome = written;
    }

    title: qsTr("Export the programme")
    subtitle: qsTr("Every scheduled session with its room, chairs and speakers")
    preferredWidth: 560
    acceptText: root.outcome.message !== undefined ? qsTr("Close") : qsTr("Choose file and export…")
    onAboutToShow: root.outcome = {}
    onSubmitRequested: root.submit()

    FileDialog {
        id: fileDialog
        title: qsTr("Export the programme to")
        fileMode: FileDialog.SaveFile
        defaultSuffix: jsonChoice.checked ? "json" : icsChoice.checked ? "ics" : "xml"
        nameFilters: jsonChoice.checked ? [qsTr("frab JSON (*.json)")] : icsChoice.checked ? [qsTr("iCalendar (*.ics)")] : [qsTr("frab XML (*.xml)")]
        onAccepted: root.exported(Workspace.schedules.exportTo(fileDialog.selectedFile))
    }

    ButtonGroup {
        id: formatGroup
    }
    RadioButton {
        checked: true
        text: qsTr("frab XML (.xml): for pretalx, frab, ConfClerk and other schedule apps")
        ButtonGroup.group: formatGroup
    }
    RadioButton {
        id: jsonChoice
        text: qsTr("frab JSON (.json): the same programme for web sites and tools reading JSON")
        ButtonGroup.group: formatGroup
    }
    RadioButton {
        id: icsChoice
        text: qsTr("iCalendar (.ics): one calendar entry per session, in the event's time zone")
        ButtonGroup.group: formatGroup
    }
    Label {
        Layout.fillWidth: true
        visible: root.outcome.message !== undefined
        text: root.outcome.message ?? ""
        color: root.outcome.ok ? Theme.text : Theme.error
        wrapMode: Text.Wrap
    }
}
