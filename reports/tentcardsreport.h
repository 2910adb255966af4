// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

namespace Plenary {

class Database;

/// Name (tent) cards: one A4 landscape sheet per delegation, folded at 105 mm (the fold marked
/// lightly), the delegation's name large on both faces, the upper face turned 180° so that
/// both read upright when the card stands. In protocol seating order: countries alphabetically
/// by English name starting from the one drawn by lot (SeatingStore: the first name cards
/// draw it, every later report reuses it), then organisations alphabetically. Withdrawn
/// delegations get none; `request.delegationId` prints one delegation's card.
class TentCardsReport
{
public:
    TentCardsReport(const Database &database, const ReportRequest &request);
    [[nodiscard]] Result<ReportOutcome> write();

private:
    const Database &m_database;
    const ReportRequest &m_request;
};

} // namespace Plenary
