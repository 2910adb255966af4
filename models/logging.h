// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per layer, so that a user can turn on exactly the part they need to see
// (QT_LOGGING_RULES="plenary.storage.info=true"); by default only warnings are shown.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
