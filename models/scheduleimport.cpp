// SPDX-License-Identifier: MIT
#include "scheduleimport.h"

#include "agendastore.h"
#include "countries.h"
#include "eventstore.h"
#include "logging.h"
#include "participantstore.h"
#include "sqlvalues.h"
#include "vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamReader>

#include <optional>
#include <vector>

namespace Plenary {

namespace {

constexpr qsizetype MaxWarnings = 1000;

/// Namespace of the guids we derive for events and rooms that carry none, so that the same
/// file gives the same guids every time (re-import updates instead of duplicating).
const QUuid kGuidNamespace(QStringLiteral("{5b0c7a4e-2f7d-4c55-9a43-1f0e2d6c8b11}"));

QString derivedGuid(const QString &name)
{
    return QUuid::createUuidV5(kGuidNamespace, name).toString(QUuid::WithoutBraces);
}

/// A person as an event lists it.
struct RawPerson
{
    QString guid;
    QString id; ///< the file's own id (pentabarf id, pretalx code)
    QString name;
};

/// An event as written in the file; times are resolved once the whole file (and so the
/// conference's zone) is known.
struct RawEvent
{
    int line = 0; ///< of <event>; the values below have their own
    int dateLine = 0;
    int startLine = 0;
    int durationLine = 0;
    int languageLine = 0;
    QString path; ///< where in a JSON file, for messages
    QString id;
    QString guid;
    QString title;
    QString type;
    QString room;
    QString roomGuid;
    QString track;
    QString abstract;
    QString description;
    QString language;
    QString date;
    QString start;
    QString duration;
    QString dayDate;
    QString dayStart;
    QList<RawPerson> persons;
};

struct RawRoom
{
    QString name;
    QString guid;
    std::optional<int> capacity;
};

struct RawSchedule
{
    QString format;
    QString title;
    QString acronym;
    QString timeZone;
    QString venue;
    QString city;
    QString start;
    QString end;
    QString dayChange;
    QString timeslot;
    QList<RawRoom> rooms;
    QHash<QString, QString> personNames; ///< the top-level persons list: id or guid → name
    QList<RawEvent> events;
    QMap<QString, int> ignored;
    QList<Error> warnings;
    int warningCount = 0;

    void warn(int line, const QString &field, const QString &message)
    {
        ++warningCount;
        if (warnings.size() < MaxWarnings)
            warnings.append(Error {message, field, line});
    }
    void addRoom(const QString &name, const QString &guid, std::optional<int> capacity = {})
    {
        const QString trimmed = name.simplified();
        if (trimmed.isEmpty())
            return;
        for (RawRoom &room : rooms) {
            if (room.name == trimmed) {
                if (room.guid.isEmpty())
                    room.guid = guid;
                if (!room.capacity)
                    room.capacity = capacity;
                return;
            }
        }
        rooms.append({trimmed, guid, capacity});
    }
};

Error fileError(const QString &file, int line, const QString &field, const QString &message)
{
    return Error {QStringLiteral("%1: %2").arg(file, message), field, line};
}

// ---------------------------------------------------------------------------------------------
// frab / pentabarf XML

class XmlReader
{
public:
    XmlReader(const QByteArray &data, RawSchedule &schedule)
        : m_reader(data)
        , m_s(schedule)
    { }

    /// Empty when the file is well-formed and a schedule; else the error (line, field).
    std::optional<Error> read(const QString &file)
    {
        if (!m_reader.readNextStartElement()) {
            if (m_reader.hasError())
                return failure(file);
            return fileError(file, int(m_reader.lineNumber()), {}, QStringLiteral("the file is empty"));
        }
        if (m_reader.name() != u"schedule")
            return fileError(file, int(m_reader.lineNumber()), m_reader.name().toString(),
                             QStringLiteral("this is not a frab or pentabarf schedule (it starts with <%1>)")
                                 .arg(m_reader.name()));
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (name == u"conference")
                readConference();
            else if (name == u"day")
                readDay();
            else if (name == u"persons")
                readPersonList();
            else if (name == u"rooms")
                readRoomList();
            else if (name == u"tracks")
                countChildren(QStringLiteral("tracks/"));
            else
                ignore(QStringLiteral("schedule/"));
        }
        if (m_reader.hasError())
            return failure(file);
        return std::nullopt;
    }

private:
    Error failure(const QString &file) const
    {
        return fileError(file, int(m_reader.lineNumber()), m_reader.name().toString(),
                         QStringLiteral("not well-formed XML: %1").arg(m_reader.errorString()));
    }

    /// The text of the current element, children's text included: 39C3's `<link>`s carry
    /// `<type>` and `<title>` children, on which plain readElementText() stops with an error.
    QString text() { return m_reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed(); }

    QString attribute(QLatin1StringView name) const
    {
        return m_reader.attributes().value(name).toString().trimmed();
    }

