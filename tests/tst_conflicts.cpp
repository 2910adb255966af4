// SPDX-License-Identifier: MIT
// The conflict engine: each rule of domain.md with its edges (touching intervals, midnight,
// the travel buffer to the minute, arrival and departure days and the event's days in the
// event's zone, Asia/Baku and a zone with daylight saving), acknowledgements, the incremental
// re-check against a full one after random moves, and the conflicts panel's model.

#include "agendastore.h"
#include "conflictengine.h"
#include "conflictmodel.h"
#include "delegationstore.h"
#include "eventstore.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Plenary;

namespace {

QDateTime at(const QString &iso)
{
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid())
        qFatal("bad time in test: %s", qPrintable(iso));
    return parsed.toUTC();
}

QString describe(const QList<Conflict> &conflicts)
{
    QStringList lines;
    for (const Conflict &c : conflicts)
        lines.append(QStringLiteral("%1 %2: %3").arg(c.rule, c.subject, c.message));
    return lines.join(u'\n');
}

QStringList rulesOf(const QList<Conflict> &conflicts)
{
    QStringList rules;
    for (const Conflict &c : conflicts)
        rules.append(c.rule);
    rules.sort();
    return rules;
}

/// An event with two rooms, a delegation and people, in a database of its own.
class Fixture
{
public:
    explicit Fixture(const QString &zone = QStringLiteral("Asia/Baku"), QDate first = QDate(2027, 5, 18),
                     QDate last = QDate(2027, 5, 20))
        : agenda(*db)
    {
        EventInfo event;
        event.name = QStringLiteral("Test forum");
        event.timeZone = zone;
        event.firstDay = first;
        event.lastDay = last;
        event.languages = {QStringLiteral("en")};
        const Status saved = EventStore(*db).save(event);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().describe()));
    }

    qint64 room(const QString &name, std::optional<int> capacity = std::nullopt)
    {
        Room r;
        r.name = name;
        r.capacity = capacity;
        const Result<qint64> id = agenda.insertRoom(r);
        if (!id.ok())
            qFatal("room: %s", qPrintable(id.error().describe()));
        return id.value();
    }

    qint64 delegation(const QString &name, QDate arrival = {}, QDate departure = {})
    {
        Delegation d;
        d.kind = QStringLiteral("international_organisation"); // no country needed
        d.name = name;
        d.arrival = arrival;
        d.departure = departure;
        const Result<qint64> id = DelegationStore(*db).insert(d);
        if (!id.ok())
            qFatal("delegation: %s", qPrintable(id.error().describe()));
        return id.value();
    }

    qint64 person(const QString &family, std::optional<qint64> delegationId = std::nullopt)
    {
        Participant p;
        p.honorific = QStringLiteral("Dr.");
        p.givenNames = QStringLiteral("Anna");
        p.familyName = family;
        p.delegationId = delegationId;
        const Result<qint64> id = ParticipantStore(*db).insert(p);
        if (!id.ok())
            qFatal("person: %s", qPrintable(id.error().describe()));
        return id.value();
    }

    qint64 session(const QString &title, std::optional<qint64> roomId, const QString &start,
                   const QString &end, QList<qint64> chairs = {},
                   std::optional<int> attendance = std::nullopt)
    {
        AgendaSession s;
        s.title = title;
        s.roomId = roomId;
        if (!start.isEmpty()) {
            s.startsAt = at(start);
            s.endsAt = at(end);
        }
        s.chairIds = chairs;
        s.expectedAttendance = attendance;
        const Result<qint64> id = agenda.insertSession(s);
        if (!id.ok())
            qFatal("session: %s", qPrintable(id.error().describe()));
        return id.value();
    }

    void speakers(qint64 sessionId,
                  const QList<std::pair<std::optional<qint64>, std::optional<qint64>>> &list)
    {
        QList<SpeakingSlot> slots;
        for (const auto &[speaker, behalf] : list) {
            SpeakingSlot slot;
            slot.speakerId = speaker;
            slot.onBehalfOf = behalf;
            slots.append(slot);
        }
        const Status written = agenda.replaceSpeakingSlots(sessionId, slots);
        if (!written)
            qFatal("speakers: %s", qPrintable(written.error().describe()));
    }

    TestDatabase db;
    AgendaStore agenda;
};

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void rules_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("buffer");
        QTest::addColumn<QString>("aStart");
        QTest::addColumn<QString>("aEnd");
        QTest::addColumn<int>("aRoom"); // 0 Hall A, 1 Room B, -1 none
        QTest::addColumn<QString>("aPerson"); // what the shared person does in A: "", chair, speaker
        QTest::addColumn<QString>("bStart"); // empty: there is no B
        QTest::addColumn<QString>("bEnd");
        QTest::addColumn<int>("bRoom");
        QTest::addColumn<QString>("bPerson");
        QTest::addColumn<int>("capacity"); // of Hall A, -1 unknown
        QTest::addColumn<int>("attendance"); // of A, -1 unknown
        QTest::addColumn<QDate>("arrival"); // of the person's delegation
        QTest::addColumn<QDate>("departure");
        QTest::addColumn<QStringList>("expected");

        const QString baku = QStringLiteral("Asia/Baku");
        const QDate d18(2027, 5, 18), d20(2027, 5, 20);
        const QString none, chair = QStringLiteral("chair"), speaker = QStringLiteral("speaker");
        const QStringList ok;
        const QStringList room {QStringLiteral("room_double_booking")};
        const QStringList person {QStringLiteral("person_double_booking")};
        const QStringList travel {QStringLiteral("travel_buffer")};
        const QStringList outside {QStringLiteral("outside_event_days")};
        const QStringList absent {QStringLiteral("delegation_absent")};
        const QStringList capacity {QStringLiteral("over_capacity")};
        const auto row = [&](const char *name, const QString &aStart, const QString &aEnd, int aRoom,
                             const QString &aPerson, const QString &bStart, const QString &bEnd, int bRoom,
                             const QString &bPerson, const QStringList &expected, int buffer = 10) {
            QTest::newRow(name) << baku << d18 << d20 << buffer << aStart << aEnd << aRoom << aPerson
                                << bStart << bEnd << bRoom << bPerson << -1 << -1 << QDate() << QDate()
                                << expected;
        };
        const QString t10 = QStringLiteral("2027-05-18T10:00:00+04:00");
        const QString t11 = QStringLiteral("2027-05-18T11:00:00+04:00");
        const QString t1030 = QStringLiteral("2027-05-18T10:30:00+04:00");
        const QString t12 = QStringLiteral("2027-05-18T12:00:00+04:00");
        const QString t1110 = QStringLiteral("2027-05-18T11:10:00+04:00");
        const QString t1109 = QStringLiteral("2027-05-18T11:09:00+04:00");
        const QString t22 = QStringLiteral("2027-05-18T22:00:00+04:00");
        const QString t01 = QStringLiteral("2027-05-19T01:00:00+04:00");
        const QString t0030 = QStringLiteral("2027-05-19T00:30:00+04:00");
        const QString t02 = QStringLiteral("2027-05-19T02:00:00+04:00");

        row("room: overlap", t10, t11, 0, none, t1030, t12, 0, none, room);
        row("room: touching", t10, t11, 0, none, t11, t12, 0, none, ok);
        row("room: same times", t10, t11, 0, none, t10, t11, 0, none, room);
        row("room: one inside the other", t10, t12, 0, none, t1030, t11, 0, none, room);
        row("room: across midnight, overlap", t22, t01, 0, none, t0030, t02, 0, none, room);
        row("room: across midnight, touching", t22, t01, 0, none, t01, t02, 0, none, ok);
        row("rooms differ: overlap is fine", t10, t11, 0, none, t1030, t12, 1, none, ok);
        row("no room: overlap is fine", t10, t11, -1, none, t1030, t12, -1, none, ok);
        row("chair in both at once", t10, t11, 0, chair, t1030, t12, 1, chair, person);
        row("chair and speaker at once", t10, t11, 0, chair, t1030, t12, 1, speaker, person);
        row("person in both, same room: both rules", t10, t11, 0, chair, t1030, t12, 0, speaker,
            room + person);
        row("person at once, across midnight", t22, t01, 0, chair, t0030, t02, 1, chair, person);
        row("person touching, across midnight, other room", t22, t01, 0, chair, t01, t02, 1, chair, travel);
        row("person touching, same room", t10, t11, 0, chair, t11, t12, 0, chair, ok);
        row("person touching, other room", t10, t11, 0, chair, t11, t12, 1, speaker, travel);
        row("gap exactly the buffer", t10, t11, 0, chair, t1110, t12, 1, chair, ok);
        row("gap a minute under the buffer", t10, t11, 0, chair, t1109, t12, 1, chair, travel);
        row("gap under the buffer, B first", t1109, t12, 1, chair, t10, t11, 0, chair, travel);
        row("gap under the buffer, same room", t10, t11, 0, chair, t1109, t12, 0, chair, ok);
        row("gap under the buffer, a room unknown", t10, t11, 0, chair, t1109, t12, -1, chair, ok);
        row("no buffer: touching is fine", t10, t11, 0, chair, t11, t12, 1, chair, ok, 0);
        row("buffer of an hour", t10, t11, 0, chair, QStringLiteral("2027-05-18T11:59:00+04:00"),
            QStringLiteral("2027-05-18T13:00:00+04:00"), 1, chair, travel, 60);
        row("different people", t10, t11, 0, chair, t1030, t12, 1, none, ok);

        // The event's days in Baku (+04 all year): 18 May 00:00 to 21 May 00:00 local.
        row("first day from local midnight", QStringLiteral("2027-05-18T00:00:00+04:00"), t10, 0, none, {},
            {}, 0, none, ok);
        row("a minute before the first day", QStringLiteral("2027-05-17T23:59:00+04:00"), t10, 0, none, {},
            {}, 0, none, outside);
        row("the last day up to midnight", QStringLiteral("2027-05-20T23:00:00+04:00"),
            QStringLiteral("2027-05-21T00:00:00+04:00"), 0, none, {}, {}, 0, none, ok);
        row("the day after the last", QStringLiteral("2027-05-21T00:00:00+04:00"),
            QStringLiteral("2027-05-21T01:00:00+04:00"), 0, none, {}, {}, 0, none, outside);
        row("the last day, across midnight", QStringLiteral("2027-05-20T23:00:00+04:00"),
            QStringLiteral("2027-05-21T00:30:00+04:00"), 0, none, {}, {}, 0, none, outside);
        // 20:30 UTC on the 20th is still the 20th in UTC, but the 21st in Baku.
        row("the last day in UTC is the next in Baku", QStringLiteral("2027-05-20T20:30:00Z"),
            QStringLiteral("2027-05-20T21:00:00Z"), 0, none, {}, {}, 0, none, outside);

        // Berlin: summer time starts on 28 March 2027 (02:00 CET → 03:00 CEST) and ends on
        // 31 October (03:00 CEST → 02:00 CET). The last day ends at local midnight in the
        // offset of that night.
        const QString berlin = QStringLiteral("Europe/Berlin");
        const auto dst = [&](const char *name, QDate first, QDate last, const char *start, const char *end,
                             const QStringList &expected) {
            QTest::newRow(name) << berlin << first << last << 10 << QString::fromLatin1(start)
                                << QString::fromLatin1(end) << 0 << none << QString() << QString() << 0
                                << none << -1 << -1 << QDate() << QDate() << expected;
        };
        const QDate mar27(2027, 3, 27), mar28(2027, 3, 28), oct30(2027, 10, 30), oct31(2027, 10, 31);
        dst("DST spring: last hour of the last day", mar27, mar28, "2027-03-28T21:00:00Z",
            "2027-03-28T22:00:00Z", ok);
        dst("DST spring: 00:30 CEST the day after", mar27, mar28, "2027-03-28T22:30:00Z",
            "2027-03-28T22:45:00Z", outside);
        dst("DST spring: first day from local midnight (CET)", mar28, mar28, "2027-03-27T23:00:00Z",
            "2027-03-28T00:00:00Z", ok);
        dst("DST spring: first day, a minute early", mar28, mar28, "2027-03-27T22:59:00Z",
            "2027-03-28T00:00:00Z", outside);
        dst("DST autumn: last hour of the last day (CET)", oct30, oct31, "2027-10-31T22:00:00Z",
            "2027-10-31T23:00:00Z", ok);
        dst("DST autumn: 00:00 CET the day after", oct30, oct31, "2027-10-31T23:00:00Z",
            "2027-10-31T23:30:00Z", outside);

        // Capacity of Hall A: 100.
        const auto seats = [&](const char *name, int capacity, int attendance, const QStringList &expected) {
            QTest::newRow(name) << baku << d18 << d20 << 10 << t10 << t11 << 0 << none << QString()
                                << QString() << 0 << none << capacity << attendance << QDate() << QDate()
                                << expected;
        };
        seats("capacity: equal", 100, 100, ok);
        seats("capacity: one above", 100, 101, capacity);
        seats("capacity: unknown", -1, 5000, ok);
        seats("capacity: attendance unknown", 100, -1, ok);
        seats("capacity: zero seats", 0, 1, capacity);

        // The delegation's stay, by dates in the event's zone: present from the arrival day's
        // local midnight to the end of the departure day.
        const auto stay = [&](const char *name, const char *start, const char *end, QDate arrival,
                              QDate departure, const QString &role, const QStringList &expected) {
            QTest::newRow(name) << baku << QDate(2027, 5, 16) << QDate(2027, 5, 24) << 10
                                << QString::fromLatin1(start) << QString::fromLatin1(end) << 0 << role
                                << QString() << QString() << 0 << none << -1 << -1 << arrival << departure
                                << expected;
        };
        const QDate arrive(2027, 5, 18), leave(2027, 5, 20);
        stay("arrival: on the day, local midnight", "2027-05-18T00:00:00+04:00", "2027-05-18T01:00:00+04:00",
             arrive, leave, speaker, ok);
        stay("arrival: the evening before", "2027-05-17T23:59:00+04:00", "2027-05-18T01:00:00+04:00", arrive,
             leave, speaker, absent);
        stay("arrival: 20:00 UTC is already the day in Baku", "2027-05-17T20:00:00Z", "2027-05-17T21:00:00Z",
             arrive, leave, speaker, ok);
        stay("arrival: 19:59 UTC is the day before in Baku", "2027-05-17T19:59:00Z", "2027-05-17T21:00:00Z",
             arrive, leave, speaker, absent);
        stay("departure: until local midnight", "2027-05-20T23:00:00+04:00", "2027-05-21T00:00:00+04:00",
             arrive, leave, speaker, ok);
        stay("departure: past midnight", "2027-05-20T23:00:00+04:00", "2027-05-21T00:01:00+04:00", arrive,
             leave, speaker, absent);
        stay("departure: the day after", "2027-05-22T10:00:00+04:00", "2027-05-22T11:00:00+04:00", arrive,
             leave, speaker, absent);
        stay("no dates known", "2027-05-17T10:00:00+04:00", "2027-05-17T11:00:00+04:00", QDate(), QDate(),
             speaker, ok);
        stay("arrival only", "2027-05-17T10:00:00+04:00", "2027-05-17T11:00:00+04:00", arrive, QDate(),
             speaker, absent);
        stay("chairs are not speakers", "2027-05-17T10:00:00+04:00", "2027-05-17T11:00:00+04:00", arrive,
             leave, chair, ok);
    }

    void rules()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(int, buffer);
        QFETCH(QString, aStart);
        QFETCH(QString, aEnd);
        QFETCH(int, aRoom);
        QFETCH(QString, aPerson);
        QFETCH(QString, bStart);
        QFETCH(QString, bEnd);
        QFETCH(int, bRoom);
        QFETCH(QString, bPerson);
        QFETCH(int, capacity);
        QFETCH(int, attendance);
        QFETCH(QDate, arrival);
        QFETCH(QDate, departure);
        QFETCH(QStringList, expected);
        expected.sort();

        Fixture f(zone, first, last);
        QVERIFY(f.agenda.setTravelBufferMinutes(buffer).ok());
        const qint64 rooms[] = {
            f.room(QStringLiteral("Hall A"), capacity < 0 ? std::nullopt : std::optional(capacity)),
            f.room(QStringLiteral("Room B"), 1000)};
        const auto roomOf = [&](int i) { return i < 0 ? std::nullopt : std::optional<qint64>(rooms[i]); };
        const qint64 delegation = f.delegation(QStringLiteral("Azerbaijan"), arrival, departure);
        const qint64 shared = f.person(QStringLiteral("Aliyeva"), delegation);
        f.person(QStringLiteral("Bystander")); // in no session

        const auto add = [&](const QString &title, const QString &start, const QString &end, int room,
                             const QString &role, std::optional<int> seats) {
            const qint64 id = f.session(title, roomOf(room), start, end,
                                        role == u"chair" ? QList<qint64> {shared} : QList<qint64> {}, seats);
            if (role == u"speaker")
                f.speakers(id, {{shared, std::nullopt}});
            return id;
        };
        add(QStringLiteral("Session A"), aStart, aEnd, aRoom, aPerson,
            attendance < 0 ? std::nullopt : std::optional(attendance));
        ConflictEngine incremental(*f.db);
        QVERIFY(incremental.reload().ok());
        if (!bStart.isEmpty()) {
            const qint64 b = add(QStringLiteral("Session B"), bStart, bEnd, bRoom, bPerson, std::nullopt);
            QVERIFY(incremental.recheckSession(b).ok());
        }

        ConflictEngine full(*f.db);
        QVERIFY(full.reload().ok());
        QCOMPARE(rulesOf(full.conflicts()), expected);
        // The same conflicts, found by re-checking B alone after it was added.
        QCOMPARE(describe(incremental.conflicts()), describe(full.conflicts()));
        QCOMPARE(incremental.conflicts(), full.conflicts());
    }

    void messagesNameWhatIsConcerned()
    {
        Fixture f;
        const qint64 hall = f.room(QStringLiteral("Hall A"), 50);
        const qint64 side = f.room(QStringLiteral("Room B"));
        const qint64 chair = f.person(QStringLiteral("Müller"));
        const qint64 opening =
            f.session(QStringLiteral("Opening"), hall, QStringLiteral("2027-05-18T22:00:00+04:00"),
                      QStringLiteral("2027-05-19T01:00:00+04:00"), {chair}, 80);
        f.session(QStringLiteral("Panel"), hall, QStringLiteral("2027-05-19T00:30:00+04:00"),
                  QStringLiteral("2027-05-19T02:00:00+04:00"));
        f.session(QStringLiteral("Side event"), side, QStringLiteral("2027-05-19T01:05:00+04:00"),
                  QStringLiteral("2027-05-19T02:00:00+04:00"), {chair});
        ConflictEngine engine(*f.db);
        QVERIFY(engine.reload().ok());
        const QList<Conflict> &all = engine.conflicts();
        QCOMPARE(all.size(), 3);
        // Errors first.
        QCOMPARE(all.at(0).rule, QStringLiteral("room_double_booking"));
        QCOMPARE(all.at(0).severity, Severity::Error);
        QCOMPARE(all.at(0).sessionIds.first(), opening);
        QCOMPARE(all.at(0).roomIds, QList<qint64> {hall});
        QCOMPARE(all.at(0).message,
                 QStringLiteral(
                     "Hall A is booked twice: \u201COpening\u201D (Tue 18 May 22:00\u2013Wed 19 May 01:00) "
                     "and \u201CPanel\u201D (Wed 19 May 00:30\u201302:00), Asia/Baku time."));
        QCOMPARE(all.at(0).startsAt, at(QStringLiteral("2027-05-18T18:00:00Z")));
        QCOMPARE(all.at(1).rule, QStringLiteral("over_capacity"));
        QVERIFY2(all.at(1).message.contains(QStringLiteral("expects 80 people, but Hall A seats 50")),
                 qPrintable(all.at(1).message));
        QCOMPARE(all.at(2).rule, QStringLiteral("travel_buffer"));
        QCOMPARE(all.at(2).participantIds, QList<qint64> {chair});
        QCOMPARE(all.at(2).subject, QStringLiteral("p%1:s%2:s%3").arg(chair).arg(opening).arg(opening + 2));
        QVERIFY2(all.at(2).message.startsWith(QStringLiteral("Dr. Anna MÜLLER has 5 min to get from "
                                                             "\u201COpening\u201D in Hall A")),
                 qPrintable(all.at(2).message));
        QCOMPARE(engine.worstOf(opening), Severity::Error);
        QCOMPARE(engine.worstOf(opening + 2), Severity::Warning);
        QCOMPARE(engine.conflictsOf(opening).size(), 3);
        QCOMPARE(engine.conflictsOf(opening + 2).size(), 1);
        QCOMPARE(engine.errorCount(), 1);
        QCOMPARE(engine.warningCount(), 2);
    }

    void speakersDelegation()
    {
        // The speaker's own delegation counts; an entry naming no one, the one it speaks for.
        Fixture f;
        const qint64 hall = f.room(QStringLiteral("Hall A"));
        const qint64 late = f.delegation(QStringLiteral("Late"), QDate(2027, 5, 19), QDate(2027, 5, 20));
        const qint64 onTime = f.delegation(QStringLiteral("On time"), QDate(2027, 5, 17), QDate(2027, 5, 20));
        const qint64 fromLate = f.person(QStringLiteral("Late"), late);
        const qint64 gone = f.delegation(QStringLiteral("Gone"), QDate(2027, 5, 15), QDate(2027, 5, 17));
        const qint64 fromOnTime = f.person(QStringLiteral("Early"), onTime);
        const qint64 s =
            f.session(QStringLiteral("Plenary"), hall, QStringLiteral("2027-05-18T10:00:00+04:00"),
                      QStringLiteral("2027-05-18T11:00:00+04:00"));
        // Speaks for the late delegation but travels with the one on time: no warning. Twice on
        // the list: one warning. An entry naming no one for the late delegation adds nothing to
        // its speaker's warning; one for a delegation that has left is a warning of its own.
        f.speakers(s,
                   {{fromOnTime, late},
                    {fromLate, std::nullopt},
                    {fromLate, onTime},
                    {std::nullopt, onTime},
                    {std::nullopt, late},
                    {std::nullopt, gone}});
        ConflictEngine engine(*f.db);
        QVERIFY(engine.reload().ok());
        QStringList subjects;
        for (const Conflict &c : engine.conflicts())
            subjects.append(c.subject);
        QCOMPARE(subjects,
                 QStringList({QStringLiteral("s%1:d%2").arg(s).arg(gone),
                              QStringLiteral("s%1:p%2").arg(s).arg(fromLate)}));
        QVERIFY2(engine.conflicts().at(0).message.contains(
                     QStringLiteral("\u201CGone\u201D is on the speakers' list")),
                 qPrintable(engine.conflicts().at(0).message));
        QCOMPARE(engine.conflicts().at(1).delegationId, std::optional<qint64>(late));
        QVERIFY2(engine.conflicts().at(1).message.contains(QStringLiteral("arrives only on 19 May 2027")),
                 qPrintable(engine.conflicts().at(1).message));
    }

    void unscheduledAndRemoved()
    {
        Fixture f;
        const qint64 hall = f.room(QStringLiteral("Hall A"));
        const qint64 a = f.session(QStringLiteral("A"), hall, QStringLiteral("2027-05-18T10:00:00+04:00"),
                                   QStringLiteral("2027-05-18T11:00:00+04:00"));
        const qint64 b = f.session(QStringLiteral("B"), hall, QStringLiteral("2027-05-18T10:00:00+04:00"),
                                   QStringLiteral("2027-05-18T11:00:00+04:00"));
        f.session(QStringLiteral("Unscheduled"), hall, {}, {});
        ConflictEngine engine(*f.db);
        QVERIFY(engine.reload().ok());
        QCOMPARE(engine.conflicts().size(), 1);
        AgendaSession moved = f.agenda.session(b).value();
        moved.startsAt = {};
        moved.endsAt = {};
        QVERIFY(f.agenda.updateSession(moved).ok());
        QVERIFY(engine.recheckSession(b).ok());
        QCOMPARE(engine.conflicts().size(), 0);
        QCOMPARE(engine.worstOf(a), Severity::None);
        moved.startsAt = at(QStringLiteral("2027-05-18T10:30:00+04:00"));
        moved.endsAt = at(QStringLiteral("2027-05-18T11:30:00+04:00"));
        QVERIFY(f.agenda.updateSession(moved).ok());
        QVERIFY(engine.recheckSession(b).ok());
        QCOMPARE(engine.conflicts().size(), 1);
        QVERIFY(f.agenda.removeSession(a).ok());
        QVERIFY(engine.recheckSession(a).ok());
        QCOMPARE(engine.conflicts().size(), 0);
        QCOMPARE(engine.worstOf(b), Severity::None);
    }

    void acknowledgements()
    {
        Fixture f;
        const qint64 hall = f.room(QStringLiteral("Hall A"), 10);
        const qint64 side = f.room(QStringLiteral("Room B"));
        const qint64 chair = f.person(QStringLiteral("Müller"));
        const qint64 a = f.session(QStringLiteral("A"), hall, QStringLiteral("2027-05-18T10:00:00+04:00"),
                                   QStringLiteral("2027-05-18T11:00:00+04:00"), {chair});
        const qint64 b = f.session(QStringLiteral("B"), side, QStringLiteral("2027-05-18T10:30:00+04:00"),
                                   QStringLiteral("2027-05-18T11:30:00+04:00"), {chair});
        f.session(QStringLiteral("C"), hall, QStringLiteral("2027-05-18T10:30:00+04:00"),
                  QStringLiteral("2027-05-18T11:30:00+04:00"));
        ConflictEngine engine(*f.db);
        QVERIFY(engine.reload().ok());
        QCOMPARE(
            rulesOf(engine.conflicts()),
            QStringList({QStringLiteral("person_double_booking"), QStringLiteral("room_double_booking")}));
        const Conflict error = engine.conflicts().at(0);
        const Conflict warning = engine.conflicts().at(1);
        QCOMPARE(error.severity, Severity::Error);
        QCOMPARE(engine.worstOf(b), Severity::Warning);

        // Errors cannot be acknowledged; a warning needs a reason.
        QVERIFY(!engine.acknowledge(error.rule, error.subject, QStringLiteral("fine"), QStringLiteral("Desk"))
                     .ok());
        const Status noReason =
            engine.acknowledge(warning.rule, warning.subject, QStringLiteral("  "), QStringLiteral("Desk"));
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        QVERIFY(!engine
                     .acknowledge(warning.rule, QStringLiteral("p1:s998:s999"), QStringLiteral("why"),
                                  QStringLiteral("Desk"))
                     .ok());
        QVERIFY(!engine
                     .acknowledge(QStringLiteral("made_up"), warning.subject, QStringLiteral("why"),
                                  QStringLiteral("Desk"))
                     .ok());

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(engine
                    .acknowledge(warning.rule, warning.subject, QStringLiteral("Chairs the first half only"),
                                 QStringLiteral("Desk 3"))
                    .ok());
        QVERIFY(engine.conflicts().at(1).acknowledged);
        QCOMPARE(engine.worstOf(b), Severity::None); // acknowledged warnings count as none
        QCOMPARE(engine.worstOf(a), Severity::Error); // the room error stays

        // Stored: another engine (a restart) reads it back.
        {
            ConflictEngine again(*f.db);
            QVERIFY(again.reload().ok());
            const Conflict &kept = again.conflicts().at(again.indexOf(warning.rule, warning.subject));
            QVERIFY(kept.acknowledged);
            QCOMPARE(kept.acknowledgementReason, QStringLiteral("Chairs the first half only"));
            QCOMPARE(kept.acknowledgedBy, QStringLiteral("Desk 3"));
            QVERIFY(kept.acknowledgedAt >= before && kept.acknowledgedAt <= QDateTime::currentDateTimeUtc());
            QCOMPARE(again.conflicts(), engine.conflicts());
        }

        // Kept while the conflict is gone, and shown again when it returns.
        AgendaSession moved = f.agenda.session(b).value();
        const AgendaSession original = moved;
        moved.startsAt = at(QStringLiteral("2027-05-18T14:00:00+04:00"));
        moved.endsAt = at(QStringLiteral("2027-05-18T15:00:00+04:00"));
        QVERIFY(f.agenda.updateSession(moved).ok());
        QVERIFY(engine.recheckSession(b).ok());
        QCOMPARE(engine.indexOf(warning.rule, warning.subject), -1);
        QVERIFY(f.agenda.updateSession(original).ok());
        QVERIFY(engine.recheckSession(b).ok());
        QVERIFY(engine.conflicts().at(engine.indexOf(warning.rule, warning.subject)).acknowledged);

        QVERIFY(engine.withdrawAcknowledgement(warning.rule, warning.subject).ok());
        QCOMPARE(engine.worstOf(b), Severity::Warning);
        ConflictEngine third(*f.db);
        QVERIFY(third.reload().ok());
        QVERIFY(!third.conflicts().at(third.indexOf(warning.rule, warning.subject)).acknowledged);
    }

    /// Random moves, chair and speaker changes, unscheduling and deletions, each followed by an
    /// incremental re-check: always the same conflicts as a full check from scratch.
    void incrementalMatchesFull()
    {
        Fixture f(QStringLiteral("Europe/Berlin"), QDate(2027, 3, 26), QDate(2027, 3, 29));
        QVERIFY(f.agenda.setTravelBufferMinutes(15).ok());
        QRandomGenerator random(20270328);
        QList<qint64> rooms;
        for (int i = 0; i < 8; ++i)
            rooms.append(f.room(QStringLiteral("Room %1").arg(i), 50 + 50 * i));
        QList<qint64> delegations;
        for (int i = 0; i < 6; ++i) {
            const QDate arrival = QDate(2027, 3, 25).addDays(random.bounded(4));
            delegations.append(f.delegation(QStringLiteral("Delegation %1").arg(i), arrival,
                                            arrival.addDays(1 + random.bounded(4))));
        }
        QList<qint64> people;
        for (int i = 0; i < 40; ++i)
            people.append(f.person(QStringLiteral("Person%1").arg(i),
                                   i % 5 == 0 ? std::nullopt : std::optional(delegations.at(i % 6))));
        const QDateTime base = at(QStringLiteral("2027-03-25T20:00:00Z"));
        const auto randomSession = [&](AgendaSession &s) {
            const int slot = random.bounded(6 * 24 * 4); // quarter hours over six days
            s.startsAt = base.addSecs(qint64(slot) * 15 * 60 + (random.bounded(4) == 0 ? 5 * 60 : 0));
            s.endsAt = s.startsAt.addSecs(qint64(15 + 15 * random.bounded(12)) * 60);
            s.roomId = random.bounded(10) == 0 ? std::nullopt : std::optional(rooms.at(random.bounded(8)));
            s.expectedAttendance = random.bounded(3) == 0 ? std::nullopt : std::optional(random.bounded(500));
            s.chairIds.clear();
            for (int c = random.bounded(3); c > 0; --c) {
                const qint64 p = people.at(random.bounded(people.size()));
                if (!s.chairIds.contains(p))
                    s.chairIds.append(p);
            }
        };
        const auto randomSpeakers = [&](qint64 id) {
            QList<std::pair<std::optional<qint64>, std::optional<qint64>>> list;
            for (int n = random.bounded(4); n > 0; --n) {
                list.append(
                    {random.bounded(5) == 0 ? std::nullopt
                                            : std::optional(people.at(random.bounded(people.size()))),
                     random.bounded(2) ? std::optional(delegations.at(random.bounded(6))) : std::nullopt});
            }
            f.speakers(id, list);
        };
        QList<qint64> ids;
        QList<AgendaSession> batch;
        for (int i = 0; i < 300; ++i) {
            AgendaSession s;
            s.title = QStringLiteral("Session %1").arg(i);
            randomSession(s);
            batch.append(s);
        }
        QVERIFY(f.agenda.insertSessions(batch).ok());
        for (const AgendaSession &s : batch) {
            ids.append(s.id);
            randomSpeakers(s.id);
        }

        ConflictEngine engine(*f.db);
        QVERIFY(engine.reload().ok());
        QVERIFY2(engine.conflicts().size() > 50, "the random agenda should have conflicts of every kind");
        QSet<QString> rulesSeen;
        for (int move = 0; move < 300; ++move) {
            const qint64 id = ids.at(random.bounded(ids.size()));
            const int what = random.bounded(20);
            if (what == 0) {
                QVERIFY(f.agenda.removeSession(id).ok());
                ids.removeOne(id);
            } else {
                AgendaSession s = f.agenda.session(id).value();
                if (what == 1) {
                    s.startsAt = {};
                    s.endsAt = {};
                } else if (what < 4) {
                    randomSpeakers(id);
                } else {
                    randomSession(s);
                }
                QVERIFY(f.agenda.updateSession(s).ok());
            }
            QVERIFY(engine.recheckSession(id).ok());
            if (move % 10 == 0 && !engine.conflicts().isEmpty()) {
                const Conflict &c = engine.conflicts().at(random.bounded(engine.conflicts().size()));
                if (c.severity == Severity::Warning)
                    QVERIFY(
                        engine.acknowledge(c.rule, c.subject, QStringLiteral("r"), QStringLiteral("t")).ok());
            }
            ConflictEngine full(*f.db);
            QVERIFY(full.reload().ok());
            if (engine.conflicts() != full.conflicts()) {
                QCOMPARE(describe(engine.conflicts()), describe(full.conflicts()));
                QFAIL(qPrintable(QStringLiteral("move %1: conflicts differ beyond their text").arg(move)));
            }
            for (const qint64 session : std::as_const(ids))
                QCOMPARE(engine.worstOf(session), full.worstOf(session));
            for (const Conflict &c : engine.conflicts())
                rulesSeen.insert(c.rule);
        }
        QCOMPARE(rulesSeen.size(), 6);
    }

    void model()
    {
        Fixture f;
        const qint64 hall = f.room(QStringLiteral("Hall A"), 10);
        const qint64 side = f.room(QStringLiteral("Room B"));
        const qint64 chair = f.person(QStringLiteral("Müller"));
        const qint64 a = f.session(QStringLiteral("A"), hall, QStringLiteral("2027-05-18T10:00:00+04:00"),
                                   QStringLiteral("2027-05-18T11:00:00+04:00"), {chair});
        const qint64 b = f.session(QStringLiteral("B"), side, QStringLiteral("2027-05-18T12:00:00+04:00"),
                                   QStringLiteral("2027-05-18T13:00:00+04:00"), {chair});
        ConflictModel model(*f.db);
        model.setActor(QStringLiteral("Desk 1"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy severities(&model, &ConflictModel::sessionSeverityChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // B moves onto A: the chair is in both.
        AgendaSession moved = f.agenda.session(b).value();
        moved.startsAt = at(QStringLiteral("2027-05-18T10:30:00+04:00"));
        moved.endsAt = at(QStringLiteral("2027-05-18T11:30:00+04:00"));
        QVERIFY(f.agenda.updateSession(moved).ok());
        model.sessionChanged(b);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.warningCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(ConflictModel::SeverityRole).toString(), QStringLiteral("warning"));
        QCOMPARE(row.data(ConflictModel::RuleRole).toString(), QStringLiteral("person_double_booking"));
        QCOMPARE(row.data(ConflictModel::SessionIdRole).toLongLong(), a);
        QCOMPARE(row.data(ConflictModel::SessionIdsRole).toList(), QVariantList({a, b}));
        QVERIFY(row.data(ConflictModel::MessageRole).toString().contains(QStringLiteral("Dr. Anna MÜLLER")));
        QCOMPARE(model.worstOf(a), 1);
        QCOMPARE(severities.size(), 2); // A and B became warnings

        // And into A's room: an error, listed first; the warning row stays as it was.
        moved.roomId = hall;
        moved.expectedAttendance = 20;
        QVERIFY(f.agenda.updateSession(moved).ok());
        severities.clear();
        model.sessionChanged(b);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.warningCount(), 2);
        QCOMPARE(model.index(0).data(ConflictModel::SeverityRole).toString(), QStringLiteral("error"));
        QCOMPARE(model.index(0).data(ConflictModel::CanAcknowledgeRole).toBool(), false);
        QCOMPARE(severities.size(), 2);

        // The error cannot be acknowledged; the warning can, and stops counting for the session.
        QVERIFY(!model.acknowledge(0, QStringLiteral("fine")).value(QStringLiteral("ok")).toBool());
        const int warningRow = [&] {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r).data(ConflictModel::RuleRole).toString() == u"over_capacity")
                    return r;
            }
            return -1;
        }();
        QVERIFY(warningRow > 0);
        severities.clear();
        const QVariantMap done = model.acknowledge(warningRow, QStringLiteral("Standing room"));
        QVERIFY2(done.value(QStringLiteral("ok")).toBool(),
                 qPrintable(done.value(QStringLiteral("message")).toString()));
        QCOMPARE(model.index(warningRow).data(ConflictModel::AcknowledgedRole).toBool(), true);
        QCOMPARE(model.index(warningRow).data(ConflictModel::AcknowledgedByRole).toString(),
                 QStringLiteral("Desk 1"));
        QCOMPARE(model.index(warningRow).data(ConflictModel::AcknowledgementReasonRole).toString(),
                 QStringLiteral("Standing room"));
        QCOMPARE(model.acknowledgedCount(), 1);
        QCOMPARE(severities.size(), 0); // B still has an error

        // B goes away: every row about it leaves, A is clean again.
        QVERIFY(f.agenda.removeSession(b).ok());
        severities.clear();
        removed.clear();
        model.sessionChanged(b);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        QVERIFY(removed.size() >= 1);
        QCOMPARE(model.worstOf(a), 0);
        QVERIFY(severities.contains(QVariantList({a, 0})));
        QVERIFY(severities.contains(QVariantList({b, 0})));
    }

    /// The model's minimal updates stay equal to the engine's list through random moves.
    void modelFollowsRandomMoves()
    {
        Fixture f;
        QRandomGenerator random(7);
        QList<qint64> rooms {f.room(QStringLiteral("A"), 100), f.room(QStringLiteral("B"), 100),
                             f.room(QStringLiteral("C"))};
        QList<qint64> people;
        for (int i = 0; i < 8; ++i)
            people.append(f.person(QStringLiteral("P%1").arg(i)));
        QList<qint64> ids;
        const QDateTime base = at(QStringLiteral("2027-05-18T06:00:00Z"));
        for (int i = 0; i < 40; ++i) {
            const QDateTime start = base.addSecs(qint64(random.bounded(40)) * 15 * 60);
            ids.append(f.session(QStringLiteral("S%1").arg(i), rooms.at(random.bounded(3)),
                                 start.toString(Qt::ISODate), start.addSecs(3600).toString(Qt::ISODate),
                                 {people.at(random.bounded(8))}, random.bounded(150)));
        }
        ConflictModel model(*f.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int move = 0; move < 100; ++move) {
            const qint64 id = ids.at(random.bounded(ids.size()));
            AgendaSession s = f.agenda.session(id).value();
            s.startsAt = base.addSecs(qint64(random.bounded(40)) * 15 * 60);
            s.endsAt = s.startsAt.addSecs(3600);
            s.roomId = rooms.at(random.bounded(3));
            QVERIFY(f.agenda.updateSession(s).ok());
            model.sessionChanged(id);
            ConflictEngine full(*f.db);
            QVERIFY(full.reload().ok());
            QCOMPARE(model.rowCount(), int(full.conflicts().size()));
            for (int r = 0; r < model.rowCount(); ++r)
                QCOMPARE(model.index(r).data(ConflictModel::MessageRole).toString(),
                         full.conflicts().at(r).message);
        }
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
