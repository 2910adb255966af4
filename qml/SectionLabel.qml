pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A group title inside a form, with a rule under it.
ColumnLayout {
    id: root

    property string text

    Layout.fillWidth: true
    Layout.topMargin: Theme.gapSmall
    spacing: Theme.gapHalf

    Label {
        Layout.fillWidth: true
        text: root.text
        color: Theme.accent
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.divider
    }
}
