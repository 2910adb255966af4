// SPDX-License-Identifier: MIT
#pragma once

#include "checkinstore.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace Plenary {

class Database;
class EditHistory;
class EventSettings;

/// A short list of check-in records for QML: the desk's name candidates or its latest
/// check-ins. Holds at most a few rows, all read by one query.
class CheckInListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.checkIn")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ParticipantIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        NativeNameRole,
        DelegationNameRole,
        FlagRole,
        RoleLabelRole,
        AccreditationStateRole,
        StateLabelRole,
        BadgeNumberRole,
        VerdictRole,
        TimeRole,
        ChangedByRole,
    };
    Q_ENUM(Role)

    /// `timeOf` formats a UTC time for the rows' time column (the event's zone).
    explicit CheckInListModel(std::function<QString(const QDateTime &)> timeOf, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_records.size()); }

    void setRecords(QList<CheckInRecord> records);
    [[nodiscard]] const QList<CheckInRecord> &records() const { return m_records; }

Q_SIGNALS:
    void countChanged();

private:
    std::function<QString(const QDateTime &)> m_timeOf;
    QList<CheckInRecord> m_records;
};

/// The check-in desk: one field that takes a badge number, a scanned badge code or a name;
/// the match (or the candidates to choose from); one action that checks the chosen person in
/// under the desk user; and the latest check-ins, to catch mistakes.
class CheckInDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.checkIn")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(Plenary::CheckInListModel *candidates READ candidates CONSTANT)
    Q_PROPERTY(Plenary::CheckInListModel *recent READ recent CONSTANT)
    /// The candidate the card shows; -1 when none.
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    /// What the card shows: `{participantId, displayName, nativeName, delegationName, flag,
    /// roleLabel, state, stateLabel, badgeNumber, initials, hasPhoto, verdict, headline, detail}`,
    /// verdict one of "ready", "already", "blocked", "done" (just checked in here); empty
    /// when nothing is shown.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool exactBadge READ exactBadge NOTIFY resultsChanged)
    Q_PROPERTY(bool moreCandidates READ moreCandidates NOTIFY resultsChanged)
    /// Why nothing is shown for a non-empty query ("No badge 000999", "Nobody is called ...").
    Q_PROPERTY(QString notFound READ notFound NOTIFY resultsChanged)

public:
    /// Latest check-ins listed under the card.
    static constexpr int RecentShown = 6;

    CheckInDesk(const Database &database, const EventSettings *event, QObject *parent = nullptr);

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] CheckInListModel *candidates() const { return m_candidates; }
    [[nodiscard]] CheckInListModel *recent() const { return m_recent; }
    [[nodiscard]] int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    [[nodiscard]] QVariantMap current() const;
    [[nodiscard]] bool exactBadge() const { return m_exactBadge; }
    [[nodiscard]] bool moreCandidates() const { return m_moreCandidates; }
    [[nodiscard]] QString notFound() const { return m_notFound; }

    /// Where check-ins made here are recorded for undo; none by default.
    void setHistory(EditHistory *history) { m_history = history; }

    /// Checks in the person the card shows, recorded under `actor`: `{ok, message, field}`.
    Q_INVOKABLE QVariantMap checkInCurrent(const QString &actor);
    /// Takes back the check-in of the person the card shows (CheckInStore::revertCheckIn).
    Q_INVOKABLE QVariantMap revertCheckInOfCurrent(const QString &reason, const QString &actor);
    /// Shows one of the latest check-ins on the card (to look at a mistake).
    Q_INVOKABLE void showRecent(int row);
    /// Shows one participant on the card: the candidate when listed, otherwise on its own.
    Q_INVOKABLE void showParticipant(qint64 participantId);
    /// Empties the field and the card.
    Q_INVOKABLE void clear();
    /// What a badge's QR code holds for this badge number (BadgeCode::payload).
    Q_INVOKABLE QString badgeCode(const QString &badgeNumber) const
    {
        return BadgeCode::payload(badgeNumber);
    }
    /// Whether the window can show photos (an `image://photo/` provider is installed).
    Q_INVOKABLE bool photosAvailable() const;
    /// "09:12 (Asia/Baku)", with the date when it is not today in the event's zone.
    Q_INVOKABLE QString timeLabel(const QDateTime &utc) const;

public Q_SLOTS:
    /// Reads the lookup and the latest check-ins again (after writes elsewhere).
    void refresh();

Q_SIGNALS:
    void queryChanged();
    void currentChanged();
    void resultsChanged();
    /// A person was checked in here, or a check-in taken back.
    void participantMoved(qint64 participantId);
    void failed(const QString &message);

private:
    void runLookup();
    /// Runs a check-in or its correction of participant `id` (recorded for undo as
    /// `description`) and pins the result on the card.
    [[nodiscard]] Status moveAndPin(qint64 id, const std::function<Result<CheckInRecord>()> &move,
                                    const QString &description, const QString &reason, bool justCheckedIn);
    void unpin();
    void refreshRecent();
    [[nodiscard]] QVariantMap card(const CheckInRecord &record, const QString &verdict) const;

    const Database &m_database;
    const EventSettings *m_event;
    QString m_query;
    CheckInListModel *m_candidates;
    CheckInListModel *m_recent;
    int m_currentIndex = -1;
    bool m_exactBadge = false;
    bool m_moreCandidates = false;
    QString m_notFound;
    /// A record shown without being a candidate: just checked in, or picked from the recent list.
    std::optional<CheckInRecord> m_pinned;
    bool m_pinnedJustCheckedIn = false;
    EditHistory *m_history = nullptr;
};

} // namespace Plenary
