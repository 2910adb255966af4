// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <unordered_map>
#include <vector>

namespace Plenary {

class Database;

/// How bad a conflict is. A session's worst severity ignores acknowledged warnings.
enum class Severity { None = 0, Warning = 1, Error = 2 };

/// The stable rule ids of domain.md "Conflicts the agenda must catch"; stored with
/// acknowledgements, so never renamed.
namespace ConflictRules {
inline constexpr char RoomDoubleBooking[] = "room_double_booking"; ///< error
inline constexpr char OutsideEventDays[] = "outside_event_days"; ///< error
inline constexpr char PersonDoubleBooking[] = "person_double_booking"; ///< warning
inline constexpr char TravelBuffer[] = "travel_buffer"; ///< warning
inline constexpr char DelegationAbsent[] = "delegation_absent"; ///< warning
inline constexpr char OverCapacity[] = "over_capacity"; ///< warning
/// The severity a rule gives; None for an unknown rule.
[[nodiscard]] Severity severityOf(const QString &rule);
} // namespace ConflictRules

/// One conflict of the agenda, with what a user needs to find and judge it.
struct Conflict
{
    QString rule; ///< one of ConflictRules
    Severity severity = Severity::Warning;
    /// Stable key of what the conflict is about within its rule, e.g. "p12:s3:s7" (person 12 in
    /// sessions 3 and 7); the acknowledgement is stored under (rule, subject).
    QString subject;
    QList<qint64> sessionIds; ///< the sessions involved, earliest first
    QList<qint64> participantIds; ///< the person concerned, when the rule is about one
    QList<qint64> roomIds; ///< the rooms concerned, when the rule is about rooms
    std::optional<qint64> delegationId; ///< delegation_absent: the delegation
    QDateTime startsAt; ///< UTC start of the earliest session
    QString message; ///< a sentence naming sessions, rooms and people, times in the event's zone
    bool acknowledged = false;
    QString acknowledgementReason;
    QString acknowledgedBy;
    QDateTime acknowledgedAt; ///< UTC

    bool operator==(const Conflict &) const = default;
};

/// Finds the conflicts of the agenda and keeps them current. Holds an index of the scheduled
/// sessions (per room, by start; per person, chairs and speakers; rooms' capacities;
/// delegations' stay; the event's days and zone; the travel buffer; acknowledgements), so that
/// an edit re-checks only the session it touched against its room and its people.
///
/// Room, delegation, participant and event changes are not tracked: call reload() after them.
class ConflictEngine
{
public:
    explicit ConflictEngine(const Database &database);

    /// Reads everything again (one query per table) and checks the whole agenda.
    [[nodiscard]] Status reload();
    /// After a session, its chairs or its speakers' list was written or the session removed:
    /// re-reads that session only and re-checks what it touches.
    [[nodiscard]] Status recheckSession(qint64 sessionId);
    /// The in-memory path of recheckSession(): `session` as it now is, with its speakers (the
    /// participants' delegations as the index knows them) — no database read. For benchmarks
    /// and for checking a move before it is written.
    void recheck(const AgendaSession &session, const QList<SpeakingSlot> &speakers);
    /// Forgets a session (it was deleted), with its conflicts.
    void forget(qint64 sessionId);

    /// Every conflict: errors first, then warnings, each by start time (then rule and subject).
    [[nodiscard]] const QList<Conflict> &conflicts() const { return m_conflicts; }
    [[nodiscard]] QList<Conflict> conflictsOf(qint64 sessionId) const;
    /// The worst unacknowledged conflict of a session: an acknowledged warning counts as None.
    [[nodiscard]] Severity worstOf(qint64 sessionId) const;
    [[nodiscard]] int errorCount() const { return m_errorCount; }
    [[nodiscard]] int warningCount() const { return m_warningCount; }
    /// The index of the conflict (rule, subject) in conflicts(), -1 when there is none.
    [[nodiscard]] qsizetype indexOf(const QString &rule, const QString &subject) const;

    /// Records that a warning is accepted, with why and by whom; errors cannot be acknowledged.
    /// The acknowledgement is kept when the conflict goes away and applies again if it returns.
    [[nodiscard]] Status acknowledge(const QString &rule, const QString &subject, const QString &reason,
                                     const QString &actor);
    [[nodiscard]] Status withdrawAcknowledgement(const QString &rule, const QString &subject);

