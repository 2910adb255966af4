// SPDX-License-Identifier: MIT
// What the report tests share to set up their people: a delegation, an approved participant.
#pragma once

#include "database.h"
#include "delegationstore.h"
#include "domain.h"

#include <QString>

namespace Plenary::TestSupport {

/// A delegation of `country` (an international organisation when empty) named `name`.
inline qint64 addDelegation(const Database &db, const QString &country, const QString &name)
{
    Delegation d;
    d.countryCode = country;
    d.name = name;
    if (country.isEmpty())
        d.kind = QStringLiteral("international_organisation");
    return DelegationStore(db).insert(d).value();
}

/// An approved participant of `delegation`, not yet written.
inline Participant approvedPerson(qint64 delegation, const QString &given, const QString &family,
                                  const QString &role, const QString &native = {})
{
    Participant p;
    p.delegationId = delegation;
    p.givenNames = given;
    p.familyName = family;
    p.role = role;
    p.nativeName = native;
    p.accreditationState = QStringLiteral("approved");
    return p;
}

} // namespace Plenary::TestSupport
