// SPDX-License-Identifier: MIT
#include "delegationstore.h"

#include "badgequotas.h"
#include "countries.h"
#include "phonenumbers.h"
#include "sqlvalues.h"
#include "vocabulary.h"

namespace Plenary {

namespace {

const QString kColumns = QStringLiteral(
    "d.id, d.kind, d.country_code, d.name, d.status, d.arrival_date, d.departure_date, d.hotel, "
    "d.focal_point_name, d.focal_point_email, d.focal_point_phone, d.notes");

Delegation readDelegation(const Statement &query)
{
    Delegation d;
    d.id = query.value(0).toLongLong();
    d.kind = query.value(1).toString();
    d.countryCode = query.value(2).toString();
    d.name = query.value(3).toString();
    d.status = query.value(4).toString();
    d.arrival = SqlValues::toDate(query.value(5));
    d.departure = SqlValues::toDate(query.value(6));
    d.hotel = query.value(7).toString();
    d.focalPointName = query.value(8).toString();
    d.focalPointEmail = query.value(9).toString();
    d.focalPointPhone = query.value(10).toString();
    d.notes = query.value(11).toString();
    return d;
}

/// The focal point's phone in international format; validate() has refused one that is not.
QString focalPointPhone(const Delegation &d)
{
    Result<QString> phone = PhoneNumbers::normalised(d.focalPointPhone, d.countryCode);
    return phone.ok() ? phone.value() : d.focalPointPhone.trimmed();
}

void bindDelegation(Statement &statement, const Delegation &d)
{
    statement.bind(QStringLiteral(":kind"), d.kind)
        .bind(QStringLiteral(":country"), nullIfEmpty(d.countryCode))
        .bind(QStringLiteral(":name"), d.name.trimmed())
        .bind(QStringLiteral(":status"), d.status)
        .bind(QStringLiteral(":arrival"), SqlValues::fromDate(d.arrival))
        .bind(QStringLiteral(":departure"), SqlValues::fromDate(d.departure))
        .bind(QStringLiteral(":hotel"), d.hotel.trimmed())
        .bind(QStringLiteral(":focalName"), d.focalPointName.trimmed())
        .bind(QStringLiteral(":focalEmail"), d.focalPointEmail.trimmed())
        .bind(QStringLiteral(":focalPhone"), focalPointPhone(d))
        .bind(QStringLiteral(":notes"), d.notes)
        .bind(QStringLiteral(":now"), SqlValues::now());
}

} // namespace

Status DelegationStore::validate(const Delegation &d)
{
    if (d.name.trimmed().isEmpty())
        return Error {QStringLiteral("The delegation needs a name."), QStringLiteral("name"), 0};
    if (!Vocabulary::contains(Vocabulary::delegationKinds(), d.kind))
        return Error {QStringLiteral("\"%1\" is not a delegation kind.").arg(d.kind), QStringLiteral("kind"),
                      0};
    if (!Vocabulary::contains(Vocabulary::delegationStatuses(), d.status))
        return Error {QStringLiteral("\"%1\" is not a delegation status.").arg(d.status),
                      QStringLiteral("status"), 0};
    const bool isState = d.kind == u"member_state" || d.kind == u"observer_state";
    if (isState && d.countryCode.isEmpty())
        return Error {QStringLiteral("A state's delegation needs its country."),
                      QStringLiteral("countryCode"), 0};
    if (!d.countryCode.isEmpty() && !Countries::isValid(d.countryCode))
        return Error {QStringLiteral("\"%1\" is not an ISO 3166-1 country code.").arg(d.countryCode),
                      QStringLiteral("countryCode"), 0};
    if (d.arrival.isValid() && d.departure.isValid() && d.departure < d.arrival)
        return Error {QStringLiteral("Departure comes before arrival."), QStringLiteral("departure"), 0};
    if (Result<QString> phone =
            PhoneNumbers::normalised(d.focalPointPhone, d.countryCode, QStringLiteral("focalPointPhone"));
        !phone.ok())
        return phone.error();
    return {};
}

Result<QList<DelegationSummary>> DelegationStore::list() const
{
    // The partial unique index guarantees at most one head, so the join keeps one row each.
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT %1, h.honorific, h.given_names, h.family_name, "
                       "(SELECT count(*) FROM participant m WHERE m.delegation_id = d.id) "
                       "FROM delegation d "
                       "LEFT JOIN participant h ON h.delegation_id = d.id AND h.role = 'head_of_delegation' "
                       "ORDER BY d.name, d.id")
            .arg(kColumns));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<DelegationSummary> list;
    while (query.next()) {
        DelegationSummary summary;
        summary.delegation = readDelegation(query);
        if (!query.value(14).isNull()) {
            Participant head;
            head.honorific = query.value(12).toString();
            head.givenNames = query.value(13).toString();
            head.familyName = query.value(14).toString();
            summary.headName = head.displayName();
        }
        summary.memberCount = query.value(15).toInt();
        list.append(summary);
    }
    return list;
}

