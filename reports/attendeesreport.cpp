// SPDX-License-Identifier: MIT
#include "attendeesreport.h"

#include "countries.h"
#include "participantstore.h"
#include "pdfreport.h"
#include "reportfonts.h"
#include "vocabulary.h"

#include <QCollator>

#include <algorithm>

namespace Plenary {

namespace {

struct Column
{
    const char *code;
    const char *title;
    double weight; ///< share of the width
};

constexpr Column kColumns[] = {
    {"name", "Name", 3.2},
    {"function", "Function", 2.6},
    {"organisation", "Organisation", 2.6},
    {"delegation", "Delegation", 2.0},
    {"role", "Role", 1.4},
    {"nationality", "Nationality", 1.4},
    {"state", "Accreditation", 1.4},
    {"badge", "Badge", 1.0},
    {"email", "E-mail", 2.4},
    {"phone", "Phone", 1.6},
    {"document", "Identity document", 1.6},
};

/// One printed line, its cells already in the chosen columns.
struct Line
{
    QStringList cells;
    QString group; ///< the heading it falls under
    QString groupNote; ///< beside the heading (the delegation's own name)
    QCollatorSortKey groupKey;
    int groupRank = 0; ///< countries, then organisations, then no delegation
    int roleRank = 0;
    QCollatorSortKey nameKey;
};

QString cell(const ParticipantRow &row, const QString &code, bool documents)
{
    const Participant &p = row.participant;
    if (code == u"name") {
        QString name = p.displayName();
        if (!p.nativeName.isEmpty())
            name += QStringLiteral(" · ") + p.nativeName;
        return name;
    }
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

// Page geometry in points.
constexpr double kRowPoints = 12.5;
constexpr double kHeadingPoints = 20;
constexpr double kColumnTitlePoints = 13;

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
            return Error {
                QStringLiteral("attendees: unknown column \"%1\" (%2)").arg(code, columnCodes().join(u", ")),
                QStringLiteral("columns"), 0};
    }
    columns.removeAll(QStringLiteral("name"));
    columns.prepend(QStringLiteral("name"));

    // Read: one streamed query; sort keys made once per line (collation-correct order).
    QCollator collator {QLocale(QLocale::English)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(true);
    std::vector<Line> lines;
    const QString without = QStringLiteral("Without delegation");
    const ParticipantStore store(m_database);
    const Status read = store.forEachInDelegationOrder([&](const ParticipantRow &row) {
        const Participant &p = row.participant;
        if (p.accreditationState == u"rejected" || p.accreditationState == u"withdrawn")
            return true;
        if (m_request.delegationId != 0 && p.delegationId.value_or(0) != m_request.delegationId)
            return true;
        QStringList cells;
        for (const QString &code : std::as_const(columns))
            cells << cell(row, code, m_request.includeDocuments);
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
        lines.push_back(Line {std::move(cells), group, groupNote, collator.sortKey(groupSort), groupRank, roleRank,
                              collator.sortKey(p.familyName + QStringLiteral(" \x01 ") + p.givenNames)});
        return !(lines.size() % 5000) ? !m_request.progress || m_request.progress(0.0) : true;
    });
    if (!read)
        return read.error();

    std::stable_sort(lines.begin(), lines.end(), [&](const Line &a, const Line &b) {
        if (a.groupRank != b.groupRank)
            return a.groupRank < b.groupRank;
        if (const int c = a.groupKey.compare(b.groupKey))
            return c < 0;
        if (order == u"delegation" && a.roleRank != b.roleRank)
            return a.roleRank < b.roleRank;
        return a.nameKey.compare(b.nameKey) < 0;
    });

    // Lay out: a heading takes kHeadingPoints and never ends a page on its own.
    QString subtitle;
    if (order == u"delegation")
        subtitle = QStringLiteral("By delegation");
    else if (order == u"role")
        subtitle = QStringLiteral("By role");
    else
        subtitle = QStringLiteral("Alphabetical by family name");
    subtitle +=
        QStringLiteral(" · %1 participants").arg(QLocale(QLocale::English).toString(qlonglong(lines.size())));
    if (m_request.includeDocuments && columns.contains(u"document"))
        subtitle += QStringLiteral(" · identity documents shown");
    PdfReport pdf(
        m_request,
        PdfReport::frameText(m_database, QStringLiteral("List of participants"), subtitle, m_request));

    const double bodyPoints = (297.0 - 24.0 - 16.0) / 25.4 * 72.0 - kColumnTitlePoints;
    struct PageStart
    {
        std::size_t line;
        bool continued; ///< the page opens inside a group: its heading repeats, "(continued)"
    };
    std::vector<PageStart> pages;
    {
        double used = bodyPoints; // forces the first page
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool heading = i == 0 || lines[i].group != lines[i - 1].group;
            const double need = (heading ? kHeadingPoints : 0) + kRowPoints;
            if (used + need + (heading ? kRowPoints : 0) > bodyPoints) {
                pages.push_back({i, !heading});
                used = kHeadingPoints; // a continued group repeats its heading
                if (heading)
                    used = 0;
            }
            used += need;
        }
        if (pages.empty())
            pages.push_back({0, false});
    }

