// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QSqlDatabase>

/// The schema, one migration step per version. A step runs inside the transaction that also
/// sets `PRAGMA user_version`, so a database is always at one version or the next, never between.
namespace Plenary::Schema {

/// Brings a database at version `version - 1` to `version`.
[[nodiscard]] Status migrateTo(int version, const QSqlDatabase &db);

} // namespace Plenary::Schema
