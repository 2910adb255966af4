// SPDX-License-Identifier: MIT
#include "attendeesreport.h"

#include "countries.h"
#include "logging.h"
#include "participantstore.h"
#include "pdfreport.h"
#include "reportfonts.h"
#include "vocabulary.h"

#include <QCollator>
#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <optional>

namespace Plenary {

namespace {

struct Column
{
    const char *code;
    const char *title;
    double weight; ///< share of the width
};

constexpr Column kColumns[] = {
    {"name", "Name", 3.4},
    {"function", "Function", 2.6},
    {"organisation", "Organisation", 2.6},
    {"delegation", "Delegation", 2.2},
    {"role", "Role", 1.4},
    {"nationality", "Nationality", 1.4},
    {"state", "Accreditation", 1.5},
    {"badge", "Badge", 1.1},
    {"email", "E-mail", 2.4},
    {"phone", "Phone", 1.6},
    {"document", "Identity document", 1.8},
};

const Column &columnOf(const QString &code)
{
    return *std::find_if(std::begin(kColumns), std::end(kColumns),
                         [&](const Column &c) { return code == QLatin1StringView(c.code); });
}

/// A cell's text on the row's first line and, when the row takes two, on its second.
struct CellText
{
    QString first;
    QString second;
};

/// One person's row, its cells in the chosen columns.
struct Line
{
    std::vector<CellText> cells;
    QString group; ///< the heading it falls under
    QString groupNote; ///< beside the heading (the delegation's own name)
    /// The texts it sorts by (group, family name, given names) and their collation keys, made
    /// after the read on every core.
    std::array<QString, 3> sortTexts;
    std::optional<QCollatorSortKey> groupKey;
    int groupRank = 0; ///< countries, then organisations, then no delegation
    int roleRank = 0;
    std::optional<QCollatorSortKey> familyKey;
    std::optional<QCollatorSortKey> givenKey;
    bool twoLines = false;
};

QString cellText(const ParticipantRow &row, const QString &code, bool documents)
{
    const Participant &p = row.participant;
    if (code == u"name")
        return p.displayName();
    if (code == u"function")
        return p.functionTitle;
    if (code == u"organisation")
        return p.organisation;
    if (code == u"delegation")
        return row.delegationName;
    if (code == u"role")
        return Vocabulary::label(Vocabulary::roles(), p.role);
    if (code == u"nationality")
        return Countries::name(p.nationality);
    if (code == u"state")
        return Vocabulary::label(Vocabulary::accreditationStates(), p.accreditationState);
    if (code == u"badge")
        return p.badgeNumber;
    if (code == u"email")
        return p.email;
    if (code == u"phone")
        return p.phone;
    if (code == u"document") {
        const QString number =
            documents ? p.documentNumber : ParticipantStore::maskedDocumentNumber(p.documentNumber);
        return p.documentType.isEmpty() || number.isEmpty() ? number : p.documentType + u' ' + number;
    }
    return {};
}

/// `text` on one line of `width`, or split where it first overflows at a space: what fits,
/// and the rest, elided. Measured once when it fits (the common case: shaping is the cost).
CellText wrapped(const QString &text, ReportText::WidthGauge &gauge, double width)
{
    if (gauge.fits(text, width))
        return {text, {}};
    const QFontMetricsF &metrics = gauge.metrics();
    qsizetype cut = -1;
    for (qsizetype space = text.indexOf(u' '); space > 0; space = text.indexOf(u' ', space + 1)) {
        if (metrics.horizontalAdvance(text.left(space)) > width)
            break;
        cut = space;
    }
    if (cut < 0)
        return {metrics.elidedText(text, Qt::ElideRight, width), {}}; // one long word
    return {text.left(cut), gauge.fitted(text.mid(cut + 1), width)};
}

/// The list's faces; made where they are used (a QFont is not shared between threads).
struct ListFonts
{
    QFont row = ReportFonts::listFont(8);
    QFont name = ReportFonts::listFont(8, QFont::DemiBold);
    QFont native = ReportFonts::listFont(7.5);
    QFont heading = ReportFonts::font(10.5, QFont::Bold);
    QFont note = ReportFonts::font(8);
    QFont title = ReportFonts::font(6.5, QFont::DemiBold);
};

// Vertical rhythm in points.
constexpr double kLinePoints = 10;
constexpr double kRowPadding = 2.6;
constexpr double kHeadingPoints = 21;
constexpr double kColumnTitlePoints = 13;

double rowPoints(const Line &line)
{
    return (line.twoLines ? 2 : 1) * kLinePoints + kRowPadding;
}

} // namespace

QStringList AttendeesReport::columnCodes()
{
    QStringList codes;
    for (const Column &c : kColumns)
        codes << QString::fromLatin1(c.code);
    return codes;
}

QStringList AttendeesReport::defaultColumns(const QString &order)
{
    if (order == u"delegation" || order.isEmpty())
        return {QStringLiteral("name"), QStringLiteral("function"), QStringLiteral("organisation")};
    return {QStringLiteral("name"), QStringLiteral("function"), QStringLiteral("delegation")};
}

AttendeesReport::AttendeesReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> AttendeesReport::write()
{
    const QString order = m_request.order.isEmpty() ? QStringLiteral("delegation") : m_request.order;
    if (order != u"delegation" && order != u"name" && order != u"role")
        return Error {QStringLiteral("attendees: unknown order \"%1\" (delegation, name or role)").arg(order),
                      QStringLiteral("order"), 0};
    QStringList columns = m_request.columns.isEmpty() ? defaultColumns(order) : m_request.columns;
    for (const QString &code : std::as_const(columns)) {
        if (!columnCodes().contains(code))
            return Error {QStringLiteral("attendees: unknown column \"%1\" (%2)")
                              .arg(code, columnCodes().join(QStringLiteral(", "))),
                          QStringLiteral("columns"), 0};
    }
    columns.removeAll(QStringLiteral("name"));
    columns.prepend(QStringLiteral("name"));

    // Read: one streamed query; the sort keys made once per person after it (collation-correct
    // order).
    std::vector<Line> lines;
    QElapsedTimer timer;
    timer.start();
    const QString without = QStringLiteral("Without delegation");
    const Status read = ParticipantStore(m_database).forEachRow([&](const ParticipantRow &row) {
        const Participant &p = row.participant;
        if (p.accreditationState == u"rejected" || p.accreditationState == u"withdrawn")
            return true;
        if (m_request.delegationId != 0 && p.delegationId.value_or(0) != m_request.delegationId)
            return true;
        std::vector<CellText> cells;
        cells.reserve(std::size_t(columns.size()));
        for (const QString &code : std::as_const(columns))
            cells.push_back({cellText(row, code, m_request.includeDocuments), {}});
        const int roleRank = Vocabulary::rank(Vocabulary::roles(), p.role);
        QString group;
        QString groupNote;
        int groupRank = 0;
        QString groupSort;
        if (order == u"delegation") {
            if (!p.delegationId) {
                group = without;
                groupRank = 2;
            } else if (!row.delegationCountry.isEmpty()) {
                group = Countries::name(row.delegationCountry);
                groupNote = row.delegationName == group ? QString() : row.delegationName;
            } else {
                group = row.delegationName;
                groupRank = 1;
            }
            groupSort = group + u'\x01' + row.delegationName;
        } else if (order == u"role") {
            group = Vocabulary::label(Vocabulary::roles(), p.role);
            groupRank = roleRank;
        } else {
            const QString initial = p.familyName.trimmed().left(1).toUpper();
            group = initial.isEmpty() ? QStringLiteral("—") : initial;
            groupSort = group;
        }
        cells.front().second = p.nativeName;
        lines.push_back(Line {std::move(cells),
                              group,
                              groupNote,
                              {groupSort, p.familyName, p.givenNames},
                              {},
                              groupRank,
                              roleRank,
                              {},
                              {}});
        return !(lines.size() % 5000) ? !m_request.progress || m_request.progress(0.0) : true;
    });
    if (!read)
        return read.error();
    qCDebug(lcReports) << "attendees: read in" << timer.restart() << "ms";

    inSlices(lines.size(), [&](std::size_t first, std::size_t end) {
        QCollator collator {QLocale(QLocale::English)}; // one per thread: ICU's is not shared
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setIgnorePunctuation(true);
        for (std::size_t i = first; i < end; ++i) {
            Line &line = lines[i];
            line.groupKey = collator.sortKey(line.sortTexts[0]);
            line.familyKey = collator.sortKey(line.sortTexts[1]);
            line.givenKey = collator.sortKey(line.sortTexts[2]);
            line.sortTexts = {};
        }
    });
    std::stable_sort(lines.begin(), lines.end(), [&](const Line &a, const Line &b) {
        if (a.groupRank != b.groupRank)
            return a.groupRank < b.groupRank;
        if (const int c = a.groupKey->compare(*b.groupKey))
            return c < 0;
        if (order == u"delegation" && a.roleRank != b.roleRank)
            return a.roleRank < b.roleRank;
        if (const int c = a.familyKey->compare(*b.familyKey))
            return c < 0;
        return a.givenKey->compare(*b.givenKey) < 0;
    });

    qCDebug(lcReports) << "attendees: sorted in" << timer.restart() << "ms";
    QString subtitle = order == u"delegation" ? QStringLiteral("By delegation")
        : order == u"role"                    ? QStringLiteral("By role")
                                              : QStringLiteral("Alphabetical by family name");
    subtitle += QStringLiteral(" · %1 %2")
                    .arg(QLocale(QLocale::English).toString(qlonglong(lines.size())),
                         lines.size() == 1 ? QStringLiteral("participant") : QStringLiteral("participants"));
    if (m_request.includeDocuments && columns.contains(u"document"))
        subtitle += QStringLiteral(" · identity documents shown");
    const PageFrameText frame =
        PdfReport::frameText(m_database, QStringLiteral("List of participants"), subtitle, m_request);
    const MeasuringDevice measuring;

    // Columns: their share of the body's width, a gap between them.
    const QRectF body = PdfReport::bodyOf(PdfReport::Paper::A4Portrait);
    const double gap = PdfReport::mm(2.5);
    std::vector<QRectF> cellRects;
    {
        double totalWeight = 0;
        for (const QString &code : std::as_const(columns))
            totalWeight += columnOf(code).weight;
        double x = body.left();
        for (const QString &code : std::as_const(columns)) {
            const double width = body.width() * columnOf(code).weight / totalWeight;
            cellRects.emplace_back(x, 0, width - gap, PdfReport::pt(kLinePoints));
            x += width;
        }
    }

    // Lay out. A cell wraps onto a second line when it overflows; a native-script name takes
    // the name's second line. A heading never ends a page on its own, and a page that opens
    // inside a group repeats its heading, "(continued)".
    // The cells are fitted on every core, each slice with fonts of its own.
    inSlices(lines.size(), [&](std::size_t first, std::size_t end) {
        const MeasuringDevice device;
        const ListFonts fonts;
        ReportText::WidthGauge rowGauge(fonts.row, device.device());
        ReportText::WidthGauge nameGauge(fonts.name, device.device());
        ReportText::WidthGauge nativeGauge(fonts.native, device.device());
        for (std::size_t i = first; i < end; ++i) {
            Line &line = lines[i];
            CellText &name = line.cells.front();
            name.first = nameGauge.fitted(name.first, cellRects.front().width());
            if (!name.second.isEmpty())
                name.second = nativeGauge.fitted(name.second, cellRects.front().width());
            line.twoLines = !name.second.isEmpty();
            for (std::size_t c = 1; c < line.cells.size(); ++c) {
                line.cells[c] = wrapped(line.cells[c].first, rowGauge, cellRects[c].width());
                line.twoLines = line.twoLines || !line.cells[c].second.isEmpty();
            }
        }
    });
    qCDebug(lcReports) << "attendees: fitted in" << timer.restart() << "ms";
    struct PageStart
    {
        std::size_t line;
        bool continued;
    };
    std::vector<PageStart> pages;
    const double bodyPoints = body.height() / PdfReport::pt(1) - kColumnTitlePoints;
    {
        double used = bodyPoints + 1; // forces the first page
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool heading = i == 0 || lines[i].group != lines[i - 1].group;
            const double need = (heading ? kHeadingPoints : 0) + rowPoints(lines[i]);
            if (used + need > bodyPoints) {
                pages.push_back({i, !heading});
                used = heading ? 0 : kHeadingPoints;
            }
            used += need;
        }
        if (pages.empty())
            pages.push_back({0, false});
    }

