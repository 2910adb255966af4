// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// ISO 3166-1 countries with English names, from Qt's locale data (CLDR); never a hand-typed list.
namespace Plenary::Countries {

struct Country
{
    QString code; ///< alpha-2, upper case
    QString name; ///< English short name
};

/// Every real ISO 3166-1 country Qt knows, sorted by name.
[[nodiscard]] const QList<Country> &all();
[[nodiscard]] bool isValid(const QString &code);
/// The English name of `code`, or an empty string when it is not an ISO 3166-1 country.
[[nodiscard]] QString name(const QString &code);
/// The flag emoji of `code` (regional indicator pair), empty when not a country.
[[nodiscard]] QString flag(const QString &code);

/// A working language: ISO 639-1 code and English name.
struct Language
{
    QString code;
    QString name;
};

/// Every language with an ISO 639-1 code that Qt knows, sorted by name.
[[nodiscard]] const QList<Language> &languages();
[[nodiscard]] QString languageName(const QString &code);

} // namespace Plenary::Countries
