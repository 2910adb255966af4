pragma ComponentBehavior: Bound
import QtQuick

// The confidentiality of a note, decision or action item, shown plainly: public (grey),
// restricted (amber), confidential (filled red).
StatusPill {
    id: root

    property string level: "public"

    text: root.level === "confidential" ? qsTr("Confidential") : root.level === "restricted" ? qsTr("Restricted") : qsTr("Public")
    tone: root.level === "confidential" ? Theme.toneRed : root.level === "restricted" ? Theme.toneAmber : Theme.toneGrey
    solid: root.level === "confidential"
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Confidentiality: %1").arg(root.text)
}
