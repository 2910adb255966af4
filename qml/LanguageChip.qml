pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A chosen working language with a button that removes it.
Rectangle {
    id: root

    property string text
    signal removeRequested

    implicitWidth: row.implicitWidth + Theme.gapSmall + Theme.gapHalf
    implicitHeight: Theme.pillHeight + Theme.gapHalf
    radius: height / 2
    color: Theme.accentLight
    border.color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.25)

    RowLayout {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        x: Theme.gapSmall + Theme.gapHalf
        spacing: 0

        Label {
            text: root.text
            color: Theme.accent
            font.weight: Font.DemiBold
        }

        ToolButton {
            id: remove
            implicitWidth: Theme.pillHeight
            implicitHeight: Theme.pillHeight
            text: "×"
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Remove %1").arg(root.text)
            ToolTip.visible: remove.hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Remove %1").arg(root.text)
            onClicked: root.removeRequested()
        }
    }
}
