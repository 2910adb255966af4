// SPDX-License-Identifier: MIT
// Badges and name cards read back from real PDFs: every QR code decoded (ZXing) and matched
// with the text printed on the same card, only approved people, the protocol order, names in
// every script, photos and placeholders, sheets of 10 and 4, people left out with a note, bad
// requests writing nothing; name cards in the seating order from the stored draw, reused and
// redrawn; the command line.
#include "checkinstore.h"
#include "countries.h"
#include "delegationstore.h"
#include "demogenerator.h"
#include "participantstore.h"
#include "photostore.h"
#include "qrcode.h"
#include "reports.h"
#include "reportsupport.h"
#include "seatingstore.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

// ZXing 1.4: text() as UTF-8 (std::string), the form later releases settle on.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>
#include <cmath>

using namespace Plenary;
using Plenary::TestSupport::addDelegation;
using Plenary::TestSupport::approvedPerson;

namespace {

/// Compatibility form without spaces or direction marks: what is compared between a PDF's text
/// and the database (pdftotext gives Arabic as presentation forms and may break lines anywhere).
QString squeezed(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(QStringLiteral("[\\s\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    return out;
}

/// The text of one page (or all when `page` is 0) through pdftotext.
QString pageText(const QString &file, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << file << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// A positioned word of `pdftotext -bbox`, in points from the page's top left.
struct Word
{
    int page = 0;
    QPointF centre;
    QString text;
};

QList<Word> words(const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                   QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression tag(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> found;
    int page = 0;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
        if (m.captured(0).startsWith(u"<page")) {
            ++page;
            continue;
        }
        QString text = m.captured(5);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        found.append({page,
                      QPointF((m.captured(1).toDouble() + m.captured(3).toDouble()) / 2,
                              (m.captured(2).toDouble() + m.captured(4).toDouble()) / 2),
                      text});
    }
    return found;
}

/// The sheet geometry the report prints on (millimetres): cards of `size` in `columns` ×
/// `rows`, centred on A4 portrait.
struct Sheet
{
    QSizeF card;
    int columns;
    int rows;

    [[nodiscard]] QRectF cardRect(int slot) const
    {
        const QPointF origin((210 - card.width() * columns) / 2, (297 - card.height() * rows) / 2);
        return {origin.x() + card.width() * (slot % columns), origin.y() + card.height() * (slot / columns),
                card.width(), card.height()};
    }
    [[nodiscard]] int perSheet() const { return columns * rows; }
};

const Sheet kCards {{85.60, 53.98}, 2, 5};
const Sheet kA6 {{105, 148}, 2, 2};

QRectF scaled(const QRectF &mm, double factor)
{
    return {mm.x() * factor, mm.y() * factor, mm.width() * factor, mm.height() * factor};
}

/// A page rendered on white at `dpi` (QPdfDocument::render leaves the background transparent).
QImage renderPage(QPdfDocument &document, int page, double dpi)
{
    const QSize size = (document.pagePointSize(page) * dpi / 72.0).toSize();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, document.render(page, size));
    painter.end();
    return image;
}

/// The QR code found in `image`, empty when there is none.
QString decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    const ZXing::Result result =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

/// One printed badge as read back: the QR code's payload and the words on the card.
struct ReadBadge
{
    QString payload;
    QString text; ///< squeezed
};

/// Every badge of `file`, in print order (sheet by sheet, left to right, top to bottom), up to
/// `maxSheets` sheets (0 = all); empty cards end the list.
QList<ReadBadge> readBadges(const QString &file, const Sheet &sheet, int maxSheets = 0)
{
    QPdfDocument document;
    if (document.load(file) != QPdfDocument::Error::None)
        return {};
    const QList<Word> all = words(file);
    constexpr double Dpi = 200;
    QList<ReadBadge> badges;
    const int sheets = maxSheets > 0 ? std::min(maxSheets, document.pageCount()) : document.pageCount();
    for (int page = 0; page < sheets; ++page) {
        const QImage image = renderPage(document, page, Dpi);
        for (int slot = 0; slot < sheet.perSheet(); ++slot) {
            const QRectF card = sheet.cardRect(slot);
            ReadBadge badge;
            badge.payload = decodeQr(image.copy(scaled(card, Dpi / 25.4).toAlignedRect()));
            const QRectF points = scaled(card, 72 / 25.4);
            for (const Word &word : all) {
                if (word.page == page + 1 && points.contains(word.centre))
                    badge.text += word.text;
            }
            badge.text = squeezed(badge.text);
            if (badge.payload.isEmpty() && badge.text.isEmpty())
                return badges;
            badges.append(badge);
        }
    }
    return badges;
}

/// The first page rendered where people look at the reports.
void saveFirstPage(const QString &file, const QString &name)
{
    QPdfDocument document;
    QCOMPARE(document.load(file), QPdfDocument::Error::None);
    QDir().mkpath(QStringLiteral(PLENARY_SCREENSHOTS "/reports"));
    QVERIFY(
        renderPage(document, 0, 110).save(QStringLiteral(PLENARY_SCREENSHOTS "/reports/%1.png").arg(name)));
}

/// What the database says of the holder of badge `number`.
struct Holder
{
    qint64 id = 0;
    QString family;
    QString state;
    QString role;
    qint64 delegation = 0;
    QString delegationName;
    QString country;
};

QHash<QString, Holder> holdersByNumber(const Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(
        QStringLiteral("SELECT p.badge_number, p.id, p.family_name, p.accreditation_state, p.role, "
                       "coalesce(p.delegation_id, 0), coalesce(d.name, ''), coalesce(d.country_code, '') "
                       "FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id "
                       "WHERE p.badge_number IS NOT NULL"));
    QHash<QString, Holder> holders;
    while (query.next())
        holders.insert(query.value(0).toString(),
                       {query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toString(),
                        query.value(7).toString()});
    return holders;
}

const QString kApproved = QStringLiteral("('approved', 'badge_printed', 'checked_in')");

Participant person(qint64 delegation, const QString &given, const QString &family, const QString &role,
                   const QString &number, const QString &native = {})
{
    Participant p = approvedPerson(delegation, given, family, role, native);
    p.honorific = QStringLiteral("Dr.");
    p.badgeNumber = number;
    return p;
}

Result<ReportOutcome> write(const Database &db, const QString &kind, const QString &output,
                            const std::function<void(ReportRequest &)> &adjust = {})
{
    ReportRequest request;
    request.kind = kind;
    request.output = output;
    if (adjust)
        adjust(request);
    return writeReport(db, request);
}

/// The English name a delegation's card is ordered by.
QString orderName(const Delegation &d)
{
    return d.countryCode.isEmpty() ? d.name : Countries::name(d.countryCode);
}

} // namespace

class TestBadges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void qrCodeIsMergedRunsWithAQuietZone()
    {
        const QRectF square(0, 0, 290, 290);
        const QString payload = BadgeCode::payload(QStringLiteral("000272"));
        const QPainterPath path = QrCode::path(payload, square);
        QVERIFY(!path.isEmpty());
        // 21 modules + 2 × 4 of quiet zone = 29 modules of 10 units: the symbol inside 40..250.
        const QRectF bounds = path.boundingRect();
        QVERIFY2(bounds.left() >= 39.9 && bounds.top() >= 39.9 && bounds.right() <= 250.1
                     && bounds.bottom() <= 250.1,
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(bounds.left())
                                .arg(bounds.top())
                                .arg(bounds.right())
                                .arg(bounds.bottom())));
        // Runs, not modules: a version 1 symbol has about 220 dark modules but far fewer runs,
        // and runs repeated in the next rows are one rectangle.
        const QList<QRectF> rectangles = QrCode::rects(payload, square);
        QCOMPARE(path.elementCount(), rectangles.size() * 5);
        QVERIFY2(rectangles.size() > 21 && rectangles.size() < 120,
                 qPrintable(QString::number(rectangles.size())));
        double area = 0;
        for (const QRectF &r : rectangles)
            area += r.width() * r.height();
        // Every dark module once: no rectangle overlaps another.
        QVERIFY(std::fmod(area, 100.0) < 1e-6 || std::fmod(area, 100.0) > 100 - 1e-6);
        QImage drawn(290, 290, QImage::Format_RGB32);
        drawn.fill(Qt::white);
        QPainter rectPainter(&drawn);
        rectPainter.setPen(Qt::NoPen);
        rectPainter.setBrush(Qt::black);
        rectPainter.drawRects(rectangles);
        rectPainter.end();
        QCOMPARE(decodeQr(drawn), payload);
        QImage image(290, 290, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.fillPath(path, Qt::black);
        painter.end();
        QCOMPARE(decodeQr(image), payload);
    }

    void forumBadges()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const QString output = db.folder() + QStringLiteral("/badges.pdf");
        const Result<ReportOutcome> written = write(*db, QStringLiteral("badges"), output);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        const int approved =
            count(*db,
                  QStringLiteral("SELECT COUNT(*) FROM participant WHERE accreditation_state "
                                 "IN %1 AND badge_number IS NOT NULL")
                      .arg(kApproved));
        QVERIFY(approved > 100);
        QCOMPARE(written.value().items, approved);
        QCOMPARE(written.value().pages, (approved + 9) / 10);
        QVERIFY(written.value().notes.isEmpty());
        QPdfDocument document;
        QCOMPARE(document.load(output), QPdfDocument::Error::None);
        QCOMPARE(document.pageCount(), (approved + 9) / 10);
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 QStringLiteral("Badges — International Security Forum 2027"));
        QCOMPARE(document.pagePointSize(0).toSize(), QSize(595, 842));

