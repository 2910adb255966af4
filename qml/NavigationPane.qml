pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The dark sidebar: the product, the event at a glance and the page entries.
Rectangle {
    id: root

    property int currentIndex
    signal navigated(int index)

    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.gapLarge
        anchors.bottomMargin: Theme.gapMedium
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapMedium
            text: qsTr("Plenary")
            color: Theme.sidebarText
            font.pointSize: Theme.fontProduct
            font.weight: Font.Bold
            font.letterSpacing: 0.5
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapMedium
            Layout.topMargin: Theme.gapLarge
            Layout.bottomMargin: Theme.gapLarge
            spacing: Theme.gapHalf

            Label {
                Layout.fillWidth: true
                text: Workspace.event.name !== "" ? Workspace.event.name : qsTr("No event yet")
                color: Theme.sidebarText
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: Workspace.event.dateRange
                color: Theme.sidebarMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: Workspace.event.city
                color: Theme.sidebarMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapMedium
            Layout.rightMargin: Theme.gapMedium
            Layout.bottomMargin: Theme.gapSmall
            implicitHeight: 1
            color: Theme.sidebarHover
        }

        Repeater {
            model: [
                {
                    label: qsTr("Event"),
                    count: "",
                    shortcut: "Ctrl+1"
                },
                {
                    label: qsTr("Delegations"),
                    count: Workspace.delegations.count.toLocaleString(Qt.locale(), "f", 0),
                    shortcut: "Ctrl+2"
                },
                {
                    label: qsTr("Participants"),
                    count: Workspace.participants.total.toLocaleString(Qt.locale(), "f", 0),
                    shortcut: "Ctrl+3"
                }
            ]

            delegate: NavigationDelegate {
                required property int index
                required property var modelData

                Layout.fillWidth: true
                Layout.leftMargin: Theme.gapSmall
                Layout.rightMargin: Theme.gapSmall
                text: modelData.label
                count: modelData.count
                shortcut: modelData.shortcut
                current: index === root.currentIndex
                onClicked: root.navigated(index)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapLarge
            Layout.rightMargin: Theme.gapMedium
            text: Workspace.databasePath.substring(Workspace.databasePath.lastIndexOf("/") + 1)
            color: Theme.sidebarMuted
            font.pointSize: Theme.fontSmall
            elide: Text.ElideMiddle

            ToolTip.visible: databaseHover.hovered
            ToolTip.text: Workspace.databasePath
            ToolTip.delay: 600

            HoverHandler {
                id: databaseHover
            }
        }
    }
}
