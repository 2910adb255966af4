// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "result.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Plenary {

class Database;

/// The rooms of the venue in column order (the timetable's columns). A few dozen rows: the
/// whole list is held.
class RoomModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.rooms")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        RoomIdRole = Qt::UserRole + 1,
        NameRole,
        CapacityRole, ///< -1 when unknown
        FloorRole,
        BoothsRole,
        PositionRole,
    };
    Q_ENUM(Role)

    explicit RoomModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rooms.size()); }
    [[nodiscard]] const QList<Room> &rooms() const { return m_rooms; }

    /// `{id, name, capacity ("" when unknown), floor, booths}` for the form.
    Q_INVOKABLE QVariantMap get(qint64 id) const;
    /// Checks a form as the user types: `{ok, message, field}`.
    Q_INVOKABLE QVariantMap validate(const QVariantMap &fields) const;
    /// Inserts (id 0, after the last column) or updates: `{ok, message, field, id}`.
    Q_INVOKABLE QVariantMap save(const QVariantMap &fields);
    /// Deletes a room; its sessions become roomless.
    Q_INVOKABLE QVariantMap remove(qint64 id);
    /// Moves a room one column left (-1) or right (+1), renumbering the columns.
    Q_INVOKABLE QVariantMap moveColumn(int row, int delta);
    Q_INVOKABLE int rowOf(qint64 id) const;
    /// `[{value: id, label: name}]` for pickers.
    Q_INVOKABLE QVariantList choices() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    /// A room was added, changed, moved or deleted here: the timetable redraws its columns.
    void roomsWritten();
    void failed(const QString &message);

private:
    [[nodiscard]] static Result<Room> fromFields(const QVariantMap &fields);

    const Database &m_database;
    QList<Room> m_rooms;
};

} // namespace Plenary
