// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "minuteslistmodel.h"

#include <QQmlEngine>
#include <QTimeZone>

#include <vector>

namespace Plenary {

class Database;

/// "Name (Delegation)" of each of `ids` that exists, read in one query.
[[nodiscard]] QHash<qint64, QString> participantLabels(const Database &database, std::vector<qint64> ids);
/// The name minutes are written under: `chosen` when set, else the window's desk user.
[[nodiscard]] QString minutesAuthor(const QString &chosen);
/// Every role of `row` by its name: what an edit form of the row starts from.
[[nodiscard]] QVariantMap rowValues(const QAbstractItemModel &model, int row);
/// The name of every delegation.
[[nodiscard]] QHash<qint64, QString> delegationNames(const Database &database);

/// The notes of one session's minutes (the session's own first, then by speaking slot), with
/// the draft/final lock and its history. Times are shown on the event's wall clock.
class SessionMinutesModel : public Plenary::MinutesListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The minutes are final: nothing but an action item's "done" can change.
    Q_PROPERTY(bool isFinal READ isFinal NOTIFY changed)
    /// "Final — locked by Aynur on 2027-05-18 17:40 Baku time (UTC+04:00)", empty when draft.
    Q_PROPERTY(QString finalText READ finalText NOTIFY changed)
    /// `[{status, label, by, at, reason}]`: the finalisations and reopenings, oldest first.
    Q_PROPERTY(QVariantList statusHistory READ statusHistory NOTIFY changed)
    /// `[{value: 0, label: "The session as a whole"}, {value: slotId, label}]`.
    Q_PROPERTY(QVariantList slotChoices READ slotChoices NOTIFY changed)
    Q_PROPERTY(QVariantList confidentialities READ confidentialities CONSTANT)
    /// "Baku time (UTC+04:00)": the zone the times are shown in.
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY changed)

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        SlotIdRole, ///< 0: on the session as a whole
        SlotLabelRole, ///< "Speaker 3: Name (Delegation)", or "Session"
        SlotSpeakerRole, ///< the slot's speaker, empty for the session's own notes
        BodyRole,
        ConfidentialityRole,
        ConfidentialityLabelRole,
        VersionRole,
        UpdatedAtRole, ///< "yyyy-MM-dd HH:mm" on the event's wall clock
        AuthorRole, ///< who saved the latest version
    };
    Q_ENUM(Role)

    explicit SessionMinutesModel(QObject *parent = nullptr);
    explicit SessionMinutesModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_notes.size()); }
    [[nodiscard]] bool isFinal() const;
    [[nodiscard]] QString finalText() const;
    [[nodiscard]] QVariantList statusHistory() const;
    [[nodiscard]] QVariantList slotChoices() const;
    [[nodiscard]] QVariantList confidentialities() const;
    [[nodiscard]] QString zoneLabel() const;

    /// A new empty note on the session (`slotId` 0) or one of its slots; `{ok, message, row, noteId}`.
    Q_INVOKABLE QVariantMap createNote(int slotId, const QString &confidentiality);
    /// The roles of `row` by name.
    Q_INVOKABLE QVariant get(int row) const { return rowValues(*this, row); }
    /// The row of a note, -1 when not in the list.
    Q_INVOKABLE int rowOf(int noteId) const;
    /// Locks the minutes; `{ok, message}` (a refusal is also reported by `failed`).
    Q_INVOKABLE QVariantMap finalise();
    /// Reopens final minutes; the reason is required. `{ok, message, field}`.
    Q_INVOKABLE QVariantMap reopen(const QString &reason);
    void reload() override;

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] QString timeText(const QDateTime &utc) const;

    QList<Note> m_notes;
    QList<MinutesChange> m_history;
    QList<SpeakingSlot> m_slots;
    QHash<qint64, QString> m_slotLabels;
    QHash<qint64, QString> m_slotSpeakers;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Plenary
