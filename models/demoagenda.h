// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <span>

namespace Plenary {

/// What the demo's agenda is drawn from: the event, and the delegations and people the demo
/// has just written (with their ids).
struct DemoAgendaInput
{
    const EventInfo &event;
    std::span<const Delegation> delegations;
    std::span<const Participant> people;
    quint64 seed = 1;
};

/// The forum's programme: three days in six rooms, about sixty sessions (an opening ceremony,
/// general-debate plenaries with heads of delegation in protocol order, panels, closed
/// sessions, bilaterals, side events, breaks, a closing session adopting a proposal, two
/// unscheduled sessions) with exactly two deliberate warnings: a speaker double-booked and a
/// room change faster than the travel buffer. Written through AgendaStore's batch inserts
/// inside the caller's transaction; the same seed gives the same agenda.
[[nodiscard]] Status writeForumAgenda(const Database &database, const DemoAgendaInput &input);

/// The COP's programme: exactly 1,500 sessions in 72 rooms over the 12 days, with a few
/// deliberate conflicts of each kind (room and speaker double-bookings, attendance over
/// capacity, sessions outside the event's days) and six unscheduled side events.
[[nodiscard]] Status writeCopAgenda(const Database &database, const DemoAgendaInput &input);

} // namespace Plenary
