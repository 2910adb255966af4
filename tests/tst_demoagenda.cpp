// SPDX-License-Identifier: MIT
// The demo's agenda: the forum's three days in six rooms (every kind of session, the general
// debate in protocol order, the closing session, exactly the two deliberate warnings), the same
// agenda for the same seed, and the COP's 1,500 sessions in 72 rooms over 12 days with its
// deliberate conflicts. Conflicts are counted here independently of the conflict engine.

#include "agendastore.h"
#include "demogenerator.h"
#include "eventstore.h"
#include "statistics.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Plenary;

namespace {

/// What the conflict rules of domain.md find in an agenda, counted by brute force.
struct Findings
{
    int roomDoubleBookings = 0; ///< pairs of overlapping sessions in one room
    int outsideDays = 0; ///< scheduled sessions starting or ending outside the event's days
    int personOverlaps = 0; ///< (person, session pair) in two overlapping sessions
    int quickRoomChanges = 0; ///< (person, session pair) with less than the travel buffer between rooms
    int overCapacity = 0; ///< expected attendance above the room's seats
    int delegationAway = 0; ///< (person, session) on a day their delegation is not in town
    int overrunLists = 0; ///< speakers' lists longer than their session
    QStringList details;
};

struct Agenda
{
    EventInfo event;
    QList<Room> rooms;
    QHash<qint64, Room> roomById;
    QList<AgendaSession> sessions;
    QHash<qint64, QList<SpeakingSlot>> slots; ///< by session, in list order
};

Agenda load(const Database &db)
{
    Agenda agenda;
    const AgendaStore store(db);
    agenda.event = EventStore(db).load().value().value();
    agenda.rooms = store.rooms().value();
    for (const Room &room : std::as_const(agenda.rooms))
        agenda.roomById.insert(room.id, room);
    agenda.sessions = store.sessions().value();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT session_id, speaker_id, on_behalf_of, allotted_minutes, "
                                   "representation_level, requested_at, right_of_reply, topic, position "
                                   "FROM speaking_slot ORDER BY session_id, position")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        SpeakingSlot slot;
        slot.sessionId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            slot.speakerId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            slot.onBehalfOf = query.value(2).toLongLong();
        slot.allottedMinutes = query.value(3).toInt();
        slot.representationLevel = query.value(4).toString();
        slot.requestedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        slot.rightOfReply = query.value(6).toBool();
        slot.topic = query.value(7).toString();
        slot.position = query.value(8).toInt();
        agenda.slots[slot.sessionId].append(slot);
    }
    return agenda;
}

