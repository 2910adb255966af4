// SPDX-License-Identifier: MIT
// The schedule exporters on a small agenda in a real SQLite file: frab XML checked with xmllint
// against the c3voc XSD, frab JSON with python3-jsonschema against the c3voc schema, iCalendar
// parsed back with libical (UIDs, DTSTAMP, TZID and VTIMEZONE, times across midnight and a
// daylight-saving change, folding and escaping), and the CLI command.

#include "agendastore.h"
#include "eventstore.h"
#include "participantstore.h"
#include "scheduleexchange.h"
#include "scheduleexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <libical/ical.h>

using namespace Plenary;

namespace {

constexpr auto schemaFolder = "/work/shared/data/schema";

QString schemaPath(const char *name)
{
    // The schemas of the brief; a checkout elsewhere finds them beside it.
    for (const QString &folder : {QStringLiteral(PLENARY_TEST_DATA "/../../../shared/data/schema"),
                                  QString::fromLatin1(schemaFolder)}) {
        const QString path = QDir(folder).filePath(QString::fromLatin1(name));
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

QDateTime at(const char *local, const char *zone)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(local).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(local).mid(11), Qt::ISODate), QTimeZone(zone))
        .toUTC();
}

const QString longDescription = QStringLiteral(
    "Heads of delegation, ministers; experts: all welcome. Ελληνικά, Русский, 中文 and Azərbaycan dili are "
    "interpreted; commas, semicolons; and a backslash \\ stay as they are.\n\nThe second paragraph is "
    "only in the description, and it is long enough to be folded more than once by any iCalendar "
    "writer that follows RFC 5545 — «quotes», emoji 🌍 and all.");

/// The agenda of the tests: persons, rooms, sessions, one crossing midnight, one unscheduled.
struct Fixture
{
    QList<qint64> people;
    QStringList names; ///< names of `people` as written
    QList<AgendaSession> sessions; ///< as inserted, with ids and guids
    QString zone;
};

