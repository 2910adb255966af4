// SPDX-License-Identifier: MIT
#include "openactionitemsmodel.h"

#include "database.h"
#include "logging.h"

#include <QLocale>

#include <algorithm>

namespace Plenary {

OpenActionItemsModel::OpenActionItemsModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    reload();
}

void OpenActionItemsModel::reload()
{
    Result<QList<OpenActionItem>> items = NoteStore(m_database).openActionItemsByOwner();
    if (!items.ok()) {
        qCWarning(lcModels) << "open action items" << items.error().message;
        Q_EMIT failed(items.error().message);
        return;
    }
    beginResetModel();
    m_items = items.value();
    endResetModel();
    Q_EMIT countChanged();
}

void OpenActionItemsModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {OverdueRole});
    Q_EMIT countChanged();
}

bool OpenActionItemsModel::overdue(const OpenActionItem &item) const
{
    return !item.item.done && item.item.dueDate.isValid() && item.item.dueDate < today();
}

int OpenActionItemsModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [this](const OpenActionItem &item) { return overdue(item); }));
}

qint64 OpenActionItemsModel::sessionIdAt(int row) const
{
    return row >= 0 && row < count() ? m_items.at(row).item.sessionId : 0;
}

bool OpenActionItemsModel::toggleDone(int row)
{
    return row >= 0 && row < count() && setDone(row, !m_items.at(row).item.done);
}

bool OpenActionItemsModel::setDone(int row, bool done)
{
    if (row < 0 || row >= count())
        return false;
    OpenActionItem &item = m_items[row];
    if (item.item.done == done)
        return true;
    if (Status written = NoteStore(m_database).setActionItemDone(item.item.id, done); !written) {
        Q_EMIT failed(written.error().message);
        return false;
    }
    item.item.done = done;
    Q_EMIT dataChanged(index(row), index(row), {DoneRole, OverdueRole});
    Q_EMIT countChanged();
    return true;
}

int OpenActionItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OpenActionItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenActionItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.item.id;
    case Qt::DisplayRole:
    case TextRole:
        return item.item.text;
    case OwnerRole:
        return item.owner;
    case DueDateRole:
        return item.item.dueDate.isValid() ? item.item.dueDate.toString(Qt::ISODate) : QString();
    case DueTextRole:
        return item.item.dueDate.isValid() ? QLocale().toString(item.item.dueDate, QLocale::ShortFormat)
                                           : QString();
    case OverdueRole:
        return overdue(item);
    case DoneRole:
        return item.item.done;
    case SessionIdRole:
        return item.item.sessionId;
    case SessionTitleRole:
        return item.sessionTitle;
    case ConfidentialityRole:
        return item.item.confidentiality;
    case FirstOfOwnerRole:
        return index.row() == 0 || m_items.at(index.row() - 1).owner != item.owner;
    default:
        return {};
    }
}

QHash<int, QByteArray> OpenActionItemsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {TextRole, "what"},
            {OwnerRole, "owner"},
            {DueDateRole, "dueDate"},
            {DueTextRole, "dueText"},
            {OverdueRole, "overdue"},
            {DoneRole, "done"},
            {SessionIdRole, "sessionId"},
            {SessionTitleRole, "sessionTitle"},
            {ConfidentialityRole, "confidentiality"},
            {FirstOfOwnerRole, "firstOfOwner"}};
}

} // namespace Plenary