Findings inspect(const Database &db, const Agenda &agenda)
{
    Findings found;
    const QTimeZone zone(agenda.event.timeZone.toUtf8());
    const qint64 buffer = qint64(AgendaStore(db).travelBufferMinutes().value()) * 60;
    const auto local = [&](const QDateTime &utc) { return utc.toTimeZone(zone).date(); };

    QHash<qint64, QList<const AgendaSession *>> byRoom;
    QHash<qint64, QList<const AgendaSession *>> byPerson;
    for (const AgendaSession &s : agenda.sessions) {
        if (!s.isScheduled())
            continue;
        if (local(s.startsAt) < agenda.event.firstDay || local(s.endsAt.addSecs(-1)) > agenda.event.lastDay) {
            ++found.outsideDays;
            found.details << QStringLiteral("outside the days: %1").arg(s.title);
        }
        if (s.roomId) {
            byRoom[*s.roomId].append(&s);
            const Room &room = agenda.roomById.value(*s.roomId);
            if (s.expectedAttendance && room.capacity && *s.expectedAttendance > *room.capacity) {
                ++found.overCapacity;
                found.details << QStringLiteral("over capacity: %1").arg(s.title);
            }
        }
        QSet<qint64> people(s.chairIds.cbegin(), s.chairIds.cend());
        int minutes = 0;
        for (const SpeakingSlot &slot : agenda.slots.value(s.id)) {
            if (slot.speakerId)
                people.insert(*slot.speakerId);
            minutes += slot.allottedMinutes.value_or(0);
        }
        if (minutes * 60 > s.startsAt.secsTo(s.endsAt)) {
            ++found.overrunLists;
            found.details << QStringLiteral("overrun: %1 (%2 min)").arg(s.title).arg(minutes);
        }
        for (const qint64 person : std::as_const(people))
            byPerson[person].append(&s);
    }
    for (auto it = byRoom.begin(); it != byRoom.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->startsAt < b->startsAt; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size() && list[j]->startsAt < list[i]->endsAt; ++j) {
                ++found.roomDoubleBookings;
                found.details
                    << QStringLiteral("room booked twice: %1 / %2").arg(list[i]->title, list[j]->title);
            }
        }
    }

    // Where each person's delegation is, and when.
    QHash<qint64, std::pair<QDate, QDate>> stay;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT p.id, d.arrival_date, d.departure_date FROM participant p "
                                   "JOIN delegation d ON d.id = p.delegation_id")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        stay.insert(query.value(0).toLongLong(),
                    {QDate::fromString(query.value(1).toString(), Qt::ISODate),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(), [](auto *a, auto *b) { return a->startsAt < b->startsAt; });
        const auto away = stay.constFind(it.key());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const AgendaSession &a = *list[i];
            if (away != stay.cend()) {
                const QDate day = local(a.startsAt);
                if ((away->first.isValid() && day < away->first)
                    || (away->second.isValid() && day > away->second)) {
                    ++found.delegationAway;
                    found.details << QStringLiteral("delegation away: %1 at %2").arg(it.key()).arg(a.title);
                }
            }
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                const AgendaSession &b = *list[j];
                if (b.startsAt < a.endsAt) {
                    ++found.personOverlaps;
                    found.details << QStringLiteral("person %1 in two sessions: %2 (%3) / %4 (%5)")
                                         .arg(it.key())
                                         .arg(a.title, a.kind, b.title, b.kind);
                } else if (a.roomId != b.roomId && a.endsAt.secsTo(b.startsAt) < buffer) {
                    ++found.quickRoomChanges;
                    found.details << QStringLiteral("person %1 changes rooms too fast: %2 / %3")
                                         .arg(it.key())
                                         .arg(a.title, b.title);
                }
            }
        }
    }
    return found;
}

/// The whole agenda as text, guids included, to compare two databases.
QStringList dump(const Agenda &agenda)
{
    QStringList lines;
    for (const Room &room : agenda.rooms)
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(room.guid, room.name, room.floor)
                     .arg(*room.capacity)
                     .arg(room.booths);
    for (const AgendaSession &s : agenda.sessions) {
        QStringList chairs;
        for (const qint64 id : s.chairIds)
            chairs << QString::number(id);
        lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                     .arg(s.guid, s.title, s.kind,
                          s.roomId ? agenda.roomById.value(*s.roomId).name : QString(),
                          s.startsAt.toString(Qt::ISODate), s.endsAt.toString(Qt::ISODate), chairs.join(u','),
                          s.languages.join(u','));
        for (const SpeakingSlot &slot : agenda.slots.value(s.id))
            lines << QStringLiteral("  %1|%2|%3|%4|%5")
                         .arg(slot.speakerId.value_or(0))
                         .arg(slot.topic, slot.representationLevel, slot.requestedAt.toString(Qt::ISODate))
                         .arg(slot.allottedMinutes.value_or(0));
    }
    return lines;
}

/// Speaker and kind of each slot: what protocol order decides.
QStringList order(const QList<SpeakingSlot> &slots)
{
    QStringList keys;
    for (const SpeakingSlot &slot : slots)
        keys << QStringLiteral("%1%2").arg(slot.speakerId.value_or(0)).arg(slot.rightOfReply ? "R" : "");
    return keys;
}

} // namespace

class TestDemoAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void forumHasThreeDaysInSixRooms()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const Agenda agenda = load(*db);
        const QTimeZone zone(agenda.event.timeZone.toUtf8());
        QCOMPARE(agenda.event.timeZone, QStringLiteral("Asia/Baku"));

        QCOMPARE(agenda.rooms.size(), 6);
        for (const Room &room : agenda.rooms) {
            QVERIFY(room.capacity && *room.capacity > 0);
            QVERIFY(!room.floor.isEmpty());
        }
        QVERIFY(std::any_of(agenda.rooms.cbegin(), agenda.rooms.cend(),
                            [](const Room &r) { return r.booths >= 4; }));

        // Every room is used on each of the three days, and on no other day.
        QSet<QDate> days;
        QSet<std::pair<qint64, QDate>> used;
        int unscheduled = 0;
        QSet<QString> kinds;
        for (const AgendaSession &s : agenda.sessions) {
            kinds.insert(s.kind);
            if (!s.isScheduled()) {
                ++unscheduled;
                QVERIFY(!s.roomId);
                continue;
            }
            const QDate day = s.startsAt.toTimeZone(zone).date();
            days.insert(day);
            used.insert({*s.roomId, day});
        }
        QCOMPARE(days, (QSet<QDate> {QDate(2027, 5, 18), QDate(2027, 5, 19), QDate(2027, 5, 20)}));
        QCOMPARE(used.size(), 3 * 6);
        QVERIFY2(agenda.sessions.size() >= 55 && agenda.sessions.size() <= 65,
                 qPrintable(QString::number(agenda.sessions.size())));
        QCOMPARE(unscheduled, 2);
        for (const Vocabulary::Term &kind : Vocabulary::sessionKinds())
            QVERIFY2(kinds.contains(QLatin1StringView(kind.code)), kind.code);
        for (const AgendaSession &s : agenda.sessions) {
            if (s.kind == u"closed_session" || s.kind == u"bilateral_meeting")
                QCOMPARE(s.visibility, QStringLiteral("restricted"));
            if (s.kind != u"break" && s.isScheduled())
                QVERIFY2(!s.chairIds.isEmpty() || s.title.contains(u"dinner"), qPrintable(s.title));
        }

        // The opening ceremony: the President's message is read out first.
        const auto opening =
            std::find_if(agenda.sessions.cbegin(), agenda.sessions.cend(),
                         [](const AgendaSession &s) { return s.kind == u"opening_ceremony"; });
        QVERIFY(opening != agenda.sessions.cend());
        const QList<SpeakingSlot> openingList = agenda.slots.value(opening->id);
        QVERIFY(openingList.size() >= 3);
        QCOMPARE(openingList.first().representationLevel, QStringLiteral("head_of_state"));
        QVERIFY(openingList.first().topic.contains(u"Message of the President"));

        // The closing session on the last day adopts the proposal.
        const auto closing =
            std::find_if(agenda.sessions.cbegin(), agenda.sessions.cend(),
                         [](const AgendaSession &s) { return s.title.startsWith(u"Closing session"); });
        QVERIFY(closing != agenda.sessions.cend());
        QCOMPARE(closing->kind, QStringLiteral("plenary"));
        QCOMPARE(closing->startsAt.toTimeZone(zone).date(), QDate(2027, 5, 20));
        QVERIFY(closing->title.contains(u"permanent Secretariat"));
        QVERIFY(closing->description.contains(u"adopts"));
        QVERIFY(agenda.slots.value(closing->id).size() >= 4);
        QVERIFY(std::none_of(agenda.sessions.cbegin(), agenda.sessions.cend(), [&](const AgendaSession &s) {
            return s.kind == u"plenary" && s.isScheduled() && s.startsAt > closing->startsAt;
        }));
    }

    void forumGeneralDebateInProtocolOrder()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const Agenda agenda = load(*db);
        QHash<qint64, std::pair<QString, qint64>> people; // id → role, delegation
        QHash<qint64, QString> delegationKind;
        QSqlQuery query((*db).connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, role, coalesce(delegation_id, 0) FROM participant")));
        while (query.next())
            people.insert(query.value(0).toLongLong(),
                          {query.value(1).toString(), query.value(2).toLongLong()});
        QVERIFY(query.exec(QStringLiteral("SELECT id, kind FROM delegation")));
        while (query.next())
            delegationKind.insert(query.value(0).toLongLong(), query.value(1).toString());

        int debates = 0;
        int statesHeard = 0;
        QSet<qint64> heads;
        for (const AgendaSession &s : agenda.sessions) {
            const QList<SpeakingSlot> list = agenda.slots.value(s.id);
            if (s.kind == u"plenary" || s.kind == u"opening_ceremony")
                QCOMPARE(order(list), order(AgendaStore::inProtocolOrder(list)));
            if (s.track != u"General debate")
                continue;
            ++debates;
            QVERIFY(list.size() >= 8);
            QVERIFY2(list.constLast().rightOfReply, qPrintable(s.title));
            // Rights of reply stay at the end; before them the levels never rise.
            bool replies = false;
            int rank = 0;
            for (const SpeakingSlot &slot : list) {
                QVERIFY(slot.speakerId && slot.onBehalfOf && slot.requestedAt.isValid());
                QVERIFY(slot.allottedMinutes.value_or(0) > 0);
                const auto [role, delegation] = people.value(*slot.speakerId);
                QCOMPARE(role, QStringLiteral("head_of_delegation"));
                QCOMPARE(*slot.onBehalfOf, delegation);
                if (slot.rightOfReply) {
                    replies = true;
                    QCOMPARE(delegationKind.value(delegation), QStringLiteral("member_state"));
                    continue;
                }
                QVERIFY2(!replies, "a statement after a right of reply");
                const int next =
                    Vocabulary::rank(Vocabulary::representationLevels(), slot.representationLevel);
                QVERIFY(next >= rank);
                rank = next;
                if (delegationKind.value(delegation) == u"member_state") {
                    ++statesHeard;
                    QVERIFY2(!heads.contains(*slot.speakerId), "a head speaks twice in the general debate");
                    heads.insert(*slot.speakerId);
                }
            }
        }
        QCOMPARE(debates, 4);
        QVERIFY2(statesHeard >= 45, qPrintable(QString::number(statesHeard)));
        // A minister's statement comes before a head of agency's somewhere in the debate.
        QVERIFY(std::any_of(agenda.slots.cbegin(), agenda.slots.cend(), [](const QList<SpeakingSlot> &list) {
            return std::any_of(list.cbegin(), list.cend(),
                               [](const SpeakingSlot &s) { return s.representationLevel == u"minister"; });
        }));
    }

    void forumHasExactlyTheDeliberateConflicts()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const Findings found = inspect(*db, load(*db));
        const QByteArray details = found.details.join(u'\n').toUtf8();
        QCOMPARE(found.roomDoubleBookings, 0);
        QCOMPARE(found.outsideDays, 0);
        QCOMPARE(found.overCapacity, 0);
        QVERIFY2(found.delegationAway == 0, details.constData());
        // Türkiye's head at the bilateral and on the cyber panel; UNOCT's head from Plenary 1
        // to the lunchtime briefing in five minutes.
        QVERIFY2(found.personOverlaps == 1, details.constData());
        QVERIFY2(found.quickRoomChanges == 1, details.constData());
        QVERIFY2(found.details.join(u'\n').contains(u"Panel 2: Cyber threats"), details.constData());
        QVERIFY2(found.details.join(u'\n').contains(u"(bilateral_meeting)"), details.constData());
        QVERIFY2(found.details.join(u'\n').contains(u"Countering Terrorist Travel"), details.constData());
        // Plenary 2's list runs a little over its two hours.
        QVERIFY2(found.overrunLists == 1, details.constData());
        QVERIFY(found.details.join(u'\n').contains(u"overrun: Plenary 2"));
    }

    void statsCountTheAgenda()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const EventCounts counts = countEvent(*db).value();
        const Agenda agenda = load(*db);
        QCOMPARE(counts.rooms, 6);
        QCOMPARE(counts.sessions, agenda.sessions.size());
        qint64 slots = 0;
        for (const QList<SpeakingSlot> &list : agenda.slots)
            slots += list.size();
        QCOMPARE(counts.speakingSlots, slots);
        QVERIFY(slots > 100);
    }

    void forumAgendaIsDeterministicForASeed()
    {
        QStringList agendas[3];
        const quint64 seeds[3] = {42, 42, 43};
        for (int i = 0; i < 3; ++i) {
            TestDatabase db;
            DemoOptions options;
            options.seed = seeds[i];
            QVERIFY(generateDemo(*db, options).ok());
            agendas[i] = dump(load(*db));
            // Every seed keeps the deliberate warnings, and no more.
            const Findings found = inspect(*db, load(*db));
            QVERIFY2(found.personOverlaps == 1 && found.quickRoomChanges == 1
                         && found.roomDoubleBookings == 0,
                     qPrintable(found.details.join(u'\n')));
        }
        QVERIFY(agendas[0].size() > 150);
        QCOMPARE(agendas[0], agendas[1]);
        QVERIFY(agendas[0] != agendas[2]);
    }

    void copHas1500SessionsIn72RoomsOver12Days()
    {
        TestDatabase db;
        DemoOptions options;
        options.scale = DemoOptions::Scale::Cop;
        QVERIFY(generateDemo(*db, options).ok());
        const Agenda agenda = load(*db);
        const QTimeZone zone(agenda.event.timeZone.toUtf8());
        QCOMPARE(agenda.rooms.size(), 72);
        QCOMPARE(agenda.sessions.size(), 1500);

        QSet<QDate> days;
        QSet<qint64> roomsUsed;
        QSet<QString> kinds;
        for (const AgendaSession &s : agenda.sessions) {
            kinds.insert(s.kind);
            if (!s.isScheduled())
                continue;
            roomsUsed.insert(*s.roomId);
            const QDate day = s.startsAt.toTimeZone(zone).date();
            if (day >= agenda.event.firstDay && day <= agenda.event.lastDay)
                days.insert(day);
        }
        QCOMPARE(agenda.event.firstDay.daysTo(agenda.event.lastDay) + 1, 12);
        QCOMPARE(days.size(), 12);
        QCOMPARE(roomsUsed.size(), 72);
        for (const Vocabulary::Term &kind : Vocabulary::sessionKinds())
            QVERIFY2(kinds.contains(QLatin1StringView(kind.code)), kind.code);
        for (const AgendaSession &s : agenda.sessions) {
            if (s.kind == u"plenary" || s.kind == u"opening_ceremony") {
                const QList<SpeakingSlot> list = agenda.slots.value(s.id);
                QVERIFY2(!list.isEmpty(), qPrintable(s.title));
                QCOMPARE(order(list), order(AgendaStore::inProtocolOrder(list)));
            }
        }

        // The deliberate conflicts, a few of each kind, and no accidental ones.
        const Findings found = inspect(*db, agenda);
        const QByteArray details = found.details.join(u'\n').toUtf8();
        QVERIFY2(found.roomDoubleBookings == 3, details.constData());
        QVERIFY2(found.personOverlaps == 4, details.constData());
        // Each a speaker of a morning plenary also listed at a side event.
        for (const QString &line : found.details) {
            if (line.contains(u"in two sessions"))
                QVERIFY2(line.contains(u"(plenary)") && line.contains(u"(side_event)"), qPrintable(line));
        }
        QVERIFY2(found.overCapacity == 5, details.constData());
        QVERIFY2(found.outsideDays == 2, details.constData());
        QVERIFY2(found.quickRoomChanges == 0, details.constData());
        QVERIFY2(found.delegationAway == 0, details.constData());
        QCOMPARE(std::count_if(agenda.sessions.cbegin(), agenda.sessions.cend(),
                               [](const AgendaSession &s) { return !s.isScheduled(); }),
                 6);
    }
};

QTEST_GUILESS_MAIN(TestDemoAgenda)
#include "tst_demoagenda.moc"
