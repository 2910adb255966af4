// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace Plenary {

class Database;

/// The event's settings for the window: read-only properties, changed through `save()`.
class EventSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.event")
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString venue READ venue NOTIFY changed)
    Q_PROPERTY(QString city READ city NOTIFY changed)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY changed)
    Q_PROPERTY(QString firstDay READ firstDay NOTIFY changed)
    Q_PROPERTY(QString lastDay READ lastDay NOTIFY changed)
    Q_PROPERTY(QStringList languages READ languages NOTIFY changed)
    Q_PROPERTY(QString dateRange READ dateRange NOTIFY changed)

public:
    explicit EventSettings(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] QString name() const { return m_event.name; }
    [[nodiscard]] QString venue() const { return m_event.venue; }
    [[nodiscard]] QString city() const { return m_event.city; }
    [[nodiscard]] QString timeZone() const { return m_event.timeZone; }
    [[nodiscard]] QString firstDay() const { return m_event.firstDay.toString(Qt::ISODate); }
    [[nodiscard]] QString lastDay() const { return m_event.lastDay.toString(Qt::ISODate); }
    [[nodiscard]] QStringList languages() const { return m_event.languages; }
    /// "18–20 May 2027", the way a programme's title page says it.
    [[nodiscard]] QString dateRange() const;
    /// "18–20 May 2027" (English): the event's days as the window and the reports print them.
    [[nodiscard]] static QString dateRangeOf(const EventInfo &event);

    /// Validates and stores `fields` (name, venue, city, timeZone, firstDay, lastDay, languages).
    Q_INVOKABLE QVariantMap save(const QVariantMap &fields);
    /// Checks `fields` without storing them: `{ok, message, field}` as you type.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    /// "Tuesday" for an ISO date, empty when the text is not a date.
    Q_INVOKABLE QString weekday(const QString &isoDate) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    [[nodiscard]] static EventInfo fromFields(const QVariantMap &fields);

    const Database &m_database;
    EventInfo m_event;
    bool m_exists = false;
};

} // namespace Plenary
