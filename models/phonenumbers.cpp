// SPDX-License-Identifier: MIT
#include "phonenumbers.h"

#include "countries.h"

#include <phonenumbers/phonenumberutil.h>

namespace Plenary::PhoneNumbers {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

/// "Azerbaijan" for a region code, or the calling code when the region is not a country.
QString countryName(const PhoneNumberUtil &util, const PhoneNumber &number)
{
    std::string region;
    util.GetRegionCodeForCountryCode(number.country_code(), &region);
    const QString name = Countries::name(QString::fromStdString(region));
    return name.isEmpty() ? QStringLiteral("+%1").arg(number.country_code()) : name;
}

/// The digits after "+" when the number is written only with digits and the usual separators,
/// else an empty string.
QString plainInternationalDigits(const QString &number)
{
    if (!number.startsWith(u'+'))
        return {};
    QString digits;
    digits.reserve(number.size());
    for (qsizetype i = 1; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != u' ' && c != u'-' && c != u'.')
            return {};
    }
    return digits;
}

/// libphonenumber's Parse runs several ICU regular expressions (about 14 µs a number, most of an
/// import's budget per row). A number written "+<code> <digits>" without a national "0" needs
/// none of them: the calling codes are prefix-free, so the first known one is the code.
/// Returns false when the full parse is needed.
bool parsePlainInternational(const PhoneNumberUtil &util, const QString &number, PhoneNumber *parsed)
{
    const QString digits = plainInternationalDigits(number);
    if (digits.size() < 4 || digits.size() > 17)
        return false;
    for (int length = 1; length <= 3; ++length) {
        const int code = digits.left(length).toInt();
        std::string region;
        util.GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        const QString national = digits.mid(length);
        // A leading 0 may be a trunk prefix or an Italian-style leading zero: the parser knows.
        if (national.isEmpty() || national.startsWith(u'0'))
            return false;
        parsed->set_country_code(code);
        parsed->set_national_number(national.toULongLong());
        return true;
    }
    return false;
}

} // namespace

Result<QString> normalised(const QString &number, const QString &country, const QString &field)
{
    QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return QString();
    // "00" is the international prefix nearly everywhere (Europe, Africa, Asia): read it as "+".
    if (trimmed.startsWith(QStringLiteral("00")))
        trimmed = u'+' + trimmed.mid(2);
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const bool international = trimmed.startsWith(u'+');
    const QString region = country.trimmed().toUpper();
    if (!international && (region.isEmpty() || !Countries::isValid(region)))
        return Error {
            QStringLiteral("Write %1 with its country code, e.g. +41 22 917 12 34 (no nationality or "
                           "delegation country to read it by).")
                .arg(trimmed),
            field, 0};

    PhoneNumber parsed;
    bool plain = parsePlainInternational(util, trimmed, &parsed);
    // The fast path is only taken for a number it reads to a valid one; anything else gets the
    // parser's full reading (and its reasons).
    if (plain && !util.IsValidNumber(parsed)) {
        parsed.Clear();
        plain = false;
    }
    if (!plain) {
        const auto error =
            util.Parse(trimmed.toStdString(), international ? "ZZ" : region.toStdString(), &parsed);
        switch (error) {
        case PhoneNumberUtil::NO_PARSING_ERROR:
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
            return Error {QStringLiteral("%1 does not begin with a country calling code.").arg(trimmed),
                          field, 0};
        case PhoneNumberUtil::TOO_SHORT_NSN:
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
            return Error {QStringLiteral("%1 is too short to be a phone number.").arg(trimmed), field, 0};
        case PhoneNumberUtil::TOO_LONG_NSN:
            return Error {QStringLiteral("%1 is too long to be a phone number.").arg(trimmed), field, 0};
        default:
            return Error {QStringLiteral("%1 is not a phone number.").arg(trimmed), field, 0};
        }
        switch (util.IsPossibleNumberWithReason(parsed)) {
        case PhoneNumberUtil::IS_POSSIBLE:
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return Error {QStringLiteral("%1 does not begin with a country calling code.").arg(trimmed),
                          field, 0};
        case PhoneNumberUtil::TOO_SHORT:
            return Error {QStringLiteral("%1 is too short for %2.").arg(trimmed, countryName(util, parsed)),
                          field, 0};
        case PhoneNumberUtil::TOO_LONG:
            return Error {QStringLiteral("%1 is too long for %2.").arg(trimmed, countryName(util, parsed)),
                          field, 0};
        default:
            return Error {QStringLiteral("%1 does not have the length of a phone number in %2.")
                              .arg(trimmed, countryName(util, parsed)),
                          field, 0};
        }
        if (!util.IsValidNumber(parsed))
            return Error {QStringLiteral("%1 is not a valid phone number in %2.")
                              .arg(trimmed, countryName(util, parsed)),
                          field, 0};
    }
    std::string formatted;
    util.Format(parsed, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace Plenary::PhoneNumbers
