pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Pdf

// A written report's pages, one under the other, fitted to the width when it opens.
Item {
    id: root

    required property url source
    readonly property alias pageCount: document.pageCount
    readonly property alias currentPage: view.currentPage

    function goToPage(page: int) {
        view.goToPage(Math.max(0, Math.min(page, document.pageCount - 1)));
    }

    function zoom(factor: real) {
        view.renderScale = Math.max(0.25, Math.min(4, view.renderScale * factor));
    }

    function fitWidth() {
        view.scaleToWidth(root.width - 24, root.height);
    }

    PdfDocument {
        id: document
        source: root.source
        onStatusChanged: {
            if (document.status === PdfDocument.Ready)
                fitTimer.restart();
        }
    }

    // The view lays its pages out after the document is ready: fit the width once it has.
    Timer {
        id: fitTimer
        interval: 0
        onTriggered: root.fitWidth()
    }

    PdfMultiPageView {
        id: view
        anchors.fill: parent
        document: document
    }
}
