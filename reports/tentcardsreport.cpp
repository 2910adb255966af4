// SPDX-License-Identifier: MIT
#include "tentcardsreport.h"

#include "countries.h"
#include "delegationstore.h"
#include "pdfreport.h"
#include "reportfonts.h"
#include "seatingstore.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace Plenary {

namespace {

/// One card, with the keys of the seating order.
struct Card
{
    QString name;
    int rank = 0; ///< 0 countries from the drawn one on, 1 those before it, 2 organisations
    QCollatorSortKey key;
    QCollatorSortKey nameKey;
};

const QColor kInk(0x14, 0x1b, 0x24);
const QColor kMuted(0x6b, 0x76, 0x84);
const QColor kFold(0xb8, 0xc0, 0xca);

// Millimetres.
constexpr double kWidth = 297;
constexpr double kFace = 105; // half of 210: the fold
constexpr double kSide = 16;

/// `name` as one or two lines at the size that fits: one line while it can stay large, else
/// split at the space that balances the two lines best.
struct Fitted
{
    QStringList lines;
    double points = 0;
};

Fitted fit(const QString &name, const QPaintDevice *device, double widthUnits)
{
    const QFont bold = ReportFonts::font(100, QFont::Bold);
    constexpr double OneLineMax = 118;
    constexpr double TwoLineMax = 76;
    constexpr double Comfortable = 66; // below this one line, two lines read better
    const double one = ReportText::fittingPointSize(bold, name, widthUnits, OneLineMax, 20, device);
    if (one >= Comfortable || !name.contains(u' '))
        return {{name}, one};
    const QFontMetricsF metrics(ReportFonts::forText(bold, name), device);
    qsizetype best = -1;
    double bestWidth = 0;
    for (qsizetype space = name.indexOf(u' '); space > 0; space = name.indexOf(u' ', space + 1)) {
        const double wider = std::max(metrics.horizontalAdvance(name.left(space)),
                                      metrics.horizontalAdvance(name.mid(space + 1)));
        if (best < 0 || wider < bestWidth) {
            best = space;
            bestWidth = wider;
        }
    }
    const QStringList lines {name.left(best), name.mid(best + 1)};
    double points = TwoLineMax;
    for (const QString &line : lines)
        points =
            std::min(points, ReportText::fittingPointSize(bold, line, widthUnits, TwoLineMax, 16, device));
    return {lines, points};
}

} // namespace

