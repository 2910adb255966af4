// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

namespace Plenary {

/// Exit codes of cli.md.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

/// Runs a headless command on the database at `databasePath`; returns the exit code.
[[nodiscard]] int runCommand(const Invocation &invocation, const QString &databasePath);

} // namespace Plenary
