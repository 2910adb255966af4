pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The one place where failures reach the user (Workspace.errorOccurred): the latest message,
// how many came before it, and a way to dismiss them.
Rectangle {
    id: root

    property string message
    property int count

    function show(text: string) {
        root.message = text;
        root.count += 1;
    }

    function dismiss() {
        root.message = "";
        root.count = 0;
    }

    visible: root.message !== ""
    implicitHeight: root.visible ? row.implicitHeight + 2 * Theme.gapSmall : 0
    color: Theme.errorBackground

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.errorBorder
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gapLarge
        anchors.rightMargin: Theme.gapMedium
        spacing: Theme.gapSmall

        Label {
            text: root.count > 1 ? qsTr("%1 errors").arg(root.count) : qsTr("Error")
            color: Theme.error
            font.weight: Font.Bold
        }
        Label {
            Layout.fillWidth: true
            text: root.message
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            onClicked: root.dismiss()
        }
    }
}