    /// Skips the current element, counting it under `prefix` when it carried anything.
    void ignore(const QString &prefix)
    {
        const QString name = m_reader.name().toString();
        bool carried = !m_reader.attributes().isEmpty();
        // Walked token by token rather than read as text: FOSDEM's biographies alone are a
        // third of the file, and only whether there was anything counts.
        for (int depth = 1; depth > 0 && !m_reader.atEnd();) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::StartElement:
                carried = true;
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
                carried = carried || !m_reader.isWhitespace();
                break;
            default:
                break;
            }
        }
        if (carried)
            ++m_s.ignored[prefix + name];
    }

    /// Skips the current element, counting each child (links, attachments, tracks).
    void countChildren(const QString &prefix)
    {
        const QString name = m_reader.name().toString();
        while (m_reader.readNextStartElement()) {
            ++m_s.ignored[prefix + name + u'/' + m_reader.name()];
            m_reader.skipCurrentElement();
        }
    }

    void readConference()
    {
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (name == u"title")
                m_s.title = text();
            else if (name == u"acronym")
                m_s.acronym = text();
            else if (name == u"start")
                m_s.start = text();
            else if (name == u"end")
                m_s.end = text();
            else if (name == u"time_zone_name")
                m_s.timeZone = text();
            else if (name == u"venue")
                m_s.venue = text();
            else if (name == u"city")
                m_s.city = text();
            else if (name == u"day_change")
                m_s.dayChange = text();
            else if (name == u"timeslot_duration")
                m_s.timeslot = text();
            else if (name == u"rooms")
                readRoomList();
            else
                ignore(QStringLiteral("conference/"));
        }
    }

    void readRoomList()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != u"room") {
                ignore(QStringLiteral("rooms/"));
                continue;
            }
            const QString name = attribute(QLatin1StringView("name"));
            const QString guid = attribute(QLatin1StringView("guid"));
            const QString content = text();
            m_s.addRoom(name.isEmpty() ? content : name, guid);
        }
    }

    void readPersonList()
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != u"person") {
                ignore(QStringLiteral("persons/"));
                continue;
            }
            const QString id = attribute(QLatin1StringView("id"));
            const QString guid = attribute(QLatin1StringView("guid"));
            QString name;
            while (m_reader.readNextStartElement()) {
                const auto child = m_reader.name();
                if (child == u"name" || child == u"public_name" || child == u"full_name")
                    name = text();
                else
                    ignore(QStringLiteral("person/"));
            }
            if (!name.isEmpty()) {
                if (!id.isEmpty())
                    m_s.personNames.insert(QStringLiteral("id:") + id, name);
                if (!guid.isEmpty())
                    m_s.personNames.insert(guid, name);
            }
        }
    }

    void readDay()
    {
        const QString date = attribute(QLatin1StringView("date"));
        const QString start = attribute(QLatin1StringView("start"));
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (name == u"room") {
                const QString room = attribute(QLatin1StringView("name"));
                const QString guid = attribute(QLatin1StringView("guid"));
                m_s.addRoom(room, guid);
                while (m_reader.readNextStartElement()) {
                    if (m_reader.name() == u"event")
                        readEvent(date, start, room, guid);
                    else
                        ignore(QStringLiteral("room/"));
                }
            } else if (name == u"event") {
                // The older pentabarf layout: events right under the day, each naming its room.
                readEvent(date, start, {}, {});
            } else {
                ignore(QStringLiteral("day/"));
            }
        }
    }

    void readEvent(const QString &dayDate, const QString &dayStart, const QString &room,
                   const QString &roomGuid)
    {
        RawEvent e;
        e.line = int(m_reader.lineNumber());
        e.id = attribute(QLatin1StringView("id"));
        e.guid = attribute(QLatin1StringView("guid"));
        e.dayDate = dayDate;
        e.dayStart = dayStart;
        e.room = room;
        e.roomGuid = roomGuid;
        while (m_reader.readNextStartElement()) {
            const auto name = m_reader.name();
            if (name == u"title")
                e.title = text();
            else if (name == u"type")
                e.type = text();
            else if (name == u"room") {
                const QString own = text();
                if (e.room.isEmpty())
                    e.room = own;
            } else if (name == u"date") {
                e.dateLine = int(m_reader.lineNumber());
                e.date = text();
            } else if (name == u"start") {
                e.startLine = int(m_reader.lineNumber());
                e.start = text();
            } else if (name == u"duration") {
                e.durationLine = int(m_reader.lineNumber());
                e.duration = text();
            } else if (name == u"track")
                e.track = text();
            else if (name == u"language") {
                e.languageLine = int(m_reader.lineNumber());
                e.language = text();
            } else if (name == u"abstract")
                e.abstract = text();
            else if (name == u"description")
                e.description = text();
            else if (name == u"persons")
                readEventPersons(e);
            else if (name == u"links" || name == u"attachments")
                countChildren(QStringLiteral("event/"));
            else
                ignore(QStringLiteral("event/"));
        }
        if (room.isEmpty())
            m_s.addRoom(e.room, {});
        m_s.events.append(std::move(e));
    }

    void readEventPersons(RawEvent &e)
    {
        while (m_reader.readNextStartElement()) {
            if (m_reader.name() != u"person") {
                ignore(QStringLiteral("event/persons/"));
                continue;
            }
            RawPerson p;
            p.guid = attribute(QLatin1StringView("guid"));
            p.id = attribute(QLatin1StringView("id"));
            p.name = text();
            e.persons.append(std::move(p));
        }
    }

    QXmlStreamReader m_reader;
    RawSchedule &m_s;
};

// ---------------------------------------------------------------------------------------------
// frab / pretalx JSON

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isObject()) {
        // Some exporters write {"name": ...} for tracks and rooms.
        const QJsonObject object = value.toObject();
        for (const char *key : {"name", "en", "title"}) {
            if (object.contains(QLatin1String(key)))
                return jsonText(object.value(QLatin1String(key)));
        }
    }
    return {};
}

bool carries(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return true;
    }
}

void countUnread(const QJsonObject &object, const QStringList &read, const QString &prefix, RawSchedule &s)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (read.contains(it.key()) || !carries(it.value()))
            continue;
        if (it.value().isArray())
            s.ignored[prefix + it.key()] += int(it.value().toArray().size());
        else
            ++s.ignored[prefix + it.key()];
    }
}

