// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
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

} // namespace Plenary
