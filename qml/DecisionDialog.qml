pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Records a decision: its text, the outcome (adopted, rejected, deferred) and how it was
// taken (unanimously, by consensus, by vote — with the counts for, against and abstaining,
// asked only for a vote). Checked as typed by the store's rules; Ctrl+Enter saves.
FormDialog {
    id: root

    required property DecisionListModel decisions
    required property SessionMinutesModel minutes

    property int decisionId
    property bool attempted
    property var saveResult: null

    readonly property var live: root.decisions.validate(root.fields())
    readonly property var check: root.saveResult !== null ? root.saveResult : root.live
    readonly property bool isVote: methodBox.currentValue === "vote"

    component CountField: TextField {
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDigitsOnly
        validator: IntValidator {
            bottom: 0
        }
        selectByMouse: true
    }

    /// A decision was written at `row`.
    signal saved(int row)

    function openNew() {
        root.load(0, {
            decisionText: "",
            outcome: "adopted",
            method: "consensus",
            votesFor: -1,
            votesAgainst: -1,
            votesAbstaining: -1,
            confidentiality: "public"
        });
    }

    function openEdit(row: int) {
        const record = root.decisions.get(row);
        root.load(record.decisionId, record);
    }

    function load(id: int, record: var) {
        root.decisionId = id;
        root.attempted = false;
        root.saveResult = null;
        textField.text = record.decisionText;
        outcomeBox.currentIndex = Math.max(0, outcomeBox.indexOfValue(record.outcome));
        methodBox.currentIndex = Math.max(0, methodBox.indexOfValue(record.method));
        forField.text = record.votesFor >= 0 ? String(record.votesFor) : "";
        againstField.text = record.votesAgainst >= 0 ? String(record.votesAgainst) : "";
        abstainingField.text = record.votesAbstaining >= 0 ? String(record.votesAbstaining) : "";
        confidentialityBox.currentIndex = Math.max(0, confidentialityBox.indexOfValue(record.confidentiality));
        root.open();
    }

    function fields(): var {
        return {
            text: textField.text,
            outcome: outcomeBox.currentValue === undefined ? "adopted" : outcomeBox.currentValue,
            method: methodBox.currentValue === undefined ? "consensus" : methodBox.currentValue,
            votesFor: forField.text,
            votesAgainst: againstField.text,
            votesAbstaining: abstainingField.text,
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
        const result = root.decisions.save(root.decisionId, root.fields());
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
            outcome: outcomeBox,
            method: methodBox,
            votes: forField
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: root.decisionId > 0 ? qsTr("Edit decision") : qsTr("Record a decision")
    acceptText: qsTr("Save decision")
    preferredWidth: 600
    generalMessage: !root.check.ok && root.attempted && ["text", "outcome", "method", "votes"].indexOf(root.check.field) < 0 ? root.check.message : ""

    onOpened: textField.forceActiveFocus()
    onSubmitRequested: root.submit()

    FormField {
        label: qsTr("Decision")
        field: "text"
        result: root.check
        revealed: root.attempted
        session: root.session

        TextArea {
            id: textField
            Layout.fillWidth: true
            Layout.preferredHeight: 84
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            placeholderText: qsTr("e.g. Proposal to establish a permanent Secretariat")
            Accessible.name: qsTr("Decision")
            KeyNavigation.tab: outcomeBox
            background: Rectangle {
                color: Theme.surface
                border.color: textField.activeFocus ? Theme.accent : Theme.border
                radius: 3
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            label: qsTr("Outcome")
            field: "outcome"
            result: root.check
            revealed: root.attempted
            session: root.session

            FormComboBox {
                id: outcomeBox
                Layout.fillWidth: true
                model: root.decisions.outcomes
                Accessible.name: qsTr("Outcome")
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Taken")
            field: "method"
            result: root.check
            revealed: root.attempted
            session: root.session

            FormComboBox {
                id: methodBox
                Layout.fillWidth: true
                model: root.decisions.methods
                Accessible.name: qsTr("How the decision was taken")
                onSubmitRequested: root.submit()
            }
        }
    }

    FormField {
        visible: root.isVote
        label: qsTr("Votes")
        field: "votes"
        result: root.check
        revealed: root.attempted
        session: root.session
        hint: qsTr("For, against and abstaining")

        Label {
            text: qsTr("For")
            color: Theme.textMuted
        }
        CountField {
            id: forField
            Accessible.name: qsTr("Votes for")
        }
        Label {
            text: qsTr("Against")
            color: Theme.textMuted
        }
        CountField {
            id: againstField
            Accessible.name: qsTr("Votes against")
        }
        Label {
            text: qsTr("Abstaining")
            color: Theme.textMuted
        }
        CountField {
            id: abstainingField
            Accessible.name: qsTr("Abstentions")
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
