pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The secretary's minutes of one session: notes on the session or on a speaker of its list
// (Markdown, with a live preview; Ctrl+S saves a revision; typing is kept as a draft every few
// seconds), a conflict view when another writer saved first, the history (Ctrl+H), decisions,
// action items, and the final lock (Ctrl+M; reopening needs a reason).
Item {
    id: root

    property int sessionId
    property string sessionTitle
    readonly property alias minutes: minutesModel
    readonly property alias editor: noteEditor
    readonly property alias decisions: decisionsModel
    readonly property alias actions: actionsModel
    readonly property alias historyDialog: historyDialog
    readonly property alias decisionDialog: decisionDialog
    readonly property alias actionDialog: actionDialog
    readonly property bool locked: minutesModel.isFinal
    readonly property bool dialogOpen: noteDialog.visible || historyDialog.visible || decisionDialog.visible || actionDialog.visible || reopenDialog.visible || confirm.visible
    /// The shortcuts of this panel are live (the page and the Minutes tab are shown).
    property bool active: false

    function reload() {
        minutesModel.reload();
        decisionsModel.reload();
        actionsModel.reload();
        noteEditor.checkLock();
        root.selectNoteId(noteEditor.noteId);
    }

    function closeDialogs() {
        noteDialog.close();
        historyDialog.close();
        decisionDialog.close();
        actionDialog.close();
        reopenDialog.close();
        confirm.close();
    }

    /// Opens the note of `row` in the editor; unsaved typing on the note left is saved first
    /// (it stays if that save meets a conflict).
    function selectRow(row: int) {
        const record = minutesModel.get(row);
        if (record.noteId === undefined)
            return;
        if (record.noteId !== noteEditor.noteId && noteEditor.dirty && !noteEditor.locked && !noteEditor.save()) {
            root.selectNoteId(noteEditor.noteId);
            return;
        }
        noteEditor.noteId = record.noteId;
        noteList.currentIndex = row;
    }

    function selectNoteId(noteId: int) {
        const row = minutesModel.rowOf(noteId);
        if (row >= 0) {
            noteList.currentIndex = row;
            if (noteEditor.noteId !== noteId)
                noteEditor.noteId = noteId;
        } else if (minutesModel.count > 0) {
            root.selectRow(0);
        } else {
            noteEditor.noteId = 0;
        }
    }

    function newNote() {
        if (!root.locked && root.sessionId > 0)
            noteDialog.openNew(0);
    }

    function save() {
        if (noteEditor.noteId > 0 && !noteEditor.conflict)
            noteEditor.save();
    }

    function showHistory() {
        if (noteEditor.noteId > 0)
            historyDialog.openFor(noteEditor.noteId, minutesModel.get(noteList.currentIndex).slotLabel);
    }

    function markFinal() {
        if (root.locked || root.sessionId <= 0)
            return;
        if (noteEditor.dirty && !noteEditor.conflict && !noteEditor.save())
            return;
        minutesModel.finalise();
        root.reload();
    }

    function reopen() {
        if (root.locked)
            reopenDialog.openFor(root.sessionTitle);
    }

    function addDecision() {
        if (!root.locked)
            decisionDialog.openNew();
    }

    function addActionItem() {
        if (!root.locked)
            actionDialog.openNew();
    }

    /// Puts the pending draft of `noteId` back in the editor.
    function restoreDraft(noteId: int) {
        root.reload();
        noteEditor.restoreDraft(noteId);
        noteList.currentIndex = minutesModel.rowOf(noteId);
        textArea.forceActiveFocus();
    }

    function focusEditor() {
        if (noteEditor.noteId > 0)
            textArea.forceActiveFocus();
        else
            noteList.forceActiveFocus();
    }

    // ---- The window's self-test: what it shows, made through the models as a secretary would.

    /// Writes example minutes when the session has none: a note on the session, one on its
    /// first speaker, a decision and an action item. Final minutes are reopened first.
    function selfTestWrite() {
        if (root.locked)
            minutesModel.reopen(qsTr("Reopened by the self-test to show the editor"));
        root.reload();
        if (minutesModel.count === 0) {
            const session = minutesModel.createNote(0, "public");
            root.selectNoteId(session.noteId);
            noteEditor.body = qsTr("**The Chair** opened the closing session at 16:00 and welcomed the delegations.\n\nThe agenda was adopted without objection:\n\n1. Report of the Bureau\n2. Adoption of the Baku Declaration\n3. Closure of the Forum");
            noteEditor.save();
            const choices = minutesModel.slotChoices;
            if (choices.length > 1) {
                const slot = minutesModel.createNote(choices[1].value, "confidential");
                root.selectNoteId(slot.noteId);
                noteEditor.body = qsTr("The speaker *supported* the proposal and asked that the Secretariat report to the Forum every year.");
                noteEditor.save();
            }
        }
        if (decisionsModel.count === 0) {
            decisionsModel.save(0, {
                text: qsTr("Proposal to establish a permanent Secretariat of the Forum, seated in Baku"),
                outcome: "adopted",
                method: "vote",
                votesFor: "41",
                votesAgainst: "3",
                votesAbstaining: "2",
                confidentiality: "public"
            });
            decisionsModel.save(0, {
                text: qsTr("Date and venue of the next Forum"),
                outcome: "deferred",
                method: "consensus",
                confidentiality: "restricted"
            });
        }
        if (actionsModel.count === 0) {
            const owners = actionsModel.findOwners("a", 1);
            actionsModel.save(0, {
                text: qsTr("Circulate the adopted Baku Declaration to all delegations"),
                owner: owners.length > 0 ? owners[0].value : "",
                dueDate: "2027-05-31",
                done: false,
                confidentiality: "public"
            });
        }
        root.selectRow(0);
    }

    /// A second writer (another desk) saves the chosen note first; this editor's save then
    /// meets the conflict.
    function selfTestConflict() {
        if (noteEditor.noteId <= 0 || noteEditor.locked)
            return;
        otherDesk.noteId = noteEditor.noteId;
        otherDesk.reload();
        otherDesk.body = otherDesk.body + qsTr("\n\nThe delegate of Georgia raised a point of order on the list of speakers.");
        otherDesk.save();
        noteEditor.body = noteEditor.body + qsTr("\n\nThe Chair gave the floor to the delegate of Georgia.");
        noteEditor.save();
    }

    NoteEditor {
        id: otherDesk
        author: qsTr("Second desk (self-test)")
        onFailed: message => Workspace.errorOccurred(message)
    }

    SessionMinutesModel {
        id: minutesModel
        sessionId: root.sessionId
        onFailed: message => Workspace.errorOccurred(message)
        onSessionIdChanged: root.selectNoteId(0)
        // Finalised or reopened (here or by the dialogs): the editor follows the lock.
        onChanged: noteEditor.checkLock()
    }
    DecisionListModel {
        id: decisionsModel
        sessionId: root.sessionId
        onFailed: message => Workspace.errorOccurred(message)
    }
    ActionItemListModel {
        id: actionsModel
        sessionId: root.sessionId
        onFailed: message => Workspace.errorOccurred(message)
    }
    NoteEditor {
        id: noteEditor
        onFailed: message => Workspace.errorOccurred(message)
        onSaved: {
            const id = noteEditor.noteId;
            minutesModel.reload();
            root.selectNoteId(id);
        }
        // A body set from C++ (load, keep theirs, merge, restore) reaches the text area here;
        // typing goes the other way.
        onBodyChanged: {
            if (textArea.text !== noteEditor.body)
                textArea.text = noteEditor.body;
        }
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.active && !root.dialogOpen
        onActivated: root.save()
    }
    Shortcut {
        sequence: "Ctrl+H"
        enabled: root.active && !root.dialogOpen
        onActivated: root.showHistory()
    }
    Shortcut {
        sequence: "Ctrl+M"
        enabled: root.active && !root.dialogOpen
        onActivated: root.markFinal()
    }
    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.active && !root.dialogOpen
        onActivated: root.newNote()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: root.active && !root.dialogOpen
        onActivated: root.addDecision()
    }
    Shortcut {
        sequence: "Ctrl+T"
        enabled: root.active && !root.dialogOpen
        onActivated: root.addActionItem()
    }

    component Panel: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: 4
    }
    component PanelTitle: Label {
        Layout.fillWidth: true
        color: Theme.accent
        font.pointSize: Theme.fontSection
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    component SmallButton: Button {
        implicitHeight: Theme.controlHeight
        ToolTip.visible: hovered && ToolTip.text !== ""
        ToolTip.delay: 600
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gapMedium

        // Draft or final, and the history of finalisations and reopenings.
        Rectangle {
            id: statusStrip
            Layout.fillWidth: true
            implicitHeight: statusColumn.implicitHeight + 2 * Theme.gapSmall
            radius: 4
            color: root.locked ? "#eef6ee" : Theme.surface
            border.color: root.locked ? Theme.toneGreen : Theme.border
            border.width: root.locked ? 2 : 1

            ColumnLayout {
                id: statusColumn
                anchors.fill: parent
                anchors.margins: Theme.gapSmall
                anchors.leftMargin: Theme.gapMedium
                spacing: Theme.gapHalf

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall

                    StatusPill {
                        text: root.locked ? qsTr("Final") : qsTr("Draft")
                        tone: root.locked ? Theme.toneDarkGreen : Theme.toneBlue
                        solid: root.locked
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.locked ? minutesModel.finalText : qsTr("Draft minutes: editable. Mark them final once approved; they then lock.")
                        color: root.locked ? Theme.toneDarkGreen : Theme.textMuted
                        font.weight: root.locked ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    SmallButton {
                        visible: root.locked
                        text: qsTr("Reopen…")
                        onClicked: root.reopen()
                        ToolTip.text: qsTr("Reopening needs a reason, which is recorded")
                    }
                    PrimaryButton {
                        visible: !root.locked
                        enabled: root.sessionId > 0
                        text: qsTr("Mark final")
                        onClicked: root.markFinal()
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Lock the minutes (Ctrl+M)")
                    }
                }

                Repeater {
                    model: minutesModel.statusHistory

                    delegate: Label {
                        id: change
                        required property var modelData
                        Layout.fillWidth: true
                        text: change.modelData.reason !== "" ? qsTr("%1 by %2 on %3 — “%4”").arg(change.modelData.label).arg(change.modelData.by).arg(change.modelData.at).arg(change.modelData.reason) : qsTr("%1 by %2 on %3").arg(change.modelData.label).arg(change.modelData.by).arg(change.modelData.at)
                        color: Theme.textMuted
                        font.pointSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapMedium

            // Notes, decisions and action items.
            ColumnLayout {
                Layout.preferredWidth: 320
                Layout.maximumWidth: 320
                Layout.fillHeight: true
                spacing: Theme.gapMedium

                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 300

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gapSmall
                        spacing: Theme.gapHalf

                        RowLayout {
                            Layout.fillWidth: true
                            PanelTitle {
                                text: qsTr("Notes (%1)").arg(minutesModel.count)
                            }
                            SmallButton {
                                text: qsTr("New note…")
                                enabled: !root.locked && root.sessionId > 0
                                onClicked: root.newNote()
                                ToolTip.text: qsTr("Ctrl+N")
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: minutesModel.count === 0
                            text: root.locked ? qsTr("No notes.") : qsTr("No notes yet. Add one with Ctrl+N.")
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                        }
                        ListView {
                            id: noteList
                            objectName: "minutesNotes"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: minutesModel
                            keyNavigationEnabled: false
                            boundsBehavior: Flickable.StopAtBounds
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Notes")
                            ScrollBar.vertical: PersistentScrollBar {}
                            Keys.onUpPressed: root.selectRow(Math.max(0, noteList.currentIndex - 1))
                            Keys.onDownPressed: root.selectRow(Math.min(minutesModel.count - 1, noteList.currentIndex + 1))
                            Keys.onReturnPressed: textArea.forceActiveFocus()

                            delegate: ItemDelegate {
                                id: noteRow
                                required property int index
                                required property string slotLabel
                                required property string body
                                required property string confidentiality
                                required property int version
                                required property string author
                                required property string updatedAt

                                width: ListView.view.width
                                highlighted: ListView.isCurrentItem
                                padding: Theme.gapSmall
                                onClicked: {
                                    root.selectRow(noteRow.index);
                                    noteList.forceActiveFocus();
                                }
                                background: Rectangle {
                                    color: noteRow.highlighted ? Theme.rowSelected : noteRow.hovered ? Theme.rowHover : "transparent"
                                    border.color: noteRow.highlighted ? Theme.rowSelectedBorder : "transparent"
                                    radius: 3
                                }
                                contentItem: ColumnLayout {
                                    spacing: 2
                                    RowLayout {
                                        spacing: Theme.gapSmall
                                        Label {
                                            Layout.fillWidth: true
                                            text: noteRow.slotLabel
                                            font.weight: Font.DemiBold
                                            wrapMode: Text.Wrap
                                            maximumLineCount: 2
                                            elide: Text.ElideRight
                                        }
                                        ConfidentialityPill {
                                            level: noteRow.confidentiality
                                        }
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: noteRow.body !== "" ? noteRow.body.replace(/\s+/g, " ") : qsTr("Empty")
                                        color: noteRow.body !== "" ? Theme.text : Theme.textFaint
                                        font.pointSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: qsTr("Version %1 · %2 · %3").arg(noteRow.version).arg(noteRow.author).arg(noteRow.updatedAt)
                                        color: Theme.textMuted
                                        font.pointSize: Theme.fontSmall
                                        elide: Text.ElideRight
                                    }
                                }
                                Accessible.name: qsTr("%1, version %2").arg(noteRow.slotLabel).arg(noteRow.version)
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: minutesModel.count > 0
                            text: qsTr("Times in %1").arg(minutesModel.zoneLabel)
                            color: Theme.textFaint
                            font.pointSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                }

                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 180

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gapSmall
                        spacing: Theme.gapHalf

                        RowLayout {
                            Layout.fillWidth: true
                            PanelTitle {
                                text: qsTr("Decisions (%1)").arg(decisionsModel.count)
                            }
                            SmallButton {
                                text: qsTr("Add…")
                                enabled: !root.locked && root.sessionId > 0
                                onClicked: root.addDecision()
                                ToolTip.text: qsTr("Record a decision (Ctrl+D)")
                                Accessible.name: qsTr("Add a decision")
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: decisionsModel.count === 0
                            text: qsTr("No decisions recorded.")
                            color: Theme.textMuted
                        }
                        ListView {
                            id: decisionList
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: decisionsModel
                            keyNavigationEnabled: true
                            boundsBehavior: Flickable.StopAtBounds
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Decisions")
                            ScrollBar.vertical: PersistentScrollBar {}
                            Keys.onReturnPressed: {
                                if (!root.locked && decisionList.currentIndex >= 0)
                                    decisionDialog.openEdit(decisionList.currentIndex);
                            }
                            Keys.onDeletePressed: {
                                if (!root.locked && decisionList.currentIndex >= 0)
                                    confirm.askRemove("decision", decisionList.currentIndex, decisionsModel.get(decisionList.currentIndex).decisionText);
                            }

                            delegate: ItemDelegate {
                                id: decisionRow
                                required property int index
                                required property string decisionText
                                required property string outcome
                                required property string outcomeLabel
                                required property string methodLabel
                                required property string method
                                required property int votesFor
                                required property int votesAgainst
                                required property int votesAbstaining
                                required property string summary
                                required property string confidentiality

                                width: ListView.view.width
                                highlighted: ListView.isCurrentItem
                                padding: Theme.gapSmall
                                onClicked: {
                                    decisionList.currentIndex = decisionRow.index;
                                    decisionList.forceActiveFocus();
                                }
                                onDoubleClicked: {
                                    if (!root.locked)
                                        decisionDialog.openEdit(decisionRow.index);
                                }
                                background: Rectangle {
                                    color: decisionRow.highlighted ? Theme.rowSelected : decisionRow.hovered ? Theme.rowHover : "transparent"
                                    radius: 3
                                }
                                contentItem: ColumnLayout {
                                    spacing: 2
                                    Label {
                                        Layout.fillWidth: true
                                        text: decisionRow.decisionText
                                        wrapMode: Text.Wrap
                                        maximumLineCount: 2
                                        elide: Text.ElideRight
                                    }
                                    RowLayout {
                                        spacing: Theme.gapSmall
                                        StatusPill {
                                            text: decisionRow.outcomeLabel
                                            tone: decisionRow.outcome === "adopted" ? Theme.toneGreen : decisionRow.outcome === "rejected" ? Theme.toneRed : Theme.toneAmber
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            text: decisionRow.method === "vote" ? qsTr("%1 for, %2 against, %3 abstaining").arg(decisionRow.votesFor).arg(decisionRow.votesAgainst).arg(decisionRow.votesAbstaining) : decisionRow.methodLabel
                                            color: Theme.textMuted
                                            font.pointSize: Theme.fontSmall
                                            elide: Text.ElideRight
                                        }
                                        ConfidentialityPill {
                                            visible: decisionRow.confidentiality !== "public"
                                            level: decisionRow.confidentiality
                                        }
                                    }
                                }
                                Accessible.name: qsTr("%1: %2").arg(decisionRow.decisionText).arg(decisionRow.summary)
                            }
                        }
                    }
                }

                Panel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 180

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.gapSmall
                        spacing: Theme.gapHalf

                        RowLayout {
                            Layout.fillWidth: true
                            PanelTitle {
                                text: qsTr("Action items (%1)").arg(actionsModel.count)
                            }
                            SmallButton {
                                text: qsTr("Add…")
                                enabled: !root.locked && root.sessionId > 0
                                onClicked: root.addActionItem()
                                ToolTip.text: qsTr("Add an action item (Ctrl+T)")
                                Accessible.name: qsTr("Add an action item")
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: actionsModel.count === 0
                            text: qsTr("No action items.")
                            color: Theme.textMuted
                        }
                        ListView {
                            id: actionList
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: actionsModel
                            keyNavigationEnabled: true
                            boundsBehavior: Flickable.StopAtBounds
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("Action items")
                            ScrollBar.vertical: PersistentScrollBar {}
                            Keys.onReturnPressed: {
                                if (!root.locked && actionList.currentIndex >= 0)
                                    actionDialog.openEdit(actionList.currentIndex);
                            }
                            Keys.onSpacePressed: {
                                if (actionList.currentIndex >= 0)
                                    actionsModel.setDone(actionList.currentIndex, !actionsModel.get(actionList.currentIndex).done);
                            }
                            Keys.onDeletePressed: {
                                if (!root.locked && actionList.currentIndex >= 0)
                                    confirm.askRemove("action", actionList.currentIndex, actionsModel.get(actionList.currentIndex).itemText);
                            }

                            delegate: ItemDelegate {
                                id: actionRow
                                required property int index
                                required property string itemText
                                required property string ownerName
                                required property string dueDate
                                required property bool done
                                required property bool overdue

                                width: ListView.view.width
                                highlighted: ListView.isCurrentItem
                                padding: Theme.gapHalf
                                onClicked: {
                                    actionList.currentIndex = actionRow.index;
                                    actionList.forceActiveFocus();
                                }
                                onDoubleClicked: {
                                    if (!root.locked)
                                        actionDialog.openEdit(actionRow.index);
                                }
                                background: Rectangle {
                                    color: actionRow.highlighted ? Theme.rowSelected : actionRow.hovered ? Theme.rowHover : "transparent"
                                    radius: 3
                                }
                                contentItem: RowLayout {
                                    spacing: Theme.gapHalf
                                    CheckBox {
                                        checked: actionRow.done
                                        focusPolicy: Qt.NoFocus
                                        onClicked: actionsModel.setDone(actionRow.index, checked)
                                        Accessible.name: qsTr("Done: %1").arg(actionRow.itemText)
                                    }
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 0
                                        Label {
                                            Layout.fillWidth: true
                                            text: actionRow.itemText
                                            font.strikeout: actionRow.done
                                            color: actionRow.done ? Theme.textMuted : Theme.text
                                            elide: Text.ElideRight
                                        }
                                        Label {
                                            Layout.fillWidth: true
                                            text: actionRow.dueDate !== "" ? qsTr("%1 · due %2").arg(actionRow.ownerName).arg(actionRow.dueDate) : actionRow.ownerName
                                            color: actionRow.overdue ? Theme.error : Theme.textMuted
                                            font.pointSize: Theme.fontSmall
                                            elide: Text.ElideRight
                                        }
                                    }
                                }
                                Accessible.name: qsTr("%1, %2").arg(actionRow.itemText).arg(actionRow.ownerName)
                            }
                        }
                    }
                }
            }

            // The editor of the chosen note.
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true

                Label {
                    anchors.centerIn: parent
                    visible: noteEditor.noteId === 0
                    text: minutesModel.count === 0 ? qsTr("Add a note (Ctrl+N) to start the minutes.") : qsTr("Choose a note.")
                    color: Theme.textMuted
                }

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gapMedium
                    spacing: Theme.gapSmall
                    visible: noteEditor.noteId > 0

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gapSmall

                        Label {
                            Layout.fillWidth: true
                            text: minutesModel.get(noteList.currentIndex).slotLabel ?? ""
                            font.pointSize: Theme.fontSection
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        FormComboBox {
                            id: confidentialityBox
                            Layout.preferredWidth: 150
                            enabled: !noteEditor.locked && !noteEditor.conflict
                            model: minutesModel.confidentialities
                            currentIndex: Math.max(0, confidentialityBox.indexOfValue(noteEditor.confidentiality))
                            onActivated: noteEditor.confidentiality = confidentialityBox.currentValue
                            Accessible.name: qsTr("Confidentiality of the note")
                        }
                        ConfidentialityPill {
                            level: noteEditor.confidentiality
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.gapSmall

                        Label {
                            Layout.fillWidth: true
                            text: noteEditor.locked ? qsTr("Read only: the minutes are final (version %1)").arg(noteEditor.version) : noteEditor.conflict ? qsTr("Not saved: another writer saved first") : noteEditor.dirty ? (noteEditor.lastSaved !== "" ? qsTr("Unsaved changes · %1").arg(noteEditor.lastSaved) : qsTr("Unsaved changes")) : (noteEditor.lastSaved !== "" ? noteEditor.lastSaved : qsTr("Version %1, saved").arg(noteEditor.version))
                            color: noteEditor.conflict ? Theme.error : noteEditor.dirty ? Theme.toneAmber : Theme.textMuted
                            font.pointSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        CheckBox {
                            id: previewBox
                            checked: true
                            text: qsTr("Preview")
                        }
                        SmallButton {
                            text: qsTr("History…")
                            onClicked: root.showHistory()
                            ToolTip.text: qsTr("Revisions, differences, revert (Ctrl+H)")
                        }
                        PrimaryButton {
                            id: saveButton
                            text: qsTr("Save")
                            enabled: noteEditor.dirty && !noteEditor.locked && !noteEditor.conflict
                            onClicked: root.save()
                            ToolTip.visible: hovered
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Save a new version (Ctrl+S)")
                        }
                    }

                    // Both texts when another writer saved first: nothing is lost either way.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: noteEditor.conflict
                        color: Theme.errorBackground
                        border.color: Theme.errorBorder
                        radius: 4

                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.gapMedium
                            spacing: Theme.gapSmall

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Someone else saved this note while you were typing")
                                color: Theme.error
                                font.pointSize: Theme.fontSection
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Your text is kept as a conflicting copy in the history whatever you choose. Keep theirs, keep yours, or merge both and resolve the markers.")
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                spacing: Theme.gapMedium

                                Repeater {
                                    model: [{
                                            title: qsTr("Theirs — %1").arg(noteEditor.theirLabel),
                                            body: noteEditor.theirBody
                                        }, {
                                            title: qsTr("Mine — not saved"),
                                            body: noteEditor.mineBody
                                        }]

                                    delegate: ColumnLayout {
                                        id: side
                                        required property var modelData
                                        Layout.fillWidth: true
                                        Layout.fillHeight: true
                                        Layout.preferredWidth: 1
                                        spacing: Theme.gapHalf

                                        SectionLabel {
                                            Layout.fillWidth: true
                                            text: side.modelData.title
                                        }
                                        Rectangle {
                                            Layout.fillWidth: true
                                            Layout.fillHeight: true
                                            color: Theme.surface
                                            border.color: Theme.border
                                            radius: 3

                                            ScrollView {
                                                id: sideScroll
                                                anchors.fill: parent
                                                anchors.margins: Theme.gapSmall
                                                clip: true
                                                contentWidth: availableWidth

                                                Text {
                                                    width: sideScroll.availableWidth
                                                    text: side.modelData.body
                                                    wrapMode: Text.Wrap
                                                    color: Theme.text
                                                    font.family: "monospace"
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            RowLayout {
                                Layout.alignment: Qt.AlignRight
                                spacing: Theme.gapSmall

                                SmallButton {
                                    text: qsTr("Keep theirs")
                                    onClicked: noteEditor.keepTheirs()
                                }
                                SmallButton {
                                    text: qsTr("Merge both…")
                                    onClicked: {
                                        noteEditor.merge();
                                        textArea.forceActiveFocus();
                                    }
                                    ToolTip.text: qsTr("Both texts in the editor between <<<<<<< ======= >>>>>>> markers")
                                }
                                PrimaryButton {
                                    text: qsTr("Keep mine")
                                    onClicked: noteEditor.keepMine()
                                }
                            }
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: !noteEditor.conflict
                        spacing: Theme.gapMedium

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            color: noteEditor.locked ? Theme.headerBackground : Theme.surface
                            border.color: textArea.activeFocus ? Theme.accent : Theme.border
                            radius: 3

                            ScrollView {
                                id: editorScroll
                                anchors.fill: parent
                                anchors.margins: 1
                                clip: true

                                TextArea {
                                    id: textArea
                                    objectName: "minutesText"
                                    readOnly: noteEditor.locked
                                    wrapMode: TextEdit.Wrap
                                    selectByMouse: true
                                    font.family: "monospace"
                                    placeholderText: qsTr("Write the note in Markdown: **bold**, *italic*, - lists, # headings")
                                    background: null
                                    Accessible.name: qsTr("Note text (Markdown)")
                                    KeyNavigation.priority: KeyNavigation.BeforeItem
                                    KeyNavigation.tab: saveButton
                                    // The text edit takes Ctrl+H (backspace) and Ctrl+D (delete)
                                    // for itself on some platforms: here they do what they do
                                    // everywhere else on this tab.
                                    Keys.onPressed: event => {
                                        if (event.modifiers !== Qt.ControlModifier)
                                            return;
                                        if (event.key === Qt.Key_H) {
                                            root.showHistory();
                                            event.accepted = true;
                                        } else if (event.key === Qt.Key_D) {
                                            root.addDecision();
                                            event.accepted = true;
                                        }
                                    }
                                    onTextChanged: {
                                        if (textArea.text !== noteEditor.body)
                                            noteEditor.body = textArea.text;
                                    }
                                }
                            }
                        }

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            visible: previewBox.checked
                            color: Theme.headerBackground
                            border.color: Theme.border
                            radius: 3

                            Label {
                                id: previewLabel
                                anchors.top: parent.top
                                anchors.left: parent.left
                                anchors.margins: Theme.gapSmall
                                text: qsTr("PREVIEW")
                                color: Theme.textFaint
                                font.pointSize: Theme.fontSmall - 1
                                font.letterSpacing: 1
                            }

                            ScrollView {
                                id: previewScroll
                                anchors.fill: parent
                                anchors.margins: Theme.gapSmall
                                anchors.topMargin: previewLabel.height + Theme.gapSmall
                                clip: true
                                contentWidth: availableWidth

                                Text {
                                    width: previewScroll.availableWidth
                                    text: noteEditor.body
                                    textFormat: Text.MarkdownText
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                    onLinkActivated: link => Qt.openUrlExternally(link)
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: qsTr("Preview")
                                }
                            }
                        }
                    }

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gapMedium

                        KeyHint {
                            key: qsTr("Ctrl+S")
                            action: qsTr("Save")
                        }
                        KeyHint {
                            key: qsTr("Ctrl+H")
                            action: qsTr("History")
                        }
                        KeyHint {
                            key: qsTr("Ctrl+M")
                            action: qsTr("Mark final")
                        }
                        KeyHint {
                            key: qsTr("Ctrl+N / D / T")
                            action: qsTr("Note, decision, action item")
                        }
                    }
                }
            }
        }
    }

    NoteDialog {
        id: noteDialog
        minutes: minutesModel
        onCreated: noteId => {
            root.selectNoteId(noteId);
            textArea.forceActiveFocus();
        }
    }

    NoteHistoryDialog {
        id: historyDialog
        locked: root.locked
        onReverted: {
            noteEditor.reload();
            minutesModel.reload();
            root.selectNoteId(noteEditor.noteId);
        }
    }

    DecisionDialog {
        id: decisionDialog
        decisions: decisionsModel
        minutes: minutesModel
        onSaved: row => {
            decisionList.currentIndex = row;
            decisionList.forceActiveFocus();
        }
    }

    ActionItemDialog {
        id: actionDialog
        actions: actionsModel
        minutes: minutesModel
        onSaved: row => {
            actionList.currentIndex = row;
            actionList.forceActiveFocus();
        }
    }

    ReopenDialog {
        id: reopenDialog
        minutes: minutesModel
        onReopened: root.reload()
    }

    ConfirmDialog {
        id: confirm

        property string kind
        property int row: -1

        function askRemove(kind: string, row: int, text: string) {
            confirm.kind = kind;
            confirm.row = row;
            confirm.ask(kind === "decision" ? qsTr("Remove decision") : qsTr("Remove action item"), qsTr("Remove “%1” from the minutes?").arg(text), qsTr("Remove"));
        }

        onConfirmed: {
            if (confirm.kind === "decision")
                decisionsModel.remove(confirm.row);
            else
                actionsModel.remove(confirm.row);
        }
    }
}
