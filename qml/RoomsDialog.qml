pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The rooms of the venue, in the order of the timetable's columns: pick one to change it, or
// add one. Capacity, floor and interpretation booths are checked as you type; Enter saves
// the room, Escape closes.
FormDialog {
    id: root

    /// The room in the form, 0 for a new one.
    property int roomId
    property bool attempted
    property var saveResult: null
    property var saveResultFor: null

    readonly property var live: Workspace.rooms.validate(root.fields())
    readonly property var check: root.saveResult !== null && root.saveResultFor === root.live ? root.saveResult : root.live
    readonly property bool revealed: root.roomId !== 0 || root.attempted
    readonly property var knownFields: ["name", "capacity", "floor", "booths"]

    function openRooms() {
        root.editRoom(0);
        root.open();
    }

    function editRoom(id: int) {
        const record = Workspace.rooms.get(id);
        root.roomId = record.id;
        root.attempted = false;
        root.saveResult = null;
        nameField.text = record.name;
        capacityField.text = record.capacity;
        floorField.text = record.floor;
        boothsField.text = record.booths > 0 ? String(record.booths) : "";
        roomList.currentIndex = Workspace.rooms.rowOf(id);
    }

    function fields(): var {
        return {
            id: root.roomId,
            name: nameField.text,
            capacity: capacityField.text,
            floor: floorField.text,
            booths: boothsField.text
        };
    }

    function submit() {
        root.attempted = true;
        if (!root.live.ok) {
            root.focusField(root.live.field);
            return;
        }
        const saved = Workspace.rooms.save(root.fields());
        if (!saved.ok) {
            root.saveResult = saved;
            root.saveResultFor = root.live;
            root.focusField(saved.field);
            return;
        }
        // A new room: the form empties for the next one; a changed one stays selected.
        root.editRoom(root.roomId === 0 ? 0 : saved.id);
        nameField.forceActiveFocus();
    }

    function focusField(field: string) {
        const items = {
            name: nameField,
            capacity: capacityField,
            floor: floorField,
            booths: boothsField
        };
        const item = items[field] as Item;
        if (item)
            item.forceActiveFocus();
    }

    function moveCurrent(delta: int) {
        const row = roomList.currentIndex;
        if (row < 0)
            return;
        Workspace.rooms.moveColumn(row, delta);
        roomList.currentIndex = Workspace.rooms.rowOf(root.roomId);
    }

    title: qsTr("Rooms")
    subtitle: Workspace.rooms.count === 1 ? qsTr("1 room, in timetable column order") : qsTr("%1 rooms, in timetable column order").arg(Workspace.rooms.count)
    acceptText: root.roomId === 0 ? qsTr("Add room") : qsTr("Save room")
    rejectText: qsTr("Close")
    generalMessage: !root.check.ok && root.revealed && root.knownFields.indexOf(root.check.field) < 0 ? root.check.message : ""

    onOpened: nameField.forceActiveFocus()
    onSubmitRequested: root.submit()

    ListView {
        id: roomList
        Layout.fillWidth: true
        Layout.preferredHeight: 200
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: true
        model: Workspace.rooms
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Rooms")
        ScrollBar.vertical: PersistentScrollBar {}
        Keys.onPressed: event => {
            if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Left) {
                root.moveCurrent(-1);
                event.accepted = true;
            } else if ((event.modifiers & Qt.ControlModifier) && event.key === Qt.Key_Right) {
                root.moveCurrent(1);
                event.accepted = true;
            }
        }
        onCurrentIndexChanged: {
            const item = roomList.currentItem as ItemDelegate;
            if (item && roomList.activeFocus)
                root.editRoom(Number(item.Accessible.description));
        }

        delegate: ItemDelegate {
            id: roomRow
            required property int index
            required property int roomId
            required property string name
            required property int capacity
            required property string floor
            required property int booths
            width: ListView.view.width
            height: Theme.rowHeight - Theme.gapSmall
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            Accessible.name: roomRow.name
            Accessible.description: String(roomRow.roomId)
            onClicked: {
                roomList.currentIndex = roomRow.index;
                root.editRoom(roomRow.roomId);
            }

            contentItem: RowLayout {
                spacing: Theme.gapMedium

                Label {
                    text: String(roomRow.index + 1)
                    color: Theme.textMuted
                    Layout.preferredWidth: Theme.gapLarge
                    horizontalAlignment: Text.AlignRight
                }
                Label {
                    Layout.fillWidth: true
                    text: roomRow.name
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    text: roomRow.capacity >= 0 ? qsTr("%1 seats").arg(roomRow.capacity) : qsTr("capacity unknown")
                    color: Theme.textMuted
                }
                Label {
                    text: roomRow.floor !== "" ? qsTr("floor %1").arg(roomRow.floor) : ""
                    color: Theme.textMuted
                }
                Label {
                    text: roomRow.booths === 1 ? qsTr("1 booth") : qsTr("%1 booths").arg(roomRow.booths)
                    color: Theme.textMuted
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gapSmall

        Button {
            implicitHeight: Theme.controlHeight
            text: qsTr("New room")
            onClicked: {
                root.editRoom(0);
                nameField.forceActiveFocus();
            }
        }
        Button {
            implicitHeight: Theme.controlHeight
            text: qsTr("Move left")
            enabled: roomList.currentIndex > 0 && root.roomId !== 0
            onClicked: root.moveCurrent(-1)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("An earlier column in the timetable (Ctrl+← in the list)")
        }
        Button {
            implicitHeight: Theme.controlHeight
            text: qsTr("Move right")
            enabled: roomList.currentIndex >= 0 && roomList.currentIndex < roomList.count - 1 && root.roomId !== 0
            onClicked: root.moveCurrent(1)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("A later column in the timetable (Ctrl+→ in the list)")
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            implicitHeight: Theme.controlHeight
            text: qsTr("Delete room")
            enabled: root.roomId !== 0
            onClicked: confirmDelete.ask(qsTr("Delete room"), qsTr("Delete the room “%1”? Its sessions stay, without a room.").arg(nameField.text), qsTr("Delete"))
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: qsTr("Its sessions stay, without a room")
        }
    }

    SectionLabel {
        text: root.roomId === 0 ? qsTr("New room") : qsTr("Room")
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gapMedium
        rowSpacing: Theme.gapMedium

        FormField {
            Layout.columnSpan: 2
            label: qsTr("Name")
            field: "name"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: nameField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("e.g. Plenary Hall")
                Accessible.name: qsTr("Room name")
            }
        }

        FormField {
            label: qsTr("Capacity")
            field: "capacity"
            result: root.check
            revealed: root.revealed
            session: root.session
            hint: qsTr("Seats; empty when unknown")

            TextField {
                id: capacityField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                Accessible.name: qsTr("Capacity")
            }
        }

        FormField {
            label: qsTr("Floor")
            field: "floor"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: floorField
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("Floor")
            }
        }

        FormField {
            label: qsTr("Interpretation booths")
            field: "booths"
            result: root.check
            revealed: root.revealed
            session: root.session

            TextField {
                id: boothsField
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                placeholderText: "0"
                Accessible.name: qsTr("Interpretation booths")
            }
        }
    }

    ConfirmDialog {
        id: confirmDelete
        onConfirmed: {
            Workspace.rooms.remove(root.roomId);
            root.editRoom(0);
            nameField.forceActiveFocus();
        }
    }
}
