// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QVariantMap>

namespace Plenary {

/// `{ok, message, field}`: how a C++ result reaches a QML form, which marks the field.
[[nodiscard]] inline QVariantMap toQmlResult(const Status &status)
{
    if (status.ok())
        return {{QStringLiteral("ok"), true}};
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("message"), status.error().message},
            {QStringLiteral("field"), status.error().field}};
}

/// Whether an error is about the data a user typed (shown in the form) rather than a failure
/// of the system (shown by the window's one error banner).
[[nodiscard]] inline bool isFormError(const Error &error)
{
    return !error.field.isEmpty();
}

} // namespace Plenary
