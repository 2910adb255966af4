pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One role's badge quota in the delegation form: the role and a small number field.
RowLayout {
    id: root

    property string role
    property string label
    property bool invalid
    property alias text: field.text

    Layout.fillWidth: true
    spacing: Theme.gapSmall

    Label {
        Layout.fillWidth: true
        text: root.label
        color: root.invalid ? Theme.error : Theme.textMuted
        elide: Text.ElideRight
    }
    TextField {
        id: field
        Layout.preferredWidth: 56
        horizontalAlignment: TextInput.AlignRight
        maximumLength: 5
        inputMethodHints: Qt.ImhDigitsOnly
        selectByMouse: true
        placeholderText: "–"
        Accessible.name: qsTr("Badge quota for %1").arg(root.label)
    }
}
