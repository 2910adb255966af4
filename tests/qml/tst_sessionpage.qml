import QtQuick
import QtQuick.Controls
import QtTest
import Plenary.Models
import Plenary.Ui

// The session page on the forum demo: a session made through the editor, a speakers' list
// reordered by keyboard and by protocol, the overrun shown, and the page and its edit
// dialog rendered and saved as screenshots.
TestCase {
    id: root

    property int sessionId

    name: "SessionPage"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    SessionEditor {
        id: editor
    }

    SessionEditor {
        id: minutesSession
    }

    Component {
        id: pageComponent

        SessionPage {
            width: root.width
            height: root.height
        }
    }

    function topics(page: SessionPage): var {
        const list = [];
        for (let row = 0; row < page.speakers.count; ++row)
            list.push(page.speakers.data(page.speakers.index(row, 0), SpeakersListModel.TopicRole));
        return list;
    }

    function initTestCase() {
        const room = Workspace.rooms.save({
            name: "QML test hall",
            capacity: "400",
            floor: "1",
            booths: "6"
        });
        verify(room.ok, room.message);
        editor.startNew(new Date(NaN), room.id, 60);
        editor.title = "General debate";
        editor.kind = "plenary";
        editor.startDate = "2027-05-18";
        editor.startTime = "10:00";
        editor.endTime = "11:00";
        const someone = editor.findParticipants("a", 3);
        verify(someone.length === 3);
        editor.addChair(someone[0].value);
        const saved = editor.save();
        verify(saved.ok, saved.message);
        root.sessionId = saved.id;
        // Stored in UTC: 10:00 in Baku is 06:00 UTC.
        compare(editor.startsAtUtc.toISOString(), "2027-05-18T06:00:00.000Z");
        compare(editor.zoneLabel, "Baku time (UTC+04:00)");
    }

    /// The Minutes tab by keyboard: Ctrl+N adds a note, typing and Ctrl+S save a version,
    /// Ctrl+M locks (the text read only), Ctrl+H shows the revisions.
    function test_minutesByKeyboard() {
        // A session of its own: a session with minutes cannot be deleted, as another case does.
        minutesSession.startNew(new Date(NaN), 0, 60);
        minutesSession.title = "Minutes by keyboard";
        const session = minutesSession.save();
        verify(session.ok, session.message);
        const page = createTemporaryObject(pageComponent, root, {
            sessionId: session.id
        }) as SessionPage;
        verify(page);
        page.showMinutes(true);
        const minutes = page.minutes;
        const before = minutes.minutes.count;
        keyClick(Qt.Key_N, Qt.ControlModifier);
        tryCompare(minutes, "dialogOpen", true);
        keyClick(Qt.Key_Return);
        tryCompare(minutes.minutes, "count", before + 1);
        compare(minutes.dialogOpen, false);
        compare(minutes.editor.version, 1);
        const area = findChild(page, "minutesText") as TextArea;
        verify(area);
        tryVerify(() => area.activeFocus);
        for (const character of "Opened")
            keyClick(character);
        verify(minutes.editor.dirty);
        keyClick(Qt.Key_S, Qt.ControlModifier);
        compare(minutes.editor.version, 2);
        compare(minutes.editor.body, "Opened");
        verify(!minutes.editor.dirty);

        // Ctrl+D records a decision and Ctrl+T an action item, saved with Ctrl+Enter.
        keyClick(Qt.Key_D, Qt.ControlModifier);
        tryCompare(minutes.decisionDialog, "opened", true);
        for (const character of "Agenda adopted")
            keyClick(character);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryCompare(minutes.decisions, "count", 1);
        compare(minutes.decisionDialog.opened, false);
        keyClick(Qt.Key_T, Qt.ControlModifier);
        tryCompare(minutes.actionDialog, "opened", true);
        for (const character of "Send the list")
            keyClick(character);
        // The owner is found by typing part of a name: delegations come first.
        keyClick(Qt.Key_Tab);
        for (const character of "Senega")
            keyClick(character);
        keyClick(Qt.Key_Return); // picks the highlighted match
        grabImage(root.Window.contentItem).save(screenshotFolder + "/action-item-dialog.png");
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryCompare(minutes.actions, "count", 1);
        compare(minutes.actions.get(0).ownerName, "Senegal");
        area.forceActiveFocus();

        keyClick(Qt.Key_M, Qt.ControlModifier);
        verify(minutes.locked);
        verify(area.readOnly);
        keyClick("x");
        compare(minutes.editor.body, "Opened");
        grabImage(page).save(screenshotFolder + "/minutes-final.png");

        verify(area.activeFocus);
        keyClick(Qt.Key_H, Qt.ControlModifier);
        tryCompare(minutes.historyDialog, "opened", true);
        compare(minutes.historyDialog.revisions.count, 2);
        grabImage(root.Window.contentItem).save(screenshotFolder + "/minutes-history.png");
        minutes.historyDialog.close();
        verify(minutes.minutes.reopen("QML test done").ok);
        verify(!area.readOnly);

        // Typing kept as a draft comes back in a new page (what the recovery dialog asks for).
        area.forceActiveFocus();
        keyClick(Qt.Key_End, Qt.ControlModifier);
        for (const character of " at noon")
            keyClick(character);
        verify(minutes.editor.writeDraft());
        const noteId = minutes.editor.noteId;
        const later = createTemporaryObject(pageComponent, root, {
            sessionId: session.id
        }) as SessionPage;
        later.restoreDraft(noteId);
        verify(later.showingMinutes);
        compare(later.minutes.editor.noteId, noteId);
        compare(later.minutes.editor.body, "Opened at noon");
        verify(later.minutes.editor.dirty);
        compare(later.minutes.editor.version, 2);
    }

    function test_speakersListByKeyboardAndProtocol() {
        const page = createTemporaryObject(pageComponent, root, {
            sessionId: root.sessionId
        }) as SessionPage;
        verify(page);
        const people = page.editor.findParticipants("e", 4);
        verify(people.length === 4);
        verify(page.speakers.add(people[0].value, 0, "Opening remarks", 20, "other", false).ok);
        verify(page.speakers.add(people[1].value, 0, "Statement", 20, "minister", false).ok);
        verify(page.speakers.add(people[2].value, 0, "Reply", 5, "other", true).ok);
        verify(page.speakers.add(people[3].value, 0, "Presidential message", 20, "head_of_state", false).ok);
        compare(root.topics(page), ["Opening remarks", "Statement", "Presidential message", "Reply"]);
        compare(page.speakers.totalMinutes, 65);
        verify(page.speakers.overrun);

        // Ctrl+Down on the first speaker moves it one down; on the last speaker it stops above the reply.
        page.focusList();
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        compare(root.topics(page), ["Statement", "Opening remarks", "Presidential message", "Reply"]);
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        compare(root.topics(page), ["Statement", "Presidential message", "Opening remarks", "Reply"]);

        // Dragging the first speaker's handle down to the third row puts it there; dragging the
        // reply up stops it below the speakers.
        const list = findChild(page, "speakersList") as ListView;
        verify(list);
        waitForRendering(list);
        const first = list.itemAtIndex(0) as Item;
        const third = list.itemAtIndex(2) as Item;
        const fourth = list.itemAtIndex(3) as Item;
        const third_y = third.mapToItem(first, 0, third.height / 2).y;
        mousePress(first, 10, first.height / 2);
        mouseMove(first, 10, first.height / 2 + 10);
        mouseMove(first, 10, third_y);
        mouseRelease(first, 10, third_y);
        compare(root.topics(page), ["Presidential message", "Opening remarks", "Statement", "Reply"]);
        const top_y = first.mapToItem(fourth, 0, 5).y;
        mousePress(fourth, 10, fourth.height / 2);
        mouseMove(fourth, 10, fourth.height / 2 - 10);
        mouseMove(fourth, 10, top_y);
        mouseRelease(fourth, 10, top_y);
        compare(root.topics(page), ["Presidential message", "Opening remarks", "Statement", "Reply"]);

        page.speakers.orderByProtocol();
        compare(root.topics(page), ["Presidential message", "Statement", "Opening remarks", "Reply"]);

        // Shown as stored: a fresh page reads the same order.
        const again = createTemporaryObject(pageComponent, root, {
            sessionId: root.sessionId,
            visible: false
        }) as SessionPage;
        compare(root.topics(again), root.topics(page));

        waitForRendering(page);
        const image = grabImage(page);
        verify(image.width > 0);
        image.save(screenshotFolder + "/session-page.png");

        page.editSession();
        tryVerify(() => page.dialogOpen);
        wait(300); // the dialog's opening transition
        const dialogImage = grabImage(root.Window.contentItem);
        dialogImage.save(screenshotFolder + "/session-dialog.png");
        page.closeDialogs();

        // Adding a speaker by keyboard: type part of a name, pick the first match, Enter saves.
        page.addSpeaker();
        tryVerify(() => page.dialogOpen);
        wait(300);
        for (const character of "abbas")
            keyClick(character);
        wait(50);
        grabImage(root.Window.contentItem).save(screenshotFolder + "/speaker-dialog.png");
        keyClick(Qt.Key_Return); // picks the highlighted match
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab);
        for (const character of "Closing")
            keyClick(character);
        keyClick(Qt.Key_Return); // saves
        tryVerify(() => !page.dialogOpen);
        compare(page.speakers.count, 5);
        const added = page.speakers.data(page.speakers.index(3, 0), SpeakersListModel.SpeakerNameRole);
        verify(added.indexOf("ABBAS") >= 0, added);
        compare(page.speakers.data(page.speakers.index(3, 0), SpeakersListModel.TopicRole), "Closing");
        verify(page.speakers.data(page.speakers.index(3, 0), SpeakersListModel.DelegationNameRole) !== "");

        // Delete on the page, after a confirmation: the session and its list go.
        const removed = createTemporaryObject(spyComponent, root, {
            target: page,
            signalName: "removed"
        });
        page.deleteSession();
        tryVerify(() => page.dialogOpen);
        wait(300);
        keyClick(Qt.Key_Return);
        tryCompare(removed, "count", 1);
        compare(removed.signalArguments[0][0], root.sessionId);
        editor.reload(); // still on the deleted id: finds nothing
        compare(editor.title, "");
    }

    function test_sessionDialogTypesInBakuTime() {
        const dialog = createTemporaryObject(dialogComponent, root) as SessionDialog;
        const saved = createTemporaryObject(spyComponent, root, {
            target: dialog,
            signalName: "saved"
        });
        // A click on the timetable at 06:00 UTC in the test hall, for 90 minutes.
        dialog.openNew(new Date(Date.UTC(2027, 4, 18, 6, 0)), Workspace.rooms.data(Workspace.rooms.index(0, 0), RoomModel.RoomIdRole), 90);
        tryVerify(() => dialog.opened);
        compare(dialog.editor.startTime, "10:00");
        compare(dialog.editor.endTime, "11:30");
        compare(dialog.editor.zoneLabel, "Baku time (UTC+04:00)");
        // No title yet: the form refuses and says so.
        dialog.submit();
        compare(dialog.check.field, "title");
        compare(saved.count, 0);
        for (const character of "Side event on cyber norms")
            keyClick(character);
        compare(dialog.editor.title, "Side event on cyber norms");
        verify(dialog.check.ok);
        keyClick(Qt.Key_Return);
        tryCompare(saved, "count", 1);
        verify(!dialog.opened);
    }

    Component {
        id: dialogComponent

        SessionDialog {}
    }

    Component {
        id: spyComponent

        SignalSpy {}
    }

    function test_roomsDialog() {
        const dialog = createTemporaryObject(roomsComponent, root) as RoomsDialog;
        dialog.openRooms();
        tryVerify(() => dialog.opened);
        wait(300);
        grabImage(root.Window.contentItem).save(screenshotFolder + "/rooms-dialog.png");
        dialog.close();
    }

    Component {
        id: roomsComponent

        RoomsDialog {}
    }
}
