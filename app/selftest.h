// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QQmlApplicationEngine;
class QQmlEngine;

namespace Plenary {

/// Counts QML, JavaScript and Qt Quick warnings and errors from now on; call before the engine
/// loads anything.
void startWarningCount(QQmlEngine &engine);

/// Walks the loaded main window through every step its `selfTestSteps` names, saving a PNG of
/// each into `screenshotDir` when given. Returns the exit code: 0 when no QML warning or error
/// was logged, 1 otherwise.
[[nodiscard]] int runSelfTest(QQmlApplicationEngine &engine, const QString &screenshotDir);

} // namespace Plenary
