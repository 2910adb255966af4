pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// Offered at start when typing in the minutes was never saved (a crash, a closed window): each
// draft with its session, time and text; restore it into the note editor, or discard it.
FormDialog {
    id: root

    readonly property alias drafts: draftsModel

    /// The user wants the draft of `noteId` (of `sessionId`) back in the editor.
    signal restoreRequested(int sessionId, int noteId)

    /// Opens when there are drafts to offer.
    function offer() {
        draftsModel.reload();
        if (draftsModel.count > 0)
            root.open();
    }

    PendingDraftsModel {
        id: draftsModel
        onFailed: message => Workspace.errorOccurred(message)
        onCountChanged: {
            if (draftsModel.count === 0)
                root.close();
        }
    }

    title: qsTr("Unsaved minutes found")
    subtitle: qsTr("Typing that was never saved, kept as drafts")
    acceptVisible: false
    rejectText: qsTr("Decide later")
    preferredWidth: 720

    onOpened: draftList.forceActiveFocus()

    ListView {
        id: draftList
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 420)
        clip: true
        spacing: Theme.gapSmall
        model: draftsModel
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Drafts")

        delegate: Rectangle {
            id: draft
            required property int index
            required property int noteId
            required property int sessionId
            required property string sessionTitle
            required property string body
            required property string author
            required property string savedAt

            width: ListView.view.width
            implicitHeight: draftColumn.implicitHeight + 2 * Theme.gapMedium
            color: ListView.isCurrentItem ? Theme.rowSelected : Theme.surface
            border.color: ListView.isCurrentItem ? Theme.rowSelectedBorder : Theme.border
            radius: 4

            Keys.onReturnPressed: root.restoreRequested(draft.sessionId, draft.noteId)
            Keys.onDeletePressed: draftsModel.discard(draft.index)

            ColumnLayout {
                id: draftColumn
                anchors.fill: parent
                anchors.margins: Theme.gapMedium
                spacing: Theme.gapHalf

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall

                    Label {
                        Layout.fillWidth: true
                        text: draft.sessionTitle
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Label {
                        text: qsTr("%1 · %2").arg(draft.author).arg(draft.savedAt)
                        color: Theme.textMuted
                        font.pointSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: draft.body
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    color: Theme.text
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    spacing: Theme.gapSmall

                    Button {
                        implicitHeight: Theme.controlHeight
                        text: qsTr("Discard")
                        onClicked: draftsModel.discard(draft.index)
                    }
                    PrimaryButton {
                        text: qsTr("Restore into the editor")
                        onClicked: root.restoreRequested(draft.sessionId, draft.noteId)
                    }
                }
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.gapMedium

        KeyHint {
            key: qsTr("Enter")
            action: qsTr("Restore")
        }
        KeyHint {
            key: qsTr("Del")
            action: qsTr("Discard")
        }
    }
}
