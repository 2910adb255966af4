// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace Plenary {

class CheckInDesk;
class ConflictModel;
class Database;
class DelegationModel;
class EditHistory;
class EventSettings;
class MinutesSearchModel;
class OpenActionItemsModel;
class ParticipantExchange;
class ParticipantModel;
class TimetableModel;
class UnscheduledSessionModel;
class RoomModel;
class ScheduleExchange;

/// What the window works on: the open database's models and the reference lists the forms
/// need. One per window, made by the composition root and handed to QML as a singleton.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Plenary::EventSettings *event READ event CONSTANT)
    Q_PROPERTY(Plenary::DelegationModel *delegations READ delegations CONSTANT)
    Q_PROPERTY(Plenary::ParticipantModel *participants READ participants CONSTANT)
    /// The members of one delegation (its delegationFilter) in protocol order.
    Q_PROPERTY(Plenary::ParticipantModel *delegationMembers READ delegationMembers CONSTANT)
    Q_PROPERTY(Plenary::CheckInDesk *checkIn READ checkIn CONSTANT)
    Q_PROPERTY(Plenary::ParticipantExchange *exchange READ exchange CONSTANT)
    /// The agenda's conflicts (the conflicts panel; the timetable draws worstOf()).
    Q_PROPERTY(Plenary::ConflictModel *conflicts READ conflicts CONSTANT)
    Q_PROPERTY(Plenary::ScheduleExchange *schedules READ schedules CONSTANT)
    /// Undo and redo of what was changed in this window.
    Q_PROPERTY(Plenary::EditHistory *history READ history CONSTANT)
    /// One day of the agenda, rooms as columns.
    Q_PROPERTY(Plenary::TimetableModel *timetable READ timetable CONSTANT)
    /// The sessions without a time or a room, beside the timetable.
    Q_PROPERTY(Plenary::UnscheduledSessionModel *unscheduled READ unscheduled CONSTANT)
    /// The rooms of the venue in column order.
    Q_PROPERTY(Plenary::RoomModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(Plenary::MinutesSearchModel *minutesSearch READ minutesSearch CONSTANT)
    Q_PROPERTY(Plenary::OpenActionItemsModel *openActionItems READ openActionItems CONSTANT)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(QString deskUser READ deskUser WRITE setDeskUser NOTIFY deskUserChanged)
    Q_PROPERTY(QVariantList countries READ countries CONSTANT)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QStringList timeZones READ timeZones CONSTANT)
    Q_PROPERTY(QVariantList delegationKinds READ delegationKinds CONSTANT)
    Q_PROPERTY(QVariantList delegationStatuses READ delegationStatuses CONSTANT)
    Q_PROPERTY(QVariantList roles READ roles CONSTANT)
    Q_PROPERTY(QVariantList accreditationStates READ accreditationStates CONSTANT)

public:
    explicit Workspace(const Database &database, QObject *parent = nullptr);
    ~Workspace() override;

    /// The instance QML gets; set by the composition root before the engine loads.
    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /// The instance set by the composition root (null before): the editors QML creates read
    /// its database.
    [[nodiscard]] static Workspace *instance();
    [[nodiscard]] const Database &database() const { return m_database; }

    [[nodiscard]] EventSettings *event() const { return m_event; }
    [[nodiscard]] DelegationModel *delegations() const { return m_delegations; }
    [[nodiscard]] ParticipantModel *participants() const { return m_participants; }
    [[nodiscard]] ParticipantModel *delegationMembers() const { return m_delegationMembers; }
    [[nodiscard]] CheckInDesk *checkIn() const { return m_checkIn; }
    [[nodiscard]] ParticipantExchange *exchange() const { return m_exchange; }
    [[nodiscard]] ConflictModel *conflicts() const { return m_conflicts; }
    /// Schedule import (frab XML / JSON) for the agenda's dialog.
    [[nodiscard]] ScheduleExchange *schedules() const { return m_schedules; }
    [[nodiscard]] EditHistory *history() const { return m_history; }
    [[nodiscard]] TimetableModel *timetable() const { return m_timetable; }
    [[nodiscard]] UnscheduledSessionModel *unscheduled() const { return m_unscheduled; }
    [[nodiscard]] RoomModel *rooms() const { return m_rooms; }
    [[nodiscard]] MinutesSearchModel *minutesSearch() const { return m_minutesSearch; }
    [[nodiscard]] OpenActionItemsModel *openActionItems() const { return m_openActionItems; }
    [[nodiscard]] QString databasePath() const;
    /// The name accreditation changes are recorded under: set in the settings of this
    /// computer, the system user by default.
    [[nodiscard]] QString deskUser() const;
    void setDeskUser(const QString &name);
    [[nodiscard]] QVariantList countries() const;
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QStringList timeZones() const;
    [[nodiscard]] QVariantList delegationKinds() const;
    [[nodiscard]] QVariantList delegationStatuses() const;
    [[nodiscard]] QVariantList roles() const;
    [[nodiscard]] QVariantList accreditationStates() const;

    Q_INVOKABLE QString countryName(const QString &code) const;
    Q_INVOKABLE QString languageName(const QString &code) const;
    /// "Asia/Baku (UTC+04:00)".
    Q_INVOKABLE QString timeZoneLabel(const QString &ianaId) const;

Q_SIGNALS:
    /// The one place failures reach the user; the window shows them.
    void errorOccurred(const QString &message);
    void deskUserChanged();

private:
    const Database &m_database;
    EventSettings *m_event;
    DelegationModel *m_delegations;
    ParticipantModel *m_participants;
    ParticipantModel *m_delegationMembers;
    CheckInDesk *m_checkIn;
    ParticipantExchange *m_exchange;
    ConflictModel *m_conflicts;
    ScheduleExchange *m_schedules;
    EditHistory *m_history;
    TimetableModel *m_timetable;
    UnscheduledSessionModel *m_unscheduled;
    RoomModel *m_rooms;
    MinutesSearchModel *m_minutesSearch;
    OpenActionItemsModel *m_openActionItems;
};

} // namespace Plenary
