// SPDX-License-Identifier: MIT
#include "badgesreport.h"

#include "checkinstore.h"
#include "countries.h"
#include "participantstore.h"
#include "pdfreport.h"
#include "photostore.h"
#include "qrcode.h"
#include "reportfonts.h"
#include "vocabulary.h"

#include <QBuffer>
#include <QCollator>
#include <QImage>
#include <QImageReader>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <future>
#include <malloc.h>
#include <mutex>

namespace Plenary {

namespace {

/// One badge's text, read once for the whole run (the photo is read when its sheet prints).
struct Badge
{
    qint64 id = 0;
    QString honorific;
    QString given;
    QString family;
    QString native;
    QString role;
    QString delegation; ///< the delegation's name, or the person's organisation without one
    QString country; ///< the delegation's country when its name does not say it already
    QString number;
    int groupRank = 0; ///< countries, organisations, no delegation
    QCollatorSortKey groupKey;
    int roleRank = 0;
    QCollatorSortKey familyKey;
    QCollatorSortKey givenKey;
};

/// A badge's geometry in millimetres from its top left corner, and its type sizes in points.
struct Layout
{
    QSizeF card;
    int columns = 0;
    int rows = 0;
    bool marginCaption = false; ///< the sheet has margins for crop marks and a caption
    double header = 0;
    double titlePoints = 0;
    double datesPoints = 0;
    QRectF photo;
    QRectF qr;
    QRectF name; ///< the name block: top and width (its lines stack downwards)
    double honorificPoints = 0;
    double givenPoints = 0;
    double familyPoints = 0;
    double familyMinPoints = 0;
    double nativePoints = 0;
    QRectF affiliation; ///< delegation and country: top and width
    double delegationPoints = 0;
    double countryPoints = 0;
    double band = 0; ///< the role band's height at the bottom
    double rolePoints = 0;
    double numberPoints = 0;
};

Layout cardLayout()
{
    Layout l;
    l.card = {85.60, 53.98};
    l.columns = 2;
    l.rows = 5;
    l.marginCaption = true;
    l.header = 7.5;
    l.titlePoints = 6.4;
    l.datesPoints = 5;
    l.photo = {3.5, 10.5, 19.5, 19.5 * 45.0 / 35.0};
    l.qr = {66.6, 28.4, 16.5, 16.5};
    l.name = {25.5, 9.6, 56.6, 0};
    l.honorificPoints = 6;
    l.givenPoints = 9.5;
    l.familyPoints = 14;
    l.familyMinPoints = 6.5;
    l.nativePoints = 8.5;
    l.affiliation = {25.5, 31.6, 40.5, 0};
    l.delegationPoints = 7.2;
    l.countryPoints = 6.2;
    l.band = 7.5;
    l.rolePoints = 7.2;
    l.numberPoints = 6;
    return l;
}

Layout a6Layout()
{
    Layout l;
    l.card = {105, 148};
    l.columns = 2;
    l.rows = 2;
    l.header = 18;
    l.titlePoints = 11;
    l.datesPoints = 8;
    l.photo = {8, 24, 34, 34 * 45.0 / 35.0};
    l.qr = {66, 23, 32, 32};
    l.name = {8, 72.5, 89, 0};
    l.honorificPoints = 9.5;
    l.givenPoints = 15;
    l.familyPoints = 25;
    l.familyMinPoints = 10;
    l.nativePoints = 13;
    l.affiliation = {8, 106, 89, 0};
    l.delegationPoints = 12;
    l.countryPoints = 10;
    l.band = 19;
    l.rolePoints = 16;
    l.numberPoints = 10;
    return l;
}

const QColor kHeader(0x1d, 0x35, 0x57);
const QColor kInk(0x14, 0x1b, 0x24);
const QColor kMuted(0x55, 0x60, 0x6e);
const QColor kPhotoFrame(0xc9, 0xd1, 0xda);
const QColor kPlaceholder(0xe9, 0xee, 0xf3);
const QColor kSilhouette(0xc3, 0xcd, 0xd8);

/// The band colour of each role: protocol (heads) in deep red and magenta, delegates and
/// advisers in blues, observers green, press orange, staff grey; all dark enough for white text.
QColor roleColour(const QString &role)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("head_of_delegation"), QColor(0xa3, 0x1f, 0x24)},
        {QStringLiteral("alternate_head"), QColor(0xa6, 0x1e, 0x6a)},
        {QStringLiteral("delegate"), QColor(0x1f, 0x5f, 0xae)},
        {QStringLiteral("adviser"), QColor(0x1b, 0x7a, 0x8c)},
        {QStringLiteral("observer"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("interpreter"), QColor(0x6a, 0x4c, 0x93)},
        {QStringLiteral("security_officer"), QColor(0x37, 0x47, 0x4f)},
        {QStringLiteral("press"), QColor(0xc8, 0x5a, 0x00)},
        {QStringLiteral("organiser_staff"), QColor(0x5b, 0x67, 0x73)},
        {QStringLiteral("guest_speaker"), QColor(0x8a, 0x6d, 0x00)},
    };
    return colours.value(role, QColor(0x5b, 0x67, 0x73));
}

