// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// The delegation summary: every delegation (grouped by kind: member states, observer states,
/// organisations...; countries by their English name) with its participants counted by role
/// and by accreditation state, a subtotal per kind and the event's totals. Landscape A4.
class DelegationsReport
{
public:
    DelegationsReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
