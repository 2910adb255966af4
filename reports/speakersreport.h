// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// The speakers' list of one session as the chair's table has it: the session's title, time
/// and room, then each speaker in order with the delegation spoken for, the topic, the minutes
/// allotted, the running total and the planned clock time each one takes the floor.
class SpeakersReport
{
public:
    SpeakersReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
