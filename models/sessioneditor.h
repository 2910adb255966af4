// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimeZone>
#include <QVariantMap>

namespace Plenary {

class Database;

/// A local wall-clock time of the event's zone turned into UTC, or why it cannot be.
struct LocalTime
{
    QDateTime utc; ///< invalid when the local time does not exist (a daylight-saving gap)
    bool ambiguous = false; ///< the local time happens twice (clocks go back): the first is used
};

/// The edit form of one session: its fields as QML binds them, with times as the event's
/// wall clock (dates "yyyy-MM-dd", times "HH:mm") in its zone, checked as they are typed and
/// written in UTC by `save()`. QML makes one per dialog or page; it reads the window's database.
class SessionEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The session being edited; 0 starts a new one (setting it loads the session).
    Q_PROPERTY(int sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY sessionIdChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY changed)
    /// 0: no room.
    Q_PROPERTY(int roomId READ roomId WRITE setRoomId NOTIFY changed)
    Q_PROPERTY(QString roomName READ roomName NOTIFY changed)
    Q_PROPERTY(QString startDate READ startDate WRITE setStartDate NOTIFY changed)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY changed)
    Q_PROPERTY(QString endDate READ endDate WRITE setEndDate NOTIFY changed)
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY changed)
    /// The times in UTC as they will be stored; invalid while unscheduled or not valid.
    Q_PROPERTY(QDateTime startsAtUtc READ startsAtUtc NOTIFY changed)
    Q_PROPERTY(QDateTime endsAtUtc READ endsAtUtc NOTIFY changed)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY changed)
    Q_PROPERTY(QString visibility READ visibility WRITE setVisibility NOTIFY changed)
    Q_PROPERTY(QStringList languages READ languages WRITE setLanguages NOTIFY changed)
    /// Digits, empty when unknown.
    Q_PROPERTY(QString expectedAttendance READ expectedAttendance WRITE setExpectedAttendance NOTIFY changed)
    Q_PROPERTY(QString track READ track WRITE setTrack NOTIFY changed)
    /// `[{id, name, delegation}]` in order.
    Q_PROPERTY(QVariantList chairs READ chairs NOTIFY changed)
    /// The event's IANA zone, e.g. "Asia/Baku".
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY zoneChanged)
    /// "Baku time (UTC+04:00)", with the offset at the start (at the end for endZoneLabel).
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY changed)
    Q_PROPERTY(QString endZoneLabel READ endZoneLabel NOTIFY changed)
    /// "Tuesday 18 May 2027, 09:30–11:00 Baku time (UTC+04:00)", or "Not scheduled".
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(int durationMinutes READ durationMinutes NOTIFY changed)
    /// `{ok, message, field}` of the form as it stands (the first problem).
    Q_PROPERTY(QVariantMap check READ check NOTIFY changed)
    /// A note that is not an error, e.g. which of two equal local times (clocks going back) is used.
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(bool modified READ modified NOTIFY changed)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList visibilities READ visibilities CONSTANT)
    /// `[{value: 0, label: "No room"}, {value: id, label: name}, ...]`.
    Q_PROPERTY(QVariantList roomChoices READ roomChoices NOTIFY roomsChanged)

