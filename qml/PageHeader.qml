pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A page's title, a line under it, and its actions on the right.
RowLayout {
    id: root

    property string title
    property string subtitle
    default property alias actions: actionRow.data

    spacing: Theme.gapMedium

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pointSize: Theme.fontTitle
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: root.subtitle !== ""
            text: root.subtitle
            color: Theme.textMuted
            elide: Text.ElideRight
        }
    }

    RowLayout {
        id: actionRow
        Layout.alignment: Qt.AlignBottom
        spacing: Theme.gapSmall
    }
}
