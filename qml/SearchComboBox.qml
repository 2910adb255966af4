pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// An editable combo box that filters its list as you type: Down opens the whole list, Enter
// or a click picks, Escape closes the list, leaving the field picks an exact match or goes
// back to the current choice (or, with `freeText`, keeps what was typed). `model` is an array of strings, or of objects read through
// `textRole`, `valueRole` and (for a leading flag) `iconRole`. The list is filtered here
// because the choices are short reference lists (countries, languages, time zones).
TextField {
    id: root

    property var model: []
    property string textRole
    property string valueRole
    property string iconRole
    /// What `currentValue` is when nothing is chosen.
    property var emptyValue: ""
    property var currentValue: root.emptyValue
    /// Clearing the text chooses `emptyValue` instead of going back to the last choice.
    property bool allowEmpty: false
    /// An "add one" picker: the text empties after each pick and `currentValue` stays empty.
    property bool clearAfterPick: false
    /// Any text is a value (the list only suggests): `currentValue` follows the typing.
    property bool freeText: false
    property int maximumPopupHeight: 320

    readonly property int currentIndex: root.indexOfValue(root.currentValue)
    readonly property string currentText: root.currentIndex >= 0 ? root.textAt(root.currentIndex)
                                                                 : (root.currentValue === root.emptyValue ? "" : String(root.currentValue))
    readonly property string currentIcon: root.iconRole !== "" && root.currentIndex >= 0 ? root.iconAt(root.currentIndex) : ""
    readonly property bool showsIcon: root.currentIcon !== "" && root.text === root.currentText && !root.clearAfterPick

    property string filterText
    property var matches: []
    property int highlightedIndex: -1

    /// The user chose `value` (by click, Enter, Tab or typing it out).
    signal activated(var value)

    function textAt(index: int): string {
        const item = root.model[index];
        if (item === undefined || item === null)
            return "";
        return root.textRole === "" ? String(item) : String(item[root.textRole]);
    }

    function valueAt(index: int): var {
        const item = root.model[index];
        if (item === undefined || item === null)
            return root.emptyValue;
        return root.valueRole === "" ? item : item[root.valueRole];
    }

    function iconAt(index: int): string {
        const item = root.model[index];
        return item && root.iconRole !== "" ? String(item[root.iconRole]) : "";
    }

    function indexOfValue(value: var): int {
        const count = root.model ? root.model.length : 0;
        for (let i = 0; i < count; ++i) {
            if (root.valueAt(i) === value)
                return i;
        }
        return -1;
    }

    /// Case-insensitive text with "_" and "/" read as word breaks ("new york" finds New_York).
    // `var`, not `string`: qmllint 6.4.2 reads uninitialised memory on a method called on a
    // `string` parameter here (valgrind shows it) and crashes now and then in CI.
    function normalised(text: var): string {
        return String(text).toLowerCase().replace(/[_\/]/g, " ");
    }

    function updateMatches() {
        const needle = root.normalised(root.filterText.trim());
        const count = root.model ? root.model.length : 0;
        const ranked = [[], [], []];
        for (let i = 0; i < count; ++i) {
            if (needle === "") {
                ranked[0].push(i);
                continue;
            }
            const text = root.normalised(root.textAt(i));
            const at = text.indexOf(needle);
            if (at === 0)
                ranked[0].push(i);
            else if (at > 0 && text.charAt(at - 1) === " ")
                ranked[1].push(i);
            else if (at > 0 || root.normalised(String(root.valueAt(i))) === needle)
                ranked[2].push(i);
        }
        root.matches = ranked[0].concat(ranked[1], ranked[2]);
    }

    function openList(showAll: bool) {
        if (showAll)
            root.filterText = "";
        root.updateMatches();
        const current = root.matches.indexOf(root.currentIndex);
        root.highlightedIndex = showAll && current >= 0 ? current : (root.matches.length > 0 ? 0 : -1);
        if (!popup.visible)
            popup.open();
        list.positionViewAtIndex(Math.max(0, root.highlightedIndex), ListView.Contain);
    }

    function pick(index: int) {
        popup.close();
        root.filterText = "";
        const value = root.valueAt(index);
        if (root.clearAfterPick) {
            root.text = "";
        } else {
            root.currentValue = value;
            root.text = root.textAt(index);
        }
        root.activated(value);
    }

    function revert() {
        root.filterText = "";
        root.text = root.clearAfterPick ? "" : root.currentText;
    }

    /// Makes the typed text a choice: an exact match, nothing (when allowed) or the last choice.
    function commit() {
        popup.close();
        const typed = root.text.trim().toLowerCase();
        if (typed === "") {
            if (root.allowEmpty && !root.clearAfterPick && root.currentValue !== root.emptyValue) {
                root.currentValue = root.emptyValue;
                root.activated(root.emptyValue);
            }
            root.revert();
            return;
        }
        if (typed === root.currentText.toLowerCase() && !root.clearAfterPick) {
            root.revert();
            return;
        }
        const count = root.model ? root.model.length : 0;
        for (let i = 0; i < count; ++i) {
            if (root.textAt(i).toLowerCase() === typed || String(root.valueAt(i)).toLowerCase() === typed) {
                root.pick(i);
                return;
            }
        }
        if (root.freeText) {
            root.filterText = "";
            root.activated(root.currentValue);
            return;
        }
        root.revert();
    }

    selectByMouse: true
    rightPadding: indicator.width + Theme.gapHalf
    leftPadding: root.showsIcon ? icon.x + icon.width + Theme.gapHalf : Theme.gapSmall
    text: root.currentText

    onTextEdited: {
        root.filterText = root.text;
        if (root.freeText)
            root.currentValue = root.text.trim() !== "" ? root.text.trim() : root.emptyValue;
        root.openList(false);
    }
    onCurrentTextChanged: {
        if (!root.activeFocus && !root.clearAfterPick)
            root.text = root.currentText;
    }
    onActiveFocusChanged: {
        if (!root.activeFocus)
            root.commit();
        else if (root.focusReason !== Qt.MouseFocusReason)
            root.selectAll(); // arriving by keyboard: typing replaces the choice
    }

    Keys.onShortcutOverride: event => {
        // Escape closes the list first, not the dialog around the field.
        if (event.key === Qt.Key_Escape && popup.visible)
            event.accepted = true;
    }
    Keys.onEscapePressed: event => {
        if (popup.visible) {
            popup.close();
            root.revert();
            event.accepted = true;
        } else {
            event.accepted = false;
        }
    }
    Keys.onDownPressed: {
        if (!popup.visible)
            root.openList(root.filterText === "");
        else if (root.highlightedIndex < root.matches.length - 1)
            root.highlightedIndex += 1;
        list.positionViewAtIndex(root.highlightedIndex, ListView.Contain);
    }
    Keys.onUpPressed: {
        if (popup.visible && root.highlightedIndex > 0) {
            root.highlightedIndex -= 1;
            list.positionViewAtIndex(root.highlightedIndex, ListView.Contain);
        }
    }
    Keys.onReturnPressed: event => root.handleEnter(event)
    Keys.onEnterPressed: event => root.handleEnter(event)
    Keys.onTabPressed: event => {
        if (popup.visible && root.filterText !== "" && root.highlightedIndex >= 0)
            root.pick(root.matches[root.highlightedIndex]);
        event.accepted = false;
    }

    function handleEnter(event: KeyEvent) {
        if (popup.visible && root.highlightedIndex >= 0) {
            root.pick(root.matches[root.highlightedIndex]);
            event.accepted = true;
        } else {
            // Enter also submits the form around the field: make the text a choice first.
            root.commit();
            event.accepted = false;
        }
    }

    Label {
        id: icon
        visible: root.showsIcon
        x: Theme.gapSmall
        anchors.verticalCenter: parent.verticalCenter
        text: root.currentIcon
        font.pointSize: Theme.fontFlag - 2
    }

    Item {
        id: indicator
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Theme.gapLarge

        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Show choices")

        Canvas {
            id: chevron
            anchors.centerIn: parent
            width: 10
            height: 6
            onPaint: {
                const context = getContext("2d");
                context.reset();
                context.strokeStyle = Theme.textMuted;
                context.lineWidth = 1.5;
                context.beginPath();
                context.moveTo(1, 1);
                context.lineTo(width / 2, height - 1);
                context.lineTo(width - 1, 1);
                context.stroke();
            }
        }

        TapHandler {
            onTapped: {
                root.forceActiveFocus();
                if (popup.visible)
                    popup.close();
                else
                    root.openList(true);
            }
        }
    }

    Popup {
        id: popup
        y: root.height + 2
        width: root.width
        height: Math.min(Math.max(list.contentHeight, list.count === 0 ? noMatch.implicitHeight + 2 * Theme.gapSmall : 0)
                         + topPadding + bottomPadding, root.maximumPopupHeight)
        padding: 1
        closePolicy: Popup.CloseOnPressOutsideParent

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: 2
        }

        ListView {
            id: list
            anchors.fill: parent
            implicitHeight: list.contentHeight
            clip: true
            model: root.matches
            currentIndex: root.highlightedIndex
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: choice
                required property int index
                required property int modelData

                width: ListView.view.width
                focusPolicy: Qt.NoFocus
                highlighted: choice.index === root.highlightedIndex
                text: root.iconRole !== "" ? root.iconAt(choice.modelData) + "  " + root.textAt(choice.modelData)
                                           : root.textAt(choice.modelData)
                font.weight: choice.modelData === root.currentIndex ? Font.DemiBold : Font.Normal
                onClicked: root.pick(choice.modelData)
                onHoveredChanged: {
                    if (choice.hovered)
                        root.highlightedIndex = choice.index;
                }
            }

            Label {
                id: noMatch
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No match")
                color: Theme.textMuted
            }
        }
    }
}
