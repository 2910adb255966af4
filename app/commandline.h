// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Plenary {

/// What the user asked for on the command line (cli.md).
struct Invocation
{
    enum class Action { OpenWindow, SelfTest, RunCommand, ShowHelp, ShowVersion, UsageError };
    Action action = Action::OpenWindow;
    QString database; ///< --database or PLENARY_DATABASE; empty: the default database
    QString screenshots; ///< --screenshots DIR (self-test)
    QString command; ///< e.g. "demo"
    QStringList commandArgs; ///< what follows the command
    QString usageError; ///< set with Action::UsageError
};

/// Parses argv (without touching any Qt application object).
[[nodiscard]] Invocation parseCommandLine(const QStringList &arguments);
/// The text of --help.
[[nodiscard]] QString helpText();
/// `report --help`: every report kind and the options it reads.
[[nodiscard]] QString reportHelpText();
/// The report kinds' codes, for usage messages.
[[nodiscard]] QStringList reportKindCodes();

} // namespace Plenary