Fixture buildAgenda(const Database &db, const char *zone, bool daylightSaving)
{
    Fixture f;
    f.zone = QString::fromLatin1(zone);
    EventInfo event;
    event.name = QStringLiteral("Forum on Trust, Security; Cooperation — Форум 2027");
    event.city = QStringLiteral("Bakı");
    event.timeZone = f.zone;
    event.firstDay = daylightSaving ? QDate(2027, 3, 27) : QDate(2027, 5, 18);
    event.lastDay = event.firstDay.addDays(2);
    event.languages = {QStringLiteral("en"), QStringLiteral("ru")};
    const Status saved = EventStore(db).save(event);
    if (!saved)
        qFatal("event: %s", qPrintable(saved.error().describe()));

    const ParticipantStore participants(db);
    const auto person = [&](const char *honorific, const QString &given, const QString &family,
                            const char *email) {
        Participant p;
        p.honorific = QString::fromLatin1(honorific);
        p.givenNames = given;
        p.familyName = family;
        p.email = QString::fromLatin1(email);
        const Result<qint64> id = participants.insert(p);
        if (!id.ok())
            qFatal("participant: %s", qPrintable(id.error().describe()));
        f.people.append(id.value());
        f.names.append(p.writtenName());
    };
    person("Dr.", QStringLiteral("Leyla"), QStringLiteral("Əliyeva"), "");
    person("", QStringLiteral("Seán"), QStringLiteral("O'Brien"), "sean@example.org");
    person("", QStringLiteral("明"), QStringLiteral("李"), "");
    // The third came from an earlier schedule import: it keeps that guid.
    Statement known(db.connection(),
                    QStringLiteral("INSERT INTO schedule_person (guid, participant_id) "
                                   "VALUES ('5bd2ab5c-6a2c-4ef5-8c4b-3d4f1d8d3a11', :id)"));
    known.bind(QStringLiteral(":id"), f.people.at(2));
    if (!known.exec())
        qFatal("schedule_person");

    const AgendaStore store(db);
    Room hall;
    hall.name = QStringLiteral("Plenary Hall");
    hall.capacity = 400;
    Room side;
    side.name = QStringLiteral("Room Ünal, B; C");
    side.position = 1;
    const qint64 hallId = store.insertRoom(hall).valueOr(0);
    const qint64 sideId = store.insertRoom(side).valueOr(0);
    if (!hallId || !sideId)
        qFatal("rooms");

    const auto session = [&](const QString &title, const char *kind, std::optional<qint64> room,
                             const char *start, const char *end) {
        AgendaSession s;
        s.title = title;
        s.kind = QString::fromLatin1(kind);
        s.roomId = room;
        if (start) {
            s.startsAt = at(start, zone);
            s.endsAt = at(end, zone);
        }
        f.sessions.append(s);
    };
    if (daylightSaving) {
        // Europe/Berlin goes from +01:00 to +02:00 at 02:00 on 28 March 2027.
        session(QStringLiteral("Opening ceremony"), "opening_ceremony", hallId, "2027-03-27T10:00",
                "2027-03-27T11:00");
        session(QStringLiteral("Night session, through the change"), "plenary", sideId, "2027-03-27T23:30",
                "2027-03-28T03:30");
        session(QStringLiteral("Summer time plenary"), "plenary", hallId, "2027-03-28T10:00",
                "2027-03-28T11:00");
    } else {
        session(QStringLiteral("Opening ceremony"), "opening_ceremony", hallId, "2027-05-18T09:00",
                "2027-05-18T10:00");
        session(QStringLiteral("Trust, security; and 信任 — a panel"), "panel", sideId, "2027-05-18T23:00",
                "2027-05-19T01:30");
        session(QStringLiteral("Closed plenary"), "closed_session", hallId, "2027-05-19T10:00",
                "2027-05-19T12:00");
        session(QStringLiteral("Coffee"), "break", std::nullopt, "2027-05-20T12:00", "2027-05-20T12:30");
    }
    session(QStringLiteral("Bilateral: AZ–GE"), "bilateral_meeting", std::nullopt, nullptr, nullptr);
    f.sessions[0].chairIds = {f.people.at(0)};
    f.sessions[0].description = longDescription;
    f.sessions[0].languages = {QStringLiteral("en"), QStringLiteral("ru")};
    f.sessions[0].track = QStringLiteral("Ceremonies");
    f.sessions[1].chairIds = {f.people.at(1)};
    f.sessions[1].description = QStringLiteral("Short; with, punctuation.");
    f.sessions[2].visibility = QStringLiteral("restricted");
    const Status inserted = store.insertSessions(f.sessions);
    if (!inserted)
        qFatal("sessions: %s", qPrintable(inserted.error().describe()));
    // Speakers: the chair again (listed once) and the imported person.
    SpeakingSlot a;
    a.speakerId = f.people.at(1);
    a.requestedAt = QDateTime::currentDateTimeUtc();
    SpeakingSlot b = a;
    b.speakerId = f.people.at(2);
    if (!store.replaceSpeakingSlots(f.sessions.at(1).id, {a, b}))
        qFatal("speaking slots");
    return f;
}

QList<AgendaSession> scheduled(const Fixture &f)
{
    QList<AgendaSession> list;
    for (const AgendaSession &s : f.sessions) {
        if (s.isScheduled())
            list.append(s);
    }
    return list;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QByteArray render(const Database &db, ScheduleExport::Format format, ScheduleExportReport *report = nullptr,
                  const QDateTime &stamp = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), QTimeZone::utc()))
{
    ScheduleExport exporter(db);
    exporter.setStamp(stamp);
    Result<QByteArray> bytes = exporter.render(format, report);
    if (!bytes.ok())
        qWarning("export: %s", qPrintable(bytes.error().describe()));
    return bytes.valueOr({});
}

