pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// One session: its details and chairs, and its speakers' list as the chair works it. The
// list is written at every change: drag a slot by its handle or move it with Ctrl+Up/Down,
// "Order by protocol" (Ctrl+P), add (Ctrl+N), edit (Enter), remove (Del). Rights of reply
// stay at the end; the bar shows the running total against the session's length. The Minutes
// tab holds the secretary's minutes (MinutesPanel); Ctrl+Tab switches tabs.
Item {
    id: root

    /// The session shown.
    property int sessionId
    readonly property alias editor: sessionEditor
    readonly property alias speakers: speakersModel
    readonly property var languages: sessionEditor.languages
    /// A dialog of this page is open (the window's page shortcuts wait).
    readonly property bool dialogOpen: sessionDialog.visible || speakerDialog.visible || confirm.visible || minutesPanel.dialogOpen
    readonly property alias minutes: minutesPanel
    /// The Minutes tab is shown (rather than the speakers' list).
    readonly property bool showingMinutes: tabs.currentIndex === 1

    /// The session was edited and saved here (the timetable and conflicts refresh).
    signal saved(int sessionId)
    /// The speakers' list was written here (the conflict engine re-checks its speakers).
    signal speakersWritten(int sessionId)
    /// The user asks to go back (to the timetable).
    signal backRequested
    /// The session was deleted here (the page then asks to go back).
    signal removed(int sessionId)

    /// Reads the session and its list again (after a move in the timetable, an undo, ...).
    function reload() {
        sessionEditor.reload();
        speakersModel.reload();
        minutesPanel.reload();
    }

    /// Shows the Minutes tab (`true`) or the speakers' list.
    function showMinutes(shown: bool) {
        tabs.currentIndex = shown ? 1 : 0;
        if (shown)
            minutesPanel.focusEditor();
        else
            slotList.forceActiveFocus();
    }

    /// Shows the Minutes tab with `noteId` selected (a search result opened).
    function showNote(noteId: int) {
        tabs.currentIndex = 1;
        minutesPanel.selectNoteId(noteId);
        minutesPanel.focusEditor();
    }

    /// Shows the Minutes tab with the pending draft of `noteId` back in the editor.
    function restoreDraft(noteId: int) {
        tabs.currentIndex = 1;
        minutesPanel.restoreDraft(noteId);
    }

    /// Ctrl+N, as on the other pages: a speaker for this session.
    function addNew() {
        root.addSpeaker();
    }

    function deleteSession() {
        confirm.row = -1;
        confirm.ask(qsTr("Delete session"), qsTr("Delete the session “%1” and its speakers' list? This cannot be undone.").arg(sessionEditor.title), qsTr("Delete"));
    }

    function focusList() {
        if (root.showingMinutes)
            minutesPanel.focusEditor();
        else
            slotList.forceActiveFocus();
    }

    function closeDialogs() {
        sessionDialog.close();
        speakerDialog.close();
        confirm.close();
        minutesPanel.closeDialogs();
    }

    function editSession() {
        sessionDialog.openEdit(root.sessionId);
    }

    function addSpeaker() {
        if (root.sessionId > 0)
            speakerDialog.openNew();
    }

    function editSlot(row: int) {
        const item = slotList.itemAtIndex(row) as SpeakingSlotDelegate;
        if (!item)
            return;
        speakerDialog.openEdit(row, {
            speakerId: item.speakerId,
            speakerName: item.speakerName,
            delegationId: item.delegationId,
            topic: item.topic,
            allottedMinutes: item.allottedMinutes,
            representationLevel: item.representationLevel,
            rightOfReply: item.rightOfReply
        });
    }

    function moveSlot(from: int, to: int) {
        const row = speakersModel.move(from, to);
        if (row >= 0) {
            slotList.currentIndex = row;
            slotList.positionViewAtIndex(row, ListView.Contain);
        }
    }

    function removeSlot(row: int) {
        const item = slotList.itemAtIndex(row) as SpeakingSlotDelegate;
        if (!item)
            return;
        confirm.row = row;
        confirm.ask(qsTr("Remove speaker"), qsTr("Remove %1 from the speakers' list?").arg(item.speakerName), qsTr("Remove"));
    }

    SessionEditor {
        id: sessionEditor
        sessionId: root.sessionId
        onFailed: message => Workspace.errorOccurred(message)
    }

    SpeakersListModel {
        id: speakersModel
        sessionId: root.sessionId
        onFailed: message => Workspace.errorOccurred(message)
        onSlotsWritten: id => root.speakersWritten(id)
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !root.dialogOpen && !root.showingMinutes
        onActivated: root.addSpeaker()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.visible && !root.dialogOpen && !root.showingMinutes
        onActivated: speakersModel.orderByProtocol()
    }
    Shortcut {
        sequences: ["Ctrl+Tab", "Ctrl+Shift+Tab"]
        enabled: root.visible && !root.dialogOpen
        onActivated: root.showMinutes(!root.showingMinutes)
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: root.visible && !root.dialogOpen
        onActivated: root.editSession()
    }
    Shortcut {
        sequence: "Alt+Left"
        enabled: root.visible && !root.dialogOpen
        onActivated: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: sessionEditor.title !== "" ? sessionEditor.title : qsTr("Session")
            subtitle: sessionEditor.kindLabel + " · " + sessionEditor.whenText

            Button {
                implicitHeight: Theme.controlHeight
                text: qsTr("Back")
                onClicked: root.backRequested()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Alt+←")
            }
            Button {
                implicitHeight: Theme.controlHeight
                text: qsTr("Delete session…")
                enabled: root.sessionId > 0
                onClicked: root.deleteSession()
            }
            PrimaryButton {
                text: qsTr("Edit session…")
                onClicked: root.editSession()
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Ctrl+E")
            }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true

            PageTab {
                text: qsTr("Speakers' list")
                width: implicitWidth
            }
            PageTab {
                text: minutesPanel.locked ? qsTr("Minutes · final") : qsTr("Minutes")
                width: implicitWidth
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gapMedium

                // Details and chairs.
                Rectangle {
                    Layout.preferredWidth: 320
                    Layout.fillHeight: true
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gapMedium
                        spacing: Theme.gapSmall

                        SectionLabel {
                            text: qsTr("Details")
                        }

                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: Theme.gapMedium
                            rowSpacing: Theme.gapHalf

                            Key {
                                text: qsTr("Room")
                            }
                            Value {
                                text: sessionEditor.roomName !== "" ? sessionEditor.roomName : qsTr("No room")
                            }
                            Key {
                                text: qsTr("When")
                            }
                            Value {
                                text: sessionEditor.whenText
                            }
                            Key {
                                text: qsTr("Length")
                            }
                            Value {
                                text: sessionEditor.durationMinutes > 0 ? qsTr("%1 min").arg(sessionEditor.durationMinutes) : "—"
                            }
                            Key {
                                text: qsTr("Visibility")
                            }
                            Value {
                                text: sessionEditor.visibility === "restricted" ? qsTr("Restricted") : qsTr("Public")
                            }
                            Key {
                                text: qsTr("Languages")
                            }
                            Value {
                                text: root.languages.length > 0 ? root.languages.map(code => Workspace.languageName(code)).join(", ") : "—"
                            }
                            Key {
                                text: qsTr("Expected")
                            }
                            Value {
                                text: sessionEditor.expectedAttendance !== "" ? qsTr("%1 people").arg(sessionEditor.expectedAttendance) : "—"
                            }
                            Key {
                                text: qsTr("Track")
                            }
                            Value {
                                text: sessionEditor.track !== "" ? sessionEditor.track : "—"
                            }
                        }

                        SectionLabel {
                            text: qsTr("Chairs")
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: sessionEditor.chairs.length === 0
                            text: qsTr("No chair yet.")
                            color: Theme.textMuted
                        }

                        Repeater {
                            model: sessionEditor.chairs

                            delegate: ColumnLayout {
                                id: chair
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    text: chair.modelData.name
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: text !== ""
                                    text: chair.modelData.delegation
                                    color: Theme.textMuted
                                    font.pointSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                }
                            }
                        }

                        SectionLabel {
                            visible: sessionEditor.description !== ""
                            text: qsTr("Description")
                        }

                        Label {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: sessionEditor.description
                            wrapMode: Text.Wrap
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignTop
                        }
                    }
                }

                // The speakers' list.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gapMedium
                        spacing: Theme.gapSmall

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gapSmall

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Speakers' list")
                                color: Theme.accent
                                font.pointSize: Theme.fontSection
                                font.weight: Font.DemiBold
                            }
                            Button {
                                implicitHeight: Theme.controlHeight
                                text: qsTr("Order by protocol")
                                enabled: speakersModel.count > 1
                                onClicked: speakersModel.orderByProtocol()
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("Level of representation, then order of request; rights of reply last (Ctrl+P)")
                            }
                            PrimaryButton {
                                text: qsTr("Add speaker…")
                                enabled: root.sessionId > 0
                                onClicked: root.addSpeaker()
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("Ctrl+N")
                            }
                        }

                        // The running total against the session's length.
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.gapHalf

                            Rectangle {
                                id: totalBar
                                Layout.fillWidth: true
                                implicitHeight: 8
                                radius: 4
                                color: Theme.divider
                                Accessible.role: Accessible.ProgressBar
                                Accessible.name: speakersModel.totalText

                                Rectangle {
                                    width: speakersModel.sessionMinutes > 0 ? Math.min(1, speakersModel.totalMinutes / speakersModel.sessionMinutes) * totalBar.width : 0
                                    height: parent.height
                                    radius: 4
                                    color: speakersModel.overrun ? Theme.error : Theme.toneGreen
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: speakersModel.overrun ? qsTr("Overrun: %1").arg(speakersModel.totalText) : speakersModel.totalText
                                color: speakersModel.overrun ? Theme.error : Theme.textMuted
                                font.weight: speakersModel.overrun ? Font.DemiBold : Font.Normal
                                wrapMode: Text.Wrap
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            visible: speakersModel.count === 0
                            text: root.sessionId > 0 ? qsTr("No speakers yet. Add one with Ctrl+N.") : qsTr("Save the session to start its speakers' list.")
                            color: Theme.textMuted
                        }

                        ListView {
                            id: slotList
                            objectName: "speakersList"

                            /// The row a drag started from, and the row it would land on (-1: none).
                            property int dragFrom: -1
                            property int dropRow: -1

                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            focus: true
                            keyNavigationEnabled: true
                            boundsBehavior: Flickable.StopAtBounds
                            model: speakersModel
                            currentIndex: speakersModel.count > 0 ? 0 : -1
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Speakers' list")
                            ScrollBar.vertical: PersistentScrollBar {}

                            Keys.onPressed: event => {
                                const row = slotList.currentIndex;
                                if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Up) {
                                    root.moveSlot(row, row - 1);
                                    event.accepted = true;
                                } else if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Down) {
                                    root.moveSlot(row, row + 1);
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Delete && row >= 0) {
                                    root.removeSlot(row);
                                    event.accepted = true;
                                } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && row >= 0) {
                                    root.editSlot(row);
                                    event.accepted = true;
                                }
                            }

                            delegate: SpeakingSlotDelegate {
                                id: slotDelegate
                                width: slotList.width
                                current: ListView.isCurrentItem
                                dropBefore: slotList.dropRow === slotDelegate.index && slotList.dragFrom > slotDelegate.index
                                dropAfter: slotList.dropRow === slotDelegate.index && slotList.dragFrom >= 0 && slotList.dragFrom < slotDelegate.index
                                onClicked: {
                                    slotList.currentIndex = slotDelegate.index;
                                    slotList.forceActiveFocus();
                                }
                                onDoubleClicked: root.editSlot(slotDelegate.index)
                                onRemoveRequested: root.removeSlot(slotDelegate.index)
                                onDragMoved: y => {
                                    slotList.dragFrom = slotDelegate.index;
                                    const point = slotDelegate.mapToItem(slotList.contentItem, 0, y);
                                    const row = slotList.indexAt(10, point.y);
                                    slotList.dropRow = row >= 0 ? row : (point.y < 0 ? 0 : slotList.count - 1);
                                }
                                onDragFinished: {
                                    if (slotList.dragFrom >= 0 && slotList.dropRow >= 0)
                                        root.moveSlot(slotList.dragFrom, slotList.dropRow);
                                    slotList.dragFrom = -1;
                                    slotList.dropRow = -1;
                                }
                            }
                        }

                        Flow {
                            Layout.fillWidth: true
                            visible: speakersModel.count > 0
                            spacing: Theme.gapMedium

                            KeyHint {
                                key: qsTr("Ctrl+↑/↓")
                                action: qsTr("Move (or drag ≡)")
                            }
                            KeyHint {
                                key: qsTr("Enter")
                                action: qsTr("Edit")
                            }
                            KeyHint {
                                key: qsTr("Del")
                                action: qsTr("Remove")
                            }
                            KeyHint {
                                key: qsTr("Ctrl+P")
                                action: qsTr("Order by protocol")
                            }
                        }
                    }
                }
            }

            MinutesPanel {
                id: minutesPanel
                Layout.fillWidth: true
                Layout.fillHeight: true
                sessionId: root.sessionId
                sessionTitle: sessionEditor.title
                active: root.visible && root.showingMinutes
            }
        }
    }

    component Key: Label {
        color: Theme.textMuted
        font.pointSize: Theme.fontSmall
        Layout.alignment: Qt.AlignTop
    }
    component Value: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }

    SessionDialog {
        id: sessionDialog
        onSaved: id => {
            sessionEditor.reload();
            speakersModel.reload();
            root.saved(id);
        }
    }

    SpeakerDialog {
        id: speakerDialog
        speakers: speakersModel
        editor: sessionEditor
        onSaved: row => {
            slotList.currentIndex = row;
            slotList.forceActiveFocus();
        }
    }

    ConfirmDialog {
        id: confirm

        /// The slot to remove; -1: the session itself.
        property int row: -1

        onConfirmed: {
            if (confirm.row >= 0) {
                speakersModel.remove(confirm.row);
                slotList.forceActiveFocus();
                return;
            }
            const id = root.sessionId;
            if (sessionEditor.remove().ok) {
                root.removed(id);
                root.backRequested();
            }
        }
    }
}
