pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The check-in desk, built for a queue: one field that is always focused takes a badge scan,
// a badge number or a name; the match shows large and in the colour of what to do; F2 checks
// in; the latest check-ins stay in view to catch mistakes. Everything works from the keyboard.
Item {
    id: root

    /// The one key that checks in. Not Enter: a scanner ends every code with Enter, and the
    /// desk must look at the photo before the badge is handed over.
    readonly property string checkInKey: "F2"
    /// Takes back a mistaken check-in (asks for the reason).
    readonly property string takeBackKey: "F8"
    readonly property bool dialogOpen: takeBackDialog.visible
    readonly property var card: Workspace.checkIn.current
    readonly property bool hasCard: root.card.participantId !== undefined
    readonly property bool photosAvailable: Workspace.checkIn.photosAvailable()
    /// The last refusal or failure of a check-in, shown under the field until the next input.
    property string message
    /// The latest check-in shown on the card (Page Up / Page Down), -1 when none.
    property int recentIndex: -1

    function focusField() {
        field.forceActiveFocus();
    }

    /// Puts `text` in the field as if typed or scanned.
    function typeQuery(text: string) {
        field.text = text;
        field.cursorPosition = text.length;
        root.flushLookup();
        root.focusField();
    }

    /// Looks up what the field holds now, if a lookup is still waiting.
    function flushLookup() {
        if (!lookupTimer.running)
            return;
        lookupTimer.stop();
        Workspace.checkIn.query = field.text;
    }

    function clear() {
        root.message = "";
        root.recentIndex = -1;
        field.text = "";
        lookupTimer.stop();
        Workspace.checkIn.clear();
        root.focusField();
    }

    /// Looks up the first participant (in list order) in `state`, by the badge code a scanner
    /// would type when `scan`, otherwise by family name (for the self-test and demos).
    function showFirstWithState(state: string, scan: bool) {
        const people = Workspace.participants;
        const previous = people.stateFilter;
        people.stateFilter = state;
        if (people.count > 0) {
            const first = people.index(0, 0);
            const id = Number(people.data(first, ParticipantModel.ParticipantIdRole));
            const badge = String(people.data(first, ParticipantModel.BadgeNumberRole));
            const family = String(people.data(first, ParticipantModel.FamilyNameRole));
            root.typeQuery(scan && badge !== "" ? Workspace.checkIn.badgeCode(badge) : family);
            Workspace.checkIn.showParticipant(id);
        }
        people.stateFilter = previous;
    }

    /// `{ok, message, field}` of checking in the person on the card, as the desk user.
    function checkInCurrent(): var {
        return Workspace.checkIn.checkInCurrent(Workspace.deskUser);
    }

    function checkIn() {
        root.flushLookup();
        if (!root.hasCard)
            return;
        const result = root.checkInCurrent();
        root.message = result.ok ? "" : result.message;
        root.focusField();
    }

    /// Undoes the last change made in this window (after a check-in: that check-in).
    function undoLast(): var {
        return Workspace.history.undo(Workspace.deskUser);
    }

    function undo() {
        const result = root.undoLast();
        root.message = result.ok ? "" : result.message;
        root.focusField();
    }

    function closeDialogs() {
        takeBackDialog.close();
    }

    function takeBack() {
        root.flushLookup();
        if (root.card.verdict !== "already")
            return;
        takeBackDialog.openFor(root.card.displayName);
    }

    /// Steps through the latest check-ins, newest first, showing each on the card.
    function moveRecent(step: int) {
        const count = Workspace.checkIn.recent.count;
        if (count === 0)
            return;
        root.recentIndex = Math.max(0, Math.min(count - 1, root.recentIndex + step));
        Workspace.checkIn.showRecent(root.recentIndex);
    }

    function moveCurrent(step: int) {
        root.flushLookup();
        const count = Workspace.checkIn.candidates.count;
        if (count === 0)
            return;
        const next = Math.max(0, Math.min(count - 1, Workspace.checkIn.currentIndex + step));
        Workspace.checkIn.currentIndex = next;
    }

    Connections {
        target: Workspace.checkIn
        function onQueryChanged() {
            // The desk empties the field after a check-in; typing goes the other way.
            if (field.text !== Workspace.checkIn.query)
                field.text = Workspace.checkIn.query;
        }
    }

    // A scanner types a whole code within milliseconds: one lookup when it pauses, not one per
    // character (a one-letter name prefix matches thousands at COP scale).
    Timer {
        id: lookupTimer
        interval: 40
        onTriggered: Workspace.checkIn.query = field.text
    }

    Shortcut {
        sequence: root.checkInKey
        enabled: root.visible && !root.dialogOpen
        onActivated: root.checkIn()
    }
    Shortcut {
        sequence: root.takeBackKey
        enabled: root.visible && !root.dialogOpen
        onActivated: root.takeBack()
    }

    RevertCheckInDialog {
        id: takeBackDialog
        onClosed: root.focusField()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Check-in desk")
            subtitle: qsTr("Scan a badge, or type a badge number or a name in any script")

            Label {
                text: qsTr("Recorded as %1").arg(Workspace.deskUser !== "" ? Workspace.deskUser : qsTr("nobody (set the desk user)"))
                color: Theme.textMuted
            }
        }

        TextField {
            id: field
            Layout.fillWidth: true
            implicitHeight: 56
            focus: true
            font.pointSize: Theme.fontDeskField
            leftPadding: Theme.gapMedium
            placeholderText: qsTr("Scan a badge, or type a badge number or a name…")
            selectByMouse: true
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Badge number or name")
            background: Rectangle {
                radius: 6
                color: Theme.surface
                border.width: 2
                border.color: field.activeFocus ? Theme.accent : Theme.border
            }
            onTextChanged: {
                root.message = "";
                root.recentIndex = -1;
                lookupTimer.restart();
            }
            // A scanner ends with Enter: keep what it typed, selected, so the next scan replaces it.
            Keys.onReturnPressed: {
                root.flushLookup();
                field.selectAll();
            }
            Keys.onEnterPressed: {
                root.flushLookup();
                field.selectAll();
            }
            Keys.onUpPressed: root.moveCurrent(-1)
            Keys.onDownPressed: root.moveCurrent(1)
            Keys.onEscapePressed: root.clear()
            Keys.onPressed: event => {
                // The field keeps the focus at the desk, so its own undo would take Ctrl+Z:
                // with nothing typed, Ctrl+Z undoes the last change (the check-in just made).
                if (event.matches(StandardKey.Undo) && field.text === "") {
                    root.undo();
                    event.accepted = true;
                    return;
                }
                if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                    root.moveRecent(event.key === Qt.Key_PageDown ? 1 : -1);
                    event.accepted = true;
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.message !== ""
            text: root.message
            color: Theme.error
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapMedium

            CheckInCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: root.hasCard
                card: root.card
                photosAvailable: root.photosAvailable
                checkInKey: root.checkInKey
                takeBackKey: root.takeBackKey
                onCheckInRequested: root.checkIn()
                onUndoRequested: root.undo()
                onTakeBackRequested: root.takeBack()
            }

            // Nothing to show yet: what the desk can do, or why nothing matched.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: !root.hasCard
                radius: 6
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.gapLarge, 560)
                    spacing: Theme.gapSmall

                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: Workspace.checkIn.notFound !== "" ? Workspace.checkIn.notFound : qsTr("Waiting for the next person")
                        color: Workspace.checkIn.notFound !== "" ? Theme.toneAmber : Theme.text
                        font.pointSize: Theme.fontDeskHeadline
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Badge codes and numbers (“000272”, “272”) find the holder at once; names find everyone whose name starts with what you type, in Latin or in their own script.")
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
            }

            // Name candidates when more than one person matches.
            Rectangle {
                Layout.preferredWidth: 400
                Layout.fillHeight: true
                visible: Workspace.checkIn.candidates.count > 1
                radius: 6
                color: Theme.surface
                border.color: Theme.border
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        Layout.margins: Theme.gapMedium
                        text: Workspace.checkIn.moreCandidates ? qsTr("First %1 matches: type more to narrow").arg(Workspace.checkIn.candidates.count) : qsTr("%1 matches").arg(Workspace.checkIn.candidates.count)
                        color: Theme.textMuted
                        font.weight: Font.DemiBold
                    }
                    ListView {
                        id: candidateList
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        model: Workspace.checkIn.candidates
                        currentIndex: Workspace.checkIn.currentIndex
                        Accessible.name: qsTr("People matching the name")
                        // ↑ ↓ in the field move the choice: keep it in view.
                        onCurrentIndexChanged: {
                            if (candidateList.currentIndex >= 0)
                                candidateList.positionViewAtIndex(candidateList.currentIndex, ListView.Contain);
                        }

                        delegate: CheckInCandidateDelegate {
                            width: candidateList.width
                            current: index === Workspace.checkIn.currentIndex
                            onClicked: {
                                Workspace.checkIn.currentIndex = index;
                                root.focusField();
                            }
                        }
                    }
                }
            }
        }

        // The latest check-ins, at this desk or another: a mistake is seen and opened at once.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.gapHalf

            RowLayout {
                Layout.fillWidth: true

                SectionLabel {
                    Layout.fillWidth: true
                    text: qsTr("Latest check-ins")
                }
                KeyHint {
                    key: "Enter"
                    action: qsTr("keep the scan")
                }
                KeyHint {
                    Layout.leftMargin: Theme.gapMedium
                    key: "↑ ↓"
                    action: qsTr("choose")
                }
                KeyHint {
                    Layout.leftMargin: Theme.gapMedium
                    key: "PgUp PgDn"
                    action: qsTr("latest")
                }
                KeyHint {
                    Layout.leftMargin: Theme.gapMedium
                    key: root.checkInKey
                    action: qsTr("check in")
                    textColor: Theme.text
                }
                KeyHint {
                    Layout.leftMargin: Theme.gapMedium
                    key: "Ctrl+Z"
                    action: qsTr("undo")
                }
                KeyHint {
                    Layout.leftMargin: Theme.gapMedium
                    key: "Esc"
                    action: qsTr("clear")
                }
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: recentGrid.count > 0 ? 3 * 48 + 2 : 48
                radius: 6
                color: Theme.surface
                border.color: Theme.border
                clip: true

                GridView {
                    id: recentGrid
                    anchors.fill: parent
                    anchors.margins: 1
                    interactive: false
                    cellWidth: Math.floor(width / 2)
                    cellHeight: 48
                    model: Workspace.checkIn.recent
                    Accessible.name: qsTr("Latest check-ins")

                    delegate: CheckInCandidateDelegate {
                        width: recentGrid.cellWidth
                        showTime: true
                        current: index === root.recentIndex
                        onClicked: {
                            root.recentIndex = index;
                            Workspace.checkIn.showRecent(index);
                            root.focusField();
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: recentGrid.count === 0
                    text: qsTr("Nobody is checked in yet.")
                    color: Theme.textMuted
                }
            }
        }
    }
}
