// SPDX-License-Identifier: MIT
#include "conflictengine.h"

#include "database.h"
#include "logging.h"
#include "sqlvalues.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace Plenary {

Severity ConflictRules::severityOf(const QString &rule)
{
    if (rule == QLatin1String(RoomDoubleBooking) || rule == QLatin1String(OutsideEventDays))
        return Severity::Error;
    if (rule == QLatin1String(PersonDoubleBooking) || rule == QLatin1String(TravelBuffer)
        || rule == QLatin1String(DelegationAbsent) || rule == QLatin1String(OverCapacity))
        return Severity::Warning;
    return Severity::None;
}

namespace {

constexpr qint64 MinuteMs = 60000;

/// "2027-05-18T05:00:00Z" (what the stores write) read without QDateTime's general parser,
/// which dominates a full check otherwise; anything else goes through SqlValues.
std::optional<qint64> parseUtcMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    const auto digits = [&](qsizetype from, qsizetype count, int *out) {
        int n = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c - u'0');
        }
        *out = n;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z' && digits(0, 4, &y)
        && digits(5, 2, &mo) && digits(8, 2, &d) && digits(11, 2, &h) && digits(14, 2, &mi)
        && digits(17, 2, &s) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61) {
        // Days from the civil date (Howard Hinnant's algorithm).
        const int yy = y - (mo <= 2 ? 1 : 0);
        const int era = (yy >= 0 ? yy : yy - 399) / 400;
        const int yoe = yy - era * 400;
        const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        const qint64 days = qint64(era) * 146097 + doe - 719468;
        return ((days * 24 + h) * 60 + mi) * MinuteMs + qint64(s) * 1000;
    }
    const QDateTime parsed = SqlValues::toDateTime(value);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// A forward-only read: QSqlQuery otherwise caches every row it has returned.
class Reader
{
public:
    Reader(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
    }
    [[nodiscard]] Status exec()
    {
        if (m_query.prepare(m_sql) && m_query.exec())
            return {};
        return Error {QStringLiteral("database error: %1").arg(m_query.lastError().text()), {}, 0};
    }
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int column) const { return m_query.value(column); }

private:
    QSqlQuery m_query;
    QString m_sql;
};

QString key(const QString &rule, const QString &subject)
{
    return rule + QLatin1Char('\n') + subject;
}

QString quoted(const QString &title)
{
    return QStringLiteral("\u201C%1\u201D").arg(title);
}

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

ConflictEngine::ConflictEngine(const Database &database)
    : m_database(database)
{ }

