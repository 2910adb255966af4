pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Adds or edits a delegation. Checked as you type; Enter saves, Escape cancels.
FormDialog {
    id: root

    /// The delegation being edited, 0 for a new one.
    property int delegationId
    property bool attempted
    /// The country name the name field was last filled with.
    property string previousCountryName
    /// The last refusal of a save, until the next edit.
    property var saveResult: null
    /// The check the refusal came with: a refusal stands until the fields change.
    property var saveResultFor: null

    readonly property var live: Workspace.delegations.validate(root.fields())
    readonly property var check: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: root.delegationId !== 0 || root.attempted
    readonly property var knownFields: ["kind", "countryCode", "name", "status", "arrival", "departure", "hotel", "focalPointName", "focalPointEmail", "focalPointPhone", "notes"]

    /// The delegation was written; `id` is its id.
    signal saved(int id)

    function openNew() {
        root.delegationId = 0;
        root.load({
            kind: "member_state",
            status: "registered"
        });
        root.open();
    }

    function openEdit(id: int) {
        const record = Workspace.delegations.get(id);
        if (record.id === undefined)
            return;
        root.delegationId = id;
        root.load(record);
        root.open();
    }

    function load(record: var) {
        root.attempted = false;
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(record.kind || "member_state"));
        countryBox.currentValue = record.countryCode || "";
        countryBox.revert();
        nameField.text = record.name || "";
        statusBox.currentIndex = Math.max(0, statusBox.indexOfValue(record.status || "registered"));
        arrivalField.text = record.arrival || "";
        departureField.text = record.departure || "";
        hotelField.text = record.hotel || "";
        focalNameField.text = record.focalPointName || "";
        focalEmailField.text = record.focalPointEmail || "";
        focalPhoneField.text = record.focalPointPhone || "";
        notesArea.text = record.notes || "";
        const quotas = record.quotas || {};
        for (let i = 0; i < quotaFields.count; ++i) {
            const field = quotaFields.itemAt(i) as QuotaField;
            field.text = quotas[field.role] !== undefined ? String(quotas[field.role]) : "";
        }
        root.previousCountryName = Workspace.countryName(countryBox.currentValue);
        root.saveResult = null;
    }

    function fields(): var {
        return {
            id: root.delegationId,
            kind: kindBox.currentValue,
            countryCode: countryBox.currentValue,
            name: nameField.text,
            status: statusBox.currentValue,
            arrival: arrivalField.text,
            departure: departureField.text,
            hotel: hotelField.text,
            focalPointName: focalNameField.text,
            focalPointEmail: focalEmailField.text,
            focalPointPhone: focalPhoneField.text,
            notes: notesArea.text,
            quotas: root.quotas()
        };
    }

    function quotas(): var {
        const typed = {};
        for (let i = 0; i < quotaFields.count; ++i) {
            const field = quotaFields.itemAt(i) as QuotaField;
            if (field && field.text.trim() !== "")
                typed[field.role] = field.text.trim();
        }
        return typed;
    }

    function countryPicked(code: string) {
        const name = Workspace.countryName(code);
        const typed = nameField.text.trim();
        if (typed === "" || typed === root.previousCountryName)
            nameField.text = name;
        root.previousCountryName = name;
    }

    function submit() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const saved = Workspace.delegations.save(root.fields());
        if (!saved.ok) {
            root.saveResult = saved;
            root.saveResultFor = root.live;
            root.focusField(saved.field);
            return;
        }
        root.close();
        root.saved(saved.id);
    }

    function focusField(field: string) {
        const items = {
            kind: kindBox,
            countryCode: countryBox,
            name: nameField,
            status: statusBox,
            arrival: arrivalField,
            departure: departureField,
            hotel: hotelField,
            focalPointName: focalNameField,
            focalPointEmail: focalEmailField,
            focalPointPhone: focalPhoneField,
            notes: notesArea
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: root.delegationId === 0 ? qsTr("New delegation") : qsTr("Edit delegation")
    subtitle: root.delegationId === 0 ? qsTr("Register a delegation to the event") : nameField.text
    generalMessage: !root.check.ok && root.revealed && root.knownFields.indexOf(root.check.field) < 0 ? root.check.message : ""

    onOpened: kindBox.forceActiveFocus()
    onSubmitRequested: root.submit()

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            label: qsTr("Kind")
            field: "kind"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: kindBox
                Layout.fillWidth: true
                model: Workspace.delegationKinds
                Accessible.name: qsTr("Kind")
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Country")
            field: "countryCode"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: countryBox
                Layout.fillWidth: true
                model: Workspace.countries
                textRole: "label"
                valueRole: "value"
                iconRole: "flag"
                allowEmpty: true
                placeholderText: qsTr("Type to search")
                Accessible.name: qsTr("Country")
                onActivated: value => root.countryPicked(value)
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Name")
            field: "name"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("As it appears on name plates and lists")

            TextField {
                id: nameField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Name")
            }
        }

        FormField {
            label: qsTr("Status")
            field: "status"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: statusBox
                Layout.fillWidth: true
                model: Workspace.delegationStatuses
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Status")
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Hotel")
            field: "hotel"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: hotelField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Hotel")
            }
        }

        FormField {
            label: qsTr("Arrival")
            field: "arrival"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: arrivalField
                Layout.preferredWidth: 136
                placeholderText: qsTr("YYYY-MM-DD")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.name: qsTr("Arrival")
            }
            Label {
                Layout.fillWidth: true
                text: Workspace.event.weekday(arrivalField.text)
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        FormField {
            label: qsTr("Departure")
            field: "departure"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: departureField
                Layout.preferredWidth: 136
                placeholderText: qsTr("YYYY-MM-DD")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.name: qsTr("Departure")
            }
            Label {
                Layout.fillWidth: true
                text: Workspace.event.weekday(departureField.text)
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        SectionLabel {
            Layout.columnSpan: 2
            text: qsTr("Badge quotas")
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: root.check.ok || root.check.field.indexOf("quota.") !== 0 ? qsTr("Badges this delegation may hold per role; empty means no limit. Approvals beyond a quota are refused.") : root.check.message
            color: root.check.ok || root.check.field.indexOf("quota.") !== 0 ? Theme.textFaint : Theme.error
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.gapMedium
            rowSpacing: Theme.gapHalf

            Repeater {
                id: quotaFields
                model: Workspace.roles

                delegate: QuotaField {
                    required property var modelData
                    role: modelData.value
                    label: modelData.label
                    invalid: !root.check.ok && root.check.field === "quota." + modelData.value
                }
            }
        }

        SectionLabel {
            Layout.columnSpan: 2
            text: qsTr("Focal point")
        }

        FormField {
            label: qsTr("Name")
            field: "focalPointName"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: focalNameField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Focal point name")
            }
        }

        FormField {
            label: qsTr("E-mail")
            field: "focalPointEmail"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: focalEmailField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhEmailCharactersOnly
                selectByMouse: true
                Accessible.name: qsTr("Focal point e-mail")
            }
        }

        FormField {
            label: qsTr("Phone")
            field: "focalPointPhone"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: focalPhoneField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDialableCharactersOnly
                selectByMouse: true
                Accessible.name: qsTr("Focal point phone")
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Notes")
            field: "notes"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextArea {
                id: notesArea
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, 3 * Theme.gapLarge + Theme.gapSmall)
                wrapMode: TextEdit.Wrap
                leftPadding: Theme.gapHalf
                rightPadding: Theme.gapHalf
                background: Rectangle {
                    color: Theme.surface
                    border.color: notesArea.activeFocus ? Theme.accent : Theme.border
                    radius: 2
                }
                selectByMouse: true
                placeholderText: qsTr("Visa matters, protocol remarks, special arrangements…")
                Accessible.name: qsTr("Notes")
                // Tab leaves the notes (to the buttons) instead of typing a tab character.
                Keys.onTabPressed: notesArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: notesArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            }
        }
    }
}
