pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A combo box over `[{value, label}]` choices, as tall as the text fields, that passes Enter
// on to its form when its list is closed (a plain ComboBox swallows it).
ComboBox {
    id: root

    /// Enter was pressed with the list closed.
    signal submitRequested

    function handleEnter(event: KeyEvent) {
        if (root.popup.visible) {
            event.accepted = false;
        } else {
            event.accepted = true;
            root.submitRequested();
        }
    }

    implicitHeight: Theme.controlHeight
    textRole: "label"
    valueRole: "value"

    Keys.onReturnPressed: event => root.handleEnter(event)
    Keys.onEnterPressed: event => root.handleEnter(event)
}
