import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A quiet action in the dark sidebar: its name and key on one line, what it would do on the
// next (elided, in full on hover).
ItemDelegate {
    id: root

    /// The key shown at the right, e.g. "Ctrl+Z".
    property string shortcutText
    /// What the action would do, e.g. "check-in of Anna MÜLLER"; empty hides the line.
    property string detail

    leftPadding: Theme.gapMedium
    rightPadding: Theme.gapMedium
    topPadding: Theme.gapHalf
    bottomPadding: Theme.gapHalf
    focusPolicy: Qt.TabFocus
    Accessible.name: root.detail !== "" ? root.text + " " + root.detail : root.text

    ToolTip.visible: root.hovered && root.detail !== ""
    ToolTip.delay: 600
    ToolTip.text: root.text + " " + root.detail

    background: Rectangle {
        radius: 4
        color: root.hovered && root.enabled ? Theme.sidebarHover : "transparent"
        border.width: root.visualFocus ? 1 : 0
        border.color: Theme.sidebarMarker
    }

    contentItem: ColumnLayout {
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapSmall

            Label {
                Layout.fillWidth: true
                text: root.text
                color: root.enabled ? Theme.sidebarText : Theme.sidebarMuted
                font.pointSize: Theme.fontSmall
                font.weight: root.enabled ? Font.DemiBold : Font.Normal
                elide: Text.ElideRight
            }
            Label {
                text: root.shortcutText
                color: Theme.sidebarMuted
                font.pointSize: Theme.fontSmall
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail !== ""
            text: root.detail
            color: Theme.sidebarMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideRight
        }
    }
}
