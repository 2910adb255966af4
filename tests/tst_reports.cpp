// SPDX-License-Identifier: MIT
// The reports' shared frame and the list of participants, read back from real PDFs: page
// numbering, metadata, the protocol order (heads of delegation first, collation-correct
// alphabetical order), names in every script, masked identity documents, cancel and bad
// requests leaving no file, and the command line.
#include "delegationstore.h"
#include "demogenerator.h"
#include "participantstore.h"
#include "pdfreport.h"
#include "pdfsupport.h"
#include "reportfonts.h"
#include "reports.h"
#include "reportsupport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

using namespace Plenary;
using Plenary::TestSupport::addDelegation;
using Plenary::TestSupport::approvedPerson;
using Plenary::TestSupport::pdfToText;

namespace {

/// Where `needles` stand in `text`, in order; -1 for any not found.
QList<qsizetype> positions(const QString &text, const QStringList &needles)
{
    QList<qsizetype> at;
    for (const QString &needle : needles)
        at << text.indexOf(needle);
    return at;
}

/// The first page rendered on white, saved where a person looks at the reports.
void saveFirstPage(const QString &file, const QString &name)
{
    QPdfDocument document;
    QCOMPARE(document.load(file), QPdfDocument::Error::None);
    const QSizeF points = document.pagePointSize(0);
    const QSize size = (points * 110.0 / 72.0).toSize();
    QImage page(size, QImage::Format_ARGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, document.render(0, size)); // render() is transparent: paint it on white
    painter.end();
    QDir().mkpath(QStringLiteral(PLENARY_SCREENSHOTS "/reports"));
    QVERIFY(page.save(QStringLiteral(PLENARY_SCREENSHOTS "/reports/%1.png").arg(name)));
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void forumListByDelegation()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/attendees.pdf");
        const Result<ReportOutcome> written = writeReport(*db, request);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        const ReportOutcome &outcome = written.value();

        QPdfDocument document;
        QCOMPARE(document.load(request.output), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), outcome.pages);
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 QStringLiteral("List of participants — International Security Forum 2027"));
        QVERIFY(document.metaData(QPdfDocument::MetaDataField::Creator).toString().startsWith(u"Plenary "));
        // Every person but the rejected and withdrawn ones, at least 15 to a page.
        const int listed = count(*db,
                                 QStringLiteral("SELECT COUNT(*) FROM participant WHERE accreditation_state "
                                                "NOT IN ('rejected', 'withdrawn')"));
        QCOMPARE(outcome.items, listed);
        QVERIFY2(outcome.items / outcome.pages >= 15,
                 qPrintable(QString::number(outcome.items / outcome.pages)));

        const QString text = pdfToText(request.output);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(outcome.pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(outcome.pages)));
        QCOMPARE(text.count(QStringLiteral("International Security Forum 2027")), outcome.pages);

        // Delegations in English alphabetical order of their country.
        const QList<qsizetype> countries =
            positions(text,
                      {QStringLiteral("Algeria"), QStringLiteral("Azerbaijan"), QStringLiteral("Belarus"),
                       QStringLiteral("Brazil"), QStringLiteral("Turkey")});
        QVERIFY2(!countries.contains(-1) && std::is_sorted(countries.begin(), countries.end()),
                 qPrintable(QStringLiteral("%1").arg(countries.size())));

        // In each delegation the head comes first.
        QSqlQuery heads(db->connection());
        QVERIFY(heads.exec(QStringLiteral(
            "SELECT p.family_name, (SELECT MIN(o.family_name) FROM participant o WHERE o.delegation_id = "
            "p.delegation_id AND o.role <> 'head_of_delegation' AND o.accreditation_state NOT IN "
            "('rejected', "
            "'withdrawn')) FROM participant p WHERE p.role = 'head_of_delegation' AND p.accreditation_state "
            "NOT IN "
            "('rejected', 'withdrawn') LIMIT 10")));
        int checked = 0;
        while (heads.next()) {
            if (heads.value(1).isNull())
                continue;
            const qsizetype head = text.indexOf(heads.value(0).toString().toUpper());
            QVERIFY(head >= 0);
            ++checked;
        }
        QVERIFY(checked > 0);
        saveFirstPage(request.output, QStringLiteral("attendees-by-delegation"));
    }

    void printedInPartsOnSeveralThreads()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: reports print on one thread here");
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/whole.pdf");
        const Result<ReportOutcome> whole = writeReport(*db, request);
        QVERIFY(whole.ok());
        // The same list in parts of two pages, joined: the same pages and text, numbered
        // through, the metadata of one document; progress ends at 1 and only grows.
        request.output = db.folder() + QStringLiteral("/parts.pdf");
        request.pagesPerPart = 2;
        QList<double> progress;
        request.progress = [&progress](double done) {
            progress << done;
            return true;
        };
        const Result<ReportOutcome> parts = writeReport(*db, request);
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().describe()));
        QCOMPARE(parts.value().pages, whole.value().pages);
        QVERIFY(parts.value().pages >= 8);
        QCOMPARE(progress.last(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QPdfDocument document;
        QCOMPARE(document.load(request.output), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), whole.value().pages);
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 QStringLiteral("List of participants — International Security Forum 2027"));
        const QRegularExpression generated(QStringLiteral("Generated [^\\n]* by Plenary"));
        QCOMPARE(pdfToText(request.output).remove(generated),
                 pdfToText(db.folder() + QStringLiteral("/whole.pdf")).remove(generated));
        for (int page = 1; page <= document.pageCount(); ++page)
            QVERIFY(pdfToText(request.output, page, page)
                        .contains(QStringLiteral("Page %1 of %2").arg(page).arg(document.pageCount())));

        // Cancelled in the middle: nothing written.
        request.output = db.folder() + QStringLiteral("/cancelled-parts.pdf");
        request.progress = [](double done) { return done < 0.3; };
        QVERIFY(!writeReport(*db, request).ok());
        QVERIFY(!QFile::exists(request.output));
    }

    void headsFirstThenRoleThenName()
    {
        TestDatabase db;
        const qint64 poland = addDelegation(*db, QStringLiteral("PL"), QStringLiteral("Poland"));
        const qint64 austria = addDelegation(*db, QStringLiteral("AT"), QStringLiteral("Austria"));
        const ParticipantStore store(*db);
        for (const Participant &p :
             {approvedPerson(poland, QStringLiteral("Anna"), QStringLiteral("Zielińska"),
                             QStringLiteral("delegate")),
              approvedPerson(poland, QStringLiteral("Piotr"), QStringLiteral("Łukasiewicz"),
                             QStringLiteral("delegate")),
              approvedPerson(poland, QStringLiteral("Jan"), QStringLiteral("Żak"),
                             QStringLiteral("head_of_delegation")),
              approvedPerson(poland, QStringLiteral("Ewa"), QStringLiteral("Adamska"),
                             QStringLiteral("adviser")),
              approvedPerson(austria, QStringLiteral("Jörg"), QStringLiteral("Österreicher"),
                             QStringLiteral("delegate"))})
            QVERIFY(store.insert(p).ok());
        Participant rejected = approvedPerson(poland, QStringLiteral("Rejected"), QStringLiteral("Person"),
                                              QStringLiteral("delegate"));
        rejected.accreditationState = QStringLiteral("rejected");
        QVERIFY(store.insert(rejected).ok());

        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/lop.pdf");
        QVERIFY(writeReport(*db, request).ok());
        QString text = pdfToText(request.output);
        // Austria before Poland; in Poland the head, then delegates by name (Ł after L, before Z), then the
        // adviser.
        QList<qsizetype> at =
            positions(text,
                      {QStringLiteral("Austria"), QStringLiteral("ÖSTERREICHER"), QStringLiteral("Poland"),
                       QStringLiteral("ŻAK"), QStringLiteral("ŁUKASIEWICZ"), QStringLiteral("ZIELIŃSKA"),
                       QStringLiteral("ADAMSKA")});
        QVERIFY2(!at.contains(-1) && std::is_sorted(at.begin(), at.end()), qPrintable(text));
        QVERIFY(!text.contains(u"PERSON"));

        // Alphabetical by family name: collation, not code points (Ö with O, Ł after L, Ż after Z).
        request.order = QStringLiteral("name");
        QVERIFY(writeReport(*db, request).ok());
        text = pdfToText(request.output);
        at = positions(text,
                       {QStringLiteral("ADAMSKA"), QStringLiteral("ŁUKASIEWICZ"),
                        QStringLiteral("ÖSTERREICHER"), QStringLiteral("ZIELIŃSKA"), QStringLiteral("ŻAK")});
        QVERIFY2(!at.contains(-1) && std::is_sorted(at.begin(), at.end()), qPrintable(text));
        QVERIFY(text.contains(u"Alphabetical by family name"));

        // By role: the head's group before the delegates' and the advisers'.
        request.order = QStringLiteral("role");
        QVERIFY(writeReport(*db, request).ok());
        text = pdfToText(request.output);
        at = positions(text,
                       {QStringLiteral("Head of delegation"), QStringLiteral("ŻAK"),
                        QStringLiteral("Delegate"), QStringLiteral("Adviser"), QStringLiteral("ADAMSKA")});
        QVERIFY2(!at.contains(-1) && std::is_sorted(at.begin(), at.end()), qPrintable(text));

        // One delegation only.
        request.order.clear();
        request.delegationId = austria;
        const Result<ReportOutcome> one = writeReport(*db, request);
        QVERIFY(one.ok());
        QCOMPARE(one.value().items, 1);
        QVERIFY(!pdfToText(request.output).contains(u"Poland"));
    }

    void namesInEveryScript()
    {
        TestDatabase db;
        const qint64 forum = addDelegation(*db, QString(), QStringLiteral("Forum Secretariat"));
        const QStringList natives {
            QStringLiteral("Əli Həsənov Şirinoğlu Qılınc"), // Azerbaijani ə ğ ı ş
            QStringLiteral("Nguyễn Thị Phương Thảo"), // Vietnamese
            QStringLiteral("Grzegorz Brzęczyszczykiewicz"), // Polish
            QStringLiteral("Дмитрий Морозов"), // Cyrillic
            QStringLiteral("Γεώργιος Παπαδόπουλος"), // Greek
            QStringLiteral("فيصل كريم حمدان"), // Arabic, shaped right to left
            QStringLiteral("דוד כהן"), // Hebrew
            QStringLiteral("王秀英"), // Chinese
            QStringLiteral("山田はなこ"), // Japanese (kana)
            QStringLiteral("김민준"), // Korean
            QStringLiteral("सुनील कुमार"), // Devanagari (see the README on conjuncts)
        };
        const ParticipantStore store(*db);
        for (qsizetype i = 0; i < natives.size(); ++i)
            QVERIFY(store
                        .insert(approvedPerson(forum, QStringLiteral("Given%1").arg(i),
                                               QStringLiteral("Family%1").arg(i), QStringLiteral("delegate"),
                                               natives[i]))
                        .ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/scripts.pdf");
        QVERIFY(writeReport(*db, request).ok());
        QFile::remove(QStringLiteral(PLENARY_SCREENSHOTS "/reports/scripts.pdf"));
        QFile::copy(request.output, QStringLiteral(PLENARY_SCREENSHOTS "/reports/scripts.pdf"));
        const QString text = pdfToText(request.output);
        const QString compact = QString(text).remove(u' ').remove(u'\n');
        for (const QString &name : natives) {
            // In reading order: a right-to-left name printed unshaped or mirrored would come
            // back reversed.
            QVERIFY2(compact.contains(QString(name).remove(u' ').normalized(QString::NormalizationForm_KC)),
                     qPrintable(name));
        }
        // Each script in a font made for it.
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {request.output});
        QVERIFY(fonts.waitForFinished());
        const QString used = QString::fromUtf8(fonts.readAllStandardOutput());
        for (const char *family :
             {"NotoSans-Regular", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansCJK"})
            QVERIFY2(used.contains(QLatin1StringView(family)), qPrintable(used));
        saveFirstPage(request.output, QStringLiteral("attendees-scripts"));
    }

    void documentsMaskedUnlessAsked()
    {
        TestDatabase db;
        const qint64 poland = addDelegation(*db, QStringLiteral("PL"), QStringLiteral("Poland"));
        Participant p = approvedPerson(poland, QStringLiteral("Anna"), QStringLiteral("Nowak"),
                                       QStringLiteral("delegate"));
        p.documentType = QStringLiteral("passport");
        p.documentNumber = QStringLiteral("EA1234567");
        QVERIFY(ParticipantStore(*db).insert(p).ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/documents.pdf");
        request.columns = {QStringLiteral("name"), QStringLiteral("document")};
        QVERIFY(writeReport(*db, request).ok());
        QString text = pdfToText(request.output);
        QVERIFY(text.contains(u"NOWAK"));
        QVERIFY2(!text.contains(u"EA1234567") && text.contains(u"567"), qPrintable(text));
        request.includeDocuments = true;
        QVERIFY(writeReport(*db, request).ok());
        text = pdfToText(request.output);
        QVERIFY(text.contains(u"EA1234567"));
        QVERIFY(text.contains(u"identity documents shown"));
    }

    void cancelAndBadRequestsWriteNothing()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/cancelled.pdf");
        int calls = 0;
        request.progress = [&calls](double) { return ++calls < 3; };
        Result<ReportOutcome> written = writeReport(*db, request);
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(u"cancelled"));
        QVERIFY(!QFile::exists(request.output));

        // A report that fails leaves an earlier file as it was.
        QFile earlier(request.output);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
        earlier.close();
        calls = 0;
        QVERIFY(!writeReport(*db, request).ok());
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("earlier"));
        earlier.close();

        request.progress = {};
        request.columns = {QStringLiteral("shoe size")};
        written = writeReport(*db, request);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().field, QStringLiteral("columns"));
        request.columns.clear();
        request.order = QStringLiteral("height");
        written = writeReport(*db, request);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().field, QStringLiteral("order"));
        request.order.clear();
        request.kind = QStringLiteral("horoscope");
        QVERIFY(!writeReport(*db, request).ok());
    }

    void pdfAForArchiving()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        ReportRequest request;
        request.kind = QStringLiteral("attendees");
        request.output = db.folder() + QStringLiteral("/archive.pdf");
        request.pdfA = true;
        QVERIFY(writeReport(*db, request).ok());
        QFile file(request.output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        // PDF/A-1b: XMP metadata naming the part and conformance, and an output intent.
        QVERIFY(pdf.contains("pdfaid:part") || pdf.contains("<pdfaid:part>1</pdfaid:part>"));
        QVERIFY(pdf.contains("/OutputIntents"));
    }

    void widthGaugeAgreesWithShaping()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        const QFont font = ReportFonts::listFont(8, QFont::DemiBold);
        ReportText::WidthGauge gauge(font, &writer);
        const QStringList texts {QStringLiteral("Lieutenant General Faisal Karim HAMDAN"),
                                 QStringLiteral("AVAWAY Tokyo \"quoted\" fi ffl"),
                                 QStringLiteral("Nguyễn Thị Phương Thảo"),
                                 QStringLiteral("Дмитрий Морозов"),
                                 QStringLiteral("فيصل كريم حمدان"),
                                 QStringLiteral("王秀英 山田はなこ")};
        for (const QString &text : texts) {
            // Measured as it prints: Arabic shaped, in its own font.
            const QFontMetricsF metrics(ReportFonts::forText(font, text), &writer);
            const double exact = metrics.horizontalAdvance(text);
            for (double width = exact * 0.5; width <= exact * 1.5; width += exact / 40) {
                QCOMPARE(gauge.fits(text, width), exact <= width);
                QCOMPARE(gauge.fitted(text, width),
                         exact <= width ? text : metrics.elidedText(text, Qt::ElideRight, width));
            }
        }
    }

    void glyphPenPrintsWhatShapingPrints()
    {
        // Each text twice, by the glyph pen and by the shaping path, then read back with the
        // boxes of its words: same words, same extent (the pen's advances are rounded to an
        // eighth of a point, so a long line may drift by a fraction of a point).
        TestDatabase db;
        const QString file = db.folder() + QStringLiteral("/pen.pdf");
        const QStringList texts {QStringLiteral("Lieutenant General Faisal Karim HAMDAN"),
                                 QStringLiteral("Łukasz WRÓBEL, Ağa Şəhriyar İsmayılov"),
                                 QStringLiteral("Дмитрий Морозов"),
                                 QStringLiteral("Γεώργιος Δημητρίου"),
                                 QStringLiteral("Nguyễn Thị Phương Thảo"),
                                 QStringLiteral("فيصل كريم حمدان"),
                                 QStringLiteral("王秀英 山田はなこ")};
        {
            QPdfWriter writer(file);
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF());
            QPainter painter(&writer);
            const QFont font = ReportFonts::listFont(9);
            ReportText::GlyphPen pen(font, &writer);
            double y = 40;
            for (const QString &text : texts) {
                pen.draw(painter, QPointF(40, y), text);
                painter.setFont(font);
                ReportText::drawFitted(painter, QPointF(300, y), text);
                y += 30;
            }
        }
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString boxes = QString::fromUtf8(pdftotext.readAllStandardOutput());
        static const QRegularExpression word(QStringLiteral(
            R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re"));
        struct Extent
        {
            double left = 1e9;
            double right = 0;
            QStringList words;
        };
        QMap<std::pair<int, bool>, Extent> lines; // (line, drawn by the pen)
        for (const QRegularExpressionMatch &m : word.globalMatch(boxes)) {
            const bool byPen = m.captured(1).toDouble() < 290;
            Extent &extent = lines[{qRound((m.captured(2).toDouble() - 25) / 30), byPen}];
            extent.left = std::min(extent.left, m.captured(1).toDouble() - (byPen ? 40 : 300));
            extent.right = std::max(extent.right, m.captured(3).toDouble() - (byPen ? 40 : 300));
            extent.words << m.captured(4);
        }
        for (int line = 0; line < texts.size(); ++line) {
            const Extent pen = lines.value({line, true});
            const Extent shaped = lines.value({line, false});
            QVERIFY2(!pen.words.isEmpty(), qPrintable(texts[line]));
            QCOMPARE(pen.words, shaped.words);
            QVERIFY2(std::abs(pen.left - shaped.left) < 0.3 && std::abs(pen.right - shaped.right) < 1.0,
                     qPrintable(QStringLiteral("%1: %2–%3 against %4–%5")
                                    .arg(texts[line])
                                    .arg(pen.left)
                                    .arg(pen.right)
                                    .arg(shaped.left)
                                    .arg(shaped.right)));
        }
    }

    void commandLine()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const QString output = db.folder() + QStringLiteral("/cli.pdf");
        db.close();
        QProcess plenary;
        plenary.start(QStringLiteral(PLENARY_BINARY),
                      {QStringLiteral("--database"), db.path(), QStringLiteral("report"),
                       QStringLiteral("attendees"), QStringLiteral("--output"), output,
                       QStringLiteral("--order"), QStringLiteral("name")});
        QVERIFY(plenary.waitForFinished(120000));
        QCOMPARE(plenary.exitCode(), 0);
        QVERIFY(QString::fromUtf8(plenary.readAllStandardOutput()).contains(u"participants"));
        QVERIFY(pdfToText(output, 1, 1).contains(u"Alphabetical by family name"));

        plenary.start(QStringLiteral(PLENARY_BINARY), {QStringLiteral("report"), QStringLiteral("--help")});
        QVERIFY(plenary.waitForFinished());
        QCOMPARE(plenary.exitCode(), 0);
        const QString help = QString::fromUtf8(plenary.readAllStandardOutput());
        for (const char *kind :
             {"programme", "attendees", "delegations", "badges", "tent-cards", "speakers", "minutes"})
            QVERIFY2(help.contains(QLatin1StringView(kind)), kind);

        plenary.start(
            QStringLiteral(PLENARY_BINARY),
            {QStringLiteral("--database"), db.path(), QStringLiteral("report"), QStringLiteral("attendees")});
        QVERIFY(plenary.waitForFinished());
        QCOMPARE(plenary.exitCode(), 2); // no --output
        plenary.start(QStringLiteral(PLENARY_BINARY),
                      {QStringLiteral("--database"), db.path(), QStringLiteral("report"),
                       QStringLiteral("horoscope"), QStringLiteral("-o"), output});
        QVERIFY(plenary.waitForFinished());
        QCOMPARE(plenary.exitCode(), 2);
        QVERIFY(QString::fromUtf8(plenary.readAllStandardError()).contains(u"tent-cards"));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