    /// The event's zone the messages use.
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    [[nodiscard]] int travelBufferMinutes() const { return int(m_bufferMs / 60000); }
    /// Names as the messages print them; empty when unknown.
    [[nodiscard]] QString sessionTitle(qint64 sessionId) const;
    [[nodiscard]] QString roomName(qint64 roomId) const;
    /// The UTC start of a scheduled session the index holds; invalid otherwise.
    [[nodiscard]] QDateTime startOf(qint64 sessionId) const;
    /// The session's room, if it has one.
    [[nodiscard]] std::optional<qint64> roomOf(qint64 sessionId) const;

private:
    enum PersonRole : quint8 { Chair = 1, Speaker = 2 };
    struct PersonRef
    {
        qint64 id = 0;
        quint8 roles = 0;
    };
    /// A speaker entry: the delegation whose stay matters (the speaker's own, else on behalf of).
    struct SpeakerRef
    {
        std::optional<qint64> participantId;
        std::optional<qint64> delegationId;
    };
    struct Entry
    {
        qint64 id = 0;
        QString title;
        std::optional<qint64> roomId;
        qint64 start = 0; ///< ms since the epoch, UTC
        qint64 end = 0;
        bool scheduled = false;
        std::optional<int> attendance;
        std::vector<PersonRef> persons; ///< chairs and named speakers, once each
        std::vector<SpeakerRef> speakers; ///< speaker entries with a delegation
    };
    struct RoomInfo
    {
        QString name;
        std::optional<int> capacity;
    };
    struct PersonInfo
    {
        QString name;
        std::optional<qint64> delegationId;
    };
    struct DelegationInfo
    {
        QString name;
        QDate arrival;
        QDate departure;
        std::optional<qint64> presentFrom; ///< ms: the start of the arrival day in the event's zone
        std::optional<qint64> presentUntil; ///< ms: the end of the departure day
    };
    struct Acknowledgement
    {
        QString reason;
        QString by;
        QDateTime at;
    };

    [[nodiscard]] Status readSettings();
    void setEntry(Entry entry);
    void unindex(qint64 sessionId);
    void rebuildAll();
    void checkSingle(const Entry &s, QList<Conflict> &out) const;
    void checkRoomPair(const Entry &a, const Entry &b, QList<Conflict> &out) const;
    void checkPersonPair(qint64 person, const Entry &a, const Entry &b, QList<Conflict> &out) const;
    void checkAround(const Entry &s, QList<Conflict> &out) const;
    void applyAcknowledgement(Conflict &conflict) const;
    void sortAndIndex();
    void reindex();
    void mergeIn(qint64 sessionId, QList<Conflict> found);
    [[nodiscard]] static bool before(const Conflict &a, const Conflict &b);
    struct LocalTime
    {
        qint64 days = 0; ///< since 1970-01-01, local
        int weekday = 0; ///< 0 Sunday
        int day = 1;
        int month = 1;
        int minutes = 0; ///< of the day
    };
    [[nodiscard]] int offsetAt(qint64 ms) const;
    [[nodiscard]] LocalTime local(qint64 ms) const;
    [[nodiscard]] QString when(const Entry &s) const;
    [[nodiscard]] QString clock(qint64 ms) const;
    [[nodiscard]] QString personName(qint64 id) const;
    [[nodiscard]] std::optional<qint64> delegationOf(const SpeakerRef &speaker) const;
    [[nodiscard]] Entry entryFrom(const AgendaSession &session, const QList<SpeakingSlot> &slots) const;

    const Database &m_database;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_zoneName = QStringLiteral("UTC");
    std::optional<qint64> m_eventFrom; ///< ms: the start of the first day in the event's zone
    std::optional<qint64> m_eventUntil; ///< ms: the end of the last day
    QDate m_firstDay;
    QDate m_lastDay;
    qint64 m_bufferMs = 10 * 60000;
    std::vector<std::pair<qint64, int>> m_transitions; ///< (UTC ms, offset in s from then), ascending
    qint64 m_transitionsUntil = 0;

    std::unordered_map<qint64, Entry> m_sessions; ///< scheduled sessions only
    QHash<qint64, std::vector<qint64>> m_byRoom; ///< session ids, by start
    QHash<qint64, std::vector<qint64>> m_byPerson; ///< session ids, any order
    QHash<qint64, RoomInfo> m_rooms;
    QHash<qint64, PersonInfo> m_persons;
    QHash<qint64, DelegationInfo> m_delegations;
    QHash<QString, Acknowledgement> m_acknowledgements; ///< by rule + '\n' + subject

    QList<Conflict> m_conflicts;
    QHash<qint64, QList<qsizetype>> m_bySession; ///< indexes into m_conflicts
    QHash<QString, qsizetype> m_byKey; ///< rule + '\n' + subject → index
    int m_errorCount = 0;
    int m_warningCount = 0;
};

} // namespace Plenary
