pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A session without a room or a time, beside the timetable: dragged onto the grid to
// schedule it. While dragged, a card follows the pointer above everything else.
Item {
    id: root

    required property int sessionId
    required property string title
    required property string kind
    required property int minutes
    required property string reason
    /// The item the card floats in while dragged (the page).
    required property Item dragParent

    height: Theme.rowHeight

    Rectangle {
        anchors.fill: parent
        color: dragArea.containsMouse ? Theme.rowHover : "transparent"
    }
    Rectangle {
        x: Theme.gapMedium
        anchors.verticalCenter: parent.verticalCenter
        width: 4
        height: parent.height - 16
        color: Theme.sessionTone(root.kind)
    }
    Column {
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.gapMedium + 12
        width: parent.width - x - Theme.gapMedium
        Label {
            width: parent.width
            text: root.title
            elide: Text.ElideRight
            color: Theme.text
        }
        Label {
            width: parent.width
            text: qsTr("%1 · %2 min").arg(root.reason).arg(root.minutes)
            font.pointSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }

    // What follows the pointer; its Drag reaches the timetable's DropArea.
    Rectangle {
        id: card

        readonly property int sessionId: root.sessionId
        readonly property int minutes: root.minutes

        visible: Drag.active
        parent: Drag.active ? root.dragParent : root
        width: 180
        height: 40
        radius: 3
        color: Qt.tint(Theme.surface, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12))
        border.color: Theme.accent
        opacity: 0.9
        Drag.active: dragArea.drag.active
        Drag.keys: ["plenary/session"]
        Drag.hotSpot.x: 8
        Drag.hotSpot.y: 8

        Label {
            anchors.fill: parent
            anchors.margins: 6
            text: root.title
            elide: Text.ElideRight
            font.pointSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }

    MouseArea {
        id: dragArea
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.OpenHandCursor
        drag.target: card
        onPressed: mouse => {
            const point = root.mapToItem(root.dragParent, mouse.x - 8, mouse.y - 8);
            card.x = point.x;
            card.y = point.y;
        }
        onReleased: {
            if (card.Drag.active)
                card.Drag.drop();
        }
    }
}
