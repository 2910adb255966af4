// SPDX-License-Identifier: MIT
// The schedule exporters of scheduleexport.h. The database is read once into a Programme (the
// scheduled sessions with local times, rooms, days and persons); the three writers only format it.
#include "scheduleexport.h"

#include "agendastore.h"
#include "eventstore.h"
#include "logging.h"
#include "vocabulary.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <libical/ical.h>
#include <memory>

namespace Plenary {

namespace {

/// The frab formats cannot say more than 99:59 in a duration.
constexpr qint64 maxDurationMinutes = 99 * 60 + 59;

struct Person
{
    qint64 id = 0;
    QString name;
    QString guid; ///< empty when the person has none
};

/// One scheduled session as the writers need it.
struct Item
{
    AgendaSession session;
    QString roomName; ///< empty for a session without a room
    QString roomGuid;
    QDateTime localStart; ///< in the event's zone
    QDateTime localEnd;
    QDate day; ///< the event-zone day it starts on
    QList<qint64> personIds; ///< chairs, then speakers, each once
    qsizetype chairCount = 0; ///< the first of personIds that chair
    QString slug;
};

/// The day of the programme with its sessions, by room.
struct Day
{
    QDate date;
    QDateTime start;
    QDateTime end;
    QList<const Item *> items; ///< by room order, then start
};

struct Programme
{
    QString title;
    QString acronym;
    QString zoneId;
    QTimeZone zone;
    QList<Room> rooms;
    QList<Item> items; ///< by start, then room order
    QList<Day> days;
    QHash<qint64, Person> persons;
    QSet<QString> roomsUsed;
    int unscheduled = 0;
};

/// A guid the schemas accept: ours are UUIDs already; one that is not (an imported oddity)
/// becomes a name-based UUID of itself, so it stays stable.
QString uuidFor(const QString &guid)
{
    const QUuid uuid = QUuid::fromString(guid);
    if (!uuid.isNull())
        return uuid.toString(QUuid::WithoutBraces);
    static const QUuid plenaryNamespace(QStringLiteral("{0b3f4d1e-7c1a-5e8e-9a51-2f0d3c4b6a71}"));
    return QUuid::createUuidV5(plenaryNamespace, guid).toString(QUuid::WithoutBraces);
}

/// Lower-case ASCII letters and digits; every other run becomes `separator`.
QString slugify(const QString &text, QChar separator, qsizetype maxLength)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug.append(c);
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        } else if (!slug.isEmpty() && !slug.endsWith(separator)) {
            slug.append(separator);
        }
        if (slug.size() >= maxLength)
            break;
    }
    while (slug.endsWith(separator))
        slug.chop(1);
    return slug;
}

/// Both schemas' acronym: [a-z0-9_], at least four characters.
QString acronymFor(const QString &title, const QDate &firstDay)
{
    QString acronym = slugify(title, u'_', 40);
    if (acronym.size() < 4)
        acronym = acronym.isEmpty() ? QStringLiteral("plenary") : acronym + QStringLiteral("_plenary");
    if (firstDay.isValid() && !acronym.contains(QString::number(firstDay.year())))
        acronym += u'_' + QString::number(firstDay.year());
    return acronym;
}

QString hoursMinutes(qint64 minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// ISO 8601 with the zone's offset (the XSD wants an offset or Z).
QString isoWithOffset(const QDateTime &local)
{
    return local.toString(Qt::ISODate);
}

/// XML 1.0 cannot carry most control characters: they are dropped.
QString xmlText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\n' || c == u'\t' || c == u'\r')
            clean.append(c);
    }
    return clean;
}