        saveFirstPage(output, QStringLiteral("badges-card"));

        // Every card: its QR code holds the badge number of the person whose name it prints,
        // and every approved person has exactly one card.
        const QList<ReadBadge> badges = readBadges(output, kCards);
        QCOMPARE(badges.size(), approved);
        const QHash<QString, Holder> holders = holdersByNumber(*db);
        QSet<QString> seen;
        QList<Holder> printed;
        for (const ReadBadge &badge : badges) {
            QVERIFY2(badge.payload.startsWith(BadgeCode::Prefix), qPrintable(badge.text));
            const QString number = BadgeCode::parse(badge.payload).value_or(QString());
            QVERIFY2(holders.contains(number), qPrintable(badge.payload));
            const Holder &holder = holders[number];
            QVERIFY2(badge.text.contains(squeezed(holder.family.toUpper())),
                     qPrintable(badge.text + u" / " + holder.family));
            QVERIFY(badge.text.contains(squeezed(number)));
            QVERIFY2(QStringList({QStringLiteral("approved"), QStringLiteral("badge_printed"),
                                  QStringLiteral("checked_in")})
                         .contains(holder.state),
                     qPrintable(holder.state));
            QVERIFY(!seen.contains(number));
            seen.insert(number);
            printed << holder;
        }

