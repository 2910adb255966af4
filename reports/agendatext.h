// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QHash>
#include <QTimeZone>

namespace Plenary {

/// The people and delegations an agenda report names (chairs, speakers, owners), read in bulk:
/// a few queries for the whole report, never one per session.
class ReportPeople
{
public:
    /// Reads every delegation and the participants `ids` (duplicates are fine).
    [[nodiscard]] Status load(const Database &database, QList<qint64> ids);

    /// "H.E. Given FAMILY", empty when unknown.
    [[nodiscard]] QString name(qint64 participantId) const;
    /// The name in its original script, empty when none.
    [[nodiscard]] QString nativeName(qint64 participantId) const;
    /// The participant's own delegation, empty when none.
    [[nodiscard]] QString delegationOf(qint64 participantId) const;
    [[nodiscard]] QString delegation(qint64 delegationId) const;
    /// "Name Native (Delegation)" as a programme lists a chair.
    [[nodiscard]] QString person(qint64 participantId) const;
    /// A speaker with the delegation spoken for (the slot's, else the speaker's own).
    [[nodiscard]] QString speaker(const SpeakingSlot &slot) const;
    /// The delegation a slot speaks for.
    [[nodiscard]] QString speakingFor(const SpeakingSlot &slot) const;

private:
    struct Person
    {
        QString name;
        QString nativeName;
        QString delegation;
    };
    QHash<qint64, Person> m_people;
    QHash<qint64, QString> m_delegations;
};

/// Times as agenda reports print them: in the event's zone, labelled.
namespace AgendaText {
/// "09:00–10:30" in `zone`.
[[nodiscard]] QString timeRange(const AgendaSession &session, const QTimeZone &zone);
/// "Tuesday 18 May 2027".
[[nodiscard]] QString longDay(const QDate &day);
/// "Times in Asia/Baku (UTC+04:00)".
[[nodiscard]] QString zoneLabel(const QTimeZone &zone, const QDateTime &at);
/// The rooms by id.
[[nodiscard]] QHash<qint64, Room> roomsById(const QList<Room> &rooms);
/// Every room of `database`, by id.
[[nodiscard]] Result<QHash<qint64, Room>> readRooms(const Database &database);
/// "Room name", or "Room to be announced".
[[nodiscard]] QString roomName(const QHash<qint64, Room> &rooms, const AgendaSession &session);
} // namespace AgendaText

} // namespace Plenary
