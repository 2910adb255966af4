// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// The programme: the scheduled sessions by day (a heading per day, sessions in time order with
/// their room) or by room (a heading per room, sessions in time order with their day), each with
/// its kind, chairs and speakers' list. One day or one room on request; sessions that are not
/// public only when asked (the pages are then marked RESTRICTED). Times in the event's zone.
class ProgrammeReport
{
public:
    ProgrammeReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
