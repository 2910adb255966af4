pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Finding things in the minutes: one search over every note, decision and action item of the
// event (as you type, any case, accents ignored, any script), and beside it the open action
// items of the whole event by owner and due date. Enter or a click opens the session.
Item {
    id: root

    /// Open the session page of `sessionId` (the window switches to the Programme).
    /// Opens a session's page; on its Minutes tab with `noteId` selected when that is not 0.
    signal sessionRequested(int sessionId, int noteId)

    function activate() {
        Workspace.openActionItems.reload();
        Workspace.minutesSearch.refresh();
        root.focusField();
    }

    function focusField() {
        searchField.forceActiveFocus();
    }

    function focusActions() {
        actionList.forceActiveFocus();
    }

    /// Puts `text` in the search field as if typed and searches at once.
    function typeSearch(text: string) {
        searchField.text = text;
        root.flushSearch();
        root.focusField();
    }

    function flushSearch() {
        searchTimer.stop();
        Workspace.minutesSearch.query = searchField.text;
    }

    function openHit(row: int) {
        const sessionId = Workspace.minutesSearch.sessionIdAt(row);
        if (sessionId > 0)
            root.sessionRequested(sessionId, Workspace.minutesSearch.noteIdAt(row));
    }

    function openActionItem(row: int) {
        const sessionId = Workspace.openActionItems.sessionIdAt(row);
        if (sessionId > 0)
            root.sessionRequested(sessionId, 0);
    }

    function toneOf(confidentiality: string): color {
        return confidentiality === "confidential" ? Theme.toneRed : confidentiality === "restricted" ? Theme.toneAmber : Theme.toneGrey;
    }

    function labelOf(confidentiality: string): string {
        return confidentiality === "confidential" ? qsTr("Confidential") : confidentiality === "restricted" ? qsTr("Restricted") : qsTr("Public");
    }

    Timer {
        id: searchTimer
        interval: 180
        onTriggered: Workspace.minutesSearch.query = searchField.text
    }

    component HitDelegate: ItemDelegate {
        id: hit

        required property int index
        required property string kind
        required property string kindLabel
        required property int sessionId
        required property string sessionTitle
        required property string when
        required property string confidentiality
        required property string snippetHtml

        width: ListView.view.width
        height: Theme.rowHeight + Theme.lineBody * 2 + Theme.lineSmall
        rightPadding: Theme.gapMedium
        highlighted: ListView.isCurrentItem
        Accessible.name: hit.kindLabel + ", " + hit.sessionTitle
        onClicked: {
            resultList.currentIndex = hit.index;
            root.openHit(hit.index);
        }

        background: Rectangle {
            color: hit.highlighted ? Theme.rowSelected : hit.hovered ? Theme.rowHover : Theme.surface
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 1
                color: Theme.divider
            }
        }

        contentItem: ColumnLayout {
            spacing: Theme.gapHalf

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gapSmall

                StatusPill {
                    text: hit.kindLabel
                    tone: hit.kind === "decision" ? Theme.tonePurple : hit.kind === "actionItem" ? Theme.toneTeal : Theme.toneBlue
                }
                Label {
                    Layout.fillWidth: true
                    text: hit.sessionTitle
                    color: Theme.text
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                StatusPill {
                    visible: hit.confidentiality !== "public"
                    text: root.labelOf(hit.confidentiality)
                    tone: root.toneOf(hit.confidentiality)
                    solid: hit.confidentiality === "confidential"
                }
            }
            Label {
                Layout.fillWidth: true
                text: hit.when !== "" ? hit.when : qsTr("Unscheduled")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.lineBody * 2
                text: hit.snippetHtml
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                clip: true
                color: Theme.text
            }
        }
    }

    component ActionDelegate: ItemDelegate {
        id: action

        required property int index
        required property string what
        required property string owner
        required property string dueText
        required property bool overdue
        required property bool done
        required property int sessionId
        required property string sessionTitle
        required property string confidentiality
        required property bool firstOfOwner

        width: ListView.view.width
        height: Theme.rowHeight + Theme.lineSmall + (action.firstOfOwner ? Theme.headerRowHeight : 0)
        topPadding: action.firstOfOwner ? Theme.headerRowHeight + Theme.gapHalf : Theme.gapHalf
        rightPadding: Theme.gapMedium
        highlighted: ListView.isCurrentItem
        Accessible.name: action.what
        onClicked: {
            actionList.currentIndex = action.index;
            root.openActionItem(action.index);
        }

        background: Item {
            // The owner's name above their first item.
            Rectangle {
                visible: action.firstOfOwner
                width: parent.width
                height: Theme.headerRowHeight
                color: Theme.headerBackground

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.gapSmall
                    anchors.rightMargin: Theme.gapSmall
                    verticalAlignment: Text.AlignVCenter
                    text: action.owner !== "" ? action.owner : qsTr("No owner")
                    color: Theme.text
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: Theme.divider
                }
            }
            Rectangle {
                anchors.fill: parent
                anchors.topMargin: action.firstOfOwner ? Theme.headerRowHeight : 0
                color: action.highlighted ? Theme.rowSelected : action.hovered ? Theme.rowHover : Theme.surface
            }
        }

        contentItem: RowLayout {
            spacing: Theme.gapSmall

            CheckBox {
                checked: action.done
                focusPolicy: Qt.NoFocus
                Accessible.name: qsTr("Done: %1").arg(action.what)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Done (Space)")
                onToggled: Workspace.openActionItems.setDone(action.index, checked)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: action.what
                    color: action.done ? Theme.textFaint : Theme.text
                    font.strikeout: action.done
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: action.sessionTitle
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            StatusPill {
                visible: action.confidentiality !== "public"
                text: root.labelOf(action.confidentiality)
                tone: root.toneOf(action.confidentiality)
            }
            Label {
                Layout.preferredWidth: 88
                horizontalAlignment: Text.AlignRight
                text: action.dueText !== "" ? action.dueText : qsTr("No date")
                color: action.overdue ? Theme.error : Theme.textMuted
                font.weight: action.overdue ? Font.DemiBold : Font.Normal
                Accessible.name: action.overdue ? qsTr("Overdue since %1").arg(action.dueText) : action.dueText
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Minutes")
            subtitle: qsTr("Search the notes, decisions and action items of every session")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapLarge

            // The search.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumWidth: 360
                spacing: Theme.gapSmall

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gapMedium

                    TextField {
                        id: searchField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Search the minutes in any language… (Ctrl+F)")
                        selectByMouse: true
                        Accessible.name: qsTr("Search the minutes")
                        onTextChanged: searchTimer.restart()
                        Keys.onDownPressed: resultList.forceActiveFocus()
                        Keys.onReturnPressed: {
                            root.flushSearch();
                            root.openHit(Math.max(resultList.currentIndex, 0));
                        }
                        Keys.onEnterPressed: {
                            root.flushSearch();
                            root.openHit(Math.max(resultList.currentIndex, 0));
                        }
                        Keys.onEscapePressed: searchField.text = ""
                    }
                    CheckBox {
                        id: confidentialBox
                        text: qsTr("Include confidential")
                        checked: Workspace.minutesSearch.includeConfidential
                        onToggled: Workspace.minutesSearch.includeConfidential = checked
                    }
                }

                Label {
                    Layout.fillWidth: true
                    readonly property var search: Workspace.minutesSearch
                    readonly property string found: search.query.trim() === "" ? qsTr("Type a word: prefixes match, case and accents are ignored.") : search.count === 0 ? qsTr("No matches") : search.limited ? qsTr("The newest %1 matches").arg(search.count) : search.count === 1 ? qsTr("1 match") : qsTr("%1 matches").arg(search.count)
                    text: found + (search.confidentialHidden > 0 ? " · " + (search.confidentialHidden === 1 ? qsTr("1 confidential match hidden") : qsTr("%1 confidential matches hidden").arg(search.confidentialHidden)) : "")
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    border.color: resultList.activeFocus ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6) : Theme.border
                    radius: 4

                    ListView {
                        id: resultList
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        model: Workspace.minutesSearch
                        Accessible.name: qsTr("Search results")
                        ScrollBar.vertical: PersistentScrollBar {}
                        Keys.onReturnPressed: root.openHit(resultList.currentIndex)
                        Keys.onEnterPressed: root.openHit(resultList.currentIndex)
                        Keys.onUpPressed: event => {
                            if (resultList.currentIndex <= 0)
                                searchField.forceActiveFocus();
                            else
                                event.accepted = false;
                        }
                        delegate: HitDelegate {}
                    }
                }
            }

            // The open action items.
            ColumnLayout {
                Layout.preferredWidth: 400
                Layout.maximumWidth: 480
                Layout.fillHeight: true
                spacing: Theme.gapSmall

                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: searchField.implicitHeight
                    spacing: Theme.gapSmall

                    SectionLabel {
                        Layout.fillWidth: true
                        text: qsTr("Open action items")
                    }
                    StatusPill {
                        visible: Workspace.openActionItems.overdueCount > 0
                        text: qsTr("%1 overdue").arg(Workspace.openActionItems.overdueCount)
                        tone: Theme.toneRed
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("By owner and due date · Space ticks done, Enter opens the session")
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    border.color: actionList.activeFocus ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6) : Theme.border
                    radius: 4

                    ListView {
                        id: actionList
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        highlightMoveDuration: 0
                        model: Workspace.openActionItems
                        Accessible.name: qsTr("Open action items")
                        ScrollBar.vertical: PersistentScrollBar {}
                        Keys.onReturnPressed: root.openActionItem(actionList.currentIndex)
                        Keys.onEnterPressed: root.openActionItem(actionList.currentIndex)
                        Keys.onSpacePressed: Workspace.openActionItems.toggleDone(actionList.currentIndex)
                        delegate: ActionDelegate {}

                        Label {
                            anchors.centerIn: parent
                            visible: actionList.count === 0
                            text: qsTr("No open action items")
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible
        onActivated: root.focusField()
    }
}
