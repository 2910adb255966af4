// SPDX-License-Identifier: MIT
#include "accreditationstore.h"

#include "badgequotas.h"
#include "sqlvalues.h"
#include "vocabulary.h"

namespace Plenary {

namespace {

struct Transition
{
    const char *from;
    const char *to;
};

/// The main line forward, a step back when documents turn out incomplete, the side exits,
/// and the way back in for a rejected or withdrawn nomination.
constexpr Transition kTransitions[] = {
    {"nominated", "documents_complete"},
    {"nominated", "rejected"},
    {"nominated", "withdrawn"},
    {"documents_complete", "approved"},
    {"documents_complete", "nominated"},
    {"documents_complete", "rejected"},
    {"documents_complete", "withdrawn"},
    {"approved", "badge_printed"},
    {"approved", "rejected"},
    {"approved", "withdrawn"},
    {"badge_printed", "checked_in"},
    {"badge_printed", "withdrawn"},
    {"checked_in", "withdrawn"},
    {"rejected", "nominated"},
    {"withdrawn", "nominated"},
};

} // namespace

bool AccreditationStore::allowed(const QString &from, const QString &to)
{
    return std::any_of(std::begin(kTransitions), std::end(kTransitions), [&](const Transition &t) {
        return from == QLatin1StringView(t.from) && to == QLatin1StringView(t.to);
    });
}

QStringList AccreditationStore::nextStates(const QString &from)
{
    QStringList next;
    for (const Vocabulary::Term &state : Vocabulary::accreditationStates()) {
        if (allowed(from, QString::fromLatin1(state.code)))
            next.append(QString::fromLatin1(state.code));
    }
    return next;
}

Status AccreditationStore::transition(std::span<const qint64> ids, const QString &toState,
                                      const QString &actor, const QString &reason) const
{
    if (!Vocabulary::contains(Vocabulary::accreditationStates(), toState))
        return Error {QStringLiteral("\"%1\" is not an accreditation state.").arg(toState),
                      QStringLiteral("state"), 0};
    if (toState == u"rejected" && reason.trimmed().isEmpty())
        return Error {QStringLiteral("Rejecting needs a reason."), QStringLiteral("reason"), 0};
    if (actor.trimmed().isEmpty())
        return Error {QStringLiteral("Changes are recorded with the desk user's name; it is missing."),
                      QStringLiteral("actor"), 0};

    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Statement current(db,
                      QStringLiteral("SELECT accreditation_state, badge_number, given_names, family_name, "
                                     "delegation_id FROM participant WHERE id = :id"));
    Statement move(
        db,
        QStringLiteral(
            "UPDATE participant SET accreditation_state = :state, badge_number = :badge, "
            "checked_in_at = coalesce(:checkedIn, checked_in_at), updated_at = :now WHERE id = :id"));
    Statement record(db,
                     QStringLiteral("INSERT INTO accreditation_change (participant_id, from_state, to_state, "
                                    "changed_by, changed_at, reason) "
                                    "VALUES (:id, :from, :to, :by, :at, :reason)"));
    // Badge numbers come from a counter that only grows, so a number is never given twice,
    // even after its holder was deleted.
    Statement nextBadge(
        db, QStringLiteral("UPDATE badge_counter SET last_number = last_number + 1 WHERE id = 1"));
    Statement readBadge(db, QStringLiteral("SELECT last_number FROM badge_counter WHERE id = 1"));
    const QString now = SqlValues::now();
    const bool holdsBadge = BadgeQuotas::holdsBadge(toState);
    QSet<qint64> delegationsGivingBadges;

    for (qint64 id : ids) {
        current.bind(QStringLiteral(":id"), id);
        if (Status run = current.exec(); !run)
            return run;
        if (!current.next())
            return Error {QStringLiteral("Participant %1 no longer exists.").arg(id), {}, 0};
        const QString from = current.value(0).toString();
        QString badge = current.value(1).toString();
        const QString name =
            current.value(2).toString() + QLatin1Char(' ') + current.value(3).toString().toUpper();
        if (holdsBadge && !current.value(4).isNull())
            delegationsGivingBadges.insert(current.value(4).toLongLong());
        current.finish();
        if (!allowed(from, toState))
            return Error {QStringLiteral("%1 is %2 and cannot become %3.")
                              .arg(name, Vocabulary::label(Vocabulary::accreditationStates(), from).toLower(),
                                   Vocabulary::label(Vocabulary::accreditationStates(), toState).toLower()),
                          QStringLiteral("state"), 0};
        if (toState == u"approved" && badge.isEmpty()) {
            if (Status run = nextBadge.exec(); !run)
                return run;
            Result<QVariant> number = readBadge.scalar();
            if (!number.ok())
                return number.error();
            badge = QStringLiteral("%1").arg(number.value().toLongLong(), 6, 10, QLatin1Char('0'));
        }
        move.bind(QStringLiteral(":state"), toState)
            .bind(QStringLiteral(":badge"), nullIfEmpty(badge))
            .bind(QStringLiteral(":checkedIn"), toState == u"checked_in" ? QVariant(now) : QVariant())
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), id);
        if (Status run = move.exec(); !run)
            return run;
        record.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":from"), from)
            .bind(QStringLiteral(":to"), toState)
            .bind(QStringLiteral(":by"), actor.trimmed())
            .bind(QStringLiteral(":at"), now)
            .bind(QStringLiteral(":reason"), reason.trimmed());
        if (Status run = record.exec(); !run)
            return run;
    }
    if (Status quotas = BadgeQuotas::verify(db, delegationsGivingBadges); !quotas)
        return quotas;
    return transaction.commit();
}

