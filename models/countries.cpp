// SPDX-License-Identifier: MIT
#include "countries.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Plenary::Countries {

namespace {

/// Codes that CLDR uses but ISO 3166-1 does not assign to a country: the user-assigned ranges
/// (AA, QM–QZ, XA–XZ, ZZ: Kosovo's XK among them) and the exceptionally reserved codes
/// (EU, UN, EZ, AC, CP, DG, EA, IC, TA, ...). Rules of the standard, not a list of countries.
bool isIsoAssigned(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper() || code.at(0).unicode() > 'Z'
        || code.at(1).unicode() > 'Z')
        return false;
    const char first = char(code.at(0).unicode());
    const char second = char(code.at(1).unicode());
    if (code == u"AA" || code == u"ZZ" || first == 'X' || (first == 'Q' && second >= 'M'))
        return false;
    static const QStringList reserved = {
        QStringLiteral("AC"), QStringLiteral("CP"), QStringLiteral("CQ"), QStringLiteral("DG"),
        QStringLiteral("EA"), QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("FX"),
        QStringLiteral("IC"), QStringLiteral("SU"), QStringLiteral("TA"), QStringLiteral("UK"),
        QStringLiteral("UN"),
    };
    return !reserved.contains(code);
}

template<typename T>
void sortByName(QList<T> &list)
{
    QCollator collator {QLocale(QLocale::English)};
    std::sort(list.begin(), list.end(),
              [&](const T &a, const T &b) { return collator.compare(a.name, b.name) < 0; });
}

const QHash<QString, QString> &namesByCode()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> byCode;
        for (const Country &country : all())
            byCode.insert(country.code, country.name);
        return byCode;
    }();
    return names;
}

} // namespace

const QList<Country> &all()
{
    static const QList<Country> countries = [] {
        QList<Country> list;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (!isIsoAssigned(code))
                continue;
            list.append({code, QLocale::territoryToString(territory)});
        }
        sortByName(list);
        return list;
    }();
    return countries;
}

bool isValid(const QString &code)
{
    return namesByCode().contains(code);
}

QString name(const QString &code)
{
    return namesByCode().value(code);
}

QString flag(const QString &code)
{
    if (!isValid(code))
        return {};
    // A flag emoji is the pair of regional indicator symbols for the two letters.
    QString flag;
    for (QChar letter : code)
        flag += QString::fromUcs4(
            std::array<char32_t, 1> {char32_t(0x1F1E6 + (letter.unicode() - 'A'))}.data(), 1);
    return flag;
}

const QList<Language> &languages()
{
    static const QList<Language> list = [] {
        QList<Language> languages;
        for (int l = QLocale::AnyLanguage + 1; l <= QLocale::LastLanguage; ++l) {
            const auto language = QLocale::Language(l);
            const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
            if (code.size() != 2)
                continue;
            languages.append({code, QLocale::languageToString(language)});
        }
        sortByName(languages);
        return languages;
    }();
    return list;
}

QString languageName(const QString &code)
{
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    return language == QLocale::AnyLanguage ? QString() : QLocale::languageToString(language);
}

} // namespace Plenary::Countries
