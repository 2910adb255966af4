pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The window: the navigation sidebar, the error banner and the pages.
ApplicationWindow {
    id: root

    /// The pages of the stack, in the sidebar's order.
    enum Page {
        Event,
        Delegations,
        Participants,
        CheckIn,
        Programme,
        Minutes,
        Reports
    }

    property int currentPage: Main.Page.Event
    /// A dialog is open: the page shortcuts wait.
    readonly property bool dialogOpen: delegationsPage.dialogOpen || participantsPage.dialogOpen || checkInPage.dialogOpen || programmePage.dialogOpen || reportsPage.dialogOpen || draftDialog.visible

    /// Steps the C++ self-test walks through, screenshotting the window after each.
    readonly property var selfTestSteps: ["event", "delegations", "delegations/edit", "participants", "participants/search", "participants/edit", "participants/accreditation", "checkin", "checkin/found", "checkin/already", "checkin/takeback", "checkin/blocked", "checkin/latest", "participants/duplicate", "participants/document", "participants/import", "participants/bulk", "programme", "programme/busiest", "programme/conflicts", "programme/session", "programme/export", "minutes/session", "minutes/conflict", "minutes/history", "minutes/decision", "minutes/drafts", "minutes/final", "minutes/search", "minutes/actions", "minutes/open", "reports", "reports/preview", "reports/unavailable"]
    /// A step started work in the background: the self-test waits for it before the screenshot.
    readonly property bool selfTestBusy: reportsPage.busy

    function selfTestStep(step: string) {
        root.closeDialogs();
        switch (step) {
        case "event":
            root.showPage(Main.Page.Event);
            break;
        case "delegations":
            root.showPage(Main.Page.Delegations);
            break;
        case "delegations/edit":
            root.showPage(Main.Page.Delegations);
            delegationsPage.editRow(0);
            break;
        case "participants":
            root.showPage(Main.Page.Participants);
            break;
        case "participants/search":
            root.showPage(Main.Page.Participants);
            participantsPage.typeSearch("al");
            break;
        case "participants/edit":
            root.showPage(Main.Page.Participants);
            participantsPage.editRow(0);
            break;
        case "participants/accreditation":
            root.showPage(Main.Page.Participants);
            participantsPage.accreditRow(0);
            break;
        case "checkin":
            root.showPage(Main.Page.CheckIn);
            checkInPage.clear();
            break;
        case "checkin/found":
            root.showPage(Main.Page.CheckIn);
            checkInPage.showFirstWithState("badge_printed", true);
            break;
        case "checkin/already":
            root.showPage(Main.Page.CheckIn);
            checkInPage.showFirstWithState("checked_in", true);
            break;
        case "checkin/takeback":
            root.showPage(Main.Page.CheckIn);
            checkInPage.showFirstWithState("checked_in", true);
            checkInPage.takeBack();
            break;
        case "checkin/blocked":
            root.showPage(Main.Page.CheckIn);
            checkInPage.showFirstWithState("rejected", false);
            break;
        case "checkin/latest":
            root.showPage(Main.Page.CheckIn);
            checkInPage.clear();
            checkInPage.moveRecent(1);
            checkInPage.moveRecent(1);
            break;
        case "participants/duplicate":
            // A participant registered twice (the demo has some), with a photo when one has it.
            root.showPage(Main.Page.Participants);
            participantsPage.editParticipant(Workspace.participants.firstPossibleDuplicate(), false);
            break;
        case "participants/document":
            // The identity document masked, and the expiry warning where the demo has one.
            root.showPage(Main.Page.Participants);
            participantsPage.editParticipant(Workspace.participants.firstExpiringDocument(), true);
            break;
        case "participants/bulk":
            root.showPage(Main.Page.Participants);
            participantsPage.clearFilters();
            Workspace.participants.stateFilter = "documents_complete";
            participantsPage.bulkPreview(5);
            break;
        case "participants/import":
            root.showPage(Main.Page.Participants);
            participantsPage.openImport(Workspace.exchange.writeSample());
            break;
        case "programme":
            root.showPage(Main.Page.Programme);
            programmePage.showDay(Workspace.event.firstDay);
            break;
        case "programme/busiest":
            root.showPage(Main.Page.Programme);
            programmePage.showBusiestDay();
            break;
        case "programme/conflicts":
            root.showPage(Main.Page.Programme);
            programmePage.showConflicts();
            break;
        case "programme/session":
            root.showPage(Main.Page.Programme);
            programmePage.showDay(Workspace.event.firstDay);
            programmePage.openFirstSession();
            break;
        case "programme/export":
            root.showPage(Main.Page.Programme);
            if (programmePage.showingSession)
                programmePage.closeSession();
            programmePage.showDay(Workspace.event.firstDay);
            programmePage.exportSchedule();
            break;
        case "minutes/session":
            root.showClosingMinutes().selfTestWrite();
            break;
        case "minutes/conflict":
            root.showClosingMinutes().selfTestConflict();
            break;
        case "minutes/history":
            {
                const minutes = root.showClosingMinutes();
                if (minutes.editor.conflict)
                    minutes.editor.keepMine();
                minutes.showHistory();
                // The other desk's version against the one kept after the conflict.
                minutes.historyDialog.compare(Math.max(0, minutes.historyDialog.revisions.count - 3), minutes.historyDialog.revisions.count - 1);
                break;
            }
        case "minutes/decision":
            root.showClosingMinutes().decisionDialog.load(0, {
                decisionText: qsTr("Baku Declaration on countering the financing of terrorism"),
                outcome: "adopted",
                method: "vote",
                votesFor: 38,
                votesAgainst: 4,
                votesAbstaining: 4,
                confidentiality: "public"
            });
            break;
        case "minutes/drafts":
            {
                // Typing not saved, kept as a draft: what the next start offers back.
                const minutes = root.showClosingMinutes();
                minutes.editor.body = minutes.editor.body + qsTr("\n\nThe Chair thanked the interpreters.");
                minutes.editor.writeDraft();
                draftDialog.offer();
                break;
            }
        case "minutes/final":
            root.showClosingMinutes().markFinal();
            break;
        case "minutes/search":
            // A word the demo's minutes hold in several sessions: the matches highlighted.
            root.showPage(Main.Page.Minutes);
            minutesPage.typeSearch("secretariat");
            break;
        case "minutes/actions":
            root.showPage(Main.Page.Minutes);
            minutesPage.typeSearch("budget");
            minutesPage.focusActions();
            break;
        case "minutes/open":
            // Enter on a result: its session's page on the Programme.
            root.showPage(Main.Page.Minutes);
            minutesPage.typeSearch("secretariat");
            minutesPage.openHit(0);
            break;
        case "reports":
            root.showPage(Main.Page.Reports);
            reportsPage.selectKind("attendees");
            break;
        case "reports/preview":
            // The list of participants of the demo forum, written in the background.
            root.showPage(Main.Page.Reports);
            reportsPage.selectKind("attendees");
            reportsPage.generate();
            break;
        case "reports/unavailable":
            // The minutes of the whole event; what the page says when a report cannot be written.
            root.showPage(Main.Page.Reports);
            reportsPage.selectKind("minutes");
            reportsPage.generate();
            break;
        default:
            console.warn("selfTestStep: unknown step", step);
        }
    }

    function closeDialogs() {
        delegationsPage.closeDialogs();
        participantsPage.closeDialogs();
        checkInPage.closeDialogs();
        programmePage.closeDialogs();
        reportsPage.closeDialogs();
        draftDialog.close();
    }

    /// The Minutes tab of the forum's closing session (the last plenary of the last day).
    function showClosingMinutes(): MinutesPanel {
        root.showPage(Main.Page.Programme);
        if (!programmePage.showingSession) {
            programmePage.showDay(Workspace.event.lastDay);
            programmePage.openLastPlenary();
        }
        programmePage.session.showMinutes(true);
        return programmePage.session.minutes;
    }

    function showPage(page: int) {
        root.currentPage = page;
        switch (page) {
        case Main.Page.Event:
            eventPage.focusFirstField();
            break;
        case Main.Page.Delegations:
            delegationsPage.focusList();
            break;
        case Main.Page.Participants:
            participantsPage.focusList();
            break;
        case Main.Page.CheckIn:
            checkInPage.focusField();
            break;
        case Main.Page.Programme:
            programmePage.focusView();
            break;
        case Main.Page.Minutes:
            minutesPage.activate();
            break;
        case Main.Page.Reports:
            reportsPage.activate();
            break;
        }
    }

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: Workspace.event.name !== "" ? qsTr("Plenary — %1").arg(Workspace.event.name) : qsTr("Plenary")
    color: Theme.windowBackground

    palette.highlight: Theme.accent
    palette.window: Theme.windowBackground
    palette.base: Theme.surface

    Shortcut {
        sequence: "Ctrl+1"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Event)
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Delegations)
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Participants)
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.CheckIn)
    }
    Shortcut {
        sequence: "Ctrl+5"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Programme)
    }
    Shortcut {
        sequence: "Ctrl+6"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Minutes)
    }
    Shortcut {
        sequence: "Ctrl+7"
        enabled: !root.dialogOpen
        onActivated: root.showPage(Main.Page.Reports)
    }

    function undo() {
        Workspace.history.undo(Workspace.deskUser);
    }

    function redo() {
        Workspace.history.redo(Workspace.deskUser);
    }

    // A text field that has the focus takes these keys for its own typing first.
    Shortcut {
        sequence: "Ctrl+Z"
        enabled: !root.dialogOpen && Workspace.history.canUndo
        onActivated: root.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: !root.dialogOpen && Workspace.history.canRedo
        onActivated: root.redo()
    }

    Connections {
        target: Workspace
        function onErrorOccurred(message: string) {
            banner.show(message);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationPane {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            currentIndex: root.currentPage
            onNavigated: index => root.showPage(index)
            onUndoRequested: root.undo()
            onRedoRequested: root.redo()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ErrorBanner {
                id: banner
                Layout.fillWidth: true
            }

            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.currentPage

                EventPage {
                    id: eventPage
                }
                DelegationsPage {
                    id: delegationsPage
                }
                ParticipantsPage {
                    id: participantsPage
                }
                CheckInPage {
                    id: checkInPage
                }
                TimetablePage {
                    id: programmePage
                }
                MinutesPage {
                    id: minutesPage
                    onSessionRequested: (sessionId, noteId) => {
                        root.showPage(Main.Page.Programme);
                        programmePage.openSession(sessionId);
                        if (noteId > 0)
                            programmePage.showNote(noteId);
                    }
                }
                ReportsPage {
                    id: reportsPage
                }
            }
        }
    }

    DraftRecoveryDialog {
        id: draftDialog
        onRestoreRequested: (sessionId, noteId) => {
            draftDialog.close();
            root.showPage(Main.Page.Programme);
            programmePage.restoreDraft(sessionId, noteId);
        }
    }

    Component.onCompleted: {
        root.showPage(Main.Page.Event);
        // Typing a crash left unsaved is offered back first.
        draftDialog.offer();
    }
}
