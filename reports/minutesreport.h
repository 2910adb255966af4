// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// The minutes of one session, or of the whole event (the sessions that have minutes, in time
/// order): per session its title and time, whether the minutes are final (by whom, when), the
/// notes (Markdown, a note on a speaking slot labelled with its speaker), the decisions with
/// their outcome and vote, and the action items. Public content always; restricted content
/// with includeRestricted; confidential content with includeConfidential (which includes the
/// restricted too). The frame marks the pages when either is included.
class MinutesReport
{
public:
    MinutesReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
