pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Records an action item: what is to be done, by whom (a participant or a delegation, found
// by typing part of the name), by when, and whether it is done. Ctrl+Enter saves.
FormDialog {
    id: root

    required property ActionItemListModel actions
    required property SessionMinutesModel minutes

    property int itemId
    property bool attempted
    property var saveResult: null
    /// "p:12", "d:3" or "" and its label.
    property string owner
    property string ownerName
    property string ownerQuery

    readonly property var live: root.actions.validate(root.fields())
    readonly property var check: root.saveResult !== null ? root.saveResult : root.live

    /// An action item was written at `row`.
    signal saved(int row)

    function openNew() {
        root.load(0, {
            itemText: "",
            owner: "",
            ownerName: "",
            dueDate: "",
            done: false,
            confidentiality: "public"
        });
    }

    function openEdit(row: int) {
        const record = root.actions.get(row);
        root.load(record.itemId, record);
    }

    function load(id: int, record: var) {
        root.itemId = id;
        root.attempted = false;
        root.saveResult = null;
        root.owner = record.owner;
        root.ownerName = record.owner !== "" ? record.ownerName : "";
        root.ownerQuery = "";
        textField.text = record.itemText;
        ownerPicker.currentValue = record.owner;
        ownerPicker.text = root.ownerName;
        dueField.text = record.dueDate;
        doneBox.checked = record.done;
        confidentialityBox.currentIndex = Math.max(0, confidentialityBox.indexOfValue(record.confidentiality));
        root.open();
    }

    function fields(): var {
        return {
            text: textField.text,
            owner: root.owner,
            dueDate: dueField.text,
            done: doneBox.checked,
            confidentiality: confidentialityBox.currentValue === undefined ? "public" : confidentialityBox.currentValue
        };
    }

    function submit() {
        root.attempted = true;
        root.saveResult = null;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const result = root.actions.save(root.itemId, root.fields());
        if (!result.ok) {
            root.saveResult = result;
            root.focusField(result.field);
            return;
        }
        root.close();
        root.saved(result.row);
    }

    function focusField(field: string) {
        const items = {
            text: textField,
            owner: ownerPicker,
            dueDate: dueField
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: root.itemId > 0 ? qsTr("Edit action item") : qsTr("Add an action item")
    acceptText: qsTr("Save action item")
    preferredWidth: 600
    generalMessage: !root.check.ok && root.attempted && ["text", "owner", "dueDate"].indexOf(root.check.field) < 0 ? root.check.message : ""

    onOpened: textField.forceActiveFocus()
    onSubmitRequested: root.submit()

    FormField {
        label: qsTr("What")
        field: "text"
        result: root.check
        revealed: root.attempted
        session: root.session

        TextField {
            id: textField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("e.g. Circulate the draft declaration to all delegations")
            Accessible.name: qsTr("What is to be done")
        }
    }

    FormField {
        label: qsTr("Owner")
        field: "owner"
        result: root.check
        revealed: root.attempted
        session: root.session
        hint: root.owner !== "" ? "" : qsTr("Type part of a participant's or a delegation's name, then choose")

        SearchComboBox {
            id: ownerPicker
            Layout.fillWidth: true
            model: root.ownerQuery.trim() !== "" ? root.actions.findOwners(root.ownerQuery, 20) : (root.owner !== "" ? [{
                        value: root.owner,
                        label: root.ownerName
                    }] : [])
            textRole: "label"
            valueRole: "value"
            emptyValue: ""
            currentValue: ""
            allowEmpty: true
            placeholderText: qsTr("Type a name…")
            Accessible.name: qsTr("Owner")
            onTextEdited: {
                root.ownerQuery = ownerPicker.text;
                ownerPicker.openList(false);
            }
            onActivated: value => {
                const index = ownerPicker.indexOfValue(value);
                root.owner = index >= 0 ? value : "";
                root.ownerName = index >= 0 ? ownerPicker.model[index].label : "";
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            label: qsTr("Due date")
            field: "dueDate"
            result: root.check
            revealed: root.attempted
            session: root.session
            hint: qsTr("yyyy-mm-dd, empty when none")

            TextField {
                id: dueField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: "2027-05-31"
                Accessible.name: qsTr("Due date")
            }
        }

        FormField {
            label: qsTr("Confidentiality")

            FormComboBox {
                id: confidentialityBox
                Layout.fillWidth: true
                model: root.minutes.confidentialities
                Accessible.name: qsTr("Confidentiality")
                onSubmitRequested: root.submit()
            }
        }
    }

    CheckBox {
        id: doneBox
        text: qsTr("Done")
        Keys.onReturnPressed: root.submit()
        Keys.onEnterPressed: root.submit()
    }
}
