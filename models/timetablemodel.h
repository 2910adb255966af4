// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QVariantMap>

#include <functional>

namespace Plenary {

class Database;
class EventSettings;

/// One session as the day view draws it: a block in a room's column.
struct TimetableBlock
{
    AgendaSession session;
    int column = 0;
    int startMinute = 0; ///< from the day's start, clipped to the day
    int endMinute = 0;
    bool continuesBefore = false; ///< began on the day before (crosses midnight)
    bool continuesAfter = false;
    int lane = 0; ///< side-by-side place among sessions overlapping in one room
    int lanes = 1;
    int severity = 0; ///< 0 none, 1 warning, 2 error (see ConflictMark)
    QString conflictText;
};

/// What the conflict engine says of one session, as the timetable draws it.
struct ConflictMark
{
    int severity = 0; ///< 0 none, 1 warning, 2 error
    QString text; ///< the sentences, one per line
};

/// One day of the agenda for the timetable: the rooms as columns and the sessions as blocks on
/// a minute axis. The axis runs in real (UTC) minutes from the event zone's midnight, so a day
/// with a daylight-saving change has 23 or 25 hours and a session never jumps; the labels show
/// the event zone's wall-clock times. Only the day's sessions are read (one query).
class TimetableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.timetable")
    /// The day shown, an ISO date in the event's zone.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    /// The event's days: [{date, label}].
    Q_PROPERTY(QVariantList days READ days NOTIFY daysChanged)
    /// Length of the day in minutes: 1440, or 1380/1500 on a daylight-saving change.
    Q_PROPERTY(int dayMinutes READ dayMinutes NOTIFY dayChanged)
    /// "Baku time (UTC+04:00)": the label every time shown carries.
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY dayChanged)
    /// Case-insensitive words a room's name (or floor) must contain to be a column.
    Q_PROPERTY(QString roomFilter READ roomFilter WRITE setRoomFilter NOTIFY columnsChanged)
    /// The columns: [{roomId, name, capacity, floor, booths}].
    Q_PROPERTY(QVariantList columns READ columns NOTIFY columnsChanged)
    Q_PROPERTY(int columnCount READ columnCount NOTIFY columnsChanged)
    Q_PROPERTY(int roomCount READ roomCount NOTIFY columnsChanged)
    /// The current time on this day's axis, or -1 when now is not on this day.
    Q_PROPERTY(int nowMinute READ nowMinute NOTIFY nowChanged)
    /// Where the day's first session starts, to scroll there (8:00 when the day is empty).
    Q_PROPERTY(int firstMinute READ firstMinute NOTIFY dayChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY dayChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        VisibilityRole,
        ColumnRole,
        StartMinuteRole,
        EndMinuteRole,
        ContinuesBeforeRole,
        ContinuesAfterRole,
        LaneRole,
        LanesRole,
        TimeLabelRole,
        ChairCountRole,
        SeverityRole,
        ConflictTextRole,
    };
    Q_ENUM(Role)

    explicit TimetableModel(const Database &database, EventSettings *event, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString day() const { return m_day.toString(Qt::ISODate); }
    void setDay(const QString &isoDate);
    [[nodiscard]] QVariantList days() const;
    [[nodiscard]] int dayMinutes() const { return m_dayMinutes; }
    [[nodiscard]] QString zoneLabel() const;
    [[nodiscard]] QString roomFilter() const { return m_roomFilter; }
    void setRoomFilter(const QString &filter);
    [[nodiscard]] QVariantList columns() const;
    [[nodiscard]] int columnCount() const { return int(m_columns.size()); }
    [[nodiscard]] int roomCount() const { return int(m_rooms.size()); }
    [[nodiscard]] int nowMinute() const;
    [[nodiscard]] int firstMinute() const;

    /// The event zone's wall-clock time at `minute` of the day, "09:30".
    Q_INVOKABLE QString timeLabel(int minute) const;
    /// The event day with the most sessions starting on it (the first day when none has any).
    Q_INVOKABLE QString busiestDay() const;
    /// The event-zone day a session starts on (ISO), empty when it is not scheduled.
    Q_INVOKABLE QString dayOfSession(qint64 sessionId) const;
    /// The block of a session on this day, or -1.
    Q_INVOKABLE int rowOf(qint64 sessionId) const;
    /// Moves a session to `column` at `startMinute` of this day, keeping its length.
    /// Returns `{ok, message}`; on failure nothing changes.
    Q_INVOKABLE QVariantMap moveSession(qint64 sessionId, int column, int startMinute);
    /// Sets a session's end to `endMinute` of this day (at least `minimumMinutes` long).
    Q_INVOKABLE QVariantMap resizeSession(qint64 sessionId, int endMinute);
    /// Puts an unscheduled session into `column` at `startMinute`, for `minutes` (its former
    /// length when it had times, else `minutes`).
    Q_INVOKABLE QVariantMap scheduleSession(qint64 sessionId, int column, int startMinute, int minutes);
    /// Takes a session out of the timetable (no time, no room): it goes to the side list.
    Q_INVOKABLE QVariantMap unscheduleSession(qint64 sessionId);
    /// Re-reads rooms and the day's sessions (after an edit elsewhere).
    Q_INVOKABLE void reload();
    /// The stored start of a session as the event zone's ISO date-time, for checks and tests.
    Q_INVOKABLE QString storedStart(qint64 sessionId) const;

    /// Where the conflict marks come from (the conflict engine); none by default.
    void setConflictLookup(std::function<ConflictMark(qint64)> lookup);
    /// Re-reads every block's conflict mark and signals only the blocks whose mark changed.
    void refreshConflicts();

    /// The shortest a session can be made by resizing.
    static constexpr int MinimumMinutes = 5;

Q_SIGNALS:
    void dayChanged();
    void daysChanged();
    void columnsChanged();
    /// The current-time line moves (every half minute) or the day changed.
    void nowChanged();
    /// A session was written (moved, resized, scheduled, unscheduled): others re-check it.
    void sessionWritten(qint64 sessionId);
    void failed(const QString &message);

private:
    [[nodiscard]] QTimeZone zone() const;
    [[nodiscard]] QDateTime dayStartUtc() const;
    [[nodiscard]] QVariantMap writeTimes(qint64 sessionId, std::optional<qint64> roomId,
                                         const QDateTime &startUtc, const QDateTime &endUtc);
    void readRooms();
    void readDay();
    void layOutLanes();

    const Database &m_database;
    EventSettings *m_event = nullptr;
    QDate m_day;
    int m_dayMinutes = 1440;
    QString m_roomFilter;
    QList<Room> m_rooms;
    QList<Room> m_columns; ///< m_rooms that pass the filter
    QList<TimetableBlock> m_blocks;
    std::function<ConflictMark(qint64)> m_conflictLookup;
};

