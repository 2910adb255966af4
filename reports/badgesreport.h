// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// Badges on A4 sheets with crop marks: ID-1 cards (85.60 × 53.98 mm, 10 to a sheet in 2 × 5)
/// or A6 (4 to a sheet). Each carries the event, the photo (or a neutral placeholder), the
/// honorific, given names and FAMILY NAME (shrunk to fit when long), the name in its own
/// script, the delegation and its country, a band in the colour of the role, and a QR code of
/// the badge number as the check-in desk reads it (BadgeCode::payload()).
///
/// Only approved people get a badge (approved, badge printed, checked in); those without a
/// badge number are left out and counted in the outcome's notes (a badge that cannot be
/// scanned is no credential). Order: delegations as the list of participants has them
/// (countries by English name, then organisations, then people of none), heads first, then
/// by role and name, so that a delegation's badges come off the printer together. People are
/// read once (text only); photos are read and drawn a sheet at a time.
class BadgesReport
{
public:
    /// "card" (the default) and "a6".
    [[nodiscard]] static QStringList cardSizes();

    BadgesReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
