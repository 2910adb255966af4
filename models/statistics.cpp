// SPDX-License-Identifier: MIT
#include "statistics.h"

namespace Plenary {

QJsonObject EventCounts::toJson() const
{
    return QJsonObject {
        {QStringLiteral("delegations"), delegations},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("countries"), countries},
        {QStringLiteral("rooms"), rooms},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("speaking_slots"), speakingSlots},
        {QStringLiteral("notes"), notes},
    };
}

Result<EventCounts> countEvent(const Database &database)
{
    Statement query(
        database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM delegation), (SELECT count(*) FROM participant), "
                       "(SELECT count(DISTINCT country_code) FROM delegation)"));
    if (Status run = query.exec(); !run)
        return run.error();
    EventCounts counts;
    if (query.next()) {
        counts.delegations = query.value(0).toLongLong();
        counts.participants = query.value(1).toLongLong();
        counts.countries = query.value(2).toLongLong();
    }
    return counts;
}

} // namespace Plenary