int lineAt(const QByteArray &data, int offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

std::optional<Error> readJson(const QByteArray &data, const QString &file, RawSchedule &s)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(file, lineAt(data, parseError.offset), {},
                         QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
    QJsonObject root = document.object();
    if (root.contains(QLatin1String("schedule")))
        root = root.value(QLatin1String("schedule")).toObject();
    const QJsonObject conference = root.value(QLatin1String("conference")).toObject();
    if (conference.isEmpty() || !conference.value(QLatin1String("days")).isArray())
        return fileError(file, 1, QStringLiteral("schedule.conference.days"),
                         QStringLiteral("this is not a frab or pretalx schedule.json (no conference days)"));
    countUnread(root, {QStringLiteral("conference"), QStringLiteral("$schema")}, QStringLiteral("schedule/"),
                s);

    s.title = jsonText(conference.value(QLatin1String("title")));
    s.acronym = jsonText(conference.value(QLatin1String("acronym")));
    s.start = jsonText(conference.value(QLatin1String("start")));
    s.end = jsonText(conference.value(QLatin1String("end")));
    s.timeZone = jsonText(conference.value(QLatin1String("time_zone_name")));
    s.venue = jsonText(conference.value(QLatin1String("venue")));
    s.city = jsonText(conference.value(QLatin1String("city")));
    s.dayChange = jsonText(conference.value(QLatin1String("day_change")));
    s.timeslot = jsonText(conference.value(QLatin1String("timeslot_duration")));
    countUnread(conference,
                {QStringLiteral("title"), QStringLiteral("acronym"), QStringLiteral("start"),
                 QStringLiteral("end"), QStringLiteral("time_zone_name"), QStringLiteral("venue"),
                 QStringLiteral("city"), QStringLiteral("day_change"), QStringLiteral("timeslot_duration"),
                 QStringLiteral("rooms"), QStringLiteral("days")},
                QStringLiteral("conference/"), s);
    for (const QJsonValue &value : conference.value(QLatin1String("rooms")).toArray()) {
        const QJsonObject room = value.toObject();
        const QJsonValue capacity = room.value(QLatin1String("capacity"));
        s.addRoom(jsonText(room.value(QLatin1String("name"))), jsonText(room.value(QLatin1String("guid"))),
                  capacity.isDouble() && capacity.toInt() > 0 ? std::optional<int>(capacity.toInt())
                                                              : std::nullopt);
        countUnread(room, {QStringLiteral("name"), QStringLiteral("guid"), QStringLiteral("capacity")},
                    QStringLiteral("room/"), s);
    }

    const QStringList eventKeys = {
        QStringLiteral("id"),       QStringLiteral("guid"),        QStringLiteral("title"),
        QStringLiteral("type"),     QStringLiteral("room"),        QStringLiteral("track"),
        QStringLiteral("abstract"), QStringLiteral("description"), QStringLiteral("language"),
        QStringLiteral("date"),     QStringLiteral("start"),       QStringLiteral("duration"),
        QStringLiteral("persons")};
    const QJsonArray days = conference.value(QLatin1String("days")).toArray();
    for (qsizetype d = 0; d < days.size(); ++d) {
        const QJsonObject day = days.at(d).toObject();
        const QString dayDate = jsonText(day.value(QLatin1String("date")));
        const QString dayStart = jsonText(day.value(QLatin1String("day_start")));
        const QJsonObject rooms = day.value(QLatin1String("rooms")).toObject();
        for (auto room = rooms.begin(); room != rooms.end(); ++room) {
            s.addRoom(room.key(), {});
            const QJsonArray events = room.value().toArray();
            for (qsizetype i = 0; i < events.size(); ++i) {
                const QJsonObject object = events.at(i).toObject();
                RawEvent e;
                e.path = QStringLiteral("days[%1].rooms[\"%2\"][%3]").arg(d).arg(room.key()).arg(i);
                e.id = jsonText(object.value(QLatin1String("id")));
                e.guid = jsonText(object.value(QLatin1String("guid")));
                e.title = jsonText(object.value(QLatin1String("title")));
                e.type = jsonText(object.value(QLatin1String("type")));
                e.room = jsonText(object.value(QLatin1String("room")));
                if (e.room.isEmpty())
                    e.room = room.key();
                e.track = jsonText(object.value(QLatin1String("track")));
                e.abstract = jsonText(object.value(QLatin1String("abstract")));
                e.description = jsonText(object.value(QLatin1String("description")));
                e.language = jsonText(object.value(QLatin1String("language")));
                e.date = jsonText(object.value(QLatin1String("date")));
                e.start = jsonText(object.value(QLatin1String("start")));
                e.duration = jsonText(object.value(QLatin1String("duration")));
                e.dayDate = dayDate;
                e.dayStart = dayStart;
                for (const QJsonValue &personValue : object.value(QLatin1String("persons")).toArray()) {
                    const QJsonObject person = personValue.toObject();
                    RawPerson p;
                    p.guid = jsonText(person.value(QLatin1String("guid")));
                    p.id = jsonText(person.value(QLatin1String("code")));
                    if (p.id.isEmpty())
                        p.id = jsonText(person.value(QLatin1String("id")));
                    for (const char *key : {"public_name", "name", "full_public_name"}) {
                        if (p.name.isEmpty())
                            p.name = jsonText(person.value(QLatin1String(key)));
                    }
                    countUnread(person,
                                {QStringLiteral("guid"), QStringLiteral("code"), QStringLiteral("id"),
                                 QStringLiteral("public_name"), QStringLiteral("name"),
                                 QStringLiteral("full_public_name")},
                                QStringLiteral("person/"), s);
                    e.persons.append(std::move(p));
                }
                countUnread(object, eventKeys, QStringLiteral("event/"), s);
                s.addRoom(e.room, {});
                s.events.append(std::move(e));
            }
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Values

/// "HH:MM", "HH:MM:SS", "D:HH:MM:SS" or plain minutes, in seconds; -1 when unreadable.
qint64 durationSeconds(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    qint64 total = 0;
    bool ok = true;
    std::vector<qint64> numbers;
    for (const QString &part : parts) {
        numbers.push_back(part.trimmed().toLongLong(&ok));
        if (!ok || numbers.back() < 0)
            return -1;
    }
    switch (numbers.size()) {
    case 1:
        total = numbers[0] * 60;
        break;
    case 2:
        total = numbers[0] * 3600 + numbers[1] * 60;
        break;
    case 3:
        total = numbers[0] * 3600 + numbers[1] * 60 + numbers[2];
        break;
    case 4:
        total = numbers[0] * 86400 + numbers[1] * 3600 + numbers[2] * 60 + numbers[3];
        break;
    default:
        return -1;
    }
    return total;
}

QTime clockTime(const QString &text)
{
    const QString t = text.trimmed();
    QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(t, QStringLiteral("H:mm:ss"));
    return time;
}

/// A full date-time: with an offset as written; without one in the conference's zone.
QDateTime dateTime(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.size() < 16)
        return {};
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

/// A person's name as "given names" and "family name" (the last word).
void splitName(const QString &name, QString *given, QString *family)
{
    const QString simple = name.simplified();
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space <= 0) {
        given->clear();
        *family = simple;
    } else {
        *given = simple.left(space);
        *family = simple.mid(space + 1);
    }
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QStringList languageCodes(const QString &text, bool *understood)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;/|+]+"));
    QStringList codes;
    *understood = true;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = part.left(2).toLower();
        if (part.size() != 2 && !(part.size() == 5 && (part.at(2) == u'-' || part.at(2) == u'_'))) {
            *understood = false;
            continue;
        }
        if (Countries::languageName(code).isEmpty()) {
            *understood = false;
            continue;
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

/// What the file's own ids are scoped by in the guids we derive: its acronym, else its title.
QString scopeOf(const RawSchedule &s)
{
    return s.acronym.isEmpty() ? (s.title.isEmpty() ? QStringLiteral("schedule") : s.title) : s.acronym;
}

/// An event once understood: what goes into an AgendaSession and its speakers' list.
struct ParsedEvent
{
    QString guid;
    QString title;
    QString kind;
    QString room;
    QDateTime startsAt;
    QDateTime endsAt;
    QString track;
    QString description;
    QStringList languages;
    QStringList personKeys;
};

struct ParsedPerson
{
    QString key;
    QString name;
};

class Resolver
{
public:
    Resolver(RawSchedule &s, const QTimeZone &zone)
        : m_s(s)
        , m_zone(zone)
    {
        m_dayChange = clockTime(s.dayChange);
        m_defaultSeconds = durationSeconds(s.timeslot);
        if (m_defaultSeconds <= 0)
            m_defaultSeconds = 5 * 60;
        m_scope = scopeOf(s);
    }

    QList<ParsedEvent> events;
    QList<ParsedPerson> persons; ///< in the order first met
    QMap<QString, int> kinds;

    void run()
    {
        QSet<QString> guids;
        QHash<QString, qsizetype> personIndex;
        events.reserve(m_s.events.size());
        for (const RawEvent &e : std::as_const(m_s.events)) {
            const auto where = [&](const char *field) {
                return e.path.isEmpty() ? QString::fromLatin1(field)
                                        : e.path + u'.' + QString::fromLatin1(field);
            };
            ParsedEvent p;
            p.guid = e.guid;
            if (p.guid.isEmpty())
                p.guid =
                    derivedGuid(m_scope + QStringLiteral("/event/")
                                + (e.id.isEmpty() ? e.title + u'/' + e.date + e.dayDate + e.start : e.id));
            if (guids.contains(p.guid)) {
                m_s.warn(e.line, where("guid"),
                         QStringLiteral("a second event with guid %1: imported as a separate session")
                             .arg(p.guid));
                p.guid = derivedGuid(p.guid + u'/' + QString::number(events.size()));
            }
            guids.insert(p.guid);
            p.title = e.title;
            if (p.title.isEmpty()) {
                p.title =
                    e.id.isEmpty() ? QStringLiteral("Untitled") : QStringLiteral("Untitled (%1)").arg(e.id);
                m_s.warn(e.line, where("title"), QStringLiteral("an event without a title"));
            }
            p.kind = ScheduleImport::sessionKind(e.type);
            if (p.kind != e.type)
                ++kinds[QStringLiteral("%1 → %2").arg(e.type.isEmpty() ? QStringLiteral("(none)") : e.type,
                                                      p.kind)];
            p.room = e.room.simplified();
            p.track = e.track;
            if (e.abstract.isEmpty() || e.abstract == e.description)
                p.description = e.description;
            else if (e.description.isEmpty())
                p.description = e.abstract;
            else
                p.description = e.abstract + QStringLiteral("\n\n") + e.description;
            if (!e.language.isEmpty()) {
                bool understood = true;
                p.languages = languageCodes(e.language, &understood);
                if (!understood) {
                    ++m_s.ignored[QStringLiteral("unparseable language")];
                    m_s.warn(e.languageLine ? e.languageLine : e.line, where("language"),
                             QStringLiteral("\"%1\" is not an ISO 639-1 language code").arg(e.language));
                }
            }
            resolveTimes(e, p, where);
            for (const RawPerson &person : e.persons) {
                QString name = person.name;
                if (name.isEmpty() && !person.id.isEmpty())
                    name = m_s.personNames.value(QStringLiteral("id:") + person.id);
                if (name.isEmpty() && !person.guid.isEmpty())
                    name = m_s.personNames.value(person.guid);
                QString key = person.guid;
                if (key.isEmpty() && !person.id.isEmpty())
                    key = m_scope + QStringLiteral("/person/") + person.id;
                if (key.isEmpty() && !name.isEmpty())
                    key = m_scope + QStringLiteral("/name/") + nameKey(name);
                if (key.isEmpty()) {
                    ++m_s.ignored[QStringLiteral("person without a name or id")];
                    m_s.warn(e.line, where("persons"), QStringLiteral("a person with neither name nor id"));
                    continue;
                }
                if (auto it = personIndex.constFind(key); it == personIndex.cend()) {
                    personIndex.insert(key, persons.size());
                    persons.append({key, name.simplified()});
                } else if (persons[*it].name.isEmpty()) {
                    persons[*it].name = name.simplified();
                }
                if (!p.personKeys.contains(key))
                    p.personKeys.append(key);
            }
            events.append(std::move(p));
        }
    }

private:
    template<typename Where>
    void resolveTimes(const RawEvent &e, ParsedEvent &p, const Where &where)
    {
        QDateTime start = dateTime(e.date, m_zone);
        if (!start.isValid())
            start = dateTime(e.start, m_zone);
        if (!start.isValid()) {
            const QDate day = isoDate(e.dayDate.isEmpty() ? e.date : e.dayDate);
            const QTime time = clockTime(e.start);
            if (day.isValid() && time.isValid()) {
                start = QDateTime(day, time, m_zone);
                // Days run past midnight (frab's day_change, a day's start): a time before the
                // day began belongs to the next calendar day.
                const QDateTime dayStart = dateTime(e.dayStart, m_zone);
                if (dayStart.isValid() ? start < dayStart : (m_dayChange.isValid() && time < m_dayChange))
                    start = QDateTime(day.addDays(1), time, m_zone);
                start = start.toUTC();
            }
        }
        if (!start.isValid()) {
            if (!e.date.isEmpty() || !e.start.isEmpty()) {
                ++m_s.ignored[QStringLiteral("unparseable start")];
                m_s.warn(e.date.isEmpty() ? (e.startLine ? e.startLine : e.line)
                                          : (e.dateLine ? e.dateLine : e.line),
                         where(e.date.isEmpty() ? "start" : "date"),
                         QStringLiteral("no start time could be read from \"%1\": imported unscheduled")
                             .arg(e.date.isEmpty() ? e.start : e.date));
            }
            return;
        }
        qint64 seconds = durationSeconds(e.duration);
        if (seconds <= 0) {
            ++m_s.ignored[QStringLiteral("unparseable duration")];
            m_s.warn(e.durationLine ? e.durationLine : e.line, where("duration"),
                     QStringLiteral("\"%1\" is not a duration: %2 minutes assumed")
                         .arg(e.duration)
                         .arg(m_defaultSeconds / 60));
            seconds = m_defaultSeconds;
        }
        p.startsAt = start;
        p.endsAt = start.addSecs(seconds);
    }

    RawSchedule &m_s;
    QTimeZone m_zone;
    QTime m_dayChange;
    qint64 m_defaultSeconds = 0;
    QString m_scope;
};

bool looksLikeJson(const QByteArray &data)
{
    for (char c : data) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

QVariantList countList(const QMap<QString, int> &counts)
{
    QVariantList list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append(QVariantMap {{QStringLiteral("what"), it.key()}, {QStringLiteral("count"), it.value()}});
    return list;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString ScheduleImport::sessionKind(const QString &frabType)
{
    const QString type = frabType.trimmed().toLower();
    if (Vocabulary::contains(Vocabulary::sessionKinds(), type))
        return type;
    const auto has = [&](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (type.contains(QLatin1String(word)))
                return true;
        }
        return false;
    };
    if (has({"ceremony", "opening", "closing", "welcome"}))
        return QStringLiteral("opening_ceremony");
    if (has({"panel", "podium", "discussion", "round table", "roundtable"}))
        return QStringLiteral("panel");
    if (has({"break", "pause", "lunch", "coffee", "dinner"}))
        return QStringLiteral("break");
    if (has({"bilateral", "meeting"}))
        return QStringLiteral("bilateral_meeting");
    if (has({"closed", "private"}))
        return QStringLiteral("closed_session");
    if (has({"workshop", "bof", "meetup", "side", "self-organi"}))
        return QStringLiteral("side_event");
    if (has({"talk", "lecture", "keynote", "maintrack", "main track", "devroom", "plenary", "presentation",
             "educational", "lightning"}))
        return QStringLiteral("plenary");
    return QStringLiteral("side_event");
}

Result<ScheduleImportReport> ScheduleImport::importFile(const QString &path,
                                                        const ScheduleImportOptions &options) const
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()), {}, 0};
    return importData(file.readAll(), name, options);
}

Result<ScheduleImportReport> ScheduleImport::importData(const QByteArray &data, const QString &fileName,
                                                        const ScheduleImportOptions &options) const
{
    const auto cancelled = [&](int permille) { return options.progress && !options.progress(permille); };
    const Error cancelError {QStringLiteral("cancelled: nothing was written"), {}, 0};

    RawSchedule s;
    const bool json = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        || (!fileName.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && looksLikeJson(data));
    s.format = json ? QStringLiteral("frab JSON") : QStringLiteral("frab XML");
    if (json) {
        if (std::optional<Error> failed = readJson(data, fileName, s))
            return *failed;
    } else {
        XmlReader reader(data, s);
        if (std::optional<Error> failed = reader.read(fileName))
            return *failed;
    }
    if (cancelled(300))
        return cancelError;

    Result<std::optional<EventInfo>> loaded = EventStore(m_database).load();
    if (!loaded.ok())
        return loaded.error();
    const std::optional<EventInfo> event = loaded.value();

    // The zone the file's local times are in: the file's own, else the event's.
    QTimeZone zone(QByteArrayLiteral("UTC"));
    if (!s.timeZone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8())) {
        zone = QTimeZone(s.timeZone.toUtf8());
    } else {
        if (!s.timeZone.isEmpty()) {
            ++s.ignored[QStringLiteral("unknown time zone")];
            s.warn(0, QStringLiteral("time_zone_name"),
                   QStringLiteral("\"%1\" is not a known IANA time zone: the event's zone is used")
                       .arg(s.timeZone));
        }
        if (event && QTimeZone::isTimeZoneIdAvailable(event->timeZone.toUtf8()))
            zone = QTimeZone(event->timeZone.toUtf8());
    }

    Resolver resolver(s, zone);
    resolver.run();

    ScheduleImportReport report;
    report.file = fileName;
    report.format = s.format;
    report.conference = s.title;
    report.dryRun = options.dryRun;
    report.events = int(resolver.events.size());
    report.kinds = resolver.kinds;

    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    const AgendaStore agenda(m_database);
    const auto failed = [&](const Error &error) {
        return fileError(fileName, error.line, error.field, error.message);
    };

    // The event: what the database does not know yet comes from the file.
    EventInfo info = event.value_or(EventInfo {});
    {
        bool changed = false;
        const bool fresh = !event || !info.firstDay.isValid();
        if (info.name.trimmed().isEmpty() && !s.title.isEmpty()) {
            info.name = s.title;
            changed = true;
        }
        if (!info.firstDay.isValid() || !info.lastDay.isValid()) {
            QDate first = isoDate(s.start);
            QDate last = isoDate(s.end);
            if (!first.isValid() || !last.isValid()) {
                // No conference dates: the days of the sessions.
                for (const ParsedEvent &e : std::as_const(resolver.events)) {
                    if (!e.startsAt.isValid())
                        continue;
                    const QDate day = e.startsAt.toTimeZone(zone).date();
                    first = !first.isValid() || day < first ? day : first;
                    last = !last.isValid() || day > last ? day : last;
                }
            }
            if (first.isValid() && last.isValid()) {
                info.firstDay = first;
                info.lastDay = last;
                changed = true;
            }
        }
        if (fresh && zone.id() != info.timeZone.toUtf8()) {
            info.timeZone = QString::fromUtf8(zone.id());
            changed = true;
        }
        if (info.venue.isEmpty() && !s.venue.isEmpty()) {
            info.venue = s.venue;
            changed = true;
        }
        if (info.city.isEmpty() && !s.city.isEmpty()) {
            info.city = s.city;
            changed = true;
        }
        if (info.languages.isEmpty()) {
            for (const ParsedEvent &e : std::as_const(resolver.events)) {
                for (const QString &code : e.languages) {
                    if (!info.languages.contains(code))
                        info.languages.append(code);
                }
            }
            if (info.languages.isEmpty())
                info.languages = {QStringLiteral("en")};
            changed = true;
        }
        if (changed) {
            if (Status valid = EventStore::validate(info); !valid) {
                s.warn(0, valid.error().field,
                       QStringLiteral("the event's settings were not taken from the file: %1")
                           .arg(valid.error().message));
            } else {
                if (Status saved = EventStore(m_database).save(info); !saved)
                    return failed(saved.error());
                report.eventFilled = true;
            }
        }
    }

    // Rooms: by guid, then by name; new ones after the existing columns, in file order.
    Result<QList<Room>> existingRooms = agenda.rooms();
    if (!existingRooms.ok())
        return failed(existingRooms.error());
    QHash<QString, Room> roomByGuid;
    QHash<QString, Room> roomByName;
    int nextPosition = 0;
    for (const Room &room : existingRooms.value()) {
        roomByGuid.insert(room.guid, room);
        roomByName.insert(nameKey(room.name), room);
        nextPosition = std::max(nextPosition, room.position + 1);
    }
    QHash<QString, qint64> roomIds; // by the name used in the file's events
    QSet<QString> guidsUsed;
    for (const RawRoom &raw : std::as_const(s.rooms)) {
        std::optional<Room> found;
        if (!raw.guid.isEmpty() && !guidsUsed.contains(raw.guid) && roomByGuid.contains(raw.guid))
            found = roomByGuid.value(raw.guid);
        else if (roomByName.contains(nameKey(raw.name)))
            found = roomByName.value(nameKey(raw.name));
        if (found) {
            Room room = *found;
            if (room.name != raw.name) {
                const auto other = roomByName.constFind(nameKey(raw.name));
                if (other == roomByName.cend() || other->id == room.id) {
                    roomByName.remove(nameKey(room.name));
                    room.name = raw.name;
                    roomByName.insert(nameKey(room.name), room);
                }
            }
            if (raw.capacity && room.capacity != raw.capacity)
                room.capacity = raw.capacity;
            if (room == *found) {
                ++report.roomsUnchanged;
            } else {
                if (Status updated = agenda.updateRoom(room); !updated)
                    return failed(updated.error());
                ++report.roomsUpdated;
            }
            guidsUsed.insert(room.guid);
            roomIds.insert(raw.name, room.id);
            continue;
        }
        Room room;
        room.name = raw.name;
        room.capacity = raw.capacity;
        room.position = nextPosition++;
        // A guid the file gives twice (pretalx does) or that another room holds is not reused.
        room.guid = raw.guid;
        if (room.guid.isEmpty() || guidsUsed.contains(room.guid) || roomByGuid.contains(room.guid))
            room.guid = derivedGuid(scopeOf(s) + QStringLiteral("/room/") + raw.name);
        if (roomByGuid.contains(room.guid))
            room.guid.clear();
        Result<qint64> id = agenda.insertRoom(room);
        if (!id.ok())
            return failed(id.error());
        room.id = id.value();
        roomByGuid.insert(room.guid, room);
        roomByName.insert(nameKey(room.name), room);
        guidsUsed.insert(room.guid);
        roomIds.insert(raw.name, room.id);
        ++report.roomsCreated;
    }
    if (cancelled(450))
        return cancelError;

    // Persons: an earlier import's mapping, else a participant of the same name, else a new
    // guest speaker. Two queries for all, not one per person.
    QHash<QString, qint64> participantByKey;
    {
        Statement mapped(db, QStringLiteral("SELECT guid, participant_id FROM schedule_person"));
        if (Status run = mapped.exec(); !run)
            return failed(run.error());
        while (mapped.next())
            participantByKey.insert(mapped.value(0).toString(), mapped.value(1).toLongLong());
    }
    QHash<QString, qint64> participantByName;
    {
        Statement names(
            db,
            QStringLiteral("SELECT id, given_names, family_name, native_name, honorific FROM participant "
                           "ORDER BY id"));
        if (Status run = names.exec(); !run)
            return failed(run.error());
        // Two participants of the same name: the one registered first is taken.
        const auto remember = [&](const QString &key, qint64 id) {
            if (!participantByName.contains(key))
                participantByName.insert(key, id);
        };
        while (names.next()) {
            const qint64 id = names.value(0).toLongLong();
            const QString name = names.value(1).toString() + u' ' + names.value(2).toString();
            remember(nameKey(name), id);
            // As protocol lists (and so our export) write it: "Dr. Anna MÜLLER".
            const QString honorific = names.value(4).toString();
            if (!honorific.isEmpty())
                remember(nameKey(honorific + u' ' + name), id);
            const QString native = names.value(3).toString();
            if (!native.isEmpty())
                remember(nameKey(native), id);
        }
    }
    std::vector<Participant> newPeople;
    QStringList mappedNow; // keys whose participant is known but not yet in schedule_person
    QHash<QString, qsizetype> newByName;
    QList<QPair<QString, qsizetype>> keysToNew;
    for (const ParsedPerson &person : std::as_const(resolver.persons)) {
        if (participantByKey.contains(person.key)) {
            ++report.personsMatched;
            continue;
        }
        const QString key = nameKey(person.name);
        if (person.name.isEmpty()) {
            ++s.ignored[QStringLiteral("person without a name")];
            s.warn(0, QStringLiteral("persons"),
                   QStringLiteral("person %1 has no name and was not imported before: left out")
                       .arg(person.key));
            continue;
        }
        if (auto it = participantByName.constFind(key); it != participantByName.cend()) {
            participantByKey.insert(person.key, *it);
            mappedNow.append(person.key);
            ++report.personsMatched;
            continue;
        }
        // The same name under two keys (a speaker listed by id in one place, by guid in
        // another) is one person.
        if (auto it = newByName.constFind(key); it != newByName.cend()) {
            keysToNew.append({person.key, *it});
            continue;
        }
        Participant p;
        splitName(person.name, &p.givenNames, &p.familyName);
        p.role = QStringLiteral("guest_speaker");
        newByName.insert(key, qsizetype(newPeople.size()));
        keysToNew.append({person.key, qsizetype(newPeople.size())});
        newPeople.push_back(std::move(p));
    }
    if (!newPeople.empty()) {
        if (Status inserted = ParticipantStore(m_database).insertMany(newPeople); !inserted)
            return failed(inserted.error());
    }
    report.personsCreated = int(newPeople.size());
    for (const auto &[key, index] : std::as_const(keysToNew)) {
        participantByKey.insert(key, newPeople[std::size_t(index)].id);
        mappedNow.append(key);
    }
    if (!mappedNow.isEmpty()) {
        Statement remember(db,
                           QStringLiteral("INSERT OR REPLACE INTO schedule_person (guid, participant_id) "
                                          "VALUES (:guid, :participant)"));
        for (const QString &key : std::as_const(mappedNow)) {
            remember.bind(QStringLiteral(":guid"), key)
                .bind(QStringLiteral(":participant"), participantByKey.value(key));
            if (Status run = remember.exec(); !run)
                return failed(run.error());
        }
    }
    if (cancelled(600))
        return cancelError;

    // Sessions: by guid an update (only when something changed), else an insert in one batch.
    Result<QList<AgendaSession>> existingSessions = agenda.sessions();
    if (!existingSessions.ok())
        return failed(existingSessions.error());
    QHash<QString, AgendaSession> sessionByGuid;
    for (const AgendaSession &session : existingSessions.value())
        sessionByGuid.insert(session.guid, session);
    std::vector<AgendaSession> inserts;
    std::vector<qsizetype> insertedEvent;
    QHash<qint64, qsizetype> updatedEvent; // session id → event
    for (qsizetype i = 0; i < resolver.events.size(); ++i) {
        const ParsedEvent &e = resolver.events.at(i);
        const auto existing = sessionByGuid.constFind(e.guid);
        AgendaSession session = existing != sessionByGuid.cend() ? *existing : AgendaSession {};
        session.guid = e.guid;
        session.title = e.title;
        session.kind = e.kind;
        session.roomId =
            roomIds.contains(e.room) ? std::optional<qint64>(roomIds.value(e.room)) : std::nullopt;
        session.startsAt = e.startsAt;
        session.endsAt = e.endsAt;
        session.description = e.description;
        session.languages = e.languages;
        session.track = e.track;
        if (!session.isScheduled())
            ++report.sessionsUnscheduled;
        if (existing == sessionByGuid.cend()) {
            inserts.push_back(std::move(session));
            insertedEvent.push_back(i);
        } else {
            updatedEvent.insert(session.id, i);
            if (session == *existing) {
                ++report.sessionsUnchanged;
            } else {
                if (Status updated = agenda.updateSession(session); !updated)
                    return failed(
                        Error {QStringLiteral("session \"%1\": %2").arg(e.title, updated.error().message),
                               updated.error().field, 0});
                ++report.sessionsUpdated;
            }
        }
    }
    if (!inserts.empty()) {
        if (Status inserted = agenda.insertSessions(inserts); !inserted)
            return failed(inserted.error());
    }
    report.sessionsCreated = int(inserts.size());
    if (cancelled(800))
        return cancelError;

    // Speakers' lists in the file's order; an updated session's list is rewritten only when
    // its speakers changed, so that topics and minutes set here survive a re-import.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto slotsFor = [&](const ParsedEvent &e) {
        QList<SpeakingSlot> slots;
        for (const QString &key : e.personKeys) {
            const auto participant = participantByKey.constFind(key);
            if (participant == participantByKey.cend())
                continue;
            SpeakingSlot slot;
            slot.speakerId = *participant;
            // The order of request keeps the file's order under protocol order.
            slot.requestedAt = now.addSecs(slots.size());
            slots.append(slot);
        }
        return slots;
    };
    QList<QPair<qint64, QList<SpeakingSlot>>> lists;
    for (std::size_t i = 0; i < inserts.size(); ++i) {
        QList<SpeakingSlot> slots = slotsFor(resolver.events.at(insertedEvent[i]));
        if (slots.isEmpty())
            continue;
        report.speakingSlots += int(slots.size());
        lists.append({inserts[i].id, std::move(slots)});
    }
    if (!updatedEvent.isEmpty()) {
        QHash<qint64, QList<qint64>> currentSpeakers;
        Statement current(db,
                          QStringLiteral("SELECT session_id, speaker_id FROM speaking_slot "
                                         "ORDER BY session_id, position"));
        if (Status run = current.exec(); !run)
            return failed(run.error());
        while (current.next())
            currentSpeakers[current.value(0).toLongLong()].append(current.value(1).toLongLong());
        for (auto it = updatedEvent.cbegin(); it != updatedEvent.cend(); ++it) {
            QList<SpeakingSlot> slots = slotsFor(resolver.events.at(it.value()));
            QList<qint64> speakers;
            for (const SpeakingSlot &slot : slots)
                speakers.append(*slot.speakerId);
            if (speakers == currentSpeakers.value(it.key()))
                continue;
            report.speakingSlots += int(slots.size());
            lists.append({it.key(), std::move(slots)});
        }
    }
    if (!lists.isEmpty()) {
        if (Status written = agenda.replaceSpeakingSlots(lists); !written)
            return failed(written.error());
    }

    report.ignored = s.ignored;
    report.warnings = s.warnings;
    report.warningCount = s.warningCount;
    if (cancelled(950))
        return cancelError;
    if (options.dryRun)
        return report; // the transaction rolls back
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    qCInfo(lcStorage) << "imported schedule" << fileName << report.events << "events";
    return report;
}

