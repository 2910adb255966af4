pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models

// Importing participants from a CSV file: choose the file, check where each column goes
// (unknown headers can be mapped or ignored) with the first values as a preview, choose all or
// nothing or the good lines only, watch the progress (Cancel stops it, nothing written), then
// read the report with the line of every error.
FormDialog {
    id: root

    enum Step {
        Reading,
        Mapping,
        Running,
        Report
    }

    property int step: ImportDialog.Step.Mapping
    readonly property ParticipantExchange exchange: Workspace.exchange
    readonly property var report: root.exchange.report
    readonly property int headerWidth: 200
    readonly property int fieldWidth: 200
    readonly property int unknownCount: {
        const columns = root.exchange.columns;
        let n = 0;
        for (let i = 0; i < columns.length; ++i)
            n += columns[i].field === "" ? 1 : 0;
        return n;
    }

    /// The position of `field` among the field choices (0, "ignore", when not found).
    function choiceIndex(field: string): int {
        const choices = root.exchange.fieldChoices;
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].value === field)
                return i;
        }
        return 0;
    }

    /// Asks for a file, then opens at the mapping step.
    function chooseFile() {
        fileDialog.open();
    }

    /// Reads `file` (a URL) off the GUI thread, then shows the mapping step.
    function openFile(file: url) {
        root.step = ImportDialog.Step.Reading;
        root.open();
        root.exchange.startInspect(file);
    }

    function submit() {
        switch (root.step) {
        case ImportDialog.Step.Mapping:
            root.step = ImportDialog.Step.Running;
            root.exchange.startImport(partialChoice.checked);
            break;
        case ImportDialog.Step.Report:
            root.close();
            break;
        }
    }

    title: qsTr("Import participants")
    subtitle: root.step === ImportDialog.Step.Reading ? qsTr("Reading the file…") : qsTr("%1 — %n participant(s) in the file", "", root.exchange.rowCount).arg(root.exchange.fileName)
    preferredWidth: 820
    acceptText: root.step === ImportDialog.Step.Report ? qsTr("Close") : qsTr("Import")
    acceptVisible: root.step !== ImportDialog.Step.Running && root.step !== ImportDialog.Step.Reading
    rejectText: root.step === ImportDialog.Step.Running ? qsTr("Cancel import") : qsTr("Cancel")
    closePolicy: root.step === ImportDialog.Step.Running ? Popup.NoAutoClose : Popup.CloseOnEscape
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
            if (root.step === ImportDialog.Step.Running)
                root.step = ImportDialog.Step.Report;
        }
        function onInspected(ok: bool, message: string) {
            if (root.step !== ImportDialog.Step.Reading)
                return;
            if (!ok) {
                root.close();
                Workspace.errorOccurred(message);
                return;
            }
            root.step = ImportDialog.Step.Mapping;
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Import participants from")
        nameFilters: [qsTr("CSV files (*.csv *.txt *.tsv)"), qsTr("All files (*)")]
        onAccepted: root.openFile(fileDialog.selectedFile)
    }

    // Step 1: where each column goes, with its first values.
    SectionLabel {
        visible: root.step === ImportDialog.Step.Mapping
        text: qsTr("Columns")
    }
    Label {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Mapping
        text: qsTr("Each column of the file goes to a field of the participant, or is ignored. Check the guesses against the first values, and choose a field for any column Plenary did not recognise.")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Mapping
        spacing: Theme.gapHalf

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapMedium

            Label {
                Layout.preferredWidth: root.headerWidth
                text: qsTr("Column in the file")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("First values")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
            Label {
                Layout.preferredWidth: root.fieldWidth
                text: qsTr("Goes to")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
        }

        Repeater {
            model: root.exchange.columns

            delegate: RowLayout {
                id: columnRow
                required property var modelData
                required property int index
                readonly property bool unknown: columnRow.modelData.field === ""

                Layout.fillWidth: true
                spacing: Theme.gapMedium

                Label {
                    Layout.preferredWidth: root.headerWidth
                    text: columnRow.modelData.header
                    color: Theme.text
                    font.weight: columnRow.unknown ? Font.Normal : Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: columnRow.modelData.samples
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
                FormComboBox {
                    Layout.preferredWidth: root.fieldWidth
                    model: root.exchange.fieldChoices
                    currentIndex: root.choiceIndex(columnRow.modelData.field)
                    Accessible.name: qsTr("Field for the column %1").arg(columnRow.modelData.header)
                    onActivated: root.exchange.setColumnField(columnRow.index, currentValue)
                    onSubmitRequested: root.submit()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gapHalf
            visible: root.unknownCount > 0
            text: qsTr("%n column(s) not recognised (in plain type): they are ignored unless you choose a field.", "", root.unknownCount)
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    SectionLabel {
        visible: root.step === ImportDialog.Step.Mapping
        text: qsTr("When lines have errors")
    }
    ButtonGroup {
        id: modeGroup
    }
    RadioButton {
        id: wholeChoice
        visible: root.step === ImportDialog.Step.Mapping
        checked: true
        text: qsTr("Import nothing unless every line is good")
        ButtonGroup.group: modeGroup
    }
    RadioButton {
        id: partialChoice
        visible: root.step === ImportDialog.Step.Mapping
        text: qsTr("Import the good lines; write the others to %1").arg(root.exchange.fileName.replace(/\.[^.]*$/, "") + ".rejected.csv")
        ButtonGroup.group: modeGroup
    }

    // Before step 1: the file is read on the worker thread.
    RowLayout {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Reading
        spacing: Theme.gapSmall

        BusyIndicator {
            running: root.step === ImportDialog.Step.Reading
            implicitWidth: 32
            implicitHeight: 32
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Reading and checking the encoding and separators…")
            color: Theme.textMuted
        }
    }

    // Step 2: progress.
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Running
        spacing: Theme.gapSmall

        Label {
            text: qsTr("Importing… %1%").arg(Math.round(root.exchange.progress * 100))
            color: Theme.text
        }
        ProgressBar {
            Layout.fillWidth: true
            value: root.exchange.progress
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Nothing is written until the end; cancelling leaves the event as it was.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }

    // Step 3: the report.
    Label {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Report
        text: root.report.message ?? ""
        color: root.report.ok ? Theme.text : Theme.error
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: root.step === ImportDialog.Step.Report && (root.report.rejectedFile ?? "") !== ""
        text: qsTr("Rejected lines were written to %1").arg(root.report.rejectedFile ?? "")
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ListView {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 320)
        visible: root.step === ImportDialog.Step.Report && count > 0
        clip: true
        model: root.report.issues ?? []
        ScrollBar.vertical: PersistentScrollBar {}
        delegate: Label {
            required property var modelData
            width: ListView.view.width
            text: qsTr("Line %1 · %2: %3").arg(modelData.line).arg(modelData.field).arg(modelData.message)
            color: modelData.warning ? Theme.textMuted : Theme.error
            wrapMode: Text.Wrap
            topPadding: Theme.gapHalf
            bottomPadding: Theme.gapHalf
        }
    }
}
