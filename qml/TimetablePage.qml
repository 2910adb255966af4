pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The programme as agenda staff build it: one day, rooms as columns, time as rows, every time
// labelled with the event's zone. Sessions are dragged to move, dragged at the lower edge to
// change their end, or moved from the keyboard; sessions not yet placed wait in the side list
// and are dragged in. Conflicts show on the blocks the moment an edit causes them.
Item {
    id: root

    readonly property TimetableModel timetable: Workspace.timetable
    readonly property bool dialogOpen: false

    function focusView() {
        view.forceActiveFocus();
    }

    function closeDialogs() {
    }

    /// Shows the day of `isoDate` (an event day).
    function showDay(isoDate: string) {
        root.timetable.day = isoDate;
        view.scrollToMinute(root.timetable.firstMinute);
    }

    function showBusiestDay() {
        root.showDay(root.timetable.busiestDay());
    }

    /// Selects a session on the day shown and scrolls to it (the conflicts panel's jump).
    function selectSession(sessionId: int) {
        view.selectedSessionId = sessionId;
        const row = root.timetable.rowOf(sessionId);
        if (row >= 0) {
            const index = root.timetable.index(row, 0);
            view.reveal(root.timetable.data(index, TimetableModel.ColumnRole), root.timetable.data(index, TimetableModel.StartMinuteRole), root.timetable.data(index, TimetableModel.EndMinuteRole));
        }
        view.forceActiveFocus();
    }

    Component.onCompleted: {
        root.timetable.reload();
        view.scrollToMinute(root.timetable.firstMinute);
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapLarge
        spacing: Theme.gapMedium

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Programme")
            subtitle: (root.timetable.count === 1 ? qsTr("1 session on this day") : qsTr("%1 sessions on this day").arg(root.timetable.count)) + " · " + qsTr("times in %1").arg(root.timetable.zoneLabel)

            TextField {
                id: roomFilter
                Layout.preferredWidth: 180
                placeholderText: qsTr("Filter rooms")
                Accessible.name: qsTr("Filter rooms by name or floor")
                onTextChanged: root.timetable.roomFilter = text
            }
            Label {
                text: qsTr("Step")
                color: Theme.textMuted
            }
            ComboBox {
                id: zoom
                Layout.preferredWidth: 96
                model: [5, 15, 30, 60]
                currentIndex: 1
                displayText: qsTr("%1 min").arg(currentValue)
                Accessible.name: qsTr("Minutes per row")
                onActivated: {
                    view.scrollToMinute(root.timetable.firstMinute);
                    view.forceActiveFocus();
                }
            }
        }

        // The event's days.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapSmall

            Repeater {
                model: root.timetable.days
                delegate: Button {
                    id: dayButton

                    required property var modelData
                    required property int index

                    text: modelData.label
                    checkable: true
                    checked: root.timetable.day === modelData.date
                    highlighted: checked
                    Accessible.name: qsTr("Show %1").arg(modelData.label)
                    onClicked: root.showDay(modelData.date)
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Tab selects · arrows move · Shift+↑↓ resize · Enter edits")
                color: Theme.textFaint
                font.pointSize: Theme.fontSmall
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gapMedium

            TimetableView {
                id: view
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                model: root.timetable
                snapMinutes: zoom.currentValue
                onFailed: message => Workspace.errorOccurred(message)
                onUnscheduleRequested: sessionId => {
                    const result = root.timetable.unscheduleSession(sessionId);
                    if (!result.ok)
                        Workspace.errorOccurred(result.message);
                    view.selectedSessionId = 0;
                }
            }

            // Sessions waiting for a time or a room.
            Rectangle {
                Layout.preferredWidth: 260
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: 4

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 1
                    spacing: 0

                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.headerRowHeight + 12
                        color: Theme.headerBackground
                        radius: 4

                        Column {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gapMedium
                            anchors.topMargin: 5
                            Label {
                                text: qsTr("Not in the timetable (%1)").arg(Workspace.unscheduled.count)
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                text: qsTr("Drag a session onto a room and time.")
                                font.pointSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                    }

                    ListView {
                        id: unscheduledList
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: Workspace.unscheduled
                        Accessible.name: qsTr("Sessions not in the timetable")
                        ScrollBar.vertical: PersistentScrollBar {}
                        delegate: UnscheduledSessionDelegate {
                            width: unscheduledList.width
                            dragParent: root
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.gapMedium
                            visible: unscheduledList.count === 0
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: qsTr("Every session has a room and a time.")
                            color: Theme.textMuted
                        }
                    }
                }
            }
        }
    }
}
