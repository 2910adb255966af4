// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per layer, so that a user can turn on exactly the part they need to see.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
