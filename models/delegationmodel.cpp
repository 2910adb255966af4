// SPDX-License-Identifier: MIT
#include "delegationmodel.h"

#include "countries.h"
#include "delegationstore.h"
#include "edits.h"
#include "qmlresult.h"
#include "vocabulary.h"

namespace Plenary {

DelegationModel::DelegationModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{
    reload();
}

void DelegationModel::reload()
{
    Result<QList<DelegationSummary>> list = DelegationStore(m_database).list();
    if (!list.ok()) {
        Q_EMIT failed(list.error().describe());
        return;
    }
    beginResetModel();
    m_rows = std::move(list).value();
    endResetModel();
    Q_EMIT countChanged();
}

int DelegationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DelegationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DelegationSummary &row = m_rows.at(index.row());
    const Delegation &d = row.delegation;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return d.name;
    case DelegationIdRole:
        return d.id;
    case KindRole:
        return d.kind;
    case KindLabelRole:
        return Vocabulary::label(Vocabulary::delegationKinds(), d.kind);
    case CountryCodeRole:
        return d.countryCode;
    case CountryNameRole:
        return Countries::name(d.countryCode);
    case FlagRole:
        return Countries::flag(d.countryCode);
    case StatusRole:
        return d.status;
    case StatusLabelRole:
        return Vocabulary::label(Vocabulary::delegationStatuses(), d.status);
    case HeadNameRole:
        return row.headName;
    case MemberCountRole:
        return row.memberCount;
    case ArrivalRole:
        return d.arrival.toString(Qt::ISODate);
    case DepartureRole:
        return d.departure.toString(Qt::ISODate);
    case HotelRole:
        return d.hotel;
    default:
        return {};
    }
}

QHash<int, QByteArray> DelegationModel::roleNames() const
{
    return {
        {DelegationIdRole, "delegationId"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {KindLabelRole, "kindLabel"},
        {CountryCodeRole, "countryCode"},
        {CountryNameRole, "countryName"},
        {FlagRole, "flag"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {HeadNameRole, "headName"},
        {MemberCountRole, "memberCount"},
        {ArrivalRole, "arrival"},
        {DepartureRole, "departure"},
        {HotelRole, "hotel"},
    };
}

QVariantMap DelegationModel::get(qint64 id) const
{
    Result<Delegation> found = DelegationStore(m_database).get(id);
    if (!found.ok())
        return {};
    const Delegation &d = found.value();
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("countryCode"), d.countryCode},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("arrival"), d.arrival.toString(Qt::ISODate)},
        {QStringLiteral("departure"), d.departure.toString(Qt::ISODate)},
        {QStringLiteral("hotel"), d.hotel},
        {QStringLiteral("focalPointName"), d.focalPointName},
        {QStringLiteral("focalPointEmail"), d.focalPointEmail},
        {QStringLiteral("focalPointPhone"), d.focalPointPhone},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("quotas"), quotasToMap(d.badgeQuotas)},
    };
}

