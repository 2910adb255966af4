pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models

// Exporting every participant: CSV (the columns the import reads) or a workbook grouped by
// delegation; identity document numbers masked unless asked for. Runs off the GUI thread.
FormDialog {
    id: root

    readonly property ParticipantExchange exchange: Workspace.exchange
    readonly property var report: root.exchange.report
    property bool started: false

    function submit() {
        if (root.started && !root.exchange.busy)
            root.close();
        else if (!root.exchange.busy)
            fileDialog.open();
    }

    title: qsTr("Export participants")
    subtitle: qsTr("Everyone in the event, %n participant(s)", "", Workspace.participants.total)
    preferredWidth: 560
    acceptText: root.started && !root.exchange.busy ? qsTr("Close") : qsTr("Choose file and export…")
    acceptEnabled: !root.exchange.busy
    rejectText: root.exchange.busy ? qsTr("Cancel export") : qsTr("Cancel")
    onAboutToShow: root.started = false
    onSubmitRequested: root.submit()
    onRejected: {
        if (root.exchange.busy) {
            root.exchange.cancel();
            root.open();
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Export participants to")
        fileMode: FileDialog.SaveFile
        defaultSuffix: xlsxChoice.checked ? "xlsx" : "csv"
        nameFilters: xlsxChoice.checked ? [qsTr("Excel workbook (*.xlsx)")] : [qsTr("CSV file (*.csv)")]
        onAccepted: {
            root.started = true;
            root.exchange.startExport(fileDialog.selectedFile, documentsChoice.checked);
        }
    }

    ButtonGroup {
        id: formatGroup
    }
    RadioButton {
        id: xlsxChoice
        checked: true
        text: qsTr("Workbook (.xlsx): grouped by delegation, heads first, with a summary sheet")
        ButtonGroup.group: formatGroup
    }
    RadioButton {
        text: qsTr("CSV (.csv): the columns the import reads, for other systems or to re-import")
        ButtonGroup.group: formatGroup
    }
    CheckBox {
        id: documentsChoice
        text: qsTr("Include identity document numbers (otherwise masked, e.g. ••••••567)")
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: root.exchange.busy
        value: root.exchange.progress
    }
    Label {
        Layout.fillWidth: true
        visible: root.started && !root.exchange.busy
        text: root.report.message ?? ""
        color: root.report.ok ? Theme.text : Theme.error
        wrapMode: Text.Wrap
    }
}
