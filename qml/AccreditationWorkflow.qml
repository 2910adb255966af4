pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The accreditation workflow of one participant: a button per state the workflow allows
// next, the reason kept with the change (required to reject) and the changes so far.
// Changes are recorded under Workspace.deskUser.
ColumnLayout {
    id: root

    property int participantId
    /// The participant's state code ("nominated", "approved", ...).
    property string currentState
    /// Changes each time the dialog opens: the reason and the message start afresh.
    property int session
    /// `{ok, message, field}` of the last change asked for.
    property var result: ({ ok: true })
    /// `[{from, to, changedBy, changedAt, reason}]`, oldest first.
    property var history: []

    readonly property var nextStates: root.currentState !== "" ? Workspace.participants.nextStates(root.currentState) : []

    /// The participant moved to another state.
    signal moved

    /// What the button moving to `state` says.
    function verb(state: string): string {
        switch (state) {
        case "nominated":
            return qsTr("Back to nominated");
        case "documents_complete":
            return qsTr("Mark documents complete");
        case "approved":
            return qsTr("Approve");
        case "badge_printed":
            return qsTr("Mark badge printed");
        case "checked_in":
            return qsTr("Check in");
        case "rejected":
            return qsTr("Reject…");
        case "withdrawn":
            return qsTr("Withdraw");
        default:
            return state;
        }
    }

    function reset() {
        reasonField.clear();
        root.result = { ok: true };
        root.reload();
    }

    function reload() {
        root.history = root.participantId !== 0 ? Workspace.participants.history(root.participantId) : [];
    }

    /// `{ok, message, field}` of moving the participant to `state`, as the desk user.
    function changeState(state: string): var {
        return Workspace.participants.changeState([root.participantId], state, reasonField.text, Workspace.deskUser);
    }

    function move(state: string) {
        const changed = root.changeState(state);
        if (!changed.ok) {
            // Every refusal of a single move is about what to write with it: show it by the reason.
            root.result = {
                ok: false,
                field: "reason",
                message: changed.message
            };
            reasonField.forceActiveFocus();
            return;
        }
        reasonField.clear();
        root.result = { ok: true };
        root.reload();
        root.moved();
        root.focusFirstAction();
    }

    /// Gives the keyboard to the first move offered (the reason field when there is none).
    function focusFirstAction() {
        const first = actions.itemAt(0);
        if (first)
            first.forceActiveFocus();
        else
            reasonField.forceActiveFocus();
    }

    function historyLine(entry: var): string {
        const change = entry.from !== "" ? qsTr("%1 → %2").arg(entry.from).arg(entry.to) : entry.to;
        return [entry.changedAt, change, entry.changedBy, entry.reason].filter(part => part !== "").join(" · ");
    }

    Layout.fillWidth: true
    spacing: Theme.gapMedium

    onSessionChanged: root.reset()

    FormField {
        label: qsTr("Move to")
        field: "state"
        hint: root.nextStates.length === 0 ? qsTr("The workflow allows no further step") : ""

        Repeater {
            id: actions
            model: root.nextStates

            delegate: Button {
                required property var modelData

                implicitHeight: Theme.controlHeight
                text: root.verb(modelData.value)
                palette.buttonText: modelData.value === "rejected" ? Theme.toneRed : Theme.text
                Accessible.name: qsTr("Move to %1").arg(modelData.label)
                onClicked: root.move(modelData.value)
                Keys.onReturnPressed: root.move(modelData.value)
                Keys.onEnterPressed: root.move(modelData.value)
            }
        }
        Item {
            Layout.fillWidth: true
        }
    }

    FormField {
        label: qsTr("Reason")
        field: "reason"
        result: root.result
        revealed: true
        hint: qsTr("Required to reject; kept in the history")

        TextField {
            id: reasonField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("e.g. documents incomplete")
            Accessible.name: qsTr("Reason for the change")
            onTextEdited: root.result = { ok: true }
        }
    }

    FormField {
        label: qsTr("History")
        field: "history"

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gapHalf

            Label {
                Layout.fillWidth: true
                visible: root.history.length === 0
                text: qsTr("No changes recorded yet")
                color: Theme.textFaint
            }
            Repeater {
                model: root.history

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: root.historyLine(modelData)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
