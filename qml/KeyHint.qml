pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A key cap and what it does, e.g. [F2] Check in.
RowLayout {
    id: root

    property string key
    property string action
    property color textColor: Theme.textMuted
    property bool onDark: false

    spacing: Theme.gapHalf + 2

    Rectangle {
        implicitWidth: Math.max(keyLabel.implicitWidth + 2 * Theme.gapSmall, 28)
        implicitHeight: keyLabel.implicitHeight + Theme.gapHalf + 2
        radius: 4
        color: root.onDark ? Qt.rgba(1, 1, 1, 0.18) : Theme.surface
        border.width: 1
        border.color: root.onDark ? Qt.rgba(1, 1, 1, 0.5) : Theme.border

        Label {
            id: keyLabel
            anchors.centerIn: parent
            text: root.key
            color: root.onDark ? "#ffffff" : Theme.text
            font.pointSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
    Label {
        text: root.action
        color: root.textColor
        font.pointSize: Theme.fontSmall
    }
}
