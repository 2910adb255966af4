// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Plenary {

class Database;
class EditHistory;

/// The delegations of the event, by name, with head and member count. A few hundred rows at
/// the most, so the whole list is held.
class DelegationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.delegations")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        DelegationIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindLabelRole,
        CountryCodeRole,
        CountryNameRole,
        FlagRole,
        StatusRole,
        StatusLabelRole,
        HeadNameRole,
        MemberCountRole,
        ArrivalRole,
        DepartureRole,
        HotelRole,
    };
    Q_ENUM(Role)

    explicit DelegationModel(const Database &database, QObject *parent = nullptr);

    /// Where edits made through this model are recorded for undo; none by default.
    void setHistory(EditHistory *history) { m_history = history; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    /// The full record of one delegation for the form, with ISO dates.
    Q_INVOKABLE QVariantMap get(qint64 id) const;
    /// Inserts (id 0) or updates; `{ok, message, field, id}`.
    Q_INVOKABLE QVariantMap save(const QVariantMap &fields);
    /// Checks a form as the user types, without writing.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    Q_INVOKABLE QVariantMap remove(qint64 id);
    /// The row of a delegation, -1 when not listed.
    Q_INVOKABLE int rowOf(qint64 id) const;
    /// `[{role, label, quota (-1: none), holding, pending, over}]` for each role that has a
    /// quota or members.
    Q_INVOKABLE QVariantList badgeUse(qint64 id) const;
    /// `[{value: id, label: name}]` for pickers.
    Q_INVOKABLE QVariantList choices() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    /// A delegation was added, changed or deleted here.
    void delegationsWritten();
    void failed(const QString &message);

private:
    [[nodiscard]] static Delegation fromFields(const QVariantMap &fields);
    [[nodiscard]] static QVariantMap quotasToMap(const QMap<QString, int> &quotas);

    const Database &m_database;
    QList<DelegationSummary> m_rows;
    EditHistory *m_history = nullptr;
};

} // namespace Plenary