public:
    /// Reads the database of the window's Workspace (what QML creates).
    explicit SessionEditor(QObject *parent = nullptr);
    explicit SessionEditor(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int sessionId() const { return int(m_session.id); }
    void setSessionId(int id);
    [[nodiscard]] bool isNew() const { return m_session.id == 0; }
    [[nodiscard]] QString title() const { return m_session.title; }
    void setTitle(const QString &title);
    [[nodiscard]] QString kind() const { return m_session.kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString kindLabel() const;
    [[nodiscard]] int roomId() const { return int(m_session.roomId.value_or(0)); }
    void setRoomId(int id);
    [[nodiscard]] QString roomName() const;
    [[nodiscard]] QString startDate() const { return m_startDate; }
    void setStartDate(const QString &date);
    [[nodiscard]] QString startTime() const { return m_startTime; }
    void setStartTime(const QString &time);
    [[nodiscard]] QString endDate() const { return m_endDate; }
    void setEndDate(const QString &date);
    [[nodiscard]] QString endTime() const { return m_endTime; }
    void setEndTime(const QString &time);
    [[nodiscard]] QDateTime startsAtUtc() const { return m_session.startsAt; }
    [[nodiscard]] QDateTime endsAtUtc() const { return m_session.endsAt; }
    [[nodiscard]] QString description() const { return m_session.description; }
    void setDescription(const QString &description);
    [[nodiscard]] QString visibility() const { return m_session.visibility; }
    void setVisibility(const QString &visibility);
    [[nodiscard]] QStringList languages() const { return m_session.languages; }
    void setLanguages(const QStringList &languages);
    [[nodiscard]] QString expectedAttendance() const { return m_attendance; }
    void setExpectedAttendance(const QString &text);
    [[nodiscard]] QString track() const { return m_session.track; }
    void setTrack(const QString &track);
    [[nodiscard]] QVariantList chairs() const;
    [[nodiscard]] QString timeZone() const { return m_zoneId; }
    [[nodiscard]] QString zoneLabel() const;
    [[nodiscard]] QString endZoneLabel() const;
    [[nodiscard]] QString whenText() const;
    [[nodiscard]] int durationMinutes() const;
    [[nodiscard]] QVariantMap check() const;
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] bool modified() const { return m_modified; }
    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] QVariantList visibilities() const;
    [[nodiscard]] QVariantList roomChoices() const;

    /// The session as it would be saved (times in UTC; invalid ones left out).
    [[nodiscard]] const AgendaSession &session() const { return m_session; }
    /// The first problem of the form, with its field.
    [[nodiscard]] Status validation() const { return m_validation; }

    /// Reads the session again (or empties the form for a new one) and the rooms and zone.
    Q_INVOKABLE void reload();
    /// A new unscheduled session; `startUtc`/`roomId` prefill it (a click on an empty cell).
    Q_INVOKABLE void startNew(const QDateTime &startUtc = {}, qint64 roomId = 0, int minutes = 60);
    Q_INVOKABLE void addChair(qint64 participantId);
    Q_INVOKABLE void removeChair(int index);
    /// Moves start and end by `minutes` (the keyboard path of the timetable); not saved yet.
    Q_INVOKABLE bool moveBy(int minutes);
    /// Moves the end by `minutes`, keeping at least 5 minutes; not saved yet.
    Q_INVOKABLE bool resizeBy(int minutes);
    /// Writes the session in one transaction: `{ok, message, field, id}`; emits `saved`.
    Q_INVOKABLE QVariantMap save();
    /// Deletes the session (its speakers' list goes with it); emits `removed`.
    Q_INVOKABLE QVariantMap remove();
    /// Up to `limit` participants whose name matches `text`: `[{value, label, delegationId,
    /// delegationName}]` for the chair and speaker pickers.
    Q_INVOKABLE QVariantList findParticipants(const QString &text, int limit = 20) const;

    /// `local` (a wall-clock time in `zone`) in UTC: invalid in a daylight-saving gap, the
    /// first of the two when it happens twice.
    [[nodiscard]] static LocalTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone);
    /// "Baku time (UTC+04:00)" with the offset in force at `at` (now when invalid).
    [[nodiscard]] static QString zoneLabel(const QTimeZone &zone, const QDateTime &at);
    /// "09:30", "9:30" or "0930" read as a time; invalid otherwise.
    [[nodiscard]] static QTime parseTime(const QString &text);

Q_SIGNALS:
    void sessionIdChanged();
    void changed();
    void zoneChanged();
    void roomsChanged();
    /// The session was written (inserted or updated): timetable and conflicts refresh.
    void saved(qint64 sessionId);
    void removed(qint64 sessionId);
    /// A failure of the system (not of the form), for the window's one error banner.
    void failed(const QString &message);

private:
    void setWallClock(const QDateTime &startUtc, const QDateTime &endUtc);
    /// Recomputes the UTC times and the validation after any change, then emits `changed`.
    void update();
    void loadChairNames();
    [[nodiscard]] QString localDateTimeText(const QDateTime &utc, bool withDate) const;

    const Database *m_database = nullptr;
    AgendaSession m_session;
    QString m_startDate;
    QString m_startTime;
    QString m_endDate;
    QString m_endTime;
    QString m_attendance;
    QString m_zoneId = QStringLiteral("UTC");
    QTimeZone m_zone = QTimeZone::utc();
    QList<Room> m_rooms;
    QHash<qint64, QVariantMap> m_chairInfo;
    Status m_validation;
    QString m_notice;
    bool m_modified = false;
};

} // namespace Plenary