Status ConflictEngine::readSettings()
{
    const QSqlDatabase db = m_database.connection();
    Statement event(db,
                    QStringLiteral("SELECT time_zone, first_day, last_day, travel_buffer_minutes FROM event "
                                   "WHERE id = 1"));
    if (Status run = event.exec(); !run)
        return run;
    m_zone = QTimeZone::utc();
    m_zoneName = QStringLiteral("UTC");
    m_eventFrom.reset();
    m_eventUntil.reset();
    m_firstDay = {};
    m_lastDay = {};
    m_bufferMs = 10 * MinuteMs;
    if (event.next()) {
        const QTimeZone zone(event.value(0).toString().toUtf8());
        if (zone.isValid()) {
            m_zone = zone;
            m_zoneName = event.value(0).toString();
        } else {
            qCWarning(lcModels) << "conflicts: unknown time zone" << event.value(0).toString()
                                << "- using UTC";
        }
        m_firstDay = SqlValues::toDate(event.value(1));
        m_lastDay = SqlValues::toDate(event.value(2));
        // The event's days are dates where the event is: from the first day's local midnight to
        // the one after the last day (daylight saving included).
        if (m_firstDay.isValid() && m_lastDay.isValid()) {
            m_eventFrom = m_firstDay.startOfDay(m_zone).toMSecsSinceEpoch();
            m_eventUntil = m_lastDay.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
        }
        m_bufferMs = qint64(std::max(0, event.value(3).toInt())) * MinuteMs;
    }
    // The zone's offsets around the event, looked up by binary search when formatting.
    m_transitions.clear();
    const QDateTime around = m_eventFrom ? utcOf(*m_eventFrom) : QDateTime::currentDateTimeUtc();
    const QDateTime from = around.addDays(-400);
    const QDateTime until = (m_eventUntil ? utcOf(*m_eventUntil) : around).addDays(400);
    m_transitions.emplace_back(from.toMSecsSinceEpoch(), m_zone.offsetFromUtc(from));
    if (m_zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : m_zone.transitions(from, until))
            m_transitions.emplace_back(t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc);
    }
    m_transitionsUntil = until.toMSecsSinceEpoch();

    Statement rooms(db, QStringLiteral("SELECT id, name, capacity FROM room"));
    if (Status run = rooms.exec(); !run)
        return run;
    m_rooms.clear();
    while (rooms.next()) {
        m_rooms.insert(rooms.value(0).toLongLong(),
                       {rooms.value(1).toString(),
                        rooms.value(2).isNull() ? std::nullopt : std::optional<int>(rooms.value(2).toInt())});
    }

    Statement delegations(db,
                          QStringLiteral("SELECT id, name, arrival_date, departure_date FROM delegation "
                                         "WHERE arrival_date IS NOT NULL OR departure_date IS NOT NULL"));
    if (Status run = delegations.exec(); !run)
        return run;
    m_delegations.clear();
    while (delegations.next()) {
        DelegationInfo info;
        info.name = delegations.value(1).toString();
        info.arrival = SqlValues::toDate(delegations.value(2));
        info.departure = SqlValues::toDate(delegations.value(3));
        if (info.arrival.isValid())
            info.presentFrom = info.arrival.startOfDay(m_zone).toMSecsSinceEpoch();
        if (info.departure.isValid())
            info.presentUntil = info.departure.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
        m_delegations.insert(delegations.value(0).toLongLong(), std::move(info));
    }

    Statement acknowledgements(
        db,
        QStringLiteral("SELECT rule, subject, reason, acknowledged_by, acknowledged_at "
                       "FROM conflict_acknowledgement"));
    if (Status run = acknowledgements.exec(); !run)
        return run;
    m_acknowledgements.clear();
    while (acknowledgements.next()) {
        m_acknowledgements.insert(
            key(acknowledgements.value(0).toString(), acknowledgements.value(1).toString()),
            {acknowledgements.value(2).toString(), acknowledgements.value(3).toString(),
             SqlValues::toDateTime(acknowledgements.value(4))});
    }
    return {};
}

Status ConflictEngine::reload()
{
    if (Status settings = readSettings(); !settings)
        return settings;
    const QSqlDatabase db = m_database.connection();
    Reader sessions(db,
                    QStringLiteral("SELECT id, title, room_id, starts_at, ends_at, expected_attendance "
                                   "FROM agenda_session WHERE starts_at IS NOT NULL"));
    if (Status run = sessions.exec(); !run)
        return run;
    std::unordered_map<qint64, Entry> entries;
    while (sessions.next()) {
        Entry e;
        e.id = sessions.value(0).toLongLong();
        e.title = sessions.value(1).toString();
        e.roomId = optionalId(sessions.value(2));
        const std::optional<qint64> start = parseUtcMs(sessions.value(3));
        const std::optional<qint64> end = parseUtcMs(sessions.value(4));
        if (!start || !end)
            continue;
        e.start = *start;
        e.end = *end;
        e.scheduled = true;
        if (!sessions.value(5).isNull())
            e.attendance = sessions.value(5).toInt();
        entries.emplace(e.id, std::move(e));
    }

    const auto addPerson = [](Entry &e, qint64 person, quint8 role) {
        for (PersonRef &ref : e.persons) {
            if (ref.id == person) {
                ref.roles |= role;
                return;
            }
        }
        e.persons.push_back({person, role});
    };
    // The people come with their rows (a primary-key lookup each): only those the agenda
    // names, where a COP has 100,000 participants and a few thousand chairs and speakers.
    m_persons.clear();
    const auto rememberPerson = [this](const Reader &row, int column) {
        const qint64 id = row.value(column).toLongLong();
        if (m_persons.contains(id))
            return;
        Participant p;
        p.honorific = row.value(column + 1).toString();
        p.givenNames = row.value(column + 2).toString();
        p.familyName = row.value(column + 3).toString();
        m_persons.insert(id, {p.displayName(), optionalId(row.value(column + 4))});
    };
    Reader chairs(db,
                  QStringLiteral("SELECT c.session_id, p.id, p.honorific, p.given_names, p.family_name, "
                                 "p.delegation_id FROM session_chair c "
                                 "JOIN agenda_session s ON s.id = c.session_id "
                                 "JOIN participant p ON p.id = c.participant_id "
                                 "WHERE s.starts_at IS NOT NULL ORDER BY c.session_id, c.position"));
    if (Status run = chairs.exec(); !run)
        return run;
    while (chairs.next()) {
        if (auto it = entries.find(chairs.value(0).toLongLong()); it != entries.end()) {
            addPerson(it->second, chairs.value(1).toLongLong(), Chair);
            rememberPerson(chairs, 1);
        }
    }
    Reader slots(db,
                 QStringLiteral("SELECT l.session_id, l.on_behalf_of, p.id, p.honorific, p.given_names, "
                                "p.family_name, p.delegation_id FROM speaking_slot l "
                                "JOIN agenda_session s ON s.id = l.session_id "
                                "LEFT JOIN participant p ON p.id = l.speaker_id "
                                "WHERE s.starts_at IS NOT NULL ORDER BY l.session_id, l.position"));
    if (Status run = slots.exec(); !run)
        return run;
    while (slots.next()) {
        auto it = entries.find(slots.value(0).toLongLong());
        if (it == entries.end())
            continue;
        const SpeakerRef speaker {optionalId(slots.value(2)), optionalId(slots.value(1))};
        if (speaker.participantId) {
            addPerson(it->second, *speaker.participantId, Speaker);
            rememberPerson(slots, 2);
        }
        if (speaker.participantId || speaker.delegationId)
            it->second.speakers.push_back(speaker);
    }

    m_sessions = std::move(entries);
    m_byRoom.clear();
    m_byPerson.clear();
    for (const auto &[id, e] : m_sessions) {
        if (e.roomId)
            m_byRoom[*e.roomId].push_back(id);
        for (const PersonRef &ref : e.persons)
            m_byPerson[ref.id].push_back(id);
    }
    for (std::vector<qint64> &ids : m_byRoom) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const Entry &ea = m_sessions.at(a);
            const Entry &eb = m_sessions.at(b);
            return ea.start != eb.start ? ea.start < eb.start : a < b;
        });
    }
    rebuildAll();
    return {};
}

