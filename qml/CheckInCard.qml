pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The person the desk is looking at, large enough to read from a step back, in the colour of
// what to do: green to check in, amber already in, red blocked.
Rectangle {
    id: root

    /// Workspace.checkIn.current: see CheckInDesk.
    property var card: ({})
    /// Whether an image://photo provider is installed; without it the initials stand in.
    property bool photosAvailable: false
    /// The key that checks in, shown on the card.
    property string checkInKey
    /// The key that takes back a check-in, shown on the card when already checked in.
    property string takeBackKey
    signal checkInRequested
    /// Undo the check-in just made here.
    signal undoRequested
    /// Take back an earlier check-in, with a reason.
    signal takeBackRequested

    readonly property string verdict: root.card.verdict ?? ""
    readonly property color tone: Theme.verdictTone(root.verdict)

    radius: 6
    color: Theme.surface
    border.width: 2
    border.color: root.tone
    clip: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 2
        spacing: 0

        // The verdict band: what to do, in words and colour.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: root.tone

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gapLarge
                anchors.rightMargin: Theme.gapLarge
                spacing: Theme.gapMedium

                Label {
                    text: root.verdict === "blocked" ? "✕" : (root.verdict === "already" ? "!" : "✓")
                    color: "#ffffff"
                    font.pointSize: Theme.fontDeskHeadline
                    font.weight: Font.Bold
                }
                Label {
                    Layout.fillWidth: true
                    text: root.card.headline ?? ""
                    color: "#ffffff"
                    font.pointSize: Theme.fontDeskHeadline
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Button {
                    visible: root.verdict === "ready"
                    text: qsTr("Check in  (%1)").arg(root.checkInKey)
                    font.weight: Font.DemiBold
                    focusPolicy: Qt.NoFocus
                    palette.button: "#ffffff"
                    palette.buttonText: root.tone
                    onClicked: root.checkInRequested()
                }
                Button {
                    visible: root.verdict === "done"
                    text: qsTr("Undo  (Ctrl+Z)")
                    font.weight: Font.DemiBold
                    focusPolicy: Qt.NoFocus
                    flat: true
                    palette.buttonText: "#ffffff"
                    onClicked: root.undoRequested()
                }
                Button {
                    visible: root.verdict === "already"
                    text: qsTr("Take back…  (%1)").arg(root.takeBackKey)
                    font.weight: Font.DemiBold
                    focusPolicy: Qt.NoFocus
                    palette.button: "#ffffff"
                    palette.buttonText: Qt.darker(root.tone, 1.3)
                    onClicked: root.takeBackRequested()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gapLarge
            spacing: Theme.gapLarge

            // Passport proportions (35 × 45), as badges print the photo.
            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: 140
                implicitHeight: 180
                radius: 4
                color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.10)
                border.width: 1
                border.color: Theme.border
                clip: true

                Label {
                    anchors.centerIn: parent
                    visible: photo.status !== Image.Ready
                    text: root.card.initials ?? ""
                    color: Qt.darker(root.tone, 1.2)
                    font.pointSize: 40
                    font.weight: Font.Light
                }
                Image {
                    id: photo
                    anchors.fill: parent
                    anchors.margins: 1
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    cache: false
                    // Only asked for when a provider exists and a photo is stored, so that a
                    // missing one costs no warning; the initials show meanwhile and otherwise.
                    source: root.photosAvailable && root.card.hasPhoto === true ? "image://photo/" + root.card.participantId : ""
                    Accessible.name: qsTr("Photo")
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gapSmall

                Label {
                    Layout.fillWidth: true
                    text: root.card.displayName ?? ""
                    color: Theme.text
                    font.pointSize: Theme.fontDeskName
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.card.nativeName ?? ""
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.textMuted
                    font.pointSize: Theme.fontDeskLarge
                    elide: Text.ElideRight
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gapHalf
                    spacing: Theme.gapSmall

                    Label {
                        visible: text !== ""
                        text: root.card.flag ?? ""
                        font.pointSize: Theme.fontDeskLarge + 4
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (root.card.delegationName ?? "") !== "" ? root.card.delegationName : qsTr("No delegation")
                        color: Theme.text
                        font.pointSize: Theme.fontDeskLarge
                        elide: Text.ElideRight
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gapMedium

                    Label {
                        text: root.card.roleLabel ?? ""
                        color: Theme.textMuted
                        font.pointSize: Theme.fontSection
                    }
                    StatusPill {
                        text: root.card.stateLabel ?? ""
                        tone: Theme.accreditationTone(root.card.state ?? "")
                        solid: Theme.accreditationSolid(root.card.state ?? "")
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gapSmall
                    implicitHeight: 1
                    color: Theme.divider
                }

                Label {
                    Layout.fillWidth: true
                    text: root.card.detail ?? ""
                    color: root.verdict === "ready" || root.verdict === "done" ? Theme.text : Qt.darker(root.tone, 1.15)
                    font.pointSize: Theme.fontDeskLarge - 2
                    font.weight: root.verdict === "blocked" || root.verdict === "already" ? Font.DemiBold : Font.Normal
                    wrapMode: Text.Wrap
                }

                Item {
                    Layout.fillHeight: true
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                spacing: 0

                Label {
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Badge")
                    color: Theme.textMuted
                    font.pointSize: Theme.fontSmall
                }
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: (root.card.badgeNumber ?? "") !== "" ? root.card.badgeNumber : "—"
                    color: Theme.text
                    font.pointSize: Theme.fontDeskName
                    font.family: "monospace"
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
