pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Adds or edits a participant. The accreditation state and the badge number are shown but
// not edited here: they have their own workflow. Checked as you type; Enter saves.
FormDialog {
    id: root

    /// The participant being edited, 0 for a new one.
    property int participantId
    /// The stored record: what the form does not edit is saved back unchanged.
    property var record: ({})
    property bool attempted
    property var saveResult: null
    /// The check the refusal came with: a refusal stands until the fields change.
    property var saveResultFor: null
    /// `[{value: id, label: name}]` with "No delegation" (0) first.
    property var delegationChoices: []
    /// The next opening scrolls to the accreditation workflow.
    property bool showsAccreditation

    readonly property var honorifics: ["H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Ambassador", "Minister", "General", "Lieutenant General", "Major General", "Admiral", "Colonel", "Lieutenant Colonel", "Major", "Captain", "Rev."]
    readonly property var documentTypes: [qsTr("Passport"), qsTr("Diplomatic passport"), qsTr("Service passport"), qsTr("National identity card"), qsTr("Laissez-passer")]
    readonly property var live: Workspace.participants.validate(root.fields())
    readonly property var check: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: root.participantId !== 0 || root.attempted
    readonly property var warnings: Workspace.participants.warnings(root.fields())
    /// The next opening scrolls to the identity document (the self-test's view of the masking).
    property bool showsDocument
    /// The identity document number is shown in full only when asked for (it is sensitive).
    property bool documentShown
    readonly property var knownFields: ["honorific", "givenNames", "familyName", "nativeName", "delegationId", "role", "functionTitle", "organisation", "email", "phone", "nationality", "documentType", "documentNumber", "documentExpiry", "dietaryNeeds", "accessNeeds", "interpretationLanguage", "accreditationState", "badgeNumber"]

    /// The participant was written; `id` is their id.
    signal saved(int id)

    function openNew(delegationId: int) {
        root.participantId = 0;
        root.load({
            delegationId: delegationId,
            role: "delegate",
            accreditationState: "nominated",
            stateLabel: Workspace.accreditationStates[0].label
        });
        root.open();
    }

    function openEdit(id: int) {
        const record = Workspace.participants.get(id);
        if (record.id === undefined)
            return;
        root.participantId = id;
        root.load(record);
        root.open();
    }

    /// Opens a participant with the accreditation section in view and its first move focused.
    function openAccreditation(id: int) {
        root.showsAccreditation = true;
        root.openEdit(id);
    }

    /// Re-reads the state and badge after a move; the fields being edited stay as they are.
    function refreshAccreditation() {
        const stored = Workspace.participants.get(root.participantId);
        if (stored.id === undefined)
            return;
        root.record = Object.assign({}, root.record, {
            accreditationState: stored.accreditationState,
            stateLabel: stored.stateLabel,
            badgeNumber: stored.badgeNumber
        });
    }

    function load(record: var) {
        root.attempted = false;
        root.record = record;
        honorificBox.currentValue = record.honorific || "";
        honorificBox.revert();
        givenNamesField.text = record.givenNames || "";
        familyNameField.text = record.familyName || "";
        nativeNameField.text = record.nativeName || "";
        delegationBox.currentValue = record.delegationId || 0;
        delegationBox.revert();
        roleBox.currentIndex = Math.max(0, roleBox.indexOfValue(record.role || "delegate"));
        functionField.text = record.functionTitle || "";
        organisationField.text = record.organisation || "";
        emailField.text = record.email || "";
        phoneField.text = record.phone || "";
        nationalityBox.currentValue = record.nationality || "";
        nationalityBox.revert();
        documentTypeBox.currentValue = record.documentType || "";
        documentTypeBox.revert();
        documentNumberField.text = record.documentNumber || "";
        root.documentShown = !record.documentNumber;
        documentExpiryField.text = record.documentExpiry || "";
        dietaryField.text = record.dietaryNeeds || "";
        accessField.text = record.accessNeeds || "";
        languageBox.currentValue = record.interpretationLanguage || "";
        languageBox.revert();
        root.saveResult = null;
    }

    function fields(): var {
        const fields = Object.assign({}, root.record);
        fields.id = root.participantId;
        fields.honorific = honorificBox.currentValue;
        fields.givenNames = givenNamesField.text;
        fields.familyName = familyNameField.text;
        fields.nativeName = nativeNameField.text;
        fields.delegationId = delegationBox.currentValue;
        fields.role = roleBox.currentValue;
        fields.functionTitle = functionField.text;
        fields.organisation = organisationField.text;
        fields.email = emailField.text;
        fields.phone = phoneField.text;
        fields.nationality = nationalityBox.currentValue;
        fields.documentType = documentTypeBox.currentValue;
        fields.documentNumber = documentNumberField.text;
        fields.documentExpiry = documentExpiryField.text;
        fields.dietaryNeeds = dietaryField.text;
        fields.accessNeeds = accessField.text;
        fields.interpretationLanguage = languageBox.currentValue;
        return fields;
    }

    function submit() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const saved = Workspace.participants.save(root.fields());
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
            honorific: honorificBox,
            givenNames: givenNamesField,
            familyName: familyNameField,
            nativeName: nativeNameField,
            delegationId: delegationBox,
            role: roleBox,
            functionTitle: functionField,
            organisation: organisationField,
            email: emailField,
            phone: phoneField,
            nationality: nationalityBox,
            documentType: documentTypeBox,
            documentNumber: documentNumberField,
            documentExpiry: documentExpiryField,
            dietaryNeeds: dietaryField,
            accessNeeds: accessField,
            interpretationLanguage: languageBox
        };
        if (field === "documentNumber")
            root.documentShown = true;
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    title: root.participantId === 0 ? qsTr("New participant") : qsTr("Edit participant")
    subtitle: root.participantId === 0 ? qsTr("Nominate a participant for accreditation") : (root.record.displayName || "")
    generalMessage: !root.check.ok && root.revealed && root.knownFields.indexOf(root.check.field) < 0 ? root.check.message : ""
    preferredWidth: Theme.formMaxWidth + Theme.gapHuge

    onOpened: {
        if (root.showsAccreditation) {
            workflow.focusFirstAction();
            root.ensureVisible(workflow);
            root.ensureVisible(accreditationLabel);
        } else if (root.showsDocument && showDocumentButton.visible) {
            showDocumentButton.forceActiveFocus();
            root.ensureVisible(documentExpiryField);
        } else {
            honorificBox.forceActiveFocus();
        }
    }
    onClosed: {
        root.showsAccreditation = false;
        root.showsDocument = false;
    }
    onSubmitRequested: root.submit()

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        RowLayout {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            spacing: Theme.gapMedium

            PhotoPanel {
                id: photoPanel
                Layout.alignment: Qt.AlignTop
                participantId: root.participantId
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gapSmall

                WarningList {
                    Layout.fillWidth: true
                    warnings: root.warnings
                    onOpenRequested: id => root.openEdit(id)
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The photo is printed on the badge and shown at the check-in desk. Choose a JPEG or PNG portrait: it is cropped to passport proportions (35 × 45) and turned upright.")
                    color: Theme.textFaint
                    font.pointSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
        }

        SectionLabel {
            Layout.columnSpan: 2
            Layout.topMargin: 0
            text: qsTr("Name")
        }

        FormField {
            label: qsTr("Honorific")
            field: "honorific"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: honorificBox
                Layout.fillWidth: true
                freeText: true
                model: root.honorifics
                placeholderText: qsTr("e.g. Mr., Dr., H.E.")
                Accessible.name: qsTr("Honorific")
            }
        }

        FormField {
            label: qsTr("Given names")
            field: "givenNames"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: givenNamesField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Given names")
            }
        }

        FormField {
            label: qsTr("Family name")
            field: "familyName"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("Printed in capitals on badges and lists")

            TextField {
                id: familyNameField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Family name")
            }
        }

        FormField {
            label: qsTr("Name in original script")
            field: "nativeName"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("When the name is not written in Latin letters")

            TextField {
                id: nativeNameField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Name in original script")
            }
        }

        SectionLabel {
            Layout.columnSpan: 2
            text: qsTr("Delegation and function")
        }

        FormField {
            label: qsTr("Delegation")
            field: "delegationId"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: delegationBox
                Layout.fillWidth: true
                model: root.delegationChoices
                textRole: "label"
                valueRole: "value"
                emptyValue: 0
                currentValue: 0
                allowEmpty: true
                placeholderText: qsTr("No delegation")
                Accessible.name: qsTr("Delegation")
            }
        }

        FormField {
            label: qsTr("Role")
            field: "role"
            result: root.check
            revealed: root.revealed
            session: root.session

            FormComboBox {
                id: roleBox
                Layout.fillWidth: true
                model: Workspace.roles
                textRole: "label"
                valueRole: "value"
                Accessible.name: qsTr("Role")
                onSubmitRequested: root.submit()
            }
        }

        FormField {
            label: qsTr("Function")
            field: "functionTitle"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: functionField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. Deputy Minister of Defence")
                Accessible.name: qsTr("Function")
            }
        }

        FormField {
            label: qsTr("Organisation")
            field: "organisation"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: organisationField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Organisation")
            }
        }

        SectionLabel {
            Layout.columnSpan: 2
            text: qsTr("Contact and nationality")
        }

        FormField {
            label: qsTr("E-mail")
            field: "email"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: emailField
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhEmailCharactersOnly
                Accessible.name: qsTr("E-mail")
            }
        }

        FormField {
            label: qsTr("Phone")
            field: "phone"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: phoneField
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Accessible.name: qsTr("Phone")
            }
        }

        FormField {
            label: qsTr("Nationality")
            field: "nationality"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: nationalityBox
                Layout.fillWidth: true
                model: Workspace.countries
                textRole: "label"
                valueRole: "value"
                iconRole: "flag"
                allowEmpty: true
                placeholderText: qsTr("Type to search")
                Accessible.name: qsTr("Nationality")
            }
        }

        FormField {
            label: qsTr("Interpretation language")
            field: "interpretationLanguage"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: languageBox
                Layout.fillWidth: true
                model: Workspace.languages
                textRole: "label"
                valueRole: "value"
                allowEmpty: true
                placeholderText: qsTr("None")
                Accessible.name: qsTr("Interpretation language")
            }
        }

        SectionLabel {
            id: documentSection
            Layout.columnSpan: 2
            text: qsTr("Identity document")
        }

        FormField {
            label: qsTr("Type")
            field: "documentType"
            result: root.check
            revealed: root.revealed
            session: root.session

            SearchComboBox {
                id: documentTypeBox
                Layout.fillWidth: true
                freeText: true
                model: root.documentTypes
                Accessible.name: qsTr("Identity document type")
            }
        }

        FormField {
            label: qsTr("Number")
            field: "documentNumber"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: documentNumberField
                Layout.fillWidth: true
                visible: root.documentShown
                selectByMouse: true
                Accessible.name: qsTr("Identity document number")
            }
            TextField {
                Layout.fillWidth: true
                visible: !root.documentShown
                readOnly: true
                text: Workspace.participants.maskedDocumentNumber(documentNumberField.text)
                color: Theme.textMuted
                Accessible.name: qsTr("Identity document number, hidden")
            }
            Button {
                id: showDocumentButton
                visible: !root.documentShown
                text: qsTr("Show")
                implicitHeight: Theme.controlHeight
                Accessible.name: qsTr("Show the identity document number")
                onClicked: {
                    root.documentShown = true;
                    documentNumberField.forceActiveFocus();
                }
            }
        }

        FormField {
            label: qsTr("Expiry")
            field: "documentExpiry"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: documentExpiryField
                Layout.preferredWidth: 136
                placeholderText: qsTr("YYYY-MM-DD")
                maximumLength: 10
                inputMethodHints: Qt.ImhDate
                selectByMouse: true
                Accessible.name: qsTr("Identity document expiry")
            }
            Label {
                Layout.fillWidth: true
                text: Workspace.event.weekday(documentExpiryField.text)
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
        }

        SectionLabel {
            Layout.columnSpan: 2
            text: qsTr("Needs")
        }

        FormField {
            label: qsTr("Dietary needs")
            field: "dietaryNeeds"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: dietaryField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. vegetarian, halal, no nuts")
                Accessible.name: qsTr("Dietary needs")
            }
        }

        FormField {
            label: qsTr("Access needs")
            field: "accessNeeds"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: accessField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. wheelchair access")
                Accessible.name: qsTr("Access needs")
            }
        }

        SectionLabel {
            id: accreditationLabel
            Layout.columnSpan: 2
            text: qsTr("Accreditation")
        }

        FormField {
            label: qsTr("State")
            field: "accreditationState"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: root.participantId === 0 ? qsTr("Changed in the accreditation workflow") : ""

            StatusPill {
                text: root.record.stateLabel || ""
                tone: Theme.accreditationTone(root.record.accreditationState || "")
                solid: Theme.accreditationSolid(root.record.accreditationState || "")
                Accessible.name: qsTr("Accreditation state: %1").arg(text)
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: documentNumberField.implicitHeight
            }
        }

        FormField {
            label: qsTr("Badge number")
            field: "badgeNumber"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: root.record.badgeNumber ? "" : qsTr("Given on approval")

            Label {
                Layout.fillWidth: true
                Layout.preferredHeight: documentNumberField.implicitHeight
                verticalAlignment: Text.AlignVCenter
                text: root.record.badgeNumber ? root.record.badgeNumber : qsTr("None yet")
                color: root.record.badgeNumber ? Theme.text : Theme.textFaint
                Accessible.name: qsTr("Badge number: %1").arg(text)
            }
        }

        AccreditationWorkflow {
            id: workflow
            Layout.columnSpan: 2
            visible: root.participantId !== 0
            participantId: root.participantId
            currentState: root.record.accreditationState || ""
            session: root.session
            onMoved: root.refreshAccreditation()
        }
    }
}
