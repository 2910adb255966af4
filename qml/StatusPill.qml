pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A coloured, rounded label for a state: tinted, or filled when `solid`.
Rectangle {
    id: root

    property string text
    property color tone: Theme.toneGrey
    property bool solid: false

    implicitWidth: label.implicitWidth + 2 * Theme.gapSmall + 2
    implicitHeight: Theme.pillHeight - 2
    radius: height / 2
    color: root.solid ? root.tone : Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.14)
    border.width: root.solid ? 0 : 1
    border.color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.28)

    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.gapSmall
        anchors.rightMargin: Theme.gapSmall
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: root.text
        elide: Text.ElideRight
        color: root.solid ? "#ffffff" : Qt.darker(root.tone, 1.25)
        font.pointSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
