pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The programme as agenda staff build it: one day, rooms as columns, time as rows, every time
// labelled with the event's zone. Sessions are dragged to move, dragged at the lower edge to
// change their end, or moved from the keyboard; sessions not yet placed wait in the side list
// and are dragged in. Conflicts show on the blocks the moment an edit causes them.
Item {
    id: root

    readonly property TimetableModel timetable: Workspace.timetable
    readonly property bool dialogOpen: sessionDialog.visible || roomsDialog.visible || importDialog.visible || exportDialog.visible || sessionPage.dialogOpen
    /// The session page is shown instead of the grid.
    property bool showingSession: false
    readonly property alias session: sessionPage

    function focusView() {
        if (root.showingSession)
            sessionPage.focusList();
        else
            view.forceActiveFocus();
    }

    function closeDialogs() {
        sessionDialog.close();
        roomsDialog.close();
        importDialog.close();
        exportDialog.close();
        sessionPage.closeDialogs();
    }

    /// After a session was written elsewhere (dialog, page, import): the grid and the side list
    /// read again.
    function refresh() {
        root.timetable.reload();
        Workspace.unscheduled.reload();
    }

    /// The session page of `sessionId`: details, chairs, the speakers' list.
    function openSession(sessionId: int) {
        sessionPage.sessionId = sessionId;
        sessionPage.reload();
        root.showingSession = true;
        sessionPage.focusList();
    }

    function closeSession() {
        root.showingSession = false;
        root.refresh();
        root.selectSession(sessionPage.sessionId);
    }

    /// A new session: in the first visible room at the top of the visible hours.
    function addSession() {
        const columns = root.timetable.columns;
        sessionDialog.openNew(null, columns.length > 0 ? columns[0].roomId : 0, 60);
    }

    function editSession(sessionId: int) {
        sessionDialog.openEdit(sessionId);
    }

    function importSchedule() {
        importDialog.chooseFile();
    }

    function exportSchedule() {
        exportDialog.open();
    }

    function openRooms() {
        roomsDialog.openRooms();
    }

    /// Shows the day of `isoDate` (an event day).
    function showDay(isoDate: string) {
        root.timetable.day = isoDate;
        const days = root.timetable.days;
        for (let i = 0; i < days.length; ++i) {
            if (days[i].date === isoDate)
                dayList.positionViewAtIndex(i, ListView.Contain);
        }
        view.scrollToMinute(root.timetable.firstMinute);
    }

    /// The conflicts tab beside the grid, its first conflict's session selected.
    function showConflicts() {
        sideTabs.currentIndex = 1;
        if (Workspace.conflicts.count > 0)
            root.selectSession(Workspace.conflicts.data(Workspace.conflicts.index(0, 0), ConflictModel.SessionIdRole));
    }

    /// The page of the day's longest speakers' list's session: the first plenary of the day.
    function openFirstSession() {
        for (let row = 0; row < root.timetable.count; ++row) {
            const index = root.timetable.index(row, 0);
            if (root.timetable.data(index, TimetableModel.KindRole) === "plenary") {
                root.openSession(root.timetable.data(index, TimetableModel.SessionIdRole));
                return;
            }
        }
    }

    /// The page of the last plenary of the day shown (the forum's closing session on its last day).
    function openLastPlenary() {
        let last = -1;
        let lastStart = -1;
        for (let row = 0; row < root.timetable.count; ++row) {
            const index = root.timetable.index(row, 0);
            const start = root.timetable.data(index, TimetableModel.StartMinuteRole);
            if (root.timetable.data(index, TimetableModel.KindRole) === "plenary" && start > lastStart) {
                last = root.timetable.data(index, TimetableModel.SessionIdRole);
                lastStart = start;
            }
        }
        if (last > 0)
            root.openSession(last);
    }

    /// The open session's Minutes tab with `noteId` selected.
    function showNote(noteId: int) {
        sessionPage.showNote(noteId);
    }

    /// The minutes of `sessionId` with the pending draft of `noteId` back in the editor.
    function restoreDraft(sessionId: int, noteId: int) {
        root.openSession(sessionId);
        sessionPage.restoreDraft(noteId);
    }

    function showBusiestDay() {
        root.showDay(root.timetable.busiestDay());
    }

    /// Selects a session, on its own day, and scrolls to it (the conflicts panel's jump).
    function selectSession(sessionId: int) {
        root.showingSession = false;
        const day = root.timetable.dayOfSession(sessionId);
        if (day !== "" && day !== root.timetable.day)
            root.timetable.day = day;
        view.selectedSessionId = sessionId;
        const row = root.timetable.rowOf(sessionId);
        if (row >= 0) {
            const index = root.timetable.index(row, 0);
            view.reveal(root.timetable.data(index, TimetableModel.ColumnRole), root.timetable.data(index, TimetableModel.StartMinuteRole), root.timetable.data(index, TimetableModel.EndMinuteRole));
        }
        view.forceActiveFocus();
    }

    Component.onCompleted: {
        root.timetable.reload();
        view.scrollToMinute(root.timetable.firstMinute);
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !root.dialogOpen && !root.showingSession
        onActivated: root.addSession()
    }

    SessionPage {
        id: sessionPage
        anchors.fill: parent
        visible: root.showingSession
        onBackRequested: root.closeSession()
        onSaved: sessionId => {
            Workspace.conflicts.sessionChanged(sessionId);
            root.refresh();
        }
        onSpeakersWritten: sessionId => Workspace.conflicts.sessionChanged(sessionId)
        onRemoved: sessionId => {
            Workspace.conflicts.sessionChanged(sessionId);
            root.showingSession = false;
            root.refresh();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium
        visible: !root.showingSession

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Programme")
            subtitle: root.timetable.count === 1 ? qsTr("1 session on this day") : qsTr("%1 sessions on this day").arg(root.timetable.count)

            TextField {
                id: roomFilter
                Layout.preferredWidth: 180
                placeholderText: qsTr("Filter rooms")
                Accessible.name: qsTr("Filter rooms by name or floor")
                onTextChanged: root.timetable.roomFilter = text
            }
            Label {
                text: qsTr("Step")
                color: Theme.textMuted
            }
            ComboBox {
                id: zoom
                Layout.preferredWidth: 96
                model: [5, 15, 30, 60]
                currentIndex: 1
                displayText: qsTr("%1 min").arg(currentValue)
                Accessible.name: qsTr("Minutes per row")
                onActivated: {
                    view.scrollToMinute(root.timetable.firstMinute);
                    view.forceActiveFocus();
                }
            }
            Button {
                text: qsTr("New session…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Add a session (Ctrl+N)")
                onClicked: root.addSession()
            }
            Button {
                text: qsTr("Open")
                enabled: view.selectedSessionId !== 0
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("The selected session's page with its speakers' list (Enter)")
                onClicked: root.openSession(view.selectedSessionId)
            }
            Button {
                text: qsTr("Edit…")
                enabled: view.selectedSessionId !== 0
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Edit the selected session (double-click)")
                onClicked: root.editSession(view.selectedSessionId)
            }
            Button {
                text: qsTr("Rooms…")
                onClicked: root.openRooms()
            }
            Button {
                text: qsTr("Import…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Import a frab, pentabarf or pretalx schedule (XML or JSON)")
                onClicked: root.importSchedule()
            }
            Button {
                text: qsTr("Export…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Export the programme as frab XML or JSON, or as an iCalendar file")
                onClicked: root.exportSchedule()
            }
        }

        // The event's days.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapSmall

            // A COP has twelve days: the buttons scroll sideways rather than widen the page.
            ListView {
                id: dayList
                Layout.fillWidth: true
                Layout.preferredHeight: 30
                orientation: ListView.Horizontal
                spacing: Theme.gapSmall
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: root.timetable.days
                delegate: Button {
                    required property var modelData

                    text: modelData.label
                    checkable: true
                    checked: root.timetable.day === modelData.date
                    highlighted: checked
                    Accessible.name: qsTr("Show %1").arg(modelData.label)
                    onClicked: root.showDay(modelData.date)
                }
            }
            Label {
                text: qsTr("Times in %1").arg(root.timetable.zoneLabel)
                color: Theme.textMuted
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapMedium

            TimetableView {
                id: view
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                model: root.timetable
                snapMinutes: zoom.currentValue
                onFailed: message => Workspace.errorOccurred(message)
                onEditRequested: sessionId => root.openSession(sessionId)
                onEditInDialogRequested: sessionId => root.editSession(sessionId)
                onUnscheduleRequested: sessionId => {
                    const result = root.timetable.unscheduleSession(sessionId);
                    if (!result.ok)
                        Workspace.errorOccurred(result.message);
                    view.selectedSessionId = 0;
                }
            }

            // Beside the grid: the sessions waiting for a time or a room, and the conflicts.
            Rectangle {
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: 4

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    TabBar {
                        id: sideTabs
                        Layout.fillWidth: true
                        PageTab {
                            text: qsTr("Not placed (%1)").arg(Workspace.unscheduled.count)
                        }
                        PageTab {
                            text: Workspace.conflicts.errorCount > 0 ? qsTr("Conflicts (%1 errors)").arg(Workspace.conflicts.errorCount) : qsTr("Conflicts (%1)").arg(Workspace.conflicts.count)
                        }
                    }

                    StackLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: sideTabs.currentIndex

                        ColumnLayout {
                            spacing: 0

                            Label {
                                Layout.fillWidth: true
                                Layout.margins: Theme.gapSmall
                                text: qsTr("Drag a session onto a room and time.")
                                font.pointSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                            ListView {
                                id: unscheduledList
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                clip: true
                                model: Workspace.unscheduled
                                Accessible.name: qsTr("Sessions not in the timetable")
                                ScrollBar.vertical: PersistentScrollBar {}
                                delegate: UnscheduledSessionDelegate {
                                    width: unscheduledList.width
                                    dragParent: root
                                }

                                Label {
                                    anchors.centerIn: parent
                                    width: parent.width - 2 * Theme.gapMedium
                                    visible: unscheduledList.count === 0
                                    horizontalAlignment: Text.AlignHCenter
                                    wrapMode: Text.Wrap
                                    text: qsTr("Every session has a room and a time.")
                                    color: Theme.textMuted
                                }
                            }
                        }

                        ConflictsPanel {
                            onJumpRequested: sessionId => root.selectSession(sessionId)
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        Layout.margins: Theme.gapSmall
                        text: qsTr("Tab selects a session · arrows move it · Shift+↑↓ change its end · Enter opens it · double-click edits · Del takes it out")
                        wrapMode: Text.Wrap
                        color: Theme.textFaint
                        font.pointSize: Theme.fontSmall
                    }
                }
            }
        }
    }

    SessionDialog {
        id: sessionDialog
        onSaved: id => {
            Workspace.conflicts.sessionChanged(id);
            root.refresh();
            root.selectSession(id);
        }
    }

    RoomsDialog {
        id: roomsDialog
        onClosed: root.refresh()
    }

    ScheduleExportDialog {
        id: exportDialog
    }

    ScheduleImportDialog {
        id: importDialog
        onClosed: root.refresh()
    }
}
