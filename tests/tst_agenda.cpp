// SPDX-License-Identifier: MIT
// The agenda's storage: rooms, sessions with chairs (UTC times, unscheduled sessions, the
// overlap query with touching sessions apart), speakers' lists and their protocol order.

#include "agendastore.h"
#include "participantstore.h"
#include "testsupport.h"

using namespace Plenary;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

SpeakingSlot slot(const char *topic, const char *level, const char *requested, bool reply = false)
{
    SpeakingSlot s;
    s.topic = QString::fromLatin1(topic);
    s.representationLevel = QString::fromLatin1(level);
    s.requestedAt = utc(requested);
    s.rightOfReply = reply;
    return s;
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void roomsAndSessions()
    {
        TestDatabase db;
        const AgendaStore store(*db);
        Room hall;
        hall.name = QStringLiteral("Plenary Hall");
        hall.capacity = 400;
        hall.booths = 6;
        const Result<qint64> hallId = store.insertRoom(hall);
        QVERIFY2(hallId.ok(), hallId.ok() ? "" : qPrintable(hallId.error().message));
        QCOMPARE(store.insertRoom(hall).error().field, QStringLiteral("name"));
        const QList<Room> rooms = store.rooms().value();
        QCOMPARE(rooms.size(), 1);
        QCOMPARE(rooms.first().capacity, std::optional<int>(400));
        QVERIFY(!QUuid::fromString(rooms.first().guid).isNull());

        Participant chair;
        chair.familyName = QStringLiteral("Mammadov");
        const qint64 chairId = ParticipantStore(*db).insert(chair).value();

        AgendaSession opening;
        opening.title = QStringLiteral("Opening ceremony");
        opening.kind = QStringLiteral("opening_ceremony");
        opening.roomId = hallId.value();
        opening.startsAt = utc("2027-05-18T05:00:00Z");
        opening.endsAt = utc("2027-05-18T06:00:00Z");
        opening.chairIds = {chairId};
        opening.languages = {QStringLiteral("en"), QStringLiteral("ru")};
        AgendaSession next = opening;
        next.title = QStringLiteral("Plenary 1");
        next.kind = QStringLiteral("plenary");
        next.startsAt = utc("2027-05-18T06:00:00Z");
        next.endsAt = utc("2027-05-18T08:00:00Z");
        AgendaSession unscheduled;
        unscheduled.title = QStringLiteral("Bilateral: AZ–GE");
        unscheduled.kind = QStringLiteral("bilateral_meeting");
        QList<AgendaSession> batch {opening, next, unscheduled};
        QVERIFY(store.insertSessions(batch).ok());
        QVERIFY(batch.at(0).id > 0 && !batch.at(0).guid.isEmpty());

        const QList<AgendaSession> all = store.sessions().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).title, QStringLiteral("Opening ceremony"));
        QCOMPARE(all.at(0).chairIds, QList<qint64> {chairId});
        QCOMPARE(all.at(0).languages, (QStringList {QStringLiteral("en"), QStringLiteral("ru")}));
        QCOMPARE(all.at(0).startsAt, opening.startsAt);
        QVERIFY(!all.at(2).isScheduled());

        // Touching sessions do not overlap: the hour of the opening finds only the opening.
        const QList<AgendaSession> first = store.sessionsBetween(opening.startsAt, opening.endsAt).value();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().id, batch.at(0).id);

        AgendaSession moved = store.session(batch.at(1).id).value();
        moved.endsAt = moved.startsAt;
        QCOMPARE(store.updateSession(moved).error().field, QStringLiteral("end"));
        moved.endsAt = moved.startsAt.addSecs(5400);
        moved.chairIds = {};
        QVERIFY(store.updateSession(moved).ok());
        QCOMPARE(store.session(moved.id).value(), moved);

        // A deleted room leaves its sessions without a room, not deleted.
        QVERIFY(store.removeRoom(hallId.value()).ok());
        QVERIFY(!store.session(moved.id).value().roomId);
    }

    void speakersListInProtocolOrder()
    {
        TestDatabase db;
        const AgendaStore store(*db);
        AgendaSession plenary;
        plenary.title = QStringLiteral("General debate");
        const qint64 id = store.insertSession(plenary).value();
        const QList<SpeakingSlot> requested {
            slot("Reply to Ruritania", "minister", "2027-05-18T05:00:00Z", true),
            slot("Agency view", "head_of_agency", "2027-05-18T05:01:00Z"),
            slot("Minister A", "minister", "2027-05-18T05:03:00Z"),
            slot("President", "head_of_state", "2027-05-18T05:05:00Z"),
            slot("Minister B", "minister", "2027-05-18T05:02:00Z"),
            slot("Expert", "other", "2027-05-18T04:00:00Z"),
        };
        const QList<SpeakingSlot> ordered = AgendaStore::inProtocolOrder(requested);
        QStringList topics;
        for (const SpeakingSlot &s : ordered)
            topics.append(s.topic);
        QCOMPARE(topics,
                 (QStringList {QStringLiteral("President"), QStringLiteral("Minister B"),
                               QStringLiteral("Minister A"), QStringLiteral("Agency view"),
                               QStringLiteral("Expert"), QStringLiteral("Reply to Ruritania")}));
        QVERIFY(store.replaceSpeakingSlots(id, ordered).ok());
        const QList<SpeakingSlot> stored = store.speakingSlots(id).value();
        QCOMPARE(stored.size(), 6);
        QCOMPARE(stored.first().topic, QStringLiteral("President"));
        QCOMPARE(stored.last().rightOfReply, true);
        // Replacing keeps the ids of the slots that stay.
        QList<SpeakingSlot> reordered = stored;
        std::swap(reordered[0], reordered[1]);
        QVERIFY(store.replaceSpeakingSlots(id, reordered).ok());
        QCOMPARE(store.speakingSlots(id).value().first().id, stored.at(1).id);
        QCOMPARE(store.speakingSlots(id).value().first().position, 0);
    }
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
