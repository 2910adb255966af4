// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

/// A tab that says plainly which one is showing: the current tab's label bold in the accent
/// colour over an accent underline (Fusion's own tabs differ only by a faint shade).
TabButton {
    id: tab

    implicitWidth: contentItem.implicitWidth + 2 * Theme.gapMedium
    implicitHeight: Theme.controlHeight + Theme.gapSmall

    contentItem: Label {
        text: tab.text
        font.pointSize: Theme.fontBody
        font.bold: tab.checked
        color: tab.checked ? Theme.accent : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        color: tab.hovered && !tab.checked ? Theme.rowHover : "transparent"

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: tab.checked ? 3 : 1
            color: tab.checked ? Theme.accent : Theme.border
        }
    }
}
