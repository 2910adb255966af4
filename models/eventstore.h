// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QTimeZone>

#include <optional>

namespace Plenary {

/// Reads and writes the event's own settings (one row).
class EventStore
{
public:
    explicit EventStore(const Database &database)
        : m_database(database)
    { }

    /// The event, or nothing when the database is still empty.
    [[nodiscard]] Result<std::optional<EventInfo>> load() const;
    [[nodiscard]] Status save(const EventInfo &event) const;
    /// The event's time zone; UTC when there is no event yet or its zone is unknown.
    [[nodiscard]] QTimeZone zone() const;
    /// Checks what a user typed: required name, a real IANA zone, ordered dates, known languages.
    [[nodiscard]] static Status validate(const EventInfo &event);

private:
    const Database &m_database;
};

} // namespace Plenary