/// The event elements of a frab XML file: attributes and child texts by name, plus persons.
struct XmlEvent
{
    QString dayDate;
    QString roomName;
    QMap<QString, QString> fields;
    QStringList persons; ///< "id|guid|name"
};

QList<XmlEvent> readXmlEvents(const QByteArray &xml, QString *conferenceStart = nullptr)
{
    QList<XmlEvent> events;
    QXmlStreamReader reader(xml);
    QString day;
    QString room;
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            path.append(name);
            if (name == u"day") {
                day = reader.attributes().value(QLatin1String("date")).toString();
            } else if (name == u"room" && path.size() == 3) {
                room = reader.attributes().value(QLatin1String("name")).toString();
            } else if (name == u"event") {
                XmlEvent e;
                e.dayDate = day;
                e.roomName = room;
                e.fields.insert(QStringLiteral("@id"),
                                reader.attributes().value(QLatin1String("id")).toString());
                e.fields.insert(QStringLiteral("@guid"),
                                reader.attributes().value(QLatin1String("guid")).toString());
                events.append(e);
            } else if (name == u"person") {
                const QString id = reader.attributes().value(QLatin1String("id")).toString();
                const QString guid = reader.attributes().value(QLatin1String("guid")).toString();
                events.last().persons.append(id + u'|' + guid + u'|' + reader.readElementText());
                path.removeLast();
            } else if (path.size() == 5 && path.at(3) == u"event" && name != u"persons") {
                events.last().fields.insert(name, reader.readElementText());
                path.removeLast();
            } else if (path
                           == QStringList {QStringLiteral("schedule"), QStringLiteral("conference"),
                                           QStringLiteral("start")}
                       && conferenceStart) {
                *conferenceStart = reader.readElementText();
                path.removeLast();
            }
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        qWarning("XML: %s", qPrintable(reader.errorString()));
    return events;
}

struct IcalDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Ical = std::unique_ptr<icalcomponent, IcalDeleter>;

QStringList uids(icalcomponent *calendar)
{
    QStringList list;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        list.append(QString::fromUtf8(icalcomponent_get_uid(e)));
    return list;
}

} // namespace

class TestScheduleExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void xmlValidAndComplete_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Asia/Baku") << QByteArray("Asia/Baku");
        QTest::newRow("Europe/Berlin, DST change") << QByteArray("Europe/Berlin");
    }
    void xmlValidAndComplete()
    {
        QFETCH(QByteArray, zone);
        TestDatabase db;
        const Fixture f = buildAgenda(*db, zone.constData(), zone == "Europe/Berlin");
        ScheduleExportReport report;
        const QByteArray xml = render(*db, ScheduleExport::Format::Xml, &report);
        QVERIFY(!xml.isEmpty());
        const QList<AgendaSession> expected = scheduled(f);
        QCOMPARE(report.sessions, expected.size());
        QCOMPARE(report.unscheduled, 1);
        QCOMPARE(report.persons, 3);
        QCOMPARE(report.days, 3);
        QVERIFY(report.summary().contains(u"1 unscheduled session(s) left out"));

        // What ConfClerk needs: plain dates, events under <day><room name>, numeric ids.
        QString conferenceStart;
        const QList<XmlEvent> events = readXmlEvents(xml, &conferenceStart);
        QCOMPARE(conferenceStart,
                 zone == "Europe/Berlin" ? QStringLiteral("2027-03-27") : QStringLiteral("2027-05-18"));
        QCOMPARE(events.size(), expected.size());
        QSet<QString> ids;
        for (const XmlEvent &e : events) {
            ids.insert(e.fields.value(QStringLiteral("@id")));
            QCOMPARE(e.roomName, e.fields.value(QStringLiteral("room")));
            for (const QString &p : e.persons)
                QVERIFY2(p.section(u'|', 0, 0).toLongLong() > 0, qPrintable(p));
        }
        QCOMPARE(ids.size(), expected.size());
        const QTimeZone tz(zone);
        for (const AgendaSession &s : expected) {
            const auto e = std::find_if(events.cbegin(), events.cend(), [&](const XmlEvent &x) {
                return x.fields.value(QStringLiteral("@id")) == QString::number(s.id);
            });
            QVERIFY(e != events.cend());
            QCOMPARE(e->fields.value(QStringLiteral("@guid")), s.guid);
            QCOMPARE(e->fields.value(QStringLiteral("title")), s.title);
            QCOMPARE(e->fields.value(QStringLiteral("type")), s.kind);
            const QDateTime local = s.startsAt.toTimeZone(tz);
            // A session crossing midnight belongs to the day it starts on.
            QCOMPARE(e->dayDate, local.date().toString(Qt::ISODate));
            QCOMPARE(e->fields.value(QStringLiteral("start")), local.toString(QStringLiteral("HH:mm")));
            QCOMPARE(QDateTime::fromString(e->fields.value(QStringLiteral("date")), Qt::ISODate), s.startsAt);
            const qint64 minutes = s.startsAt.secsTo(s.endsAt) / 60;
            QCOMPARE(e->fields.value(QStringLiteral("duration")),
                     QStringLiteral("%1:%2")
                         .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                         .arg(minutes % 60, 2, 10, QLatin1Char('0')));
        }
        // The night session: starts 23:xx on the first day and lasts the real elapsed time
        // (in Berlin 23:30 to 03:30 on the night clocks go forward is three hours, not four).
        const XmlEvent &night = *std::find_if(events.cbegin(), events.cend(), [&](const XmlEvent &x) {
            return x.fields.value(QStringLiteral("@id")) == QString::number(f.sessions.at(1).id);
        });
        QCOMPARE(night.dayDate,
                 zone == "Europe/Berlin" ? QStringLiteral("2027-03-27") : QStringLiteral("2027-05-18"));
        QCOMPARE(night.fields.value(QStringLiteral("duration")),
                 zone == "Europe/Berlin" ? QStringLiteral("03:00") : QStringLiteral("02:30"));
        QCOMPARE(night.fields.value(QStringLiteral("date")),
                 zone == "Europe/Berlin" ? QStringLiteral("2027-03-27T23:30:00+01:00")
                                         : QStringLiteral("2027-05-18T23:00:00+04:00"));
        // Chair once, then the other speaker, with the guid of the earlier import.
        QCOMPARE(
            night.persons,
            (QStringList {
                QStringLiteral("%1|%2|Seán O'Brien")
                    .arg(f.people.at(1))
                    .arg(QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
                                             QStringLiteral("acct:sean@example.org"))
                             .toString(QUuid::WithoutBraces)),
                QStringLiteral("%1|5bd2ab5c-6a2c-4ef5-8c4b-3d4f1d8d3a11|明 李").arg(f.people.at(2))}));
        const XmlEvent &opening = events.first();
        QCOMPARE(opening.fields.value(QStringLiteral("description")), longDescription);
        QCOMPARE(opening.fields.value(QStringLiteral("abstract")), QString());
        QCOMPARE(opening.fields.value(QStringLiteral("track")), QStringLiteral("Ceremonies"));
        QCOMPARE(opening.fields.value(QStringLiteral("language")), QStringLiteral("en,ru"));
        QCOMPARE(opening.persons.size(), 1);
        QVERIFY(opening.persons.first().endsWith(u"|Dr. Leyla Əliyeva"));

        const QString xsd = schemaPath("schedule.xml.xsd");
        if (xsd.isEmpty())
            QSKIP("the c3voc XSD (shared/data/schema/schedule.xml.xsd) is not here");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint (Debian libxml2-utils) is not installed: the XSD check cannot run");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("schedule.xml"));
        QVERIFY(ScheduleExport(*db).exportFile(file).ok());
        const Run checked = run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
        QVERIFY(checked.out.contains(u"validates"));
    }

    void xsdCheckCanFail()
    {
        // The validation above means something only if xmllint refuses a broken file.
        const QString xsd = schemaPath("schedule.xml.xsd");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xsd.isEmpty() || xmllint.isEmpty())
            QSKIP("no XSD or no xmllint");
        TestDatabase db;
        buildAgenda(*db, "Asia/Baku", false);
        QByteArray xml = render(*db, ScheduleExport::Format::Xml);
        xml.replace("<duration>01:00</duration>", "<duration>1 hour</duration>");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("broken.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xml);
        file.close();
        QVERIFY(run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file.fileName()})
                    .exitCode
                != 0);
    }

    void jsonValid()
    {
        TestDatabase db;
        const Fixture f = buildAgenda(*db, "Europe/Berlin", true);
        const QByteArray json = render(*db, ScheduleExport::Format::Json);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject conference =
            document.object().value(u"schedule").toObject().value(u"conference").toObject();
        QCOMPARE(conference.value(u"time_zone_name").toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(conference.value(u"daysCount").toInt(), 3);
        QJsonArray events;
        for (const QJsonValue day : conference.value(u"days").toArray()) {
            const QJsonObject rooms = day.toObject().value(u"rooms").toObject();
            for (const QString &room : rooms.keys()) {
                for (const QJsonValue event : rooms.value(room).toArray()) {
                    QCOMPARE(event.toObject().value(u"room").toString(), room);
                    events.append(event);
                }
            }
        }
        QCOMPARE(events.size(), scheduled(f).size());
        for (const QJsonValue value : std::as_const(events)) {
            const QJsonObject event = value.toObject();
            const auto s = std::find_if(f.sessions.cbegin(), f.sessions.cend(), [&](const AgendaSession &x) {
                return x.id == event.value(u"id").toInteger();
            });
            QVERIFY(s != f.sessions.cend());
            QCOMPARE(QDateTime::fromString(event.value(u"date").toString(), Qt::ISODate), s->startsAt);
            QCOMPARE(QDateTime::fromString(event.value(u"end").toString(), Qt::ISODate), s->endsAt);
            QCOMPARE(event.value(u"guid").toString(), s->guid);
        }

        const QString schema = schemaPath("schedule.json-schema.json");
        if (schema.isEmpty())
            QSKIP("the c3voc JSON schema (shared/data/schema/schedule.json-schema.json) is not here");
        const QString python = QStringLiteral("/usr/bin/python3");
        if (run(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")}).exitCode != 0)
            QSKIP("python3-jsonschema is not installed: the schema check cannot run");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("schedule.json"));
        QVERIFY(ScheduleExport(*db).exportFile(file).ok());
        const QString check = QStringLiteral(
            "import json, sys, jsonschema\n"
            "schema = json.load(open(sys.argv[1]))\n"
            "data = json.load(open(sys.argv[2]))\n"
            "cls = jsonschema.validators.validator_for(schema)\n"
            "errors = list(cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(data))\n"
            "for e in errors: print(list(e.absolute_path), e.message)\n"
            "# the check itself must be able to fail\n"
            "data['schedule']['conference']['acronym'] = 'Not An Acronym'\n"
            "assert list(cls(schema).iter_errors(data)), 'a broken file validated'\n"
            "sys.exit(1 if errors else 0)\n");
        const Run checked = run(python, {QStringLiteral("-c"), check, schema, file});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
    }

    void icsParsesBack_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Asia/Baku") << QByteArray("Asia/Baku");
        QTest::newRow("Europe/Berlin, DST change") << QByteArray("Europe/Berlin");
    }
    void icsParsesBack()
    {
        QFETCH(QByteArray, zone);
        TestDatabase db;
        const Fixture f = buildAgenda(*db, zone.constData(), zone == "Europe/Berlin");
        const QList<AgendaSession> expected = scheduled(f);
        ScheduleExportReport report;
        const QByteArray ics = render(*db, ScheduleExport::Format::Ics, &report);
        QCOMPARE(report.sessions, expected.size());

        // Folded: every physical line at most 75 octets, CRLF everywhere.
        const QList<QByteArray> lines = ics.split('\n');
        bool folded = false;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
            QVERIFY2(lines.at(i).size() - 1 <= 75, lines.at(i).constData());
            // Folding never splits a UTF-8 sequence (RFC 5545 3.1: SHOULD NOT).
            QVERIFY2(lines.at(i).isValidUtf8(), lines.at(i).constData());
            folded = folded || lines.at(i).startsWith(' ');
        }
        QVERIFY(folded);
        QVERIFY(lines.last().isEmpty());
        QVERIFY(!ics.contains("freeassociation"));
        QVERIFY(ics.contains(QByteArray("TZID:" + zone + "\r\n")));
        QVERIFY(ics.contains(QByteArray("DTSTART;TZID=" + zone + ":")));
        // Escaped text.
        QVERIFY(ics.contains("LOCATION:Room Ünal\\, B\\; C"));
        QVERIFY(ics.contains("\r\nNAME:Forum on Trust\\, Security\\; Cooperation"));

        Ical calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
        QVERIFY(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY));
        QCOMPARE(QByteArray(icalproperty_get_version(
                     icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY))),
                 QByteArray("2.0"));
        icalcomponent *vtimezone =
            icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
        QVERIFY(vtimezone);
        QCOMPARE(QByteArray(
                     icalproperty_get_tzid(icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY))),
                 zone);
        icaltimezone *tz = icalcomponent_get_timezone(calendar.get(), zone.constData());
        QVERIFY(tz);

        const QStringList first = uids(calendar.get());
        QCOMPARE(first.size(), expected.size());
        QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
        for (icalcomponent *e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
            const QString uid = QString::fromUtf8(icalcomponent_get_uid(e));
            const auto s = std::find_if(expected.cbegin(), expected.cend(),
                                        [&](const AgendaSession &x) { return x.guid == uid; });
            QVERIFY2(s != expected.cend(), qPrintable(uid));
            icalproperty *stamp = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY);
            QVERIFY(stamp);
            QVERIFY(icaltime_is_utc(icalproperty_get_dtstamp(stamp)));
            for (const auto kind : {ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY}) {
                icalproperty *p = icalcomponent_get_first_property(e, kind);
                QVERIFY(p);
                icalparameter *tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
                QVERIFY(tzid);
                QCOMPARE(QByteArray(icalparameter_get_tzid(tzid)), zone);
                const icaltimetype t =
                    kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p) : icalproperty_get_dtend(p);
                // Resolved through the file's own VTIMEZONE, the instant is the stored one.
                const QDateTime instant =
                    QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, tz), QTimeZone::utc());
                QCOMPARE(instant, kind == ICAL_DTSTART_PROPERTY ? s->startsAt : s->endsAt);
            }
            QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(e)), s->title);
            const QString description = QString::fromUtf8(icalcomponent_get_description(e));
            if (!s->description.isEmpty())
                QVERIFY(description.startsWith(s->description.trimmed()));
            if (s->id == f.sessions.at(1).id)
                QCOMPARE(description,
                         QStringLiteral("Short; with, punctuation.\n\nChair: Seán O'Brien\nSpeakers: 明 李"));
            QCOMPARE(icalproperty_get_class(icalcomponent_get_first_property(e, ICAL_CLASS_PROPERTY)),
                     s->visibility == u"restricted" ? ICAL_CLASS_CONFIDENTIAL : ICAL_CLASS_PUBLIC);
        }
        // The night session in Berlin: 23:30 local to 03:30 local, the clocks going forward between.
        if (zone == "Europe/Berlin") {
            QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20270327T233000\r\n"));
            QVERIFY(ics.contains("DTEND;TZID=Europe/Berlin:20270328T033000\r\n"));
        } else {
            QVERIFY(ics.contains("DTSTART;TZID=Asia/Baku:20270518T230000\r\n"));
        }

        // Stable: a second export at another time has the same UIDs and a new DTSTAMP.
        const QByteArray again = render(*db, ScheduleExport::Format::Ics, nullptr,
                                        QDateTime(QDate(2027, 2, 3), QTime(4, 5, 6), QTimeZone::utc()));
        Ical second(icalparser_parse_string(again.constData()));
        QVERIFY(second);
        QCOMPARE(uids(second.get()), first);
        QVERIFY(again.contains("DTSTAMP:20270203T040506Z"));
        QVERIFY(!again.contains("DTSTAMP:20270102T030405Z"));
    }

    void icsInUtc()
    {
        // An event kept in UTC needs no VTIMEZONE: its times are written with a Z.
        TestDatabase db;
        const Fixture f = buildAgenda(*db, "UTC", false);
        const QByteArray ics = render(*db, ScheduleExport::Format::Ics);
        QVERIFY(!ics.contains("VTIMEZONE"));
        QVERIFY(!ics.contains("TZID"));
        QVERIFY(ics.contains("DTSTART:20270518T090000Z\r\n"));
        QVERIFY(ics.contains("DTEND:20270519T013000Z\r\n"));
        Ical calendar(icalparser_parse_string(ics.constData()));
        QVERIFY(calendar);
        QCOMPARE(uids(calendar.get()).size(), scheduled(f).size());
        const QByteArray xml = render(*db, ScheduleExport::Format::Xml);
        QVERIFY(xml.contains("<date>2027-05-18T09:00:00+00:00</date>"));
    }

    void exportFileAndCli()
    {
        TestDatabase db;
        buildAgenda(*db, "Asia/Baku", false);
        QTemporaryDir dir;
        // A failure leaves nothing behind: a folder that does not exist, an unknown suffix.
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/schedule.ics"));
        QVERIFY(!ScheduleExport(*db).exportFile(missing).ok());
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!ScheduleExport(*db).exportFile(dir.filePath(QStringLiteral("schedule.txt"))).ok());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

        const QString binary = QStringLiteral(PLENARY_BINARY);
        db.close();
        for (const char *name : {"out.xml", "out.json", "out.ics"}) {
            const QString file = dir.filePath(QString::fromLatin1(name));
            const Run exported = run(binary,
                                     {QStringLiteral("--database"), db.path(), QStringLiteral("export"),
                                      QStringLiteral("schedule"), file});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.out));
            QVERIFY2(exported.out.contains(u"Exported 4 session(s) in 2 room(s) with 3 person(s)"),
                     qPrintable(exported.out));
            QVERIFY(exported.out.contains(u"1 unscheduled session(s) left out"));
            QVERIFY(QFileInfo(file).size() > 0);
        }
        const QString wrong = dir.filePath(QStringLiteral("out.pdf"));
        const Run usage = run(binary,
                              {QStringLiteral("--database"), db.path(), QStringLiteral("export"),
                               QStringLiteral("schedule"), wrong});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(!QFileInfo::exists(wrong));
        const Run failed = run(binary,
                               {QStringLiteral("--database"), db.path(), QStringLiteral("export"),
                                QStringLiteral("schedule"), missing});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));
        const Run noDatabase = run(binary,
                                   {QStringLiteral("--database"), dir.filePath(QStringLiteral("none.sqlite")),
                                    QStringLiteral("export"), QStringLiteral("schedule"),
                                    dir.filePath(QStringLiteral("x.xml"))});
        QCOMPARE(noDatabase.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    /// The export dialog's call: a file in the chosen format and a summary, or a message
    /// naming what is wrong and no file.
    void exportFromWindow()
    {
        TestDatabase db;
        buildAgenda(*db, "Asia/Baku", false);
        QTemporaryDir dir;
        const ScheduleExchange exchange(*db);
        const QString ics = dir.filePath(QStringLiteral("programme.ics"));
        const QVariantMap written = exchange.exportTo(QUrl::fromLocalFile(ics));
        QVERIFY2(written.value(QStringLiteral("ok")).toBool(),
                 qPrintable(written.value(QStringLiteral("message")).toString()));
        QVERIFY(written.value(QStringLiteral("message")).toString().contains(u"Exported 4 session(s)"));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR"));

        const QString wrong = dir.filePath(QStringLiteral("programme.pdf"));
        const QVariantMap refused = exchange.exportTo(QUrl::fromLocalFile(wrong));
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(u".xml, .json or .ics"));
        QVERIFY(!QFileInfo::exists(wrong));
        const QString missing = dir.filePath(QStringLiteral("no/folder/programme.xml"));
        const QVariantMap failed = exchange.exportTo(QUrl::fromLocalFile(missing));
        QVERIFY(!failed.value(QStringLiteral("ok")).toBool());
        QVERIFY(failed.value(QStringLiteral("message")).toString().contains(u"programme.xml"));
    }

    /// For tests/confclerk-load.sh: writes the fixture's XML and what ConfClerk must hold into
    /// $PLENARY_CONFCLERK_OUT.
    void confClerkFixture()
    {
        const QString out = qEnvironmentVariable("PLENARY_CONFCLERK_OUT");
        if (out.isEmpty())
            QSKIP("only run by tests/confclerk-load.sh (PLENARY_CONFCLERK_OUT names its folder)");
        TestDatabase db;
        const Fixture f = buildAgenda(*db, "Asia/Baku", false);
        // The other two formats beside it, for a person to look at.
        for (const char *name : {"schedule.xml", "schedule.json", "schedule.ics"})
            QVERIFY(ScheduleExport(*db).exportFile(QDir(out).filePath(QString::fromLatin1(name))).ok());
        // ConfClerk stores an event's start as its wall-clock time read as UTC, in seconds.
        const QTimeZone tz("Asia/Baku");
        QStringList events;
        QSet<QString> persons;
        QSet<QString> rooms;
        QStringList eventPersons;
        const QList<Room> allRooms = AgendaStore(*db).rooms().value();
        for (const AgendaSession &s : scheduled(f)) {
            const QDateTime local = s.startsAt.toTimeZone(tz);
            const QDateTime naive(local.date(), local.time(), QTimeZone::utc());
            events.append(QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(s.id)
                              .arg(naive.toSecsSinceEpoch())
                              .arg(s.startsAt.secsTo(s.endsAt))
                              .arg(s.kind, s.title));
            QString room;
            for (const Room &r : allRooms) {
                if (s.roomId == r.id)
                    room = r.name;
            }
            rooms.insert(room);
            QList<qint64> ids = s.chairIds;
            if (s.id == f.sessions.at(1).id)
                ids.append(f.people.at(2)); // the speaker who is not also the chair
            for (const qint64 id : ids) {
                persons.insert(QStringLiteral("%1|%2").arg(id).arg(f.names.at(f.people.indexOf(id))));
                eventPersons.append(QStringLiteral("%1|%2").arg(s.id).arg(id));
            }
        }
        const auto write = [&](const char *name, QStringList lines) {
            lines.sort();
            QFile file(QDir(out).filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(lines.join(u'\n').toUtf8() + '\n');
        };
        write("expected-events.txt", events);
        write("expected-persons.txt", QStringList(persons.cbegin(), persons.cend()));
        write("expected-rooms.txt", QStringList(rooms.cbegin(), rooms.cend()));
        write("expected-event-persons.txt", eventPersons);
    }
};

QTEST_GUILESS_MAIN(TestScheduleExport)
#include "tst_scheduleexport.moc"
