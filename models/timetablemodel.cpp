// SPDX-License-Identifier: MIT
#include "timetablemodel.h"

#include "agendastore.h"
#include "database.h"
#include "eventsettings.h"
#include "qmlresult.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace Plenary {

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr int DefaultFirstMinute = 8 * 60;

QVariantMap failure(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
}

bool roomPasses(const Room &room, const QStringList &words)
{
    for (const QString &word : words) {
        if (!room.name.contains(word, Qt::CaseInsensitive) && !room.floor.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

TimetableModel::TimetableModel(const Database &database, EventSettings *event, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_event(event)
{
    connect(m_event, &EventSettings::changed, this, [this] {
        Q_EMIT daysChanged();
        reload();
    });
    auto *clock = new QTimer(this);
    clock->setInterval(30 * 1000);
    connect(clock, &QTimer::timeout, this, &TimetableModel::nowChanged);
    clock->start();
}

int TimetableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant TimetableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimetableBlock &block = m_blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return block.session.title;
    case SessionIdRole:
        return block.session.id;
    case KindRole:
        return block.session.kind;
    case VisibilityRole:
        return block.session.visibility;
    case ColumnRole:
        return block.column;
    case StartMinuteRole:
        return block.startMinute;
    case EndMinuteRole:
        return block.endMinute;
    case ContinuesBeforeRole:
        return block.continuesBefore;
    case ContinuesAfterRole:
        return block.continuesAfter;
    case LaneRole:
        return block.lane;
    case LanesRole:
        return block.lanes;
    case TimeLabelRole: {
        const QTimeZone eventZone = zone();
        const QString start = block.session.startsAt.toTimeZone(eventZone).toString(QStringLiteral("HH:mm"));
        const QString end = block.session.endsAt.toTimeZone(eventZone).toString(QStringLiteral("HH:mm"));
        return QStringLiteral("%1–%2").arg(start, end);
    }
    case ChairCountRole:
        return int(block.session.chairIds.size());
    case SeverityRole:
        return block.severity;
    case ConflictTextRole:
        return block.conflictText;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimetableModel::roleNames() const
{
    return {
        {SessionIdRole, "sessionId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {VisibilityRole, "visibility"},
        {ColumnRole, "column"},
        {StartMinuteRole, "startMinute"},
        {EndMinuteRole, "endMinute"},
        {ContinuesBeforeRole, "continuesBefore"},
        {ContinuesAfterRole, "continuesAfter"},
        {LaneRole, "lane"},
        {LanesRole, "lanes"},
        {TimeLabelRole, "timeLabel"},
        {ChairCountRole, "chairCount"},
        {SeverityRole, "severity"},
        {ConflictTextRole, "conflictText"},
    };
}

void TimetableModel::setDay(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid() || day == m_day)
        return;
    m_day = day;
    readDay();
}

QVariantList TimetableModel::days() const
{
    QVariantList days;
    const QDate first = QDate::fromString(m_event->firstDay(), Qt::ISODate);
    const QDate last = QDate::fromString(m_event->lastDay(), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return days;
    const QLocale locale;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        days.append(QVariantMap {
            {QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("label"), locale.toString(day, QStringLiteral("ddd d MMM"))},
        });
    }
    return days;
}

QString TimetableModel::zoneLabel() const
{
    const QTimeZone eventZone = zone();
    const QDateTime noon(m_day.isValid() ? m_day : QDate::currentDate(), QTime(12, 0), eventZone);
    QString city = eventZone.id().mid(eventZone.id().lastIndexOf('/') + 1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return tr("%1 time (%2)").arg(city, eventZone.displayName(noon, QTimeZone::OffsetName));
}

void TimetableModel::setRoomFilter(const QString &filter)
{
    if (filter == m_roomFilter)
        return;
    m_roomFilter = filter;
    readDay();
}

QVariantList TimetableModel::columns() const
{
    QVariantList columns;
    columns.reserve(m_columns.size());
    for (const Room &room : m_columns) {
        columns.append(QVariantMap {
            {QStringLiteral("roomId"), room.id},
            {QStringLiteral("name"), room.name},
            {QStringLiteral("capacity"), room.capacity ? QVariant(*room.capacity) : QVariant()},
            {QStringLiteral("floor"), room.floor},
            {QStringLiteral("booths"), room.booths},
        });
    }
    return columns;
}

int TimetableModel::nowMinute() const
{
    const qint64 seconds = dayStartUtc().secsTo(QDateTime::currentDateTimeUtc());
    return seconds >= 0 && seconds < qint64(m_dayMinutes) * 60 ? int(seconds / 60) : -1;
}

int TimetableModel::firstMinute() const
{
    if (m_blocks.isEmpty()) {
        const QDateTime eight(m_day, QTime(8, 0), zone());
        return int(dayStartUtc().secsTo(eight) / 60);
    }
    int first = m_dayMinutes;
    for (const TimetableBlock &block : m_blocks)
        first = std::min(first, block.startMinute);
    return first;
}

QString TimetableModel::timeLabel(int minute) const
{
    return dayStartUtc().addSecs(qint64(minute) * 60).toTimeZone(zone()).toString(QStringLiteral("HH:mm"));
}

QString TimetableModel::busiestDay() const
{
    const auto starts = AgendaStore(m_database).sessionStarts();
    if (!starts.ok())
        return m_event->firstDay();
    QHash<QDate, int> perDay;
    const QTimeZone eventZone = zone();
    for (const QDateTime &start : starts.value())
        ++perDay[start.toTimeZone(eventZone).date()];
    QDate busiest = QDate::fromString(m_event->firstDay(), Qt::ISODate);
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        if (it.value() > perDay.value(busiest) || (it.value() == perDay.value(busiest) && it.key() < busiest))
            busiest = it.key();
    }
    return busiest.toString(Qt::ISODate);
}

QString TimetableModel::dayOfSession(qint64 sessionId) const
{
    const auto found = AgendaStore(m_database).session(sessionId);
    if (!found.ok() || !found.value().isScheduled())
        return {};
    return found.value().startsAt.toTimeZone(zone()).date().toString(Qt::ISODate);
}

int TimetableModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_blocks.size(); ++row) {
        if (m_blocks.at(row).session.id == sessionId)
            return row;
    }
    return -1;
}

QVariantMap TimetableModel::moveSession(qint64 sessionId, int column, int startMinute)
{
    if (column < 0 || column >= m_columns.size())
        return failure(tr("There is no such room column."));
    const int row = rowOf(sessionId);
    if (row < 0)
        return failure(tr("This session is not on the day shown."));
    const AgendaSession &session = m_blocks.at(row).session;
    const QDateTime start = dayStartUtc().addSecs(qint64(startMinute) * 60);
    return writeTimes(sessionId, m_columns.at(column).id, start,
                      start.addSecs(session.startsAt.secsTo(session.endsAt)));
}

QVariantMap TimetableModel::resizeSession(qint64 sessionId, int endMinute)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return failure(tr("This session is not on the day shown."));
    const AgendaSession &session = m_blocks.at(row).session;
    const QDateTime earliestEnd = session.startsAt.addSecs(MinimumMinutes * 60);
    const QDateTime end = std::max(earliestEnd, dayStartUtc().addSecs(qint64(endMinute) * 60));
    return writeTimes(sessionId, session.roomId, session.startsAt, end);
}

QVariantMap TimetableModel::scheduleSession(qint64 sessionId, int column, int startMinute, int minutes)
{
    if (column < 0 || column >= m_columns.size())
        return failure(tr("There is no such room column."));
    const auto found = AgendaStore(m_database).session(sessionId);
    if (!found.ok())
        return failure(found.error().message);
    const AgendaSession &session = found.value();
    const qint64 seconds = session.isScheduled() ? session.startsAt.secsTo(session.endsAt)
                                                 : qint64(std::max(minutes, MinimumMinutes)) * 60;
    const QDateTime start = dayStartUtc().addSecs(qint64(startMinute) * 60);
    return writeTimes(sessionId, m_columns.at(column).id, start, start.addSecs(seconds));
}

QVariantMap TimetableModel::unscheduleSession(qint64 sessionId)
{
    return writeTimes(sessionId, std::nullopt, {}, {});
}

QVariantMap TimetableModel::writeTimes(qint64 sessionId, std::optional<qint64> roomId,
                                       const QDateTime &startUtc, const QDateTime &endUtc)
{
    const AgendaStore store(m_database);
    auto found = store.session(sessionId);
    if (!found.ok())
        return failure(found.error().message);
    AgendaSession session = std::move(found).value();
    session.roomId = roomId;
    session.startsAt = startUtc;
    session.endsAt = endUtc;
    if (const Status written = store.updateSession(session); !written)
        return toQmlResult(written);
    readDay();
    Q_EMIT sessionWritten(sessionId);
    return {{QStringLiteral("ok"), true}};
}

void TimetableModel::reload()
{
    readDay();
}

QString TimetableModel::storedStart(qint64 sessionId) const
{
    const auto found = AgendaStore(m_database).session(sessionId);
    if (!found.ok() || !found.value().isScheduled())
        return {};
    return found.value().startsAt.toTimeZone(zone()).toString(Qt::ISODate);
}

void TimetableModel::setConflictLookup(std::function<ConflictMark(qint64)> lookup)
{
    m_conflictLookup = std::move(lookup);
    refreshConflicts();
}

void TimetableModel::refreshConflicts()
{
    for (int row = 0; row < m_blocks.size(); ++row) {
        TimetableBlock &block = m_blocks[row];
        const ConflictMark mark = m_conflictLookup ? m_conflictLookup(block.session.id) : ConflictMark {};
        if (mark.severity == block.severity && mark.text == block.conflictText)
            continue;
        block.severity = mark.severity;
        block.conflictText = mark.text;
        Q_EMIT dataChanged(index(row), index(row), {SeverityRole, ConflictTextRole});
    }
}

QTimeZone TimetableModel::zone() const
{
    const QTimeZone eventZone(m_event->timeZone().toUtf8());
    return eventZone.isValid() ? eventZone : QTimeZone::utc();
}

QDateTime TimetableModel::dayStartUtc() const
{
    // The zone's first instant of the day: midnight, or the first valid time when a
    // daylight-saving change skips midnight itself.
    QDateTime start(m_day, QTime(0, 0), zone());
    if (!start.isValid())
        start = QDateTime(m_day, QTime(1, 0), zone());
    return start.toUTC();
}

void TimetableModel::readRooms()
{
    auto rooms = AgendaStore(m_database).rooms();
    if (!rooms.ok()) {
        Q_EMIT failed(rooms.error().describe());
        return;
    }
    m_rooms = std::move(rooms).value();
    const QStringList words = m_roomFilter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_columns.clear();
    for (const Room &room : std::as_const(m_rooms)) {
        if (roomPasses(room, words))
            m_columns.append(room);
    }
}

void TimetableModel::readDay()
{
    if (!m_day.isValid()) {
        m_day = QDate::fromString(m_event->firstDay(), Qt::ISODate);
        if (!m_day.isValid())
            m_day = QDate::currentDate();
    }
    beginResetModel();
    readRooms();
    m_blocks.clear();
    const QDateTime start = dayStartUtc();
    const QDateTime end = QDateTime(m_day.addDays(1), QTime(0, 0), zone()).toUTC();
    m_dayMinutes = end.isValid() ? int(start.secsTo(end) / 60) : MinutesPerDay;
    QHash<qint64, int> columnOfRoom;
    for (int column = 0; column < m_columns.size(); ++column)
        columnOfRoom.insert(m_columns.at(column).id, column);
    auto sessions = AgendaStore(m_database).sessionsBetween(start, start.addSecs(qint64(m_dayMinutes) * 60));
    if (!sessions.ok()) {
        Q_EMIT failed(sessions.error().describe());
    } else {
        for (AgendaSession &session : std::move(sessions).value()) {
            if (!session.roomId || !columnOfRoom.contains(*session.roomId))
                continue;
            TimetableBlock block;
            block.column = columnOfRoom.value(*session.roomId);
            const qint64 fromStart = start.secsTo(session.startsAt);
            const qint64 toEnd = start.secsTo(session.endsAt);
            block.startMinute = int(std::max<qint64>(0, fromStart / 60));
            block.endMinute = int(std::min<qint64>(m_dayMinutes, (toEnd + 59) / 60));
            block.continuesBefore = fromStart < 0;
            block.continuesAfter = toEnd > qint64(m_dayMinutes) * 60;
            if (m_conflictLookup) {
                const ConflictMark mark = m_conflictLookup(session.id);
                block.severity = mark.severity;
                block.conflictText = mark.text;
            }
            block.session = std::move(session);
            m_blocks.append(std::move(block));
        }
    }
    layOutLanes();
    endResetModel();
    Q_EMIT columnsChanged();
    Q_EMIT dayChanged();
    Q_EMIT nowChanged();
}

void TimetableModel::layOutLanes()
{
    // Sessions overlapping in one room (a double booking the conflicts panel reports) share the
    // column side by side: per column, a greedy assignment of the first free lane, and every
    // session of a cluster of overlaps gets the cluster's lane count.
    QList<int> order(m_blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const TimetableBlock &x = m_blocks.at(a);
        const TimetableBlock &y = m_blocks.at(b);
        return std::tie(x.column, x.startMinute, x.endMinute)
            < std::tie(y.column, y.startMinute, y.endMinute);
    });
    QList<int> laneEnds;
    QList<int> cluster;
    int clusterColumn = -1;
    int clusterEnd = 0;
    const auto closeCluster = [&] {
        for (int member : std::as_const(cluster))
            m_blocks[member].lanes = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (int member : std::as_const(order)) {
        TimetableBlock &block = m_blocks[member];
        if (block.column != clusterColumn || block.startMinute >= clusterEnd) {
            closeCluster();
            clusterColumn = block.column;
            clusterEnd = 0;
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > block.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(block.endMinute);
        else
            laneEnds[lane] = block.endMinute;
        block.lane = lane;
        cluster.append(member);
        clusterEnd = std::max(clusterEnd, block.endMinute);
    }
    closeCluster();
}

TimetableWindowModel::TimetableWindowModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void TimetableWindowModel::setFirstMinute(int minute)
{
    change(m_firstMinute, minute);
}

void TimetableWindowModel::setLastMinute(int minute)
{
    change(m_lastMinute, minute);
}

void TimetableWindowModel::setFirstColumn(int column)
{
    change(m_firstColumn, column);
}

void TimetableWindowModel::setLastColumn(int column)
{
    change(m_lastColumn, column);
}

void TimetableWindowModel::change(int &member, int value)
{
    if (member == value)
        return;
    member = value;
    invalidateRowsFilter();
    Q_EMIT windowChanged();
}

bool TimetableWindowModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex block = sourceModel()->index(sourceRow, 0, sourceParent);
    const int column = block.data(TimetableModel::ColumnRole).toInt();
    return column >= m_firstColumn && column <= m_lastColumn
        && block.data(TimetableModel::StartMinuteRole).toInt() < m_lastMinute
        && block.data(TimetableModel::EndMinuteRole).toInt() > m_firstMinute;
}

UnscheduledSessionModel::UnscheduledSessionModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    reload();
}

int UnscheduledSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant UnscheduledSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaSession &session = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return session.title;
    case SessionIdRole:
        return session.id;
    case KindRole:
        return session.kind;
    case MinutesRole:
        return session.isScheduled() ? int(session.startsAt.secsTo(session.endsAt) / 60) : 60;
    case ReasonRole:
        return session.isScheduled() ? tr("No room") : tr("No time");
    default:
        return {};
    }
}

QHash<int, QByteArray> UnscheduledSessionModel::roleNames() const
{
    return {
        {SessionIdRole, "sessionId"}, {TitleRole, "title"},   {KindRole, "kind"},
        {MinutesRole, "minutes"},     {ReasonRole, "reason"},
    };
}

void UnscheduledSessionModel::reload()
{
    auto sessions = AgendaStore(m_database).unplacedSessions();
    if (!sessions.ok()) {
        Q_EMIT failed(sessions.error().describe());
        return;
    }
    beginResetModel();
    m_sessions = std::move(sessions).value();
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace Plenary
