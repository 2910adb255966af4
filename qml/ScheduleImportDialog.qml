pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models

// Importing a schedule (frab/pentabarf XML, frab/pretalx JSON): choose the file, read the dry
// run's report (what would be created and updated, how types become kinds, what is not
// imported), then import it all in one go (Cancel stops it, nothing written) and read the
// report with the line of every warning.
FormDialog {
    id: root

    enum Step {
        Checking,
        Preview,
        Running,
        Report
    }

    property int step: ScheduleImportDialog.Step.Checking
    property url file
    readonly property ScheduleExchange exchange: Workspace.schedules
    readonly property var report: root.exchange.report

    /// Asks for a file, then checks it with a dry run.
    function chooseFile() {
        fileDialog.open();
    }

    /// Checks `file` (a URL) with a dry run off the GUI thread, then shows its report.
    function openFile(file: url) {
        root.file = file;
        root.step = ScheduleImportDialog.Step.Checking;
        root.open();
        root.exchange.startImport(file, true);
    }

    function submit() {
        switch (root.step) {
        case ScheduleImportDialog.Step.Preview:
            root.step = ScheduleImportDialog.Step.Running;
            root.exchange.startImport(root.file, false);
            break;
        case ScheduleImportDialog.Step.Report:
            root.close();
            break;
        }
    }

    title: qsTr("Import a schedule")
    subtitle: root.report.file ?? ""
    preferredWidth: 820
    acceptText: root.step === ScheduleImportDialog.Step.Report ? qsTr("Close") : qsTr("Import")
    acceptVisible: root.step === ScheduleImportDialog.Step.Report || (root.step === ScheduleImportDialog.Step.Preview && (root.report.ok ?? false))
    rejectText: root.step === ScheduleImportDialog.Step.Running ? qsTr("Cancel import") : qsTr("Cancel")
    closePolicy: root.step === ScheduleImportDialog.Step.Running ? Popup.NoAutoClose : Popup.CloseOnEscape
    onSubmitRequested: root.submit()
    onRejected: {
        if (root.exchange.busy) {
            root.exchange.cancel();
            root.open();
        }
    }

    Connections {
        target: root.exchange
        function onFinished() {
            if (root.step === ScheduleImportDialog.Step.Checking)
                root.step = ScheduleImportDialog.Step.Preview;
            else if (root.step === ScheduleImportDialog.Step.Running)
                root.step = ScheduleImportDialog.Step.Report;
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Import a schedule from")
        nameFilters: [qsTr("Schedules (*.xml *.json)"), qsTr("All files (*)")]
        onAccepted: root.openFile(fileDialog.selectedFile)
    }

    // While the dry run or the import runs.
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.step === ScheduleImportDialog.Step.Checking || root.step === ScheduleImportDialog.Step.Running
        spacing: Theme.gapSmall

        Label {
            text: root.step === ScheduleImportDialog.Step.Checking ? qsTr("Reading and checking the file… %1%").arg(Math.round(root.exchange.progress * 100)) : qsTr("Importing… %1%").arg(Math.round(root.exchange.progress * 100))
            color: Theme.text
        }
        ProgressBar {
            Layout.fillWidth: true
            value: root.exchange.progress
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Nothing is written until the end; cancelling leaves the agenda as it was.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }

    // The dry run's report (what would change), then the import's.
    Label {
        Layout.fillWidth: true
        visible: root.step === ScheduleImportDialog.Step.Preview || root.step === ScheduleImportDialog.Step.Report
        text: (root.report.ok ?? false) ? (root.step === ScheduleImportDialog.Step.Preview ? qsTr("Nothing has been written yet. This is what the import would do:") : qsTr("Imported.")) : (root.report.message ?? "")
        color: (root.report.ok ?? false) ? Theme.text : Theme.error
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(summaryText.implicitHeight, 360)
        visible: (root.step === ScheduleImportDialog.Step.Preview || root.step === ScheduleImportDialog.Step.Report) && (root.report.ok ?? false)

        Label {
            id: summaryText
            text: root.report.summary ?? ""
            color: Theme.text
            font.family: "monospace"
            textFormat: Text.PlainText
        }
    }
    ListView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 200)
        visible: root.step !== ScheduleImportDialog.Step.Running && root.step !== ScheduleImportDialog.Step.Checking && count > 0
        clip: true
        model: root.report.warnings ?? []
        ScrollBar.vertical: PersistentScrollBar {}
        delegate: Label {
            id: warningRow
            required property var modelData
            width: ListView.view.width
            text: qsTr("Line %1 · %2: %3").arg(warningRow.modelData.line).arg(warningRow.modelData.field).arg(warningRow.modelData.message)
            color: Theme.textMuted
            wrapMode: Text.Wrap
            topPadding: Theme.gapHalf
            bottomPadding: Theme.gapHalf
        }
    }
}