    if (Status opened = pdf.open(int(pages.size())); !opened)
        return opened.error();

    QPainter &p = pdf.painter();
    const QFont rowFont = ReportFonts::font(8);
    const QFont nameFont = ReportFonts::font(8, QFont::DemiBold);
    const QFont headingFont = ReportFonts::font(10.5, QFont::Bold);
    const QFont noteFont = ReportFonts::font(8);
    const QFont titleFont = ReportFonts::font(6.5, QFont::DemiBold);
    const QColor muted(0x55, 0x60, 0x6e);
    const QColor band(0xec, 0xf0, 0xf5);
    const QColor rule(0xd5, 0xdb, 0xe2);

    double totalWeight = 0;
    std::vector<double> weights;
    for (const QString &code : std::as_const(columns)) {
        const auto *c = std::find_if(std::begin(kColumns), std::end(kColumns),
                                     [&](const Column &k) { return code == QLatin1StringView(k.code); });
        weights.push_back(c->weight);
        totalWeight += c->weight;
    }

    for (std::size_t page = 0; page < pages.size(); ++page) {
        if (!pdf.beginPage())
            return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
        const QRectF body = pdf.body();
        const double gap = pdf.mm(2.5);
        std::vector<QRectF> cells;
        {
            double x = body.left();
            for (double w : weights) {
                const double width = body.width() * w / totalWeight;
                cells.emplace_back(x, 0, width - gap, pdf.pt(kRowPoints));
                x += width;
            }
        }
        // Column titles.
        double y = body.top();
        p.setFont(titleFont);
        p.setPen(muted);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const auto *k = std::find_if(std::begin(kColumns), std::end(kColumns), [&](const Column &col) {
                return columns[c] == QLatin1StringView(col.code);
            });
            p.drawText(cells[std::size_t(c)].translated(0, y).adjusted(0, 0, 0, -pdf.pt(2)),
                       Qt::AlignLeft | Qt::AlignBottom, QString::fromLatin1(k->title).toUpper());
        }
        y += pdf.pt(kColumnTitlePoints);
        p.setPen(QPen(rule, pdf.pt(0.5)));
        p.drawLine(QPointF(body.left(), y - pdf.pt(1)), QPointF(body.right(), y - pdf.pt(1)));

        const std::size_t end = page + 1 < pages.size() ? pages[page + 1].line : lines.size();
        for (std::size_t i = pages[page].line; i < end; ++i) {
            const Line &line = lines[i];
            const bool heading = i == 0 || line.group != lines[i - 1].group;
            if (heading || (i == pages[page].line && pages[page].continued)) {
                const QRectF bandRect(body.left(), y + pdf.pt(3), body.width(), pdf.pt(kHeadingPoints - 5));
                p.fillRect(bandRect, band);
                p.setPen(Qt::black);
                p.setFont(headingFont);
                const QString title = heading ? line.group : line.group + QStringLiteral(" (continued)");
                const QRectF text = bandRect.adjusted(pdf.pt(4), 0, -pdf.pt(4), 0);
                ReportText::drawElided(p, QRectF(text.left(), text.top(), text.width() * 0.6, text.height()),
                                       title);
                if (!line.groupNote.isEmpty()) {
                    p.setFont(noteFont);
                    p.setPen(muted);
                    ReportText::drawElided(p,
                                           QRectF(text.left() + text.width() * 0.4, text.top(),
                                                  text.width() * 0.6, text.height()),
                                           line.groupNote, Qt::AlignRight | Qt::AlignVCenter);
                }
                y += pdf.pt(kHeadingPoints);
            }
            p.setPen(Qt::black);
            for (std::size_t c = 0; c < cells.size(); ++c) {
                p.setFont(c == 0 ? nameFont : rowFont);
                ReportText::drawElided(p, cells[c].translated(0, y), line.cells[int(c)]);
            }
            y += pdf.pt(kRowPoints);
        }
    }
    return pdf.finish(qint64(lines.size()), QStringLiteral("participants"));
}

} // namespace Plenary
