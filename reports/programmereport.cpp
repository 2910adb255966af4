// SPDX-License-Identifier: MIT
#include "programmereport.h"

#include "agendastore.h"
#include "agendatext.h"
#include "eventstore.h"
#include "logging.h"
#include "reportfonts.h"
#include "reportstyle.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace Plenary {

using namespace ReportStyle;

namespace {

/// One session as laid out: its text shaped and broken into lines.
struct SessionLines
{
    ShapedText time;
    ShapedText place; ///< the room (by day) or the day (by room), under the time
    ShapedText title;
    ShapedText meta; ///< kind · languages
    bool restricted = false;
    ShapedText chairLabel;
    ShapedText chairs;
};

/// Shaped texts that recur (rooms, days, labels, speakers' names and numbers), shaped once.
class ShapedCache
{
public:
    ShapedCache(const QFont &font, double width, double lineHeight, const QPaintDevice *device, int maxLines)
        : m_font(font)
        , m_width(width)
        , m_lineHeight(lineHeight)
        , m_device(device)
        , m_maxLines(maxLines)
    { }
    const ShapedText &operator()(const QString &text)
    {
        auto it = m_cache.find(text);
        if (it == m_cache.end())
            it = m_cache.insert(text, ShapedText(text, m_font, m_width, m_lineHeight, m_device, m_maxLines));
        return *it;
    }

private:
    QFont m_font;
    double m_width;
    double m_lineHeight;
    const QPaintDevice *m_device;
    int m_maxLines;
    QHash<QString, ShapedText> m_cache;
};

// Geometry in millimetres and points.
constexpr double kTimeColumnMm = 27;
constexpr double kLabelColumnMm = 17;
constexpr double kNumberMm = 6;
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
    QElapsedTimer timer;
    timer.start();
    const AgendaStore agenda(m_database);
    Result<QList<Room>> roomList = agenda.rooms();
    if (!roomList.ok())
        return roomList.error();
    const QHash<qint64, Room> rooms = AgendaText::roomsById(roomList.value());
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

    ShapedCache times(timeFont, timeWidth, line, device, 1);
    ShapedCache places(placeFont, timeWidth - pdf.mm(3), pdf.pt(9.5), device, 0);
    ShapedCache metas(metaFont, detailWidth - pdf.mm(20), line, device, 1);
    ShapedCache labels(labelFont, pdf.mm(kLabelColumnMm), line, device, 1);
    ShapedCache numbers(nameFont, pdf.mm(kNumberMm), line, device, 1);
    ShapedCache speakerNames(nameFont, namesWidth - pdf.mm(kNumberMm), line, device, 1);
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
        l.time = times(AgendaText::timeRange(s, zone));
        l.place = places(order == u"day" ? AgendaText::roomName(rooms, s)
                                         : english.toString(day, QStringLiteral("ddd d MMM")));
        l.title = ShapedText(s.title, titleFont, detailWidth, titleLine, device);
        QStringList meta {Vocabulary::label(Vocabulary::sessionKinds(), s.kind)};
        if (!s.languages.isEmpty())
            meta << s.languages.join(QStringLiteral(", ")).toUpper();
        l.meta = metas(meta.join(QStringLiteral(" · ")));
        l.restricted = s.visibility != u"public";
        QStringList chairs;
        for (qint64 id : s.chairIds)
            chairs << names.person(id);
        l.chairLabel = labels(chairs.size() > 1 ? QStringLiteral("CHAIRS") : QStringLiteral("CHAIR"));
        l.chairs = ShapedText(chairs.join(QStringLiteral("; ")), nameFont, namesWidth, line, device);

        const double left = line + l.place.height();
        const double right = l.title.height() + line + l.chairs.height();
        const double head = padding + std::max(left, right);
        const QList<SpeakingSlot> speakers = slots.value(s.id);
        flow.group();
        const auto rule = [&pdf](QPainter &p, const QRectF &rect) { paintRule(p, pdf, rect); };
        const ShapedText restrictedLabel = labels(QStringLiteral("RESTRICTED"));
        flow.add(head + (speakers.isEmpty() ? padding : 0), [=, &pdf](QPainter &p, const QRectF &rect) {
            const double top = rect.top() + padding;
            p.setPen(Qt::black);
            l.time.draw(p, QPointF(rect.left(), top));
            p.setPen(kMuted);
            l.place.draw(p, QPointF(rect.left(), top + line));
            const double x = rect.left() + timeWidth;
            double y = top;
            p.setPen(Qt::black);
            l.title.draw(p, QPointF(x, y));
            y += l.title.height();
            p.setPen(kMuted);
            l.meta.draw(p, QPointF(x, y));
            if (l.restricted) {
                p.setPen(kMarking);
                restrictedLabel.draw(p, QPointF(x + detailWidth - pdf.mm(17), y));
            }
            y += line;
            if (!l.chairs.isEmpty()) {
                p.setPen(kMuted);
                l.chairLabel.draw(p, QPointF(x, y));
                p.setPen(Qt::black);
                l.chairs.draw(p, QPointF(x + pdf.mm(kLabelColumnMm), y));
            }
            if (speakers.isEmpty())
                paintRule(p, pdf, rect);
        });
        // One speaker a line: a name in Arabic never runs into the next speaker's.
        const ShapedText speakersLabel = labels(QStringLiteral("SPEAKERS"));
        for (qsizetype i = 0; i < speakers.size(); ++i) {
            const bool last = i + 1 == speakers.size();
            const ShapedText label = i == 0 ? speakersLabel : ShapedText();
            const ShapedText number = numbers(QStringLiteral("%1.").arg(i + 1));
            const ShapedText name = speakerNames(names.speaker(speakers.at(i)));
            flow.add(line + (last ? padding : 0), [=, &pdf](QPainter &p, const QRectF &rect) {
                const double x = rect.left() + timeWidth;
                p.setPen(kMuted);
                label.draw(p, QPointF(x, rect.top()));
                p.setPen(Qt::black);
                number.draw(p, QPointF(x + pdf.mm(kLabelColumnMm), rect.top()));
                name.draw(p, QPointF(x + pdf.mm(kLabelColumnMm + kNumberMm), rect.top()));
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
    qCDebug(lcReports) << "programme: laid out in" << timer.restart() << "ms";
    if (!flow.paint(pdf))
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
    Result<ReportOutcome> outcome = pdf.finish(qint64(sessions.size()), QStringLiteral("sessions"));
    qCDebug(lcReports) << "programme: painted in" << timer.restart() << "ms";
    return outcome;
}

} // namespace Plenary
