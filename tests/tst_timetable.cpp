// SPDX-License-Identifier: MIT
// The timetable's day model: the minute axis across daylight-saving changes and midnight,
// side-by-side lanes for overlapping sessions, moves and resizes written to the database, the
// visible-window proxy, and conflict marks redrawn only where they changed.

#include "agendastore.h"
#include "eventsettings.h"
#include "eventstore.h"
#include "testsupport.h"
#include "timetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Plenary;

namespace {

/// An event in `zone` from `first` to `last` with two rooms, "Hall A" and "Hall B".
struct Agenda
{
    explicit Agenda(const Database &database, const char *zone, QDate first, QDate last)
        : store(database)
    {
        EventInfo event;
        event.name = QStringLiteral("Timetable test");
        event.timeZone = QString::fromLatin1(zone);
        event.firstDay = first;
        event.lastDay = last;
        event.languages = {QStringLiteral("en")};
        const Status saved = EventStore(database).save(event);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        for (const char *name : {"Hall A", "Hall B"}) {
            Room room;
            room.name = QString::fromLatin1(name);
            room.position = int(roomIds.size());
            roomIds.append(store.insertRoom(room).value());
        }
        timeZone = QTimeZone(zone);
    }

    /// A session in room `room` (0 or 1) at local `from`–`to` on `day`; `to` before `from`
    /// means the next day.
    qint64 add(const char *title, int room, QDate day, QTime from, QTime to)
    {
        AgendaSession session;
        session.title = QString::fromLatin1(title);
        session.roomId = roomIds.at(room);
        session.startsAt = QDateTime(day, from, timeZone).toUTC();
        session.endsAt = QDateTime(to > from ? day : day.addDays(1), to, timeZone).toUTC();
        return store.insertSession(session).value();
    }

    AgendaStore store;
    QList<qint64> roomIds;
    QTimeZone timeZone;
};

struct BlockPlace
{
    int column = -1;
    int start = -1;
    int end = -1;
    int lane = -1;
    int lanes = -1;
};

BlockPlace placeOf(const TimetableModel &model, qint64 sessionId)
{
    const int row = model.rowOf(sessionId);
    if (row < 0)
        return {};
    const QModelIndex index = model.index(row);
    return {index.data(TimetableModel::ColumnRole).toInt(),
            index.data(TimetableModel::StartMinuteRole).toInt(),
            index.data(TimetableModel::EndMinuteRole).toInt(), index.data(TimetableModel::LaneRole).toInt(),
            index.data(TimetableModel::LanesRole).toInt()};
}

} // namespace

