// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <span>

namespace Plenary {

/// What a badge's QR code holds and how the desk reads it back. A code is
/// `PLENARY:` followed by the six-digit badge number ("PLENARY:000272"); the desk also
/// accepts the bare number, padded or not ("000272", "272"), and a URL whose last path
/// segment or query value is the number ("https://example.org/badge/000272"), so that codes
/// printed by other systems still scan.
namespace BadgeCode {

/// The prefix of the payload printed in a badge's QR code.
inline constexpr QLatin1StringView Prefix("PLENARY:");
/// Digits a badge number is padded to (the counter's format).
inline constexpr int Width = 6;

/// "000272" for 272.
[[nodiscard]] QString badgeNumber(qint64 number);
/// What the badge report prints into the QR code: "PLENARY:000272".
[[nodiscard]] QString payload(const QString &badgeNumber);
/// The badge number in the stored form when `typed` is a payload, a URL ending in a number
/// or a bare number; nothing otherwise (then it is a name).
[[nodiscard]] std::optional<QString> parse(const QString &typed);

} // namespace BadgeCode

/// A participant as the check-in desk shows them, with the last word of the workflow on
/// their current state (who checked them in, why they were rejected).
struct CheckInRecord
{
    /// What the desk can do with this person.
    enum class Verdict {
        Ready, ///< approved or badge printed: checking in is one key away
        AlreadyIn, ///< checked in before: a warning with the time
        Blocked, ///< not approved (nominated, documents complete, rejected, withdrawn)
    };

    Participant participant;
    QString delegationName;
    QString delegationCountry;
    QString stateChangedBy; ///< who made the current state, empty when not recorded
    QDateTime stateChangedAt; ///< when (UTC), invalid when not recorded
    QString stateReason; ///< why (the reason of a rejection)
    bool hasPhoto = false;

    [[nodiscard]] Verdict verdict() const;
};

/// The answer to what the desk typed: an exact badge match, or name candidates in list order.
struct CheckInLookup
{
    bool byBadge = false; ///< the one candidate is the holder of the typed badge number
    QList<CheckInRecord> candidates;
    bool more = false; ///< more people match the name than the candidates listed
};

/// The check-in desk's reads and its one write. Lookups use the unique badge index or the
/// FTS5 name index and read at most a handful of rows, so they stay fast at COP scale.
class CheckInStore
{
public:
    /// Name candidates offered at most.
    static constexpr int MaxCandidates = 8;

    explicit CheckInStore(const Database &database)
        : m_database(database)
    { }

    /// An exact badge match wins; otherwise the people whose names (in any script, folded)
    /// start with the typed words, in list order.
    [[nodiscard]] Result<CheckInLookup> lookup(const QString &typed) const;
    [[nodiscard]] Result<CheckInRecord> record(qint64 participantId) const;
    /// Checks one person in, recorded under `actor` with the current time, and returns the
    /// updated record. Approved people whose badge was not printed yet get it at the desk:
    /// approved → badge printed → checked in, both steps recorded, in one transaction.
    /// Refused (nothing written, field "state") when already checked in or not approved.
    [[nodiscard]] Result<CheckInRecord> checkIn(qint64 participantId, const QString &actor) const;
    /// Takes back a check-in made by mistake (the wrong person, or a badge not handed over):
    /// the person goes back to "badge printed", recorded under `actor` with `reason`, which is
    /// required. Refused (nothing written) when the person is not checked in.
    [[nodiscard]] Result<CheckInRecord> revertCheckIn(qint64 participantId, const QString &actor,
                                                      const QString &reason) const;
    /// The latest check-ins (at any desk), newest first, each with who and when.
    [[nodiscard]] Result<QList<CheckInRecord>> recentCheckIns(int limit) const;

private:
    [[nodiscard]] Result<QList<CheckInRecord>> read(const QString &where, const QString &order,
                                                    const QVariantMap &bound) const;

    const Database &m_database;
};

} // namespace Plenary