QString ScheduleImportReport::summary() const
{
    QString text;
    const QString verb = dryRun ? QStringLiteral("would be ") : QString();
    text += QStringLiteral("%1 %2 (%3%4): %5 events.\n")
                .arg(dryRun ? QStringLiteral("Dry run of") : QStringLiteral("Imported"), file, format,
                     conference.isEmpty() ? QString() : QStringLiteral(", ") + conference)
                .arg(events);
    text += QStringLiteral("Rooms: %1 %2created, %3 %2updated, %4 unchanged.\n")
                .arg(roomsCreated)
                .arg(verb)
                .arg(roomsUpdated)
                .arg(roomsUnchanged);
    text += QStringLiteral("Sessions: %1 %2created, %3 %2updated, %4 unchanged (%5 without a time).\n")
                .arg(sessionsCreated)
                .arg(verb)
                .arg(sessionsUpdated)
                .arg(sessionsUnchanged)
                .arg(sessionsUnscheduled);
    text += QStringLiteral("Persons: %1 %2created as guest speakers, %3 matched to participants; %4 "
                           "speakers' list entries %2written.\n")
                .arg(personsCreated)
                .arg(verb)
                .arg(personsMatched)
                .arg(speakingSlots);
    if (eventFilled)
        text +=
            QStringLiteral("Event: name, days and time zone %1taken from the file where they were empty.\n")
                .arg(verb);
    if (!kinds.isEmpty()) {
        text += QStringLiteral("Session types:\n");
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            text += QStringLiteral("  %1 (%2)\n").arg(it.key()).arg(it.value());
    }
    if (!ignored.isEmpty()) {
        text += QStringLiteral("Not imported:\n");
        for (auto it = ignored.cbegin(); it != ignored.cend(); ++it)
            text += QStringLiteral("  %1 %2\n").arg(it.key(), -32).arg(it.value());
    }
    text += QStringLiteral("%1 warning(s).").arg(warningCount);
    if (dryRun)
        text += QStringLiteral(" Nothing was written.");
    return text;
}

