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
                       "(SELECT count(DISTINCT country_code) FROM delegation), (SELECT count(*) FROM room), "
                       "(SELECT count(*) FROM agenda_session), (SELECT count(*) FROM speaking_slot), "
                       "(SELECT count(*) FROM note)"));
    if (Status run = query.exec(); !run)
        return run.error();
    EventCounts counts;
    if (query.next()) {
        counts.delegations = query.value(0).toLongLong();
        counts.participants = query.value(1).toLongLong();
        counts.countries = query.value(2).toLongLong();
        counts.rooms = query.value(3).toLongLong();
        counts.sessions = query.value(4).toLongLong();
        counts.speakingSlots = query.value(5).toLongLong();
        counts.notes = query.value(6).toLongLong();
    }
    return counts;
}

} // namespace Plenary
