import QtQuick
import QtQuick.Controls
import QtTest
import Plenary.Models
import Plenary.Printing
import Plenary.Ui

// The Reports page on the forum demo: the options of each kind become the job's request,
// confidential notes are left out again each time the page opens, the list of participants
// is written in the background and previewed, and an unavailable report says why.
TestCase {
    id: root

    name: "ReportsPage"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: pageComponent

        ReportsPage {
            width: root.width
            height: root.height
        }
    }

    function test_optionsAndConfidential() {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        page.activate();
        compare(page.job.kinds.length, 7);
        page.selectKind("attendees");
        compare(page.kind, "attendees");
        let options = page.options();
        compare(options.order, "delegation");
        compare(options.columns, ["name", "function", "organisation"]);
        compare(options.includeDocuments, false);
        page.toggleColumn("email", true);
        compare(page.options().columns, ["name", "function", "organisation", "email"]);

        page.selectKind("minutes");
        const confidential = findChild(page, "minutesConfidential");
        verify(confidential);
        compare(page.options().includeConfidential, false);
        compare(page.options().sessionId, 0);
        confidential.checked = true;
        compare(page.options().includeConfidential, true);
        // Opening the page again asks again.
        page.activate();
        compare(page.options().includeConfidential, false);
        verify(page.sessionChoices.length > 50);
    }

    function test_generateAndPreview() {
        const page = createTemporaryObject(pageComponent, root);
        verify(page);
        page.activate();
        page.selectKind("attendees");
        page.generate();
        verify(page.busy);
        tryCompare(page, "busy", false, 60000);
        verify(page.hasReport);
        compare(page.job.error, "");
        verify(page.job.pages >= 2);
        verify(page.job.summary.indexOf("participants") > 0);
        wait(300);
        const image = grabImage(page);
        image.save(screenshotFolder + "/qml-reports-preview.png");

        // A kind that cannot be written here: the message instead of a preview.
        page.selectKind("speakers");
        page.generate();
        tryCompare(page, "busy", false, 60000);
        verify(!page.hasReport);
        verify(page.job.error !== "");
    }
}