QVariantMap DelegationModel::quotasToMap(const QMap<QString, int> &quotas)
{
    QVariantMap map;
    for (auto it = quotas.cbegin(); it != quotas.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

QVariantList DelegationModel::badgeUse(qint64 id) const
{
    Result<QList<BadgeQuotas::Use>> uses = DelegationStore(m_database).badgeUse(id);
    if (!uses.ok())
        return {};
    QVariantList list;
    for (const BadgeQuotas::Use &use : uses.value()) {
        list.append(QVariantMap {{QStringLiteral("role"), use.role},
                                 {QStringLiteral("label"), Vocabulary::label(Vocabulary::roles(), use.role)},
                                 {QStringLiteral("quota"), use.quota.value_or(-1)},
                                 {QStringLiteral("holding"), use.holding},
                                 {QStringLiteral("pending"), use.pending},
                                 {QStringLiteral("over"), use.over()}});
    }
    return list;
}

Delegation DelegationModel::fromFields(const QVariantMap &fields)
{
    const auto text = [&](const char *key) { return fields.value(QString::fromLatin1(key)).toString(); };
    Delegation d;
    d.id = fields.value(QStringLiteral("id")).toLongLong();
    d.kind = text("kind");
    d.countryCode = text("countryCode");
    d.name = text("name");
    d.status = text("status");
    d.arrival = QDate::fromString(text("arrival").trimmed(), Qt::ISODate);
    d.departure = QDate::fromString(text("departure").trimmed(), Qt::ISODate);
    d.hotel = text("hotel");
    d.focalPointName = text("focalPointName");
    d.focalPointEmail = text("focalPointEmail");
    d.focalPointPhone = text("focalPointPhone");
    d.notes = text("notes");
    // An empty or negative entry means "no limit"; the form sends numbers or nothing.
    const QVariantMap quotas = fields.value(QStringLiteral("quotas")).toMap();
    for (auto it = quotas.cbegin(); it != quotas.cend(); ++it) {
        bool number = false;
        const int badges = it.value().toString().trimmed().toInt(&number);
        if (number && badges >= 0)
            d.badgeQuotas.insert(it.key(), badges);
    }
    return d;
}

QVariantMap DelegationModel::validate(const QVariantMap &fields) const
{
    const Delegation d = fromFields(fields);
    for (const char *key : {"arrival", "departure"}) {
        const QString typed = fields.value(QString::fromLatin1(key)).toString().trimmed();
        if (!typed.isEmpty() && !QDate::fromString(typed, Qt::ISODate).isValid())
            return toQmlResult(
                Error {QStringLiteral("Write the date as YYYY-MM-DD."), QString::fromLatin1(key), 0});
    }
    const QVariantMap quotas = fields.value(QStringLiteral("quotas")).toMap();
    for (auto it = quotas.cbegin(); it != quotas.cend(); ++it) {
        const QString typed = it.value().toString().trimmed();
        bool number = false;
        if (!typed.isEmpty() && (typed.toInt(&number) < 0 || !number))
            return toQmlResult(
                Error {QStringLiteral("A badge quota is a whole number of badges, or empty for no limit."),
                       QStringLiteral("quota.") + it.key(), 0});
    }
    return toQmlResult(DelegationStore::validate(d));
}

QVariantMap DelegationModel::save(const QVariantMap &fields)
{
    if (QVariantMap checked = validate(fields); !checked.value(QStringLiteral("ok")).toBool())
        return checked;
    const Delegation d = fromFields(fields);
    const DelegationStore store(m_database);
    qint64 id = d.id;
    Status saved;
    if (id == 0) {
        Result<qint64> inserted = store.insert(d);
        if (inserted.ok()) {
            id = inserted.value();
            if (m_history) {
                if (Result<RowArchive> added =
                        RowArchive::take(m_database.connection(), RowArchive::delegationTables(), id);
                    added.ok())
                    m_history->record(
                        Edits::recordAdded(Edits::RecordKind::Delegation, std::move(added).value(), d.name));
            }
        } else {
            saved = inserted.error();
        }
    } else {
        const Result<Delegation> before = m_history ? store.get(id) : Result<Delegation>(Delegation());
        saved = store.update(d);
        if (saved.ok() && m_history && before.ok()) {
            if (Result<Delegation> after = store.get(id); after.ok())
                m_history->record(Edits::delegationChanged(before.value(), std::move(after).value()));
        }
    }
    if (!saved.ok() && !isFormError(saved.error()))
        Q_EMIT failed(saved.error().describe());
    QVariantMap result = toQmlResult(saved);
    if (saved.ok()) {
        reload();
        Q_EMIT delegationsWritten();
        result.insert(QStringLiteral("id"), id);
    }
    return result;
}

QVariantMap DelegationModel::remove(qint64 id)
{
    Result<RowArchive> archive = m_history
        ? RowArchive::take(m_database.connection(), RowArchive::delegationTables(), id)
        : Result<RowArchive>(RowArchive());
    const Status removed = DelegationStore(m_database).remove(id);
    if (removed.ok()) {
        if (m_history && archive.ok()) {
            const QString name = archive.value().mainValue(QStringLiteral("name")).toString();
            m_history->record(
                Edits::recordDeleted(Edits::RecordKind::Delegation, std::move(archive).value(), name));
        }
        reload();
        Q_EMIT delegationsWritten();
    }
    return toQmlResult(removed);
}

int DelegationModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).delegation.id == id)
            return int(row);
    }
    return -1;
}

QVariantList DelegationModel::choices() const
{
    QVariantList list;
    list.reserve(m_rows.size());
    for (const DelegationSummary &row : m_rows)
        list.append(QVariantMap {{QStringLiteral("value"), row.delegation.id},
                                 {QStringLiteral("label"), row.delegation.name}});
    return list;
}

} // namespace Plenary
