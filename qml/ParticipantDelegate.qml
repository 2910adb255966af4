pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Plenary.Models

// A row of the participants table. Rows are reused while scrolling: everything shown comes
// from the required properties, which the view updates.
Rectangle {
    id: root

    required property int index
    required property int participantId
    required property string displayName
    required property string nativeName
    required property string flag
    required property string delegationName
    required property string delegationCountry
    required property string roleLabel
    required property string functionTitle
    required property string organisation
    required property string accreditationState
    required property string stateLabel
    required property string badgeNumber
    required property bool hasPhoto
    required property string givenNames
    required property string familyName

    required property bool selected
    property TableColumns columns
    readonly property bool current: ListView.isCurrentItem

    /// Clicked; `modifiers` tell a plain click from Ctrl (toggle) and Shift (range).
    signal clicked(int index, int modifiers)
    signal activated(int index)

    implicitHeight: Theme.rowHeight
    color: root.selected ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16) : (root.current ? Theme.rowSelected : (hover.hovered ? Theme.rowHover : Theme.surface))

    Accessible.role: Accessible.Row
    Accessible.name: root.displayName

    HoverHandler {
        id: hover
    }

    TapHandler {
        id: tap
        onTapped: root.clicked(root.index, tap.point.modifiers)
        onDoubleTapped: root.activated(root.index)
    }

    Rectangle {
        visible: root.current || root.selected
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 3
        color: Theme.rowSelectedBorder
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gapMedium
        anchors.rightMargin: Theme.gapMedium
        spacing: root.columns.spacing

        RowLayout {
            Layout.preferredWidth: root.columns.width(0)
            visible: root.columns.shown(0)
            Layout.maximumWidth: root.columns.width(0)
            spacing: Theme.gapSmall

            // A thumbnail of the passport photo (35 × 45), read on a worker thread.
            Rectangle {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 36
                radius: 2
                color: Theme.divider
                clip: true

                Image {
                    anchors.fill: parent
                    visible: root.hasPhoto
                    asynchronous: true
                    fillMode: Image.PreserveAspectCrop
                    sourceSize.width: 56
                    sourceSize.height: 72
                    source: root.hasPhoto ? "image://photo/%1?v=%2".arg(root.participantId).arg(Workspace.participants.photoRevision) : ""
                }
                Label {
                    anchors.centerIn: parent
                    visible: !root.hasPhoto
                    text: (root.givenNames !== "" ? root.givenNames : root.familyName).charAt(0).toUpperCase()
                    color: Theme.textFaint
                    font.weight: Font.DemiBold
                }
            }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.lineBody
                verticalAlignment: Text.AlignVCenter
                text: root.displayName
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.lineSmall
                verticalAlignment: Text.AlignVCenter
                visible: root.nativeName !== ""
                text: root.nativeName
                horizontalAlignment: Text.AlignLeft
                color: Theme.textMuted
                font.pointSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        }

        RowLayout {
            Layout.preferredWidth: root.columns.width(1)
            visible: root.columns.shown(1)
            Layout.maximumWidth: root.columns.width(1)
            spacing: Theme.gapSmall

            Label {
                Layout.preferredWidth: Theme.gapLarge
                // The delegation's flag: the model's `flag` falls back to the nationality, which
                // would put a member's flag next to an organisation's name.
                text: root.delegationCountry !== "" ? root.flag : ""
                font.pointSize: Theme.fontFlag - 2
                horizontalAlignment: Text.AlignHCenter
            }
            Label {
                Layout.fillWidth: true
                text: root.delegationName !== "" ? root.delegationName : qsTr("No delegation")
                color: root.delegationName !== "" ? Theme.text : Theme.textFaint
                elide: Text.ElideRight
            }
        }

        Label {
            Layout.preferredWidth: root.columns.width(2)
            visible: root.columns.shown(2)
            text: root.roleLabel
            color: Theme.text
            elide: Text.ElideRight
        }

        ColumnLayout {
            Layout.preferredWidth: root.columns.width(3)
            visible: root.columns.shown(3)
            Layout.maximumWidth: root.columns.width(3)
            spacing: 0

            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: root.functionTitle
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: root.organisation
                color: root.functionTitle !== "" ? Theme.textMuted : Theme.text
                font.pointSize: root.functionTitle !== "" ? Theme.fontSmall : Theme.fontBody
                elide: Text.ElideRight
            }
            Label {
                visible: root.functionTitle === "" && root.organisation === ""
                text: "—"
                color: Theme.textFaint
            }
        }

        Item {
            Layout.preferredWidth: root.columns.width(4)
            visible: root.columns.shown(4)
            Layout.fillHeight: true

            StatusPill {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, parent.width)
                text: root.stateLabel
                tone: Theme.accreditationTone(root.accreditationState)
                solid: Theme.accreditationSolid(root.accreditationState)
            }
        }

        Label {
            Layout.preferredWidth: root.columns.width(5)
            visible: root.columns.shown(5)
            text: root.badgeNumber !== "" ? root.badgeNumber : "—"
            color: root.badgeNumber !== "" ? Theme.text : Theme.textFaint
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideLeft
        }
    }
}