Result<Programme> loadProgramme(const Database &database)
{
    Programme programme;
    const Result<std::optional<EventInfo>> event = EventStore(database).load();
    if (!event.ok())
        return event.error();
    EventInfo info;
    if (event.value())
        info = *event.value();
    programme.title = info.name.isEmpty() ? QStringLiteral("Programme") : info.name;
    programme.zoneId = info.timeZone.isEmpty() ? QStringLiteral("UTC") : info.timeZone;
    programme.zone = QTimeZone(programme.zoneId.toUtf8());
    if (!programme.zone.isValid())
        return Error {QStringLiteral("the event's time zone \"%1\" is unknown").arg(programme.zoneId),
                      QStringLiteral("timeZone"), 0};
    programme.acronym = acronymFor(programme.title, info.firstDay);

    const AgendaStore store(database);
    Result<QList<Room>> rooms = store.rooms();
    if (!rooms.ok())
        return rooms.error();
    programme.rooms = std::move(rooms).value();
    QHash<qint64, qsizetype> roomIndex;
    for (qsizetype i = 0; i < programme.rooms.size(); ++i)
        roomIndex.insert(programme.rooms.at(i).id, i);

    Result<QList<AgendaSession>> sessions = store.sessions();
    if (!sessions.ok())
        return sessions.error();

    // Speakers of every session in one query, in list order.
    QHash<qint64, QList<qint64>> speakers;
    {
        Statement query(database.connection(),
                        QStringLiteral("SELECT session_id, speaker_id FROM speaking_slot "
                                       "WHERE speaker_id IS NOT NULL ORDER BY session_id, position"));
        if (const Status ran = query.exec(); !ran)
            return ran.error();
        while (query.next())
            speakers[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    }

    for (const AgendaSession &session : std::as_const(sessions.value())) {
        if (!session.isScheduled()) {
            ++programme.unscheduled;
            continue;
        }
        Item item;
        item.session = session;
        item.session.guid = uuidFor(session.guid);
        if (session.roomId && roomIndex.contains(*session.roomId)) {
            const Room &room = programme.rooms.at(roomIndex.value(*session.roomId));
            item.roomName = room.name;
            item.roomGuid = uuidFor(room.guid);
        }
        item.localStart = session.startsAt.toTimeZone(programme.zone);
        item.localEnd = session.endsAt.toTimeZone(programme.zone);
        item.day = item.localStart.date();
        const qint64 minutes = session.startsAt.secsTo(session.endsAt) / 60;
        if (minutes > maxDurationMinutes)
            return Error {QStringLiteral("session %1 \"%2\" lasts %3 hours; frab schedules end at 99:59")
                              .arg(session.id)
                              .arg(session.title)
                              .arg(minutes / 60),
                          QStringLiteral("endsAt"), 0};
        for (const qint64 id : session.chairIds) {
            if (!item.personIds.contains(id))
                item.personIds.append(id);
        }
        item.chairCount = item.personIds.size();
        for (const qint64 id : speakers.value(session.id)) {
            if (!item.personIds.contains(id))
                item.personIds.append(id);
        }
        QString titleSlug = slugify(session.title, u'-', 48);
        if (titleSlug.isEmpty())
            titleSlug = QStringLiteral("session");
        item.slug = QStringLiteral("%1-%2-%3").arg(programme.acronym).arg(session.id).arg(titleSlug);
        if (!item.roomName.isEmpty())
            programme.roomsUsed.insert(item.roomName);
        programme.items.append(std::move(item));
    }
    // The store orders by start then room id; the timetable's column order is room position.
    std::stable_sort(programme.items.begin(), programme.items.end(), [&](const Item &a, const Item &b) {
        if (a.session.startsAt != b.session.startsAt)
            return a.session.startsAt < b.session.startsAt;
        const qsizetype ra = a.session.roomId ? roomIndex.value(*a.session.roomId, -1) : -1;
        const qsizetype rb = b.session.roomId ? roomIndex.value(*b.session.roomId, -1) : -1;
        return ra < rb;
    });

    // Persons: the chairs and speakers, with the guid an earlier import gave them, else the
    // frab convention uuid5(NS_URL, "acct:" + email) when there is an email.
    {
        Statement query(
            database.connection(),
            QStringLiteral("SELECT p.id, p.honorific, p.given_names, p.family_name, p.email, "
                           "(SELECT min(sp.guid) FROM schedule_person sp WHERE sp.participant_id = p.id) "
                           "FROM participant p WHERE p.id IN (SELECT participant_id FROM session_chair "
                           "UNION SELECT speaker_id FROM speaking_slot WHERE speaker_id IS NOT NULL)"));
        if (const Status ran = query.exec(); !ran)
            return ran.error();
        static const QUuid urlNamespace(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
        while (query.next()) {
            Participant p;
            p.honorific = query.value(1).toString();
            p.givenNames = query.value(2).toString();
            p.familyName = query.value(3).toString();
            Person person;
            person.id = query.value(0).toLongLong();
            // Not the protocol form with the family name in capitals: a schedule shows the name
            // as it is, and an importer takes it as written.
            person.name = p.writtenName();
            const QString known = query.value(5).toString();
            const QString email = query.value(4).toString().trimmed().toLower();
            if (!known.isEmpty())
                person.guid = uuidFor(known);
            else if (!email.isEmpty())
                person.guid = QUuid::createUuidV5(urlNamespace, QStringLiteral("acct:") + email)
                                  .toString(QUuid::WithoutBraces);
            programme.persons.insert(person.id, person);
        }
    }

    // Days: the event's days, widened to every day a session starts on.
    QDate first = info.firstDay;
    QDate last = info.lastDay.isValid() ? info.lastDay : info.firstDay;
    for (const Item &item : std::as_const(programme.items)) {
        if (!first.isValid() || item.day < first)
            first = item.day;
        if (!last.isValid() || item.day > last)
            last = item.day;
    }
    if (!first.isValid())
        return Error {
            QStringLiteral("nothing to export: the event has no days and no session is scheduled"), {}, 0};
    QHash<QDate, qsizetype> dayIndex;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        Day day;
        day.date = date;
        day.start = QDateTime(date, QTime(0, 0), programme.zone);
        day.end = QDateTime(date.addDays(1), QTime(0, 0), programme.zone);
        dayIndex.insert(date, programme.days.size());
        programme.days.append(day);
    }
    for (const Item &item : std::as_const(programme.items)) {
        Day &day = programme.days[dayIndex.value(item.day)];
        day.items.append(&item);
        if (item.session.endsAt > day.end)
            day.end = item.localEnd; // a session crossing midnight stays on the day it starts
    }
    for (Day &day : programme.days) {
        std::stable_sort(day.items.begin(), day.items.end(), [&](const Item *a, const Item *b) {
            const qsizetype ra = a->session.roomId ? roomIndex.value(*a->session.roomId, -1) : -1;
            const qsizetype rb = b->session.roomId ? roomIndex.value(*b->session.roomId, -1) : -1;
            return ra < rb;
        });
    }
    return programme;
}

int countPersons(const Programme &programme)
{
    QSet<qint64> ids;
    for (const Item &item : programme.items) {
        for (const qint64 id : item.personIds) {
            if (programme.persons.contains(id))
                ids.insert(id);
        }
    }
    return int(ids.size());
}

QString versionString(const QDateTime &stamp)
{
    return QStringLiteral("Plenary %1, %2")
        .arg(QStringLiteral(PLENARY_VERSION), stamp.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

QByteArray writeXml(const Programme &programme, const QDateTime &stamp)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeStartElement(QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Plenary"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral(PLENARY_VERSION));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("version"), versionString(stamp));

    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("title"), xmlText(programme.title));
    xml.writeTextElement(QStringLiteral("acronym"), programme.acronym);
    // Plain dates: ConfClerk's day view stays empty with date-times here.
    xml.writeTextElement(QStringLiteral("start"), programme.days.first().date.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("end"), programme.days.last().date.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("days"), QString::number(programme.days.size()));
    xml.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    xml.writeTextElement(QStringLiteral("time_zone_name"), programme.zoneId);
    QStringList tracks;
    for (const Item &item : programme.items) {
        if (!item.session.track.isEmpty() && !tracks.contains(item.session.track))
            tracks.append(item.session.track);
    }
    for (const QString &track : std::as_const(tracks)) {
        xml.writeEmptyElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("name"), xmlText(track));
    }
    xml.writeEndElement(); // conference

    for (qsizetype d = 0; d < programme.days.size(); ++d) {
        const Day &day = programme.days.at(d);
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(d + 1));
        xml.writeAttribute(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("start"), isoWithOffset(day.start));
        xml.writeAttribute(QStringLiteral("end"), isoWithOffset(day.end));
        QString openRoom;
        bool roomOpen = false;
        for (const Item *item : day.items) {
            if (!roomOpen || item->roomName != openRoom) {
                if (roomOpen)
                    xml.writeEndElement();
                xml.writeStartElement(QStringLiteral("room"));
                xml.writeAttribute(QStringLiteral("name"), xmlText(item->roomName));
                if (!item->roomGuid.isEmpty())
                    xml.writeAttribute(QStringLiteral("guid"), item->roomGuid);
                openRoom = item->roomName;
                roomOpen = true;
            }
            const AgendaSession &s = item->session;
            xml.writeStartElement(QStringLiteral("event"));
            xml.writeAttribute(QStringLiteral("guid"), s.guid);
            xml.writeAttribute(QStringLiteral("id"), QString::number(s.id));
            xml.writeTextElement(QStringLiteral("room"), xmlText(item->roomName));
            xml.writeTextElement(QStringLiteral("title"), xmlText(s.title));
            xml.writeTextElement(QStringLiteral("type"), s.kind);
            xml.writeTextElement(QStringLiteral("date"), isoWithOffset(item->localStart));
            xml.writeTextElement(QStringLiteral("start"), item->localStart.toString(QStringLiteral("HH:mm")));
            xml.writeTextElement(QStringLiteral("duration"), hoursMinutes(s.startsAt.secsTo(s.endsAt) / 60));
            // Required, and left empty: the description is written once, in <description>, so
            // that readers do not show it twice and a re-import gets it back as it was.
            xml.writeTextElement(QStringLiteral("abstract"), QString());
            xml.writeTextElement(QStringLiteral("slug"), item->slug);
            xml.writeTextElement(QStringLiteral("track"), xmlText(s.track));
            if (!s.languages.isEmpty())
                xml.writeTextElement(QStringLiteral("language"), s.languages.join(u','));
            xml.writeTextElement(QStringLiteral("description"), xmlText(s.description));
            xml.writeStartElement(QStringLiteral("persons"));
            for (const qint64 id : item->personIds) {
                const auto person = programme.persons.constFind(id);
                if (person == programme.persons.cend())
                    continue;
                xml.writeStartElement(QStringLiteral("person"));
                xml.writeAttribute(QStringLiteral("id"), QString::number(person->id));
                if (!person->guid.isEmpty())
                    xml.writeAttribute(QStringLiteral("guid"), person->guid);
                xml.writeCharacters(xmlText(person->name));
                xml.writeEndElement();
            }
            xml.writeEndElement(); // persons
            xml.writeEndElement(); // event
        }
        if (roomOpen)
            xml.writeEndElement();
        xml.writeEndElement(); // day
    }
    xml.writeEndElement(); // schedule
    xml.writeEndDocument();
    return bytes;
}

