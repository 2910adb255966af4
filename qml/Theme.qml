pragma Singleton
import QtQuick

// Colours, spacing and type sizes shared by every view. Spacing comes in multiples of the
// 8 px unit (with a half unit for text stacked inside one cell).
QtObject {
    // Spacing
    readonly property int unit: 8
    readonly property int spacing: 8
    readonly property int gapHalf: 4
    readonly property int gapSmall: 8
    readonly property int gapMedium: 16
    readonly property int gapLarge: 24
    readonly property int gapHuge: 32

    // Sizes
    readonly property int sidebarWidth: 224
    readonly property int headerRowHeight: 32
    readonly property int rowHeight: 48
    /// Height of text fields, combo boxes and buttons (the Fusion text field's own).
    readonly property int controlHeight: 26
    readonly property int pillHeight: 24
    /// Line heights of body and small text, fixed in table cells so that a name in a script
    /// with taller glyphs (Arabic, Devanagari) does not shift its row's text.
    readonly property int lineBody: 18
    readonly property int lineSmall: 16
    readonly property int formMaxWidth: 720

    // Type (points; the application font is Noto Sans 10 pt)
    readonly property real fontSmall: 9
    readonly property real fontBody: 10
    readonly property real fontSection: 11
    readonly property real fontTitle: 16
    readonly property real fontProduct: 15
    readonly property real fontFlag: 14

    // Colours
    readonly property color accent: "#1d4e89"
    readonly property color accentLight: "#e3ecf7"
    readonly property color windowBackground: "#f4f6f9"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d9dee5"
    readonly property color divider: "#e8ebef"
    readonly property color text: "#1f2933"
    readonly property color textMuted: "#66727f"
    readonly property color textFaint: "#8b96a3"
    readonly property color headerBackground: "#f8f9fb"
    readonly property color rowHover: "#f2f5f9"
    readonly property color rowSelected: "#dce8f7"
    readonly property color rowSelectedBorder: "#1d4e89"
    readonly property color error: "#b42318"
    readonly property color errorBackground: "#fdecea"
    readonly property color errorBorder: "#f4b4ad"

    readonly property color sidebar: "#14233c"
    readonly property color sidebarText: "#e7edf5"
    readonly property color sidebarMuted: "#9fb0c6"
    readonly property color sidebarHover: "#1e3254"
    readonly property color sidebarSelected: "#2a4674"
    readonly property color sidebarMarker: "#6fa8ff"

    readonly property color toneGrey: "#5f6b7a"
    readonly property color toneBlue: "#1f63c4"
    readonly property color toneGreen: "#2e7d32"
    readonly property color toneTeal: "#00796b"
    readonly property color toneDarkGreen: "#1b5e20"
    readonly property color toneRed: "#c62828"
    readonly property color toneMuted: "#98a2ae"
    readonly property color tonePurple: "#6a4c93"
    readonly property color toneAmber: "#b45309"

    // The check-in desk: type readable from a step back
    readonly property real fontDeskField: 20
    readonly property real fontDeskName: 26
    readonly property real fontDeskLarge: 16
    readonly property real fontDeskHeadline: 18

    /// The colour of a check-in verdict: go, look, stop.
    function verdictTone(verdict: string): color {
        switch (verdict) {
        case "ready":
        case "done":
            return toneGreen;
        case "already":
            return toneAmber;
        case "blocked":
            return toneRed;
        default:
            return toneGrey;
        }
    }

    /// The colour of an accreditation state's pill.
    function accreditationTone(state: string): color {
        switch (state) {
        case "documents_complete":
            return toneBlue;
        case "approved":
            return toneGreen;
        case "badge_printed":
            return toneTeal;
        case "checked_in":
            return toneDarkGreen;
        case "rejected":
            return toneRed;
        case "withdrawn":
            return toneMuted;
        default:
            return toneGrey;
        }
    }

    /// Whether an accreditation state's pill is filled: the end of the workflow stands out.
    function accreditationSolid(state: string): bool {
        return state === "checked_in";
    }

    /// The colour of a delegation status's pill.
    function delegationTone(status: string): color {
        switch (status) {
        case "registered":
            return toneBlue;
        case "confirmed":
            return toneGreen;
        case "arrived":
            return toneDarkGreen;
        case "departed":
            return tonePurple;
        case "withdrawn":
            return toneMuted;
        default:
            return toneGrey;
        }
    }

    function delegationSolid(status: string): bool {
        return status === "arrived";
    }

    /// The colour of a session kind on the timetable.
    function sessionTone(kind: string): color {
        switch (kind) {
        case "opening_ceremony":
            return tonePurple;
        case "plenary":
            return toneBlue;
        case "panel":
            return toneTeal;
        case "closed_session":
            return toneGrey;
        case "bilateral_meeting":
            return toneAmber;
        case "side_event":
            return toneGreen;
        default:
            return toneMuted;
        }
    }

    /// "17 May" from "2027-05-17"; the text itself when it is not an ISO date.
    function shortDate(iso: string): string {
        const parts = iso.split("-");
        if (parts.length !== 3)
            return iso;
        const month = parseInt(parts[1], 10);
        const day = parseInt(parts[2], 10);
        if (isNaN(month) || isNaN(day) || month < 1 || month > 12)
            return iso;
        return day + " " + Qt.locale("en_GB").monthName(month - 1, Locale.ShortFormat);
    }

    /// "17 May – 21 May", "from 17 May", "until 21 May" or "" for a stay.
    function stay(arrival: string, departure: string): string {
        if (arrival !== "" && departure !== "")
            return shortDate(arrival) + " – " + shortDate(departure);
        if (arrival !== "")
            return qsTr("from %1").arg(shortDate(arrival));
        if (departure !== "")
            return qsTr("until %1").arg(shortDate(departure));
        return "";
    }
}
