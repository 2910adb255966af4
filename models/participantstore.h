// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace Plenary {

/// Another record that may be the same person: same e-mail, or the same folded name in the
/// same delegation. A warning that links to the other record, never a refusal.
struct PossibleDuplicate
{
    qint64 id = 0;
    QString displayName;
    QString delegationName;
    QString field; ///< "email" or "name"
    QString message;
};

/// Reads and writes participants and keeps their search index and sort key in step.
class ParticipantStore
{
public:
    explicit ParticipantStore(const Database &database)
        : m_database(database)
    { }

    [[nodiscard]] Result<Participant> get(qint64 id) const;
    /// Inserts one participant and returns the new id.
    [[nodiscard]] Result<qint64> insert(const Participant &participant) const;
    /// Inserts a batch in one transaction, setting each id; nothing is written if one fails.
    /// `progress` is told how many are done and may return false to cancel (nothing is written).
    /// (A ParticipantWriter with one batch.)
    [[nodiscard]] Status insertMany(std::span<Participant> participants,
                                    const std::function<bool(qsizetype)> &progress = {}) const;
    /// Writes what the edit form changes; the accreditation state, badge number and check-in
    /// time are left as they are (they change through the accreditation workflow).
    [[nodiscard]] Status update(const Participant &participant) const;
    [[nodiscard]] Status remove(qint64 id) const;
    /// Others who may be the same person (see PossibleDuplicate); the same identity document
    /// is not among them because it is refused outright on save.
    [[nodiscard]] Result<QList<PossibleDuplicate>> possibleDuplicates(const Participant &participant) const;
    /// The first participant with a possible duplicate by e-mail, one with a photo first; 0
    /// when there is none (the self-test's tour of the form).
    [[nodiscard]] Result<qint64> firstPossibleDuplicate() const;
    /// The first participant whose identity document expires before `day`, 0 when none.
    [[nodiscard]] Result<qint64> firstDocumentExpiringBefore(const QDate &day) const;
    /// Document numbers compare without spaces or dashes and in capitals, as printed in passports.
    [[nodiscard]] static QString normalisedDocumentNumber(const QString &number);
    /// What lists and exports show unless the user asks for the number: the last three
    /// characters only, e.g. "••••••567".
    [[nodiscard]] static QString maskedDocumentNumber(const QString &number);
    /// Checks the fields of one participant (not what depends on others, such as the one head).
    /// The phone is checked for its country: its "+" code, else the nationality, else
    /// `delegationCountry`; a national number with none of them is left to the save, which
    /// knows the delegation.
    [[nodiscard]] static Status validate(const Participant &participant,
                                         const QString &delegationCountry = {});
    /// The rules that involve other participants (one head per delegation, the same identity
    /// document, the delegation existing), without writing: what the form shows as you type.
    [[nodiscard]] Status crossCheck(const Participant &participant) const;
    /// The country code of a delegation (empty for organisations or when there is none).
    [[nodiscard]] QString delegationCountry(std::optional<qint64> delegationId) const;

    [[nodiscard]] Result<qint64> count() const;
    /// Every participant id in list order (family name, given names, folded).
    [[nodiscard]] Result<std::vector<qint64>> idsInListOrder() const;
    /// Participants per accreditation state among those `filter` lets through (its text is
    /// not used).
    [[nodiscard]] Result<QMap<QString, qint64>> stateCounts(const ParticipantFilter &filter) const;
    /// The members of a delegation in protocol order: head of delegation first, then by role
    /// (Vocabulary::roles() order), then by name.
    [[nodiscard]] Result<std::vector<qint64>> memberIdsInProtocolOrder(qint64 delegationId) const;
    /// An SQL expression giving a role column its protocol rank (0 = head of delegation).
    [[nodiscard]] static QString roleRankSql(const QString &column);
    /// Every participant id as the list of participants is published: delegations by name
    /// (those in none last), heads first, then by role rank, then by name.
    [[nodiscard]] Result<std::vector<qint64>> idsInDelegationOrder() const;
    /// Every participant's list row in that order, streamed from one query (exports);
    /// `visit` returns false to stop, which comes back as an error "cancelled".
    [[nodiscard]] Status
    forEachInDelegationOrder(const std::function<bool(const ParticipantRow &)> &visit) const;
    /// The same rows in no particular order, for callers that sort them their own way (the
    /// reports): SQLite then need not sort 100,000 rows first.
    [[nodiscard]] Status forEachRow(const std::function<bool(const ParticipantRow &)> &visit) const;
    /// The ids the filter lets through, in no particular order.
    [[nodiscard]] Result<std::vector<qint64>> matchingIds(const ParticipantFilter &filter) const;
    /// The list rows of these ids, in the order given (missing ids are skipped).
    [[nodiscard]] Result<QList<ParticipantRow>> rows(std::span<const qint64> ids) const;

    /// Recomputes every sort key and the whole search index (schema upgrades).
    [[nodiscard]] static Status rebuildSearchIndex(const QSqlDatabase &db);

private:
    /// Streams the list rows, in `orderBy` (SQL, empty for none).
    [[nodiscard]] Status streamRows(const QString &orderBy,
                                    const std::function<bool(const ParticipantRow &)> &visit) const;

    friend class ParticipantWriter;
    /// validate() without the phone, which the save checks and normalises once.
    [[nodiscard]] static Status validateFields(const Participant &participant);

    const Database &m_database;
};

/// Writes new participants in batches inside one transaction: an import writes its chunks as
/// they are checked. Each batch is checked and written as ParticipantStore::insertMany
/// describes (its errors name "participant N" of that batch); the search index, the badge
/// quotas and the badge counter are brought up to date once, by commit(), which spares a
/// COP-scale import the work of doing so per chunk. Destroyed without commit(), it writes
/// nothing.
class ParticipantWriter
{
public:
    explicit ParticipantWriter(const Database &database);
    ~ParticipantWriter();
    ParticipantWriter(const ParticipantWriter &) = delete;
    ParticipantWriter &operator=(const ParticipantWriter &) = delete;

    /// Writes a batch, setting each id. `progress` is told how many of it are done and may
    /// return false to cancel (an error "cancelled: ...", and nothing is written).
    [[nodiscard]] Status write(std::span<Participant> participants,
                               const std::function<bool(qsizetype)> &progress = {});
    /// Completes what the batches leave for the end and commits (or, inside an enclosing
    /// transaction, joins it).
    [[nodiscard]] Status commit();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Plenary