void ConflictEngine::rebuildAll()
{
    QList<Conflict> found;
    for (const auto &[id, e] : m_sessions)
        checkSingle(e, found);
    // Sweeps over lists sorted by start: only the following sessions that start before this one
    // ends (plus the travel buffer, for people) can conflict with it.
    for (const std::vector<qint64> &ids : std::as_const(m_byRoom)) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const Entry &a = m_sessions.at(ids[i]);
            for (std::size_t j = i + 1; j < ids.size(); ++j) {
                const Entry &b = m_sessions.at(ids[j]);
                if (b.start >= a.end)
                    break;
                checkRoomPair(a, b, found);
            }
        }
    }
    std::vector<const Entry *> theirs;
    for (auto it = m_byPerson.cbegin(); it != m_byPerson.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        theirs.clear();
        for (qint64 id : it.value())
            theirs.push_back(&m_sessions.at(id));
        std::sort(theirs.begin(), theirs.end(), [](const Entry *a, const Entry *b) {
            return a->start != b->start ? a->start < b->start : a->id < b->id;
        });
        for (std::size_t i = 0; i < theirs.size(); ++i) {
            for (std::size_t j = i + 1; j < theirs.size(); ++j) {
                if (theirs[j]->start >= theirs[i]->end + m_bufferMs)
                    break;
                checkPersonPair(it.key(), *theirs[i], *theirs[j], found);
            }
        }
    }
    m_conflicts = std::move(found);
    sortAndIndex();
}

bool ConflictEngine::before(const Conflict &a, const Conflict &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.startsAt != b.startsAt)
        return a.startsAt < b.startsAt;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.subject < b.subject;
}

void ConflictEngine::sortAndIndex()
{
    std::sort(m_conflicts.begin(), m_conflicts.end(), &ConflictEngine::before);
    reindex();
}

void ConflictEngine::reindex()
{
    // Rebuilt whole after each change: a few hundred conflicts cost microseconds.
    m_bySession.clear();
    m_byKey.clear();
    m_errorCount = 0;
    m_warningCount = 0;
    for (qsizetype i = 0; i < m_conflicts.size(); ++i) {
        const Conflict &c = m_conflicts.at(i);
        for (qint64 id : c.sessionIds)
            m_bySession[id].append(i);
        m_byKey.insert(key(c.rule, c.subject), i);
        ++(c.severity == Severity::Error ? m_errorCount : m_warningCount);
    }
}

