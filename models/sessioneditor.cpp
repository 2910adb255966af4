// SPDX-License-Identifier: MIT
#include "sessioneditor.h"

#include "agendastore.h"
#include "database.h"
#include "eventstore.h"
#include "logging.h"
#include "participantstore.h"
#include "qmlresult.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Plenary {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm");

QString offsetText(int seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QStringLiteral("+");
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(std::abs(seconds) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(seconds) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

Error fieldError(const QString &message, const QString &field)
{
    return Error {message, field, 0};
}

} // namespace

SessionEditor::SessionEditor(QObject *parent)
    : QObject(parent)
{
    if (Workspace *workspace = Workspace::instance())
        m_database = &workspace->database();
    reload();
}

SessionEditor::SessionEditor(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(&database)
{
    reload();
}

LocalTime SessionEditor::toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // The wall clock read as if it were UTC; every offset in force around it is a candidate,
    // and a candidate counts when the zone really has that offset at the instant it gives.
    // None: a gap (clocks going forward); two: clocks going back. Qt's own constructor
    // silently moves gap times, which must not happen to a session.
    const QDateTime naive(date, time, Qt::UTC);
    QList<int> offsets;
    for (const int hours : {-36, -12, 0, 12, 36}) {
        const int offset = zone.offsetFromUtc(naive.addSecs(qint64(hours) * 3600));
        if (!offsets.contains(offset))
            offsets.append(offset);
    }
    QList<QDateTime> candidates;
    for (const int offset : offsets) {
        const QDateTime utc = naive.addSecs(-offset);
        if (zone.offsetFromUtc(utc) == offset && !candidates.contains(utc))
            candidates.append(utc);
    }
    if (candidates.isEmpty())
        return {};
    std::sort(candidates.begin(), candidates.end());
    return {candidates.first(), candidates.size() > 1};
}

QString SessionEditor::zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    const QString id = QString::fromUtf8(zone.id());
    QString city = id.section(u'/', -1).replace(u'_', u' ');
    if (id == u"UTC" || id.isEmpty())
        return QStringLiteral("UTC");
    const int offset = zone.offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    return QObject::tr("%1 time (%2)").arg(city, offsetText(offset));
}