/// The blocks of a TimetableModel that fall into the visible part of the grid, so that a view
/// creates items only for what can be seen: 72 rooms by 24 hours would otherwise be thousands.
class TimetableWindowModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Visible minutes [firstMinute, lastMinute) and columns [firstColumn, lastColumn].
    Q_PROPERTY(int firstMinute READ firstMinute WRITE setFirstMinute NOTIFY windowChanged)
    Q_PROPERTY(int lastMinute READ lastMinute WRITE setLastMinute NOTIFY windowChanged)
    Q_PROPERTY(int firstColumn READ firstColumn WRITE setFirstColumn NOTIFY windowChanged)
    Q_PROPERTY(int lastColumn READ lastColumn WRITE setLastColumn NOTIFY windowChanged)

public:
    explicit TimetableWindowModel(QObject *parent = nullptr);

    [[nodiscard]] int firstMinute() const { return m_firstMinute; }
    void setFirstMinute(int minute);
    [[nodiscard]] int lastMinute() const { return m_lastMinute; }
    void setLastMinute(int minute);
    [[nodiscard]] int firstColumn() const { return m_firstColumn; }
    void setFirstColumn(int column);
    [[nodiscard]] int lastColumn() const { return m_lastColumn; }
    void setLastColumn(int column);

Q_SIGNALS:
    void windowChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void change(int &member, int value);

    int m_firstMinute = 0;
    int m_lastMinute = 24 * 60;
    int m_firstColumn = 0;
    int m_lastColumn = 0;
};

/// The sessions the timetable cannot place: no time or no room. Shown beside the grid, from
/// where they are dragged in.
class UnscheduledSessionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.unscheduled")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        MinutesRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    explicit UnscheduledSessionModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void failed(const QString &message);

private:
    const Database &m_database;
    QList<AgendaSession> m_sessions;
};

} // namespace Plenary