QVariantMap ScheduleImportReport::toVariantMap() const
{
    QVariantList warningList;
    for (const Error &e : warnings)
        warningList.append(QVariantMap {{QStringLiteral("line"), e.line},
                                        {QStringLiteral("field"), e.field},
                                        {QStringLiteral("message"), e.message}});
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("file"), file},
            {QStringLiteral("format"), format},
            {QStringLiteral("conference"), conference},
            {QStringLiteral("events"), events},
            {QStringLiteral("roomsCreated"), roomsCreated},
            {QStringLiteral("roomsUpdated"), roomsUpdated},
            {QStringLiteral("sessionsCreated"), sessionsCreated},
            {QStringLiteral("sessionsUpdated"), sessionsUpdated},
            {QStringLiteral("sessionsUnchanged"), sessionsUnchanged},
            {QStringLiteral("personsCreated"), personsCreated},
            {QStringLiteral("personsMatched"), personsMatched},
            {QStringLiteral("speakingSlots"), speakingSlots},
            {QStringLiteral("ignored"), countList(ignored)},
            {QStringLiteral("kinds"), countList(kinds)},
            {QStringLiteral("warnings"), warningList},
            {QStringLiteral("warningCount"), warningCount},
            {QStringLiteral("summary"), summary()}};
}

} // namespace Plenary
