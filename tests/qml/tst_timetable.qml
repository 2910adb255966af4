import QtQuick
import QtTest
import Plenary.Models
import Plenary.Ui

// The timetable under a real mouse, on the forum demo: a session dragged down and into the
// next room is stored at the snapped time in that room; the keyboard moves it the same way.
TestCase {
    id: root

    name: "Timetable"
    visible: true
    when: windowShown
    width: 900
    height: 700

    property int sessionId

    TimetableView {
        id: view
        anchors.fill: parent
        model: Workspace.timetable
        snapMinutes: 15
    }

    function role(role: int): var {
        return Workspace.timetable.data(Workspace.timetable.index(Workspace.timetable.rowOf(root.sessionId), 0), role);
    }

    function storedMinutes(): real {
        return new Date(Workspace.timetable.storedStart(root.sessionId)).getTime() / 60000;
    }

    function showSession(): Item {
        view.reveal(role(TimetableModel.ColumnRole), role(TimetableModel.StartMinuteRole), role(TimetableModel.EndMinuteRole));
        waitForRendering(view);
        return findChild(view, "session-" + root.sessionId);
    }

    function initTestCase() {
        Workspace.timetable.day = Workspace.event.firstDay;
        Workspace.timetable.roomFilter = "hall";
        Workspace.timetable.reload();
        verify(Workspace.timetable.columnCount >= 2, "two halls");
        // The first session in the first column that starts on a step of the grid.
        for (let row = 0; row < Workspace.timetable.count; ++row) {
            const index = Workspace.timetable.index(row, 0);
            if (Workspace.timetable.data(index, TimetableModel.ColumnRole) === 0 && Workspace.timetable.data(index, TimetableModel.StartMinuteRole) % 15 === 0 && !Workspace.timetable.data(index, TimetableModel.ContinuesBeforeRole)) {
                root.sessionId = Workspace.timetable.data(index, TimetableModel.SessionIdRole);
                break;
            }
        }
        verify(root.sessionId > 0, "a session to move");
    }

    function cleanupTestCase() {
        Workspace.timetable.roomFilter = "";
    }

    function test_dragMovesTheSession() {
        const block = showSession();
        verify(block !== null, "the session's block exists");
        const before = storedMinutes();
        // 28 px per 15-minute row: 4 rows down is one hour later; one column to the right.
        const dx = view.columnWidth, dy = 4 * view.rowHeight;
        // Positions in the view's coordinates: the block itself moves under the pointer.
        const start = block.mapToItem(view, 20, 10);
        mousePress(view, start.x, start.y);
        for (let step = 1; step <= 10; ++step)
            mouseMove(view, start.x + dx * step / 10, start.y + dy * step / 10);
        mouseRelease(view, start.x + dx, start.y + dy);
        compare(storedMinutes(), before + 60);
        compare(role(TimetableModel.ColumnRole), 1);
    }

    function test_keyboardMovesTheSession() {
        const block = showSession();
        mouseClick(block, 20, 10);
        compare(view.selectedSessionId, root.sessionId);
        const before = storedMinutes();
        const length = role(TimetableModel.EndMinuteRole) - role(TimetableModel.StartMinuteRole);
        const column = role(TimetableModel.ColumnRole);
        keyClick(Qt.Key_Up);
        compare(storedMinutes(), before - 15);
        keyClick(Qt.Key_Left);
        compare(role(TimetableModel.ColumnRole), column - 1);
        keyClick(Qt.Key_Down, Qt.ShiftModifier);
        compare(role(TimetableModel.EndMinuteRole) - role(TimetableModel.StartMinuteRole), length + 15);
        compare(storedMinutes(), before - 15);
    }
}
