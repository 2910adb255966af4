// SPDX-License-Identifier: MIT
#include "eventsettings.h"

#include "eventstore.h"
#include "qmlresult.h"

#include <QLocale>

namespace Plenary {

EventSettings::EventSettings(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    reload();
}

void EventSettings::reload()
{
    Result<std::optional<EventInfo>> loaded = EventStore(m_database).load();
    if (!loaded.ok()) {
        Q_EMIT failed(loaded.error().describe());
        return;
    }
    m_exists = loaded.value().has_value();
    m_event = loaded.value().value_or(EventInfo {});
    Q_EMIT changed();
}

QString EventSettings::dateRange() const
{
    return dateRangeOf(m_event);
}

QString EventSettings::dateRangeOf(const EventInfo &event)
{
    const QDate &first = event.firstDay;
    const QDate &last = event.lastDay;
    if (!first.isValid() || !last.isValid())
        return {};
    const QLocale english(QLocale::English);
    if (first == last)
        return english.toString(first, QStringLiteral("d MMMM yyyy"));
    if (first.year() == last.year() && first.month() == last.month())
        return QStringLiteral("%1–%2")
            .arg(first.day())
            .arg(english.toString(last, QStringLiteral("d MMMM yyyy")));
    if (first.year() == last.year())
        return QStringLiteral("%1 – %2").arg(english.toString(first, QStringLiteral("d MMMM")),
                                             english.toString(last, QStringLiteral("d MMMM yyyy")));
    return QStringLiteral("%1 – %2").arg(english.toString(first, QStringLiteral("d MMMM yyyy")),
                                         english.toString(last, QStringLiteral("d MMMM yyyy")));
}

EventInfo EventSettings::fromFields(const QVariantMap &fields)
{
    EventInfo event;
    event.name = fields.value(QStringLiteral("name")).toString();
    event.venue = fields.value(QStringLiteral("venue")).toString();
    event.city = fields.value(QStringLiteral("city")).toString();
    event.timeZone = fields.value(QStringLiteral("timeZone")).toString();
    event.firstDay =
        QDate::fromString(fields.value(QStringLiteral("firstDay")).toString().trimmed(), Qt::ISODate);
    event.lastDay =
        QDate::fromString(fields.value(QStringLiteral("lastDay")).toString().trimmed(), Qt::ISODate);
    event.languages = fields.value(QStringLiteral("languages")).toStringList();
    return event;
}

QVariantMap EventSettings::validate(const QVariantMap &fields) const
{
    return toQmlResult(EventStore::validate(fromFields(fields)));
}

QVariantMap EventSettings::save(const QVariantMap &fields)
{
    const Status saved = EventStore(m_database).save(fromFields(fields));
    if (!saved.ok() && !isFormError(saved.error()))
        Q_EMIT failed(saved.error().describe());
    if (saved.ok())
        reload();
    return toQmlResult(saved);
}

QString EventSettings::weekday(const QString &isoDate) const
{
    const QDate date = QDate::fromString(isoDate.trimmed(), Qt::ISODate);
    return date.isValid() ? QLocale(QLocale::English).dayName(date.dayOfWeek()) : QString();
}

} // namespace Plenary
