// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// Plain records of domain.md as the stores read and write them.
namespace Plenary {

/// The conference itself: one per database.
struct EventInfo
{
    QString name;
    QString venue;
    QString city;
    QString timeZone = QStringLiteral("UTC"); ///< IANA id, e.g. "Asia/Baku"
    QDate firstDay;
    QDate lastDay;
    QStringList languages; ///< ISO 639-1 codes of the working languages
};

/// A delegation as organisers register it.
struct Delegation
{
    qint64 id = 0;
    QString kind = QStringLiteral("member_state"); ///< Vocabulary::delegationKinds()
    QString countryCode; ///< ISO 3166-1 alpha-2, empty for organisations
    QString name;
    QString status = QStringLiteral("registered"); ///< Vocabulary::delegationStatuses()
    QDate arrival;
    QDate departure;
    QString hotel;
    QString focalPointName;
    QString focalPointEmail;
    QString focalPointPhone;
    QString notes;
    QMap<QString, int> badgeQuotas; ///< role → badges the delegation may hold; absent: no limit

    bool operator==(const Delegation &) const = default;
};

/// A delegation with what its list row shows besides its own fields.
struct DelegationSummary
{
    Delegation delegation;
    QString headName; ///< display name of the head of delegation, empty when none
    int memberCount = 0;
};

/// A person accredited (or to be accredited) to the event.
struct Participant
{
    qint64 id = 0;
    std::optional<qint64> delegationId; ///< staff and press may belong to none
    QString honorific;
    QString givenNames;
    QString familyName;
    QString nativeName; ///< the full name in its original script, when that is not Latin
    QString functionTitle;
    QString organisation;
    QString role = QStringLiteral("delegate"); ///< Vocabulary::roles()
    QString email;
    QString phone;
    QString nationality; ///< ISO 3166-1 alpha-2
    QString documentType;
    QString documentNumber; ///< sensitive: masked in lists
    QDate documentExpiry;
    QString dietaryNeeds;
    QString accessNeeds;
    QString interpretationLanguage;
    QString accreditationState = QStringLiteral("nominated"); ///< Vocabulary::accreditationStates()
    QString badgeNumber;
    QDateTime checkedInAt; ///< UTC

    /// "Honorific Given FAMILY" as protocol lists print it, e.g. "Dr. Anna MÜLLER".
    [[nodiscard]] QString displayName() const;
    /// "Honorific Given Family" as the person writes it (schedules, calendars).
    [[nodiscard]] QString writtenName() const;

    bool operator==(const Participant &) const = default;
};

/// What a participant list row shows: the participant and the name of their delegation.
struct ParticipantRow
{
    Participant participant;
    QString delegationName;
    QString delegationCountry;
    bool hasPhoto = false;
};

/// A room of the venue.
struct Room
{
    qint64 id = 0;
    QString name;
    std::optional<int> capacity; ///< seats; none when unknown
    QString floor;
    int booths = 0; ///< interpretation booths
    int position = 0; ///< order of the timetable's columns
    QString guid; ///< stable across schedule exports and imports; made on insert when empty

    bool operator==(const Room &) const = default;
};

/// A session of the agenda. Times are UTC; an unscheduled session has neither start nor end.
struct AgendaSession
{
    qint64 id = 0;
    QString guid; ///< stable across schedule exports and imports; made on insert when empty
    QString title;
    QString kind = QStringLiteral("plenary"); ///< Vocabulary::sessionKinds()
    std::optional<qint64> roomId;
    QDateTime startsAt; ///< UTC; invalid when unscheduled
    QDateTime endsAt; ///< UTC, after startsAt
    QString description;
    QString visibility = QStringLiteral("public"); ///< Vocabulary::sessionVisibilities()
    QStringList languages; ///< ISO 639-1 codes
    std::optional<int> expectedAttendance;
    QString track;
    QList<qint64> chairIds; ///< participants chairing, in order

