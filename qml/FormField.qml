pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One field of a form: its label above, the control(s) in a row, and the validation message
// (or a hint) under it. The message shows once the user has left the field, or when `revealed`.
FocusScope {
    id: root

    property string label
    /// The name the validators use for this field ("name", "countryCode", ...).
    property string field
    /// The form's current `{ok, message, field}`.
    property var result: ({ ok: true })
    /// Shows the message even before the field was visited (existing records, after a save attempt).
    property bool revealed: false
    property bool touched: false
    /// Changes each time the form opens: the field starts untouched again.
    property int session
    /// A grey note under the control when there is no message.
    property string hint
    default property alias content: row.data

    readonly property string message: root.result && !root.result.ok && root.result.field === root.field ? root.result.message : ""
    readonly property bool showsMessage: root.message !== "" && (root.touched || root.revealed)

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    // Equal preferred widths make the columns of a form grid equally wide.
    Layout.preferredWidth: 1
    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop

    onSessionChanged: root.touched = false
    onActiveFocusChanged: {
        if (!root.activeFocus)
            root.touched = true;
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.gapHalf

        Label {
            Layout.fillWidth: true
            text: root.label
            color: root.showsMessage ? Theme.error : Theme.textMuted
            font.pointSize: Theme.fontSmall
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }

        RowLayout {
            id: row
            Layout.fillWidth: true
            spacing: Theme.gapSmall
        }

        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.showsMessage ? root.message : root.hint
            color: root.showsMessage ? Theme.error : Theme.textFaint
            font.pointSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
