pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A scroll bar whose handle stays in view while the content overflows: Fusion's fades out
// after scrolling, which hides that a list or a form goes on below.
ScrollBar {
    id: root

    contentItem: Rectangle {
        implicitWidth: 6
        implicitHeight: 6
        radius: 3
        color: root.pressed ? root.palette.dark : root.palette.mid
        opacity: root.size < 1.0 ? (root.hovered || root.pressed ? 0.9 : 0.6) : 0.0
    }
}
