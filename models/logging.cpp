// SPDX-License-Identifier: MIT
#include "logging.h"

#include "result.h"

Q_LOGGING_CATEGORY(lcStorage, "plenary.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "plenary.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "plenary.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReports, "plenary.reports", QtWarningMsg)

namespace Plenary {

QString Error::describe() const
{
    QString where;
    if (line > 0)
        where = QStringLiteral("line %1").arg(line);
    if (!field.isEmpty())
        where +=
            (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("field \"%1\"").arg(field);
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

} // namespace Plenary
