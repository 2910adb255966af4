pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The event's settings: name, place, time zone, days and working languages. Checked as you
// type; saved with Ctrl+S.
Item {
    id: root

    /// The working languages being edited (ISO 639-1 codes, in order).
    property var languages: []
    /// The last refusal of a save, until the next edit.
    property var saveResult: null
    /// The check the refusal came with: a refusal stands until the fields change.
    property var saveResultFor: null
    property bool attempted: false
    property bool justSaved: false

    readonly property var live: Workspace.event.validate(root.fields())
    readonly property var result: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: Workspace.event.exists || root.attempted
    readonly property bool dirty: nameField.text !== Workspace.event.name
                                  || venueField.text !== Workspace.event.venue
                                  || cityField.text !== Workspace.event.city
                                  || zoneField.currentValue !== Workspace.event.timeZone
                                  || firstDayField.text !== Workspace.event.firstDay
                                  || lastDayField.text !== Workspace.event.lastDay
                                  || String(root.languages) !== String(Workspace.event.languages)
    readonly property bool canSave: root.dirty && root.live.ok
    /// The languages that can still be added.
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
    readonly property var knownFields: ["name", "venue", "city", "timeZone", "firstDay", "lastDay", "languages"]

    function fields(): var {
        return {
            name: nameField.text,
            venue: venueField.text,
            city: cityField.text,
            timeZone: zoneField.currentValue,
            firstDay: firstDayField.text,
            lastDay: lastDayField.text,
            languages: root.languages
        };
    }

    function load() {
        nameField.text = Workspace.event.name;
        venueField.text = Workspace.event.venue;
        cityField.text = Workspace.event.city;
        zoneField.currentValue = Workspace.event.timeZone;
        zoneField.revert();
        firstDayField.text = Workspace.event.firstDay;
        lastDayField.text = Workspace.event.lastDay;
        root.languages = Array.from(Workspace.event.languages);
        root.saveResult = null;
    }

    function save() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const saved = Workspace.event.save(root.fields());
        if (saved.ok) {
            root.justSaved = true;
            savedTimer.restart();
        } else {
            root.saveResult = saved;
            root.saveResultFor = root.live;
            root.focusField(saved.field);
        }
    }

    function focusField(field: string) {
        switch (field) {
        case "name":
            nameField.forceActiveFocus();
            break;
        case "venue":
            venueField.forceActiveFocus();
            break;
        case "city":
            cityField.forceActiveFocus();
            break;
        case "timeZone":
            zoneField.forceActiveFocus();
            break;
        case "firstDay":
            firstDayField.forceActiveFocus();
            break;
        case "lastDay":
            lastDayField.forceActiveFocus();
            break;
        case "languages":
            languagePicker.forceActiveFocus();
            break;
        }
    }

    function focusFirstField() {
        nameField.forceActiveFocus();
    }

    function addLanguage(code: string) {
        if (code === "" || root.languages.indexOf(code) >= 0)
            return;
        root.languages = root.languages.concat([code]);
    }

    function removeLanguage(code: string) {
        root.languages = root.languages.filter(c => c !== code);
        languagePicker.forceActiveFocus();
    }

    Component.onCompleted: root.load()

    Connections {
        target: Workspace.event
        function onChanged() {
            root.load();
        }
    }

    Timer {
        id: savedTimer
        interval: 3000
        onTriggered: root.justSaved = false
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && root.dirty
        onActivated: root.save()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Event")
            subtitle: qsTr("Name, place, days and working languages of the event")
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            Item {
                width: scroll.availableWidth
                implicitHeight: card.implicitHeight

                Rectangle {
                    id: card
                    width: Math.min(parent.width, Theme.formMaxWidth + 2 * Theme.gapLarge)
                    implicitHeight: cardColumn.implicitHeight
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4

                    ColumnLayout {
                        id: cardColumn
                        anchors.fill: parent
                        spacing: 0

                        GridLayout {
                            id: grid
                            Layout.fillWidth: true
                            Layout.margins: Theme.gapLarge
                            columns: 2
                            columnSpacing: Theme.gapLarge
                            rowSpacing: Theme.gapMedium

                            FormField {
                                Layout.columnSpan: 2
                                label: qsTr("Name")
                                field: "name"
                                result: root.result
                                revealed: root.revealed

                                TextField {
                                    id: nameField
                                    Layout.fillWidth: true
                                    placeholderText: qsTr("e.g. International Security Forum 2027")
                                    selectByMouse: true
                                    Accessible.name: qsTr("Event name")
                                }
                            }

                            FormField {
                                label: qsTr("Venue")
                                field: "venue"
                                result: root.result
                                revealed: root.revealed

                                TextField {
                                    id: venueField
                                    Layout.fillWidth: true
                                    placeholderText: qsTr("Conference centre")
                                    selectByMouse: true
                                    Accessible.name: qsTr("Venue")
                                }
                            }

                            FormField {
                                label: qsTr("City")
                                field: "city"
                                result: root.result
                                revealed: root.revealed

                                TextField {
                                    id: cityField
                                    Layout.fillWidth: true
                                    selectByMouse: true
                                    Accessible.name: qsTr("City")
                                }
                            }

                            FormField {
                                Layout.columnSpan: 2
                                label: qsTr("Time zone")
                                field: "timeZone"
                                result: root.result
                                revealed: root.revealed
                                hint: qsTr("Type part of a region or city, e.g. “Baku” or “New York”")

                                SearchComboBox {
                                    id: zoneField
                                    Layout.preferredWidth: 320
                                    model: Workspace.timeZones
                                    placeholderText: qsTr("Region/City")
                                    Accessible.name: qsTr("Time zone")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: zoneField.currentValue !== "" ? Workspace.timeZoneLabel(zoneField.currentValue) : ""
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
                                }
                            }

                            FormField {
                                label: qsTr("First day")
                                field: "firstDay"
                                result: root.result
                                revealed: root.revealed

                                TextField {
                                    id: firstDayField
                                    Layout.preferredWidth: 136
                                    placeholderText: qsTr("YYYY-MM-DD")
                                    maximumLength: 10
                                    inputMethodHints: Qt.ImhDate
                                    selectByMouse: true
                                    Accessible.name: qsTr("First day")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: Workspace.event.weekday(firstDayField.text)
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
                                }
                            }

                            FormField {
                                label: qsTr("Last day")
                                field: "lastDay"
                                result: root.result
                                revealed: root.revealed

                                TextField {
                                    id: lastDayField
                                    Layout.preferredWidth: 136
                                    placeholderText: qsTr("YYYY-MM-DD")
                                    maximumLength: 10
                                    inputMethodHints: Qt.ImhDate
                                    selectByMouse: true
                                    Accessible.name: qsTr("Last day")
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: Workspace.event.weekday(lastDayField.text)
                                    color: Theme.textMuted
                                    elide: Text.ElideRight
                                }
                            }

                            FormField {
                                Layout.columnSpan: 2
                                label: qsTr("Working languages")
                                field: "languages"
                                result: root.result
                                revealed: root.revealed
                                hint: qsTr("Interpretation is planned into and out of these languages")

                                Flow {
                                    Layout.fillWidth: true
                                    spacing: Theme.gapSmall

                                    Repeater {
                                        model: root.languages

                                        delegate: LanguageChip {
                                            required property string modelData
                                            text: Workspace.languageName(modelData)
                                            onRemoveRequested: root.removeLanguage(modelData)
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
                                        Accessible.name: qsTr("Add a working language")
                                        onActivated: value => root.addLanguage(value)
                                    }
                                }
                            }

                            Label {
                                Layout.columnSpan: 2
                                Layout.fillWidth: true
                                visible: !root.result.ok && root.knownFields.indexOf(root.result.field) < 0
                                text: root.result.message || ""
                                color: Theme.error
                                wrapMode: Text.Wrap
                            }
                        }

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.leftMargin: 1
                            Layout.rightMargin: 1
                            implicitHeight: 1
                            color: Theme.divider
                        }

                        RowLayout {
                            Layout.fillWidth: true
                            Layout.margins: Theme.gapMedium
                            Layout.leftMargin: Theme.gapLarge
                            Layout.rightMargin: Theme.gapLarge
                            spacing: Theme.gapSmall

                            Label {
                                Layout.fillWidth: true
                                text: root.dirty && !root.result.ok ? qsTr("Correct the marked field to save.")
                                                                   : (root.dirty ? qsTr("Unsaved changes") : (root.justSaved ? qsTr("Saved") : qsTr("No changes")))
                                color: root.dirty && !root.result.ok ? Theme.error : (root.justSaved && !root.dirty ? Theme.toneGreen : Theme.textMuted)
                                elide: Text.ElideRight
                            }
                            Button {
                                implicitHeight: Theme.controlHeight
                                text: qsTr("Revert")
                                enabled: root.dirty
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("Go back to the saved settings")
                                onClicked: root.load()
                            }
                            PrimaryButton {
                                text: qsTr("Save")
                                enabled: root.canSave
                                ToolTip.visible: hovered
                                ToolTip.delay: 600
                                ToolTip.text: qsTr("Save (Ctrl+S)")
                                onClicked: root.save()
                            }
                        }
                    }
                }
            }
        }
    }
}