void ConflictEngine::applyAcknowledgement(Conflict &conflict) const
{
    // Errors are never acknowledged, even if a row says so (written by hand or an old rule).
    if (conflict.severity != Severity::Warning)
        return;
    const auto it = m_acknowledgements.constFind(key(conflict.rule, conflict.subject));
    if (it == m_acknowledgements.cend())
        return;
    conflict.acknowledged = true;
    conflict.acknowledgementReason = it->reason;
    conflict.acknowledgedBy = it->by;
    conflict.acknowledgedAt = it->at;
}

int ConflictEngine::offsetAt(qint64 ms) const
{
    if (m_transitions.empty() || ms < m_transitions.front().first || ms >= m_transitionsUntil)
        return m_zone.offsetFromUtc(utcOf(ms));
    const auto after =
        std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), ms,
                         [](qint64 at, const std::pair<qint64, int> &t) { return at < t.first; });
    return std::prev(after)->second;
}

ConflictEngine::LocalTime ConflictEngine::local(qint64 ms) const
{
    const qint64 localMs = ms + qint64(offsetAt(ms)) * 1000;
    const qint64 dayMs = 86400000;
    const qint64 days = localMs >= 0 ? localMs / dayMs : (localMs - dayMs + 1) / dayMs;
    const int minutes = int((localMs - days * dayMs) / MinuteMs);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int day = doy - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    return {days, int(((days % 7) + 11) % 7), day, month, minutes};
}

