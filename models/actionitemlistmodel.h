// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "minuteslistmodel.h"
#include "result.h"

#include <QQmlEngine>

namespace Plenary {

class Database;

/// The action items of one session's minutes: what, who (a participant or a delegation), by
/// when, done. "Done" can still be ticked on final minutes (follow-up, not the record).
class ActionItemListModel : public Plenary::MinutesListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TextRole,
        OwnerRole, ///< "p:12" (participant), "d:3" (delegation), "" (none)
        OwnerNameRole,
        DueDateRole, ///< "yyyy-MM-dd", empty when none
        DoneRole,
        OverdueRole, ///< open and due before today
        ConfidentialityRole,
    };
    Q_ENUM(Role)

    explicit ActionItemListModel(QObject *parent = nullptr);
    explicit ActionItemListModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_items.size()); }

    /// Participants and delegations whose name matches `text`: `[{value: "p:12"|"d:3", label}]`.
    Q_INVOKABLE QVariantList findOwners(const QString &text, int limit = 20) const;
    /// Checks the form: `text`, `owner`, `dueDate` ("yyyy-MM-dd" or empty), `done`,
    /// `confidentiality`; `{ok, message, field}`.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    /// Writes the form as a new item (`itemId` 0) or over one; `{ok, message, field, row}`.
    Q_INVOKABLE QVariantMap save(int itemId, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap setDone(int row, bool done);
    Q_INVOKABLE QVariantMap remove(int row);
    Q_INVOKABLE QVariant get(int row) const;
    void reload() override;

    [[nodiscard]] static Result<ActionItem> fromFields(const QVariantMap &fields);

Q_SIGNALS:
    void countChanged();

private:
    QList<ActionItem> m_items;
    QHash<qint64, QString> m_participantNames;
    QHash<qint64, QString> m_delegationNames;
};

} // namespace Plenary
