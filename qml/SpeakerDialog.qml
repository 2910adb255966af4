pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Adds a speaker to a session's speakers' list, or changes a slot: the speaker, on behalf of
// which delegation (their own by default), topic, allotted minutes, level of representation
// and whether it is a right of reply. Written at once; Enter saves, Escape cancels.
FormDialog {
    id: root

    required property SpeakersListModel speakers
    /// Finds participants for the speaker picker.
    required property SessionEditor editor

    /// The row being edited, -1 for a new slot.
    property int row: -1
    property bool attempted
    property int speakerId
    property string speakerName
    /// What was last typed into the speaker picker (its list is searched in the database).
    property string speakerQuery
    property var saveResult: null
    property var saveResultFor: null

    readonly property var live: root.speakers.validate(root.fields())
    readonly property var check: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: root.row >= 0 || root.attempted
    readonly property var knownFields: ["speaker", "delegation", "topic", "minutes", "level"]
    readonly property var delegationChoices: {
        const choices = [
            {
                value: 0,
                label: qsTr("The speaker's own delegation")
            }
        ];
        const delegations = Workspace.delegations.choices();
        for (let i = 0; i < delegations.length; ++i)
            choices.push(delegations[i]);
        return choices;
    }

    /// A slot was written at `row`.
    signal saved(int row)

    function openNew() {
        root.row = -1;
        root.load({
            speakerId: 0,
            speakerName: "",
            delegationId: 0,
            topic: "",
            minutes: "",
            level: "other",
            rightOfReply: false
        });
        root.open();
    }

    /// `slot`: the row's roles (speakerId, speakerName, delegationId, topic, allottedMinutes,
    /// representationLevel, rightOfReply).
    function openEdit(row: int, slot: var) {
        root.row = row;
        root.load({
            speakerId: slot.speakerId,
            speakerName: slot.speakerName,
            delegationId: slot.delegationId,
            topic: slot.topic,
            minutes: slot.allottedMinutes >= 0 ? String(slot.allottedMinutes) : "",
            level: slot.representationLevel,
            rightOfReply: slot.rightOfReply
        });
        root.open();
    }

    function load(record: var) {
        root.attempted = false;
        root.saveResult = null;
        root.speakerId = record.speakerId;
        root.speakerName = record.speakerName;
        root.speakerQuery = "";
        speakerPicker.currentValue = record.speakerId;
        speakerPicker.text = speakerPicker.currentText;
        delegationBox.currentIndex = Math.max(0, delegationBox.indexOfValue(record.delegationId));
        topicField.text = record.topic;
        minutesField.text = record.minutes;
        levelBox.currentIndex = Math.max(0, levelBox.indexOfValue(record.level));
        replyBox.checked = record.rightOfReply;
    }

    function fields(): var {
        return {
            speakerId: root.speakerId,
            onBehalfOf: delegationBox.currentValue === undefined ? 0 : delegationBox.currentValue,
            topic: topicField.text,
            minutes: minutesField.text,
            level: levelBox.currentValue === undefined ? "other" : levelBox.currentValue,
            rightOfReply: replyBox.checked
        };
    }

    function submit() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const f = root.fields();
        const minutes = f.minutes.trim() === "" ? -1 : parseInt(f.minutes, 10);
        const result = root.row < 0 ? root.speakers.add(f.speakerId, f.onBehalfOf, f.topic, minutes, f.level, f.rightOfReply) : root.speakers.edit(root.row, {
            speakerId: f.speakerId,
            onBehalfOf: f.onBehalfOf,
            topic: f.topic,
            minutes: minutes,
            level: f.level,
            rightOfReply: f.rightOfReply
        });
        if (!result.ok) {
            root.saveResult = result;
            root.saveResultFor = root.live;
            root.focusField(result.field);
            return;
        }
        root.close();
        root.saved(result.row);
    }

    function focusField(field: string) {
        const items = {
            speaker: speakerPicker,
            delegation: delegationBox,
            topic: topicField,
            minutes: minutesField,
            level: levelBox
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: root.row < 0 ? qsTr("Add a speaker") : qsTr("Edit speaking slot")
    subtitle: root.editor.title
    generalMessage: !root.check.ok && root.revealed && root.knownFields.indexOf(root.check.field) < 0 ? root.check.message : ""
    preferredWidth: 560

    onOpened: speakerPicker.forceActiveFocus()
    onSubmitRequested: root.submit()

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Speaker")
            field: "speaker"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: root.speakerId > 0 ? root.speakerName : qsTr("Type part of a name, then choose")

            SearchComboBox {
                id: speakerPicker
                Layout.fillWidth: true
                model: root.speakerQuery.trim() !== "" ? root.editor.findParticipants(root.speakerQuery, 20) : (root.speakerId > 0 ? [
                        {
                            value: root.speakerId,
                            label: root.speakerName,
                            name: root.speakerName
                        }
                    ] : [])
                textRole: "label"
                valueRole: "value"
                emptyValue: 0
                currentValue: 0
                freeText: false
                placeholderText: qsTr("Type a name…")
                Accessible.name: qsTr("Speaker")
                // The list comes from the database: search, then show the new matches.
                onTextEdited: {
                    root.speakerQuery = speakerPicker.text;
                    speakerPicker.openList(false);
                }
                onActivated: value => {
                    const index = speakerPicker.indexOfValue(value);
                    root.speakerId = index >= 0 ? value : 0;
                    root.speakerName = index >= 0 ? speakerPicker.model[index].name : "";
                }
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("On behalf of")
            field: "delegation"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: delegationBox
                Layout.fillWidth: true
                model: root.delegationChoices
                Accessible.name: qsTr("On behalf of")
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Topic")
            field: "topic"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: topicField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Topic")
            }
        }

        FormField {
            label: qsTr("Allotted minutes")
            field: "minutes"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("Empty when not limited")

            TextField {
                id: minutesField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                Accessible.name: qsTr("Allotted minutes")
            }
        }

        FormField {
            label: qsTr("Level of representation")
            field: "level"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: levelBox
                Layout.fillWidth: true
                model: root.speakers.levels
                Accessible.name: qsTr("Level of representation")
                onSubmitRequested: root.submit()
            }
        }

        CheckBox {
            id: replyBox
            Layout.columnSpan: 2
            text: qsTr("Right of reply (always at the end of the list)")
            Keys.onReturnPressed: root.submit()
            Keys.onEnterPressed: root.submit()
        }
    }
}
