pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The delegations of the event as a table: add (Ctrl+N), edit (Enter or double-click) and
// delete (Del).
Item {
    id: root

    /// The delegation a confirmation is pending for.
    property int pendingDeleteId
    readonly property DelegationDelegate currentRow: list.currentItem as DelegationDelegate
    /// A dialog of this page is open (the window's page shortcuts wait).
    readonly property bool dialogOpen: dialog.visible || confirm.visible || refusal.visible

    function focusList() {
        list.forceActiveFocus();
    }

    function closeDialogs() {
        dialog.close();
        confirm.close();
        refusal.close();
    }

    function select(row: int) {
        if (row < 0 || row >= list.count)
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
    }

    function addNew() {
        dialog.openNew();
    }

    function editRow(row: int) {
        root.select(row);
        root.editCurrent();
    }

    function editCurrent() {
        if (root.currentRow)
            dialog.openEdit(root.currentRow.delegationId);
    }

    function deleteCurrent() {
        const row = root.currentRow;
        if (!row)
            return;
        root.pendingDeleteId = row.delegationId;
        const members = row.memberCount === 1 ? qsTr("It still has 1 participant.") + " " : (row.memberCount > 1 ? qsTr("It still has %1 participants.").arg(row.memberCount) + " " : "");
        confirm.ask(qsTr("Delete delegation"), qsTr("Delete the delegation “%1”? %2This cannot be undone.").arg(row.name).arg(members), qsTr("Delete"));
    }

    function confirmDelete() {
        const row = list.currentIndex;
        const removed = Workspace.delegations.remove(root.pendingDeleteId);
        if (!removed.ok) {
            refusal.inform(qsTr("The delegation was not deleted"), removed.message);
            return;
        }
        root.select(Math.min(row, list.count - 1));
        list.forceActiveFocus();
    }

    TableColumns {
        id: columns
        available: list.width - 2 * Theme.gapMedium
        minimums: [200, 160, 64, 120, 140, 104]
        shares: [2, 3, 0, 0, 2, 0]
        dropOrder: [4, 3]
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !root.dialogOpen
        onActivated: root.addNew()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Delegations")
            subtitle: list.count === 1 ? qsTr("1 delegation") : qsTr("%1 delegations").arg(list.count)

            Button {
                text: qsTr("Add…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Add a delegation (Ctrl+N)")
                onClicked: root.addNew()
            }
            Button {
                text: qsTr("Edit…")
                enabled: root.currentRow !== null
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Edit the selected delegation (Enter)")
                onClicked: root.editCurrent()
            }
            Button {
                text: qsTr("Delete")
                enabled: root.currentRow !== null
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Delete the selected delegation (Del)")
                onClicked: root.deleteCurrent()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapMedium

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: list.activeFocus ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6) : Theme.border
                radius: 4

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    TableHeader {
                        Layout.fillWidth: true
                        columns: columns
                        titles: [qsTr("Delegation"), qsTr("Head of delegation"), qsTr("Members"), qsTr("Stay"), qsTr("Hotel"), qsTr("Status")]
                        rightAligned: [2]
                    }

                    ListView {
                        id: list
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        focus: true
                        activeFocusOnTab: true
                        reuseItems: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        model: Workspace.delegations
                        Accessible.name: qsTr("Delegations")
                        ScrollBar.vertical: PersistentScrollBar {}

                        Keys.onReturnPressed: root.editCurrent()
                        Keys.onEnterPressed: root.editCurrent()
                        Keys.onDeletePressed: root.deleteCurrent()

                        delegate: DelegationDelegate {
                            width: list.width
                            columns: columns
                            onSelected: row => {
                                list.currentIndex = row;
                                list.forceActiveFocus();
                            }
                            onActivated: row => root.editRow(row)
                        }

                        Label {
                            anchors.centerIn: parent
                            visible: list.count === 0
                            text: qsTr("No delegations yet. Add one with Ctrl+N.")
                            color: Theme.textMuted
                        }
                    }
                }
            }

            DelegationDetails {
                Layout.preferredWidth: Math.max(320, root.width * 0.28)
                Layout.fillHeight: true
                delegationId: root.currentRow ? root.currentRow.delegationId : 0
                name: root.currentRow ? root.currentRow.name : ""
                flag: root.currentRow ? root.currentRow.flag : ""
                kindLabel: root.currentRow ? root.currentRow.kindLabel : ""
            }
        }
    }

    DelegationDialog {
        id: dialog
        onSaved: id => {
            root.select(Workspace.delegations.rowOf(id));
            list.forceActiveFocus();
        }
        onClosed: list.forceActiveFocus()
    }

    ConfirmDialog {
        id: confirm
        onConfirmed: root.confirmDelete()
        onClosed: list.forceActiveFocus()
    }

    ConfirmDialog {
        id: refusal
        onClosed: list.forceActiveFocus()
    }
}
