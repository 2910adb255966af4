// SPDX-License-Identifier: MIT
#include "badgequotas.h"

#include "vocabulary.h"

namespace Plenary::BadgeQuotas {

Result<QMap<QString, int>> read(const QSqlDatabase &db, qint64 delegationId)
{
    Statement query(db,
                    QStringLiteral("SELECT role, badges FROM delegation_quota WHERE delegation_id = :id"));
    query.bind(QStringLiteral(":id"), delegationId);
    if (Status run = query.exec(); !run)
        return run.error();
    QMap<QString, int> quotas;
    while (query.next())
        quotas.insert(query.value(0).toString(), query.value(1).toInt());
    return quotas;
}

Status write(const QSqlDatabase &db, qint64 delegationId, const QMap<QString, int> &quotas)
{
    for (auto it = quotas.cbegin(); it != quotas.cend(); ++it) {
        if (!Vocabulary::contains(Vocabulary::roles(), it.key()))
            return Error {QStringLiteral("\"%1\" is not a role.").arg(it.key()), QStringLiteral("quotas"), 0};
        if (it.value() < 0)
            return Error {QStringLiteral("A badge quota cannot be negative."), QStringLiteral("quotas"), 0};
    }
    Statement clear(db, QStringLiteral("DELETE FROM delegation_quota WHERE delegation_id = :id"));
    clear.bind(QStringLiteral(":id"), delegationId);
    if (Status run = clear.exec(); !run)
        return run;
    Statement insert(db,
                     QStringLiteral("INSERT INTO delegation_quota (delegation_id, role, badges) "
                                    "VALUES (:id, :role, :badges)"));
    for (auto it = quotas.cbegin(); it != quotas.cend(); ++it) {
        insert.bind(QStringLiteral(":id"), delegationId)
            .bind(QStringLiteral(":role"), it.key())
            .bind(QStringLiteral(":badges"), it.value());
        if (Status run = insert.exec(); !run)
            return run;
    }
    return verify(db, {delegationId});
}

Result<QList<Use>> usage(const QSqlDatabase &db, qint64 delegationId)
{
    Result<QMap<QString, int>> quotas = read(db, delegationId);
    if (!quotas.ok())
        return quotas.error();
    Statement counts(
        db,
        QStringLiteral("SELECT role, sum(CASE WHEN accreditation_state IN %1 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN accreditation_state IN ('nominated', 'documents_complete') "
                       "THEN 1 ELSE 0 END) FROM participant WHERE delegation_id = :id GROUP BY role")
            .arg(QLatin1StringView(HoldingStatesSql)));
    counts.bind(QStringLiteral(":id"), delegationId);
    if (Status run = counts.exec(); !run)
        return run.error();
    QHash<QString, std::pair<int, int>> used;
    while (counts.next())
        used.insert(counts.value(0).toString(), {counts.value(1).toInt(), counts.value(2).toInt()});
    QList<Use> uses;
    for (const Vocabulary::Term &term : Vocabulary::roles()) {
        const QString role = QString::fromLatin1(term.code);
        const auto quota = quotas.value().constFind(role);
        const auto members = used.constFind(role);
        if (quota == quotas.value().cend() && members == used.cend())
            continue;
        Use use {role, {}, 0, 0};
        if (quota != quotas.value().cend())
            use.quota = *quota;
        if (members != used.cend())
            std::tie(use.holding, use.pending) = *members;
        uses.append(use);
    }
    return uses;
}

namespace {

/// Delegations and roles holding more badges than their quota, of one delegation (`:id`) or
/// of all.
QString overQuotaSql(bool oneDelegation)
{
    return QStringLiteral("SELECT d.name, q.role, q.badges, count(p.id) FROM delegation_quota q "
                          "JOIN delegation d ON d.id = q.delegation_id "
                          "JOIN participant p ON p.delegation_id = q.delegation_id AND p.role = q.role "
                          "AND p.accreditation_state IN %1 %2 GROUP BY d.name, q.role, q.badges "
                          "HAVING count(p.id) > q.badges")
        .arg(QLatin1StringView(HoldingStatesSql),
             oneDelegation ? QStringLiteral("WHERE q.delegation_id = :id") : QString());
}

/// Runs an overQuotaSql() statement: an error naming the first delegation and role over.
Status refuseFirstOver(Statement &over)
{
    if (Status run = over.exec(); !run)
        return run;
    if (!over.next())
        return {};
    const QString role = Vocabulary::label(Vocabulary::roles(), over.value(1).toString()).toLower();
    const Error error {QStringLiteral("%1 may hold %2 badge(s) for the role %3; this would make it %4.")
                           .arg(over.value(0).toString())
                           .arg(over.value(2).toInt())
                           .arg(role)
                           .arg(over.value(3).toInt()),
                       QStringLiteral("quota"), 0};
    over.finish();
    return error;
}

} // namespace

Status verify(const QSqlDatabase &db, const QSet<qint64> &delegationIds)
{
    Statement over(db, overQuotaSql(true));
    for (qint64 id : delegationIds) {
        over.bind(QStringLiteral(":id"), id);
        if (Status refused = refuseFirstOver(over); !refused)
            return refused;
    }
    return {};
}

Status verifyAll(const QSqlDatabase &db)
{
    Statement over(db, overQuotaSql(false));
    return refuseFirstOver(over);
}

} // namespace Plenary::BadgeQuotas
