// SPDX-License-Identifier: MIT
// The schedule importer: our own fixtures (the pentabarf layout without <room> wrappers, HH:MM
// and HH:MM:SS durations, dates with and without offsets, days past midnight, a summer-time
// change, Asia/Baku, a bad file), re-imports that update instead of duplicating, and every real
// file of ../shared/data/schedules when it is there.

#include "agendastore.h"
#include "eventstore.h"
#include "participantstore.h"
#include "scheduleexchange.h"
#include "scheduleimport.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

using namespace Plenary;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PLENARY_TEST_DATA "/schedules/") + QLatin1String(name);
}

/// The real files, next to the repository.
QString sharedSchedules()
{
    return QStringLiteral(PLENARY_TEST_DATA "/../../../shared/data/schedules");
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ScheduleImportReport imported(const Database &db, const QString &file, bool dryRun = false)
{
    ScheduleImportOptions options;
    options.dryRun = dryRun;
    Result<ScheduleImportReport> result = ScheduleImport(db).importFile(file, options);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().describe()));
    return result.ok() ? result.value() : ScheduleImportReport {};
}

AgendaSession sessionTitled(const Database &db, const QString &title)
{
    for (const AgendaSession &s : AgendaStore(db).sessions().value()) {
        if (s.title == title)
            return s;
    }
    return {};
}

QString roomName(const Database &db, std::optional<qint64> id)
{
    for (const Room &room : AgendaStore(db).rooms().value()) {
        if (id && room.id == *id)
            return room.name;
    }
    return {};
}

/// The names on a session's speakers' list, in its order.
QStringList speakers(const Database &db, qint64 sessionId)
{
    std::vector<qint64> ids;
    for (const SpeakingSlot &slot : AgendaStore(db).speakingSlots(sessionId).value())
        ids.push_back(slot.speakerId.value_or(0));
    QHash<qint64, QString> names;
    for (const ParticipantRow &row : ParticipantStore(db).rows(ids).value())
        names.insert(row.participant.id,
                     QString(row.participant.givenNames + u' ' + row.participant.familyName).trimmed());
    QStringList list;
    for (qint64 id : ids)
        list.append(names.value(id));
    return list;
}

