pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The main action of a form or dialog, filled with the accent colour (red when destructive).
Button {
    id: root

    property bool destructive: false

    implicitHeight: Theme.controlHeight
    palette.button: !root.enabled ? Theme.divider : (root.destructive ? Theme.toneRed : Theme.accent)
    palette.buttonText: root.enabled ? "#ffffff" : Theme.textFaint
    font.weight: Font.DemiBold
}
