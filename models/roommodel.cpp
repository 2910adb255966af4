// SPDX-License-Identifier: MIT
#include "roommodel.h"

#include "agendastore.h"
#include "database.h"
#include "logging.h"
#include "qmlresult.h"

#include <algorithm>

namespace Plenary {

RoomModel::RoomModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    reload();
}

void RoomModel::reload()
{
    Result<QList<Room>> rooms = AgendaStore(m_database).rooms();
    if (!rooms.ok()) {
        qCWarning(lcModels) << "rooms" << rooms.error().message;
        Q_EMIT failed(rooms.error().message);
        return;
    }
    const int before = count();
    beginResetModel();
    m_rooms = rooms.value();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

int RoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &room = m_rooms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return room.name;
    case RoomIdRole:
        return room.id;
    case CapacityRole:
        return room.capacity.value_or(-1);
    case FloorRole:
        return room.floor;
    case BoothsRole:
        return room.booths;
    case PositionRole:
        return room.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoomModel::roleNames() const
{
    return {{RoomIdRole, "roomId"}, {NameRole, "name"},     {CapacityRole, "capacity"},
            {FloorRole, "floor"},   {BoothsRole, "booths"}, {PositionRole, "position"}};
}

QVariantMap RoomModel::get(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return {{QStringLiteral("id"), qint64(0)},
                {QStringLiteral("name"), QString()},
                {QStringLiteral("capacity"), QString()},
                {QStringLiteral("floor"), QString()},
                {QStringLiteral("booths"), 0}};
    const Room &room = m_rooms.at(row);
    return {{QStringLiteral("id"), room.id},
            {QStringLiteral("name"), room.name},
            {QStringLiteral("capacity"), room.capacity ? QString::number(*room.capacity) : QString()},
            {QStringLiteral("floor"), room.floor},
            {QStringLiteral("booths"), room.booths}};
}

Result<Room> RoomModel::fromFields(const QVariantMap &fields)
{
    Room room;
    room.id = fields.value(QStringLiteral("id")).toLongLong();
    room.name = fields.value(QStringLiteral("name")).toString();
    room.floor = fields.value(QStringLiteral("floor")).toString();
    const QString capacity = fields.value(QStringLiteral("capacity")).toString().trimmed();
    if (!capacity.isEmpty()) {
        bool ok = false;
        const int seats = capacity.toInt(&ok);
        if (!ok || seats < 0)
            return Error {tr("A capacity is a number of seats, 0 or more."), QStringLiteral("capacity"), 0};
        room.capacity = seats;
    }
    bool boothsOk = true;
    const QVariant booths = fields.value(QStringLiteral("booths"), 0);
    room.booths = booths.toString().trimmed().isEmpty() ? 0 : booths.toInt(&boothsOk);
    if (!boothsOk)
        return Error {tr("Interpretation booths are a number, 0 or more."), QStringLiteral("booths"), 0};
    if (Status valid = AgendaStore::validate(room); !valid)
        return valid.error();
    return room;
}

QVariantMap RoomModel::validate(const QVariantMap &fields) const
{
    Result<Room> room = fromFields(fields);
    if (!room.ok())
        return toQmlResult(room.error());
    const QString name = room.value().name.trimmed();
    for (const Room &other : m_rooms) {
        if (other.id != room.value().id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return toQmlResult(
                Error {tr("There is already a room called \"%1\".").arg(name), QStringLiteral("name"), 0});
    }
    return toQmlResult({});
}

QVariantMap RoomModel::save(const QVariantMap &fields)
{
    if (QVariantMap check = validate(fields); !check.value(QStringLiteral("ok")).toBool())
        return check;
    Room room = fromFields(fields).value();
    const AgendaStore store(m_database);
    Status written;
    const int row = rowOf(room.id);
    if (room.id == 0) {
        room.position = m_rooms.isEmpty()
            ? 0
            : std::max_element(
                  m_rooms.cbegin(), m_rooms.cend(),
                  [](const Room &a, const Room &b) {
                      return a.position < b.position;
                  })->position
                + 1;
        Result<qint64> id = store.insertRoom(room);
        if (id.ok())
            room.id = id.value();
        else
            written = id.error();
    } else {
        if (row >= 0) {
            room.position = m_rooms.at(row).position;
            room.guid = m_rooms.at(row).guid;
        }
        written = store.updateRoom(room);
    }
    if (!written) {
        if (!isFormError(written.error()))
            Q_EMIT failed(written.error().message);
        return toQmlResult(written);
    }
    reload();
    Q_EMIT roomsWritten();
    QVariantMap result = toQmlResult({});
    result.insert(QStringLiteral("id"), room.id);
    return result;
}

QVariantMap RoomModel::remove(qint64 id)
{
    if (Status removed = AgendaStore(m_database).removeRoom(id); !removed) {
        Q_EMIT failed(removed.error().message);
        return toQmlResult(removed);
    }
    reload();
    Q_EMIT roomsWritten();
    return toQmlResult({});
}

QVariantMap RoomModel::moveColumn(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= count() || target < 0 || target >= count() || delta == 0)
        return toQmlResult({});
    QList<Room> order = m_rooms;
    order.move(row, target);
    // Renumbered from 0 in one transaction, so that equal positions from imports sort out too.
    const AgendaStore store(m_database);
    Transaction transaction(m_database);
    if (!transaction.ok())
        return toQmlResult(transaction.error());
    for (int i = 0; i < order.size(); ++i) {
        if (order[i].position == i)
            continue;
        order[i].position = i;
        if (Status written = store.updateRoom(order[i]); !written) {
            Q_EMIT failed(written.error().message);
            return toQmlResult(written);
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        Q_EMIT failed(committed.error().message);
        return toQmlResult(committed);
    }
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rooms = order;
    endMoveRows();
    Q_EMIT dataChanged(index(0), index(count() - 1), {PositionRole});
    Q_EMIT roomsWritten();
    return toQmlResult({});
}

int RoomModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rooms.size(); ++i) {
        if (m_rooms.at(i).id == id)
            return i;
    }
    return -1;
}

QVariantList RoomModel::choices() const
{
    QVariantList list;
    for (const Room &room : m_rooms)
        list.append(QVariantMap {{QStringLiteral("value"), room.id}, {QStringLiteral("label"), room.name}});
    return list;
}

} // namespace Plenary
