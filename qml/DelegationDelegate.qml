pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A row of the delegations table.
Rectangle {
    id: root

    required property int index
    required property int delegationId
    required property string name
    required property string kindLabel
    required property string flag
    required property string headName
    required property int memberCount
    required property string arrival
    required property string departure
    required property string hotel
    required property string status
    required property string statusLabel

    property TableColumns columns
    readonly property bool current: ListView.isCurrentItem

    signal selected(int index)
    signal activated(int index)

    implicitHeight: Theme.rowHeight
    color: root.current ? Theme.rowSelected : (hover.hovered ? Theme.rowHover : Theme.surface)

    Accessible.role: Accessible.Row
    Accessible.name: root.name

    HoverHandler {
        id: hover
    }

    TapHandler {
        onTapped: root.selected(root.index)
        onDoubleTapped: root.activated(root.index)
    }

    Rectangle {
        visible: root.current
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 3
        color: Theme.rowSelectedBorder
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gapMedium
        anchors.rightMargin: Theme.gapMedium
        spacing: root.columns.spacing

        RowLayout {
            Layout.preferredWidth: root.columns.width(0)
            visible: root.columns.shown(0)
            Layout.maximumWidth: root.columns.width(0)
            spacing: Theme.gapSmall

            Label {
                Layout.preferredWidth: Theme.gapLarge
                text: root.flag
                font.pointSize: Theme.fontFlag
                horizontalAlignment: Text.AlignHCenter
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: root.name
                    color: Theme.text
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: root.kindLabel
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }

        Label {
            Layout.preferredWidth: root.columns.width(1)
            visible: root.columns.shown(1)
            text: root.headName !== "" ? root.headName : "—"
            color: root.headName !== "" ? Theme.text : Theme.textFaint
            elide: Text.ElideRight
        }

        Label {
            Layout.preferredWidth: root.columns.width(2)
            visible: root.columns.shown(2)
            text: root.memberCount
            horizontalAlignment: Text.AlignRight
            color: root.memberCount > 0 ? Theme.text : Theme.textFaint
        }

        Label {
            Layout.preferredWidth: root.columns.width(3)
            visible: root.columns.shown(3)
            text: Theme.stay(root.arrival, root.departure) || "—"
            color: root.arrival !== "" || root.departure !== "" ? Theme.text : Theme.textFaint
            elide: Text.ElideRight
        }

        Label {
            Layout.preferredWidth: root.columns.width(4)
            visible: root.columns.shown(4)
            text: root.hotel !== "" ? root.hotel : "—"
            color: root.hotel !== "" ? Theme.text : Theme.textFaint
            elide: Text.ElideRight
        }

        Item {
            Layout.preferredWidth: root.columns.width(5)
            visible: root.columns.shown(5)
            Layout.fillHeight: true

            StatusPill {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.width)
                text: root.statusLabel
                tone: Theme.delegationTone(root.status)
                solid: Theme.delegationSolid(root.status)
            }
        }
    }
}
