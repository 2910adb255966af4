pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models
import Plenary.Printing

// Printed reports: a kind and its options on the left, the report written off the GUI thread
// (progress, cancel) and previewed on the right, then saved as a PDF or printed.
Item {
    id: root

    readonly property ReportJob job: reportJob
    /// The kind chosen in the list (reportKinds() codes).
    property string kind: "attendees"
    readonly property bool busy: reportJob.busy
    readonly property bool dialogOpen: saveDialog.visible
    readonly property bool hasReport: reportJob.ready
    /// The preview's page count and the page at its top (0 while there is none).
    readonly property int pageCount: root.preview ? root.preview.pageCount : 0
    readonly property int currentPage: root.preview ? root.preview.currentPage : 0
    /// The preview of the report shown, made and dropped with it (a Loader cannot make a
    /// bound component in Qt 6.4).
    property ReportPreview preview: null

    onHasReportChanged: {
        if (root.preview) {
            root.preview.destroy();
            root.preview = null;
        }
        if (root.hasReport)
            root.preview = previewComponent.createObject(previewArea, {
                source: reportJob.file
            }) as ReportPreview;
    }

    /// The list of participants' columns the user ticked; empty = the report's default set.
    property var chosenColumns: []
    readonly property var shownColumns: root.chosenColumns.length > 0 ? root.chosenColumns : root.defaultColumns(attendeesOrder.currentValue)
    property var sessionChoices: []
    property var dayChoices: []
    property var delegationChoices: []
    property var roomChoices: []

    /// Called when the page is shown: lists re-read, and confidential notes left out again
    /// (including them is a choice made at the moment of printing).
    function activate() {
        root.sessionChoices = reportJob.sessionChoices();
        root.dayChoices = reportJob.dayChoices();
        root.delegationChoices = Workspace.delegations.choices();
        root.roomChoices = Workspace.rooms.choices();
        minutesConfidential.checked = false;
        kindList.forceActiveFocus();
    }

    function closeDialogs() {
        saveDialog.close();
    }

    function selectKind(code: string) {
        for (let row = 0; row < kindList.count; ++row) {
            if (reportJob.kinds[row].code === code)
                kindList.currentIndex = row;
        }
    }

    function titleOf(code: string): string {
        for (const entry of reportJob.kinds) {
            if (entry.code === code)
                return entry.title;
        }
        return code;
    }

    function descriptionOf(code: string): string {
        switch (code) {
        case "programme":
            return qsTr("Every session by day or by room");
        case "attendees":
            return qsTr("Participants by delegation, name or role");
        case "delegations":
            return qsTr("Each delegation, its head and its members");
        case "badges":
            return qsTr("Badges of approved participants, to cut");
        case "tent-cards":
            return qsTr("Folded name cards for the seats");
        case "speakers":
            return qsTr("One session's speakers in order");
        case "minutes":
            return qsTr("Notes, decisions and action items");
        default:
            return "";
        }
    }

    function defaultColumns(order: var): var {
        return String(order) === "delegation" ? ["name", "function", "organisation"] : ["name", "function", "delegation"];
    }

    function toggleColumn(code: var, on: bool) {
        const columns = root.shownColumns.filter(c => c !== String(code));
        if (on)
            columns.push(String(code));
        // In the report's own order.
        root.chosenColumns = reportJob.attendeeColumns.map(c => c.value).filter(c => columns.indexOf(c) >= 0);
    }

    /// `[{value: firstValue, label: firstLabel}]` followed by `choices`, for a combo box.
    function withFirst(firstValue: var, firstLabel: string, choices: var): var {
        const list = [
            {
                value: firstValue,
                label: firstLabel
            }
        ];
        for (let i = 0; i < choices.length; ++i)
            list.push(choices[i]);
        return list;
    }

    /// The options of the chosen kind, as ReportJob.start() reads them.
    function options(): var {
        const chosen = {
            pdfA: pdfABox.checked
        };
        switch (root.kind) {
        case "attendees":
            chosen.order = attendeesOrder.currentValue;
            chosen.columns = root.shownColumns;
            chosen.includeDocuments = documentsBox.checked;
            chosen.delegationId = attendeesDelegation.currentValue;
            break;
        case "programme":
            chosen.order = programmeOrder.currentValue;
            chosen.day = programmeDay.currentValue;
            chosen.roomId = programmeRoom.currentValue;
            chosen.includeRestricted = programmeRestricted.checked;
            break;
        case "badges":
            chosen.cardSize = a6Choice.checked ? "a6" : "card";
            chosen.delegationId = badgesDelegation.currentValue;
            break;
        case "speakers":
            chosen.sessionId = speakersSession.currentValue;
            break;
        case "minutes":
            chosen.sessionId = minutesSession.currentValue;
            chosen.includeRestricted = minutesRestricted.checked;
            chosen.includeConfidential = minutesConfidential.checked;
            break;
        }
        return chosen;
    }

    function generate() {
        if (!reportJob.busy)
            reportJob.start(root.kind, root.options());
    }

    function save() {
        if (reportJob.busy || !root.hasReport)
            return;
        saveDialog.selectedFile = reportJob.suggestedFile();
        saveDialog.open();
    }

    function printReport() {
        if (!reportJob.busy && root.hasReport)
            reportJob.printWithDialog();
    }

    function zoom(factor: real) {
        if (root.preview)
            root.preview.zoom(factor);
    }

    function fitWidth() {
        if (root.preview)
            root.preview.fitWidth();
    }

    function goToPage(page: int) {
        if (root.preview)
            root.preview.goToPage(page);
    }

    ReportJob {
        id: reportJob
        onOutcomeChanged: {
            if (reportJob.ready && root.visible)
                previewArea.forceActiveFocus();
        }
    }

    Component {
        id: previewComponent

        ReportPreview {
            anchors.fill: parent
            // While printing, the progress shows instead.
            visible: !reportJob.busy
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the report as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF document (*.pdf)")]
        onAccepted: reportJob.saveAs(saveDialog.selectedFile)
    }

    component OptionLabel: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gapHalf
        color: Theme.textMuted
        font.pointSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    component KindDelegate: ItemDelegate {
        id: kindRow

        required property int index
        required property var modelData

        width: ListView.view.width
        height: Theme.rowHeight - Theme.gapSmall
        highlighted: ListView.isCurrentItem
        Accessible.name: String(kindRow.modelData.title)
        onClicked: {
            kindList.currentIndex = kindRow.index;
            kindList.forceActiveFocus();
        }

        background: Rectangle {
            color: kindRow.highlighted ? Theme.rowSelected : kindRow.hovered ? Theme.rowHover : Theme.surface
            Rectangle {
                visible: kindRow.highlighted
                width: 3
                height: parent.height
                color: Theme.rowSelectedBorder
            }
        }

        contentItem: ColumnLayout {
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: String(kindRow.modelData.title)
                color: Theme.text
                font.weight: kindRow.highlighted ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.descriptionOf(String(kindRow.modelData.code))
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Reports")
            subtitle: qsTr("Lists, badges, the programme and the minutes as PDF: preview, save and print")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapLarge

            // The report and its options.
            Rectangle {
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: 4

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    ListView {
                        id: kindList
                        Layout.fillWidth: true
                        Layout.preferredHeight: kindList.count * (Theme.rowHeight - Theme.gapSmall)
                        interactive: false
                        activeFocusOnTab: true
                        highlightMoveDuration: 0
                        model: reportJob.kinds
                        currentIndex: 1
                        Accessible.name: qsTr("Reports")
                        onCurrentIndexChanged: {
                            if (kindList.currentIndex >= 0)
                                root.kind = String(reportJob.kinds[kindList.currentIndex].code);
                        }
                        Keys.onReturnPressed: root.generate()
                        Keys.onEnterPressed: root.generate()
                        delegate: KindDelegate {}
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.divider
                    }

                    ScrollView {
                        id: optionsScroll
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        contentWidth: availableWidth
                        clip: true
                        ScrollBar.vertical: PersistentScrollBar {
                            parent: optionsScroll
                            x: optionsScroll.width - width
                            height: optionsScroll.availableHeight
                        }

                        ColumnLayout {
                            width: optionsScroll.availableWidth - 2 * Theme.gapMedium
                            x: Theme.gapMedium
                            spacing: Theme.gapHalf

                            SectionLabel {
                                Layout.bottomMargin: Theme.gapHalf
                                text: qsTr("Options: %1").arg(root.titleOf(root.kind))
                            }

                            // The list of participants.
                            ColumnLayout {
                                Layout.fillWidth: true
                                visible: root.kind === "attendees"
                                spacing: Theme.gapHalf

                                OptionLabel {
                                    text: qsTr("Order")
                                }
                                FormComboBox {
                                    id: attendeesOrder
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Order of the list")
                                    model: [
                                        {
                                            value: "delegation",
                                            label: qsTr("By delegation, heads first")
                                        },
                                        {
                                            value: "name",
                                            label: qsTr("By family name")
                                        },
                                        {
                                            value: "role",
                                            label: qsTr("By role")
                                        }
                                    ]
                                    onSubmitRequested: root.generate()
                                }
                                OptionLabel {
                                    text: qsTr("Delegation")
                                }
                                FormComboBox {
                                    id: attendeesDelegation
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Delegation of the list")
                                    model: root.withFirst(0, qsTr("Every delegation"), root.delegationChoices)
                                    onSubmitRequested: root.generate()
                                }
                                OptionLabel {
                                    text: qsTr("Columns (the name always prints)")
                                }
                                GridLayout {
                                    Layout.fillWidth: true
                                    columns: 2
                                    columnSpacing: Theme.gapSmall
                                    rowSpacing: 0

                                    Repeater {
                                        model: reportJob.attendeeColumns

                                        CheckBox {
                                            required property var modelData

                                            Layout.fillWidth: true
                                            text: String(modelData.label)
                                            enabled: modelData.value !== "name"
                                            checked: root.shownColumns.indexOf(modelData.value) >= 0
                                            onToggled: root.toggleColumn(modelData.value, checked)
                                        }
                                    }
                                }
                                CheckBox {
                                    id: documentsBox
                                    Layout.fillWidth: true
                                    text: qsTr("Identity documents unmasked")
                                    ToolTip.visible: documentsBox.hovered
                                    ToolTip.delay: 600
                                    ToolTip.text: qsTr("Otherwise document numbers print masked, e.g. ••••••567")
                                }
                            }

                            // The programme.
                            ColumnLayout {
                                Layout.fillWidth: true
                                visible: root.kind === "programme"
                                spacing: Theme.gapHalf

                                OptionLabel {
                                    text: qsTr("Order")
                                }
                                FormComboBox {
                                    id: programmeOrder
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Order of the programme")
                                    model: [
                                        {
                                            value: "day",
                                            label: qsTr("By day, then time")
                                        },
                                        {
                                            value: "room",
                                            label: qsTr("By room, then time")
                                        }
                                    ]
                                    onSubmitRequested: root.generate()
                                }
                                OptionLabel {
                                    text: qsTr("Day")
                                }
                                FormComboBox {
                                    id: programmeDay
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Day of the programme")
                                    model: root.withFirst("", qsTr("Every day"), root.dayChoices)
                                    onSubmitRequested: root.generate()
                                }
                                OptionLabel {
                                    text: qsTr("Room")
                                }
                                FormComboBox {
                                    id: programmeRoom
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Room of the programme")
                                    model: root.withFirst(0, qsTr("Every room"), root.roomChoices)
                                    onSubmitRequested: root.generate()
                                }
                                CheckBox {
                                    id: programmeRestricted
                                    Layout.fillWidth: true
                                    text: qsTr("Include restricted sessions")
                                }
                            }

                            // Badges.
                            ColumnLayout {
                                Layout.fillWidth: true
                                visible: root.kind === "badges"
                                spacing: Theme.gapHalf

                                OptionLabel {
                                    text: qsTr("Size")
                                }
                                ButtonGroup {
                                    id: cardSizeGroup
                                }
                                RadioButton {
                                    Layout.fillWidth: true
                                    checked: true
                                    text: qsTr("Cards (ID-1, 86 × 54 mm)")
                                    ButtonGroup.group: cardSizeGroup
                                }
                                RadioButton {
                                    id: a6Choice
                                    Layout.fillWidth: true
                                    text: qsTr("A6")
                                    ButtonGroup.group: cardSizeGroup
                                }
                                OptionLabel {
                                    text: qsTr("Who")
                                }
                                FormComboBox {
                                    id: badgesDelegation
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Delegation of the badges")
                                    model: root.withFirst(0, qsTr("Every approved participant"), root.delegationChoices)
                                    onSubmitRequested: root.generate()
                                }
                            }

                            // The speakers' list.
                            ColumnLayout {
                                Layout.fillWidth: true
                                visible: root.kind === "speakers"
                                spacing: Theme.gapHalf

                                OptionLabel {
                                    text: qsTr("Session")
                                }
                                FormComboBox {
                                    id: speakersSession
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Session of the speakers' list")
                                    model: root.withFirst(0, qsTr("Choose a session"), root.sessionChoices)
                                    onSubmitRequested: root.generate()
                                }
                            }

                            // The minutes.
                            ColumnLayout {
                                Layout.fillWidth: true
                                visible: root.kind === "minutes"
                                spacing: Theme.gapHalf

                                OptionLabel {
                                    text: qsTr("Session")
                                }
                                FormComboBox {
                                    id: minutesSession
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Session of the minutes")
                                    model: root.withFirst(0, qsTr("The whole event"), root.sessionChoices)
                                    onSubmitRequested: root.generate()
                                }
                                CheckBox {
                                    id: minutesRestricted
                                    Layout.fillWidth: true
                                    text: qsTr("Include restricted notes")
                                }
                                CheckBox {
                                    id: minutesConfidential
                                    objectName: "minutesConfidential"
                                    Layout.fillWidth: true
                                    text: qsTr("Include confidential notes")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: minutesConfidential.checked
                                    text: qsTr("Every page will be marked confidential. Asked again each time this page opens.")
                                    color: Theme.toneRed
                                    font.pointSize: Theme.fontSmall
                                    wrapMode: Text.Wrap
                                }
                            }

                            Label {
                                Layout.fillWidth: true
                                visible: root.kind === "delegations" || root.kind === "tent-cards"
                                text: qsTr("This report has no options.")
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.divider
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.margins: Theme.gapMedium
                        spacing: Theme.gapSmall

                        CheckBox {
                            id: pdfABox
                            Layout.fillWidth: true
                            text: qsTr("PDF/A for archiving")
                            ToolTip.visible: pdfABox.hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("PDF/A-1b: fonts embedded, readable in decades")
                        }
                        PrimaryButton {
                            Layout.fillWidth: true
                            enabled: !reportJob.busy
                            text: qsTr("Generate (Ctrl+G)")
                            onClicked: root.generate()
                        }
                    }
                }
            }

            // The preview.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: previewArea.activeFocus ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6) : Theme.border
                radius: 4

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    // Title, size and the actions.
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: Theme.gapSmall
                        Layout.leftMargin: Theme.gapMedium
                        spacing: Theme.gapSmall

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0

                            Label {
                                Layout.fillWidth: true
                                text: root.hasReport ? root.titleOf(reportJob.kind) : qsTr("Preview")
                                color: Theme.text
                                font.pointSize: Theme.fontSection
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: root.hasReport ? reportJob.summary : qsTr("Nothing generated yet")
                                color: Theme.textMuted
                                font.pointSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                        }
                        Label {
                            visible: root.pageCount > 0
                            text: qsTr("Page %1 of %2").arg(root.currentPage + 1).arg(root.pageCount)
                            color: Theme.textMuted
                        }
                        ToolButton {
                            enabled: root.hasReport
                            text: "−"
                            font.pointSize: Theme.fontSection
                            Accessible.name: qsTr("Zoom out")
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Zoom out (Ctrl+-)")
                            onClicked: root.zoom(1 / 1.25)
                        }
                        ToolButton {
                            enabled: root.hasReport
                            text: "+"
                            font.pointSize: Theme.fontSection
                            Accessible.name: qsTr("Zoom in")
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Zoom in (Ctrl++)")
                            onClicked: root.zoom(1.25)
                        }
                        ToolButton {
                            enabled: root.hasReport
                            text: qsTr("Fit")
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Fit the page width (Ctrl+0)")
                            onClicked: root.fitWidth()
                        }
                        Button {
                            implicitHeight: Theme.controlHeight
                            enabled: root.hasReport && !reportJob.busy
                            text: qsTr("Save…")
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Save as PDF (Ctrl+S)")
                            onClicked: root.save()
                        }
                        PrimaryButton {
                            enabled: root.hasReport && !reportJob.busy
                            text: qsTr("Print…")
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Print (Ctrl+P)")
                            onClicked: root.printReport()
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.divider
                    }

                    FocusScope {
                        id: previewArea
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        activeFocusOnTab: true
                        clip: true
                        Accessible.name: qsTr("Report preview")
                        Keys.onPressed: event => {
                            if (!root.hasReport)
                                return;
                            if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
                                root.goToPage(root.currentPage + 1);
                                event.accepted = true;
                            } else if (event.key === Qt.Key_PageUp) {
                                root.goToPage(root.currentPage - 1);
                                event.accepted = true;
                            } else if (event.key === Qt.Key_Home) {
                                root.goToPage(0);
                                event.accepted = true;
                            } else if (event.key === Qt.Key_End) {
                                root.goToPage(root.pageCount - 1);
                                event.accepted = true;
                            }
                        }

                        Rectangle {
                            anchors.fill: parent
                            color: Theme.divider
                        }


                        // Writing: how far, and a way out.
                        ColumnLayout {
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 2 * Theme.gapLarge, 360)
                            visible: reportJob.busy
                            spacing: Theme.gapSmall

                            Label {
                                Layout.fillWidth: true
                                text: reportJob.activity === "printing" ? qsTr("Printing…") : qsTr("Writing %1…").arg(root.titleOf(root.kind).toLowerCase())
                                color: Theme.text
                                font.weight: Font.DemiBold
                                horizontalAlignment: Text.AlignHCenter
                                elide: Text.ElideRight
                            }
                            ProgressBar {
                                Layout.fillWidth: true
                                value: reportJob.progress
                            }
                            Button {
                                Layout.alignment: Qt.AlignHCenter
                                text: qsTr("Cancel (Esc)")
                                onClicked: reportJob.cancel()
                            }
                        }

                        // Nothing yet, cancelled, or what went wrong.
                        ColumnLayout {
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 2 * Theme.gapLarge, 420)
                            visible: !reportJob.busy && !root.hasReport
                            spacing: Theme.gapSmall

                            Label {
                                Layout.fillWidth: true
                                text: reportJob.error !== "" ? qsTr("The report could not be written") : reportJob.cancelled ? qsTr("Cancelled: no report was written") : qsTr("Choose a report and its options")
                                color: reportJob.error !== "" ? Theme.error : Theme.text
                                font.pointSize: Theme.fontSection
                                font.weight: Font.DemiBold
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: reportJob.error !== "" ? reportJob.error : qsTr("Then Generate (Ctrl+G): the report appears here to check before you save or print it.")
                                color: Theme.textMuted
                                horizontalAlignment: Text.AlignHCenter
                                wrapMode: Text.Wrap
                            }
                        }
                    }

                    // What the latest save or print did.
                    Rectangle {
                        Layout.fillWidth: true
                        visible: actionLabel.text !== ""
                        implicitHeight: actionLabel.implicitHeight + 2 * Theme.gapSmall
                        color: reportJob.actionFailed ? Theme.errorBackground : Theme.accentLight
                        radius: 4

                        Label {
                            id: actionLabel
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gapMedium
                            anchors.rightMargin: Theme.gapMedium
                            verticalAlignment: Text.AlignVCenter
                            text: reportJob.actionMessage
                            color: reportJob.actionFailed ? Theme.error : Theme.text
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequences: ["Ctrl+G", "Ctrl+Return"]
        enabled: root.visible && !root.dialogOpen
        onActivated: root.generate()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && !root.dialogOpen && root.hasReport
        onActivated: root.save()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.visible && !root.dialogOpen && root.hasReport
        onActivated: root.printReport()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && reportJob.busy
        onActivated: reportJob.cancel()
    }
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        enabled: root.visible && root.hasReport
        onActivated: root.zoom(1.25)
    }
    Shortcut {
        sequence: "Ctrl+-"
        enabled: root.visible && root.hasReport
        onActivated: root.zoom(1 / 1.25)
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: root.visible && root.hasReport
        onActivated: root.fitWidth()
    }
}
