// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QList>
#include <QPair>

#include <span>

namespace Plenary {

/// Reads and writes the agenda: rooms, sessions with their chairs, and speakers' lists. Every
/// write is one transaction; batch writes (imports, the demo) take one for the whole batch.
class AgendaStore
{
public:
    explicit AgendaStore(const Database &database)
        : m_database(database)
    { }

    /// Every room in column order (position, then name).
    [[nodiscard]] Result<QList<Room>> rooms() const;
    /// Inserts a room (a guid is made when it has none) and returns its id.
    [[nodiscard]] Result<qint64> insertRoom(const Room &room) const;
    [[nodiscard]] Status updateRoom(const Room &room) const;
    /// Deletes a room; its sessions become roomless (unscheduled rooms show in the side list).
    [[nodiscard]] Status removeRoom(qint64 id) const;
    [[nodiscard]] static Status validate(const Room &room);

    [[nodiscard]] Result<AgendaSession> session(qint64 id) const;
    /// Every session with its chairs: scheduled ones by start, then room; unscheduled last.
    [[nodiscard]] Result<QList<AgendaSession>> sessions() const;
    /// The scheduled sessions overlapping [fromUtc, toUtc) (touching ones do not overlap).
    [[nodiscard]] Result<QList<AgendaSession>> sessionsBetween(const QDateTime &fromUtc,
                                                               const QDateTime &toUtc) const;
    /// The start of every scheduled session (for counts per day), unordered.
    [[nodiscard]] Result<QList<QDateTime>> sessionStarts() const;
    /// The sessions the timetable cannot place (no time or no room), by title.
    [[nodiscard]] Result<QList<AgendaSession>> unplacedSessions() const;
    [[nodiscard]] Result<qint64> insertSession(const AgendaSession &session) const;
    /// Inserts a batch in one transaction, setting each id (and guid when empty); nothing is
    /// written if one fails, and the error names it.
    [[nodiscard]] Status insertSessions(std::span<AgendaSession> sessions) const;
    /// Writes every field, the chairs included.
    [[nodiscard]] Status updateSession(const AgendaSession &session) const;
    [[nodiscard]] Status removeSession(qint64 id) const;
    [[nodiscard]] static Status validate(const AgendaSession &session);

    /// A session's speakers' list in its order.
    [[nodiscard]] Result<QList<SpeakingSlot>> speakingSlots(qint64 sessionId) const;
    /// Every speakers' list at once, by session, each in its order (reports: one query, not one
    /// per session).
    [[nodiscard]] Result<QList<SpeakingSlot>> allSpeakingSlots() const;
    /// Replaces a session's speakers' list by `slots`, in that order (positions are renumbered
    /// from 0; new slots get ids), in one transaction.
    [[nodiscard]] Status replaceSpeakingSlots(qint64 sessionId, QList<SpeakingSlot> slots) const;
    [[nodiscard]] static Status validate(const SpeakingSlot &slot);
    /// The same for many sessions in one transaction with the statements prepared once
    /// (imports): each pair is a session id and its new list.
    [[nodiscard]] Status replaceSpeakingSlots(const QList<QPair<qint64, QList<SpeakingSlot>>> &lists) const;
    /// Protocol order of domain.md: level of representation first, then order of request;
    /// rights of reply come last, in order of request.
    [[nodiscard]] static QList<SpeakingSlot> inProtocolOrder(QList<SpeakingSlot> slots);
    /// Appends slots to their sessions' lists (a batch: the demo, imports) in one transaction
    /// with one prepared statement, keeping each slot's session and position and setting its id.
    [[nodiscard]] Status insertSpeakingSlots(std::span<SpeakingSlot> slots) const;

    /// The minutes a person needs to change rooms (conflict engine), 10 by default.
    [[nodiscard]] Result<int> travelBufferMinutes() const;
    [[nodiscard]] Status setTravelBufferMinutes(int minutes) const;

private:
    [[nodiscard]] Result<QList<AgendaSession>> readSessions(const QString &where,
                                                            const QVariantMap &bound) const;
    [[nodiscard]] Result<QList<SpeakingSlot>> readSlots(const QString &where, qint64 sessionId) const;
    [[nodiscard]] static Status writeChairs(const QSqlDatabase &db, const AgendaSession &session);

    const Database &m_database;
};

} // namespace Plenary