QString ConflictEngine::clock(qint64 ms) const
{
    // By hand rather than QDateTime in the zone: a full check formats thousands of times.
    static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const LocalTime t = local(ms);
    return QStringLiteral("%1 %2 %3 %4:%5")
        .arg(QLatin1String(weekdays[t.weekday]))
        .arg(t.day)
        .arg(QLatin1String(months[t.month - 1]))
        .arg(t.minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(t.minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ConflictEngine::when(const Entry &s) const
{
    const LocalTime start = local(s.start);
    const LocalTime end = local(s.end);
    // A session crossing midnight names the day it ends on (not one ending at midnight).
    const QString endText = end.days == start.days || end.minutes == 0
        ? QStringLiteral("%1:%2")
              .arg(end.minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(end.minutes % 60, 2, 10, QLatin1Char('0'))
        : clock(s.end);
    return clock(s.start) + u'\u2013' + endText;
}

QString ConflictEngine::personName(qint64 id) const
{
    const auto it = m_persons.constFind(id);
    return it == m_persons.cend() || it->name.isEmpty() ? QStringLiteral("Participant #%1").arg(id)
                                                        : it->name;
}

QString ConflictEngine::roomName(qint64 roomId) const
{
    const auto it = m_rooms.constFind(roomId);
    return it == m_rooms.cend() ? QStringLiteral("room #%1").arg(roomId) : it->name;
}

QString ConflictEngine::sessionTitle(qint64 sessionId) const
{
    const auto it = m_sessions.find(sessionId);
    return it == m_sessions.end() ? QString() : it->second.title;
}

QDateTime ConflictEngine::startOf(qint64 sessionId) const
{
    const auto it = m_sessions.find(sessionId);
    return it == m_sessions.end() ? QDateTime() : utcOf(it->second.start);
}

std::optional<qint64> ConflictEngine::roomOf(qint64 sessionId) const
{
    const auto it = m_sessions.find(sessionId);
    return it == m_sessions.end() ? std::nullopt : it->second.roomId;
}

std::optional<qint64> ConflictEngine::delegationOf(const SpeakerRef &speaker) const
{
    // The speaker's own delegation travels with them; "on behalf of" is the fallback for a
    // list entry that names no one yet (or someone in no delegation).
    if (speaker.participantId) {
        const auto it = m_persons.constFind(*speaker.participantId);
        if (it != m_persons.cend() && it->delegationId)
            return it->delegationId;
    }
    return speaker.delegationId;
}

void ConflictEngine::checkSingle(const Entry &s, QList<Conflict> &out) const
{
    const auto make = [&](const char *rule, Severity severity, QString subject, QString message) {
        Conflict c;
        c.rule = QLatin1String(rule);
        c.severity = severity;
        c.subject = std::move(subject);
        c.sessionIds = {s.id};
        c.startsAt = utcOf(s.start);
        c.message = std::move(message);
        return c;
    };
    const QString sid = QString::number(s.id);
    if (m_eventFrom && m_eventUntil && (s.start < *m_eventFrom || s.end > *m_eventUntil)) {
        out.append(make(ConflictRules::OutsideEventDays, Severity::Error, QLatin1Char('s') + sid,
                        QStringLiteral("%1 (%2, %3 time) is outside the event's days, %4 to %5.")
                            .arg(quoted(s.title), when(s), m_zoneName,
                                 m_firstDay.toString(QStringLiteral("d MMM yyyy")),
                                 m_lastDay.toString(QStringLiteral("d MMM yyyy")))));
    }
    if (s.roomId && s.attendance) {
        const auto room = m_rooms.constFind(*s.roomId);
        if (room != m_rooms.cend() && room->capacity && *s.attendance > *room->capacity) {
            Conflict c = make(ConflictRules::OverCapacity, Severity::Warning,
                              QStringLiteral("s%1:r%2").arg(sid).arg(*s.roomId),
                              QStringLiteral("%1 (%2, %3 time) expects %4 people, but %5 seats %6.")
                                  .arg(quoted(s.title), when(s), m_zoneName)
                                  .arg(*s.attendance)
                                  .arg(room->name)
                                  .arg(*room->capacity));
            c.roomIds = {*s.roomId};
            applyAcknowledgement(c);
            out.append(std::move(c));
        }
    }
    QSet<QString> seen;
    for (const SpeakerRef &speaker : s.speakers) {
        const std::optional<qint64> delegation = delegationOf(speaker);
        if (!delegation)
            continue;
        const auto stay = m_delegations.constFind(*delegation);
        if (stay == m_delegations.cend())
            continue;
        const bool notArrived = stay->presentFrom && s.start < *stay->presentFrom;
        const bool left = !notArrived && stay->presentUntil && s.end > *stay->presentUntil;
        if (!notArrived && !left)
            continue;
        const QString subject = speaker.participantId
            ? QStringLiteral("s%1:p%2").arg(sid).arg(*speaker.participantId)
            : QStringLiteral("s%1:d%2").arg(sid).arg(*delegation);
        // One conflict per person (and per delegation for entries that name no one).
        if (seen.contains(subject) || (!speaker.participantId && seen.contains(QString::number(*delegation))))
            continue;
        seen.insert(subject);
        seen.insert(QString::number(*delegation));
        const QString what = notArrived
            ? QStringLiteral("arrives only on %1").arg(stay->arrival.toString(QStringLiteral("d MMM yyyy")))
            : QStringLiteral("leaves on %1").arg(stay->departure.toString(QStringLiteral("d MMM yyyy")));
        const QString message = speaker.participantId
            ? QStringLiteral("%1 speaks in %2 (%3, %4 time), but the delegation %5 %6.")
                  .arg(personName(*speaker.participantId), quoted(s.title), when(s), m_zoneName,
                       quoted(stay->name), what)
            : QStringLiteral("The delegation %1 is on the speakers' list of %2 (%3, %4 time), but %5.")
                  .arg(quoted(stay->name), quoted(s.title), when(s), m_zoneName, what);
        Conflict c = make(ConflictRules::DelegationAbsent, Severity::Warning, subject, message);
        if (speaker.participantId)
            c.participantIds = {*speaker.participantId};
        c.delegationId = delegation;
        applyAcknowledgement(c);
        out.append(std::move(c));
    }
}

void ConflictEngine::checkRoomPair(const Entry &a, const Entry &b, QList<Conflict> &out) const
{
    if (a.id == b.id || !a.roomId || a.roomId != b.roomId || !(a.start < b.end && b.start < a.end))
        return;
    const bool aFirst = a.start != b.start ? a.start < b.start : a.id < b.id;
    const Entry &first = aFirst ? a : b;
    const Entry &second = aFirst ? b : a;
    Conflict c;
    c.rule = QLatin1String(ConflictRules::RoomDoubleBooking);
    c.severity = Severity::Error;
    c.subject =
        QStringLiteral("r%1:s%2:s%3").arg(*a.roomId).arg(std::min(a.id, b.id)).arg(std::max(a.id, b.id));
    c.sessionIds = {first.id, second.id};
    c.roomIds = {*a.roomId};
    c.startsAt = utcOf(first.start);
    c.message = QStringLiteral("%1 is booked twice: %2 (%3) and %4 (%5), %6 time.")
                    .arg(roomName(*a.roomId), quoted(first.title), when(first), quoted(second.title),
                         when(second), m_zoneName);
    out.append(std::move(c));
}

void ConflictEngine::checkPersonPair(qint64 person, const Entry &a, const Entry &b,
                                     QList<Conflict> &out) const
{
    if (a.id == b.id)
        return;
    const bool aFirst = a.start != b.start ? a.start < b.start : a.id < b.id;
    const Entry &first = aFirst ? a : b;
    const Entry &second = aFirst ? b : a;
    const auto rolesIn = [person](const Entry &e) {
        for (const PersonRef &ref : e.persons) {
            if (ref.id == person)
                return ref.roles;
        }
        return quint8(0);
    };
    const auto doing = [&](const Entry &e) {
        const quint8 roles = rolesIn(e);
        const QString verb = roles == (Chair | Speaker) ? QStringLiteral("chairs and speaks in")
            : roles == Chair                            ? QStringLiteral("chairs")
                                                        : QStringLiteral("speaks in");
        return QStringLiteral("%1 %2 (%3)").arg(verb, quoted(e.title), when(e));
    };
    const QString subject =
        QStringLiteral("p%1:s%2:s%3").arg(person).arg(std::min(a.id, b.id)).arg(std::max(a.id, b.id));
    Conflict c;
    c.subject = subject;
    c.severity = Severity::Warning;
    c.sessionIds = {first.id, second.id};
    c.participantIds = {person};
    c.startsAt = utcOf(first.start);
    if (first.start < second.end && second.start < first.end) {
        c.rule = QLatin1String(ConflictRules::PersonDoubleBooking);
        c.message = QStringLiteral("%1 is in two sessions at once: %2 and %3, %4 time.")
                        .arg(personName(person), doing(first), doing(second), m_zoneName);
    } else {
        // Apart in time: only a change of room faster than the buffer matters (same room, or a
        // room unknown, is no walk).
        const qint64 gap = second.start - first.end;
        if (!first.roomId || !second.roomId || first.roomId == second.roomId || gap >= m_bufferMs)
            return;
        c.rule = QLatin1String(ConflictRules::TravelBuffer);
        c.roomIds = {*first.roomId, *second.roomId};
        c.message = QStringLiteral("%1 has %2 min to get from %3 in %4 (ends %5) to %6 in %7 (starts %8), "
                                   "%9 time; the travel buffer is %10 min.")
                        .arg(personName(person))
                        .arg(gap / MinuteMs)
                        .arg(quoted(first.title), roomName(*first.roomId), clock(first.end),
                             quoted(second.title), roomName(*second.roomId), clock(second.start), m_zoneName)
                        .arg(m_bufferMs / MinuteMs);
    }
    applyAcknowledgement(c);
    out.append(std::move(c));
}

void ConflictEngine::checkAround(const Entry &s, QList<Conflict> &out) const
{
    checkSingle(s, out);
    if (s.roomId) {
        if (auto room = m_byRoom.constFind(*s.roomId); room != m_byRoom.cend()) {
            for (qint64 other : *room) {
                const Entry &o = m_sessions.at(other);
                if (o.start >= s.end)
                    break; // by start: none after this overlaps
                checkRoomPair(s, o, out);
            }
        }
    }
    for (const PersonRef &ref : s.persons) {
        if (auto theirs = m_byPerson.constFind(ref.id); theirs != m_byPerson.cend()) {
            for (qint64 other : *theirs)
                checkPersonPair(ref.id, s, m_sessions.at(other), out);
        }
    }
}

void ConflictEngine::unindex(qint64 sessionId)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    const Entry &old = it->second;
    if (old.roomId) {
        std::vector<qint64> &ids = m_byRoom[*old.roomId];
        ids.erase(std::remove(ids.begin(), ids.end(), sessionId), ids.end());
    }
    for (const PersonRef &ref : old.persons) {
        std::vector<qint64> &ids = m_byPerson[ref.id];
        ids.erase(std::remove(ids.begin(), ids.end(), sessionId), ids.end());
    }
    m_sessions.erase(it);
}

void ConflictEngine::setEntry(Entry entry)
{
    const qint64 id = entry.id;
    unindex(id);
    QList<Conflict> found;
    if (entry.scheduled) {
        const auto [it, added] = m_sessions.emplace(id, std::move(entry));
        const Entry &e = it->second;
        if (e.roomId) {
            std::vector<qint64> &ids = m_byRoom[*e.roomId];
            const auto at = std::lower_bound(ids.begin(), ids.end(), e, [this](qint64 other, const Entry &x) {
                const Entry &o = m_sessions.at(other);
                return o.start != x.start ? o.start < x.start : o.id < x.id;
            });
            ids.insert(at, id);
        }
        checkAround(e, found);
        for (const PersonRef &ref : e.persons)
            m_byPerson[ref.id].push_back(id);
    }
    mergeIn(id, std::move(found));
}

void ConflictEngine::mergeIn(qint64 sessionId, QList<Conflict> found)
{
    // What does not involve the session is unchanged, and stays sorted.
    m_conflicts.removeIf([sessionId](const Conflict &c) { return c.sessionIds.contains(sessionId); });
    std::sort(found.begin(), found.end(), &ConflictEngine::before);
    QList<Conflict> merged;
    merged.reserve(m_conflicts.size() + found.size());
    std::merge(std::make_move_iterator(m_conflicts.begin()), std::make_move_iterator(m_conflicts.end()),
               std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()),
               std::back_inserter(merged), &ConflictEngine::before);
    m_conflicts = std::move(merged);
    reindex();
}

ConflictEngine::Entry ConflictEngine::entryFrom(const AgendaSession &session,
                                                const QList<SpeakingSlot> &slots) const
{
    Entry e;
    e.id = session.id;
    e.title = session.title;
    e.roomId = session.roomId;
    e.scheduled = session.isScheduled();
    if (e.scheduled) {
        e.start = session.startsAt.toMSecsSinceEpoch();
        e.end = session.endsAt.toMSecsSinceEpoch();
    }
    e.attendance = session.expectedAttendance;
    const auto addPerson = [&e](qint64 person, quint8 role) {
        for (PersonRef &ref : e.persons) {
            if (ref.id == person) {
                ref.roles |= role;
                return;
            }
        }
        e.persons.push_back({person, role});
    };
    for (qint64 chair : session.chairIds)
        addPerson(chair, Chair);
    for (const SpeakingSlot &slot : slots) {
        if (slot.speakerId)
            addPerson(*slot.speakerId, Speaker);
        if (slot.speakerId || slot.onBehalfOf)
            e.speakers.push_back({slot.speakerId, slot.onBehalfOf});
    }
    return e;
}

void ConflictEngine::recheck(const AgendaSession &session, const QList<SpeakingSlot> &speakers)
{
    setEntry(entryFrom(session, speakers));
}

void ConflictEngine::forget(qint64 sessionId)
{
    unindex(sessionId);
    mergeIn(sessionId, {});
}

Status ConflictEngine::recheckSession(qint64 sessionId)
{
    const QSqlDatabase db = m_database.connection();
    Statement row(db,
                  QStringLiteral("SELECT title, room_id, starts_at, ends_at, expected_attendance "
                                 "FROM agenda_session WHERE id = :id"));
    row.bind(QStringLiteral(":id"), sessionId);
    if (Status run = row.exec(); !run)
        return run;
    if (!row.next()) {
        forget(sessionId);
        return {};
    }
    AgendaSession session;
    session.id = sessionId;
    session.title = row.value(0).toString();
    session.roomId = optionalId(row.value(1));
    if (const std::optional<qint64> start = parseUtcMs(row.value(2)), end = parseUtcMs(row.value(3));
        start && end) {
        session.startsAt = utcOf(*start);
        session.endsAt = utcOf(*end);
    }
    if (!row.value(4).isNull())
        session.expectedAttendance = row.value(4).toInt();
    if (!session.isScheduled()) {
        forget(sessionId);
        return {};
    }

    Statement chairs(db,
                     QStringLiteral("SELECT participant_id FROM session_chair WHERE session_id = :id "
                                    "ORDER BY position"));
    chairs.bind(QStringLiteral(":id"), sessionId);
    if (Status run = chairs.exec(); !run)
        return run;
    while (chairs.next())
        session.chairIds.append(chairs.value(0).toLongLong());
    Statement slotRows(
        db,
        QStringLiteral("SELECT speaker_id, on_behalf_of FROM speaking_slot WHERE session_id = :id "
                       "ORDER BY position"));
    slotRows.bind(QStringLiteral(":id"), sessionId);
    if (Status run = slotRows.exec(); !run)
        return run;
    QList<SpeakingSlot> slots;
    while (slotRows.next()) {
        SpeakingSlot slot;
        slot.speakerId = optionalId(slotRows.value(0));
        slot.onBehalfOf = optionalId(slotRows.value(1));
        slots.append(slot);
    }
    // The session's people as they are now (a chair just added may be new to the index).
    Statement people(db,
                     QStringLiteral("SELECT id, honorific, given_names, family_name, delegation_id "
                                    "FROM participant WHERE id IN (SELECT participant_id FROM session_chair "
                                    "WHERE session_id = :id UNION SELECT speaker_id FROM speaking_slot "
                                    "WHERE session_id = :id)"));
    people.bind(QStringLiteral(":id"), sessionId);
    if (Status run = people.exec(); !run)
        return run;
    while (people.next()) {
        Participant p;
        p.honorific = people.value(1).toString();
        p.givenNames = people.value(2).toString();
        p.familyName = people.value(3).toString();
        m_persons.insert(people.value(0).toLongLong(), {p.displayName(), optionalId(people.value(4))});
    }
    // A room made since the last reload.
    if (session.roomId && !m_rooms.contains(*session.roomId)) {
        Statement room(db, QStringLiteral("SELECT name, capacity FROM room WHERE id = :id"));
        room.bind(QStringLiteral(":id"), *session.roomId);
        if (Status run = room.exec(); !run)
            return run;
        if (room.next()) {
            m_rooms.insert(
                *session.roomId,
                {room.value(0).toString(),
                 room.value(1).isNull() ? std::nullopt : std::optional<int>(room.value(1).toInt())});
        }
    }
    recheck(session, slots);
    return {};
}

QList<Conflict> ConflictEngine::conflictsOf(qint64 sessionId) const
{
    QList<Conflict> list;
    for (qsizetype i : m_bySession.value(sessionId))
        list.append(m_conflicts.at(i));
    return list;
}

Severity ConflictEngine::worstOf(qint64 sessionId) const
{
    Severity worst = Severity::None;
    for (qsizetype i : m_bySession.value(sessionId)) {
        const Conflict &c = m_conflicts.at(i);
        // Acknowledged: accepted by someone with a reason, so no longer drawn as a problem.
        if (c.acknowledged)
            continue;
        worst = std::max(worst, c.severity);
    }
    return worst;
}

qsizetype ConflictEngine::indexOf(const QString &rule, const QString &subject) const
{
    return m_byKey.value(key(rule, subject), -1);
}

Status ConflictEngine::acknowledge(const QString &rule, const QString &subject, const QString &reason,
                                   const QString &actor)
{
    const Severity severity = ConflictRules::severityOf(rule);
    if (severity == Severity::None)
        return Error {QStringLiteral("\"%1\" is not a conflict rule.").arg(rule), {}, 0};
    if (severity == Severity::Error)
        return Error {QStringLiteral("Errors cannot be acknowledged: move the session instead."), {}, 0};
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("Say why this warning is acceptable."), QStringLiteral("reason"), 0};
    const qsizetype index = indexOf(rule, subject);
    if (index < 0)
        return Error {QStringLiteral("This conflict no longer exists."), {}, 0};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement upsert(
        transaction.connection(),
        QStringLiteral("INSERT INTO conflict_acknowledgement (rule, subject, reason, acknowledged_by, "
                       "acknowledged_at) VALUES (:rule, :subject, :reason, :by, :at) "
                       "ON CONFLICT (rule, subject) DO UPDATE SET reason = excluded.reason, "
                       "acknowledged_by = excluded.acknowledged_by, "
                       "acknowledged_at = excluded.acknowledged_at"));
    upsert.bind(QStringLiteral(":rule"), rule)
        .bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":reason"), reason.trimmed())
        .bind(QStringLiteral(":by"), actor.trimmed())
        .bind(QStringLiteral(":at"), SqlValues::fromDateTime(now));
    if (Status run = upsert.exec(); !run)
        return run;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // As read back: the stored time has whole seconds.
    const Acknowledgement stored {reason.trimmed(), actor.trimmed(),
                                  SqlValues::toDateTime(SqlValues::fromDateTime(now))};
    m_acknowledgements.insert(key(rule, subject), stored);
    applyAcknowledgement(m_conflicts[index]);
    return {};
}

Status ConflictEngine::withdrawAcknowledgement(const QString &rule, const QString &subject)
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement remove(
        transaction.connection(),
        QStringLiteral("DELETE FROM conflict_acknowledgement WHERE rule = :rule AND subject = :subject"));
    remove.bind(QStringLiteral(":rule"), rule).bind(QStringLiteral(":subject"), subject);
    if (Status run = remove.exec(); !run)
        return run;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_acknowledgements.remove(key(rule, subject));
    if (const qsizetype index = indexOf(rule, subject); index >= 0) {
        Conflict &c = m_conflicts[index];
        c.acknowledged = false;
        c.acknowledgementReason.clear();
        c.acknowledgedBy.clear();
        c.acknowledgedAt = {};
    }
    return {};
}

} // namespace Plenary
