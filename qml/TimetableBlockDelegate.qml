pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// One session on the timetable: a block in its room's column, dragged to move, dragged at its
// lower edge to change its end. Conflicts show on the block itself: a red or amber frame and
// a mark, with the sentences in the tooltip.
Rectangle {
    id: root

    required property int sessionId
    required property string title
    required property string kind
    required property string visibility
    required property int column
    required property int startMinute
    required property int endMinute
    required property bool continuesBefore
    required property bool continuesAfter
    required property int lane
    required property int lanes
    required property string timeLabel
    required property int severity
    required property string conflictText

    /// Geometry of the grid the block sits on.
    required property real columnWidth
    required property real pixelsPerMinute
    required property int snapMinutes
    required property bool selected

    /// Released after a drag: where the block's top-left landed, in grid coordinates.
    signal moveRequested(int sessionId, real x, real y)
    signal resizeRequested(int sessionId, real bottom)
    signal clicked(int sessionId)
    signal doubleClicked(int sessionId)

    readonly property real laneWidth: (columnWidth - 2 * inset) / Math.max(1, lanes)
    readonly property int inset: 3
    readonly property color tone: Theme.sessionTone(kind)
    readonly property bool dragging: moveArea.drag.active || resizeArea.pressed

    objectName: "session-" + sessionId
    x: column * columnWidth + inset + lane * laneWidth
    y: startMinute * pixelsPerMinute + 1
    width: laneWidth - (lanes > 1 ? 2 : 0)
    height: Math.max(6, (endMinute - startMinute) * pixelsPerMinute - 2)
    z: dragging ? 10 : (selected ? 2 : 1)
    radius: 3
    color: kind === "break" ? Theme.headerBackground : Qt.tint(Theme.surface, Qt.rgba(tone.r, tone.g, tone.b, 0.12))
    border.width: severity > 0 || selected ? 2 : 1
    border.color: severity === 2 ? Theme.toneRed : (severity === 1 ? Theme.toneAmber : (selected ? Theme.accent : Qt.rgba(tone.r, tone.g, tone.b, 0.45)))
    opacity: dragging ? 0.85 : 1
    clip: true

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2").arg(root.title).arg(root.timeLabel) + (root.conflictText !== "" ? ". " + root.conflictText : "")

    // The kind's colour along the left edge.
    Rectangle {
        width: 4
        height: parent.height
        color: root.tone
        visible: root.kind !== "break"
    }

    Column {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: root.severity > 0 ? 20 : 4
        anchors.topMargin: 2
        spacing: 0

        Label {
            width: parent.width
            text: (root.continuesBefore ? "… " : "") + root.title
            color: root.kind === "break" ? Theme.textMuted : Theme.text
            font.pointSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            maximumLineCount: root.height > 44 ? 2 : 1
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            visible: root.height > 28
            text: root.timeLabel + (root.visibility === "restricted" ? " · " + qsTr("closed") : "") + (root.continuesAfter ? " …" : "")
            color: Theme.textMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }

    // The conflict mark: ! for an error, ⚠ for a warning.
    Rectangle {
        visible: root.severity > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 3
        width: 14
        height: 14
        radius: 7
        color: root.severity === 2 ? Theme.toneRed : Theme.toneAmber

        Label {
            anchors.centerIn: parent
            text: "!"
            color: "white"
            font.pointSize: Theme.fontSmall
            font.weight: Font.Bold
        }
    }

    ToolTip.visible: moveArea.containsMouse && !root.dragging && root.conflictText !== ""
    ToolTip.delay: 400
    ToolTip.text: root.conflictText

    MouseArea {
        id: moveArea
        anchors.fill: parent
        anchors.bottomMargin: 6
        hoverEnabled: true
        cursorShape: drag.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor
        drag.target: root
        drag.threshold: 4
        // The grid is a Flickable: without this it would take a vertical drag for a scroll.
        preventStealing: true
        onPressed: root.clicked(root.sessionId)
        onDoubleClicked: root.doubleClicked(root.sessionId)
        onReleased: {
            if (drag.active || root.x !== root.column * root.columnWidth + root.inset + root.lane * root.laneWidth)
                root.moveRequested(root.sessionId, root.x + root.width / 2, root.y);
        }
    }

    // The lower edge: drag to change the end.
    MouseArea {
        id: resizeArea

        property real pressY

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 6
        cursorShape: Qt.SizeVerCursor
        preventStealing: true
        onPressed: mouse => {
            root.clicked(root.sessionId);
            pressY = mouse.y;
        }
        onPositionChanged: mouse => root.height = Math.max(6, root.height + mouse.y - pressY)
        onReleased: root.resizeRequested(root.sessionId, root.y + root.height)
    }
}