TentCardsReport::TentCardsReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> TentCardsReport::write()
{
    Result<QList<DelegationSummary>> delegations = DelegationStore(m_database).list();
    if (!delegations.ok())
        return delegations.error();
    QList<Delegation> chosen;
    for (const DelegationSummary &summary : delegations.value()) {
        const Delegation &d = summary.delegation;
        if (m_request.delegationId != 0 ? d.id == m_request.delegationId : d.status != u"withdrawn")
            chosen << d;
    }
    if (chosen.isEmpty())
        return Error {
            m_request.delegationId != 0
                ? QStringLiteral("tent-cards: there is no delegation %1").arg(m_request.delegationId)
                : QStringLiteral("tent-cards: no delegation to print a name card for"),
            QStringLiteral("delegation"), 0};

    // The draw: reused when there is one; the first cards of several countries make it.
    QStringList notes;
    QString start;
    const bool countries = std::count_if(chosen.cbegin(), chosen.cend(),
                                         [](const Delegation &d) { return !d.countryCode.isEmpty(); })
        > 1;
    if (countries) {
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        const std::optional<SeatingDraw> before = SeatingStore(m_database).current().valueOr({});
        Result<SeatingDraw> draw = SeatingStore(m_database).currentOrDraw(user);
        if (!draw.ok())
            return draw.error();
        const SeatingDraw &d = draw.value();
        start = Countries::name(d.countryCode);
        notes << QStringLiteral("Seating order from %1, %2 %3 by %4%5.")
                     .arg(start, d.byLot ? QStringLiteral("drawn by lot") : QStringLiteral("chosen"),
                          d.drawnAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), d.drawnBy,
                          before ? QString() : QStringLiteral(" (drawn now, kept for the whole event)"));
    }

    QCollator collator {QLocale(QLocale::English)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(true);
    std::vector<Card> cards;
    for (const Delegation &d : std::as_const(chosen)) {
        int rank = 2;
        QString orderName = d.name;
        if (!d.countryCode.isEmpty()) {
            if (const QString country = Countries::name(d.countryCode); !country.isEmpty())
                orderName = country;
            rank = !start.isEmpty() && collator.compare(orderName, start) < 0 ? 1 : 0;
        }
        Card card {d.name, rank, collator.sortKey(orderName), collator.sortKey(d.name)};
        cards.push_back(std::move(card));
    }
    std::sort(cards.begin(), cards.end(), [](const Card &a, const Card &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (const int c = a.key.compare(b.key))
            return c < 0;
        return a.nameKey.compare(b.nameKey) < 0;
    });

    const QLocale english(QLocale::English);
    const QString subtitle = QStringLiteral("%1 %2%3").arg(
        english.toString(qint64(cards.size())),
        cards.size() == 1 ? QStringLiteral("name card") : QStringLiteral("name cards"),
        start.isEmpty() ? QString() : QStringLiteral(" · seating from ") + start);
    const PageFrameText frame =
        PdfReport::frameText(m_database, QStringLiteral("Name cards"), subtitle, m_request);
    PdfReport pdf(m_request, frame, PdfReport::Paper::A4Landscape);
    pdf.setFramed(false);
    if (Status opened = pdf.open(int(cards.size())); !opened)
        return opened.error();

    QPainter &p = pdf.painter();
    const double width = pdf.mm(kWidth - 2 * kSide);
    const QFont eventFont = ReportFonts::font(9);
    for (const Card &card : cards) {
        if (!pdf.beginPage())
            return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
        const Fitted fitted = fit(card.name, pdf.device(), width);
        QFont font = ReportFonts::forText(ReportFonts::font(fitted.points, QFont::Bold), card.name);
        const QFontMetricsF metrics(font, pdf.device());
        const double lineHeight = metrics.height() * 0.96;

        // Each face drawn upright around its own centre; the upper one turned half a circle.
        for (const bool upper : {true, false}) {
            p.save();
            p.translate(pdf.mm(kWidth / 2), pdf.mm(upper ? kFace / 2 : kFace * 1.5));
            if (upper)
                p.rotate(180);
            const QRectF face(-pdf.mm(kWidth / 2), -pdf.mm(kFace / 2), pdf.mm(kWidth), pdf.mm(kFace));
            // The name a little above the middle: the bottom of a face rests on the table.
            const double block = lineHeight * double(fitted.lines.size());
            double y = face.center().y() - block / 2 - pdf.mm(3);
            p.setPen(kInk);
            p.setFont(font);
            for (const QString &line : fitted.lines) {
                p.drawText(QRectF(face.left() + pdf.mm(kSide), y, width, lineHeight),
                           Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, line);
                y += lineHeight;
            }
            // A short rule and the event, small, towards the table edge.
            p.setPen(QPen(kFold, pdf.pt(0.8)));
            const double ruleY = face.bottom() - pdf.mm(17);
            p.drawLine(QPointF(-pdf.mm(20), ruleY), QPointF(pdf.mm(20), ruleY));
            p.setPen(kMuted);
            p.setFont(eventFont);
            ReportText::drawElided(p,
                                   QRectF(face.left() + pdf.mm(kSide), ruleY + pdf.mm(2), width, pdf.mm(6)),
                                   frame.eventName, Qt::AlignHCenter | Qt::AlignVCenter);
            p.restore();
        }
        // The fold, marked lightly.
        p.setPen(QPen(kFold, pdf.pt(0.4), Qt::DashLine));
        p.drawLine(QPointF(0, pdf.mm(kFace)), QPointF(pdf.mm(kWidth), pdf.mm(kFace)));
    }
    Result<ReportOutcome> outcome = pdf.finish(qint64(cards.size()), QStringLiteral("name cards"));
    if (!outcome.ok())
        return outcome;
    ReportOutcome done = std::move(outcome).value();
    done.notes = notes;
    return done;
}

} // namespace Plenary
