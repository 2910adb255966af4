// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

/// Phone numbers checked for the country they belong to, with libphonenumber.
namespace Plenary::PhoneNumbers {

/// `number` in international format ("+994 12 345 67 89"), or why it is not a phone number of
/// its country. A number with "+" is checked for the country its code names; one without is
/// read as a national number of `country` (ISO 3166-1 alpha-2, e.g. the nationality). An
/// empty number stays empty. The error's field is `field`.
[[nodiscard]] Result<QString> normalised(const QString &number, const QString &country,
                                         const QString &field = QStringLiteral("phone"));

} // namespace Plenary::PhoneNumbers
