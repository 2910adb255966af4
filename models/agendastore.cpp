// SPDX-License-Identifier: MIT
#include "agendastore.h"

#include "sqlvalues.h"
#include "vocabulary.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace Plenary {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using SqlValues::fromOptional;

std::optional<int> optionalInt(const QVariant &value)
{
    return SqlValues::toOptional<int>(value);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return SqlValues::toOptional<qint64>(value);
}

const QString kSessionColumns =
    QStringLiteral("id, guid, title, kind, room_id, starts_at, ends_at, description, visibility, languages, "
                   "expected_attendance, track");

void bindSession(Statement &statement, const AgendaSession &s)
{
    statement.bind(QStringLiteral(":guid"), s.guid)
        .bind(QStringLiteral(":title"), s.title.trimmed())
        .bind(QStringLiteral(":kind"), s.kind)
        .bind(QStringLiteral(":room"), fromOptional(s.roomId))
        .bind(QStringLiteral(":starts"), SqlValues::fromDateTime(s.startsAt))
        .bind(QStringLiteral(":ends"), SqlValues::fromDateTime(s.endsAt))
        .bind(QStringLiteral(":description"), s.description)
        .bind(QStringLiteral(":visibility"), s.visibility)
        .bind(QStringLiteral(":languages"), s.languages.join(u','))
        .bind(QStringLiteral(":attendance"), fromOptional(s.expectedAttendance))
        .bind(QStringLiteral(":track"), s.track);
}

/// Binds a speaking slot's columns (all but its id) for an insert; a slot never requested
/// counts as requested `now`.
void bindSlot(Statement &insert, const SpeakingSlot &slot, qint64 sessionId, int position,
              const QDateTime &now)
{
    insert.bind(QStringLiteral(":session"), sessionId)
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":speaker"), fromOptional(slot.speakerId))
        .bind(QStringLiteral(":behalf"), fromOptional(slot.onBehalfOf))
        .bind(QStringLiteral(":topic"), slot.topic.trimmed())
        .bind(QStringLiteral(":minutes"), fromOptional(slot.allottedMinutes))
        .bind(QStringLiteral(":level"), slot.representationLevel)
        .bind(QStringLiteral(":requested"),
              SqlValues::fromDateTime(slot.requestedAt.isValid() ? slot.requestedAt : now))
        .bind(QStringLiteral(":reply"), slot.rightOfReply ? 1 : 0);
}

} // namespace

Result<QList<Room>> AgendaStore::rooms() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id, name, capacity, floor, booths, position, guid FROM room "
                                   "ORDER BY position, name"));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<Room> rooms;
    while (query.next()) {
        rooms.append({query.value(0).toLongLong(), query.value(1).toString(), optionalInt(query.value(2)),
                      query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt(),
                      query.value(6).toString()});
    }
    return rooms;
}

Status AgendaStore::validate(const Room &room)
{
    if (room.name.trimmed().isEmpty())
        return Error {QStringLiteral("A room needs a name."), QStringLiteral("name"), 0};
    if (room.capacity && *room.capacity < 0)
        return Error {QStringLiteral("A capacity is a number of seats, 0 or more."),
                      QStringLiteral("capacity"), 0};
    if (room.booths < 0)
        return Error {QStringLiteral("Interpretation booths are 0 or more."), QStringLiteral("booths"), 0};
    return {};
}

Result<qint64> AgendaStore::insertRoom(const Room &room) const
{
    if (Status valid = validate(room); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO room (name, capacity, floor, booths, position, guid) "
                       "VALUES (:name, :capacity, :floor, :booths, :position, :guid) RETURNING id"));
    insert.bind(QStringLiteral(":name"), room.name.trimmed())
        .bind(QStringLiteral(":capacity"), fromOptional(room.capacity))
        .bind(QStringLiteral(":floor"), room.floor.trimmed())
        .bind(QStringLiteral(":booths"), room.booths)
        .bind(QStringLiteral(":position"), room.position)
        .bind(QStringLiteral(":guid"), room.guid.isEmpty() ? newGuid() : room.guid);
    Result<QVariant> id = insert.scalar();
    if (!id.ok())
        return Error {id.error().message.contains(QStringLiteral("UNIQUE"))
                          ? QStringLiteral("There is already a room called \"%1\".").arg(room.name.trimmed())
                          : id.error().message,
                      QStringLiteral("name"), 0};
    insert.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id.value().toLongLong();
}

