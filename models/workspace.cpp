// SPDX-License-Identifier: MIT
#include "workspace.h"

#include "checkindesk.h"
#include "conflictmodel.h"
#include "countries.h"
#include "database.h"
#include "delegationmodel.h"
#include "edithistory.h"
#include "eventsettings.h"
#include "minutessearchmodel.h"
#include "openactionitemsmodel.h"
#include "participantexchange.h"
#include "participantmodel.h"
#include "roommodel.h"
#include "scheduleexchange.h"
#include "timetablemodel.h"
#include "vocabulary.h"

#include <QSettings>
#include <QTimeZone>

namespace Plenary {

namespace {
Workspace *s_instance = nullptr;
}

Workspace::Workspace(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_event(new EventSettings(database, this))
    , m_delegations(new DelegationModel(database, this))
    , m_participants(new ParticipantModel(database, ParticipantModel::Ordering::NameOrder, this))
    , m_delegationMembers(new ParticipantModel(database, ParticipantModel::Ordering::ProtocolOrder, this))
    , m_checkIn(new CheckInDesk(database, m_event, this))
    , m_exchange(new ParticipantExchange(database, this))
    , m_conflicts(new ConflictModel(database, this))
    , m_schedules(new ScheduleExchange(database, this))
    , m_history(new EditHistory(database, this))
    , m_timetable(new TimetableModel(database, m_event, this))
    , m_unscheduled(new UnscheduledSessionModel(database, this))
    , m_rooms(new RoomModel(database, this))
    , m_minutesSearch(new MinutesSearchModel(database, m_event, this))
    , m_openActionItems(new OpenActionItemsModel(database, this))
{
    connect(m_minutesSearch, &MinutesSearchModel::failed, this, &Workspace::errorOccurred);
    connect(m_openActionItems, &OpenActionItemsModel::failed, this, &Workspace::errorOccurred);
    m_delegations->setHistory(m_history);
    m_participants->setHistory(m_history);
    m_delegationMembers->setHistory(m_history);
    m_checkIn->setHistory(m_history);
    // An undo may touch any record: every view reads again.
    connect(m_history, &EditHistory::applied, m_delegations, &DelegationModel::reload);
    connect(m_history, &EditHistory::applied, m_participants, &ParticipantModel::refresh);
    connect(m_history, &EditHistory::applied, m_participants, &ParticipantModel::photoWritten);
    connect(m_history, &EditHistory::applied, m_delegationMembers, &ParticipantModel::refresh);
    connect(m_history, &EditHistory::applied, m_checkIn, &CheckInDesk::refresh);
    connect(m_history, &EditHistory::failed, this, &Workspace::errorOccurred);
    // Members and heads show on both pages: a write on one refreshes the other.
    connect(m_participants, &ParticipantModel::participantsWritten, m_delegations, &DelegationModel::reload);
    connect(m_delegations, &DelegationModel::delegationsWritten, m_participants, &ParticipantModel::refresh);
    connect(m_participants, &ParticipantModel::participantsWritten, m_delegationMembers,
            &ParticipantModel::refresh);
    connect(m_delegations, &DelegationModel::delegationsWritten, m_delegationMembers,
            &ParticipantModel::refresh);
    connect(m_event, &EventSettings::failed, this, &Workspace::errorOccurred);
    connect(m_timetable, &TimetableModel::sessionWritten, m_unscheduled, &UnscheduledSessionModel::reload);
    connect(m_timetable, &TimetableModel::failed, this, &Workspace::errorOccurred);
    connect(m_unscheduled, &UnscheduledSessionModel::failed, this, &Workspace::errorOccurred);
    connect(m_rooms, &RoomModel::failed, this, &Workspace::errorOccurred);
    connect(m_delegations, &DelegationModel::failed, this, &Workspace::errorOccurred);
    connect(m_participants, &ParticipantModel::failed, this, &Workspace::errorOccurred);
    // A check-in changes a row of the participants page; a change there may change the desk's card.
    connect(m_checkIn, &CheckInDesk::participantMoved, m_participants, &ParticipantModel::refresh);
    connect(m_participants, &ParticipantModel::participantsWritten, m_checkIn, &CheckInDesk::refresh);
    connect(m_checkIn, &CheckInDesk::failed, this, &Workspace::errorOccurred);
    connect(m_exchange, &ParticipantExchange::participantsImported, m_participants,
            &ParticipantModel::refresh);
    connect(m_exchange, &ParticipantExchange::participantsImported, m_delegations, &DelegationModel::reload);
    // Acknowledgements are recorded under the desk user. The engine follows session edits
    // (sessionChanged); what it does not follow (delegations' stays, people's names, the
    // event's days and zone, an undo) makes it check again.
    m_conflicts->setActor(deskUser());
    connect(this, &Workspace::deskUserChanged, m_conflicts, [this] { m_conflicts->setActor(deskUser()); });
    connect(m_conflicts, &ConflictModel::failed, this, &Workspace::errorOccurred);
    connect(m_delegations, &DelegationModel::delegationsWritten, m_conflicts, &ConflictModel::reload);
    connect(m_participants, &ParticipantModel::participantsWritten, m_conflicts, &ConflictModel::reload);
    connect(m_event, &EventSettings::changed, m_conflicts, &ConflictModel::reload);
    connect(m_history, &EditHistory::applied, m_conflicts, &ConflictModel::reload);
    // The timetable draws the engine's marks; a move there re-checks that session only.
    m_timetable->setConflictLookup([this](qint64 sessionId) {
        ConflictMark mark;
        mark.severity = m_conflicts->worstOf(sessionId);
        QStringList lines;
        for (const Conflict &c : m_conflicts->engine().conflictsOf(sessionId))
            lines.append(c.acknowledged ? QStringLiteral("%1 (acknowledged)").arg(c.message) : c.message);
        mark.text = lines.join(u'\n');
        return mark;
    });
    connect(m_timetable, &TimetableModel::sessionWritten, m_conflicts, &ConflictModel::sessionChanged);
    connect(m_conflicts, &ConflictModel::countsChanged, m_timetable, &TimetableModel::refreshConflicts);
    connect(m_conflicts, &ConflictModel::sessionSeverityChanged, m_timetable,
            &TimetableModel::refreshConflicts);
    // A schedule brings its speakers as participants.
    connect(m_schedules, &ScheduleExchange::scheduleImported, m_participants, &ParticipantModel::refresh);
    // ...and may give an empty event its name, days and zone.
    connect(m_schedules, &ScheduleExchange::scheduleImported, m_event, &EventSettings::reload);
    connect(m_schedules, &ScheduleExchange::scheduleImported, m_conflicts, &ConflictModel::reload);
}

Workspace::~Workspace()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

Workspace *Workspace::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Workspace::create", "the composition root sets the workspace before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Workspace *Workspace::instance()
{
    return s_instance;
}

QString Workspace::databasePath() const
{
    return m_database.path();
}

QString Workspace::deskUser() const
{
    const QString systemUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QSettings().value(QStringLiteral("desk/user"), systemUser).toString();
}

void Workspace::setDeskUser(const QString &name)
{
    if (name.trimmed() == deskUser())
        return;
    QSettings().setValue(QStringLiteral("desk/user"), name.trimmed());
    Q_EMIT deskUserChanged();
}

QVariantList Workspace::countries() const
{
    QVariantList list;
    for (const Countries::Country &country : Countries::all()) {
        list.append(QVariantMap {{QStringLiteral("value"), country.code},
                                 {QStringLiteral("label"), country.name},
                                 {QStringLiteral("flag"), Countries::flag(country.code)}});
    }
    return list;
}

QVariantList Workspace::languages() const
{
    QVariantList list;
    for (const Countries::Language &language : Countries::languages())
        list.append(
            QVariantMap {{QStringLiteral("value"), language.code}, {QStringLiteral("label"), language.name}});
    return list;
}

QStringList Workspace::timeZones() const
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // IANA region/city names only; the legacy aliases (EST5EDT, Etc/GMT+3) confuse users.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            zones.append(QString::fromLatin1(id));
    }
    zones.sort();
    return zones;
}

QVariantList Workspace::delegationKinds() const
{
    return Vocabulary::choices(Vocabulary::delegationKinds());
}
QVariantList Workspace::delegationStatuses() const
{
    return Vocabulary::choices(Vocabulary::delegationStatuses());
}
QVariantList Workspace::roles() const
{
    return Vocabulary::choices(Vocabulary::roles());
}
QVariantList Workspace::accreditationStates() const
{
    return Vocabulary::choices(Vocabulary::accreditationStates());
}

QString Workspace::countryName(const QString &code) const
{
    return Countries::name(code);
}
QString Workspace::languageName(const QString &code) const
{
    return Countries::languageName(code);
}

QString Workspace::timeZoneLabel(const QString &ianaId) const
{
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return ianaId;
    const int offset = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return QStringLiteral("%1 (UTC%2%3:%4)")
        .arg(ianaId, sign)
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace Plenary
