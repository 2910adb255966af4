// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <functional>

namespace Plenary {

/// What `plenary demo` builds.
struct DemoOptions
{
    enum class Scale {
        Forum, ///< a security forum in Baku: ~50 delegations, ~400 people
        Cop, ///< a climate conference: 200 delegations, 100,000 people
    };
    Scale scale = Scale::Forum;
    quint64 seed = 1;
    /// Told the share done (0–100); returning false cancels (nothing is written).
    std::function<bool(int percent)> progress;
};

/// Fills an empty database with a generated, deterministic event (fictional people, real
/// countries) in one transaction. Refuses a database that already holds an event.
[[nodiscard]] Status generateDemo(const Database &database, const DemoOptions &options);

} // namespace Plenary