Status AgendaStore::updateRoom(const Room &room) const
{
    if (Status valid = validate(room); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement update(transaction.connection(),
                     QStringLiteral("UPDATE room SET name = :name, capacity = :capacity, floor = :floor, "
                                    "booths = :booths, position = :position WHERE id = :id"));
    update.bind(QStringLiteral(":name"), room.name.trimmed())
        .bind(QStringLiteral(":capacity"), fromOptional(room.capacity))
        .bind(QStringLiteral(":floor"), room.floor.trimmed())
        .bind(QStringLiteral(":booths"), room.booths)
        .bind(QStringLiteral(":position"), room.position)
        .bind(QStringLiteral(":id"), room.id);
    if (Status run = update.exec(); !run)
        return run;
    if (update.rowsAffected() == 0)
        return Error {QStringLiteral("This room no longer exists (deleted at another desk?)."), {}, 0};
    return transaction.commit();
}

Status AgendaStore::removeRoom(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement remove(transaction.connection(), QStringLiteral("DELETE FROM room WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run)
        return run;
    return transaction.commit();
}

Status AgendaStore::validate(const AgendaSession &s)
{
    if (s.title.trimmed().isEmpty())
        return Error {QStringLiteral("A session needs a title."), QStringLiteral("title"), 0};
    if (!Vocabulary::contains(Vocabulary::sessionKinds(), s.kind))
        return Error {QStringLiteral("\"%1\" is not a kind of session.").arg(s.kind), QStringLiteral("kind"),
                      0};
    if (!Vocabulary::contains(Vocabulary::sessionVisibilities(), s.visibility))
        return Error {QStringLiteral("\"%1\" is not a visibility.").arg(s.visibility),
                      QStringLiteral("visibility"), 0};
    if (s.startsAt.isValid() != s.endsAt.isValid())
        return Error {QStringLiteral("A scheduled session needs both a start and an end."),
                      s.startsAt.isValid() ? QStringLiteral("end") : QStringLiteral("start"), 0};
    if (s.isScheduled() && s.endsAt <= s.startsAt)
        return Error {QStringLiteral("The session ends before it starts."), QStringLiteral("end"), 0};
    if (s.expectedAttendance && *s.expectedAttendance < 0)
        return Error {QStringLiteral("Expected attendance is a number of people, 0 or more."),
                      QStringLiteral("expectedAttendance"), 0};
    return {};
}

Result<AgendaSession> AgendaStore::session(qint64 id) const
{
    Result<QList<AgendaSession>> found =
        readSessions(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return Error {QStringLiteral("This session no longer exists (deleted at another desk?)."), {}, 0};
    return found.value().first();
}

Result<QList<AgendaSession>> AgendaStore::sessions() const
{
    return readSessions({}, {});
}

Result<QList<AgendaSession>> AgendaStore::sessionsBetween(const QDateTime &fromUtc,
                                                          const QDateTime &toUtc) const
{
    return readSessions(QStringLiteral("WHERE starts_at < :to AND ends_at > :from"),
                        {{QStringLiteral(":from"), SqlValues::fromDateTime(fromUtc)},
                         {QStringLiteral(":to"), SqlValues::fromDateTime(toUtc)}});
}

Result<QList<QDateTime>> AgendaStore::sessionStarts() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT starts_at FROM agenda_session WHERE starts_at IS NOT NULL"));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<QDateTime> starts;
    while (query.next())
        starts.append(SqlValues::toDateTime(query.value(0)));
    return starts;
}

Result<QList<AgendaSession>> AgendaStore::unplacedSessions() const
{
    auto found = readSessions(QStringLiteral("WHERE starts_at IS NULL OR room_id IS NULL"), {});
    if (!found.ok())
        return found.error();
    QList<AgendaSession> sessions = std::move(found).value();
    std::sort(sessions.begin(), sessions.end(), [](const AgendaSession &a, const AgendaSession &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return sessions;
}

Result<QList<AgendaSession>> AgendaStore::readSessions(const QString &where, const QVariantMap &bound) const
{
    const QSqlDatabase db = m_database.connection();
    Statement query(db,
                    QStringLiteral("SELECT %1 FROM agenda_session %2 "
                                   "ORDER BY starts_at IS NULL, starts_at, room_id, id")
                        .arg(kSessionColumns, where));
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        query.bind(it.key(), it.value());
    if (Status run = query.exec(); !run)
        return run.error();
    QList<AgendaSession> sessions;
    QHash<qint64, qsizetype> byId;
    while (query.next()) {
        AgendaSession s;
        s.id = query.value(0).toLongLong();
        s.guid = query.value(1).toString();
        s.title = query.value(2).toString();
        s.kind = query.value(3).toString();
        s.roomId = optionalId(query.value(4));
        s.startsAt = SqlValues::toDateTime(query.value(5));
        s.endsAt = SqlValues::toDateTime(query.value(6));
        s.description = query.value(7).toString();
        s.visibility = query.value(8).toString();
        const QString languages = query.value(9).toString();
        s.languages = languages.isEmpty() ? QStringList() : languages.split(u',');
        s.expectedAttendance = optionalInt(query.value(10));
        s.track = query.value(11).toString();
        byId.insert(s.id, sessions.size());
        sessions.append(std::move(s));
    }
    if (sessions.isEmpty())
        return sessions;
    // Chairs of all the sessions read, in one query rather than one per session.
    Statement chairs(db,
                     QStringLiteral("SELECT session_id, participant_id FROM session_chair "
                                    "WHERE session_id IN (SELECT id FROM agenda_session %1) "
                                    "ORDER BY session_id, position")
                         .arg(where));
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        chairs.bind(it.key(), it.value());
    if (Status run = chairs.exec(); !run)
        return run.error();
    while (chairs.next()) {
        if (auto it = byId.constFind(chairs.value(0).toLongLong()); it != byId.cend())
            sessions[*it].chairIds.append(chairs.value(1).toLongLong());
    }
    return sessions;
}

Result<qint64> AgendaStore::insertSession(const AgendaSession &session) const
{
    AgendaSession copy = session;
    if (Status inserted = insertSessions(std::span<AgendaSession>(&copy, 1)); !inserted)
        return inserted.error();
    return copy.id;
}

Status AgendaStore::insertSessions(std::span<AgendaSession> sessions) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Statement insert(
        db,
        QStringLiteral("INSERT INTO agenda_session (guid, title, kind, room_id, starts_at, ends_at, "
                       "description, visibility, languages, expected_attendance, track, "
                       "created_at, updated_at) VALUES (:guid, :title, :kind, :room, :starts, "
                       ":ends, :description, :visibility, :languages, :attendance, :track, "
                       ":now, :now) RETURNING id"));
    const QString now = SqlValues::now();
    for (AgendaSession &s : sessions) {
        const auto located = [&](const Error &error) {
            return Error {sessions.size() > 1
                              ? QStringLiteral("session \"%1\": %2").arg(s.title, error.message)
                              : error.message,
                          error.field, error.line};
        };
        if (Status valid = validate(s); !valid)
            return located(valid.error());
        if (s.guid.isEmpty())
            s.guid = newGuid();
        bindSession(insert, s);
        insert.bind(QStringLiteral(":now"), now);
        Result<QVariant> id = insert.scalar();
        if (!id.ok())
            return located(id.error());
        insert.finish();
        s.id = id.value().toLongLong();
        // A new session has no chairs to clear: most (imports) have none to write either.
        if (!s.chairIds.isEmpty()) {
            if (Status chairs = writeChairs(db, s); !chairs)
                return located(chairs.error());
        }
    }
    return transaction.commit();
}

Status AgendaStore::updateSession(const AgendaSession &session) const
{
    if (Status valid = validate(session); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Statement update(db,
                     QStringLiteral("UPDATE agenda_session SET guid = :guid, title = :title, kind = :kind, "
                                    "room_id = :room, starts_at = :starts, ends_at = :ends, "
                                    "description = :description, visibility = :visibility, "
                                    "languages = :languages, expected_attendance = :attendance, "
                                    "track = :track, updated_at = :now WHERE id = :id"));
    AgendaSession written = session;
    if (written.guid.isEmpty())
        written.guid = newGuid();
    bindSession(update, written);
    update.bind(QStringLiteral(":now"), SqlValues::now()).bind(QStringLiteral(":id"), session.id);
    if (Status run = update.exec(); !run)
        return run;
    if (update.rowsAffected() == 0)
        return Error {QStringLiteral("This session no longer exists (deleted at another desk?)."), {}, 0};
    if (Status chairs = writeChairs(db, written); !chairs)
        return chairs;
    return transaction.commit();
}

Status AgendaStore::writeChairs(const QSqlDatabase &db, const AgendaSession &session)
{
    Statement clear(db, QStringLiteral("DELETE FROM session_chair WHERE session_id = :id"));
    clear.bind(QStringLiteral(":id"), session.id);
    if (Status run = clear.exec(); !run)
        return run;
    Statement add(db,
                  QStringLiteral("INSERT INTO session_chair (session_id, participant_id, position) "
                                 "VALUES (:session, :participant, :position)"));
    for (qsizetype i = 0; i < session.chairIds.size(); ++i) {
        add.bind(QStringLiteral(":session"), session.id)
            .bind(QStringLiteral(":participant"), session.chairIds.at(i))
            .bind(QStringLiteral(":position"), int(i));
        if (Status run = add.exec(); !run)
            return Error {QStringLiteral("A chair is not a participant of this event (or chairs twice)."),
                          QStringLiteral("chairs"), 0};
    }
    return {};
}

Status AgendaStore::removeSession(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement remove(transaction.connection(), QStringLiteral("DELETE FROM agenda_session WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run) {
        // Minutes hold their session (ON DELETE RESTRICT): what secretaries wrote is not deleted.
        if (run.error().message.contains(QStringLiteral("FOREIGN KEY")))
            return Error {
                QStringLiteral("This session has minutes (notes, decisions or action items): a session "
                               "with minutes cannot be deleted."),
                {},
                0};
        return run;
    }
    return transaction.commit();
}

Result<QList<SpeakingSlot>> AgendaStore::speakingSlots(qint64 sessionId) const
{
    return readSlots(QStringLiteral("WHERE session_id = :id"), sessionId);
}

Result<QList<SpeakingSlot>> AgendaStore::allSpeakingSlots() const
{
    return readSlots({}, 0);
}

Result<QList<SpeakingSlot>> AgendaStore::readSlots(const QString &where, qint64 sessionId) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id, session_id, position, speaker_id, on_behalf_of, topic, "
                                   "allotted_minutes, representation_level, requested_at, right_of_reply "
                                   "FROM speaking_slot %1 ORDER BY session_id, position, id")
                        .arg(where));
    if (!where.isEmpty())
        query.bind(QStringLiteral(":id"), sessionId);
    if (Status run = query.exec(); !run)
        return run.error();
    QList<SpeakingSlot> slots;
    while (query.next()) {
        slots.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                      optionalId(query.value(3)), optionalId(query.value(4)), query.value(5).toString(),
                      optionalInt(query.value(6)), query.value(7).toString(),
                      SqlValues::toDateTime(query.value(8)), query.value(9).toInt() != 0});
    }
    return slots;
}

Status AgendaStore::validate(const SpeakingSlot &slot)
{
    if (!Vocabulary::contains(Vocabulary::representationLevels(), slot.representationLevel))
        return Error {
            QStringLiteral("\"%1\" is not a level of representation.").arg(slot.representationLevel),
            QStringLiteral("representationLevel"), 0};
    if (slot.allottedMinutes && *slot.allottedMinutes < 0)
        return Error {QStringLiteral("Allotted minutes are 0 or more."), QStringLiteral("allottedMinutes"),
                      0};
    return {};
}

Status AgendaStore::insertSpeakingSlots(std::span<SpeakingSlot> slots) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO speaking_slot (session_id, position, speaker_id, on_behalf_of, "
                       "topic, allotted_minutes, representation_level, requested_at, "
                       "right_of_reply) VALUES (:session, :position, :speaker, :behalf, :topic, "
                       ":minutes, :level, :requested, :reply) RETURNING id"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SpeakingSlot &slot : slots) {
        if (Status valid = validate(slot); !valid)
            return valid;
        bindSlot(insert, slot, slot.sessionId, slot.position, now);
        Result<QVariant> id = insert.scalar();
        if (!id.ok())
            return id.error();
        insert.finish();
        slot.id = id.value().toLongLong();
    }
    return transaction.commit();
}

