// SPDX-License-Identifier: MIT
#include "eventstore.h"

#include "countries.h"
#include "sqlvalues.h"

#include <QTimeZone>

namespace Plenary {

QTimeZone EventStore::zone() const
{
    const Result<std::optional<EventInfo>> event = load();
    if (!event.ok() || !event.value())
        return QTimeZone::utc();
    const QTimeZone zone(event.value()->timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Result<std::optional<EventInfo>> EventStore::load() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT name, venue, city, time_zone, first_day, last_day, languages "
                                   "FROM event WHERE id = 1"));
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return std::optional<EventInfo>();
    EventInfo event;
    event.name = query.value(0).toString();
    event.venue = query.value(1).toString();
    event.city = query.value(2).toString();
    event.timeZone = query.value(3).toString();
    event.firstDay = SqlValues::toDate(query.value(4));
    event.lastDay = SqlValues::toDate(query.value(5));
    event.languages = query.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::optional<EventInfo>(event);
}

Status EventStore::validate(const EventInfo &event)
{
    if (event.name.trimmed().isEmpty())
        return Error {QStringLiteral("The event needs a name."), QStringLiteral("name"), 0};
    if (!QTimeZone::isTimeZoneIdAvailable(event.timeZone.toUtf8()))
        return Error {QStringLiteral("\"%1\" is not a known IANA time zone.").arg(event.timeZone),
                      QStringLiteral("timeZone"), 0};
    if (!event.firstDay.isValid())
        return Error {QStringLiteral("The first day must be a date (YYYY-MM-DD)."),
                      QStringLiteral("firstDay"), 0};
    if (!event.lastDay.isValid())
        return Error {QStringLiteral("The last day must be a date (YYYY-MM-DD)."), QStringLiteral("lastDay"),
                      0};
    if (event.lastDay < event.firstDay)
        return Error {QStringLiteral("The last day comes before the first day."), QStringLiteral("lastDay"),
                      0};
    if (event.languages.isEmpty())
        return Error {QStringLiteral("Choose at least one working language."), QStringLiteral("languages"),
                      0};
    for (const QString &code : event.languages) {
        if (Countries::languageName(code).isEmpty())
            return Error {QStringLiteral("\"%1\" is not an ISO 639-1 language code.").arg(code),
                          QStringLiteral("languages"), 0};
    }
    return {};
}

Status EventStore::save(const EventInfo &event) const
{
    if (Status valid = validate(event); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement upsert(
        transaction.connection(),
        QStringLiteral("INSERT INTO event (id, name, venue, city, time_zone, first_day, last_day, languages) "
                       "VALUES (1, :name, :venue, :city, :zone, :first, :last, :languages) "
                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name, venue = excluded.venue, "
                       "city = excluded.city, time_zone = excluded.time_zone, "
                       "first_day = excluded.first_day, last_day = excluded.last_day, "
                       "languages = excluded.languages"));
    upsert.bind(QStringLiteral(":name"), event.name.trimmed())
        .bind(QStringLiteral(":venue"), event.venue.trimmed())
        .bind(QStringLiteral(":city"), event.city.trimmed())
        .bind(QStringLiteral(":zone"), event.timeZone)
        .bind(QStringLiteral(":first"), SqlValues::fromDate(event.firstDay))
        .bind(QStringLiteral(":last"), SqlValues::fromDate(event.lastDay))
        .bind(QStringLiteral(":languages"), event.languages.join(QLatin1Char(',')));
    if (Status run = upsert.exec(); !run)
        return run;
    return transaction.commit();
}

} // namespace Plenary