class TestTimetable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void dayLengthFollowsDaylightSaving()
    {
        TestDatabase db;
        Agenda agenda(*db, "Europe/Berlin", QDate(2027, 3, 26), QDate(2027, 10, 31));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setDay(QStringLiteral("2027-03-27"));
        QCOMPARE(model.dayMinutes(), 1440);
        model.setDay(QStringLiteral("2027-03-28")); // clocks go forward at 02:00
        QCOMPARE(model.dayMinutes(), 1380);
        QCOMPARE(model.timeLabel(60), QStringLiteral("01:00"));
        QCOMPARE(model.timeLabel(120), QStringLiteral("03:00"));
        QVERIFY(model.zoneLabel().contains(QStringLiteral("Berlin")));
        QVERIFY(model.zoneLabel().contains(QStringLiteral("UTC+")));

        // A session from 09:00 to 10:00 wall-clock time sits at 8 real hours into the day.
        const qint64 morning = agenda.add("Morning", 0, QDate(2027, 3, 28), QTime(9, 0), QTime(10, 0));
        model.reload();
        QCOMPARE(placeOf(model, morning).start, 8 * 60);
        QCOMPARE(placeOf(model, morning).end, 9 * 60);
        QCOMPARE(model.index(model.rowOf(morning)).data(TimetableModel::TimeLabelRole).toString(),
                 QStringLiteral("09:00–10:00"));

        model.setDay(QStringLiteral("2027-10-31")); // clocks go back at 03:00
        QCOMPARE(model.dayMinutes(), 1500);
        QCOMPARE(model.timeLabel(120), QStringLiteral("02:00"));
        QCOMPARE(model.timeLabel(180), QStringLiteral("02:00")); // the hour that comes twice
    }

    void overlappingSessionsShareTheirColumn()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const QDate day(2027, 5, 18);
        const qint64 a = agenda.add("A", 0, day, QTime(9, 0), QTime(10, 0));
        const qint64 b = agenda.add("B double-booked", 0, day, QTime(9, 30), QTime(10, 30));
        const qint64 c = agenda.add("C after B", 0, day, QTime(10, 30), QTime(11, 0));
        const qint64 d = agenda.add("D other room", 1, day, QTime(9, 0), QTime(10, 0));
        const qint64 e = agenda.add("E touching A", 1, day, QTime(10, 0), QTime(11, 0));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.day(), QStringLiteral("2027-05-18"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 2);

        const BlockPlace placeA = placeOf(model, a);
        const BlockPlace placeB = placeOf(model, b);
        QCOMPARE(placeA.start, 9 * 60);
        QCOMPARE(placeA.lane, 0);
        QCOMPARE(placeA.lanes, 2);
        QCOMPARE(placeB.lane, 1);
        QCOMPARE(placeB.lanes, 2);
        // Touching is not overlapping: C starts when B ends and gets the column to itself.
        QCOMPARE(placeOf(model, c).lane, 0);
        QCOMPARE(placeOf(model, c).lanes, 1);
        QCOMPARE(placeOf(model, d).column, 1);
        QCOMPARE(placeOf(model, d).lanes, 1);
        QCOMPARE(placeOf(model, e).lanes, 1);
        QCOMPARE(model.firstMinute(), 9 * 60);
        QCOMPARE(model.busiestDay(), QStringLiteral("2027-05-18"));
    }

    void sessionsCrossingMidnightShowOnBothDays()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const qint64 late = agenda.add("Drafting group", 0, QDate(2027, 5, 18), QTime(23, 0), QTime(1, 30));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        model.setDay(QStringLiteral("2027-05-18"));
        QCOMPARE(placeOf(model, late).start, 23 * 60);
        QCOMPARE(placeOf(model, late).end, 24 * 60);
        QVERIFY(model.index(model.rowOf(late)).data(TimetableModel::ContinuesAfterRole).toBool());
        model.setDay(QStringLiteral("2027-05-19"));
        QCOMPARE(placeOf(model, late).start, 0);
        QCOMPARE(placeOf(model, late).end, 90);
        QVERIFY(model.index(model.rowOf(late)).data(TimetableModel::ContinuesBeforeRole).toBool());
        model.setDay(QStringLiteral("2027-05-20"));
        QCOMPARE(model.rowOf(late), -1);
    }

    void movesAndResizesAreStored()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const QDate day(2027, 5, 18);
        const qint64 panel = agenda.add("Panel", 0, day, QTime(9, 0), QTime(10, 30));
        AgendaSession waiting;
        waiting.title = QStringLiteral("Bilateral");
        const qint64 bilateral = agenda.store.insertSession(waiting).value();
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        UnscheduledSessionModel unscheduled(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unscheduledTester(&unscheduled,
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy written(&model, &TimetableModel::sessionWritten);

        QVERIFY(model.moveSession(panel, 1, 14 * 60 + 15).value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.storedStart(panel), QStringLiteral("2027-05-18T14:15:00+04:00"));
        AgendaSession stored = agenda.store.session(panel).value();
        QCOMPARE(stored.roomId, std::optional<qint64>(agenda.roomIds.at(1)));
        QCOMPARE(stored.startsAt.secsTo(stored.endsAt), 90 * 60); // the length is kept
        QCOMPARE(placeOf(model, panel).column, 1);
        QCOMPARE(written.count(), 1);

        QVERIFY(model.resizeSession(panel, 16 * 60).value(QStringLiteral("ok")).toBool());
        stored = agenda.store.session(panel).value();
        QCOMPARE(stored.endsAt.toTimeZone(agenda.timeZone).time(), QTime(16, 0));
        // Never shorter than the minimum, even when dragged above its own start.
        QVERIFY(model.resizeSession(panel, 10 * 60).value(QStringLiteral("ok")).toBool());
        stored = agenda.store.session(panel).value();
        QCOMPARE(stored.startsAt.secsTo(stored.endsAt), TimetableModel::MinimumMinutes * 60);

        // A bad column changes nothing.
        QVERIFY(!model.moveSession(panel, 7, 600).value(QStringLiteral("ok")).toBool());
        QCOMPARE(agenda.store.session(panel).value(), stored);

        QCOMPARE(unscheduled.rowCount(), 1);
        QVERIFY(model.scheduleSession(bilateral, 0, 11 * 60, 45).value(QStringLiteral("ok")).toBool());
        stored = agenda.store.session(bilateral).value();
        QCOMPARE(stored.startsAt.toTimeZone(agenda.timeZone).time(), QTime(11, 0));
        QCOMPARE(stored.startsAt.secsTo(stored.endsAt), 45 * 60);
        unscheduled.reload();
        QCOMPARE(unscheduled.rowCount(), 0);

        QVERIFY(model.unscheduleSession(panel).value(QStringLiteral("ok")).toBool());
        QVERIFY(!agenda.store.session(panel).value().isScheduled());
        QCOMPARE(model.rowOf(panel), -1);
        unscheduled.reload();
        QCOMPARE(unscheduled.rowCount(), 1);
        QCOMPARE(unscheduled.index(0).data(UnscheduledSessionModel::TitleRole).toString(),
                 QStringLiteral("Panel"));
        QCOMPARE(unscheduled.index(0).data(UnscheduledSessionModel::ReasonRole).toString(),
                 QStringLiteral("No time"));
    }

    void roomFilterChoosesColumns()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const qint64 inB = agenda.add("In B", 1, QDate(2027, 5, 18), QTime(9, 0), QTime(10, 0));
        agenda.add("In A", 0, QDate(2027, 5, 18), QTime(9, 0), QTime(10, 0));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        model.reload();
        model.setRoomFilter(QStringLiteral("hall b"));
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.roomCount(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(placeOf(model, inB).column, 0);
        model.setRoomFilter(QStringLiteral("nowhere"));
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void windowHoldsOnlyTheVisibleBlocks()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const QDate day(2027, 5, 18);
        agenda.add("Early A", 0, day, QTime(8, 0), QTime(9, 0));
        agenda.add("Late A", 0, day, QTime(15, 0), QTime(16, 0));
        agenda.add("Early B", 1, day, QTime(8, 30), QTime(9, 30));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        model.reload();
        TimetableWindowModel window;
        QAbstractItemModelTester tester(&window, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setSourceModel(&model);
        window.setFirstColumn(0);
        window.setLastColumn(0);
        window.setFirstMinute(7 * 60);
        window.setLastMinute(12 * 60);
        QCOMPARE(window.rowCount(), 1);
        QCOMPARE(window.index(0, 0).data(TimetableModel::TitleRole).toString(), QStringLiteral("Early A"));
        window.setLastColumn(1);
        QCOMPARE(window.rowCount(), 2);
        // A block that ends where the window begins is not visible.
        window.setFirstMinute(9 * 60 + 30);
        window.setLastMinute(24 * 60);
        QCOMPARE(window.rowCount(), 1);
        QCOMPARE(window.index(0, 0).data(TimetableModel::TitleRole).toString(), QStringLiteral("Late A"));
    }

    void conflictMarksChangeOnlyWhereTheyChanged()
    {
        TestDatabase db;
        Agenda agenda(*db, "Asia/Baku", QDate(2027, 5, 18), QDate(2027, 5, 20));
        const QDate day(2027, 5, 18);
        const qint64 first = agenda.add("First", 0, day, QTime(9, 0), QTime(10, 0));
        agenda.add("Second", 1, day, QTime(9, 0), QTime(10, 0));
        EventSettings event(*db);
        TimetableModel model(*db, &event);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QHash<qint64, ConflictMark> marks;
        model.setConflictLookup([&marks](qint64 id) { return marks.value(id); });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        marks.insert(first, {2, QStringLiteral("Hall A is double-booked.")});
        model.refreshConflicts();
        QCOMPARE(changed.count(), 1);
        const QModelIndex index = model.index(model.rowOf(first));
        QCOMPARE(changed.first().at(0).toModelIndex(), index);
        QCOMPARE(index.data(TimetableModel::SeverityRole).toInt(), 2);
        QCOMPARE(index.data(TimetableModel::ConflictTextRole).toString(),
                 QStringLiteral("Hall A is double-booked."));
        model.refreshConflicts();
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimetable)
#include "tst_timetable.moc"
