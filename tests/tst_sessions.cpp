// SPDX-License-Identifier: MIT
// Editing one session: wall-clock times in the event's zone (Asia/Baku without daylight
// saving, Europe/Berlin with it) stored in UTC, sessions crossing midnight, the form's checks
// as you type, and the rooms editor.

#include "agendastore.h"
#include "eventstore.h"
#include "participantstore.h"
#include "roommodel.h"
#include "sessioneditor.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Plenary;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void saveEvent(const Database &db, const char *zone)
{
    EventInfo event;
    event.name = QStringLiteral("Forum");
    event.timeZone = QString::fromLatin1(zone);
    event.firstDay = QDate(2027, 3, 26);
    event.lastDay = QDate(2027, 11, 1);
    event.languages = {QStringLiteral("en")};
    const Status saved = EventStore(db).save(event);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
}

QString field(const SessionEditor &editor)
{
    return editor.check().value(QStringLiteral("ok")).toBool()
        ? QString()
        : editor.check().value(QStringLiteral("field")).toString();
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void localTimesToUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("expected"); // invalid: does not exist
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("Baku") << "Asia/Baku" << QDate(2027, 5, 18) << QTime(9, 30)
                              << utc("2027-05-18T05:30:00Z") << false;
        QTest::newRow("Baku midnight")
            << "Asia/Baku" << QDate(2027, 5, 19) << QTime(0, 0) << utc("2027-05-18T20:00:00Z") << false;
        QTest::newRow("Berlin winter")
            << "Europe/Berlin" << QDate(2027, 1, 12) << QTime(9, 0) << utc("2027-01-12T08:00:00Z") << false;
        QTest::newRow("Berlin summer")
            << "Europe/Berlin" << QDate(2027, 7, 12) << QTime(9, 0) << utc("2027-07-12T07:00:00Z") << false;
        // 28 March 2027: 02:00 becomes 03:00; 31 October 2027: 03:00 becomes 02:00 again.
        QTest::newRow("Berlin gap") << "Europe/Berlin" << QDate(2027, 3, 28) << QTime(2, 30) << QDateTime()
                                    << false;
        QTest::newRow("Berlin after gap")
            << "Europe/Berlin" << QDate(2027, 3, 28) << QTime(3, 0) << utc("2027-03-28T01:00:00Z") << false;
        QTest::newRow("Berlin twice")
            << "Europe/Berlin" << QDate(2027, 10, 31) << QTime(2, 30) << utc("2027-10-31T00:30:00Z") << true;
    }

    void localTimesToUtc()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QDateTime, expected);
        QFETCH(bool, ambiguous);
        const LocalTime converted = SessionEditor::toUtc(date, time, QTimeZone(zone.toUtf8()));
        QCOMPARE(converted.utc, expected);
        QCOMPARE(converted.ambiguous, ambiguous);
    }

    void zoneLabels()
    {
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(SessionEditor::zoneLabel(QTimeZone("Asia/Baku"), utc("2027-05-18T05:30:00Z")),
                 QStringLiteral("Baku time (UTC+04:00)"));
        QCOMPARE(SessionEditor::zoneLabel(berlin, utc("2027-01-12T08:00:00Z")),
                 QStringLiteral("Berlin time (UTC+01:00)"));
        QCOMPARE(SessionEditor::zoneLabel(berlin, utc("2027-07-12T08:00:00Z")),
                 QStringLiteral("Berlin time (UTC+02:00)"));
        QCOMPARE(SessionEditor::zoneLabel(QTimeZone("America/New_York"), utc("2027-01-12T08:00:00Z")),
                 QStringLiteral("New York time (UTC−05:00)"));
        QCOMPARE(SessionEditor::parseTime(QStringLiteral("9:05")), QTime(9, 5));
        QCOMPARE(SessionEditor::parseTime(QStringLiteral("2130")), QTime(21, 30));
        QVERIFY(!SessionEditor::parseTime(QStringLiteral("25:00")).isValid());
        QVERIFY(!SessionEditor::parseTime(QStringLiteral("9")).isValid());
    }

    void newSessionInBakuCrossingMidnight()
    {
        TestDatabase db;
        saveEvent(*db, "Asia/Baku");
        Room hall;
        hall.name = QStringLiteral("Plenary Hall");
        const qint64 hallId = AgendaStore(*db).insertRoom(hall).value();
        Participant chair;
        chair.givenNames = QStringLiteral("Leyla");
        chair.familyName = QStringLiteral("Aliyeva");
        const qint64 chairId = ParticipantStore(*db).insert(chair).value();

        SessionEditor editor(*db);
        QSignalSpy saved(&editor, &SessionEditor::saved);
        QVERIFY(editor.isNew());
        QCOMPARE(editor.timeZone(), QStringLiteral("Asia/Baku"));
        QCOMPARE(field(editor), QStringLiteral("title"));
        editor.setTitle(QStringLiteral("Night session of the drafting group"));
        QVERIFY(editor.check().value(QStringLiteral("ok")).toBool()); // unscheduled is fine
        editor.setStartDate(QStringLiteral("2027-05-18"));
        QCOMPARE(editor.endDate(), QStringLiteral("2027-05-18")); // follows the start
        QCOMPARE(field(editor), QStringLiteral("start")); // no time yet
        editor.setStartTime(QStringLiteral("22:30"));
        QCOMPARE(field(editor), QStringLiteral("end"));
        editor.setEndTime(QStringLiteral("01:30"));
        QCOMPARE(field(editor), QStringLiteral("end")); // before the start on the same day
        QVERIFY(
            editor.check().value(QStringLiteral("message")).toString().contains(QStringLiteral("next day")));
        editor.setEndDate(QStringLiteral("2027-05-19"));
        QCOMPARE(field(editor), QString());
        QCOMPARE(editor.durationMinutes(), 180);
        QCOMPARE(editor.zoneLabel(), QStringLiteral("Baku time (UTC+04:00)"));
        QVERIFY(editor.whenText().contains(QStringLiteral("01:30 Baku time")));
        editor.setRoomId(hallId + 100);
        QCOMPARE(field(editor), QStringLiteral("room"));
        editor.setRoomId(hallId);
        editor.setExpectedAttendance(QStringLiteral("many"));
        QCOMPARE(field(editor), QStringLiteral("expectedAttendance"));
        editor.setExpectedAttendance(QStringLiteral("120"));
        editor.addChair(chairId);
        QCOMPARE(editor.chairs().size(), 1);
        QVERIFY(editor.chairs()
                    .first()
                    .toMap()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(QStringLiteral("ALIYEVA")));
        editor.setLanguages({QStringLiteral("en"), QStringLiteral("az")});
        editor.setKind(QStringLiteral("closed_session"));
        editor.setVisibility(QStringLiteral("restricted"));
        const QVariantMap result = editor.save();
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 qPrintable(result.value(QStringLiteral("message")).toString()));
        QCOMPARE(saved.size(), 1);
        const qint64 id = result.value(QStringLiteral("id")).toLongLong();
        QCOMPARE(saved.first().first().toLongLong(), id);
        QCOMPARE(editor.sessionId(), id);

        // Stored in UTC, read back on the wall clock of Baku.
        const AgendaSession stored = AgendaStore(*db).session(id).value();
        QCOMPARE(stored.startsAt, utc("2027-05-18T18:30:00Z"));
        QCOMPARE(stored.endsAt, utc("2027-05-18T21:30:00Z"));
        QCOMPARE(stored.roomId, std::optional<qint64>(hallId));
        QCOMPARE(stored.chairIds, QList<qint64> {chairId});
        QCOMPARE(stored.expectedAttendance, std::optional<int>(120));
        QCOMPARE(stored.kind, QStringLiteral("closed_session"));
        QCOMPARE(stored.visibility, QStringLiteral("restricted"));

        SessionEditor again(*db);
        again.setSessionId(id);
        QCOMPARE(again.startDate(), QStringLiteral("2027-05-18"));
        QCOMPARE(again.startTime(), QStringLiteral("22:30"));
        QCOMPARE(again.endDate(), QStringLiteral("2027-05-19"));
        QCOMPARE(again.endTime(), QStringLiteral("01:30"));
        QVERIFY(!again.modified());

        // Moving by keyboard: a quarter of an hour later, then 30 minutes longer.
        QVERIFY(again.moveBy(15));
        QVERIFY(again.resizeBy(30));
        QCOMPARE(again.startTime(), QStringLiteral("22:45"));
        QCOMPARE(again.endTime(), QStringLiteral("02:15"));
        QVERIFY(again.save().value(QStringLiteral("ok")).toBool());
        QCOMPARE(AgendaStore(*db).session(id).value().endsAt, utc("2027-05-18T22:15:00Z"));

        // Both or neither: clearing only the end is refused, clearing both unschedules.
        again.setEndDate({});
        again.setEndTime({});
        QCOMPARE(field(again), QStringLiteral("end"));
        QVERIFY(!again.save().value(QStringLiteral("ok")).toBool());
        again.setStartDate({});
        again.setStartTime({});
        QCOMPARE(field(again), QString());
        QVERIFY(again.save().value(QStringLiteral("ok")).toBool());
        QVERIFY(!AgendaStore(*db).session(id).value().isScheduled());
        QCOMPARE(again.whenText(), QStringLiteral("Not scheduled"));
    }

    void daylightSavingInBerlin()
    {
        TestDatabase db;
        saveEvent(*db, "Europe/Berlin");
        SessionEditor editor(*db);
        editor.setTitle(QStringLiteral("Night shift"));
        // Across the spring change: 01:00 (UTC+1) to 04:00 (UTC+2) is two hours, not three.
        editor.setStartDate(QStringLiteral("2027-03-28"));
        editor.setStartTime(QStringLiteral("01:00"));
        editor.setEndTime(QStringLiteral("04:00"));
        QCOMPARE(field(editor), QString());
        QCOMPARE(editor.durationMinutes(), 120);
        QCOMPARE(editor.zoneLabel(), QStringLiteral("Berlin time (UTC+01:00)"));
        QCOMPARE(editor.endZoneLabel(), QStringLiteral("Berlin time (UTC+02:00)"));
        // A time in the gap is refused, saying why.
        editor.setEndTime(QStringLiteral("02:30"));
        QCOMPARE(field(editor), QStringLiteral("end"));
        QVERIFY(editor.check()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        QVERIFY(!editor.save().value(QStringLiteral("ok")).toBool());
        // A time that happens twice takes the first and says so.
        editor.setStartDate(QStringLiteral("2027-10-31"));
        editor.setStartTime(QStringLiteral("02:30"));
        editor.setEndTime(QStringLiteral("05:00"));
        QCOMPARE(field(editor), QString());
        QVERIFY(editor.notice().contains(QStringLiteral("twice")));
        QCOMPARE(editor.startsAtUtc(), utc("2027-10-31T00:30:00Z"));
        QCOMPARE(editor.durationMinutes(), 210);
        const QVariantMap result = editor.save();
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const AgendaSession stored =
            AgendaStore(*db).session(result.value(QStringLiteral("id")).toLongLong()).value();
        QCOMPARE(stored.endsAt, utc("2027-10-31T04:00:00Z"));
    }

    void rooms()
    {
        TestDatabase db;
        RoomModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy written(&model, &RoomModel::roomsWritten);
        QCOMPARE(model.validate({{QStringLiteral("name"), QString()}}).value(QStringLiteral("field")),
                 QStringLiteral("name"));
        QCOMPARE(model
                     .validate({{QStringLiteral("name"), QStringLiteral("A")},
                                {QStringLiteral("capacity"), QStringLiteral("-3")}})
                     .value(QStringLiteral("field")),
                 QStringLiteral("capacity"));
        for (const char *name : {"Plenary Hall", "Room B", "Room C"}) {
            const QVariantMap saved = model.save({{QStringLiteral("name"), QString::fromLatin1(name)},
                                                  {QStringLiteral("capacity"), QStringLiteral("300")},
                                                  {QStringLiteral("floor"), QStringLiteral("1")},
                                                  {QStringLiteral("booths"), 6}});
            QVERIFY2(saved.value(QStringLiteral("ok")).toBool(),
                     qPrintable(saved.value(QStringLiteral("message")).toString()));
        }
        QCOMPARE(model.count(), 3);
        QCOMPARE(written.size(), 3);
        QCOMPARE(model.data(model.index(2), RoomModel::PositionRole).toInt(), 2);
        QCOMPARE(model.validate({{QStringLiteral("name"), QStringLiteral("room b")}})
                     .value(QStringLiteral("field")),
                 QStringLiteral("name"));

        const qint64 hallId = model.data(model.index(0), RoomModel::RoomIdRole).toLongLong();
        QVariantMap hall = model.get(hallId);
        hall.insert(QStringLiteral("capacity"), QString());
        hall.insert(QStringLiteral("name"), QStringLiteral("Main hall"));
        QVERIFY(model.save(hall).value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.data(model.index(0), RoomModel::CapacityRole).toInt(), -1);
        QCOMPARE(model.data(model.index(0), RoomModel::NameRole).toString(), QStringLiteral("Main hall"));

        // Columns reorder and stay so in the database.
        QVERIFY(model.moveColumn(0, 1).value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.data(model.index(1), RoomModel::RoomIdRole).toLongLong(), hallId);
        QCOMPARE(AgendaStore(*db).rooms().value().at(1).id, hallId);

        QVERIFY(model.remove(hallId).value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.rowOf(hallId), -1);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