QByteArray writeJson(const Programme &programme, const QDateTime &stamp)
{
    QJsonObject conference;
    conference.insert(QStringLiteral("acronym"), programme.acronym);
    conference.insert(QStringLiteral("title"), programme.title);
    conference.insert(QStringLiteral("start"), programme.days.first().date.toString(Qt::ISODate));
    conference.insert(QStringLiteral("end"), programme.days.last().date.toString(Qt::ISODate));
    conference.insert(QStringLiteral("daysCount"), int(programme.days.size()));
    conference.insert(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    // The schema's pattern leaves out zones such as "Etc/GMT+4"; the field is optional.
    static const QRegularExpression zonePattern(QStringLiteral("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$"));
    if (zonePattern.match(programme.zoneId).hasMatch())
        conference.insert(QStringLiteral("time_zone_name"), programme.zoneId);

    QJsonArray rooms;
    for (const Room &room : programme.rooms) {
        if (!programme.roomsUsed.contains(room.name))
            continue;
        QJsonObject r {{QStringLiteral("name"), room.name}, {QStringLiteral("guid"), uuidFor(room.guid)}};
        if (room.capacity)
            r.insert(QStringLiteral("capacity"), *room.capacity);
        rooms.append(r);
    }
    conference.insert(QStringLiteral("rooms"), rooms);
    QJsonArray tracks;
    QStringList seenTracks;
    for (const Item &item : programme.items) {
        if (!item.session.track.isEmpty() && !seenTracks.contains(item.session.track)) {
            seenTracks.append(item.session.track);
            tracks.append(QJsonObject {{QStringLiteral("name"), item.session.track}});
        }
    }
    conference.insert(QStringLiteral("tracks"), tracks);

    QJsonArray days;
    for (qsizetype d = 0; d < programme.days.size(); ++d) {
        const Day &day = programme.days.at(d);
        QJsonObject byRoom;
        for (const Item *item : day.items) {
            const AgendaSession &s = item->session;
            QJsonArray persons;
            for (const qint64 id : item->personIds) {
                const auto person = programme.persons.constFind(id);
                if (person == programme.persons.cend())
                    continue;
                // frab's person: public_name and id (a "name" too would also make it a pretalx
                // person, and the schema wants exactly one of the two).
                QJsonObject p {{QStringLiteral("id"), person->id},
                               {QStringLiteral("public_name"), person->name}};
                if (!person->guid.isEmpty())
                    p.insert(QStringLiteral("guid"), person->guid);
                persons.append(p);
            }
            QJsonObject event {
                {QStringLiteral("guid"), s.guid},
                {QStringLiteral("id"), s.id},
                {QStringLiteral("date"), isoWithOffset(item->localStart)},
                {QStringLiteral("start"), item->localStart.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("end"), isoWithOffset(item->localEnd)},
                {QStringLiteral("duration"), hoursMinutes(s.startsAt.secsTo(s.endsAt) / 60)},
                {QStringLiteral("room"), item->roomName},
                {QStringLiteral("slug"), item->slug},
                {QStringLiteral("url"), QString(QStringLiteral("urn:uuid:") + s.guid)},
                {QStringLiteral("title"), s.title},
                {QStringLiteral("subtitle"), QJsonValue::Null},
                {QStringLiteral("track"),
                 s.track.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.track)},
                {QStringLiteral("type"), s.kind},
                {QStringLiteral("language"),
                 s.languages.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.languages.join(u','))},
                {QStringLiteral("abstract"), QString()},
                {QStringLiteral("description"), s.description},
                {QStringLiteral("persons"), persons},
                {QStringLiteral("links"), QJsonArray()},
            };
            QJsonArray list = byRoom.value(item->roomName).toArray();
            list.append(event);
            byRoom.insert(item->roomName, list);
        }
        days.append(QJsonObject {
            {QStringLiteral("index"), int(d + 1)},
            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
            {QStringLiteral("day_start"), isoWithOffset(day.start)},
            {QStringLiteral("day_end"), isoWithOffset(day.end)},
            {QStringLiteral("rooms"), byRoom},
        });
    }
    conference.insert(QStringLiteral("days"), days);

    const QJsonObject root {
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Plenary")},
                      {QStringLiteral("version"), QStringLiteral(PLENARY_VERSION)}}},
        {QStringLiteral("schedule"),
         QJsonObject {{QStringLiteral("version"), versionString(stamp)},
                      {QStringLiteral("conference"), conference}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

struct IcalComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using IcalComponent = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

/// A wall-clock time of the event's zone, written with a TZID parameter (no Z, no zone pointer).
icaltimetype floatingTime(const QDateTime &local)
{
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    return t;
}

icaltimetype utcTime(const QDateTime &utc)
{
    return icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

Result<QByteArray> writeIcs(const Programme &programme, const QDateTime &stamp)
{
    IcalComponent calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Plenary//Plenary " PLENARY_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // The calendar's name as RFC 7986 NAME, a TEXT value libical escapes. (X-WR-CALNAME is left
    // out: libical writes X- values without escaping commas and semicolons.)
    icalcomponent_add_property(calendar.get(), icalproperty_new_name(programme.title.toUtf8().constData()));

    // libical's own VTIMEZONE for the zone (from the system's tzdata), renamed from its
    // "/freeassociation.sourceforge.net/Zone" to the plain IANA id that DTSTART/DTEND use.
    const QByteArray tzid = programme.zoneId.toUtf8();
    const bool utcZone = programme.zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0
        && (programme.zoneId == u"UTC" || programme.zoneId == u"Etc/UTC" || programme.zoneId == u"GMT");
    if (!utcZone) {
        icaltimezone *builtin = icaltimezone_get_builtin_timezone(tzid.constData());
        if (!builtin)
            return Error {QStringLiteral("libical has no time zone \"%1\"").arg(programme.zoneId),
                          QStringLiteral("timeZone"), 0};
        icalcomponent *vtimezone = icalcomponent_new_clone(icaltimezone_get_component(builtin));
        icalproperty *id = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
        if (id)
            icalproperty_set_tzid(id, tzid.constData());
        else
            icalcomponent_add_property(vtimezone, icalproperty_new_tzid(tzid.constData()));
        icalcomponent_add_component(calendar.get(), vtimezone);
    }

    const icaltimetype dtstamp = utcTime(stamp);
    for (const Item &item : programme.items) {
        const AgendaSession &s = item.session;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(event, icalproperty_new_uid(s.guid.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        const auto addTime = [&](icalproperty *property) {
            if (!utcZone)
                icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.constData()));
            icalcomponent_add_property(event, property);
        };
        if (utcZone) {
            addTime(icalproperty_new_dtstart(utcTime(s.startsAt)));
            addTime(icalproperty_new_dtend(utcTime(s.endsAt)));
        } else {
            addTime(icalproperty_new_dtstart(floatingTime(item.localStart)));
            addTime(icalproperty_new_dtend(floatingTime(item.localEnd)));
        }
        icalcomponent_add_property(event, icalproperty_new_summary(s.title.toUtf8().constData()));
        // Calendars have no field for them: the chairs and speakers go below the description.
        QStringList lines;
        if (!s.description.trimmed().isEmpty())
            lines.append(s.description.trimmed() + u'\n');
        QStringList chairs;
        QStringList speakers;
        for (qsizetype i = 0; i < item.personIds.size(); ++i) {
            const auto person = programme.persons.constFind(item.personIds.at(i));
            if (person != programme.persons.cend())
                (i < item.chairCount ? chairs : speakers).append(person->name);
        }
        if (!chairs.isEmpty())
            lines.append(QStringLiteral("Chair: ") + chairs.join(QStringLiteral(", ")));
        if (!speakers.isEmpty())
            lines.append(QStringLiteral("Speakers: ") + speakers.join(QStringLiteral(", ")));
        const QString description = lines.join(u'\n').trimmed();
        if (!description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(description.toUtf8().constData()));
        if (!item.roomName.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_location(item.roomName.toUtf8().constData()));
        icalcomponent_add_property(
            event,
            icalproperty_new_categories(
                Vocabulary::label(Vocabulary::sessionKinds(), s.kind).toUtf8().constData()));
        icalcomponent_add_property(event,
                                   icalproperty_new_class(s.visibility == u"restricted"
                                                              ? ICAL_CLASS_CONFIDENTIAL
                                                              : ICAL_CLASS_PUBLIC));
        icalcomponent_add_component(calendar.get(), event);
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Error {QStringLiteral("libical could not write the calendar"), {}, 0};
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace

QString ScheduleExportReport::summary() const
{
    QString text = QStringLiteral("Exported %1 session(s) in %2 room(s) with %3 person(s) to %4 (%5")
                       .arg(sessions)
                       .arg(rooms)
                       .arg(persons)
                       .arg(file, format);
    if (days > 0)
        text += QStringLiteral(", %1 day(s)").arg(days);
    text += QStringLiteral(").");
    if (unscheduled > 0)
        text +=
            QStringLiteral(" %1 unscheduled session(s) left out: the format needs a time.").arg(unscheduled);
    return text;
}

std::optional<ScheduleExport::Format> ScheduleExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xml")
        return Format::Xml;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"ics")
        return Format::Ics;
    return std::nullopt;
}

QString ScheduleExport::formatName(Format format)
{
    switch (format) {
    case Format::Xml:
        return QStringLiteral("frab XML");
    case Format::Json:
        return QStringLiteral("frab JSON");
    case Format::Ics:
        return QStringLiteral("iCalendar");
    }
    return {};
}

Result<QByteArray> ScheduleExport::render(Format format, ScheduleExportReport *report) const
{
    Result<Programme> loaded = loadProgramme(m_database);
    if (!loaded.ok())
        return loaded.error();
    const Programme &programme = loaded.value();
    const QDateTime stamp = m_stamp.isValid() ? m_stamp.toUTC() : QDateTime::currentDateTimeUtc();
    if (report) {
        report->format = formatName(format);
        report->sessions = int(programme.items.size());
        report->unscheduled = programme.unscheduled;
        report->rooms = int(programme.roomsUsed.size());
        report->persons = countPersons(programme);
        report->days = format == Format::Ics ? 0 : int(programme.days.size());
    }
    switch (format) {
    case Format::Xml:
        return writeXml(programme, stamp);
    case Format::Json:
        return writeJson(programme, stamp);
    case Format::Ics:
        return writeIcs(programme, stamp);
    }
    return Error {QStringLiteral("unknown export format"), {}, 0};
}

Result<ScheduleExportReport> ScheduleExport::exportFile(const QString &path) const
{
    const std::optional<Format> format = formatOf(path);
    if (!format)
        return Error {QStringLiteral("%1: the file name must end in .xml, .json or .ics").arg(path), {}, 0};
    ScheduleExportReport report;
    report.file = path;
    Result<QByteArray> bytes = render(*format, &report);
    if (!bytes.ok())
        return bytes.error();
    // Written beside the target and renamed over it at the end: a failure leaves no partial file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1: %2").arg(path, file.errorString()), {}, 0};
    if (file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return Error {QStringLiteral("%1: %2").arg(path, file.errorString()), {}, 0};
    qCDebug(lcModels) << "exported" << report.sessions << "sessions to" << path;
    return report;
}

} // namespace Plenary
