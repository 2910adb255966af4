pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The revisions of one note (Ctrl+H): version, author and time of each, conflicting copies
// marked; the word diff between the chosen revision and another; revert to the chosen one
// (itself a new version). Up/Down choose a revision, Ctrl+Enter reverts.
FormDialog {
    id: root

    /// Reverting is refused while the minutes are final.
    property bool locked
    property string noteTitle
    property var answer: ({
        ok: true
    })
    readonly property alias revisions: historyModel
    readonly property int toRow: revisionList.currentIndex
    readonly property int fromRow: fromBox.currentIndex
    /// The chosen revision's roles.
    readonly property var toRevision: historyModel.count > 0 ? historyModel.get(root.toRow) : ({})

    /// A revert made `version`: the editor reloads the note.
    signal reverted(int version)

    function openFor(noteId: int, title: string) {
        root.noteTitle = title;
        historyModel.noteId = noteId;
        historyModel.reload();
        root.answer = {
            ok: true
        };
        revisionList.currentIndex = historyModel.count - 1;
        fromBox.currentIndex = Math.max(0, historyModel.count - 2);
        root.open();
    }

    /// Chooses the revisions compared: from row `from` to row `to`.
    function compare(from: int, to: int) {
        revisionList.currentIndex = to;
        fromBox.currentIndex = from;
    }

    function revert() {
        if (root.toRow < 0 || root.locked)
            return;
        root.answer = historyModel.revert(root.toRow);
        if (!root.answer.ok)
            return;
        revisionList.currentIndex = historyModel.count - 1;
        fromBox.currentIndex = Math.max(0, historyModel.count - 2);
        root.reverted(root.answer.version);
    }

    NoteHistoryModel {
        id: historyModel
        onFailed: message => Workspace.errorOccurred(message)
    }

    title: qsTr("History of the note")
    subtitle: qsTr("%1 · times in %2").arg(root.noteTitle).arg(historyModel.zoneLabel)
    acceptText: qsTr("Revert to this version")
    acceptEnabled: !root.locked && root.toRow >= 0 && root.toRevision.current === false
    rejectText: qsTr("Close")
    preferredWidth: 980
    generalMessage: root.answer.ok ? (root.locked ? qsTr("The minutes are final: reopen them to revert.") : "") : root.answer.message

    onOpened: revisionList.forceActiveFocus()
    onSubmitRequested: root.revert()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gapMedium

        Rectangle {
            Layout.preferredWidth: 300
            Layout.preferredHeight: 420
            color: Theme.surface
            border.color: Theme.border
            radius: 4

            ListView {
                id: revisionList
                anchors.fill: parent
                anchors.margins: Theme.gapHalf
                clip: true
                model: historyModel
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Revisions")
                ScrollBar.vertical: PersistentScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string label
                    required property string author
                    required property string savedAt
                    required property string comment
                    required property bool conflicting
                    required property bool current

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    padding: Theme.gapSmall
                    onClicked: {
                        revisionList.currentIndex = row.index;
                        revisionList.forceActiveFocus();
                    }
                    background: Rectangle {
                        color: row.highlighted ? Theme.rowSelected : row.hovered ? Theme.rowHover : "transparent"
                        border.color: row.highlighted ? Theme.rowSelectedBorder : "transparent"
                        radius: 3
                    }
                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            spacing: Theme.gapSmall
                            Label {
                                Layout.fillWidth: true
                                text: row.label
                                font.weight: Font.DemiBold
                                color: row.conflicting ? Theme.toneAmber : Theme.text
                                elide: Text.ElideRight
                            }
                            StatusPill {
                                visible: row.current
                                text: qsTr("Current")
                                tone: Theme.toneGreen
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(row.author).arg(row.savedAt)
                            color: Theme.textMuted
                            font.pointSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.comment !== ""
                            text: row.comment
                            color: Theme.textMuted
                            font.pointSize: Theme.fontSmall
                            font.italic: true
                            elide: Text.ElideRight
                        }
                    }
                    Accessible.name: qsTr("%1 by %2, %3").arg(row.label).arg(row.author).arg(row.savedAt)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 420
            spacing: Theme.gapSmall

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gapSmall

                Label {
                    text: qsTr("Changes from")
                    color: Theme.textMuted
                }
                FormComboBox {
                    id: fromBox
                    Layout.preferredWidth: 260
                    model: historyModel
                    textRole: "label"
                    valueRole: "revisionId"
                    Accessible.name: qsTr("Compare from revision")
                }
                Label {
                    Layout.fillWidth: true
                    text: root.toRow >= 0 ? qsTr("to %1").arg(root.toRevision.label) : ""
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapMedium

                StatusPill {
                    text: qsTr("Added")
                    tone: Theme.toneGreen
                }
                StatusPill {
                    text: qsTr("Removed")
                    tone: Theme.toneRed
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.headerBackground
                border.color: Theme.border
                radius: 4

                ScrollView {
                    id: diffScroll
                    anchors.fill: parent
                    anchors.margins: Theme.gapSmall
                    clip: true
                    contentWidth: availableWidth

                    Text {
                        width: diffScroll.availableWidth
                        text: root.fromRow === root.toRow ? qsTr("<i>Choose two different revisions to see what changed.</i>") : historyModel.diffMarkup(root.fromRow, root.toRow)
                        textFormat: Text.RichText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pointSize: Theme.fontBody + 1
                        lineHeight: 1.25
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Word differences")
                    }
                }
            }
        }
    }
}
