// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

/// How stores convert values to and from SQL, the same way for every table.
namespace Plenary::SqlValues {

/// `date` as ISO 8601 ("2027-05-18"), the empty string when invalid. What QDate::toString does,
/// without its QString::asprintf: a tenth of a 100,000-row export.
[[nodiscard]] QString isoDate(const QDate &date);
/// ISO date ("2027-05-18") or NULL.
[[nodiscard]] QVariant fromDate(const QDate &date);
[[nodiscard]] QDate toDate(const QVariant &value);
/// UTC timestamp in ISO 8601 with a Z, or NULL.
[[nodiscard]] QVariant fromDateTime(const QDateTime &dateTime);
[[nodiscard]] QDateTime toDateTime(const QVariant &value);
/// The current time, as stored in created_at / updated_at.
[[nodiscard]] QString now();
/// A number or NULL.
template<typename Number>
[[nodiscard]] QVariant fromOptional(const std::optional<Number> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
template<typename Number>
[[nodiscard]] std::optional<Number> toOptional(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Number>(value.value<Number>());
}

/// Parses a comma-separated list of ids (what group_concat returns) without a string per id.
[[nodiscard]] std::vector<qint64> parseIdList(const QString &list);

} // namespace Plenary::SqlValues