QTime SessionEditor::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})[:.h]?(\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

void SessionEditor::setSessionId(int id)
{
    if (id == m_session.id && id != 0)
        return;
    m_session = AgendaSession();
    m_session.id = id;
    reload();
    Q_EMIT sessionIdChanged();
}

void SessionEditor::reload()
{
    const qint64 id = m_session.id;
    m_session = AgendaSession();
    m_session.id = id;
    m_chairInfo.clear();
    m_modified = false;
    if (!m_database) {
        m_validation = fieldError(tr("No database is open."), {});
        Q_EMIT changed();
        return;
    }
    const EventStore events(*m_database);
    if (Result<std::optional<EventInfo>> event = events.load(); event.ok() && event.value()) {
        const QString zoneId = event.value()->timeZone;
        if (zoneId != m_zoneId) {
            m_zoneId = zoneId;
            m_zone = QTimeZone(zoneId.toUtf8());
            if (!m_zone.isValid())
                m_zone = QTimeZone::utc();
            Q_EMIT zoneChanged();
        }
    }
    const AgendaStore store(*m_database);
    if (Result<QList<Room>> rooms = store.rooms(); rooms.ok()) {
        m_rooms = rooms.value();
        Q_EMIT roomsChanged();
    } else {
        Q_EMIT failed(rooms.error().message);
    }
    if (id != 0) {
        Result<AgendaSession> found = store.session(id);
        if (found.ok()) {
            m_session = found.value();
        } else {
            qCWarning(lcModels) << "session" << id << found.error().message;
            Q_EMIT failed(found.error().message);
        }
    }
    m_attendance = m_session.expectedAttendance ? QString::number(*m_session.expectedAttendance) : QString();
    setWallClock(m_session.startsAt, m_session.endsAt);
    loadChairNames();
    m_modified = false;
    update();
    m_modified = false;
}

void SessionEditor::startNew(const QDateTime &startUtc, qint64 roomId, int minutes)
{
    setSessionId(0);
    if (roomId > 0)
        m_session.roomId = roomId;
    if (startUtc.isValid())
        setWallClock(startUtc, startUtc.addSecs(qint64(std::max(minutes, 5)) * 60));
    update();
    m_modified = false;
}

void SessionEditor::setWallClock(const QDateTime &startUtc, const QDateTime &endUtc)
{
    const auto local = [this](const QDateTime &utc) { return utc.toTimeZone(m_zone); };
    m_startDate = startUtc.isValid() ? local(startUtc).date().toString(kDateFormat) : QString();
    m_startTime = startUtc.isValid() ? local(startUtc).time().toString(kTimeFormat) : QString();
    m_endDate = endUtc.isValid() ? local(endUtc).date().toString(kDateFormat) : QString();
    m_endTime = endUtc.isValid() ? local(endUtc).time().toString(kTimeFormat) : QString();
}

void SessionEditor::loadChairNames()
{
    if (!m_database || m_session.chairIds.isEmpty())
        return;
    const ParticipantStore participants(*m_database);
    const std::vector<qint64> ids(m_session.chairIds.cbegin(), m_session.chairIds.cend());
    Result<QList<ParticipantRow>> rows = participants.rows(ids);
    if (!rows.ok()) {
        Q_EMIT failed(rows.error().message);
        return;
    }
    for (const ParticipantRow &row : rows.value()) {
        m_chairInfo.insert(row.participant.id,
                           {{QStringLiteral("id"), row.participant.id},
                            {QStringLiteral("name"), row.participant.displayName()},
                            {QStringLiteral("delegation"), row.delegationName}});
    }
}

void SessionEditor::update()
{
    m_modified = true;
    m_notice.clear();
    m_validation = {};
    // Times: both or neither, each an existing wall-clock time of the zone, the end after the start.
    const bool hasStart = !m_startDate.trimmed().isEmpty() || !m_startTime.trimmed().isEmpty();
    const bool hasEnd = !m_endDate.trimmed().isEmpty() || !m_endTime.trimmed().isEmpty();
    m_session.startsAt = {};
    m_session.endsAt = {};
    Status times;
    const auto readTime = [&](const QString &dateText, const QString &timeText, const QString &field,
                              const QString &what) -> QDateTime {
        const QDate date = QDate::fromString(dateText.trimmed(), kDateFormat);
        const QTime time = parseTime(timeText);
        if (!date.isValid()) {
            times = fieldError(tr("The %1 date is a date such as 2027-05-18.").arg(what), field);
            return {};
        }
        if (!time.isValid()) {
            times = fieldError(tr("The %1 time is a time such as 09:30.").arg(what), field);
            return {};
        }
        const LocalTime converted = toUtc(date, time, m_zone);
        if (!converted.utc.isValid()) {
            times = fieldError(tr("%1 on %2 does not exist in %3: the clocks go forward then. Choose "
                                  "another time.")
                                   .arg(time.toString(kTimeFormat), date.toString(kDateFormat),
                                        zoneLabel(m_zone, QDateTime(date, time, Qt::UTC))),
                               field);
            return {};
        }
        if (converted.ambiguous) {
            m_notice = tr("%1 on %2 happens twice (the clocks go back): the first one, %3, is used.")
                           .arg(time.toString(kTimeFormat), date.toString(kDateFormat),
                                offsetText(m_zone.offsetFromUtc(converted.utc)));
        }
        return converted.utc;
    };
    if (hasStart && !hasEnd) {
        times = fieldError(tr("A scheduled session needs an end as well as a start."), QStringLiteral("end"));
    } else if (hasEnd && !hasStart) {
        times =
            fieldError(tr("A scheduled session needs a start as well as an end."), QStringLiteral("start"));
    } else if (hasStart) {
        const QDateTime start = readTime(m_startDate, m_startTime, QStringLiteral("start"), tr("start"));
        const QDateTime end =
            times ? readTime(m_endDate, m_endTime, QStringLiteral("end"), tr("end")) : QDateTime();
        if (times && end <= start)
            times = fieldError(tr("The session must end after it starts (for one that crosses midnight, "
                                  "give the next day as the end date)."),
                               QStringLiteral("end"));
        if (times) {
            m_session.startsAt = start;
            m_session.endsAt = end;
        }
    }

    bool attendanceOk = true;
    m_session.expectedAttendance.reset();
    if (!m_attendance.trimmed().isEmpty()) {
        const int value = m_attendance.trimmed().toInt(&attendanceOk);
        attendanceOk = attendanceOk && value >= 0;
        if (attendanceOk)
            m_session.expectedAttendance = value;
    }
    const bool roomKnown = !m_session.roomId
        || std::any_of(m_rooms.cbegin(), m_rooms.cend(),
                       [this](const Room &r) { return r.id == *m_session.roomId; });

    // The order of the form, so that the first message is the one nearest the top.
    if (m_session.title.trimmed().isEmpty())
        m_validation = fieldError(tr("A session needs a title."), QStringLiteral("title"));
    else if (!Vocabulary::contains(Vocabulary::sessionKinds(), m_session.kind))
        m_validation = fieldError(tr("Choose a kind of session."), QStringLiteral("kind"));
    else if (!roomKnown)
        m_validation = fieldError(tr("This room no longer exists: choose another."), QStringLiteral("room"));
    else if (!times)
        m_validation = times;
    else if (!Vocabulary::contains(Vocabulary::sessionVisibilities(), m_session.visibility))
        m_validation = fieldError(tr("Choose public or restricted."), QStringLiteral("visibility"));
    else if (!attendanceOk)
        m_validation = fieldError(tr("Expected attendance is a number of people, 0 or more."),
                                  QStringLiteral("expectedAttendance"));
    Q_EMIT changed();
}

void SessionEditor::setTitle(const QString &title)
{
    if (title == m_session.title)
        return;
    m_session.title = title;
    update();
}

void SessionEditor::setKind(const QString &kind)
{
    if (kind == m_session.kind)
        return;
    m_session.kind = kind;
    update();
}

QString SessionEditor::kindLabel() const
{
    return Vocabulary::label(Vocabulary::sessionKinds(), m_session.kind);
}

void SessionEditor::setRoomId(int id)
{
    if (id == roomId())
        return;
    m_session.roomId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    update();
}

QString SessionEditor::roomName() const
{
    for (const Room &room : m_rooms) {
        if (m_session.roomId && room.id == *m_session.roomId)
            return room.name;
    }
    return {};
}

void SessionEditor::setStartDate(const QString &date)
{
    if (date == m_startDate)
        return;
    // The end keeps its distance to the start day, so that a session crossing midnight stays
    // one when its start day changes.
    const QDate oldStart = QDate::fromString(m_startDate, kDateFormat);
    const QDate newStart = QDate::fromString(date.trimmed(), kDateFormat);
    const QDate oldEnd = QDate::fromString(m_endDate, kDateFormat);
    if (oldStart.isValid() && newStart.isValid() && oldEnd.isValid())
        m_endDate = newStart.addDays(oldStart.daysTo(oldEnd)).toString(kDateFormat);
    else if (newStart.isValid() && m_endDate.trimmed().isEmpty())
        m_endDate = newStart.toString(kDateFormat);
    m_startDate = date;
    update();
}

void SessionEditor::setStartTime(const QString &time)
{
    if (time == m_startTime)
        return;
    m_startTime = time;
    update();
}

void SessionEditor::setEndDate(const QString &date)
{
    if (date == m_endDate)
        return;
    m_endDate = date;
    update();
}

void SessionEditor::setEndTime(const QString &time)
{
    if (time == m_endTime)
        return;
    m_endTime = time;
    update();
}

void SessionEditor::setDescription(const QString &description)
{
    if (description == m_session.description)
        return;
    m_session.description = description;
    update();
}

void SessionEditor::setVisibility(const QString &visibility)
{
    if (visibility == m_session.visibility)
        return;
    m_session.visibility = visibility;
    update();
}

void SessionEditor::setLanguages(const QStringList &languages)
{
    if (languages == m_session.languages)
        return;
    m_session.languages = languages;
    update();
}

void SessionEditor::setExpectedAttendance(const QString &text)
{
    if (text == m_attendance)
        return;
    m_attendance = text;
    update();
}

void SessionEditor::setTrack(const QString &track)
{
    if (track == m_session.track)
        return;
    m_session.track = track;
    update();
}

QVariantList SessionEditor::chairs() const
{
    QVariantList list;
    for (const qint64 id : m_session.chairIds) {
        list.append(m_chairInfo.value(id,
                                      {{QStringLiteral("id"), id},
                                       {QStringLiteral("name"), tr("Participant %1").arg(id)},
                                       {QStringLiteral("delegation"), QString()}}));
    }
    return list;
}

void SessionEditor::addChair(qint64 participantId)
{
    if (participantId <= 0 || m_session.chairIds.contains(participantId))
        return;
    m_session.chairIds.append(participantId);
    loadChairNames();
    update();
}

void SessionEditor::removeChair(int index)
{
    if (index < 0 || index >= m_session.chairIds.size())
        return;
    m_session.chairIds.removeAt(index);
    update();
}

bool SessionEditor::moveBy(int minutes)
{
    if (!m_session.isScheduled())
        return false;
    setWallClock(m_session.startsAt.addSecs(qint64(minutes) * 60),
                 m_session.endsAt.addSecs(qint64(minutes) * 60));
    update();
    return true;
}

bool SessionEditor::resizeBy(int minutes)
{
    if (!m_session.isScheduled())
        return false;
    const QDateTime end =
        std::max(m_session.endsAt.addSecs(qint64(minutes) * 60), m_session.startsAt.addSecs(5 * 60));
    setWallClock(m_session.startsAt, end);
    update();
    return true;
}

QString SessionEditor::zoneLabel() const
{
    return zoneLabel(m_zone, m_session.startsAt);
}

QString SessionEditor::endZoneLabel() const
{
    return zoneLabel(m_zone, m_session.endsAt);
}

QString SessionEditor::localDateTimeText(const QDateTime &utc, bool withDate) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const QLocale locale;
    const QString time = local.time().toString(kTimeFormat);
    return withDate
        ? QStringLiteral("%1 %2").arg(locale.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")), time)
        : time;
}

QString SessionEditor::whenText() const
{
    if (!m_session.isScheduled())
        return tr("Not scheduled");
    const QDate startDay = m_session.startsAt.toTimeZone(m_zone).date();
    const QDate endDay = m_session.endsAt.toTimeZone(m_zone).date();
    const QString start = localDateTimeText(m_session.startsAt, true);
    const QString end = localDateTimeText(m_session.endsAt, startDay != endDay);
    return tr("%1–%2 %3").arg(start, end, zoneLabel());
}

int SessionEditor::durationMinutes() const
{
    return m_session.isScheduled() ? int(m_session.startsAt.secsTo(m_session.endsAt) / 60) : 0;
}

QVariantMap SessionEditor::check() const
{
    return toQmlResult(m_validation);
}

QVariantList SessionEditor::kinds() const
{
    return Vocabulary::choices(Vocabulary::sessionKinds());
}

QVariantList SessionEditor::visibilities() const
{
    return Vocabulary::choices(Vocabulary::sessionVisibilities());
}

QVariantList SessionEditor::roomChoices() const
{
    QVariantList list {
        QVariantMap {{QStringLiteral("value"), qint64(0)}, {QStringLiteral("label"), tr("No room")}}};
    for (const Room &room : m_rooms)
        list.append(QVariantMap {{QStringLiteral("value"), room.id}, {QStringLiteral("label"), room.name}});
    return list;
}

QVariantMap SessionEditor::save()
{
    if (!m_validation)
        return toQmlResult(m_validation);
    if (!m_database)
        return toQmlResult(fieldError(tr("No database is open."), {}));
    const AgendaStore store(*m_database);
    Status written;
    if (m_session.id == 0) {
        Result<qint64> id = store.insertSession(m_session);
        if (id.ok()) {
            m_session.id = id.value();
            Q_EMIT sessionIdChanged();
        } else {
            written = id.error();
        }
    } else {
        written = store.updateSession(m_session);
    }
    if (!written) {
        qCWarning(lcModels) << "saving session" << m_session.id << written.error().message;
        if (!isFormError(written.error()))
            Q_EMIT failed(written.error().message);
        return toQmlResult(written);
    }
    m_modified = false;
    Q_EMIT changed();
    Q_EMIT saved(m_session.id);
    QVariantMap result = toQmlResult(written);
    result.insert(QStringLiteral("id"), m_session.id);
    return result;
}

QVariantMap SessionEditor::remove()
{
    if (!m_database || m_session.id == 0)
        return toQmlResult({});
    const qint64 id = m_session.id;
    if (Status removed = AgendaStore(*m_database).removeSession(id); !removed) {
        Q_EMIT failed(removed.error().message);
        return toQmlResult(removed);
    }
    setSessionId(0);
    Q_EMIT removed(id);
    return toQmlResult({});
}

QVariantList SessionEditor::findParticipants(const QString &text, int limit) const
{
    QVariantList list;
    if (!m_database || text.trimmed().isEmpty())
        return list;
    const ParticipantStore participants(*m_database);
    ParticipantFilter filter;
    filter.text = text;
    Result<std::vector<qint64>> ids = participants.matchingIds(filter);
    if (!ids.ok())
        return list;
    std::vector<qint64> first = ids.value();
    std::sort(first.begin(), first.end());
    // Hundreds of thousands of matches for one letter at COP scale: names are read for a few.
    if (first.size() > size_t(std::max(limit, 1)) * 20)
        first.resize(size_t(std::max(limit, 1)) * 20);
    Result<QList<ParticipantRow>> rows = participants.rows(first);
    if (!rows.ok())
        return list;
    QList<ParticipantRow> sorted = rows.value();
    std::sort(sorted.begin(), sorted.end(), [](const ParticipantRow &a, const ParticipantRow &b) {
        return QString::localeAwareCompare(a.participant.familyName, b.participant.familyName) < 0;
    });
    for (const ParticipantRow &row : sorted) {
        if (list.size() >= limit)
            break;
        list.append(QVariantMap {{QStringLiteral("value"), row.participant.id},
                                 {QStringLiteral("label"),
                                  row.delegationName.isEmpty()
                                      ? row.participant.displayName()
                                      : tr("%1 (%2)").arg(row.participant.displayName(), row.delegationName)},
                                 {QStringLiteral("name"), row.participant.displayName()},
                                 {QStringLiteral("delegationId"), row.participant.delegationId.value_or(0)},
                                 {QStringLiteral("delegationName"), row.delegationName}});
    }
    return list;
}

} // namespace Plenary