        // Protocol order: delegations by the English name of their country (organisations
        // after, people of none last), each together, its head first, then by role.
        QCollator collator {QLocale(QLocale::English)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setIgnorePunctuation(true);
        const auto groupOf = [](const Holder &h) {
            const int rank = h.delegation == 0 ? 2 : h.country.isEmpty() ? 1 : 0;
            return std::pair(rank,
                             rank == 0 ? QString(Countries::name(h.country) + u'\x01' + h.delegationName)
                                       : h.delegationName);
        };
        QSet<qint64> finished;
        for (qsizetype i = 1; i < printed.size(); ++i) {
            const Holder &a = printed[i - 1];
            const Holder &b = printed[i];
            if (a.delegation == b.delegation) {
                QVERIFY(Vocabulary::rank(Vocabulary::roles(), a.role)
                        <= Vocabulary::rank(Vocabulary::roles(), b.role));
                continue;
            }
            finished.insert(a.delegation);
            QVERIFY2(!finished.contains(b.delegation),
                     qPrintable(b.delegationName + u" printed in two places"));
            const auto ga = groupOf(a);
            const auto gb = groupOf(b);
            QVERIFY2(ga.first < gb.first
                         || (ga.first == gb.first && collator.compare(ga.second, gb.second) < 0),
                     qPrintable(a.delegationName + u" before " + b.delegationName));
        }
        QCOMPARE(printed.first().role, QStringLiteral("head_of_delegation"));

        // Not approved: absent, by name too.
        const QString all = squeezed(pageText(output));
        QStringList printedFamilies;
        for (const Holder &h : std::as_const(printed))
            printedFamilies << squeezed(h.family.toUpper());
        QSqlQuery others(db->connection());
        QVERIFY(others.exec(
            QStringLiteral("SELECT family_name FROM participant WHERE accreditation_state NOT IN %1")
                .arg(kApproved)));
        int absent = 0;
        while (others.next()) {
            const QString family = squeezed(others.value(0).toString().toUpper());
            // Only names that are not part of a printed one ("ALIYEV" is in "ALIYEVA").
            if (std::any_of(printedFamilies.cbegin(), printedFamilies.cend(),
                            [&](const QString &p) { return p.contains(family); }))
                continue;
            QVERIFY2(!all.contains(family), qPrintable(family));
            ++absent;
        }
        QVERIFY2(absent > 5, qPrintable(QString::number(absent)));

        // Names in their own scripts: Cyrillic, Arabic, Han and Hangul, Devanagari, Hebrew.
        QSqlQuery natives(db->connection());
        QVERIFY(natives.exec(
            QStringLiteral(
                "SELECT native_name FROM participant WHERE native_name <> '' AND accreditation_state IN %1")
                .arg(kApproved)));
        QHash<QString, int> scripts;
        while (natives.next()) {
            const QString native = natives.value(0).toString();
            const char16_t first = native.at(0).unicode();
            const QString script = first >= 0x0400 && first < 0x0530 ? QStringLiteral("Cyrillic")
                : first >= 0x0600 && first < 0x0700                  ? QStringLiteral("Arabic")
                : first >= 0x0590 && first < 0x0600                  ? QStringLiteral("Hebrew")
                : first >= 0x0900 && first < 0x0980                  ? QStringLiteral("Devanagari")
                : first >= 0x3000                                    ? QStringLiteral("CJK")
                                                                     : QString();
            // Devanagari prints (Noto Sans Devanagari) but does not come back from the text
            // layer: its vowel signs are reordered by shaping.
            if (script.isEmpty() || script == u"Devanagari")
                continue;
            // pdftotext may give a right-to-left name's words in either order: each word must be there.
            for (const QString &part : native.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(all.contains(squeezed(part)), qPrintable(script + u": " + native));
            ++scripts[script];
        }
        for (const char *script : {"Cyrillic", "Arabic", "CJK"})
            QVERIFY2(scripts.value(QString::fromLatin1(script)) > 0, script);
    }

    void a6ForOneDelegation()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        // The delegation with the most approved people.
        QSqlQuery largest(db->connection());
        QVERIFY(
            largest.exec(QStringLiteral("SELECT delegation_id, COUNT(*) FROM participant WHERE "
                                        "accreditation_state IN %1 AND delegation_id IS NOT NULL GROUP BY "
                                        "delegation_id ORDER BY 2 DESC LIMIT 1")
                             .arg(kApproved)));
        QVERIFY(largest.next());
        const qint64 delegation = largest.value(0).toLongLong();
        const int members = largest.value(1).toInt();
        largest.finish();
        const QString output = db.folder() + QStringLiteral("/a6.pdf");
        const Result<ReportOutcome> written =
            write(*db, QStringLiteral("badges"), output, [&](ReportRequest &r) {
                r.cardSize = QStringLiteral("a6");
                r.delegationId = delegation;
            });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        QCOMPARE(written.value().items, members);
        QCOMPARE(written.value().pages, (members + 3) / 4);
        const QHash<QString, Holder> holders = holdersByNumber(*db);
        const QList<ReadBadge> badges = readBadges(output, kA6);
        QCOMPARE(badges.size(), members);
        for (const ReadBadge &badge : badges) {
            const Holder holder = holders.value(BadgeCode::parse(badge.payload).value_or(QString()));
            QCOMPARE(holder.delegation, delegation);
            QVERIFY(badge.text.contains(squeezed(holder.family.toUpper())));
        }
        QCOMPARE(holders.value(BadgeCode::parse(badges.first().payload).value_or(QString())).role,
                 QStringLiteral("head_of_delegation"));
        saveFirstPage(output, QStringLiteral("badges-a6"));
    }

