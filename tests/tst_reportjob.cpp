// SPDX-License-Identifier: MIT
// The Reports page's job on the forum demo in a real SQLite file: a report written on the
// worker thread and its page count, cancel leaving no file, errors coming back as the
// outcome's message, save as, and printing (to a PDF file, as a printer would get it).
#include "demogenerator.h"
#include "reportjob.h"
#include "reportrequest.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QSignalSpy>
#include <QTimer>

using namespace Plenary;

namespace {

/// Starts `kind` and waits for the job to finish.
bool generate(ReportJob &job, const QString &kind, const QVariantMap &options = {})
{
    QSignalSpy finished(&job, &ReportJob::finished);
    job.start(kind, options);
    return job.busy() && finished.wait(120000) && !job.busy();
}

int pageCount(const QString &file)
{
    QPdfDocument document;
    return document.load(file) == QPdfDocument::Error::None ? document.pageCount() : -1;
}

} // namespace

class TestReportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(generateDemo(**m_db, DemoOptions {}).ok());
    }

    void cleanup() { m_db.reset(); }

    void writesInTheBackground()
    {
        ReportJob job(**m_db);
        QSignalSpy outcome(&job, &ReportJob::outcomeChanged);
        QVERIFY(generate(
            job, QStringLiteral("attendees"),
            {{QStringLiteral("order"), QStringLiteral("name")},
             {QStringLiteral("columns"), QStringList {QStringLiteral("name"), QStringLiteral("email")}}}));
        QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
        QVERIFY(!job.cancelled());
        QVERIFY(job.file().isLocalFile());
        const QString file = job.file().toLocalFile();
        QVERIFY(QFile::exists(file));
        QVERIFY(job.pages() >= 2);
        QCOMPARE(pageCount(file), job.pages());
        QCOMPARE(job.bytes(), QFileInfo(file).size());
        QCOMPARE(job.progress(), 1.0);
        QVERIFY(job.summary().contains(u"participants"));
        QVERIFY(outcome.count() >= 2); // cleared at the start, then the report

        // A second report replaces the first: its temporary file goes.
        QVERIFY(generate(job, QStringLiteral("attendees")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(QFile::exists(job.file().toLocalFile()));
        QVERIFY(job.file().toLocalFile() != file);
    }

    void optionsMakeTheRequest()
    {
        const ReportRequest request =
            ReportJob::requestFor(QStringLiteral("programme"),
                                  {{QStringLiteral("order"), QStringLiteral("room")},
                                   {QStringLiteral("day"), QStringLiteral("2027-05-18")},
                                   {QStringLiteral("roomId"), 3},
                                   {QStringLiteral("includeRestricted"), true},
                                   {QStringLiteral("pdfA"), true},
                                   {QStringLiteral("participantIds"), QVariantList {4, 5}}});
        QCOMPARE(request.kind, QStringLiteral("programme"));
        QCOMPARE(request.order, QStringLiteral("room"));
        QCOMPARE(request.day, QDate(2027, 5, 18));
        QCOMPARE(request.roomId, qint64(3));
        QVERIFY(request.includeRestricted);
        QVERIFY(!request.includeConfidential);
        QVERIFY(request.pdfA);
        QCOMPARE(request.participantIds, (QList<qint64> {4, 5}));
        // Every kind of reportKinds() is offered, and every column of the list of participants.
        QCOMPARE(ReportJob::kinds().size(), qsizetype(reportKinds().size()));
        QCOMPARE(ReportJob::kinds().constFirst().toMap().value(QStringLiteral("code")).toString(),
                 QString::fromLatin1(reportKinds().front().code));
        QVERIFY(ReportJob::attendeeColumns().size() >= 10);
    }

    void cancelLeavesNoFile()
    {
        ReportJob job(**m_db);
        QSignalSpy finished(&job, &ReportJob::finished);
        job.start(QStringLiteral("attendees"), {});
        QVERIFY(job.busy());
        QCOMPARE(job.activity(), QStringLiteral("generating"));
        job.cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(job.cancelled());
        QVERIFY(job.file().isEmpty());
        QCOMPARE(job.pages(), 0);
        QVERIFY(job.activity().isEmpty());
        // Nothing in the job's folder: not the report, not a partial file.
        const QString folder = QFileInfo(job.filePath()).path();
        QVERIFY(job.filePath().isEmpty());
        QVERIFY(folder.isEmpty() || QDir(folder).isEmpty());
    }

    void errorsComeBackAsTheMessage()
    {
        ReportJob job(**m_db);
        // The speakers' list without a session (today: or not written yet) cannot be written.
        QVERIFY(generate(job, QStringLiteral("speakers")));
        QVERIFY(!job.error().isEmpty());
        QVERIFY(job.file().isEmpty());
        QVERIFY(!job.cancelled());
        QVERIFY(job.error().at(0).isUpper());
        QVERIFY(!job.error().startsWith(u"report:"));

        QVERIFY(generate(job, QStringLiteral("attendees"),
                         {{QStringLiteral("order"), QStringLiteral("shoe size")}}));
        QVERIFY(job.error().contains(u"shoe size"));
        QVERIFY(generate(job, QStringLiteral("horoscope")));
        QVERIFY(job.error().contains(u"horoscope"));
        QVERIFY(job.file().isEmpty());

        // Saving and printing without a report say so.
        QVERIFY(!job.saveAs(QUrl::fromLocalFile(m_db->folder() + QStringLiteral("/x.pdf")))
                     .value(QStringLiteral("ok"))
                     .toBool());
        QVERIFY(!QFile::exists(m_db->folder() + QStringLiteral("/x.pdf")));
    }

    void saveAsCopies()
    {
        ReportJob job(**m_db);
        QVERIFY(generate(job, QStringLiteral("attendees")));
        const QString target = m_db->folder() + QStringLiteral("/saved list.pdf");
        {
            QFile old(target); // an older file of that name is replaced
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        const QVariantMap saved = job.saveAs(QUrl::fromLocalFile(target));
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(),
                 qPrintable(saved.value(QStringLiteral("message")).toString()));
        QCOMPARE(job.lastAction(), saved);
        QVERIFY(saved.value(QStringLiteral("message")).toString().contains(u"saved list.pdf"));
        QCOMPARE(QFileInfo(target).size(), job.bytes());
        QCOMPARE(pageCount(target), job.pages());
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        // The preview keeps its own file.
        QVERIFY(QFile::exists(job.filePath()));

        const QVariantMap refused =
            job.saveAs(QUrl::fromLocalFile(m_db->folder() + QStringLiteral("/no/such/folder/x.pdf")));
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QVERIFY(job.suggestedFileName().startsWith(u"attendees-"));
        QVERIFY(job.suggestedFileName().endsWith(u".pdf"));
    }

    void printsToAPdfFile()
    {
        ReportJob job(**m_db);
        QVERIFY(generate(job, QStringLiteral("attendees")));
        QVERIFY(job.pages() >= 2);

        // Every page, blocking.
        const QString all = m_db->folder() + QStringLiteral("/printed.pdf");
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(all);
        const Status printed = job.printTo(printer);
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().message));
        QCOMPARE(pageCount(all), job.pages());
        // The pages are drawn, not blank: a rendered page of the printout has dark pixels.
        QPdfDocument document;
        QCOMPARE(document.load(all), QPdfDocument::Error::None);
        const QImage page = document.render(0, QSize(300, 420));
        int dark = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 128 && qAlpha(page.pixel(x, y)) > 0 ? 1 : 0;
        }
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));

        // A page range, in the background as the print dialog's path does it.
        const QString second = m_db->folder() + QStringLiteral("/second.pdf");
        auto ranged = std::make_shared<QPrinter>(QPrinter::HighResolution);
        ranged->setOutputFormat(QPrinter::PdfFormat);
        ranged->setOutputFileName(second);
        ranged->setPrintRange(QPrinter::PageRange);
        ranged->setFromTo(2, 2);
        QSignalSpy finished(&job, &ReportJob::finished);
        job.startPrinting(ranged);
        QCOMPARE(job.activity(), QStringLiteral("printing"));
        QVERIFY(finished.wait(120000));
        QVERIFY2(job.lastAction().value(QStringLiteral("ok")).toBool(),
                 qPrintable(job.lastAction().value(QStringLiteral("message")).toString()));
        QVERIFY(job.lastAction().value(QStringLiteral("message")).toString().contains(u"second.pdf"));
        QCOMPARE(pageCount(second), 1);
    }

    void printDialogPrintsToTheChosenFile()
    {
        // The real system print dialog (a modal QPrintDialog), driven as a user would: the
        // file chosen in its own field, then Print. A screenshot of it is kept.
        ReportJob job(**m_db);
        QVERIFY(generate(job, QStringLiteral("attendees")));
        const QString chosen = m_db->folder() + QStringLiteral("/from-dialog.pdf");
        bool seen = false;
        QTimer driver;
        driver.setInterval(50);
        QObject::connect(&driver, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget());
            if (!dialog || seen)
                return;
            seen = true;
            QVERIFY(dialog->windowTitle().startsWith(u"Print attendees-"));
            QDir().mkpath(QStringLiteral(PLENARY_SCREENSHOTS));
            dialog->grab().save(QStringLiteral(PLENARY_SCREENSHOTS "/print-dialog.png"));
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
            QVERIFY2(file, "the dialog's file field");
            auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers"));
            QVERIFY2(printers, "the dialog's printer list");
            printers->setCurrentIndex(printers->count() - 1); // "Print to File (PDF)" comes last
            file->setText(chosen);
            dialog->accept();
        });
        driver.start();
        QSignalSpy finished(&job, &ReportJob::finished);
        job.printWithDialog();
        driver.stop();
        QVERIFY(seen);
        QVERIFY(finished.wait(120000));
        QVERIFY2(job.lastAction().value(QStringLiteral("ok")).toBool(),
                 qPrintable(job.lastAction().value(QStringLiteral("message")).toString()));
        QCOMPARE(pageCount(chosen), job.pages());
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_MAIN(TestReportJob)
#include "tst_reportjob.moc"
