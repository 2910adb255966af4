// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

namespace Plenary {

/// What the demo's minutes are drawn from: the event (its agenda is already written) and the seed.
struct DemoMinutesInput
{
    const EventInfo &event;
    quint64 seed = 1;
};

/// The forum's minutes: a couple of hundred notes on the sessions of the story (each general
/// debate statement summarised on its speaking slot, in the speaker's language where that is
/// Russian, Azerbaijani, Chinese, Arabic, French or German), confidential notes in the closed
/// sessions only, restricted notes of the bilateral meetings and the drafting group, decisions
/// (the unanimous adoption of the permanent Secretariat, a vote, a rejection, a deferral), a
/// dozen action items and the opening ceremony's minutes final. Inside the caller's
/// transaction; the same seed gives the same minutes.
[[nodiscard]] Status writeForumMinutes(const Database &database, const DemoMinutesInput &input);

/// The COP's minutes: exactly 20,000 notes (one batch), some decisions and action items.
[[nodiscard]] Status writeCopMinutes(const Database &database, const DemoMinutesInput &input);

/// The number of notes the COP demo writes.
inline constexpr int kCopDemoNotes = 20000;

} // namespace Plenary
