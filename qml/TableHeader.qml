pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The header row of a list shown as a table: column titles laid out by `columns`.
Rectangle {
    id: root

    property TableColumns columns
    property var titles: []
    /// Indexes of the columns whose contents are right-aligned (numbers).
    property var rightAligned: []

    implicitHeight: Theme.headerRowHeight
    color: Theme.headerBackground

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gapMedium
        anchors.rightMargin: Theme.gapMedium
        spacing: root.columns ? root.columns.spacing : Theme.gapMedium

        Repeater {
            model: root.titles

            delegate: Label {
                required property int index
                required property string modelData

                Layout.preferredWidth: root.columns ? root.columns.width(index) : 0
                visible: root.columns ? root.columns.shown(index) : true
                text: modelData
                horizontalAlignment: root.rightAligned.indexOf(index) >= 0 ? Text.AlignRight : Text.AlignLeft
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
