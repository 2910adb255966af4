// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <span>

/// Static pools of fictional names, ranks and functions that the demo generator draws from.
/// Strings are UTF-8. Nothing here touches the database.
namespace Plenary::DemoNames {

/// One name element: its Latin (passport) form and its form in the original script.
/// `native` is empty when the culture writes its names in Latin script.
struct Name
{
    const char *latin;
    const char *native;
};

/// Naming conventions of one culture.
struct Culture
{
    const char *key; ///< e.g. "russian", "chinese", "azerbaijani"
    std::span<const Name> maleGiven;
    std::span<const Name> femaleGiven;
    std::span<const Name> maleFamily;
    std::span<const Name> femaleFamily; ///< the same pool as maleFamily where names are not gendered
    bool nativeFamilyFirst; ///< original-script form writes the family name first (zh, ja, ko, hu)
    bool nativeWithoutSpace; ///< original-script parts are joined without a space (zh, ja)
};

/// An observer organisation invited to the forum.
struct Organisation
{
    const char *name; ///< full English name
    const char *acronym; ///< e.g. "INTERPOL"
    const char *kind; ///< "international_organisation" or "un_body"
};

/// The culture whose names a national of `alpha2` (ISO 3166-1) usually carries;
/// an international Latin-script pool for countries without a specific one.
[[nodiscard]] const Culture &cultureForCountry(QStringView alpha2);

/// Every culture, for tests.
[[nodiscard]] std::span<const Culture> cultures();

/// About 50 ISO 3166-1 alpha-2 codes of the countries at the security forum; "AZ" (host) first.
[[nodiscard]] std::span<const char *const> forumCountries();

/// A generic, descriptive English name of a country's security service for the forum demo
/// (e.g. "State Security Service"); never the real name of a real agency.
[[nodiscard]] const char *securityServiceName(QStringView alpha2);

/// Observer organisations of the forum.
[[nodiscard]] std::span<const Organisation> observerOrganisations();

/// Honorifics and ranks, most senior first: used for heads of delegation.
[[nodiscard]] std::span<const char *const> seniorRanks();
/// Ranks and honorifics for other members ("Colonel", "Major", "Mr.", "Ms.", "Dr.").
[[nodiscard]] std::span<const char *const> officerRanks();
/// Civilian honorifics ("Mr.", "Ms.", "Dr.", "Prof.").
[[nodiscard]] std::span<const char *const> civilianHonorifics();

/// Functions (job titles) for heads of delegation, e.g. "Director", "Deputy Chairman".
[[nodiscard]] std::span<const char *const> headFunctions();
/// Functions for delegates and advisers, e.g. "Head of International Cooperation Department";
/// interpreters and security officers get theirs from their role.
[[nodiscard]] std::span<const char *const> memberFunctions();

} // namespace Plenary::DemoNames
