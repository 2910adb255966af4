pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Plenary.Models

// A participant's passport photo (35 × 45) with "Choose photo…" and "Remove". Photos belong to
// a saved participant: a new one is saved first.
ColumnLayout {
    id: root

    /// The participant shown, 0 for one not saved yet.
    property int participantId
    /// Why the last photo was refused, shown under the buttons.
    property string message
    readonly property bool hasPhoto: root.participantId !== 0 && root.revision >= 0 && Workspace.participants.hasPhoto(root.participantId)
    readonly property int revision: Workspace.participants.photoRevision

    function choose() {
        fileDialog.open();
    }

    spacing: Theme.gapSmall

    onParticipantIdChanged: root.message = ""

    Rectangle {
        Layout.preferredWidth: 105
        Layout.preferredHeight: 135
        Layout.alignment: Qt.AlignHCenter
        radius: 4
        color: Theme.headerBackground
        border.color: Theme.border
        clip: true

        Image {
            id: photo
            anchors.fill: parent
            anchors.margins: 1
            visible: root.hasPhoto
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            sourceSize.width: 210
            sourceSize.height: 270
            source: root.hasPhoto ? "image://photo/%1?v=%2".arg(root.participantId).arg(root.revision) : ""
            Accessible.name: qsTr("Photo")
        }
        Label {
            anchors.fill: parent
            anchors.margins: Theme.gapSmall
            visible: !root.hasPhoto
            text: root.participantId === 0 ? qsTr("Save to add a photo") : qsTr("No photo")
            color: Theme.textFaint
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.gapHalf

        Button {
            text: root.hasPhoto ? qsTr("Change…") : qsTr("Choose photo…")
            enabled: root.participantId !== 0
            implicitHeight: Theme.controlHeight
            onClicked: root.choose()
        }
        Button {
            visible: root.hasPhoto
            text: qsTr("Remove")
            implicitHeight: Theme.controlHeight
            onClicked: {
                root.message = "";
                Workspace.participants.removePhoto(root.participantId);
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 220
        visible: root.message !== ""
        text: root.message
        color: Theme.error
        font.pointSize: Theme.fontSmall
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: {
            const result = Workspace.participants.setPhoto(root.participantId, fileDialog.selectedFile);
            root.message = result.ok ? "" : result.message;
        }
    }
}
