// SPDX-License-Identifier: MIT
#include "actionitemlistmodel.h"

#include "database.h"
#include "logging.h"
#include "notestore.h"
#include "participantstore.h"
#include "qmlresult.h"
#include "sessionminutesmodel.h"
#include "workspace.h"

#include <QRegularExpression>

#include <algorithm>

namespace Plenary {

ActionItemListModel::ActionItemListModel(QObject *parent)
    : MinutesListModel(parent)
{ }

ActionItemListModel::ActionItemListModel(const Database &database, QObject *parent)
    : MinutesListModel(database, parent)
{ }

void ActionItemListModel::reload()
{
    QList<ActionItem> items;
    if (m_database && m_sessionId > 0) {
        if (Result<QList<ActionItem>> read = NoteStore(*m_database).actionItems(m_sessionId); read.ok()) {
            items = read.value();
        } else {
            qCWarning(lcModels) << "action items of session" << m_sessionId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
        std::vector<qint64> people;
        bool delegations = false;
        for (const ActionItem &item : std::as_const(items)) {
            if (item.ownerParticipantId)
                people.push_back(*item.ownerParticipantId);
            delegations = delegations || item.ownerDelegationId.has_value();
        }
        m_participantNames = participantLabels(*m_database, people);
        if (delegations)
            m_delegationNames = delegationNames(*m_database);
    }
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT countChanged();
}

int ActionItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ActionItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case OwnerRole:
        if (item.ownerParticipantId)
            return QStringLiteral("p:%1").arg(*item.ownerParticipantId);
        if (item.ownerDelegationId)
            return QStringLiteral("d:%1").arg(*item.ownerDelegationId);
        return QString();
    case OwnerNameRole:
        if (item.ownerParticipantId)
            return m_participantNames.value(*item.ownerParticipantId);
        if (item.ownerDelegationId)
            return m_delegationNames.value(*item.ownerDelegationId);
        return tr("No owner");
    case DueDateRole:
        return item.dueDate.isValid() ? item.dueDate.toString(Qt::ISODate) : QString();
    case DoneRole:
        return item.done;
    case OverdueRole:
        return !item.done && item.dueDate.isValid() && item.dueDate < QDate::currentDate();
    case ConfidentialityRole:
        return item.confidentiality;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionItemListModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},   {TextRole, "itemText"},
            {OwnerRole, "owner"},     {OwnerNameRole, "ownerName"},
            {DueDateRole, "dueDate"}, {DoneRole, "done"},
            {OverdueRole, "overdue"}, {ConfidentialityRole, "confidentiality"}};
}

QVariantList ActionItemListModel::findOwners(const QString &text, int limit) const
{
    QVariantList list;
    if (!m_database || text.trimmed().isEmpty())
        return list;
    // Delegations first (few, and an item is often theirs), then people.
    const QString typed = text.trimmed();
    const QHash<qint64, QString> delegations = delegationNames(*m_database);
    QList<std::pair<QString, qint64>> matching;
    for (auto it = delegations.cbegin(); it != delegations.cend(); ++it) {
        if (it.value().contains(typed, Qt::CaseInsensitive))
            matching.append({it.value(), it.key()});
    }
    std::sort(matching.begin(), matching.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(matching)) {
        if (list.size() >= limit)
            break;
        list.append(QVariantMap {{QStringLiteral("value"), QStringLiteral("d:%1").arg(id)},
                                 {QStringLiteral("label"), tr("%1 (delegation)").arg(name)}});
    }
    ParticipantFilter filter;
    filter.text = typed;
    Result<std::vector<qint64>> ids = ParticipantStore(*m_database).matchingIds(filter);
    if (!ids.ok())
        return list;
    std::vector<qint64> first = ids.value();
    if (first.size() > size_t(std::max(limit, 1)))
        first.resize(size_t(std::max(limit, 1)));
    const QHash<qint64, QString> people = participantLabels(*m_database, first);
    for (const qint64 id : first) {
        if (list.size() >= limit)
            break;
        if (people.contains(id))
            list.append(QVariantMap {{QStringLiteral("value"), QStringLiteral("p:%1").arg(id)},
                                     {QStringLiteral("label"), people.value(id)}});
    }
    return list;
}

Result<ActionItem> ActionItemListModel::fromFields(const QVariantMap &fields)
{
    ActionItem item;
    item.text = fields.value(QStringLiteral("text")).toString().trimmed();
    item.done = fields.value(QStringLiteral("done")).toBool();
    item.confidentiality = fields.value(QStringLiteral("confidentiality"), item.confidentiality).toString();
    const QString owner = fields.value(QStringLiteral("owner")).toString();
    const qint64 ownerId = owner.mid(2).toLongLong();
    if (owner.startsWith(u"p:") && ownerId > 0)
        item.ownerParticipantId = ownerId;
    else if (owner.startsWith(u"d:") && ownerId > 0)
        item.ownerDelegationId = ownerId;
    else if (!owner.isEmpty())
        return Error {tr("Choose the owner from the list."), QStringLiteral("owner"), 0};
    const QString due = fields.value(QStringLiteral("dueDate")).toString().trimmed();
    if (!due.isEmpty()) {
        // Qt's ISO parsing lets trailing text through: the form is checked whole first.
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (day.match(due).hasMatch())
            item.dueDate = QDate::fromString(due, Qt::ISODate);
        if (!item.dueDate.isValid())
            return Error {tr("Write the due date as 2027-05-31."), QStringLiteral("dueDate"), 0};
    }
    if (Status valid = NoteStore::validate(item); !valid)
        return valid.error();
    return item;
}

QVariantMap ActionItemListModel::validate(const QVariantMap &fields) const
{
    const Result<ActionItem> item = fromFields(fields);
    return item.ok() ? toQmlResult(Status()) : toQmlResult(item.error());
}

QVariantMap ActionItemListModel::save(int itemId, const QVariantMap &fields)
{
    Result<ActionItem> form = fromFields(fields);
    if (!form.ok())
        return toQmlResult(form.error());
    if (!m_database || m_sessionId <= 0)
        return toQmlResult(Error {tr("Open a session first."), {}, 0});
    ActionItem item = form.value();
    item.sessionId = m_sessionId;
    const NoteStore store(*m_database);
    Status status;
    if (itemId > 0) {
        item.id = itemId;
        status = store.updateActionItem(item);
    } else if (Result<qint64> id = store.insertActionItem(item, author()); id.ok()) {
        item.id = id.value();
    } else {
        status = id.error();
    }
    return afterWrite(status, item.id);
}

QVariantMap ActionItemListModel::setDone(int row, bool done)
{
    if (!m_database || row < 0 || row >= m_items.size())
        return toQmlResult(Error {tr("No such action item."), {}, 0});
    const Status status = NoteStore(*m_database).setActionItemDone(m_items.at(row).id, done);
    if (!status.ok()) {
        Q_EMIT failed(status.error().message);
        return toQmlResult(status);
    }
    m_items[row].done = done;
    Q_EMIT dataChanged(index(row, 0), index(row, 0), {DoneRole, OverdueRole});
    return toQmlResult(status);
}

QVariantMap ActionItemListModel::remove(int row)
{
    if (!m_database || row < 0 || row >= m_items.size())
        return toQmlResult(Error {tr("No such action item."), {}, 0});
    const Status status = NoteStore(*m_database).removeActionItem(m_items.at(row).id);
    return afterRemove(status);
}

QVariant ActionItemListModel::get(int row) const
{
    return rowValues(*this, row);
}

} // namespace Plenary
