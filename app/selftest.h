// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace Plenary {

/// Counts QML warnings and errors from the moment it is made; call before loading QML.
void startWarningCount();

/// Walks the loaded main window through every step its `selfTestSteps` names, saving a PNG of
/// each into `screenshotDir` when given. Returns the exit code: 0 when no QML warning or error
/// was logged, 1 otherwise.
[[nodiscard]] int runSelfTest(QQmlApplicationEngine &engine, const QString &screenshotDir);

} // namespace Plenary
