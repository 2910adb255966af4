pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One entry of the sidebar: a page name, its count and a marker when current.
ItemDelegate {
    id: root

    property string count
    property string shortcut
    property bool current

    implicitHeight: 40
    leftPadding: Theme.gapMedium
    rightPadding: Theme.gapMedium
    focusPolicy: Qt.TabFocus
    Accessible.name: root.count !== "" ? qsTr("%1, %2").arg(root.text).arg(root.count) : root.text

    ToolTip.visible: root.hovered
    ToolTip.delay: 600
    ToolTip.text: root.shortcut

    background: Rectangle {
        radius: 4
        color: root.current ? Theme.sidebarSelected : (root.hovered ? Theme.sidebarHover : "transparent")
        border.width: root.visualFocus ? 1 : 0
        border.color: Theme.sidebarMarker

        Rectangle {
            visible: root.current
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.topMargin: Theme.gapSmall
            anchors.bottomMargin: Theme.gapSmall
            width: 3
            radius: 1.5
            color: Theme.sidebarMarker
        }
    }

    contentItem: RowLayout {
        spacing: Theme.gapSmall

        Label {
            Layout.fillWidth: true
            text: root.text
            color: root.current ? "#ffffff" : Theme.sidebarText
            font.weight: root.current ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
        }
        Label {
            visible: root.count !== ""
            text: root.count
            color: root.current ? "#ffffff" : Theme.sidebarMuted
            font.pointSize: Theme.fontSmall
        }
    }
}
