import QtQuick
import QtTest
import Plenary.Models
import Plenary.Ui

// The timetable under a real mouse: a session dragged down and into the next room is stored
// at the snapped time in that room; the keyboard moves it the same way.
TestCase {
    id: root

    name: "Timetable"
    visible: true
    when: windowShown
    width: 900
    height: 700

    TimetableView {
        id: view
        anchors.fill: parent
        model: Workspace.timetable
        snapMinutes: 15
    }

    function sessionBlock(): Item {
        const id = Workspace.timetable.data(Workspace.timetable.index(0, 0), TimetableModel.SessionIdRole);
        return findChild(view, "session-" + id);
    }

    function initTestCase() {
        Workspace.timetable.day = "2027-05-18";
        Workspace.timetable.reload();
        view.scrollToMinute(8 * 60);
        waitForRendering(view);
    }

    function test_dragMovesTheSession() {
        const block = sessionBlock();
        verify(block !== null, "the session's block exists");
        const id = block.sessionId;
        compare(Workspace.timetable.storedStart(id), "2027-05-18T09:00:00+04:00");
        // 28 px per 15-minute row: 4 rows down is one hour later; one column to the right.
        const dx = view.columnWidth, dy = 4 * view.rowHeight;
        // Positions in the view's coordinates: the block itself moves under the pointer.
        const start = block.mapToItem(view, 20, 10);
        mousePress(view, start.x, start.y);
        for (let step = 1; step <= 10; ++step)
            mouseMove(view, start.x + dx * step / 10, start.y + dy * step / 10);
        mouseRelease(view, start.x + dx, start.y + dy);
        tryCompare(Workspace.timetable, "count", 1);
        compare(Workspace.timetable.storedStart(id), "2027-05-18T10:00:00+04:00");
        const moved = sessionBlock();
        compare(Workspace.timetable.data(Workspace.timetable.index(0, 0), TimetableModel.ColumnRole), 1);
        verify(moved !== null);
    }

    function test_keyboardMovesTheSession() {
        const block = sessionBlock();
        const id = block.sessionId;
        mouseClick(block, 20, 10);
        compare(view.selectedSessionId, id);
        const before = Workspace.timetable.storedStart(id);
        keyClick(Qt.Key_Up);
        compare(Workspace.timetable.storedStart(id), "2027-05-18T09:45:00+04:00");
        keyClick(Qt.Key_Left);
        compare(Workspace.timetable.data(Workspace.timetable.index(0, 0), TimetableModel.ColumnRole), 0);
        keyClick(Qt.Key_Down, Qt.ShiftModifier);
        const index = Workspace.timetable.index(0, 0);
        compare(Workspace.timetable.data(index, TimetableModel.EndMinuteRole) - Workspace.timetable.data(index, TimetableModel.StartMinuteRole), 75);
        verify(before !== Workspace.timetable.storedStart(id));
    }
}