qint64 rowsIn(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestScheduleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void pentabarfLayoutAndSummerTime()
    {
        TestDatabase db;
        const ScheduleImportReport report = imported(*db, fixture("pentabarf.xml"));
        QCOMPARE(report.events, 6);
        QCOMPARE(report.roomsCreated, 2);
        QCOMPARE(report.sessionsCreated, 6);
        QCOMPARE(report.personsCreated, 3);
        QCOMPARE(report.speakingSlots, 5);
        QCOMPARE(report.format, QStringLiteral("frab XML"));

        // Europe/Berlin: CET (+01:00) on the 27th, CEST (+02:00) from 02:00 on the 28th.
        const AgendaSession opening = sessionTitled(*db, QStringLiteral("Opening ceremony"));
        QCOMPARE(opening.kind, QStringLiteral("opening_ceremony"));
        QCOMPARE(opening.startsAt, utc("2027-03-27T09:00:00Z"));
        QCOMPARE(opening.endsAt, utc("2027-03-27T10:30:00Z"));
        QCOMPARE(roomName(*db, opening.roomId), QStringLiteral("Hall A"));
        QCOMPARE(opening.track, QStringLiteral("Main"));
        QCOMPARE(opening.languages, QStringList {QStringLiteral("en")});
        QCOMPARE(opening.description, QStringLiteral("Welcome to the forum.\n\nAddresses by the hosts."));
        QCOMPARE(speakers(*db, opening.id),
                 (QStringList {QStringLiteral("Anna Müller"), QStringLiteral("Leyla Aliyeva")}));

        // HH:MM:SS, and a session that crosses midnight.
        const AgendaSession night = sessionTitled(*db, QStringLiteral("Night session"));
        QCOMPARE(night.startsAt, utc("2027-03-27T22:30:00Z"));
        QCOMPARE(night.endsAt, utc("2027-03-27T23:30:00Z"));
        QCOMPARE(night.kind, QStringLiteral("plenary"));
        QCOMPARE(night.languages, (QStringList {QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(roomName(*db, night.roomId), QStringLiteral("Hall B"));

        // 01:30 is before the day change (06:00): it belongs to the next calendar day, still CET.
        const AgendaSession late = sessionTitled(*db, QStringLiteral("After midnight"));
        QCOMPARE(late.startsAt, utc("2027-03-28T00:30:00Z"));
        QCOMPARE(late.endsAt, utc("2027-03-28T01:15:00Z"));
        QCOMPARE(late.kind, QStringLiteral("side_event"));

        // After the change: 10:00 CEST; the same person as in the opening is the same participant.
        const AgendaSession panel = sessionTitled(*db, QStringLiteral("Panel on water"));
        QCOMPARE(panel.startsAt, utc("2027-03-28T08:00:00Z"));
        QCOMPARE(panel.kind, QStringLiteral("panel"));
        QCOMPARE(speakers(*db, panel.id),
                 (QStringList {QStringLiteral("Anna Müller"), QStringLiteral("Rashad Mammadov")}));
        QCOMPARE(AgendaStore(*db).speakingSlots(panel.id).value().first().speakerId,
                 AgendaStore(*db).speakingSlots(opening.id).value().first().speakerId);

        // <date> with an offset wins; without one it is in the conference's zone.
        QCOMPARE(sessionTitled(*db, QStringLiteral("Coffee break")).startsAt, utc("2027-03-28T13:00:00Z"));
        QCOMPARE(sessionTitled(*db, QStringLiteral("Coffee break")).kind, QStringLiteral("break"));
        const AgendaSession closing = sessionTitled(*db, QStringLiteral("Closing"));
        QCOMPARE(closing.startsAt, utc("2027-03-28T14:00:00Z"));
        // "soon" is no duration: the timeslot (15 minutes) is assumed, and said so.
        QCOMPARE(closing.endsAt, utc("2027-03-28T14:15:00Z"));
        QVERIFY(closing.languages.isEmpty());

        // What was not understood is counted, with the line and field of each value.
        QCOMPARE(report.ignored.value(QStringLiteral("event/links/link")), 1);
        QCOMPARE(report.ignored.value(QStringLiteral("event/recording")), 1);
        QCOMPARE(report.ignored.value(QStringLiteral("event/stream_url")), 1);
        QCOMPARE(report.ignored.value(QStringLiteral("unparseable duration")), 1);
        QCOMPARE(report.ignored.value(QStringLiteral("unparseable language")), 1);
        QCOMPARE(report.warningCount, 2);
        bool durationWarned = false;
        QStringList warnings;
        for (const Error &e : report.warnings) {
            durationWarned |= e.field == u"duration" && e.line == 82 && e.message.contains(u"soon");
            warnings.append(e.describe());
        }
        QVERIFY2(durationWarned, qPrintable(warnings.join(u'\n')));
        QCOMPARE(report.kinds.value(QStringLiteral("lecture → plenary")), 1);
        QVERIFY(report.summary().contains(QStringLiteral("event/links/link")));

        // The empty event took the conference's name, days and zone.
        const EventInfo event = *EventStore(*db).load().value();
        QCOMPARE(event.name, QStringLiteral("Caspian Forum 2027"));
        QCOMPARE(event.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(event.firstDay, QDate(2027, 3, 27));
        QCOMPARE(event.lastDay, QDate(2027, 3, 28));
        QVERIFY(report.eventFilled);
    }

    void bakuJsonAndNameMatching()
    {
        TestDatabase db;
        // An event already set up keeps its own settings.
        EventInfo event;
        event.name = QStringLiteral("Our forum");
        event.timeZone = QStringLiteral("Asia/Baku");
        event.firstDay = QDate(2027, 5, 18);
        event.lastDay = QDate(2027, 5, 20);
        event.languages = {QStringLiteral("en")};
        QVERIFY(EventStore(*db).save(event).ok());
        // The file writes her as protocol lists do: "Dr. Anna MÜLLER".
        Participant anna;
        anna.honorific = QStringLiteral("Dr.");
        anna.givenNames = QStringLiteral("Anna");
        anna.familyName = QStringLiteral("Müller");
        const qint64 annaId = ParticipantStore(*db).insert(anna).value();

        const ScheduleImportReport report = imported(*db, fixture("baku.json"));
        QCOMPARE(report.format, QStringLiteral("frab JSON"));
        QCOMPARE(report.events, 3);
        QCOMPARE(report.roomsCreated, 2);
        QCOMPARE(report.personsMatched, 1); // Anna Müller, by name
        QCOMPARE(report.personsCreated, 1); // Parviz Shahbazov, listed twice by the same code
        QVERIFY(!report.eventFilled);
        QCOMPARE(EventStore(*db).load().value()->name, QStringLiteral("Our forum"));

        // Asia/Baku is +04:00 all year.
        const AgendaSession plenary = sessionTitled(*db, QStringLiteral("Ministerial plenary"));
        QCOMPARE(plenary.startsAt, utc("2027-05-18T05:00:00Z"));
        QCOMPARE(plenary.endsAt, utc("2027-05-18T07:00:00Z"));
        QCOMPARE(plenary.kind, QStringLiteral("plenary"));
        QCOMPARE(plenary.track, QStringLiteral("Energy"));
        QCOMPARE(roomName(*db, plenary.roomId), QStringLiteral("Plenary Hall"));
        QCOMPARE(speakers(*db, plenary.id),
                 (QStringList {QStringLiteral("Parviz Shahbazov"), QStringLiteral("Anna Müller")}));
        QCOMPARE(AgendaStore(*db).speakingSlots(plenary.id).value().at(1).speakerId, std::optional(annaId));
        QCOMPARE(sessionTitled(*db, QStringLiteral("Late reception")).startsAt, utc("2027-05-18T21:30:00Z"));
        QCOMPARE(sessionTitled(*db, QStringLiteral("Late reception")).kind, QStringLiteral("side_event"));
        const AgendaSession bilateral = sessionTitled(*db, QStringLiteral("Bilateral meeting AZ–GE"));
        QCOMPARE(bilateral.startsAt, utc("2027-05-18T10:00:00Z"));
        QCOMPARE(bilateral.kind, QStringLiteral("bilateral_meeting"));
        QCOMPARE(roomName(*db, bilateral.roomId), QStringLiteral("Room 2"));

        // Both rooms came with the same guid (pretalx does that): the second gets its own.
        const QList<Room> rooms = AgendaStore(*db).rooms().value();
        QCOMPARE(rooms.size(), 2);
        QVERIFY(rooms.at(0).guid != rooms.at(1).guid);
        QCOMPARE(rooms.at(0).capacity, std::optional<int>(400));
        QCOMPARE(report.ignored.value(QStringLiteral("person/biography")), 1);
        QCOMPARE(report.ignored.value(QStringLiteral("event/links")), 1);
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        TestDatabase db;
        QCOMPARE(imported(*db, fixture("pentabarf.xml")).sessionsCreated, 6);
        const ScheduleImportReport again = imported(*db, fixture("pentabarf.xml"));
        QCOMPARE(again.sessionsCreated, 0);
        QCOMPARE(again.sessionsUnchanged, 6);
        QCOMPARE(again.roomsCreated, 0);
        QCOMPARE(again.roomsUnchanged, 2);
        QCOMPARE(again.personsCreated, 0);
        QCOMPARE(again.personsMatched, 3);
        QCOMPARE(again.speakingSlots, 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 6);
        QCOMPARE(rowsIn(*db, QStringLiteral("room")), 2);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 3);
        QCOMPARE(rowsIn(*db, QStringLiteral("speaking_slot")), 5);

        // A session moved here is moved back by the file: updated, not duplicated.
        AgendaSession moved = sessionTitled(*db, QStringLiteral("Night session"));
        moved.startsAt = moved.startsAt.addSecs(3600);
        moved.endsAt = moved.endsAt.addSecs(3600);
        QVERIFY(AgendaStore(*db).updateSession(moved).ok());
        const ScheduleImportReport third = imported(*db, fixture("pentabarf.xml"));
        QCOMPARE(third.sessionsUpdated, 1);
        QCOMPARE(third.sessionsUnchanged, 5);
        QCOMPARE(sessionTitled(*db, QStringLiteral("Night session")).startsAt, utc("2027-03-27T22:30:00Z"));
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 6);
    }

    void dryRunWritesNothing()
    {
        TestDatabase db;
        const ScheduleImportReport report = imported(*db, fixture("baku.json"), true);
        QVERIFY(report.dryRun);
        QCOMPARE(report.sessionsCreated, 3);
        QCOMPARE(report.personsCreated, 2);
        QVERIFY(report.summary().contains(QStringLiteral("Nothing was written")));
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("room")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("schedule_person")), 0);
        QVERIFY(!EventStore(*db).load().value().has_value());
    }

    void badFileChangesNothing()
    {
        TestDatabase db;
        QCOMPARE(imported(*db, fixture("pentabarf.xml")).sessionsCreated, 6);
        const ScheduleImport importer(*db);
        const Result<ScheduleImportReport> bad = importer.importFile(fixture("bad.xml"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().line, 7);
        QVERIFY2(bad.error().message.contains(QStringLiteral("bad.xml")), qPrintable(bad.error().message));
        // The element left open where the wrong end tag came.
        QCOMPARE(bad.error().field, QStringLiteral("start"));

        const Result<ScheduleImportReport> notSchedule = importer.importData(
            "<?xml version=\"1.0\"?>\n<html><body/></html>\n", QStringLiteral("page.xml"));
        QVERIFY(!notSchedule.ok());
        QCOMPARE(notSchedule.error().line, 2);
        QVERIFY(notSchedule.error().message.contains(QStringLiteral("page.xml")));

        const Result<ScheduleImportReport> badJson = importer.importData(
            "{\n  \"schedule\": {\n    \"conference\": [1,\n  }\n}\n", QStringLiteral("x.json"));
        QVERIFY(!badJson.ok());
        QCOMPARE(badJson.error().line, 4);

        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 6);
        QCOMPARE(rowsIn(*db, QStringLiteral("room")), 2);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 3);
    }

    void cancelWritesNothing()
    {
        TestDatabase db;
        ScheduleImportOptions options;
        options.progress = [](int permille) { return permille < 700; };
        const Result<ScheduleImportReport> result =
            ScheduleImport(*db).importFile(fixture("pentabarf.xml"), options);
        QVERIFY(!result.ok());
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
    }

    void exchangeOnWorkerThread()
    {
        TestDatabase db;
        ScheduleExchange exchange(*db);
        QSignalSpy finished(&exchange, &ScheduleExchange::finished);
        QSignalSpy imported(&exchange, &ScheduleExchange::scheduleImported);
        exchange.startImport(QUrl::fromLocalFile(fixture("pentabarf.xml")), true);
        QVERIFY(exchange.busy());
        QVERIFY(finished.wait(20000));
        QVERIFY(!exchange.busy());
        QCOMPARE(exchange.report().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(exchange.report().value(QStringLiteral("sessionsCreated")).toInt(), 6);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 0);

        exchange.startImport(QUrl::fromLocalFile(fixture("pentabarf.xml")), false);
        QVERIFY(finished.wait(20000));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), 6);

        exchange.startImport(QUrl::fromLocalFile(fixture("bad.xml")), false);
        QVERIFY(finished.wait(20000));
        QCOMPARE(exchange.report().value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(
            exchange.report().value(QStringLiteral("message")).toString().contains(QStringLiteral("line 7")));
        QCOMPARE(imported.count(), 1);
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("cli.sqlite"));
        const auto run = [&](const QStringList &arguments, QString *output = nullptr) {
            QProcess process;
            process.start(QStringLiteral(PLENARY_BINARY),
                          QStringList {QStringLiteral("--database"), database} + arguments);
            if (!process.waitForFinished(60000))
                return -1;
            if (output)
                *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            return process.exitCode();
        };
        QString output;
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("schedule")}), 2);
        QVERIFY(!QFile::exists(database));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("schedule"), fixture("bad.xml")}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("bad.xml")) && output.contains(QStringLiteral("line 7")),
                 qPrintable(output));
        QVERIFY(!QFile::exists(database));
        QCOMPARE(
            run({QStringLiteral("import"), QStringLiteral("schedule"), fixture("pentabarf.xml")}, &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("Sessions: 6 created")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("event/links/link")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("pentabarf.xml:82: warning: duration")), qPrintable(output));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("schedule"), fixture("baku.json"),
                      QStringLiteral("--dry-run")},
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("Sessions: 3 would be created")), qPrintable(output));
        auto opened = Database::open(database);
        QVERIFY(opened.ok());
        QCOMPARE(rowsIn(*opened.value(), QStringLiteral("agenda_session")), 6);
    }

    void sessionKinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::newRow("ours") << "closed_session"
                              << "closed_session";
        QTest::newRow("ours, side event") << "side_event"
                                          << "side_event";
        QTest::newRow("talk") << "Talk 40 (30min +10 Q&A)"
                              << "plenary";
        QTest::newRow("lecture") << "lecture"
                                 << "plenary";
        QTest::newRow("fosdem devroom") << "devroom"
                                        << "plenary";
        QTest::newRow("workshop") << "Workshop"
                                  << "side_event";
        QTest::newRow("ceremony") << "Ceremony"
                                  << "opening_ceremony";
        QTest::newRow("panel") << "Panel discussion"
                               << "panel";
        QTest::newRow("break") << "Coffee break"
                               << "break";
        QTest::newRow("other") << "other"
                               << "side_event";
        QTest::newRow("none") << ""
                              << "side_event";
    }

    void sessionKinds()
    {
        QFETCH(QString, type);
        QFETCH(QString, kind);
        QCOMPARE(ScheduleImport::sessionKind(type), kind);
    }

    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("rooms");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("speaker");
        QTest::newRow("FOSDEM 2026") << "fosdem-2026-schedule.xml" << 883 << 30 << "Welcome to FOSDEM 2026"
                                     << utc("2026-01-31T08:30:00Z") << "Janson"
                                     << "FOSDEM Staff";
        QTest::newRow("38C3") << "38c3-schedule-20251206.xml" << 1007 << 72 << "38C3: Opening Ceremony"
                              << utc("2024-12-27T09:30:00Z") << "Saal 1"
                              << "Gabriela Bogk";
        QTest::newRow("39C3") << "39c3-schedule-20251206.xml" << 215 << 14
                              << "All my Deutschlandtickets gone: Fraud at an industrial scale"
                              << utc("2025-12-27T15:00:00Z") << "One"
                              << "Q Misell";
        QTest::newRow("pretalx DemoCon")
            << "pretalx-democon.json" << 36 << 2 << "Focused 5thgeneration hardware"
            << utc("2020-12-14T08:00:00Z") << "Gray Room"
            << "Brian Robinson";
    }

    void realFiles()
    {
        if (!QDir(sharedSchedules()).exists())
            QSKIP("../shared/data/schedules is not there: the real schedule files were not tried");
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(int, rooms);
        QFETCH(QString, title);
        QFETCH(QDateTime, start);
        QFETCH(QString, room);
        QFETCH(QString, speaker);
        const QString path = sharedSchedules() + u'/' + file;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        TestDatabase db;
        const ScheduleImportReport report = imported(*db, path);
        QCOMPARE(report.events, events);
        QCOMPARE(report.sessionsCreated, events);
        QCOMPARE(report.sessionsUnscheduled, 0);
        QCOMPARE(report.roomsCreated, rooms);
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), qint64(events));
        QCOMPARE(rowsIn(*db, QStringLiteral("room")), qint64(rooms));
        const AgendaSession session = sessionTitled(*db, title);
        QCOMPARE(session.startsAt, start);
        QCOMPARE(roomName(*db, session.roomId), room);
        QVERIFY2(speakers(*db, session.id).contains(speaker),
                 qPrintable(speakers(*db, session.id).join(u',')));
        QVERIFY(!report.ignored.isEmpty());
        if (file.startsWith(u"39c3"))
            QCOMPARE(report.ignored.value(QStringLiteral("event/links/link")), 6);

        // And again: nothing new.
        const ScheduleImportReport again = imported(*db, path);
        QCOMPARE(again.sessionsCreated, 0);
        QCOMPARE(again.personsCreated, 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("agenda_session")), qint64(events));
    }
};

QTEST_GUILESS_MAIN(TestScheduleImport)
#include "tst_scheduleimport.moc"