Status AgendaStore::replaceSpeakingSlots(qint64 sessionId, QList<SpeakingSlot> slots) const
{
    return replaceSpeakingSlots({{sessionId, std::move(slots)}});
}

Status AgendaStore::replaceSpeakingSlots(const QList<QPair<qint64, QList<SpeakingSlot>>> &lists) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    // Prepared once for the whole batch (an import writes a thousand lists).
    Statement clear(db, QStringLiteral("DELETE FROM speaking_slot WHERE session_id = :id"));
    Statement insert(db,
                     QStringLiteral("INSERT INTO speaking_slot (id, session_id, position, speaker_id, "
                                    "on_behalf_of, topic, allotted_minutes, representation_level, "
                                    "requested_at, right_of_reply) VALUES (:id, :session, :position, "
                                    ":speaker, :behalf, :topic, :minutes, :level, :requested, :reply)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[sessionId, slots] : lists) {
        clear.bind(QStringLiteral(":id"), sessionId);
        if (Status run = clear.exec(); !run)
            return run;
        // Slots keeping their id go in first: a new slot takes the next free id, which must not
        // be one that a kept slot later in the list still holds.
        QList<qsizetype> order;
        for (const bool kept : {true, false}) {
            for (qsizetype i = 0; i < slots.size(); ++i) {
                if ((slots.at(i).id > 0) == kept)
                    order.append(i);
            }
        }
        for (const qsizetype i : order) {
            const SpeakingSlot &slot = slots.at(i);
            if (Status valid = validate(slot); !valid)
                return valid;
            insert.bind(QStringLiteral(":id"), slot.id > 0 ? QVariant(slot.id) : QVariant());
            bindSlot(insert, slot, sessionId, int(i), now);
            if (Status run = insert.exec(); !run)
                return run;
        }
    }
    return transaction.commit();
}

