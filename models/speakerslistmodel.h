// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>

namespace Plenary {

class Database;

/// The speakers' list of one session as the chair works it: every change (add, edit, remove,
/// reorder, protocol order) is written at once in one transaction, so a list on screen is
/// never ahead of the database. Rights of reply always stay after the other slots.
class SpeakersListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(int count READ count NOTIFY totalsChanged)
    /// The sum of the allotted minutes.
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY totalsChanged)
    /// The session's length, 0 while it is unscheduled.
    Q_PROPERTY(int sessionMinutes READ sessionMinutes NOTIFY totalsChanged)
    Q_PROPERTY(bool overrun READ overrun NOTIFY totalsChanged)
    /// "75 of 90 minutes allotted", or "15 minutes over the session's 90".
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    /// `[{value, label}]` of the levels of representation, in protocol order.
    Q_PROPERTY(QVariantList levels READ levels CONSTANT)

public:
    enum Role {
        SlotIdRole = Qt::UserRole + 1,
        SpeakerIdRole,
        SpeakerNameRole,
        DelegationIdRole, ///< on behalf of, 0 when none
        DelegationNameRole,
        TopicRole,
        AllottedMinutesRole, ///< -1 when not set
        CumulativeMinutesRole, ///< allotted minutes up to and including this slot
        RepresentationLevelRole,
        LevelLabelRole,
        RequestedAtRole, ///< "HH:mm" on the event's wall clock (with the date when another day)
        RightOfReplyRole,
        OverrunRole, ///< this slot ends after the session
    };
    Q_ENUM(Role)

    /// Reads the database of the window's Workspace (what QML creates).
    explicit SpeakersListModel(QObject *parent = nullptr);
    explicit SpeakersListModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int sessionId() const { return int(m_sessionId); }
    void setSessionId(int id);
    [[nodiscard]] int count() const { return int(m_slots.size()); }
    [[nodiscard]] int totalMinutes() const;
    [[nodiscard]] int sessionMinutes() const { return m_sessionMinutes; }
    [[nodiscard]] bool overrun() const { return m_sessionMinutes > 0 && totalMinutes() > m_sessionMinutes; }
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QVariantList levels() const;
    [[nodiscard]] const QList<SpeakingSlot> &slots() const { return m_slots; }

    /// Moves a slot; a normal slot cannot go below a right of reply, nor a right of reply
    /// above a normal slot: such moves stop at the boundary. Returns the row it ends on (-1 for
    /// rows out of range or a failed write).
    Q_INVOKABLE int move(int from, int to);
    /// Sorts by protocol: level of representation, then order of request; replies last.
    Q_INVOKABLE QVariantMap orderByProtocol();
    /// Adds a slot at the end of its part (before the rights of reply, or last for a reply).
    /// `onBehalfOf` 0 means the speaker's own delegation; `minutes` -1 means not set.
    /// `{ok, message, field, row}`.
    Q_INVOKABLE QVariantMap add(qint64 speakerId, qint64 onBehalfOf, const QString &topic, int minutes,
                                const QString &level, bool rightOfReply);
    /// Changes a slot: any of `speakerId`, `onBehalfOf`, `topic`, `minutes`, `level`,
    /// `rightOfReply` in `fields` (turning a slot into a reply moves it to the end).
    Q_INVOKABLE QVariantMap edit(int row, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap remove(int row);
    /// Checks the slot form as it is typed: `speakerId`, `minutes` (text, empty: not set),
    /// `level`; `{ok, message, field}`.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    /// Reads the list and the session's length again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void sessionIdChanged();
    void totalsChanged();
    /// The list was written: the conflict engine re-checks this session's speakers.
    void slotsWritten(qint64 sessionId);
    void failed(const QString &message);

private:
    /// Writes `slots` as the list; on success takes them (with their new ids) as the rows.
    [[nodiscard]] Status write(const QList<SpeakingSlot> &slots);
    [[nodiscard]] int firstReplyRow() const;
    void readNames(const QList<SpeakingSlot> &slots);
    [[nodiscard]] static Error validateSlot(const SpeakingSlot &slot);

    const Database *m_database = nullptr;
    qint64 m_sessionId = 0;
    int m_sessionMinutes = 0;
    QTimeZone m_zone = QTimeZone::utc();
    QList<SpeakingSlot> m_slots;
    QHash<qint64, QString> m_speakerNames;
    QHash<qint64, qint64> m_speakerDelegations;
    QHash<qint64, QString> m_delegationNames;
};

} // namespace Plenary
