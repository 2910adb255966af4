pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Everyone accredited (or to be) to the event: search as you type (Ctrl+F), filters, and a
// table that stays fast with a hundred thousand rows (the model fetches the rows in view).
Item {
    id: root

    /// The delegation filter's choices: everyone, nobody's, and each delegation.
    property var delegationChoices: []
    readonly property var roleChoices: root.withFirst(qsTr("All roles"), "", Workspace.roles)
    readonly property var stateChoices: root.withFirst(qsTr("All states"), "", Workspace.accreditationStates)
    readonly property int delegationFilterValue: Workspace.participants.delegationFilter
    readonly property bool filtered: Workspace.participants.searchText !== "" || root.delegationFilterValue !== -1
                                     || Workspace.participants.roleFilter !== "" || Workspace.participants.stateFilter !== ""
    readonly property ParticipantDelegate currentRow: list.currentItem as ParticipantDelegate
    /// A dialog of this page is open (the window's page shortcuts wait).
    readonly property bool dialogOpen: dialog.visible || confirm.visible || importDialog.visible || exportDialog.visible || bulkDialog.visible
    /// The row a Shift-click extends the selection from.
    property int selectionAnchor: -1
    /// The participant a confirmation is pending for.
    property int pendingDeleteId

    /// `choices` with a first entry `{value, label}` for "all".
    function withFirst(label: string, value: var, choices: var): var {
        const result = [
            {
                value: value,
                label: label
            }
        ];
        for (let i = 0; i < choices.length; ++i)
            result.push(choices[i]);
        return result;
    }

    function refreshDelegationChoices() {
        const choices = root.withFirst(qsTr("No delegation"), 0, Workspace.delegations.choices());
        root.delegationChoices = root.withFirst(qsTr("All delegations"), -1, choices);
    }

    function setDelegationFilter(id: int) {
        Workspace.participants.delegationFilter = id;
    }

    function focusList() {
        list.forceActiveFocus();
    }

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    /// Puts `text` in the search field as if typed.
    function typeSearch(text: string) {
        searchField.forceActiveFocus();
        searchField.text = text;
        searchField.cursorPosition = text.length;
    }

    function clearFilters() {
        searchField.text = "";
        root.setDelegationFilter(-1);
        Workspace.participants.roleFilter = "";
        Workspace.participants.stateFilter = "";
    }

    function closeDialogs() {
        dialog.close();
        confirm.close();
        importDialog.close();
        exportDialog.close();
        bulkDialog.close();
    }

    /// A click on a row: plain selects it as current, Ctrl adds or removes it from the bulk
    /// selection, Shift adds the range from the last clicked row.
    function rowClicked(row: int, modifiers: int) {
        if (modifiers & Qt.ShiftModifier && root.selectionAnchor >= 0) {
            Workspace.participants.selectRange(root.selectionAnchor, row);
        } else if (modifiers & Qt.ControlModifier) {
            Workspace.participants.toggleSelected(row);
            root.selectionAnchor = row;
        } else {
            root.selectionAnchor = row;
        }
        list.currentIndex = row;
        list.forceActiveFocus();
    }

    /// Selects the first `count` listed rows and opens the bulk approval (self-test).
    function bulkPreview(count: int) {
        Workspace.participants.clearSelection();
        Workspace.participants.selectRange(0, count - 1);
        bulkDialog.openFor("approved", qsTr("Approve"));
    }

    /// Opens the import dialog at its mapping step for `file` (the self-test passes a sample).
    function openImport(file: url) {
        importDialog.openFile(file);
    }

    function select(row: int) {
        if (row < 0 || row >= list.count)
            return;
        list.currentIndex = row;
        list.positionViewAtIndex(row, ListView.Contain);
    }

    function addNew() {
        const filter = root.delegationFilterValue;
        dialog.openNew(filter > 0 ? filter : 0);
    }

    function editRow(row: int) {
        root.select(row);
        root.editCurrent();
    }

    /// Opens the participant of `row` at the accreditation workflow.
    function accreditRow(row: int) {
        root.select(row);
        if (root.currentRow)
            dialog.openAccreditation(root.currentRow.participantId);
    }

    /// Opens participant `id` in the form, wherever the filters put them; `atDocument` scrolls
    /// to the identity document.
    function editParticipant(id: int, atDocument: bool) {
        dialog.showsDocument = atDocument;
        dialog.openEdit(id);
    }

    function editCurrent() {
        if (root.currentRow)
            dialog.openEdit(root.currentRow.participantId);
    }

    function deleteCurrent() {
        const row = root.currentRow;
        if (!row)
            return;
        root.pendingDeleteId = row.participantId;
        confirm.ask(qsTr("Delete participant"), qsTr("Delete %1 from the event? This cannot be undone.").arg(row.displayName), qsTr("Delete"));
    }

    function confirmDelete() {
        const row = list.currentIndex;
        // A refusal reaches the error banner through Workspace.errorOccurred.
        if (Workspace.participants.remove(root.pendingDeleteId).ok)
            root.select(Math.min(row, list.count - 1));
        list.forceActiveFocus();
    }

    Component.onCompleted: root.refreshDelegationChoices()

    Connections {
        target: Workspace.delegations
        function onModelReset() {
            root.refreshDelegationChoices();
        }
    }

    Connections {
        target: Workspace.participants
        function onFilterChanged() {
            list.currentIndex = list.count > 0 ? 0 : -1;
            list.positionViewAtBeginning();
            delegationFilter.currentValue = root.delegationFilterValue;
        }
    }

    TableColumns {
        id: columns
        available: list.width - 2 * Theme.gapMedium
        minimums: [192, 152, 120, 176, 152, 64]
        shares: [3, 2, 1, 3, 0, 0]
        dropOrder: [3, 2]
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !root.dialogOpen
        onActivated: root.addNew()
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible && !root.dialogOpen
        onActivated: root.focusSearch()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Participants")
            subtitle: qsTr("Delegates, staff, press and guests accredited to the event")

            Button {
                text: qsTr("Add…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Add a participant (Ctrl+N)")
                onClicked: root.addNew()
            }
            Button {
                text: qsTr("Edit…")
                enabled: root.currentRow !== null
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Edit the selected participant (Enter)")
                onClicked: root.editCurrent()
            }
            Button {
                text: qsTr("Delete")
                enabled: root.currentRow !== null
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Delete the selected participant (Del)")
                onClicked: root.deleteCurrent()
            }
            Button {
                text: qsTr("Import…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Import participants from a CSV file (ours, Indico, pretix)")
                onClicked: importDialog.chooseFile()
            }
            Button {
                text: qsTr("Export…")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Export every participant as CSV or an Excel workbook")
                onClicked: exportDialog.open()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapSmall

            TextField {
                id: searchField
                Layout.fillWidth: true
                Layout.minimumWidth: 160
                Layout.preferredWidth: 320
                placeholderText: qsTr("Search names in any script or badge numbers… (Ctrl+F)")
                selectByMouse: true
                text: Workspace.participants.searchText
                Accessible.name: qsTr("Search participants")
                onTextChanged: Workspace.participants.searchText = text
                Keys.onDownPressed: list.forceActiveFocus()
                Keys.onReturnPressed: list.forceActiveFocus()
                Keys.onEnterPressed: list.forceActiveFocus()
                Keys.onEscapePressed: event => {
                    if (searchField.text !== "") {
                        searchField.text = "";
                        event.accepted = true;
                    } else {
                        list.forceActiveFocus();
                    }
                }
            }

            SearchComboBox {
                id: delegationFilter
                Layout.preferredWidth: 224
                Layout.minimumWidth: 128
                Layout.fillWidth: true
                model: root.delegationChoices
                textRole: "label"
                valueRole: "value"
                emptyValue: -1
                currentValue: -1
                allowEmpty: true
                Accessible.name: qsTr("Delegation filter")
                onActivated: value => root.setDelegationFilter(value)
            }

            FormComboBox {
                id: roleFilter
                onSubmitRequested: list.forceActiveFocus()
                Layout.preferredWidth: 176
                Layout.minimumWidth: 112
                Layout.fillWidth: true
                model: root.roleChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, indexOfValue(Workspace.participants.roleFilter))
                Accessible.name: qsTr("Role filter")
                onActivated: Workspace.participants.roleFilter = currentValue
            }

            FormComboBox {
                id: stateFilter
                onSubmitRequested: list.forceActiveFocus()
                Layout.preferredWidth: 176
                Layout.minimumWidth: 112
                Layout.fillWidth: true
                model: root.stateChoices
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, indexOfValue(Workspace.participants.stateFilter))
                Accessible.name: qsTr("Accreditation state filter")
                onActivated: Workspace.participants.stateFilter = currentValue
            }

            Button {
                visible: root.filtered
                text: qsTr("Clear")
                flat: true
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Show everyone")
                onClicked: root.clearFilters()
            }

            Label {
                Layout.leftMargin: Theme.gapSmall
                text: qsTr("%1 of %2").arg(Workspace.participants.count.toLocaleString(Qt.locale(), "f", 0)).arg(Workspace.participants.total.toLocaleString(Qt.locale(), "f", 0))
                color: Theme.textMuted
            }
        }

        // The bulk actions on the selection (Ctrl+click, Shift+click, Space, Ctrl+A).
        Rectangle {
            Layout.fillWidth: true
            visible: Workspace.participants.selectionCount > 0
            implicitHeight: bulkRow.implicitHeight + 2 * Theme.gapSmall
            radius: 4
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10)
            border.color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.35)

            RowLayout {
                id: bulkRow
                anchors.fill: parent
                anchors.margins: Theme.gapSmall
                anchors.leftMargin: Theme.gapMedium
                spacing: Theme.gapSmall

                Label {
                    Layout.fillWidth: true
                    text: Workspace.participants.selectionCount === 1 ? qsTr("1 participant selected") : qsTr("%1 participants selected").arg(Workspace.participants.selectionCount.toLocaleString(Qt.locale(), "f", 0))
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Button {
                    text: qsTr("Approve…")
                    onClicked: bulkDialog.openFor("approved", qsTr("Approve"))
                }
                Button {
                    text: qsTr("Reject…")
                    onClicked: bulkDialog.openFor("rejected", qsTr("Reject"))
                }
                Button {
                    text: qsTr("Withdraw…")
                    onClicked: bulkDialog.openFor("withdrawn", qsTr("Withdraw"))
                }
                Button {
                    text: qsTr("Clear selection")
                    flat: true
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Esc in the list")
                    onClicked: Workspace.participants.clearSelection()
                }
            }
        }

        // How many are in each accreditation state (under the delegation and role filters);
        // a click filters by that state, a second click lifts the filter.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapHalf

            Repeater {
                model: Workspace.participants.stateCounts

                delegate: AbstractButton {
                    id: stateChip
                    required property var modelData
                    readonly property bool chosen: Workspace.participants.stateFilter === modelData.state
                    implicitWidth: pill.implicitWidth
                    implicitHeight: pill.implicitHeight
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(modelData.count)
                    onClicked: Workspace.participants.stateFilter = stateChip.chosen ? "" : modelData.state

                    StatusPill {
                        id: pill
                        anchors.fill: parent
                        text: stateChip.modelData.label + "  " + stateChip.modelData.count.toLocaleString(Qt.locale(), "f", 0)
                        tone: stateChip.modelData.count > 0 ? Theme.accreditationTone(stateChip.modelData.state) : Theme.toneMuted
                        solid: stateChip.chosen
                        opacity: stateChip.modelData.count > 0 || stateChip.chosen ? 1 : 0.55
                    }
                }
            }
        }

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
                    titles: [qsTr("Name"), qsTr("Delegation"), qsTr("Role"), qsTr("Function and organisation"), qsTr("Accreditation"), qsTr("Badge")]
                    rightAligned: [5]
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
                    model: Workspace.participants
                    Accessible.name: qsTr("Participants")
                    ScrollBar.vertical: PersistentScrollBar {}

                    Keys.onReturnPressed: root.editCurrent()
                    Keys.onEnterPressed: root.editCurrent()
                    Keys.onDeletePressed: root.deleteCurrent()
                    Keys.onSpacePressed: {
                        Workspace.participants.toggleSelected(list.currentIndex);
                        root.selectionAnchor = list.currentIndex;
                    }
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_A && (event.modifiers & Qt.ControlModifier)) {
                            Workspace.participants.selectAllListed();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Escape && Workspace.participants.selectionCount > 0) {
                            Workspace.participants.clearSelection();
                            event.accepted = true;
                        }
                    }

                    delegate: ParticipantDelegate {
                        width: list.width
                        height: Theme.rowHeight
                        columns: columns
                        onClicked: (row, modifiers) => root.rowClicked(row, modifiers)
                        onActivated: row => root.editRow(row)
                    }

                    Label {
                        anchors.centerIn: parent
                        visible: list.count === 0
                        text: root.filtered ? qsTr("Nobody matches the search and filters.") : qsTr("No participants yet. Add one with Ctrl+N.")
                        color: Theme.textMuted
                    }
                }
            }
        }
    }

    ParticipantDialog {
        id: dialog
        delegationChoices: root.delegationChoices.slice(1)
        onSaved: id => {
            root.select(Workspace.participants.rowOf(id));
            list.forceActiveFocus();
        }
        onClosed: list.forceActiveFocus()
    }

    ImportDialog {
        id: importDialog
        onClosed: list.forceActiveFocus()
    }

    ExportDialog {
        id: exportDialog
        onClosed: list.forceActiveFocus()
    }

    ConfirmDialog {
        id: confirm
        onConfirmed: root.confirmDelete()
        onClosed: list.forceActiveFocus()
    }

    BulkStateDialog {
        id: bulkDialog
        onClosed: list.forceActiveFocus()
    }
}
