// SPDX-License-Identifier: MIT
#include "delegationsreport.h"

#include "countries.h"
#include "delegationstore.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "vocabulary.h"

#include <QCollator>
#include <QLocale>

namespace Plenary {

using namespace ReportStyle;

namespace {

/// A row of the table: a delegation, a kind's subtotal or the total.
struct Row
{
    QString name;
    QString note; ///< the delegation's own name beside its country's
    std::vector<int> counts; ///< roles, then states, then the total
};

// Short column titles that fit 11 mm in two lines.
constexpr const char *kRoleTitles[] = {"Head",     "Alternate head", "Delegate", "Adviser",
                                       "Observer", "Interpreter",    "Security", "Press",
                                       "Staff",    "Guest speaker"};
constexpr const char *kStateTitles[] = {"Nominated",  "Documents complete", "Approved", "Badge printed",
                                        "Checked in", "Rejected",           "Withdrawn"};
// The kinds' headings, in Vocabulary::delegationKinds() order.
constexpr const char *kKindHeadings[] = {"Member states",
                                         "Observer states",
                                         "International organisations",
                                         "United Nations bodies",
                                         "Non-governmental organisations",
                                         "Media"};
constexpr double kNumberMm = 11.4;
constexpr double kRowPt = 12.5;

} // namespace

DelegationsReport::DelegationsReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> DelegationsReport::write()
{
    const DelegationStore store(m_database);
    Result<QList<DelegationSummary>> delegations = store.list();
    if (!delegations.ok())
        return delegations.error();
    Result<QList<MemberCount>> counts = store.memberCounts();
    if (!counts.ok())
        return counts.error();
    const auto roles = Vocabulary::roles();
    const auto states = Vocabulary::accreditationStates();
    const std::size_t columns = roles.size() + states.size() + 1;
    static_assert(std::size(kRoleTitles) == 10 && std::size(kStateTitles) == 7);
    if (roles.size() != std::size(kRoleTitles) || states.size() != std::size(kStateTitles)
        || Vocabulary::delegationKinds().size() != std::size(kKindHeadings))
        return Error {
            QStringLiteral("delegations: the vocabulary changed; the report's columns need updating"), {}, 0};

    QHash<qint64, std::vector<int>> byDelegation;
    std::vector<int> without(columns, 0);
    for (const MemberCount &c : counts.value()) {
        std::vector<int> &row = c.delegationId ? byDelegation[*c.delegationId] : without;
        row.resize(columns, 0);
        const std::size_t role = std::size_t(Vocabulary::rank(roles, c.role));
        const std::size_t state = std::size_t(Vocabulary::rank(states, c.accreditationState));
        if (role < roles.size())
            row[role] += c.count;
        if (state < states.size())
            row[roles.size() + state] += c.count;
        row[columns - 1] += c.count;
    }

    // Groups by kind in protocol order; in each, by English name (collation-correct).
    QCollator collator {QLocale(QLocale::English)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto kinds = Vocabulary::delegationKinds();
    std::vector<std::vector<Row>> groups(kinds.size() + 1);
    for (const DelegationSummary &summary : delegations.value()) {
        const Delegation &d = summary.delegation;
        Row row;
        row.name = d.countryCode.isEmpty() ? d.name : Countries::name(d.countryCode);
        if (row.name != d.name)
            row.note = d.name;
        row.counts = byDelegation.value(d.id, std::vector<int>(columns, 0));
        row.counts.resize(columns, 0);
        groups[std::min(std::size_t(Vocabulary::rank(kinds, d.kind)), kinds.size() - 1)].push_back(
            std::move(row));
    }
    for (std::vector<Row> &group : groups)
        std::sort(group.begin(), group.end(),
                  [&](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });
    const qint64 delegationRows = delegations.value().size();
    if (without.back() > 0)
        groups.back().push_back(
            {QStringLiteral("In no delegation"), QStringLiteral("staff, press, guests"), without});

    const QLocale english(QLocale::English);
    Row total {QStringLiteral("Total"), {}, std::vector<int>(columns, 0)};
    for (const std::vector<Row> &group : groups)
        for (const Row &row : group)
            for (std::size_t c = 0; c < columns; ++c)
                total.counts[c] += row.counts[c];
    const qsizetype delegationCount = delegations.value().size();
    const QString subtitle =
        QStringLiteral("%1 delegations · %2 participants")
            .arg(english.toString(delegationCount), english.toString(total.counts.back()));
    PdfReport pdf(m_request,
                  PdfReport::frameText(m_database, QStringLiteral("Delegation summary"), subtitle, m_request),
                  PdfReport::Paper::A4Landscape);
    if (Status opened = pdf.open(); !opened)
        return opened.error();

    const QFont rowFont = ReportFonts::font(8);
    const QFont boldFont = ReportFonts::font(8, QFont::Bold);
    const QFont noteFont = ReportFonts::font(7);
    const QFont titleFont = ReportFonts::font(6, QFont::DemiBold);
    const QFont groupFont = ReportFonts::font(6.5, QFont::Bold);
    const QRectF body = pdf.body();
    const double number = pdf.mm(kNumberMm);
    const double nameWidth = body.width() - double(columns) * number;
    const double rowHeight = pdf.pt(kRowPt);
    const auto numberRect = [=, &pdf](const QRectF &rect, std::size_t c) {
        return QRectF(rect.left() + nameWidth + double(c) * number, rect.top(), number - pdf.mm(1.2),
                      rect.height());
    };

    ReportFlow flow = flowFor(pdf);
    const double headerHeight = pdf.pt(36);
    flow.setPageHeader(headerHeight, [=, &pdf](QPainter &p, const QRectF &rect) {
        // Two spanning titles over the role and state columns, then each column's title.
        p.setFont(groupFont);
        p.setPen(Qt::black);
        const double spanTop = rect.top();
        const QRectF rolesSpan(rect.left() + nameWidth, spanTop, double(roles.size()) * number - pdf.mm(1.2),
                               pdf.pt(10));
        const QRectF statesSpan(rolesSpan.right() + pdf.mm(1.2), spanTop,
                                double(states.size()) * number - pdf.mm(1.2), pdf.pt(10));
        p.drawText(rolesSpan, Qt::AlignCenter, QStringLiteral("BY ROLE"));
        p.drawText(statesSpan, Qt::AlignCenter, QStringLiteral("BY ACCREDITATION STATE"));
        p.setPen(QPen(kRule, pdf.pt(0.6)));
        p.drawLine(rolesSpan.bottomLeft(), rolesSpan.bottomRight());
        p.drawLine(statesSpan.bottomLeft(), statesSpan.bottomRight());
        p.setFont(titleFont);
        p.setPen(kMuted);
        const QRectF titles(rect.left(), spanTop + pdf.pt(12), rect.width(), rect.height() - pdf.pt(15));
        p.drawText(QRectF(titles.left(), titles.top(), nameWidth, titles.height()),
                   Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("DELEGATION"));
        for (std::size_t c = 0; c < columns; ++c) {
            const QString title = c < roles.size() ? QString::fromLatin1(kRoleTitles[c])
                : c + 1 < columns                  ? QString::fromLatin1(kStateTitles[c - roles.size()])
                                                   : QStringLiteral("Total");
            // Each title at the size its longest word fits its column.
            const QRectF cell = numberRect(titles, c);
            QString longest;
            for (const QString &word : title.split(u' '))
                longest = word.size() > longest.size() ? word : longest;
            QFont fitted = titleFont;
            fitted.setPointSizeF(ReportText::fittingPointSize(titleFont, longest, cell.width(),
                                                              titleFont.pointSizeF(), 4.5, p.device()));
            p.setFont(fitted);
            p.drawText(cell, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, title);
        }
        p.setPen(QPen(kRule, pdf.pt(0.6)));
        p.drawLine(QPointF(rect.left(), rect.bottom() - pdf.pt(1.5)),
                   QPointF(rect.right(), rect.bottom() - pdf.pt(1.5)));
    });

    const auto paintRow = [=, &pdf](QPainter &p, const QRectF &rect, const Row &row, bool strong) {
        const QRectF text = rect.adjusted(0, 0, 0, -pdf.pt(0.5));
        p.setPen(Qt::black);
        p.setFont(strong ? boldFont : rowFont);
        const QFontMetricsF metrics(p.font(), p.device());
        const double nameAdvance = std::min(metrics.horizontalAdvance(row.name), nameWidth - pdf.mm(3));
        ReportText::drawElided(p, QRectF(text.left(), text.top(), nameWidth - pdf.mm(3), text.height()),
                               row.name);
        if (!row.note.isEmpty()) {
            p.setFont(noteFont);
            p.setPen(kMuted);
            const double x = text.left() + nameAdvance + pdf.mm(2);
            ReportText::drawElided(
                p, QRectF(x, text.top(), text.left() + nameWidth - pdf.mm(3) - x, text.height()), row.note);
        }
        for (std::size_t c = 0; c < columns; ++c) {
            const int value = row.counts[c];
            const bool last = c + 1 == columns;
            p.setFont(strong || last ? boldFont : rowFont);
            p.setPen(value == 0 && !strong ? kRule : QColor(Qt::black));
            p.drawText(numberRect(text, c), Qt::AlignRight | Qt::AlignVCenter,
                       value == 0 && !strong ? QStringLiteral("·") : english.toString(value));
        }
        if (!strong)
            paintRule(p, pdf, rect);
    };

    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::vector<Row> &group = groups[g];
        if (group.empty())
            continue;
        const QString heading =
            g < kinds.size() ? QString::fromLatin1(kKindHeadings[g]) : QStringLiteral("Without delegation");
        const PdfReport *report = &pdf;
        const QString note = g < kinds.size()
            ? QStringLiteral("%1 %2")
                  .arg(group.size())
                  .arg(group.size() == 1 ? QStringLiteral("delegation") : QStringLiteral("delegations"))
            : QString();
        flow.heading(headingHeight(pdf), heading, [report, heading, note](QPainter &p, const QRectF &rect) {
            paintHeading(p, *report, rect, heading, note);
        });
        Row subtotal {QStringLiteral("Subtotal"), {}, std::vector<int>(columns, 0)};
        for (const Row &row : group) {
            for (std::size_t c = 0; c < columns; ++c)
                subtotal.counts[c] += row.counts[c];
            flow.group();
            flow.add(rowHeight,
                     [paintRow, row](QPainter &p, const QRectF &rect) { paintRow(p, rect, row, false); });
        }
        if (group.size() > 1) {
            flow.group();
            flow.add(rowHeight, [paintRow, subtotal](QPainter &p, const QRectF &rect) {
                paintRow(p, rect, subtotal, true);
            });
        }
        flow.space(pdf.pt(4));
    }
    flow.group();
    flow.add(rowHeight + pdf.pt(6), [=, &pdf](QPainter &p, const QRectF &rect) {
        const QRectF band(rect.left(), rect.top() + pdf.pt(3), rect.width(), rowHeight);
        p.fillRect(band, kBand);
        paintRow(p, band.adjusted(pdf.pt(0), 0, 0, 0), total, true);
    });
    pdf.setPageCount(flow.paginate());
    if (!flow.paint(pdf))
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    return pdf.finish(delegationRows, QStringLiteral("delegations"));
}

} // namespace Plenary
