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
    signal undoRequested
    signal redoRequested

    /// Swaps the desk user's name for a field to type a new one in.
    function editDeskUser() {
        deskField.text = Workspace.deskUser;
        deskField.visible = true;
        deskField.selectAll();
        deskField.forceActiveFocus();
    }

    /// Closes the field, keeping what was typed when `save` (and it is not blank).
    function finishDeskUser(save: bool) {
        if (!deskField.visible)
            return;
        deskField.visible = false;
        if (save && deskField.text.trim() !== "")
            Workspace.deskUser = deskField.text;
        deskButton.forceActiveFocus();
    }

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
                },
                {
                    label: qsTr("Check-in desk"),
                    count: "",
                    shortcut: "Ctrl+4"
                },
                {
                    label: qsTr("Programme"),
                    count: "",
                    shortcut: "Ctrl+5"
                },
                {
                    label: qsTr("Minutes"),
                    count: "",
                    shortcut: "Ctrl+6"
                },
                {
                    label: qsTr("Reports"),
                    count: "",
                    shortcut: "Ctrl+7"
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

        // Undo and redo of what was changed in this window, saying what they would take back.
        SidebarAction {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapSmall
            Layout.rightMargin: Theme.gapSmall
            enabled: Workspace.history.canUndo
            text: Workspace.history.canUndo ? qsTr("Undo") : qsTr("Nothing to undo")
            detail: Workspace.history.undoText
            shortcutText: "Ctrl+Z"
            onClicked: root.undoRequested()
        }
        SidebarAction {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapSmall
            Layout.rightMargin: Theme.gapSmall
            Layout.bottomMargin: Theme.gapSmall
            enabled: Workspace.history.canRedo
            text: Workspace.history.canRedo ? qsTr("Redo") : qsTr("Nothing to redo")
            detail: Workspace.history.redoText
            shortcutText: "Ctrl+Shift+Z"
            onClicked: root.redoRequested()
        }

        // The desk user: who the accreditation changes made here are recorded under.
        ItemDelegate {
            id: deskButton
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapSmall
            Layout.rightMargin: Theme.gapSmall
            Layout.bottomMargin: Theme.gapHalf
            visible: !deskField.visible
            implicitHeight: 32
            leftPadding: Theme.gapMedium
            rightPadding: Theme.gapMedium
            focusPolicy: Qt.TabFocus
            text: Workspace.deskUser !== "" ? qsTr("Desk: %1").arg(Workspace.deskUser) : qsTr("Desk: not set")
            Accessible.name: qsTr("%1, change").arg(deskButton.text)
            onClicked: root.editDeskUser()
            Keys.onReturnPressed: root.editDeskUser()
            Keys.onEnterPressed: root.editDeskUser()

            ToolTip.visible: deskButton.hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Accreditation changes are recorded under this name")

            background: Rectangle {
                radius: 4
                color: deskButton.hovered ? Theme.sidebarHover : "transparent"
                border.width: deskButton.visualFocus ? 1 : 0
                border.color: Theme.sidebarMarker
            }

            contentItem: RowLayout {
                spacing: Theme.gapSmall

                Label {
                    Layout.fillWidth: true
                    text: deskButton.text
                    color: Theme.sidebarText
                    font.pointSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Label {
                    text: qsTr("Edit")
                    color: deskButton.hovered || deskButton.visualFocus ? Theme.sidebarText : Theme.sidebarMarker
                    font.pointSize: Theme.fontSmall
                    font.underline: deskButton.hovered || deskButton.visualFocus
                }
            }
        }

        TextField {
            id: deskField
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gapSmall
            Layout.rightMargin: Theme.gapSmall
            Layout.bottomMargin: Theme.gapHalf
            visible: false
            selectByMouse: true
            placeholderText: qsTr("Desk user name")
            Accessible.name: qsTr("Desk user")
            onAccepted: root.finishDeskUser(true)
            Keys.onEscapePressed: root.finishDeskUser(false)
            onActiveFocusChanged: {
                // Clicking elsewhere cancels, leaving the focus where it went.
                if (!deskField.activeFocus)
                    deskField.visible = false;
            }
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