/// The stored JPEG decoded for printing `pixels` large (300 dpi). libjpeg decodes at half size
/// with its fast paths while that still gives 225 dpi or more (an ID-1 badge's photo: 175 × 225
/// of 350 × 450); any other size would need a slow scaled decode or a second scaling pass.
/// The PDF engine embeds every pixel it is given, so fewer pixels also mean a smaller file.
QImage decodePhoto(const QByteArray &jpeg, const QSize &pixels)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    const QSize stored = reader.size();
    const QSize half = stored / 2;
    if (stored.isValid() && half.width() * 4 >= pixels.width() * 3
        && half.height() * 4 >= pixels.height() * 3)
        reader.setScaledSize(half);
    return reader.read();
}

/// What a sheet needs that takes a core to make: its photos decoded and its QR codes encoded
/// (in a unit square), badge by badge.
struct SheetArt
{
    std::vector<QImage> photos;
    std::vector<QList<QRectF>> codes;
};

bool hasBadge(const QString &state)
{
    return state == u"approved" || state == u"badge_printed" || state == u"checked_in";
}

/// Paints badges onto one PDF: the sheet (crop marks, caption) and each card.
class BadgePainter
{
public:
    BadgePainter(PdfReport &pdf, const Layout &layout, const QString &eventName, const QString &eventDates)
        : m_pdf(pdf)
        , m_p(pdf.painter())
        , m_l(layout)
        , m_eventName(eventName)
        , m_eventDates(eventDates)
    { }

    /// The card's top left corner on the sheet, in millimetres, for position `slot`.
    [[nodiscard]] QPointF cardOrigin(int slot) const
    {
        const QSizeF grid(m_l.card.width() * m_l.columns, m_l.card.height() * m_l.rows);
        const QPointF origin((210 - grid.width()) / 2, (297 - grid.height()) / 2);
        return origin
            + QPointF(m_l.card.width() * (slot % m_l.columns), m_l.card.height() * (slot / m_l.columns));
    }

    void paintSheet(int sheet, int sheets)
    {
        m_p.save();
        m_p.setPen(QPen(Qt::black, m_pdf.pt(0.3)));
        const QPointF topLeft = cardOrigin(0);
        const double right = topLeft.x() + m_l.card.width() * m_l.columns;
        const double bottom = topLeft.y() + m_l.card.height() * m_l.rows;
        if (m_l.marginCaption) {
            // Crop marks in the margins, never on a card: where each cut runs.
            const double gap = 1.5;
            const double length = 6;
            for (int c = 0; c <= m_l.columns; ++c) {
                const double x = topLeft.x() + c * m_l.card.width();
                line(x, topLeft.y() - gap - length, x, topLeft.y() - gap);
                line(x, bottom + gap, x, bottom + gap + length);
            }
            for (int r = 0; r <= m_l.rows; ++r) {
                const double y = topLeft.y() + r * m_l.card.height();
                line(topLeft.x() - gap - length, y, topLeft.x() - gap, y);
                line(right + gap, y, right + gap + length, y);
            }
            m_p.setPen(kMuted);
            m_p.setFont(ReportFonts::font(6));
            const QString caption =
                QStringLiteral("%1 · Badges · sheet %2 of %3").arg(m_eventName).arg(sheet).arg(sheets);
            ReportText::drawElided(m_p, mmRect(QRectF(topLeft.x(), 297 - 7, right - topLeft.x(), 4)), caption,
                                   Qt::AlignHCenter | Qt::AlignVCenter);
        } else {
            // A6 fills the sheet: short ticks at the edges where it is cut (or perforated).
            const double length = 4;
            const double middleX = topLeft.x() + m_l.card.width();
            const double middleY = topLeft.y() + m_l.card.height();
            line(middleX, 0, middleX, length);
            line(middleX, 297 - length, middleX, 297);
            line(0, middleY, length, middleY);
            line(210 - length, middleY, 210, middleY);
        }
        m_p.restore();
    }