QList<SpeakingSlot> AgendaStore::inProtocolOrder(QList<SpeakingSlot> slots)
{
    std::stable_sort(slots.begin(), slots.end(), [](const SpeakingSlot &a, const SpeakingSlot &b) {
        if (a.rightOfReply != b.rightOfReply)
            return !a.rightOfReply;
        if (!a.rightOfReply) {
            const int rankA = Vocabulary::rank(Vocabulary::representationLevels(), a.representationLevel);
            const int rankB = Vocabulary::rank(Vocabulary::representationLevels(), b.representationLevel);
            if (rankA != rankB)
                return rankA < rankB;
        }
        return a.requestedAt < b.requestedAt;
    });
    for (qsizetype i = 0; i < slots.size(); ++i)
        slots[i].position = int(i);
    return slots;
}

Result<int> AgendaStore::travelBufferMinutes() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT travel_buffer_minutes FROM event WHERE id = 1"));
    if (Status run = query.exec(); !run)
        return run.error();
    return query.next() ? query.value(0).toInt() : 10;
}

Status AgendaStore::setTravelBufferMinutes(int minutes) const
{
    if (minutes < 0 || minutes > 240)
        return Error {QStringLiteral("The travel buffer is between 0 and 240 minutes."),
                      QStringLiteral("travelBufferMinutes"), 0};
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement update(transaction.connection(),
                     QStringLiteral("UPDATE event SET travel_buffer_minutes = :minutes WHERE id = 1"));
    update.bind(QStringLiteral(":minutes"), minutes);
    if (Status run = update.exec(); !run)
        return run;
    return transaction.commit();
}

} // namespace Plenary
