// SPDX-License-Identifier: MIT
#include "programmereport.h"

#include "agendastore.h"
#include "agendatext.h"
#include "eventstore.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace Plenary {

using namespace ReportStyle;

namespace {

/// One session as laid out: its text already broken into lines.
struct SessionLines
{
    QString time;
    QStringList place; ///< the room (by day) or the day (by room), under the time
    QStringList title;
    QString meta; ///< kind · languages
    bool restricted = false;
    QString chairLabel;
    QStringList chairs;
    QStringList speakers;
};

// Geometry in millimetres and points.
constexpr double kTimeColumnMm = 27;
constexpr double kLabelColumnMm = 17;
constexpr double kTitleLinePt = 12.5;
constexpr double kLinePt = 10.5;
constexpr double kPaddingPt = 5;

} // namespace

ProgrammeReport::ProgrammeReport(const Database &database, const ReportRequest &request)
    : m_database(database)
    , m_request(request)
{ }

Result<ReportOutcome> ProgrammeReport::write()
{
    const QString order = m_request.order.isEmpty() ? QStringLiteral("day") : m_request.order;
    if (order != u"day" && order != u"room")
        return Error {QStringLiteral("programme: unknown order \"%1\" (day or room)").arg(order),
                      QStringLiteral("order"), 0};
    const AgendaStore agenda(m_database);
    Result<QList<Room>> roomList = agenda.rooms();
    if (!roomList.ok())
        return roomList.error();
    QHash<qint64, Room> rooms;
    for (const Room &room : roomList.value())
        rooms.insert(room.id, room);
    if (m_request.roomId != 0 && !rooms.contains(m_request.roomId))
        return Error {QStringLiteral("programme: there is no room with id %1").arg(m_request.roomId),
                      QStringLiteral("room"), 0};
    const QTimeZone zone = EventStore(m_database).zone();
    Result<std::optional<EventInfo>> event = EventStore(m_database).load();
    if (!event.ok())
        return event.error();
    if (m_request.day.isValid() && event.value()
        && (m_request.day < event.value()->firstDay || m_request.day > event.value()->lastDay))
        return Error {QStringLiteral("programme: %1 is not a day of the event (%2 to %3)")
                          .arg(m_request.day.toString(Qt::ISODate),
                               event.value()->firstDay.toString(Qt::ISODate),
                               event.value()->lastDay.toString(Qt::ISODate)),
                      QStringLiteral("day"), 0};

    // Read: the sessions with their chairs, every speakers' list, the people they name.
    Result<QList<AgendaSession>> read = agenda.sessions();
    if (!read.ok())
        return read.error();
    std::vector<AgendaSession> sessions;
    for (const AgendaSession &s : read.value()) {
        if (!s.isScheduled())
            continue;
        if (s.visibility != u"public" && !m_request.includeRestricted)
            continue;
        if (m_request.roomId != 0 && s.roomId.value_or(0) != m_request.roomId)
            continue;
        if (m_request.day.isValid() && s.startsAt.toTimeZone(zone).date() != m_request.day)
            continue;
        sessions.push_back(s);
    }
    Result<QList<SpeakingSlot>> slotList = agenda.allSpeakingSlots();
    if (!slotList.ok())
        return slotList.error();
    QHash<qint64, QList<SpeakingSlot>> slots;
    QList<qint64> people;
    for (const SpeakingSlot &slot : slotList.value()) {
        slots[slot.sessionId].append(slot);
        if (slot.speakerId)
            people.append(*slot.speakerId);
    }
    for (const AgendaSession &s : sessions)
        people.append(s.chairIds);
    ReportPeople names;
    if (Status loaded = names.load(m_database, people); !loaded)
        return loaded.error();

    // By room: rooms in their timetable order, each room's sessions by time.
    if (order == u"room") {
        QHash<qint64, int> position;
        for (qsizetype i = 0; i < roomList.value().size(); ++i)
            position.insert(roomList.value().at(i).id, int(i));
        std::stable_sort(sessions.begin(), sessions.end(),
                         [&](const AgendaSession &a, const AgendaSession &b) {
                             const int pa = a.roomId ? position.value(*a.roomId, INT_MAX) : INT_MAX;
                             const int pb = b.roomId ? position.value(*b.roomId, INT_MAX) : INT_MAX;
                             return pa < pb;
                         });
    }

    const QLocale english(QLocale::English);
    QString subtitle = order == u"day" ? QStringLiteral("By day") : QStringLiteral("By room");
    if (m_request.day.isValid())
        subtitle += QStringLiteral(" · ") + AgendaText::longDay(m_request.day);
    if (m_request.roomId != 0)
        subtitle += QStringLiteral(" · ") + rooms.value(m_request.roomId).name;
    subtitle +=
        QStringLiteral(" · %1 %2 · %3")
            .arg(english.toString(qlonglong(sessions.size())),
                 sessions.size() == 1 ? QStringLiteral("session") : QStringLiteral("sessions"),
                 AgendaText::zoneLabel(zone, sessions.empty() ? QDateTime() : sessions.front().startsAt));
    PdfReport pdf(m_request,
                  PdfReport::frameText(m_database, QStringLiteral("Programme"), subtitle, m_request));
    if (Status opened = pdf.open(); !opened)
        return opened.error();

    const QFont timeFont = ReportFonts::font(9, QFont::Bold);
    const QFont placeFont = ReportFonts::font(7.5);
    const QFont titleFont = ReportFonts::font(9.5, QFont::DemiBold);
    const QFont metaFont = ReportFonts::font(7.5);
    const QFont labelFont = ReportFonts::font(7, QFont::DemiBold);
    const QFont nameFont = ReportFonts::font(8);
    const QRectF body = pdf.body();
    const double timeWidth = pdf.mm(kTimeColumnMm);
    const double detailWidth = body.width() - timeWidth;
    const double namesWidth = detailWidth - pdf.mm(kLabelColumnMm);
    const double titleLine = pdf.pt(kTitleLinePt);
    const double line = pdf.pt(kLinePt);
    const double padding = pdf.pt(kPaddingPt);
    const QPaintDevice *device = pdf.device();

    ReportFlow flow = flowFor(pdf);
    QString section;
    qsizetype done = 0;
    for (const AgendaSession &s : sessions) {
        const QDate day = s.startsAt.toTimeZone(zone).date();
        const QString heading = order == u"day" ? AgendaText::longDay(day) : AgendaText::roomName(rooms, s);
        if (heading != section) {
            section = heading;
            QString note;
            if (order == u"room" && s.roomId) {
                const Room room = rooms.value(*s.roomId);
                QStringList parts;
                if (!room.floor.isEmpty())
                    parts << room.floor;
                if (room.capacity)
                    parts << QStringLiteral("%1 seats").arg(english.toString(*room.capacity));
                if (room.booths > 0)
                    parts << QStringLiteral("%1 interpretation booths").arg(room.booths);
                note = parts.join(QStringLiteral(" · "));
            }
            const PdfReport *report = &pdf;
            flow.heading(headingHeight(pdf), heading,
                         [report, heading, note](QPainter &p, const QRectF &rect) {
                             paintHeading(p, *report, rect, heading, note);
                         });
        }

        SessionLines l;
        l.time = AgendaText::timeRange(s, zone);
        l.place = ReportText::wrap(order == u"day" ? AgendaText::roomName(rooms, s)
                                                   : english.toString(day, QStringLiteral("ddd d MMM")),
                                   placeFont, timeWidth - pdf.mm(3), device);
        l.title = ReportText::wrap(s.title, titleFont, detailWidth, device);
        QStringList meta {Vocabulary::label(Vocabulary::sessionKinds(), s.kind)};
        if (!s.languages.isEmpty())
            meta << s.languages.join(QStringLiteral(", ")).toUpper();
        l.meta = meta.join(QStringLiteral(" · "));
        l.restricted = s.visibility != u"public";
        QStringList chairs;
        for (qint64 id : s.chairIds)
            chairs << names.person(id);
        l.chairLabel = chairs.size() > 1 ? QStringLiteral("CHAIRS") : QStringLiteral("CHAIR");
        l.chairs = ReportText::wrap(chairs.join(QStringLiteral("; ")), nameFont, namesWidth, device);
        // One speaker a line: a name in Arabic never runs into the next speaker's.
        for (const SpeakingSlot &slot : slots.value(s.id))
            l.speakers << QStringLiteral("%1. %2").arg(l.speakers.size() + 1).arg(names.speaker(slot));

        const double left = line + l.place.size() * pdf.pt(9.5);
        const double right = l.title.size() * titleLine + line + l.chairs.size() * line;
        const double head = padding + std::max(left, right);
        flow.group();
        const bool hasSpeakers = !l.speakers.isEmpty();
        const auto rule = [&pdf](QPainter &p, const QRectF &rect) { paintRule(p, pdf, rect); };
        flow.add(head + (hasSpeakers ? 0 : padding), [=, &pdf](QPainter &p, const QRectF &rect) {
            const double top = rect.top() + padding;
            p.setFont(timeFont);
            p.setPen(Qt::black);
            ReportText::drawElided(p, QRectF(rect.left(), top, timeWidth, line), l.time);
            p.setFont(placeFont);
            p.setPen(kMuted);
            ReportText::drawLines(p, QPointF(rect.left(), top + line), timeWidth - pdf.mm(3), pdf.pt(9.5),
                                  l.place);
            const double x = rect.left() + timeWidth;
            double y = top;
            p.setFont(titleFont);
            p.setPen(Qt::black);
            ReportText::drawLines(p, QPointF(x, y), detailWidth, titleLine, l.title);
            y += l.title.size() * titleLine;
            p.setFont(metaFont);
            p.setPen(kMuted);
            const QRectF metaRect(x, y, detailWidth, line);
            ReportText::drawElided(p, metaRect, l.meta);
            if (l.restricted) {
                p.setPen(kMarking);
                p.setFont(labelFont);
                p.drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("RESTRICTED"));
            }
            y += line;
            if (!l.chairs.isEmpty()) {
                p.setFont(labelFont);
                p.setPen(kMuted);
                p.drawText(QRectF(x, y, pdf.mm(kLabelColumnMm), line), Qt::AlignLeft | Qt::AlignVCenter,
                           l.chairLabel);
                p.setFont(nameFont);
                p.setPen(Qt::black);
                ReportText::drawLines(p, QPointF(x + pdf.mm(kLabelColumnMm), y), namesWidth, line, l.chairs);
            }
            if (l.speakers.isEmpty())
                paintRule(p, pdf, rect);
        });
        for (qsizetype i = 0; i < l.speakers.size(); ++i) {
            const bool first = i == 0;
            const bool last = i + 1 == l.speakers.size();
            const QString text = l.speakers.at(i);
            flow.add(line + (last ? padding : 0), [=, &pdf](QPainter &p, const QRectF &rect) {
                const double x = rect.left() + timeWidth;
                if (first) {
                    p.setFont(labelFont);
                    p.setPen(kMuted);
                    p.drawText(QRectF(x, rect.top(), pdf.mm(kLabelColumnMm), line),
                               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("SPEAKERS"));
                }
                p.setFont(nameFont);
                p.setPen(Qt::black);
                ReportText::drawElided(p, QRectF(x + pdf.mm(kLabelColumnMm), rect.top(), namesWidth, line),
                                       text);
                if (last)
                    rule(p, rect);
            });
        }
        if (++done % 200 == 0 && !pdf.progress(0, 1))
            return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    }
    if (sessions.empty())
        addNote(flow, pdf, QStringLiteral("No sessions match."));
    pdf.setPageCount(flow.paginate());
    if (!flow.paint(pdf))
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    return pdf.finish(qint64(sessions.size()), QStringLiteral("sessions"));
}

} // namespace Plenary