    [[nodiscard]] bool isScheduled() const { return startsAt.isValid() && endsAt.isValid(); }
    bool operator==(const AgendaSession &) const = default;
};

/// One entry of a session's speakers' list.
struct SpeakingSlot
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0; ///< order in the list, from 0
    std::optional<qint64> speakerId; ///< participant
    std::optional<qint64> onBehalfOf; ///< delegation
    QString topic;
    std::optional<int> allottedMinutes;
    QString representationLevel = QStringLiteral("other"); ///< Vocabulary::representationLevels()
    QDateTime requestedAt; ///< UTC: order of request, the second key of protocol order
    bool rightOfReply = false; ///< rights of reply stay at the end of the list

    bool operator==(const SpeakingSlot &) const = default;
};

/// The filters of the participants page; empty members do not filter.
struct ParticipantFilter
{
    QString text; ///< search-as-you-type words
    std::optional<qint64> delegationId; ///< 0 means "in no delegation"
    QString role;
    QString accreditationState;

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !delegationId && role.isEmpty() && accreditationState.isEmpty();
    }
};

/// A note of the minutes: Markdown text on a session, optionally on one speaking slot of its
/// list. `version` counts saves; a save names the version it was based on, so that a second
/// writer is told instead of overwriting the first.
struct Note
{
    qint64 id = 0;
    qint64 sessionId = 0;
    std::optional<qint64> slotId; ///< a speaking slot of the session's list
    QString body; ///< Markdown
    QString confidentiality = QStringLiteral("public"); ///< Vocabulary::confidentialities()
    int version = 0; ///< 1 after the first save
    QString createdBy;
    QDateTime createdAt; ///< UTC
    QString updatedBy;
    QDateTime updatedAt; ///< UTC

    bool operator==(const Note &) const = default;
};

/// One saved state of a note. A save that met a newer version is kept too, without a
/// version (`conflictWith` names the version it met), so that no typed text is ever lost.
struct NoteRevision
{
    qint64 id = 0;
    qint64 noteId = 0;
    std::optional<int> version; ///< the note's version this save made; none for a conflicting copy
    std::optional<int> conflictWith; ///< a conflicting copy: the version that was already stored
    QString body;
    QString confidentiality;
    QString author;
    QDateTime savedAt; ///< UTC
    QString comment; ///< e.g. "reverted to version 3"
};

/// Typing not saved yet, written every few seconds so that a crash loses at most that much.
struct NoteDraft
{
    qint64 noteId = 0;
    qint64 sessionId = 0;
    QString body;
    int baseVersion = 0; ///< the note's version the typing started from
    QString author;
    QDateTime savedAt; ///< UTC
};

/// A decision recorded in the minutes: "Proposal to establish a permanent Secretariat: adopted
/// unanimously".
struct Decision
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0;
    QString text;
    QString outcome = QStringLiteral("adopted"); ///< Vocabulary::decisionOutcomes()
    QString method = QStringLiteral("consensus"); ///< Vocabulary::decisionMethods()
    /// Counts of a vote; all three set exactly when `method` is "vote".
    std::optional<int> votesFor;
    std::optional<int> votesAgainst;
    std::optional<int> votesAbstaining;
    QString confidentiality = QStringLiteral("public");

    bool operator==(const Decision &) const = default;
};

/// An action item of the minutes: what, who (a participant or a delegation), by when, done.
struct ActionItem
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString text;
    std::optional<qint64> ownerParticipantId;
    std::optional<qint64> ownerDelegationId;
    QDate dueDate;
    bool done = false;
    QString confidentiality = QStringLiteral("public");

    bool operator==(const ActionItem &) const = default;
};

/// A session's minutes as a whole: draft, or final (locked). Reopening needs a reason.
struct MinutesChange
{
    QString status; ///< "final" or "draft" (reopened)
    QString changedBy;
    QDateTime changedAt; ///< UTC
    QString reason; ///< why final minutes were reopened
};

} // namespace Plenary