    void selectionPhotosAndPeopleLeftOut()
    {
        TestDatabase db;
        const qint64 japan = addDelegation(*db, QStringLiteral("JP"), QStringLiteral("Japan"));
        const ParticipantStore store(*db);
        std::vector<qint64> ids;
        for (Participant p :
             {person(japan, QStringLiteral("Aiko"), QStringLiteral("Yamada"), QStringLiteral("delegate"),
                     QStringLiteral("000002"), QStringLiteral("山田 愛子")),
              person(japan, QStringLiteral("Kenji"), QStringLiteral("Sato"),
                     QStringLiteral("head_of_delegation"), QStringLiteral("000001"),
                     QStringLiteral("佐藤 健二")),
              person(japan, QStringLiteral("Hana"), QStringLiteral("Abe"), QStringLiteral("adviser"),
                     QStringLiteral("000003")),
              person(japan, QStringLiteral("Nominated"), QStringLiteral("Notyet"), QStringLiteral("delegate"),
                     {}),
              person(japan, QStringLiteral("Numberless"), QStringLiteral("Nonumber"),
                     QStringLiteral("delegate"), {})}) {
            if (p.familyName == u"Notyet")
                p.accreditationState = QStringLiteral("nominated");
            Result<qint64> id = store.insert(p);
            QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().describe()));
            ids.push_back(id.value());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM participant WHERE badge_number = '000002'")),
                 1);
        // A red photo for the head; the others get the placeholder.
        QImage red(350, 450, QImage::Format_RGB32);
        red.fill(QColor(220, 20, 20));
        QVERIFY(PhotoStore(*db).set(ids[1], PhotoStore::fromImage(red).value()).ok());

        const QString output = db.folder() + QStringLiteral("/selection.pdf");
        const Result<ReportOutcome> written =
            write(*db, QStringLiteral("badges"), output, [&](ReportRequest &r) {
                r.participantIds = QList<qint64>(ids.begin(), ids.end()) << 999999;
            });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        QCOMPARE(written.value().items, 3);
        QCOMPARE(written.value().pages, 1);
        const QString notes = written.value().notes.join(u'\n');
        QVERIFY2(notes.contains(u"1 approved person without a badge number left out"), qPrintable(notes));
        QVERIFY2(notes.contains(u"2 of the selected people left out: not approved (1) or not found (1)"),
                 qPrintable(notes));

        // Head first, then by role: Sato (head), Yamada (delegate), Abe (adviser).
        const QList<ReadBadge> badges = readBadges(output, kCards);
        QCOMPARE(badges.size(), 3);
        QCOMPARE(badges[0].payload, BadgeCode::payload(QStringLiteral("000001")));
        QCOMPARE(badges[1].payload, BadgeCode::payload(QStringLiteral("000002")));
        QCOMPARE(badges[2].payload, BadgeCode::payload(QStringLiteral("000003")));
        QVERIFY(badges[0].text.contains(u"SATO") && badges[0].text.contains(u"Kenji"));
        QVERIFY(badges[0].text.contains(squeezed(QStringLiteral("佐藤 健二"))));
        QVERIFY(badges[1].text.contains(squeezed(QStringLiteral("山田 愛子"))));
        QVERIFY(badges[0].text.contains(u"HEADOFDELEGATION"));
        QVERIFY(badges[2].text.contains(u"ADVISER"));
        const QString all = squeezed(pageText(output));
        QVERIFY(!all.contains(u"NOTYET") && !all.contains(u"NONUMBER"));

        // The photo printed where it belongs; a placeholder (pale, grey-blue) elsewhere.
        QPdfDocument document;
        QCOMPARE(document.load(output), QPdfDocument::Error::None);
        const QImage page = renderPage(document, 0, 100);
        const auto photoCentre = [&](int slot) {
            const QRectF card = kCards.cardRect(slot);
            const QPointF mm = card.topLeft() + QPointF(3.5 + 19.5 / 2, 10.5 + 25.07 / 2 + 3);
            return page.pixelColor((mm * 100 / 25.4).toPoint());
        };
        const QColor photo = photoCentre(0);
        QVERIFY2(photo.red() > 180 && photo.green() < 80 && photo.blue() < 80, qPrintable(photo.name()));
        for (int slot : {1, 2}) {
            const QColor placeholder = photoCentre(slot);
            QVERIFY2(std::abs(placeholder.red() - placeholder.green()) < 30 && placeholder.blue() > 180,
                     qPrintable(placeholder.name()));
        }
    }

    void badRequestsWriteNothing()
    {
        TestDatabase db;
        const QString output = db.folder() + QStringLiteral("/bad.pdf");
        Result<ReportOutcome> written = write(*db, QStringLiteral("badges"), output, [](ReportRequest &r) {
            r.cardSize = QStringLiteral("business");
        });
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"unknown card size \"business\" (card or a6)"),
                 qPrintable(written.error().message));
        QCOMPARE(written.error().field, QStringLiteral("cardSize"));
        QVERIFY(!QFile::exists(output));
        // Nobody approved: a clear error and no empty PDF.
        const qint64 chile = addDelegation(*db, QStringLiteral("CL"), QStringLiteral("Chile"));
        Participant p =
            person(chile, QStringLiteral("Ana"), QStringLiteral("Rojas"), QStringLiteral("delegate"), {});
        p.accreditationState = QStringLiteral("documents_complete");
        QVERIFY(ParticipantStore(*db).insert(p).ok());
        written = write(*db, QStringLiteral("badges"), output);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(u"nobody to print"), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(output));
        // Name cards of a delegation that does not exist.
        written =
            write(*db, QStringLiteral("tent-cards"), output, [](ReportRequest &r) { r.delegationId = 4242; });
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(output));
        // Cancelled on the first sheet: no file.
        QVERIFY(ParticipantStore(*db)
                    .insert(person(chile, QStringLiteral("Luis"), QStringLiteral("Soto"),
                                   QStringLiteral("delegate"), QStringLiteral("000009")))
                    .ok());
        written = write(*db, QStringLiteral("badges"), output,
                        [](ReportRequest &r) { r.progress = [](double) { return false; }; });
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(output));
    }

    void tentCardsInSeatingOrder()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const SeatingStore seating(*db);
        QVERIFY(!seating.current().value());

        // The expected order for a start country: countries by English name from it, wrapping
        // round, then organisations by name.
        QList<Delegation> delegations;
        for (const DelegationSummary &s : DelegationStore(*db).list().value()) {
            if (s.delegation.status != u"withdrawn")
                delegations << s.delegation;
        }
        QCollator collator {QLocale(QLocale::English)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setIgnorePunctuation(true);
        const auto expected = [&](const QString &startCode) {
            QList<Delegation> sorted = delegations;
            const QString start = Countries::name(startCode);
            std::sort(sorted.begin(), sorted.end(), [&](const Delegation &a, const Delegation &b) {
                const auto rank = [&](const Delegation &d) {
                    return d.countryCode.isEmpty() ? 2 : collator.compare(orderName(d), start) < 0 ? 1 : 0;
                };
                if (rank(a) != rank(b))
                    return rank(a) < rank(b);
                return collator.compare(orderName(a), orderName(b)) < 0;
            });
            QStringList names;
            for (const Delegation &d : sorted)
                names << d.name;
            return names;
        };
        const auto printedNames = [&](const QString &file, int pages) {
            QStringList texts;
            for (int page = 1; page <= pages; ++page)
                texts << squeezed(pageText(file, page));
            return texts;
        };
        const auto matches = [&](const QStringList &texts, const QStringList &names) {
            if (texts.size() != names.size())
                return QStringLiteral("%1 pages for %2 delegations").arg(texts.size()).arg(names.size());
            for (qsizetype i = 0; i < names.size(); ++i) {
                // Both faces carry the name (the upper one turned round).
                if (texts[i].count(squeezed(names[i])) < 2)
                    return QStringLiteral("card %1 should be %2: %3").arg(i + 1).arg(names[i], texts[i]);
            }
            return QString();
        };

        const QString first = db.folder() + QStringLiteral("/cards.pdf");
        Result<ReportOutcome> written = write(*db, QStringLiteral("tent-cards"), first);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        QCOMPARE(written.value().items, delegations.size());
        QCOMPARE(written.value().pages, delegations.size());
        // The draw is stored, by lot, and named in the outcome.
        const std::optional<SeatingDraw> draw = seating.current().value();
        QVERIFY(draw);
        QVERIFY(draw->byLot);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM seating_draw")), 1);
        const QString start = Countries::name(draw->countryCode);
        QVERIFY2(written.value().notes.join(u' ').contains(
                     QStringLiteral("Seating order from %1, drawn by lot").arg(start)),
                 qPrintable(written.value().notes.join(u' ')));
        const QStringList order = expected(draw->countryCode);
        QCOMPARE(order.first(),
                 delegations[std::distance(delegations.cbegin(),
                                           std::find_if(delegations.cbegin(), delegations.cend(),
                                                        [&](const Delegation &d) {
                                                            return d.countryCode == draw->countryCode;
                                                        }))]
                     .name);
        QString mismatch = matches(printedNames(first, int(order.size())), order);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QPdfDocument document;
        QCOMPARE(document.load(first), QPdfDocument::Error::None);
        QCOMPARE(document.pagePointSize(0).toSize(), QSize(842, 595));
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
                 QStringLiteral("Name cards — International Security Forum 2027"));
        saveFirstPage(first, QStringLiteral("tent-card"));

        // A second report reuses the draw.
        const QString second = db.folder() + QStringLiteral("/cards2.pdf");
        QVERIFY(write(*db, QStringLiteral("tent-cards"), second).ok());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM seating_draw")), 1);
        QCOMPARE(seating.current().value()->id, draw->id);
        QCOMPARE(squeezed(pageText(second, 1)), squeezed(pageText(first, 1)));

        // A deliberate new start (a lot drawn in the room): the order follows, the old draw stays on record.
        const QString other = draw->countryCode == u"AZ" ? QStringLiteral("BR") : QStringLiteral("AZ");
        QVERIFY(seating.choose(other, QStringLiteral("Protocol officer")).ok());
        QVERIFY(!seating.choose(QStringLiteral("XX"), QStringLiteral("Protocol officer")).ok());
        const QString third = db.folder() + QStringLiteral("/cards3.pdf");
        written = write(*db, QStringLiteral("tent-cards"), third);
        QVERIFY(written.ok());
        QVERIFY(written.value().notes.join(u' ').contains(
            QStringLiteral("Seating order from %1, chosen").arg(Countries::name(other))));
        mismatch = matches(printedNames(third, int(order.size())), expected(other));
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(seating.history().value().size(), 2);
        // And a redraw by lot adds a third.
        QVERIFY(seating.redraw(QStringLiteral("Protocol officer")).value().byLot);
        QCOMPARE(seating.history().value().size(), 3);

        // One delegation's card alone, without touching the draw.
        const QString single = db.folder() + QStringLiteral("/one.pdf");
        written = write(*db, QStringLiteral("tent-cards"), single,
                        [&](ReportRequest &r) { r.delegationId = delegations.first().id; });
        QVERIFY(written.ok());
        QCOMPARE(written.value().pages, 1);
        QCOMPARE(seating.history().value().size(), 3);
    }

    void commandLine()
    {
        if (!QFile::exists(QStringLiteral(PLENARY_BINARY)))
            QSKIP("SKIPPED: the plenary binary is not built (build the plenary target to run this case)");
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const QString path = db.path();
        db.close();
        for (const QString &kind : {QStringLiteral("badges"), QStringLiteral("tent-cards")}) {
            QProcess plenary;
            const QString output = QFileInfo(path).dir().filePath(kind + QStringLiteral(".pdf"));
            QStringList arguments {QStringLiteral("--database"), path,  QStringLiteral("report"), kind,
                                   QStringLiteral("--output"),   output};
            if (kind == u"badges")
                arguments << QStringLiteral("--card-size") << QStringLiteral("a6");
            plenary.start(QStringLiteral(PLENARY_BINARY), arguments);
            QVERIFY(plenary.waitForFinished(120000));
            const QString said = QString::fromUtf8(plenary.readAllStandardOutput());
            QVERIFY2(plenary.exitCode() == 0,
                     qPrintable(said + QString::fromUtf8(plenary.readAllStandardError())));
            QVERIFY2(said.startsWith(QStringLiteral("Wrote ") + output), qPrintable(said));
            QVERIFY(QFile::exists(output));
            if (kind == u"tent-cards")
                QVERIFY2(said.contains(u"Seating order from"), qPrintable(said));
        }
        QProcess plenary;
        plenary.start(QStringLiteral(PLENARY_BINARY),
                      {QStringLiteral("--database"), path, QStringLiteral("report"), QStringLiteral("badges"),
                       QStringLiteral("--output"), QFileInfo(path).dir().filePath(QStringLiteral("x.pdf")),
                       QStringLiteral("--card-size"), QStringLiteral("letter")});
        QVERIFY(plenary.waitForFinished(60000));
        QCOMPARE(plenary.exitCode(), 1);
        QVERIFY(QString::fromUtf8(plenary.readAllStandardError()).contains(u"unknown card size"));
        QVERIFY(!QFile::exists(QFileInfo(path).dir().filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_MAIN(TestBadges)
#include "tst_badges.moc"