    // Text sits on a baseline this far below the top of its line (the body size's ascent,
    // centred in the line's height).
    const QFontMetricsF rowMetrics(ListFonts().row, measuring.device());
    const double ascent = (PdfReport::pt(kLinePoints) + rowMetrics.ascent() - rowMetrics.descent()) / 2;
    const QColor muted(0x55, 0x60, 0x6e);
    const QColor band(0xec, 0xf0, 0xf5);
    const QColor rule(0xd5, 0xdb, 0xe2);
    // Pages may print on several threads: each thread has fonts and pens of its own (a QFont
    // is not thread-safe), everything else is only read.
    struct ThreadPens
    {
        MeasuringDevice device;
        ListFonts fonts;
        ReportText::GlyphPen name {fonts.name, device.device()};
        ReportText::GlyphPen native {fonts.native, device.device()};
        ReportText::GlyphPen row {fonts.row, device.device()};
    };
    const auto paintPage = [&](PdfReport &pdf, int pageIndex, ThreadPens &pens) {
        const ListFonts &fonts = pens.fonts;
        QPainter &p = pdf.painter();
        const std::size_t page = std::size_t(pageIndex);
        double y = body.top();
        p.setFont(fonts.title);
        p.setPen(muted);
        for (qsizetype c = 0; c < columns.size(); ++c)
            p.drawText(cellRects[std::size_t(c)].translated(0, y).adjusted(
                           0, 0, 0, pdf.pt(kColumnTitlePoints - kLinePoints - 2)),
                       Qt::AlignLeft | Qt::AlignBottom,
                       QString::fromLatin1(columnOf(columns[c]).title).toUpper());
        y += pdf.pt(kColumnTitlePoints);
        p.setPen(QPen(rule, pdf.pt(0.5)));
        p.drawLine(QPointF(body.left(), y - pdf.pt(1)), QPointF(body.right(), y - pdf.pt(1)));

        const std::size_t end = page + 1 < pages.size() ? pages[page + 1].line : lines.size();
        for (std::size_t i = pages[page].line; i < end; ++i) {
            const Line &line = lines[i];
            const bool heading = i == 0 || line.group != lines[i - 1].group;
            if (heading || (i == pages[page].line && pages[page].continued)) {
                const QRectF bandRect(body.left(), y + pdf.pt(4), body.width(), pdf.pt(kHeadingPoints - 6));
                p.fillRect(bandRect, band);
                const QRectF text = bandRect.adjusted(pdf.pt(4), 0, -pdf.pt(4), 0);
                p.setPen(Qt::black);
                p.setFont(fonts.heading);
                ReportText::drawElided(p, QRectF(text.left(), text.top(), text.width() * 0.6, text.height()),
                                       heading ? line.group : line.group + QStringLiteral(" (continued)"));
                if (!line.groupNote.isEmpty()) {
                    p.setFont(fonts.note);
                    p.setPen(muted);
                    ReportText::drawElided(p,
                                           QRectF(text.left() + text.width() * 0.4, text.top(),
                                                  text.width() * 0.6, text.height()),
                                           line.groupNote, Qt::AlignRight | Qt::AlignVCenter);
                }
                y += pdf.pt(kHeadingPoints);
            }
            // The cells were fitted while laying out: drawn at their baselines, shaped once.
            const double baseline = y + pdf.pt(kRowPadding / 2) + ascent;
            for (std::size_t c = 0; c < line.cells.size(); ++c) {
                const double x = cellRects[c].left();
                p.setPen(Qt::black);
                (c == 0 ? pens.name : pens.row).draw(p, QPointF(x, baseline), line.cells[c].first);
                if (!line.cells[c].second.isEmpty()) {
                    if (c == 0)
                        p.setPen(muted);
                    (c == 0 ? pens.native : pens.row)
                        .draw(p, QPointF(x, baseline + pdf.pt(kLinePoints)), line.cells[c].second);
                }
            }
            y += pdf.pt(rowPoints(line));
            if (i + 1 < end && lines[i + 1].group == line.group) {
                p.setPen(QPen(band, pdf.pt(0.4)));
                p.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
            }
        }
    };
    const auto makePagePainter = [&]() -> PagePainter {
        auto pens = std::make_shared<ThreadPens>();
        return [&, pens](PdfReport &pdf, int pageIndex) { paintPage(pdf, pageIndex, *pens); };
    };
    return printPages(m_request, frame, PdfReport::Paper::A4Portrait, true, int(pages.size()),
                      makePagePainter, qint64(lines.size()), QStringLiteral("participants"));
}

} // namespace Plenary