Result<QList<MemberCount>> DelegationStore::memberCounts() const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT delegation_id, role, accreditation_state, count(*) FROM participant "
                       "GROUP BY delegation_id, role, accreditation_state"));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<MemberCount> counts;
    while (query.next())
        counts.append({SqlValues::toOptional<qint64>(query.value(0)), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toInt()});
    return counts;
}

Result<Delegation> DelegationStore::get(qint64 id) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 FROM delegation d WHERE d.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return Error {QStringLiteral("There is no delegation %1.").arg(id), {}, 0};
    Delegation delegation = readDelegation(query);
    query.finish();
    Result<QMap<QString, int>> quotas = BadgeQuotas::read(m_database.connection(), id);
    if (!quotas.ok())
        return quotas.error();
    delegation.badgeQuotas = std::move(quotas).value();
    return delegation;
}

Status DelegationStore::checkNameFree(const QSqlDatabase &db, const Delegation &delegation) const
{
    Statement query(db, QStringLiteral("SELECT count(*) FROM delegation WHERE name = :name AND id <> :id"));
    query.bind(QStringLiteral(":name"), delegation.name.trimmed()).bind(QStringLiteral(":id"), delegation.id);
    Result<QVariant> taken = query.scalar();
    if (!taken.ok())
        return taken.error();
    if (taken.value().toInt() > 0)
        return Error {
            QStringLiteral("Another delegation is already called \"%1\".").arg(delegation.name.trimmed()),
            QStringLiteral("name"), 0};
    return {};
}

Result<qint64> DelegationStore::insert(const Delegation &delegation) const
{
    if (Status valid = validate(delegation); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (Status free = checkNameFree(transaction.connection(), delegation); !free)
        return free.error();
    Statement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO delegation (kind, country_code, name, status, arrival_date, "
                       "departure_date, hotel, focal_point_name, focal_point_email, focal_point_phone, "
                       "notes, created_at, updated_at) "
                       "VALUES (:kind, :country, :name, :status, :arrival, :departure, :hotel, "
                       ":focalName, :focalEmail, :focalPhone, :notes, :now, :now) RETURNING id"));
    bindDelegation(insert, delegation);
    Result<QVariant> id = insert.scalar();
    if (!id.ok())
        return id.error();
    if (Status quotas =
            BadgeQuotas::write(transaction.connection(), id.value().toLongLong(), delegation.badgeQuotas);
        !quotas)
        return quotas.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id.value().toLongLong();
}

Status DelegationStore::update(const Delegation &delegation) const
{
    if (Status valid = validate(delegation); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (Status free = checkNameFree(transaction.connection(), delegation); !free)
        return free;
    Statement update(
        transaction.connection(),
        QStringLiteral("UPDATE delegation SET kind = :kind, country_code = :country, name = :name, "
                       "status = :status, arrival_date = :arrival, departure_date = :departure, "
                       "hotel = :hotel, focal_point_name = :focalName, focal_point_email = :focalEmail, "
                       "focal_point_phone = :focalPhone, notes = :notes, updated_at = :now "
                       "WHERE id = :id"));
    bindDelegation(update, delegation);
    update.bind(QStringLiteral(":id"), delegation.id);
    if (Status run = update.exec(); !run)
        return run;
    if (update.rowsAffected() == 0)
        return Error {QStringLiteral("This delegation no longer exists (deleted at another desk?)."), {}, 0};
    if (Status quotas = BadgeQuotas::write(transaction.connection(), delegation.id, delegation.badgeQuotas);
        !quotas)
        return quotas;
    return transaction.commit();
}

Status DelegationStore::remove(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement members(transaction.connection(),
                      QStringLiteral("SELECT count(*) FROM participant WHERE delegation_id = :id"));
    members.bind(QStringLiteral(":id"), id);
    Result<QVariant> count = members.scalar();
    if (!count.ok())
        return count.error();
    if (const int n = count.value().toInt(); n > 0)
        return Error {
            QStringLiteral("The delegation still has %1 participant(s): move or delete them first.").arg(n),
            {},
            0};
    Statement remove(transaction.connection(), QStringLiteral("DELETE FROM delegation WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run)
        return run;
    return transaction.commit();
}

Result<QList<BadgeQuotas::Use>> DelegationStore::badgeUse(qint64 delegationId) const
{
    return BadgeQuotas::usage(m_database.connection(), delegationId);
}

} // namespace Plenary
