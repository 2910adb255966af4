// SPDX-License-Identifier: MIT
#include "checkinstore.h"

#include "accreditationstore.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "vocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Plenary {

namespace BadgeCode {

QString badgeNumber(qint64 number)
{
    return QStringLiteral("%1").arg(number, Width, 10, QLatin1Char('0'));
}

QString payload(const QString &badgeNumber)
{
    return Prefix + badgeNumber;
}

std::optional<QString> parse(const QString &typed)
{
    // The payload, a bare number, or a URL whose last segment or value is the number. Scanners
    // send what the code holds, sometimes with a keyboard layout's stray spaces around it.
    static const QRegularExpression code(
        QStringLiteral("^(?:PLENARY:|[a-z][a-z0-9+.-]*://\\S*[/=#:])?\\s*0*(\\d{1,12})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = code.match(typed.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return badgeNumber(match.captured(1).toLongLong());
}

} // namespace BadgeCode

namespace {

/// The participant, their delegation, the last recorded change that led to their current
/// state (who, when, why) and whether a photo is stored, without reading its bytes.
const QString kSelect =
    QStringLiteral("SELECT p.id, p.honorific, p.given_names, p.family_name, p.native_name, p.role, "
                   "p.accreditation_state, p.badge_number, p.checked_in_at, p.nationality, p.delegation_id, "
                   "coalesce(d.name, ''), coalesce(d.country_code, ''), "
                   "c.changed_by, c.changed_at, c.reason, "
                   "EXISTS (SELECT 1 FROM participant_photo ph WHERE ph.participant_id = p.id) "
                   "FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id "
                   "LEFT JOIN accreditation_change c ON c.id = (SELECT max(l.id) FROM accreditation_change l "
                   "WHERE l.participant_id = p.id AND l.to_state = p.accreditation_state) ");

CheckInRecord readRecord(const Statement &q)
{
    CheckInRecord r;
    Participant &p = r.participant;
    p.id = q.value(0).toLongLong();
    p.honorific = q.value(1).toString();
    p.givenNames = q.value(2).toString();
    p.familyName = q.value(3).toString();
    p.nativeName = q.value(4).toString();
    p.role = q.value(5).toString();
    p.accreditationState = q.value(6).toString();
    p.badgeNumber = q.value(7).toString();
    p.checkedInAt = SqlValues::toDateTime(q.value(8));
    p.nationality = q.value(9).toString();
    if (!q.value(10).isNull())
        p.delegationId = q.value(10).toLongLong();
    r.delegationName = q.value(11).toString();
    r.delegationCountry = q.value(12).toString();
    r.stateChangedBy = q.value(13).toString();
    r.stateChangedAt = SqlValues::toDateTime(q.value(14));
    r.stateReason = q.value(15).toString();
    r.hasPhoto = q.value(16).toBool();
    return r;
}

} // namespace

CheckInRecord::Verdict CheckInRecord::verdict() const
{
    const QString &state = participant.accreditationState;
    if (state == u"checked_in")
        return Verdict::AlreadyIn;
    if (state == u"approved" || state == u"badge_printed")
        return Verdict::Ready;
    return Verdict::Blocked;
}

Result<QList<CheckInRecord>> CheckInStore::read(const QString &where, const QString &order,
                                                const QVariantMap &bound) const
{
    Statement query(m_database.connection(), kSelect + where + order);
    for (auto it = bound.cbegin(); it != bound.cend(); ++it)
        query.bind(it.key(), it.value());
    if (Status run = query.exec(); !run)
        return run.error();
    QList<CheckInRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<CheckInLookup> CheckInStore::lookup(const QString &typed) const
{
    CheckInLookup lookup;
    if (const std::optional<QString> badge = BadgeCode::parse(typed)) {
        Result<QList<CheckInRecord>> holder =
            read(QStringLiteral("WHERE p.badge_number = :badge"), {}, {{QStringLiteral(":badge"), *badge}});
        if (!holder.ok())
            return holder.error();
        if (!holder.value().isEmpty()) {
            lookup.byBadge = true;
            lookup.candidates = std::move(holder).value();
            return lookup;
        }
    }
    const QString match = SearchText::matchExpression(typed);
    if (match.isEmpty())
        return lookup;
    // The index gives the matching ids; the sort key index orders them, and only one more
    // than shown is read, to know whether there are more.
    Result<QList<CheckInRecord>> named =
        read(QStringLiteral("WHERE p.id IN (SELECT rowid FROM participant_search WHERE participant_search "
                            "MATCH :match) "),
             QStringLiteral("ORDER BY p.sort_key, p.id LIMIT %1").arg(MaxCandidates + 1),
             {{QStringLiteral(":match"), match}});
    if (!named.ok())
        return named.error();
    lookup.candidates = std::move(named).value();
    lookup.more = lookup.candidates.size() > MaxCandidates;
    if (lookup.more)
        lookup.candidates.resize(MaxCandidates);
    return lookup;
}

Result<CheckInRecord> CheckInStore::record(qint64 participantId) const
{
    Result<QList<CheckInRecord>> found =
        read(QStringLiteral("WHERE p.id = :id"), {}, {{QStringLiteral(":id"), participantId}});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return Error {QStringLiteral("This participant no longer exists (deleted at another desk?)."), {}, 0};
    return found.value().constFirst();
}

Result<CheckInRecord> CheckInStore::checkIn(qint64 participantId, const QString &actor) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    // Read inside the transaction: another desk may have checked the same person in a moment ago.
    Result<CheckInRecord> current = record(participantId);
    if (!current.ok())
        return current.error();
    const Participant &p = current.value().participant;
    const QString stateLabel = Vocabulary::label(Vocabulary::accreditationStates(), p.accreditationState);
    switch (current.value().verdict()) {
    case CheckInRecord::Verdict::AlreadyIn:
        return Error {QStringLiteral("%1 is already checked in.").arg(p.displayName()),
                      QStringLiteral("state"), 0};
    case CheckInRecord::Verdict::Blocked:
        return Error {
            QStringLiteral("%1 cannot be checked in: %2.").arg(p.displayName(), stateLabel.toLower()),
            QStringLiteral("state"), 0};
    case CheckInRecord::Verdict::Ready:
        break;
    }
    const AccreditationStore workflow(m_database);
    const qint64 ids[] = {participantId};
    // The workflow has no shortcut from approved to checked in: a badge is collected, so it
    // must exist. A desk that prints on the spot records both steps, joined in this one
    // transaction, so the history says the badge was printed here and by whom.
    if (p.accreditationState == u"approved") {
        if (Status printed = workflow.transition(ids, QStringLiteral("badge_printed"), actor,
                                                 QStringLiteral("Printed at the check-in desk"));
            !printed)
            return printed.error();
    }
    if (Status checkedIn = workflow.transition(ids, QStringLiteral("checked_in"), actor); !checkedIn)
        return checkedIn.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return record(participantId);
}

Result<CheckInRecord> CheckInStore::revertCheckIn(qint64 participantId, const QString &actor,
                                                  const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("Say why the check-in is taken back."), QStringLiteral("reason"), 0};
    const AccreditationStore workflow(m_database);
    const qint64 ids[] = {participantId};
    Result<QList<AccreditationStanding>> now = workflow.standings(ids);
    if (!now.ok())
        return now.error();
    if (now.value().isEmpty())
        return Error {QStringLiteral("This participant no longer exists (deleted at another desk?)."), {}, 0};
    const AccreditationStanding &current = now.value().first();
    if (current.state != u"checked_in")
        return Error {QStringLiteral("Only a check-in can be taken back; this person is %1.")
                          .arg(Vocabulary::label(Vocabulary::accreditationStates(), current.state).toLower()),
                      QStringLiteral("state"), 0};
    // Outside the workflow's steps, which lead from checked in only to withdrawn: the badge was
    // printed, so that is where the person stands again; the history keeps both moves.
    AccreditationStanding corrected = current;
    corrected.state = QStringLiteral("badge_printed");
    corrected.checkedInAt = QVariant();
    const AccreditationStanding from[] = {current};
    const AccreditationStanding to[] = {corrected};
    if (Status restored =
            workflow.restore(from, to, actor, QStringLiteral("Check-in taken back: ") + reason.trimmed());
        !restored)
        return restored.error();
    return record(participantId);
}

Result<QList<CheckInRecord>> CheckInStore::recentCheckIns(int limit) const
{
    // Newest check-in changes first (the primary key is their order, read backwards), of people
    // still checked in: one taken back or undone is no longer a check-in. A person checked in
    // again after a way back has two such changes; a few more are read and the older dropped.
    Statement latest(
        m_database.connection(),
        QStringLiteral("SELECT c.participant_id, c.changed_by, c.changed_at FROM accreditation_change c "
                       "JOIN participant p ON p.id = c.participant_id "
                       "AND p.accreditation_state = 'checked_in' "
                       "WHERE c.to_state = 'checked_in' ORDER BY c.id DESC LIMIT :limit"));
    latest.bind(QStringLiteral(":limit"), limit * 3);
    if (Status run = latest.exec(); !run)
        return run.error();
    struct Change
    {
        qint64 id;
        QString by;
        QDateTime at;
    };
    QList<Change> changes;
    QStringList placeholders;
    QVariantMap bound;
    QSet<qint64> seen;
    while (latest.next() && changes.size() < limit) {
        if (seen.contains(latest.value(0).toLongLong()))
            continue;
        seen.insert(latest.value(0).toLongLong());
        changes.append({latest.value(0).toLongLong(), latest.value(1).toString(),
                        SqlValues::toDateTime(latest.value(2))});
        placeholders.append(QStringLiteral(":id%1").arg(changes.size()));
        bound.insert(placeholders.constLast(), changes.constLast().id);
    }
    if (changes.isEmpty())
        return QList<CheckInRecord>();
    Result<QList<CheckInRecord>> records =
        read(QStringLiteral("WHERE p.id IN (%1)").arg(placeholders.join(QLatin1Char(','))), {}, bound);
    if (!records.ok())
        return records.error();
    QHash<qint64, CheckInRecord> byId;
    for (const CheckInRecord &r : records.value())
        byId.insert(r.participant.id, r);
    QList<CheckInRecord> recent;
    for (const Change &change : changes) {
        auto it = byId.constFind(change.id);
        if (it == byId.constEnd())
            continue;
        CheckInRecord r = *it;
        r.stateChangedBy = change.by;
        r.stateChangedAt = change.at;
        recent.append(r);
    }
    return recent;
}

} // namespace Plenary
