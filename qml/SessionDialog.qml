pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Adds or edits a session: every field, times on the event's wall clock with its zone next
// to them (stored in UTC). Checked as you type; Enter saves, Escape cancels.
FormDialog {
    id: root

    property bool attempted
    /// The last refusal of a save, until the next edit.
    property var saveResult: null
    property var saveResultFor: null
    /// What was last typed into the chair picker (its list is searched in the database).
    property string chairQuery

    readonly property alias editor: sessionEditor
    /// The editor's check as you type.
    readonly property var live: sessionEditor.check
    readonly property var languages: sessionEditor.languages
    readonly property var check: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: !sessionEditor.isNew || root.attempted
    readonly property var knownFields: ["title", "kind", "room", "start", "end", "chairs", "visibility", "languages", "expectedAttendance", "track", "description"]
    readonly property var availableLanguages: {
        const chosen = root.languages;
        const all = Workspace.languages;
        const result = [];
        for (let i = 0; i < all.length; ++i) {
            if (chosen.indexOf(all[i].value) < 0)
                result.push(all[i]);
        }
        return result;
    }

    /// The session was written; `id` is its id (the timetable and the conflicts refresh).
    signal saved(int id)

    /// A new session, prefilled when `startUtc` (a Date) and `roomId` are given.
    function openNew(startUtc: var, roomId: int, minutes: int) {
        sessionEditor.startNew(startUtc instanceof Date ? startUtc : new Date(NaN), roomId > 0 ? roomId : 0, minutes > 0 ? minutes : 60);
        if (Workspace.event.languages.length > 0)
            sessionEditor.languages = Workspace.event.languages;
        root.load();
        root.open();
    }

    function openEdit(id: int) {
        sessionEditor.sessionId = id;
        sessionEditor.reload();
        root.load();
        root.open();
    }

    function load() {
        root.attempted = false;
        root.saveResult = null;
        titleField.text = sessionEditor.title;
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(sessionEditor.kind));
        roomBox.currentIndex = Math.max(0, roomBox.indexOfValue(sessionEditor.roomId));
        startDateField.text = sessionEditor.startDate;
        startTimeField.text = sessionEditor.startTime;
        endDateField.text = sessionEditor.endDate;
        endTimeField.text = sessionEditor.endTime;
        visibilityBox.currentIndex = Math.max(0, visibilityBox.indexOfValue(sessionEditor.visibility));
        attendanceField.text = sessionEditor.expectedAttendance;
        trackField.text = sessionEditor.track;
        descriptionArea.text = sessionEditor.description;
    }

    function submit() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const result = sessionEditor.save();
        if (!result.ok) {
            root.saveResult = result;
            root.saveResultFor = root.live;
            root.focusField(result.field);
            return;
        }
        root.close();
        root.saved(result.id);
    }

    function focusField(field: string) {
        const items = {
            title: titleField,
            kind: kindBox,
            room: roomBox,
            start: startTimeField.text.trim() === "" && startDateField.text.trim() !== "" ? startTimeField : startDateField,
            end: endTimeField,
            chairs: chairPicker,
            visibility: visibilityBox,
            expectedAttendance: attendanceField,
            track: trackField,
            description: descriptionArea
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: sessionEditor.isNew ? qsTr("New session") : qsTr("Edit session")
    subtitle: sessionEditor.isNew ? qsTr("Add a session to the agenda") : sessionEditor.title
    generalMessage: !root.check.ok && root.revealed && root.knownFields.indexOf(root.check.field) < 0 ? root.check.message : ""

    onOpened: titleField.forceActiveFocus()
    onSubmitRequested: root.submit()

    SessionEditor {
        id: sessionEditor
        onFailed: message => Workspace.errorOccurred(message)
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Title")
            field: "title"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: titleField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Title")
                onTextEdited: sessionEditor.title = titleField.text
            }
        }

        FormField {
            label: qsTr("Kind")
            field: "kind"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: kindBox
                Layout.fillWidth: true
                model: sessionEditor.kinds
                Accessible.name: qsTr("Kind")
                onActivated: sessionEditor.kind = kindBox.currentValue
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Room")
            field: "room"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: roomBox
                Layout.fillWidth: true
                model: sessionEditor.roomChoices
                Accessible.name: qsTr("Room")
                onActivated: sessionEditor.roomId = roomBox.currentValue
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Start")
            field: "start"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: sessionEditor.zoneLabel

            TextField {
                id: startDateField
                Layout.preferredWidth: 116
                placeholderText: qsTr("YYYY-MM-DD")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.name: qsTr("Start date")
                onTextEdited: {
                    sessionEditor.startDate = startDateField.text;
                    endDateField.text = sessionEditor.endDate;
                }
            }
            TextField {
                id: startTimeField
                Layout.preferredWidth: 72
                placeholderText: qsTr("HH:MM")
                maximumLength: 5
                inputMethodHints: Qt.ImhTime
                selectByMouse: true
                Accessible.name: qsTr("Start time, %1").arg(sessionEditor.zoneLabel)
                onTextEdited: sessionEditor.startTime = startTimeField.text
            }
            Label {
                Layout.fillWidth: true
                text: Workspace.event.weekday(startDateField.text)
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        FormField {
            label: qsTr("End")
            field: "end"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: sessionEditor.endZoneLabel

            TextField {
                id: endDateField
                Layout.preferredWidth: 116
                placeholderText: qsTr("YYYY-MM-DD")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.name: qsTr("End date")
                onTextEdited: sessionEditor.endDate = endDateField.text
            }
            TextField {
                id: endTimeField
                Layout.preferredWidth: 72
                placeholderText: qsTr("HH:MM")
                maximumLength: 5
                inputMethodHints: Qt.ImhTime
                selectByMouse: true
                Accessible.name: qsTr("End time, %1").arg(sessionEditor.endZoneLabel)
                onTextEdited: sessionEditor.endTime = endTimeField.text
            }
            Label {
                Layout.fillWidth: true
                text: sessionEditor.durationMinutes > 0 ? qsTr("%1 min").arg(sessionEditor.durationMinutes) : Workspace.event.weekday(endDateField.text)
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: sessionEditor.notice !== ""
            text: sessionEditor.notice
            color: Theme.toneAmber
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("Times are in %1, the event's time zone. Leave start and end empty for an unscheduled session.").arg(sessionEditor.zoneLabel)
            color: Theme.textFaint
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Chairs")
            field: "chairs"
            result: root.check
            revealed: root.revealed
            session: root.session

            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall

                Repeater {
                    model: sessionEditor.chairs

                    delegate: LanguageChip {
                        required property var modelData
                        required property int index
                        text: modelData.name
                        onRemoveRequested: {
                            sessionEditor.removeChair(index);
                            chairPicker.forceActiveFocus();
                        }
                    }
                }

                SearchComboBox {
                    id: chairPicker
                    width: 260
                    model: root.chairQuery.trim() !== "" ? sessionEditor.findParticipants(root.chairQuery, 20) : []
                    textRole: "label"
                    valueRole: "value"
                    emptyValue: 0
                    currentValue: 0
                    clearAfterPick: true
                    placeholderText: qsTr("Add a chair: type a name…")
                    Accessible.name: qsTr("Add a chair")
                    // The list comes from the database: search, then show the new matches.
                onTextEdited: {
                    root.chairQuery = chairPicker.text;
                    chairPicker.openList(false);
                }
                    onActivated: value => sessionEditor.addChair(value)
                }
            }
        }

        FormField {
            label: qsTr("Visibility")
            field: "visibility"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: visibilityBox
                Layout.fillWidth: true
                model: sessionEditor.visibilities
                Accessible.name: qsTr("Visibility")
                onActivated: sessionEditor.visibility = visibilityBox.currentValue
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Expected attendance")
            field: "expectedAttendance"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("People; empty when unknown")

            TextField {
                id: attendanceField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                Accessible.name: qsTr("Expected attendance")
                onTextEdited: sessionEditor.expectedAttendance = attendanceField.text
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Languages")
            field: "languages"
            result: root.check
            revealed: root.revealed
            session: root.session

            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall

                Repeater {
                    model: sessionEditor.languages

                    delegate: LanguageChip {
                        required property string modelData
                        text: Workspace.languageName(modelData)
                        onRemoveRequested: {
                            sessionEditor.languages = root.languages.filter(code => code !== modelData);
                            languagePicker.forceActiveFocus();
                        }
                    }
                }

                SearchComboBox {
                    id: languagePicker
                    width: 220
                    model: root.availableLanguages
                    textRole: "label"
                    valueRole: "value"
                    clearAfterPick: true
                    placeholderText: qsTr("Add a language…")
                    Accessible.name: qsTr("Add a language")
                    onActivated: value => {
                        if (value !== "")
                            sessionEditor.languages = root.languages.concat([value]);
                    }
                }
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Track")
            field: "track"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: trackField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. Energy security")
                Accessible.name: qsTr("Track")
                onTextEdited: sessionEditor.track = trackField.text
            }
        }

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Description")
            field: "description"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextArea {
                id: descriptionArea
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, 3 * Theme.gapLarge + Theme.gapSmall)
                wrapMode: TextEdit.Wrap
                leftPadding: Theme.gapHalf
                rightPadding: Theme.gapHalf
                background: Rectangle {
                    color: Theme.surface
                    border.color: descriptionArea.activeFocus ? Theme.accent : Theme.border
                    radius: 2
                }
                selectByMouse: true
                Accessible.name: qsTr("Description")
                onTextChanged: sessionEditor.description = descriptionArea.text
                // Tab leaves the description (to the buttons) instead of typing a tab character.
                Keys.onTabPressed: descriptionArea.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                Keys.onBacktabPressed: descriptionArea.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            }
        }
    }
}
