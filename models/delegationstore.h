// SPDX-License-Identifier: MIT
#pragma once

#include "badgequotas.h"
#include "database.h"
#include "domain.h"

#include <QList>

namespace Plenary {

/// How many participants of a delegation (none: in no delegation) have a role and a state.
struct MemberCount
{
    std::optional<qint64> delegationId;
    QString role;
    QString accreditationState;
    int count = 0;
};

/// Reads and writes delegations.
class DelegationStore
{
public:
    explicit DelegationStore(const Database &database)
        : m_database(database)
    { }

    /// Every delegation with its head and member count, by name (one query).
    [[nodiscard]] Result<QList<DelegationSummary>> list() const;
    [[nodiscard]] Result<Delegation> get(qint64 id) const;
    /// Inserts and returns the new id.
    [[nodiscard]] Result<qint64> insert(const Delegation &delegation) const;
    [[nodiscard]] Status update(const Delegation &delegation) const;
    /// Deletes a delegation that has no members; refuses one that still has any.
    [[nodiscard]] Status remove(qint64 id) const;
    /// Participants counted by delegation, role and accreditation state (one grouped query:
    /// the delegation summary).
    [[nodiscard]] Result<QList<MemberCount>> memberCounts() const;
    /// Badges held and requested against the quota, per role.
    [[nodiscard]] Result<QList<BadgeQuotas::Use>> badgeUse(qint64 delegationId) const;
    /// Checks a delegation before it is written: name, kind, status, country, dates.
    [[nodiscard]] static Status validate(const Delegation &delegation);

private:
    [[nodiscard]] Status checkNameFree(const QSqlDatabase &db, const Delegation &delegation) const;

    const Database &m_database;
};

} // namespace Plenary
