pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// The selected delegation at a glance: accreditation counts, badges against their quotas
// (over-quota in red), and the members in protocol order (head of delegation first, then by
// role, then by name).
Rectangle {
    id: root

    /// The delegation shown; 0 shows nothing.
    property int delegationId
    property string name
    property string flag
    property string kindLabel
    /// `[{role, label, quota, holding, pending, over}]`, re-read after every write.
    property var badgeUse: []

    /// The members' participant id was activated (Enter or double-click).
    signal memberActivated(int participantId)

    function reloadBadgeUse() {
        root.badgeUse = root.delegationId > 0 ? Workspace.delegations.badgeUse(root.delegationId) : [];
    }

    color: Theme.surface
    border.color: Theme.border
    radius: 4

    onDelegationIdChanged: {
        Workspace.delegationMembers.delegationFilter = root.delegationId > 0 ? root.delegationId : -1;
        root.reloadBadgeUse();
    }

    Connections {
        target: Workspace.delegationMembers
        function onStateCountsChanged() {
            root.reloadBadgeUse();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gapMedium
        spacing: Theme.gapSmall
        visible: root.delegationId > 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapSmall

            Label {
                text: root.flag
                font.pointSize: Theme.fontFlag
                visible: root.flag !== ""
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: root.name
                    font.pointSize: Theme.fontSection
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: root.kindLabel + " · " + (membersList.count === 1 ? qsTr("1 member") : qsTr("%1 members").arg(membersList.count))
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }
        }

        SectionLabel {
            text: qsTr("Accreditation")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.gapHalf

            Repeater {
                model: Workspace.delegationMembers.stateCounts

                StatusPill {
                    required property var modelData
                    text: modelData.label + "  " + modelData.count
                    tone: modelData.count > 0 ? Theme.accreditationTone(modelData.state) : Theme.toneMuted
                    opacity: modelData.count > 0 ? 1 : 0.55
                }
            }
        }

        SectionLabel {
            text: qsTr("Badges")
        }

        Label {
            Layout.fillWidth: true
            visible: root.badgeUse.length === 0
            text: qsTr("No members and no quotas yet.")
            color: Theme.textMuted
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.gapMedium
            rowSpacing: 2
            visible: root.badgeUse.length > 0

            Label {
                text: qsTr("Role")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Held / quota")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                Layout.alignment: Qt.AlignRight
            }
            Label {
                text: qsTr("Requested")
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                Layout.alignment: Qt.AlignRight
            }

            Repeater {
                model: root.badgeUse

                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 0
                    Layout.fillWidth: true
                    text: modelData.label
                    elide: Text.ElideRight
                    color: modelData.over ? Theme.error : Theme.text
                }
            }
            Repeater {
                model: root.badgeUse

                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    text: modelData.quota < 0 ? qsTr("%1 / no limit").arg(modelData.holding) : (modelData.over ? qsTr("%1 / %2 over quota").arg(modelData.holding).arg(modelData.quota) : qsTr("%1 / %2").arg(modelData.holding).arg(modelData.quota))
                    color: modelData.over ? Theme.error : (modelData.quota >= 0 && modelData.holding === modelData.quota ? Theme.toneAmber : Theme.text)
                    font.weight: modelData.over ? Font.DemiBold : Font.Normal
                }
            }
            Repeater {
                model: root.badgeUse

                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 2
                    Layout.alignment: Qt.AlignRight
                    text: modelData.pending
                    // Requests that the quota cannot take: approving them will be refused.
                    color: modelData.quota >= 0 && modelData.holding + modelData.pending > modelData.quota ? Theme.toneAmber : Theme.textMuted
                }
            }
        }

        SectionLabel {
            text: qsTr("Members in protocol order")
        }

        ListView {
            id: membersList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            reuseItems: true
            boundsBehavior: Flickable.StopAtBounds
            model: Workspace.delegationMembers
            Accessible.name: qsTr("Members")
            ScrollBar.vertical: PersistentScrollBar {}

            delegate: ItemDelegate {
                id: member
                required property int participantId
                required property string displayName
                required property string roleLabel
                required property string accreditationState
                required property string stateLabel
                width: membersList.width
                height: Theme.rowHeight
                onDoubleClicked: root.memberActivated(member.participantId)

                contentItem: RowLayout {
                    spacing: Theme.gapSmall

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            text: member.displayName
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: member.roleLabel
                            color: Theme.textMuted
                            font.pointSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    StatusPill {
                        text: member.stateLabel
                        tone: Theme.accreditationTone(member.accreditationState)
                        solid: Theme.accreditationSolid(member.accreditationState)
                    }
                }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: root.delegationId <= 0
        text: qsTr("Select a delegation to see its members.")
        color: Theme.textMuted
    }
}
