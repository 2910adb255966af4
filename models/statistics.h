// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QJsonObject>

namespace Plenary {

/// The counts `plenary stats` prints (keys of cli.md); 0 for what this version does not keep yet.
struct EventCounts
{
    qint64 delegations = 0;
    qint64 participants = 0;
    qint64 countries = 0; ///< distinct countries of the delegations
    qint64 rooms = 0;
    qint64 sessions = 0;
    qint64 speakingSlots = 0;
    qint64 notes = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

/// Counts the event's contents in one statement.
[[nodiscard]] Result<EventCounts> countEvent(const Database &database);

} // namespace Plenary