    /// `code`: the QR code's rectangles in a unit square (SheetArt).
    void paintBadge(const Badge &badge, int slot, const QImage &photo, const QList<QRectF> &code)
    {
        m_p.save();
        const QPointF o = cardOrigin(slot);
        m_origin = o;

        // The event across the top.
        m_p.fillRect(rect(0, 0, m_l.card.width(), m_l.header), kHeader);
        const double pad = m_l.photo.left();
        const double inner = m_l.card.width() - 2 * pad;
        m_p.setPen(Qt::white);
        QFont title = ReportFonts::font(m_l.titlePoints, QFont::Bold);
        QFont dates = ReportFonts::font(m_l.datesPoints);
        if (m_l.marginCaption) {
            // One line on a card: the event left, its dates and city right.
            const double datesWidth = std::min(inner * 0.42, advance(dates, m_eventDates) + 1);
            m_p.setFont(title);
            ReportText::drawElided(m_p, rect(pad, 0, inner - datesWidth - 1.5, m_l.header), m_eventName);
            m_p.setFont(dates);
            ReportText::drawElided(m_p, rect(pad + inner - datesWidth, 0, datesWidth, m_l.header),
                                   m_eventDates, Qt::AlignRight | Qt::AlignVCenter);
        } else {
            title.setPointSizeF(ReportText::fittingPointSize(
                title, m_eventName, m_pdf.mm(inner), m_l.titlePoints, m_l.titlePoints * 0.7, m_pdf.device()));
            m_p.setFont(title);
            ReportText::drawElided(m_p, rect(pad, m_l.header * 0.16, inner, m_l.header * 0.44), m_eventName);
            m_p.setFont(dates);
            ReportText::drawElided(m_p, rect(pad, m_l.header * 0.56, inner, m_l.header * 0.3), m_eventDates);
        }

        paintPhoto(photo);
        if (!code.isEmpty()) {
            const QRectF area = rect(m_l.qr);
            QList<QRectF> modules;
            modules.reserve(code.size());
            for (const QRectF &r : code)
                modules.append(QRectF(area.x() + r.x() * area.width(), area.y() + r.y() * area.height(),
                                      r.width() * area.width(), r.height() * area.height()));
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kInk);
            m_p.drawRects(modules);
        }

        // The name block: honorific, given names, FAMILY NAME, the name in its own script.
        double y = m_l.name.top();
        const double x = m_l.name.left();
        const double width = m_l.name.width();
        y += textLine(badge.honorific, ReportFonts::font(m_l.honorificPoints), m_l.honorificPoints * 0.8, x,
                      y, width, kMuted);
        y += textLine(badge.given, ReportFonts::font(m_l.givenPoints), m_l.givenPoints * 0.7, x, y, width,
                      kInk);
        y += textLine(badge.family.toUpper(), ReportFonts::font(m_l.familyPoints, QFont::Bold),
                      m_l.familyMinPoints, x, y, width, kInk);
        textLine(badge.native, ReportFonts::font(m_l.nativePoints), m_l.nativePoints * 0.6, x, y, width,
                 kInk);

        // Delegation and country, beside the QR code.
        y = m_l.affiliation.top();
        const QRectF &a = m_l.affiliation;
        y += textLine(badge.delegation, ReportFonts::font(m_l.delegationPoints, QFont::DemiBold),
                      m_l.delegationPoints * 0.75, a.left(), y, a.width(), kInk);
        textLine(badge.country.toUpper(), ReportFonts::font(m_l.countryPoints), m_l.countryPoints * 0.8,
                 a.left(), y, a.width(), kMuted);

