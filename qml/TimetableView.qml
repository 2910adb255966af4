pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Plenary.Models

// The day grid of the timetable: room columns, a time gutter, the sessions as blocks. Only the
// visible columns, rows and blocks exist as items, so 72 rooms stay as smooth as six.
// Keyboard: Tab and Shift+Tab select the next or previous session; the arrows move the
// selected one (a snap step, or a room); Shift+Up/Down change its end; Enter edits it;
// Del takes it out of the timetable.
FocusScope {
    id: root

    required property TimetableModel model
    /// Minutes per grid row: 5, 15, 30 or 60.
    property int snapMinutes: 15
    property int selectedSessionId: 0
    readonly property real rowHeight: 28
    readonly property real pixelsPerMinute: rowHeight / snapMinutes
    readonly property real columnWidth: Math.max(168, (grid.width - 1) / Math.max(1, model.columnCount))
    readonly property int gutterWidth: 56
    readonly property int headerHeight: 44

    signal editRequested(int sessionId)
    signal unscheduleRequested(int sessionId)
    signal failed(string message)

    function scrollToMinute(minute: int) {
        grid.contentY = Math.max(0, Math.min(grid.contentHeight - grid.height, minute * pixelsPerMinute - rowHeight));
    }

    function snapped(minute: real): int {
        return Math.round(minute / snapMinutes) * snapMinutes;
    }

    function report(result: var) {
        if (!result.ok)
            root.failed(result.message);
    }

    function selectRelative(step: int) {
        const count = root.model.count;
        if (count === 0)
            return;
        // The blocks in reading order: by start, then column.
        const order = [];
        for (let row = 0; row < count; ++row)
            order.push(row);
        const key = row => {
            const index = root.model.index(row, 0);
            return [root.model.data(index, TimetableModel.StartMinuteRole), root.model.data(index, TimetableModel.ColumnRole)];
        };
        order.sort((a, b) => {
            const x = key(a), y = key(b);
            return x[0] - y[0] || x[1] - y[1];
        });
        const current = order.findIndex(row => root.model.data(root.model.index(row, 0), TimetableModel.SessionIdRole) === root.selectedSessionId);
        const next = current < 0 ? 0 : (current + step + count) % count;
        const index = root.model.index(order[next], 0);
        root.selectedSessionId = root.model.data(index, TimetableModel.SessionIdRole);
        root.reveal(root.model.data(index, TimetableModel.ColumnRole), root.model.data(index, TimetableModel.StartMinuteRole), root.model.data(index, TimetableModel.EndMinuteRole));
    }

    function reveal(column: int, startMinute: int, endMinute: int) {
        const left = column * columnWidth, top = startMinute * pixelsPerMinute, bottom = endMinute * pixelsPerMinute;
        if (left < grid.contentX)
            grid.contentX = left;
        else if (left + columnWidth > grid.contentX + grid.width)
            grid.contentX = Math.min(grid.contentWidth - grid.width, left + columnWidth - grid.width);
        if (top < grid.contentY)
            grid.contentY = Math.max(0, top - rowHeight);
        else if (bottom > grid.contentY + grid.height)
            grid.contentY = Math.min(grid.contentHeight - grid.height, Math.max(0, bottom - grid.height + rowHeight));
    }

    function selectedBlock(): var {
        const row = root.model.rowOf(root.selectedSessionId);
        if (row < 0)
            return null;
        const index = root.model.index(row, 0);
        return {
            column: root.model.data(index, TimetableModel.ColumnRole),
            start: root.model.data(index, TimetableModel.StartMinuteRole),
            end: root.model.data(index, TimetableModel.EndMinuteRole),
            continuesBefore: root.model.data(index, TimetableModel.ContinuesBeforeRole)
        };
    }

    /// Moves the selected session by `minutes` and `columns` (the keyboard's moves).
    function nudge(minutes: int, columns: int) {
        const block = selectedBlock();
        if (!block || block.continuesBefore)
            return;
        const column = Math.max(0, Math.min(root.model.columnCount - 1, block.column + columns));
        const start = Math.max(0, Math.min(root.model.dayMinutes - snapMinutes, snapped(block.start) + minutes));
        root.report(root.model.moveSession(root.selectedSessionId, column, start));
        root.reveal(column, start, start + block.end - block.start);
    }

    function stretch(minutes: int) {
        const block = selectedBlock();
        if (block)
            root.report(root.model.resizeSession(root.selectedSessionId, snapped(block.end) + minutes));
    }

    /// Schedules a session dropped from the side list at a point of the grid's content.
    function dropAt(sessionId: int, x: real, y: real, minutes: int) {
        const column = Math.floor(x / columnWidth);
        const start = Math.max(0, snapped(y / pixelsPerMinute));
        const result = root.model.scheduleSession(sessionId, column, start, minutes);
        root.report(result);
        if (result.ok)
            root.selectedSessionId = sessionId;
    }

    Keys.onTabPressed: root.selectRelative(1)
    Keys.onBacktabPressed: root.selectRelative(-1)
    Keys.onPressed: event => {
        if (root.selectedSessionId === 0)
            return;
        const shift = event.modifiers & Qt.ShiftModifier;
        switch (event.key) {
        case Qt.Key_Up:
            shift ? root.stretch(-root.snapMinutes) : root.nudge(-root.snapMinutes, 0);
            break;
        case Qt.Key_Down:
            shift ? root.stretch(root.snapMinutes) : root.nudge(root.snapMinutes, 0);
            break;
        case Qt.Key_Left:
            root.nudge(0, -1);
            break;
        case Qt.Key_Right:
            root.nudge(0, 1);
            break;
        case Qt.Key_Return:
        case Qt.Key_Enter:
            root.editRequested(root.selectedSessionId);
            break;
        case Qt.Key_Delete:
            root.unscheduleRequested(root.selectedSessionId);
            break;
        case Qt.Key_Escape:
            root.selectedSessionId = 0;
            break;
        default:
            return;
        }
        event.accepted = true;
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        border.color: root.activeFocus ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6) : Theme.border
        radius: 4
    }

    // Room names over the columns, following the grid sideways.
    ListView {
        id: roomHeader
        x: root.gutterWidth
        y: 1
        width: grid.width
        height: root.headerHeight
        orientation: ListView.Horizontal
        interactive: false
        clip: true
        contentX: grid.contentX
        model: root.model.columns
        delegate: Rectangle {
            id: roomCell

            required property var modelData

            width: root.columnWidth
            height: root.headerHeight
            color: Theme.headerBackground

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.divider
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
            Column {
                anchors.fill: parent
                anchors.leftMargin: Theme.gapSmall
                anchors.rightMargin: Theme.gapSmall
                anchors.topMargin: 5
                Label {
                    width: parent.width
                    text: roomCell.modelData.name
                    font.weight: Font.DemiBold
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    width: parent.width
                    text: [roomCell.modelData.capacity !== undefined ? qsTr("%1 seats").arg(roomCell.modelData.capacity) : "", roomCell.modelData.floor, roomCell.modelData.booths > 0 ? qsTr("%1 booths").arg(roomCell.modelData.booths) : ""].filter(part => part !== "").join(" · ")
                    font.pointSize: Theme.fontSmall
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }
    }

    // The time of each row on the left, following the grid up and down.
    ListView {
        id: timeGutter
        x: 1
        y: root.headerHeight + 1
        width: root.gutterWidth - 1
        height: grid.height
        interactive: false
        clip: true
        contentY: grid.contentY
        model: Math.ceil(root.model.dayMinutes / root.snapMinutes)
        delegate: Item {
            id: timeCell

            required property int index
            readonly property int minute: index * root.snapMinutes

            width: root.gutterWidth - 1
            height: root.rowHeight

            Label {
                anchors.right: parent.right
                anchors.rightMargin: Theme.gapSmall
                y: -height / 2 + 1
                visible: timeCell.index > 0 && (root.snapMinutes >= 15 || timeCell.minute % 15 === 0)
                text: root.model.timeLabel(timeCell.minute)
                font.pointSize: Theme.fontSmall
                font.weight: timeCell.minute % 60 === 0 ? Font.DemiBold : Font.Normal
                color: timeCell.minute % 60 === 0 ? Theme.text : Theme.textMuted
            }
        }
    }

    Flickable {
        id: grid

        readonly property int firstColumn: Math.max(0, Math.floor(contentX / root.columnWidth))
        readonly property int lastColumn: Math.min(root.model.columnCount - 1, Math.floor((contentX + width) / root.columnWidth))
        readonly property int firstRow: Math.max(0, Math.floor(contentY / root.rowHeight))
        readonly property int lastRow: Math.ceil((contentY + height) / root.rowHeight)

        x: root.gutterWidth
        y: root.headerHeight + 1
        width: root.width - root.gutterWidth - 1
        height: root.height - root.headerHeight - 2
        clip: true
        contentWidth: root.model.columnCount * root.columnWidth
        contentHeight: root.model.dayMinutes * root.pixelsPerMinute
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: PersistentScrollBar {}
        ScrollBar.horizontal: ScrollBar {
            policy: grid.contentWidth > grid.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        // Row lines of the visible part: hours stronger than the steps between.
        Repeater {
            model: Math.max(0, grid.lastRow - grid.firstRow + 1)
            delegate: Rectangle {
                required property int index
                readonly property int row: grid.firstRow + index

                x: grid.contentX
                y: row * root.rowHeight
                width: grid.width
                height: 1
                color: (row * root.snapMinutes) % 60 === 0 ? Theme.border : Theme.divider
            }
        }
        // Column lines of the visible part.
        Repeater {
            model: Math.max(0, grid.lastColumn - grid.firstColumn + 1)
            delegate: Rectangle {
                required property int index

                x: (grid.firstColumn + index + 1) * root.columnWidth - 1
                y: grid.contentY
                width: 1
                height: grid.height
                color: Theme.divider
            }
        }

        MouseArea {
            width: grid.contentWidth
            height: grid.contentHeight
            onClicked: {
                root.selectedSessionId = 0;
                root.forceActiveFocus();
            }
        }

        Repeater {
            model: TimetableWindowModel {
                sourceModel: root.model
                firstMinute: Math.floor(grid.contentY / root.pixelsPerMinute)
                lastMinute: Math.ceil((grid.contentY + grid.height) / root.pixelsPerMinute)
                firstColumn: grid.firstColumn
                lastColumn: grid.lastColumn
            }
            delegate: TimetableBlockDelegate {
                columnWidth: root.columnWidth
                pixelsPerMinute: root.pixelsPerMinute
                snapMinutes: root.snapMinutes
                selected: sessionId === root.selectedSessionId
                onClicked: which => {
                    root.selectedSessionId = which;
                    root.forceActiveFocus();
                }
                onDoubleClicked: which => root.editRequested(which)
                onMoveRequested: (which, centreX, top) => {
                    const column = Math.max(0, Math.min(root.model.columnCount - 1, Math.floor(centreX / root.columnWidth)));
                    const result = root.model.moveSession(which, column, Math.max(0, root.snapped(top / root.pixelsPerMinute)));
                    root.report(result);
                    if (!result.ok)
                        root.model.reload();
                }
                onResizeRequested: (which, bottom) => {
                    const result = root.model.resizeSession(which, root.snapped(bottom / root.pixelsPerMinute));
                    root.report(result);
                    if (!result.ok)
                        root.model.reload();
                }
            }
        }

        // Now.
        Rectangle {
            visible: root.model.nowMinute >= 0
            x: grid.contentX
            y: root.model.nowMinute * root.pixelsPerMinute
            z: 20
            width: grid.width
            height: 2
            color: Theme.toneRed

            Rectangle {
                y: -3
                width: 8
                height: 8
                radius: 4
                color: Theme.toneRed
            }
        }

        DropArea {
            id: dropArea
            width: grid.contentWidth
            height: grid.contentHeight
            keys: ["plenary/session"]
            onDropped: drop => {
                root.dropAt(drop.source.sessionId, drop.x, drop.y, drop.source.minutes);
                drop.accept();
            }
        }
    }

    Label {
        anchors.centerIn: grid
        visible: root.model.columnCount === 0
        text: root.model.roomCount === 0 ? qsTr("No rooms yet.") : qsTr("No room matches the filter.")
        color: Theme.textMuted
    }
}
