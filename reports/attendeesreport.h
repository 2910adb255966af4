// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// The list of participants: grouped by delegation (countries in English alphabetical order,
/// then organisations, heads of delegation first, then by role and name), alphabetical by
/// family name, or by role; the chosen columns; rejected and withdrawn people left out.
/// Rows are one line each, so 100,000 people lay out by arithmetic and print in seconds.
class AttendeesReport
{
public:
    /// Column codes in the order they print; "name" always comes first.
    [[nodiscard]] static QStringList columnCodes();
    [[nodiscard]] static QStringList defaultColumns(const QString &order);

    AttendeesReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
