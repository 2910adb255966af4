// SPDX-License-Identifier: MIT
#include "agendatext.h"

#include "agendastore.h"
#include "delegationstore.h"
#include "participantstore.h"

#include <QLocale>

#include <algorithm>

namespace Plenary {

Status ReportPeople::load(const Database &database, QList<qint64> ids)
{
    Result<QList<DelegationSummary>> delegations = DelegationStore(database).list();
    if (!delegations.ok())
        return delegations.error();
    for (const DelegationSummary &d : delegations.value())
        m_delegations.insert(d.delegation.id, d.delegation.name);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Pages of ids keep each statement under SQLite's limit of bound values.
    constexpr qsizetype kPage = 500;
    const ParticipantStore store(database);
    for (qsizetype first = 0; first < ids.size(); first += kPage) {
        const std::span<const qint64> page(ids.constData() + first,
                                           std::size_t(std::min(kPage, ids.size() - first)));
        Result<QList<ParticipantRow>> rows = store.rows(page);
        if (!rows.ok())
            return rows.error();
        for (const ParticipantRow &row : rows.value())
            m_people.insert(row.participant.id,
                            {row.participant.displayName(), row.participant.nativeName, row.delegationName});
    }
    return {};
}

QString ReportPeople::name(qint64 participantId) const
{
    return m_people.value(participantId).name;
}

QString ReportPeople::nativeName(qint64 participantId) const
{
    return m_people.value(participantId).nativeName;
}

QString ReportPeople::delegationOf(qint64 participantId) const
{
    return m_people.value(participantId).delegation;
}

QString ReportPeople::delegation(qint64 delegationId) const
{
    return m_delegations.value(delegationId);
}

QString ReportPeople::person(qint64 participantId) const
{
    const Person found = m_people.value(participantId);
    QString text = found.name;
    if (!found.nativeName.isEmpty())
        text += u' ' + found.nativeName;
    if (!found.delegation.isEmpty())
        text += QStringLiteral(" (%1)").arg(found.delegation);
    return text;
}

QString ReportPeople::speakingFor(const SpeakingSlot &slot) const
{
    if (slot.onBehalfOf)
        return delegation(*slot.onBehalfOf);
    return slot.speakerId ? delegationOf(*slot.speakerId) : QString();
}

QString ReportPeople::speaker(const SpeakingSlot &slot) const
{
    const QString behalf = speakingFor(slot);
    if (!slot.speakerId)
        return behalf.isEmpty() ? QStringLiteral("Speaker to be named") : behalf;
    const Person found = m_people.value(*slot.speakerId);
    QString text = found.name;
    if (!found.nativeName.isEmpty())
        text += u' ' + found.nativeName;
    if (!behalf.isEmpty())
        text += QStringLiteral(" (%1)").arg(behalf);
    return text;
}

namespace AgendaText {

QString timeRange(const AgendaSession &session, const QTimeZone &zone)
{
    if (!session.isScheduled())
        return QStringLiteral("Time to be announced");
    const QString format = QStringLiteral("HH:mm");
    return session.startsAt.toTimeZone(zone).toString(format) + QStringLiteral("–")
        + session.endsAt.toTimeZone(zone).toString(format);
}

QString longDay(const QDate &day)
{
    return QLocale(QLocale::English).toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return QStringLiteral("Times in %1 (%2)")
        .arg(QString::fromUtf8(zone.id()), zone.displayName(when, QTimeZone::OffsetName));
}

QHash<qint64, Room> roomsById(const QList<Room> &rooms)
{
    QHash<qint64, Room> byId;
    for (const Room &room : rooms)
        byId.insert(room.id, room);
    return byId;
}

Result<QHash<qint64, Room>> readRooms(const Database &database)
{
    Result<QList<Room>> rooms = AgendaStore(database).rooms();
    if (!rooms.ok())
        return rooms.error();
    return roomsById(rooms.value());
}

QString roomName(const QHash<qint64, Room> &rooms, const AgendaSession &session)
{
    if (session.roomId) {
        if (auto it = rooms.constFind(*session.roomId); it != rooms.cend())
            return it->name;
    }
    return QStringLiteral("Room to be announced");
}

} // namespace AgendaText

} // namespace Plenary
