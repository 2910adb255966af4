// SPDX-License-Identifier: MIT
#include "speakersreport.h"

#include "agendastore.h"
#include "agendatext.h"
#include "eventstore.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "vocabulary.h"

#include <QLocale>

namespace Plenary {

using namespace ReportStyle;

namespace {

struct Column
{
    const char *title;
    double millimetres;
    Qt::Alignment align;
};

// 180 mm: the portrait body.
constexpr Column kColumns[] = {
    {"No.", 9, Qt::AlignLeft},           {"Starts", 14, Qt::AlignLeft}, {"Speaker", 52, Qt::AlignLeft},
    {"On behalf of", 36, Qt::AlignLeft}, {"Topic", 43, Qt::AlignLeft},  {"Minutes", 13, Qt::AlignRight},
    {"Total", 13, Qt::AlignRight},
};
constexpr std::size_t kColumnCount = std::size(kColumns);

constexpr double kLinePt = 10.5;

} // namespace

SpeakersReport::SpeakersReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> SpeakersReport::write()
{
    if (m_request.sessionId <= 0)
        return Error {QStringLiteral("speakers: which session? --session ID is required"),
                      QStringLiteral("session"), 0};
    const AgendaStore agenda(m_database);
    Result<QList<AgendaSession>> found = agenda.sessions();
    if (!found.ok())
        return found.error();
    const auto it = std::find_if(found.value().cbegin(), found.value().cend(),
                                 [&](const AgendaSession &s) { return s.id == m_request.sessionId; });
    if (it == found.value().cend())
        return Error {QStringLiteral("speakers: there is no session with id %1").arg(m_request.sessionId),
                      QStringLiteral("session"), 0};
    const AgendaSession session = *it;
    if (session.visibility != u"public" && !m_request.includeRestricted)
        return Error {
            QStringLiteral("speakers: \"%1\" is a restricted session: add --include-restricted to print "
                           "its list (the pages are marked RESTRICTED)")
                .arg(session.title),
            QStringLiteral("session"), 0};
    Result<QList<SpeakingSlot>> read = agenda.speakingSlots(session.id);
    if (!read.ok())
        return read.error();
    const QList<SpeakingSlot> slots = read.value();
    Result<QHash<qint64, Room>> readRooms = AgendaText::readRooms(m_database);
    if (!readRooms.ok())
        return readRooms.error();
    const QHash<qint64, Room> rooms = readRooms.value();
    QList<qint64> ids = session.chairIds;
    for (const SpeakingSlot &slot : slots) {
        if (slot.speakerId)
            ids.append(*slot.speakerId);
    }
    ReportPeople names;
    if (Status loaded = names.load(m_database, ids); !loaded)
        return loaded.error();

    const QTimeZone zone = EventStore(m_database).zone();
    const QLocale english(QLocale::English);
    const QString subtitle =
        QStringLiteral("%1 %2 · %3")
            .arg(english.toString(slots.size()),
                 slots.size() == 1 ? QStringLiteral("speaker") : QStringLiteral("speakers"),
                 AgendaText::zoneLabel(zone, session.startsAt));
    PdfReport pdf(m_request,
                  PdfReport::frameText(m_database, QStringLiteral("Speakers' list"), subtitle, m_request));
    if (Status opened = pdf.open(); !opened)
        return opened.error();

    const QFont titleFont = ReportFonts::font(14, QFont::Bold);
    const QFont infoFont = ReportFonts::font(9);
    const QFont columnFont = ReportFonts::font(6.5, QFont::DemiBold);
    const QFont cellFont = ReportFonts::font(8.5);
    const QFont nameFont = ReportFonts::font(8.5, QFont::DemiBold);
    const QFont nativeFont = ReportFonts::font(8);
    const QRectF body = pdf.body();
    const double line = pdf.pt(kLinePt);
    const QPaintDevice *device = pdf.device();
    std::vector<QRectF> cells; // x and width of each column, at y 0
    {
        double x = body.left();
        for (const Column &c : kColumns) {
            cells.emplace_back(x, 0, pdf.mm(c.millimetres) - pdf.mm(2), line);
            x += pdf.mm(c.millimetres);
        }
    }

    ReportFlow flow(body.height());
    const double columnsHeight = pdf.pt(16);
    const auto paintColumns = [=, &pdf](QPainter &p, const QRectF &rect) {
        p.setFont(columnFont);
        p.setPen(kMuted);
        for (std::size_t c = 0; c < kColumnCount; ++c)
            p.drawText(QRectF(cells[c].left(), rect.top(), cells[c].width(), rect.height() - pdf.pt(3)),
                       kColumns[c].align | Qt::AlignBottom, QString::fromLatin1(kColumns[c].title).toUpper());
        p.setPen(QPen(kRule, pdf.pt(0.6)));
        p.drawLine(QPointF(rect.left(), rect.bottom() - pdf.pt(1)),
                   QPointF(rect.right(), rect.bottom() - pdf.pt(1)));
    };
    flow.setContinued(columnsHeight, [paintColumns](QPainter &p, const QRectF &rect, const QString &) {
        paintColumns(p, rect);
    });

    // The session: its title, when and where, who chairs.
    const QStringList title = ReportText::wrap(session.title, titleFont, body.width(), device);
    QStringList info;
    if (session.isScheduled())
        info << AgendaText::longDay(session.startsAt.toTimeZone(zone).date()) + QStringLiteral(", ")
                + AgendaText::timeRange(session, zone);
    info << AgendaText::roomName(rooms, session);
    info << Vocabulary::label(Vocabulary::sessionKinds(), session.kind);
    QStringList chairs;
    for (qint64 id : session.chairIds)
        chairs << names.person(id);
    QStringList infoLines =
        ReportText::wrap(info.join(QStringLiteral(" · ")), infoFont, body.width(), device);
    if (!chairs.isEmpty())
        infoLines +=
            ReportText::wrap((chairs.size() > 1 ? QStringLiteral("Chairs: ") : QStringLiteral("Chair: "))
                                 + chairs.join(QStringLiteral("; ")),
                             infoFont, body.width(), device);
    const double titleLine = pdf.pt(17);
    const double infoLine = pdf.pt(12);
    flow.group();
    flow.add(title.size() * titleLine + infoLines.size() * infoLine + pdf.pt(10),
             [=](QPainter &p, const QRectF &rect) {
                 p.setFont(titleFont);
                 p.setPen(Qt::black);
                 ReportText::drawLines(p, rect.topLeft(), rect.width(), titleLine, title);
                 p.setFont(infoFont);
                 p.setPen(kMuted);
                 ReportText::drawLines(p, QPointF(rect.left(), rect.top() + title.size() * titleLine),
                                       rect.width(), infoLine, infoLines);
             });
    // The table: its column titles as a section heading, repeated on each page it runs onto.
    flow.heading(columnsHeight, QString(), paintColumns);

    int cumulative = 0;
    int position = 0;
    for (const SpeakingSlot &slot : slots) {
        ++position;
        std::array<QStringList, kColumnCount> text;
        text[0] = {QString::number(position)};
        text[1] = {session.isScheduled() ? session.startsAt.addSecs(qint64(cumulative) * 60)
                                               .toTimeZone(zone)
                                               .toString(QStringLiteral("HH:mm"))
                                         : QString()};
        const QString speaker = slot.speakerId ? names.name(*slot.speakerId) : QStringLiteral("To be named");
        text[2] = ReportText::wrap(speaker, nameFont, cells[2].width(), device);
        const QString native = slot.speakerId ? names.nativeName(*slot.speakerId) : QString();
        const qsizetype nameLines = text[2].size();
        if (!native.isEmpty())
            text[2] += ReportText::wrap(native, nativeFont, cells[2].width(), device);
        text[3] = ReportText::wrap(names.speakingFor(slot), cellFont, cells[3].width(), device);
        QString topic = slot.topic;
        if (slot.rightOfReply && !topic.startsWith(QStringLiteral("Right of reply"), Qt::CaseInsensitive))
            topic = topic.isEmpty() ? QStringLiteral("Right of reply")
                                    : QStringLiteral("Right of reply: ") + topic;
        text[4] = ReportText::wrap(topic, cellFont, cells[4].width(), device);
        if (slot.allottedMinutes) {
            cumulative += *slot.allottedMinutes;
            text[5] = {QString::number(*slot.allottedMinutes)};
        } else {
            text[5] = {QStringLiteral("—")};
        }
        text[6] = {QString::number(cumulative)};
        qsizetype lines = 1;
        for (const QStringList &cell : text)
            lines = std::max(lines, cell.size());
        const bool reply = slot.rightOfReply;
        flow.group();
        flow.add(lines * line + pdf.pt(5), [=, &pdf](QPainter &p, const QRectF &rect) {
            if (reply)
                p.fillRect(rect, kBand);
            const double top = rect.top() + pdf.pt(2.5);
            for (std::size_t c = 0; c < kColumnCount; ++c) {
                for (qsizetype i = 0; i < text[c].size(); ++i) {
                    const bool nativeLine = c == 2 && i >= nameLines;
                    p.setFont(c == 2                 ? (nativeLine ? nativeFont : nameFont)
                                  : c == 0 || c == 6 ? nameFont
                                                     : cellFont);
                    p.setPen(nativeLine || c == 1 ? kMuted : QColor(Qt::black));
                    ReportText::drawElided(p, QRectF(cells[c].left(), top + i * line, cells[c].width(), line),
                                           text[c].at(i), kColumns[c].align | Qt::AlignVCenter);
                }
            }
            paintRule(p, pdf, rect);
        });
    }
    // The total, against the time the session has.
    QString total = QStringLiteral("%1 minutes allotted").arg(cumulative);
    if (session.isScheduled()) {
        const qint64 available = session.startsAt.secsTo(session.endsAt) / 60;
        total += QStringLiteral(" of the session's %1 · the list ends at %2")
                     .arg(available)
                     .arg(session.startsAt.addSecs(qint64(cumulative) * 60)
                              .toTimeZone(zone)
                              .toString(QStringLiteral("HH:mm")));
        if (cumulative > available)
            total += QStringLiteral(" · %1 minutes over").arg(cumulative - available);
    }
    if (slots.isEmpty())
        total = QStringLiteral("Nobody is on the list yet.");
    flow.group();
    flow.add(pdf.pt(20), [=](QPainter &p, const QRectF &rect) {
        p.setFont(infoFont);
        p.setPen(Qt::black);
        ReportText::drawElided(p, rect, total, Qt::AlignRight | Qt::AlignVCenter);
    });
    pdf.setPageCount(flow.paginate());
    if (!flow.paint(pdf))
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    return pdf.finish(slots.size(), QStringLiteral("speakers"));
}

} // namespace Plenary
