pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The frame of every dialog: a title bar, a content area that scrolls when the window is
// small (and follows the keyboard focus), and OK / Cancel. Enter asks to submit
// (`submitRequested`), Escape cancels.
Dialog {
    id: root

    property string subtitle
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property bool acceptVisible: true
    property bool acceptEnabled: true
    /// The main button deletes something.
    property bool destructive: false
    /// A message about the whole form, shown next to the buttons.
    property string generalMessage
    /// Incremented at each opening, for the fields to forget they were visited.
    property int session
    property int preferredWidth: Theme.formMaxWidth
    default property alias form: formArea.data

    readonly property Item focusedItem: formArea.Window.activeFocusItem

    signal submitRequested

    function ensureVisible(item: Item) {
        const flickable = scroll.contentItem as Flickable;
        if (!item || !flickable || !root.opened)
            return;
        let ancestor = item.parent;
        while (ancestor && ancestor !== formArea)
            ancestor = ancestor.parent;
        if (!ancestor)
            return;
        const top = item.mapToItem(flickable.contentItem, 0, 0).y - Theme.gapMedium;
        const bottom = top + item.height + 2 * Theme.gapMedium;
        if (top < flickable.contentY)
            flickable.contentY = Math.max(0, top);
        else if (bottom > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(Math.max(0, flickable.contentHeight - flickable.height), bottom - flickable.height);
    }

    function scrollToTop() {
        const flickable = scroll.contentItem as Flickable;
        if (flickable)
            flickable.contentY = 0;
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(root.preferredWidth, parent ? parent.width - 2 * Theme.gapHuge : root.preferredWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.gapHuge : implicitHeight)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: 0
    spacing: 0

    onAboutToShow: {
        root.session += 1;
        root.scrollToTop();
    }
    onFocusedItemChanged: root.ensureVisible(root.focusedItem)

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.opened
        onActivated: root.submitRequested()
    }

    Overlay.modal: Rectangle {
        color: Qt.rgba(0.08, 0.12, 0.2, 0.35)
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: 6
    }

    header: Item {
        implicitHeight: titleColumn.implicitHeight + 2 * Theme.gapMedium

        ColumnLayout {
            id: titleColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.gapLarge
            anchors.rightMargin: Theme.gapLarge
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pointSize: Theme.fontSection + 1
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: root.subtitle !== ""
                text: root.subtitle
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.divider
        }
    }

    // The only child of the content: the dialog sizes to its implicit size.
    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
        ScrollBar.vertical: PersistentScrollBar {
            parent: scroll
            x: scroll.width - width
            y: scroll.topPadding
            height: scroll.availableHeight
        }

        Item {
            width: scroll.availableWidth
            implicitHeight: formArea.implicitHeight + 2 * Theme.gapLarge

            ColumnLayout {
                id: formArea
                anchors.fill: parent
                anchors.margins: Theme.gapLarge
                spacing: Theme.gapMedium

                Keys.onReturnPressed: root.submitRequested()
                Keys.onEnterPressed: root.submitRequested()
            }
        }
    }

    footer: Rectangle {
        implicitHeight: footerRow.implicitHeight + 2 * Theme.gapMedium
        color: Theme.headerBackground
        radius: 6

        // Square off the top corners, rounded only at the bottom like the dialog.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: parent.radius
            color: parent.color
        }
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: Theme.divider
        }

        RowLayout {
            id: footerRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.gapLarge
            anchors.rightMargin: Theme.gapLarge
            spacing: Theme.gapSmall

            Label {
                Layout.fillWidth: true
                text: root.generalMessage
                color: Theme.error
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            PrimaryButton {
                id: acceptButton
                visible: root.acceptVisible
                text: root.acceptText
                destructive: root.destructive
                enabled: root.acceptEnabled
                onClicked: root.submitRequested()
                Keys.onReturnPressed: root.submitRequested()
                Keys.onEnterPressed: root.submitRequested()
            }
            Button {
                id: rejectButton
                implicitHeight: Theme.controlHeight
                text: root.rejectText
                onClicked: root.reject()
                Keys.onReturnPressed: root.reject()
                Keys.onEnterPressed: root.reject()
            }
        }
    }

    /// Gives the keyboard to the main button (for dialogs without fields).
    function focusAcceptButton() {
        if (root.acceptVisible)
            acceptButton.forceActiveFocus();
        else
            rejectButton.forceActiveFocus();
    }
}
