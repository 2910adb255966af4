// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

#include <span>

namespace Plenary {

/// One recorded step of a participant's accreditation: who moved it, when and why.
struct AccreditationChange
{
    QString fromState;
    QString toState;
    QString changedBy;
    QDateTime changedAt; ///< UTC
    QString reason;
};

/// A change made before this database knew it (the demo, a later merge from another desk).
struct PastAccreditationChange
{
    qint64 participantId = 0;
    AccreditationChange change;
};

/// Where one participant stands in the workflow: what undoing a move puts back.
struct AccreditationStanding
{
    qint64 participantId = 0;
    QString state;
    QString badgeNumber;
    QVariant checkedInAt; ///< as stored, null when not checked in

    bool operator==(const AccreditationStanding &) const = default;
};

/// The accreditation workflow of domain.md: only the allowed transitions, a reason for every
/// rejection, a badge number on approval (never reused), and a history of every change.
class AccreditationStore
{
public:
    explicit AccreditationStore(const Database &database)
        : m_database(database)
    { }

    /// Whether the workflow allows going from `from` to `to`.
    [[nodiscard]] static bool allowed(const QString &from, const QString &to);
    /// The states reachable from `from`, in workflow order.
    [[nodiscard]] static QStringList nextStates(const QString &from);

    /// Moves every participant in `ids` to `toState` in one transaction, recording `actor` and
    /// `reason`; if any of them cannot move, none does and the error names that participant.
    [[nodiscard]] Status transition(std::span<const qint64> ids, const QString &toState, const QString &actor,
                                    const QString &reason = {}) const;
    /// Adds history entries for changes that already happened (the states are not touched),
    /// in one transaction.
    [[nodiscard]] Status recordPast(std::span<const PastAccreditationChange> changes) const;
    /// Where each of `ids` stands now, in the order given (missing ids are left out).
    [[nodiscard]] Result<QList<AccreditationStanding>> standings(std::span<const qint64> ids) const;
    /// Puts participants back to `to` outside the workflow's steps (undo, redo, correcting a
    /// mistaken check-in), provided each still stands as `from` says (the same participants in
    /// the same order); records every move with `actor` and `reason`. All or none.
    [[nodiscard]] Status restore(std::span<const AccreditationStanding> from,
                                 std::span<const AccreditationStanding> to, const QString &actor,
                                 const QString &reason) const;
    /// The changes of one participant, oldest first.
    [[nodiscard]] Result<QList<AccreditationChange>> history(qint64 participantId) const;

private:
    const Database &m_database;
};

} // namespace Plenary
