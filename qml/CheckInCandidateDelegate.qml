pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the desk's name candidates or of its latest check-ins.
ItemDelegate {
    id: root

    required property int index
    required property string displayName
    required property string nativeName
    required property string delegationName
    required property string flag
    required property string accreditationState
    required property string stateLabel
    required property string badgeNumber
    required property string verdict
    required property string time
    required property string changedBy
    property bool current: false
    /// Shows when and by whom (the latest check-ins) rather than the badge number.
    property bool showTime: false

    implicitHeight: 48
    leftPadding: Theme.gapMedium
    rightPadding: Theme.gapMedium
    focusPolicy: Qt.NoFocus
    Accessible.name: root.displayName

    background: Rectangle {
        color: root.current ? Theme.rowSelected : (root.hovered ? Theme.rowHover : "transparent")

        Rectangle {
            width: 4
            height: parent.height
            color: root.showTime ? Theme.accreditationTone(root.accreditationState) : Theme.verdictTone(root.verdict)
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.gapSmall

        Label {
            Layout.preferredWidth: 28
            text: root.flag
            font.pointSize: Theme.fontFlag
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.displayName
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                // The delegation first: a name in a right-to-left script then stays at the end of the line.
                text: root.nativeName !== "" && root.delegationName !== "" ? root.delegationName + " · " + root.nativeName : root.delegationName + root.nativeName
                horizontalAlignment: Text.AlignLeft
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        ColumnLayout {
            visible: root.showTime
            spacing: 0

            Label {
                Layout.alignment: Qt.AlignRight
                text: root.time
                color: Theme.text
                font.pointSize: Theme.fontSmall
            }
            Label {
                Layout.alignment: Qt.AlignRight
                text: root.changedBy
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
            }
        }
        Label {
            visible: !root.showTime
            text: root.badgeNumber
            color: Theme.textMuted
            font.family: "monospace"
        }
        StatusPill {
            visible: !root.showTime
            Layout.preferredWidth: 120
            text: root.stateLabel
            tone: Theme.accreditationTone(root.accreditationState)
            solid: Theme.accreditationSolid(root.accreditationState)
        }
    }
}