        // The role band, with the badge number.
        const double bandTop = m_l.card.height() - m_l.band;
        m_p.fillRect(rect(0, bandTop, m_l.card.width(), m_l.band), roleColour(badge.role));
        m_p.setPen(Qt::white);
        // The number keeps its place; the role takes the rest, shrinking before it is elided.
        const QString number = badge.number.isEmpty() ? QString() : QStringLiteral("No. ") + badge.number;
        const QFont numberFont = ReportFonts::font(m_l.numberPoints, QFont::DemiBold);
        const double numberWidth = advance(numberFont, number) + 0.5;
        m_p.setFont(numberFont);
        ReportText::drawElided(m_p, rect(pad + inner - numberWidth, bandTop, numberWidth, m_l.band), number,
                               Qt::AlignRight | Qt::AlignVCenter);
        QFont role = ReportFonts::font(m_l.rolePoints, QFont::Bold);
        role.setLetterSpacing(QFont::PercentageSpacing, 106);
        const QString roleLabel = Vocabulary::label(Vocabulary::roles(), badge.role).toUpper();
        const double roleWidth = inner - numberWidth - 3;
        role.setPointSizeF(ReportText::fittingPointSize(role, roleLabel, m_pdf.mm(roleWidth), m_l.rolePoints,
                                                        m_l.rolePoints * 0.6, m_pdf.device()));
        m_p.setFont(role);
        ReportText::drawElided(m_p, rect(pad, bandTop, roleWidth, m_l.band), roleLabel);
        m_p.restore();
    }

private:
    [[nodiscard]] QRectF mmRect(const QRectF &mm) const
    {
        return {m_pdf.mm(mm.x()), m_pdf.mm(mm.y()), m_pdf.mm(mm.width()), m_pdf.mm(mm.height())};
    }
    /// A rectangle of the current card, from millimetres.
    [[nodiscard]] QRectF rect(double x, double y, double w, double h) const
    {
        return mmRect(QRectF(m_origin.x() + x, m_origin.y() + y, w, h));
    }
    [[nodiscard]] QRectF rect(const QRectF &mm) const
    {
        return rect(mm.x(), mm.y(), mm.width(), mm.height());
    }
    void line(double x1, double y1, double x2, double y2)
    {
        m_p.drawLine(QPointF(m_pdf.mm(x1), m_pdf.mm(y1)), QPointF(m_pdf.mm(x2), m_pdf.mm(y2)));
    }
    [[nodiscard]] double advance(const QFont &font, const QString &text) const
    {
        return QFontMetricsF(font, m_pdf.device()).horizontalAdvance(text) * 25.4 / PdfReport::kResolution;
    }

    /// One line of text at `y` (mm from the card's top), shrunk down to `minPoints` to fit
    /// the width, then elided; the height it took in millimetres (none for empty text).
    double textLine(const QString &text, QFont font, double minPoints, double x, double y, double width,
                    const QColor &colour)
    {
        if (text.isEmpty())
            return 0;
        const double maxPoints = font.pointSizeF();
        // Quarter points: a few sizes in all, not a font engine for every long name.
        font.setPointSizeF(
            std::max(minPoints,
                     std::floor(4
                                * ReportText::fittingPointSize(font, text, m_pdf.mm(width), maxPoints,
                                                               minPoints, m_pdf.device()))
                         / 4));
        // The line keeps the height of the largest size, so the block does not jump about.
        const double height =
            QFontMetricsF(ReportFonts::forText(ReportFonts::font(maxPoints), text), m_pdf.device()).height()
            * 25.4 / PdfReport::kResolution * 1.02;
        m_p.setFont(font);
        m_p.setPen(colour);
        ReportText::drawElided(m_p, rect(x, y, width, height), text);
        return height;
    }

    void paintPhoto(const QImage &photo)
    {
        const QRectF area = rect(m_l.photo);
        if (!photo.isNull()) {
            m_p.drawImage(area, photo);
        } else {
            // A neutral placeholder: a head and shoulders in a pale frame.
            m_p.fillRect(area, kPlaceholder);
            m_p.save();
            m_p.setClipRect(area);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(kSilhouette);
            const double w = area.width();
            const double h = area.height();
            m_p.drawEllipse(QPointF(area.center().x(), area.top() + h * 0.38), w * 0.2, w * 0.2);
            m_p.drawEllipse(QPointF(area.center().x(), area.top() + h * 1.0), w * 0.42, h * 0.33);
            m_p.restore();
        }
        m_p.setPen(QPen(kPhotoFrame, m_pdf.pt(0.4)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(area);
    }

    PdfReport &m_pdf;
    QPainter &m_p;
    const Layout &m_l;
    QString m_eventName;
    QString m_eventDates;
    QPointF m_origin;
};

} // namespace

