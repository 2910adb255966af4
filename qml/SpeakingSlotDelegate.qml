pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One slot of a speakers' list: its number, the speaker and on whose behalf, the topic, the
// allotted and running minutes (red past the session's end), a handle to drag it by, and a
// mark for rights of reply.
ItemDelegate {
    id: root

    required property int index
    required property int speakerId
    required property string speakerName
    required property int delegationId
    required property string delegationName
    required property string topic
    required property int allottedMinutes
    required property int cumulativeMinutes
    required property string representationLevel
    required property string levelLabel
    required property string requestedAt
    required property bool rightOfReply
    required property bool overrun

    property bool current
    /// A drag would drop here: a line above (or below) the row.
    property bool dropBefore
    property bool dropAfter

    signal removeRequested
    /// The handle is being dragged; `y` in this row's coordinates.
    signal dragMoved(real y)
    signal dragFinished

    implicitHeight: Theme.rowHeight + Theme.gapHalf
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1. %2, %3").arg(root.index + 1).arg(root.speakerName).arg(root.rightOfReply ? qsTr("right of reply") : root.levelLabel)

    background: Rectangle {
        color: root.current ? Theme.rowSelected : (root.hovered ? Theme.rowHover : (root.rightOfReply ? Qt.rgba(Theme.toneAmber.r, Theme.toneAmber.g, Theme.toneAmber.b, 0.06) : Theme.surface))
        border.width: root.current ? 1 : 0
        border.color: Theme.rowSelectedBorder

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.divider
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            y: root.dropBefore ? 0 : parent.height - height
            visible: root.dropBefore || root.dropAfter
            height: 3
            color: Theme.accent
        }
    }

    // The drag handle: the strip left of the number.
    MouseArea {
        id: dragArea
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: root.leftPadding + Theme.gapLarge + Theme.gapHalf
        z: 1
        cursorShape: Qt.SizeVerCursor
        preventStealing: true
        onPositionChanged: mouse => {
            if (dragArea.pressed)
                root.dragMoved(dragArea.mapToItem(root, mouse.x, mouse.y).y);
        }
        onReleased: root.dragFinished()
    }

    contentItem: RowLayout {
        spacing: Theme.gapSmall

        Label {
            text: "≡"
            color: Theme.textFaint
            font.pointSize: Theme.fontSection + 2
            Layout.preferredWidth: Theme.gapLarge
            horizontalAlignment: Text.AlignHCenter
            Accessible.ignored: true
        }
        Label {
            text: String(root.index + 1)
            color: Theme.textMuted
            font.weight: Font.DemiBold
            Layout.preferredWidth: Theme.gapLarge
            horizontalAlignment: Text.AlignRight
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.speakerName
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: (root.delegationName !== "" ? qsTr("on behalf of %1").arg(root.delegationName) + " · " : "") + root.levelLabel + (root.requestedAt !== "" ? " · " + qsTr("requested %1").arg(root.requestedAt) : "")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 260
            text: root.topic
            color: Theme.text
            elide: Text.ElideRight
        }
        // Kept in place when hidden, so that topics line up whether or not a row is a reply.
        StatusPill {
            text: qsTr("Right of reply")
            tone: Theme.toneAmber
            opacity: root.rightOfReply ? 1 : 0
        }
        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: 72
            spacing: 0

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.allottedMinutes >= 0 ? qsTr("%1 min").arg(root.allottedMinutes) : "—"
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: qsTr("total %1").arg(root.cumulativeMinutes)
                color: root.overrun ? Theme.error : Theme.textFaint
                font.pointSize: Theme.fontSmall
                font.weight: root.overrun ? Font.DemiBold : Font.Normal
            }
        }
        ToolButton {
            text: "×"
            focusPolicy: Qt.NoFocus
            Accessible.name: qsTr("Remove %1").arg(root.speakerName)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Remove (Del)")
            onClicked: root.removeRequested()
        }
    }
}