Status AccreditationStore::recordPast(std::span<const PastAccreditationChange> changes) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement record(transaction.connection(),
                     QStringLiteral("INSERT INTO accreditation_change (participant_id, from_state, to_state, "
                                    "changed_by, changed_at, reason) "
                                    "VALUES (:id, :from, :to, :by, :at, :reason)"));
    for (const PastAccreditationChange &past : changes) {
        const AccreditationChange &c = past.change;
        record.bind(QStringLiteral(":id"), past.participantId)
            .bind(QStringLiteral(":from"), c.fromState)
            .bind(QStringLiteral(":to"), c.toState)
            .bind(QStringLiteral(":by"), c.changedBy)
            .bind(QStringLiteral(":at"), SqlValues::fromDateTime(c.changedAt))
            .bind(QStringLiteral(":reason"), c.reason);
        if (Status run = record.exec(); !run)
            return run;
    }
    return transaction.commit();
}

Result<QList<AccreditationStanding>> AccreditationStore::standings(std::span<const qint64> ids) const
{
    // A bulk action may cover every participant: read in chunks rather than one query each.
    constexpr std::size_t ChunkSize = 500;
    QHash<qint64, AccreditationStanding> found;
    found.reserve(qsizetype(ids.size()));
    for (std::size_t start = 0; start < ids.size(); start += ChunkSize) {
        const std::span<const qint64> chunk = ids.subspan(start, std::min(ChunkSize, ids.size() - start));
        QStringList list;
        list.reserve(qsizetype(chunk.size()));
        for (qint64 id : chunk)
            list.append(QString::number(id));
        Statement query(m_database.connection(),
                        QStringLiteral("SELECT id, accreditation_state, badge_number, checked_in_at "
                                       "FROM participant WHERE id IN (%1)")
                            .arg(list.join(u',')));
        if (Status run = query.exec(); !run)
            return run.error();
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            found.insert(id, {id, query.value(1).toString(), query.value(2).toString(), query.value(3)});
        }
    }
    QList<AccreditationStanding> ordered;
    ordered.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.constFind(id); it != found.cend())
            ordered.append(*it);
    }
    return ordered;
}

Status AccreditationStore::restore(std::span<const AccreditationStanding> from,
                                   std::span<const AccreditationStanding> to, const QString &actor,
                                   const QString &reason) const
{
    if (from.size() != to.size())
        return Error {QStringLiteral("Cannot restore: the two lists differ in length."), {}, 0};
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    std::vector<qint64> ids;
    ids.reserve(from.size());
    for (const AccreditationStanding &standing : from)
        ids.push_back(standing.participantId);
    Result<QList<AccreditationStanding>> now = standings(ids);
    if (!now.ok())
        return now.error();
    if (std::size_t(now.value().size()) != from.size())
        return Error {
            QStringLiteral("A participant concerned no longer exists (deleted at another desk?)."), {}, 0};
    Statement move(
        db,
        QStringLiteral("UPDATE participant SET accreditation_state = :state, badge_number = :badge, "
                       "checked_in_at = :checkedIn, updated_at = :now WHERE id = :id"));
    Statement record(db,
                     QStringLiteral("INSERT INTO accreditation_change (participant_id, from_state, to_state, "
                                    "changed_by, changed_at, reason) "
                                    "VALUES (:id, :from, :to, :by, :at, :reason)"));
    const QString stamp = SqlValues::now();
    bool givesBadges = false;
    for (std::size_t i = 0; i < from.size(); ++i) {
        const AccreditationStanding &current = now.value().at(qsizetype(i));
        const AccreditationStanding &target = to[i];
        if (current != from[i] || target.participantId != current.participantId)
            return Error {QStringLiteral("Participant %1 was moved on since (at another desk?); nothing was "
                                         "changed.")
                              .arg(current.participantId),
                          {},
                          0};
        move.bind(QStringLiteral(":state"), target.state)
            .bind(QStringLiteral(":badge"), nullIfEmpty(target.badgeNumber))
            .bind(QStringLiteral(":checkedIn"), target.checkedInAt)
            .bind(QStringLiteral(":now"), stamp)
            .bind(QStringLiteral(":id"), target.participantId);
        if (Status run = move.exec(); !run)
            return run;
        if (current.state != target.state) {
            record.bind(QStringLiteral(":id"), target.participantId)
                .bind(QStringLiteral(":from"), current.state)
                .bind(QStringLiteral(":to"), target.state)
                .bind(QStringLiteral(":by"), actor.trimmed())
                .bind(QStringLiteral(":at"), stamp)
                .bind(QStringLiteral(":reason"), reason.trimmed());
            if (Status run = record.exec(); !run)
                return run;
        }
        givesBadges = givesBadges || BadgeQuotas::holdsBadge(target.state);
    }
    if (givesBadges) {
        if (Status quotas = BadgeQuotas::verifyAll(db); !quotas)
            return quotas;
    }
    return transaction.commit();
}

Result<QList<AccreditationChange>> AccreditationStore::history(qint64 participantId) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT from_state, to_state, changed_by, changed_at, reason "
                                   "FROM accreditation_change WHERE participant_id = :id ORDER BY id"));
    query.bind(QStringLiteral(":id"), participantId);
    if (Status run = query.exec(); !run)
        return run.error();
    QList<AccreditationChange> changes;
    while (query.next()) {
        changes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        SqlValues::toDateTime(query.value(3)), query.value(4).toString()});
    }
    return changes;
}

} // namespace Plenary
