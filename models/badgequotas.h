// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QMap>
#include <QSet>

#include <optional>

/// Badge quotas: how many badges of each role a delegation may hold. A badge is held from
/// approval on (approved, badge printed, checked in); going over a quota is refused, never
/// silently allowed.
namespace Plenary::BadgeQuotas {

/// The states in which a participant holds a badge, as an SQL list.
inline constexpr const char *HoldingStatesSql = "('approved', 'badge_printed', 'checked_in')";

/// Whether a participant in `state` holds a badge (see HoldingStatesSql).
[[nodiscard]] inline bool holdsBadge(const QString &state)
{
    return state == u"approved" || state == u"badge_printed" || state == u"checked_in";
}

/// How one role of one delegation stands against its quota.
struct Use
{
    QString role;
    std::optional<int> quota; ///< none: no limit set
    int holding = 0; ///< badges held (approved and later)
    int pending = 0; ///< nominated or documents complete: would use a badge when approved

    [[nodiscard]] bool over() const { return quota && holding > *quota; }
};

/// The quotas of a delegation, role → badges.
[[nodiscard]] Result<QMap<QString, int>> read(const QSqlDatabase &db, qint64 delegationId);
/// Replaces the quotas of a delegation (inside the caller's transaction).
[[nodiscard]] Status write(const QSqlDatabase &db, qint64 delegationId, const QMap<QString, int> &quotas);
/// Every role with a quota or members, in protocol order of roles.
[[nodiscard]] Result<QList<Use>> usage(const QSqlDatabase &db, qint64 delegationId);
/// Fails, naming delegation and role, when one of `delegationIds` holds more badges of a role
/// than its quota. Called inside the writing transaction after the write, so it rolls back.
[[nodiscard]] Status verify(const QSqlDatabase &db, const QSet<qint64> &delegationIds);
/// The same for every delegation with a quota (when the delegations concerned are not known).
[[nodiscard]] Status verifyAll(const QSqlDatabase &db);

} // namespace Plenary::BadgeQuotas
