// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// Writes the report `request` asks for: the one call the command line and the Reports page
/// share. Runs on any thread with a connection of that thread's own; the file appears only
/// when the report is complete.
[[nodiscard]] Result<ReportOutcome> writeReport(const Database &database, const ReportRequest &request);

} // namespace Plenary