QStringList BadgesReport::cardSizes()
{
    return {QStringLiteral("card"), QStringLiteral("a6")};
}

BadgesReport::BadgesReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> BadgesReport::write()
{
    const QString size = m_request.cardSize.isEmpty() ? QStringLiteral("card") : m_request.cardSize;
    if (!cardSizes().contains(size))
        return Error {QStringLiteral("badges: unknown card size \"%1\" (card or a6)").arg(m_request.cardSize),
                      QStringLiteral("cardSize"), 0};
    const Layout layout = size == u"a6" ? a6Layout() : cardLayout();

    // Read the people: their text only, with the keys of the protocol order.
    QCollator collator {QLocale(QLocale::English)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(true);
    std::vector<Badge> badges;
    qint64 notApproved = 0;
    qint64 withoutNumber = 0;
    const auto take = [&](const ParticipantRow &row) {
        const Participant &p = row.participant;
        if (!hasBadge(p.accreditationState)) {
            ++notApproved;
            return;
        }
        if (p.badgeNumber.isEmpty()) {
            ++withoutNumber;
            return;
        }
        QString delegation = row.delegationName;
        QString country;
        QString group;
        int groupRank = 0;
        if (!p.delegationId) {
            delegation = p.organisation;
            groupRank = 2;
        } else if (!row.delegationCountry.isEmpty()) {
            const QString name = Countries::name(row.delegationCountry);
            if (name != row.delegationName)
                country = name;
            group = name + u'\x01' + row.delegationName;
        } else {
            groupRank = 1;
            group = row.delegationName;
        }
        Badge b {p.id,
                 p.honorific,
                 p.givenNames,
                 p.familyName,
                 p.nativeName,
                 p.role,
                 delegation,
                 country,
                 p.badgeNumber,
                 groupRank,
                 collator.sortKey(group),
                 Vocabulary::rank(Vocabulary::roles(), p.role),
                 collator.sortKey(p.familyName),
                 collator.sortKey(p.givenNames)};
        badges.push_back(std::move(b));
    };
    const ParticipantStore store(m_database);
    qint64 missing = 0;
    if (!m_request.participantIds.isEmpty() || m_request.delegationId != 0) {
        std::vector<qint64> ids;
        if (!m_request.participantIds.isEmpty()) {
            ids.assign(m_request.participantIds.begin(), m_request.participantIds.end());
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        } else {
            Result<std::vector<qint64>> members = store.memberIdsInProtocolOrder(m_request.delegationId);
            if (!members.ok())
                return members.error();
            ids = std::move(members).value();
        }
        // A page of ids per statement (one placeholder each).
        constexpr std::size_t Chunk = 500;
        for (std::size_t first = 0; first < ids.size(); first += Chunk) {
            const std::span<const qint64> chunk(ids.data() + first, std::min(Chunk, ids.size() - first));
            Result<QList<ParticipantRow>> rows = store.rows(chunk);
            if (!rows.ok())
                return rows.error();
            missing += qint64(chunk.size()) - rows.value().size();
            for (const ParticipantRow &row : rows.value()) {
                if (m_request.delegationId == 0 || row.participant.delegationId == m_request.delegationId)
                    take(row);
            }
            if (m_request.progress && !m_request.progress(0.0))
                return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
        }
    } else {
        // Unsorted: the badges sort below in protocol order with their own collation keys.
        const Status read = store.forEachRow([&](const ParticipantRow &row) {
            take(row);
            return (notApproved + qint64(badges.size())) % 5000 || !m_request.progress
                || m_request.progress(0.0);
        });
        if (!read)
            return Error {read.error().message == u"cancelled"
                              ? QStringLiteral("cancelled: no file was written")
                              : read.error().message,
                          {},
                          0};
    }
    std::stable_sort(badges.begin(), badges.end(), [](const Badge &a, const Badge &b) {
        if (a.groupRank != b.groupRank)
            return a.groupRank < b.groupRank;
        if (const int c = a.groupKey.compare(b.groupKey))
            return c < 0;
        if (a.roleRank != b.roleRank)
            return a.roleRank < b.roleRank;
        if (const int c = a.familyKey.compare(b.familyKey))
            return c < 0;
        return a.givenKey.compare(b.givenKey) < 0;
    });

    QStringList notes;
    const QLocale english(QLocale::English);
    if (withoutNumber > 0)
        notes << QStringLiteral("%1 approved %2 without a badge number left out (a badge must carry its "
                                "number to be scanned; give them one through accreditation).")
                     .arg(english.toString(withoutNumber),
                          withoutNumber == 1 ? QStringLiteral("person") : QStringLiteral("people"));
    if (!m_request.participantIds.isEmpty() && notApproved + missing > 0)
        notes << QStringLiteral("%1 of the selected people left out: not approved (%2) or not found (%3).")
                     .arg(english.toString(notApproved + missing), english.toString(notApproved),
                          english.toString(missing));
    if (badges.empty())
        return Error {
            QStringLiteral("badges: nobody to print: only approved participants with a badge number "
                           "get a badge%1")
                .arg(notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(u' ') + u')'),
            {},
            0};

    const int perSheet = layout.columns * layout.rows;
    const int sheets = int((qint64(badges.size()) + perSheet - 1) / perSheet);
    const QString subtitle =
        QStringLiteral("%1 · %2 %3")
            .arg(size == u"a6" ? QStringLiteral("A6, 4 to a sheet")
                               : QStringLiteral("ID-1 cards, 10 to a sheet"),
                 english.toString(qint64(badges.size())),
                 badges.size() == 1 ? QStringLiteral("badge") : QStringLiteral("badges"));
    PageFrameText frame = PdfReport::frameText(m_database, QStringLiteral("Badges"), subtitle, m_request);
    PdfReport pdf(m_request, frame);
    pdf.setFramed(false);
    if (Status opened = pdf.open(sheets); !opened)
        return opened.error();

    BadgePainter painter(pdf, layout, frame.eventName, frame.eventDates);
    // Photos print at 300 dpi: more only makes the PDF larger (it embeds every pixel).
    const QSize photoPixels = (layout.photo.size() * 300 / 25.4).toSize();
    const PhotoStore photos(m_database);
    // Each photo's pixels (about 0.6 MB decoded, more in the PDF engine's copies) would
    // otherwise be mapped and unmapped afresh by glibc, faulting in new pages every time.
    static std::once_flag allocatorTuned;
    std::call_once(allocatorTuned, [] { mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); });
    // A sheet's photos are read here (this thread's connection), then decoded and its QR codes
    // encoded on a second core while the sheet before is painted; at most two sheets of photos
    // are in memory.
    const auto readSheet = [&](int sheet) -> Result<std::future<SheetArt>> {
        const std::size_t first = std::size_t(sheet) * std::size_t(perSheet);
        const std::size_t end = std::min(badges.size(), first + std::size_t(perSheet));
        std::vector<QByteArray> jpegs;
        QStringList payloads;
        for (std::size_t i = first; i < end; ++i) {
            payloads << BadgeCode::payload(badges[i].number);
            Result<QByteArray> jpeg = photos.get(badges[i].id);
            if (!jpeg.ok())
                return jpeg.error();
            jpegs.push_back(std::move(jpeg).value());
        }
        return std::async(std::launch::async, [jpegs = std::move(jpegs), payloads, photoPixels] {
            SheetArt art;
            for (const QByteArray &jpeg : jpegs)
                art.photos.push_back(jpeg.isEmpty() ? QImage() : decodePhoto(jpeg, photoPixels));
            for (const QString &payload : payloads)
                art.codes.push_back(QrCode::rects(payload, QRectF(0, 0, 1, 1)));
            return art;
        });
    };
    Result<std::future<SheetArt>> next = readSheet(0);
    for (int sheet = 0; sheet < sheets; ++sheet) {
        if (!next.ok())
            return next.error();
        std::future<SheetArt> current = std::move(next).value();
        if (sheet + 1 < sheets)
            next = readSheet(sheet + 1);
        const SheetArt art = current.get();
        if (!pdf.beginPage())
            return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
        painter.paintSheet(sheet + 1, sheets);
        const std::size_t first = std::size_t(sheet) * std::size_t(perSheet);
        for (std::size_t slot = 0; slot < art.photos.size(); ++slot)
            painter.paintBadge(badges[first + slot], int(slot), art.photos[slot], art.codes[slot]);
    }
    Result<ReportOutcome> outcome = pdf.finish(qint64(badges.size()), QStringLiteral("badges"));
    if (outcome.ok()) {
        ReportOutcome done = std::move(outcome).value();
        done.notes = notes;
        return done;
    }
    return outcome;
}

} // namespace Plenary
