// SPDX-License-Identifier: MIT
#include "participantstore.h"

#include "badgequotas.h"
#include "countries.h"
#include "logging.h"
#include "phonenumbers.h"
#include "searchtext.h"
#include "sqlvalues.h"
#include "vocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <array>
#include <atomic>
#include <memory>
#include <sqlite3.h>
#include <thread>

namespace Plenary {

namespace {

const QString kColumns = QStringLiteral(
    "p.id, p.delegation_id, p.honorific, p.given_names, p.family_name, p.native_name, p.function_title, "
    "p.organisation, p.role, p.email, p.phone, p.nationality, p.document_type, p.document_number, "
    "p.document_expiry, p.dietary_needs, p.access_needs, p.interpretation_language, p.accreditation_state, "
    "p.badge_number, p.checked_in_at");
constexpr int kColumnCount = 21;

/// From a Statement or a forward-only QSqlQuery (streaming reads).
/// Column `i` as text: straight from the row when the query can give it so (SqliteRow), else
/// through its QVariant.
template<typename Query>
QString textAt(const Query &q, int i)
{
    if constexpr (requires { q.text(i); })
        return q.text(i);
    else
        return q.value(i).toString();
}

template<typename Query>
Participant readParticipant(const Query &q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        p.delegationId = q.value(1).toLongLong();
    p.honorific = textAt(q, 2);
    p.givenNames = textAt(q, 3);
    p.familyName = textAt(q, 4);
    p.nativeName = textAt(q, 5);
    p.functionTitle = textAt(q, 6);
    p.organisation = textAt(q, 7);
    p.role = textAt(q, 8);
    p.email = textAt(q, 9);
    p.phone = textAt(q, 10);
    p.nationality = textAt(q, 11);
    p.documentType = textAt(q, 12);
    p.documentNumber = textAt(q, 13);
    p.documentExpiry = SqlValues::toDate(q.value(14));
    p.dietaryNeeds = textAt(q, 15);
    p.accessNeeds = textAt(q, 16);
    p.interpretationLanguage = textAt(q, 17);
    p.accreditationState = textAt(q, 18);
    p.badgeNumber = textAt(q, 19);
    p.checkedInAt = SqlValues::toDateTime(q.value(20));
    return p;
}

/// Binds what the edit form changes; the accreditation workflow (state, badge, check-in) is
/// written only on insert (ParticipantInsert) and by the workflow itself. `sortKey` is
/// SearchText::sortKey() of the names (a batch computes it ahead, on every core); `now` is
/// SqlValues::now() (one moment for a whole batch).
void bindParticipant(Statement &s, const Participant &p, const QString &sortKey, const QString &now)
{
    s.bind(QStringLiteral(":delegation"), p.delegationId ? QVariant(*p.delegationId) : QVariant())
        .bind(QStringLiteral(":honorific"), p.honorific.trimmed())
        .bind(QStringLiteral(":given"), p.givenNames.trimmed())
        .bind(QStringLiteral(":family"), p.familyName.trimmed())
        .bind(QStringLiteral(":native"), p.nativeName.trimmed())
        .bind(QStringLiteral(":function"), p.functionTitle.trimmed())
        .bind(QStringLiteral(":organisation"), p.organisation.trimmed())
        .bind(QStringLiteral(":role"), p.role)
        .bind(QStringLiteral(":email"), p.email.trimmed())
        .bind(QStringLiteral(":phone"), p.phone.trimmed())
        .bind(QStringLiteral(":nationality"), nullIfEmpty(p.nationality))
        .bind(QStringLiteral(":documentType"), p.documentType.trimmed())
        .bind(QStringLiteral(":documentNumber"), ParticipantStore::normalisedDocumentNumber(p.documentNumber))
        .bind(QStringLiteral(":documentExpiry"), SqlValues::fromDate(p.documentExpiry))
        .bind(QStringLiteral(":dietary"), p.dietaryNeeds.trimmed())
        .bind(QStringLiteral(":access"), p.accessNeeds.trimmed())
        .bind(QStringLiteral(":interpretation"), p.interpretationLanguage.trimmed())
        .bind(QStringLiteral(":sortKey"), sortKey)
        .bind(QStringLiteral(":now"), now);
}

/// Names in every script and the badge number: what desk staff type. Organisations and
/// e-mail addresses stay out: at COP scale thousands share "Ministry of ...", and a one-letter
/// search would match nearly everyone.
QString searchTerms(const Participant &p)
{
    return SearchText::indexTerms({p.givenNames, p.familyName, p.nativeName, p.badgeNumber});
}

/// A statement prepared once and run many times through SQLite's C API, on the connection Qt
/// opened (QSqlDriver::handle()) and so inside its transaction. At 100,000 rows Qt's binding
/// cost as much as SQLite's writing: per value a QVariant, a placeholder looked up by name and
/// UTF-16 that SQLite converts again.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql)
        : m_sql(sql)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_db)
            sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Null when the connection is not an SQLite one or the statement did not prepare.
    [[nodiscard]] sqlite3_stmt *get() const { return m_statement; }

    /// Runs what was bound (`bound`: every bind returned SQLITE_OK) and resets for the next row.
    [[nodiscard]] Status step(bool bound = true)
    {
        if (!m_statement || !bound)
            return failure();
        const Status done = sqlite3_step(m_statement) == SQLITE_DONE ? Status() : failure();
        sqlite3_reset(m_statement);
        return done;
    }

    [[nodiscard]] Error failure() const
    {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                     : QStringLiteral("the connection is not an SQLite one");
        qCWarning(lcStorage) << "statement failed:" << m_sql << message;
        return Error {QStringLiteral("database error: %1").arg(message), {}, 0};
    }

private:
    const char *m_sql;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

/// A new participant's row through SqliteStatement: the values go in as UTF-8 from one buffer
/// that every row reuses, and NULL / '' exactly as Statement::bind and bindParticipant write them.
class ParticipantInsert
{
public:
    explicit ParticipantInsert(const QSqlDatabase &db)
        : m_statement(db, Sql)
    { }

    /// `sortKey` and `now` as for bindParticipant.
    Status insert(qint64 id, const Participant &p, const QString &sortKey, const QString &now)
    {
        sqlite3_stmt *statement = m_statement.get();
        if (!statement)
            return m_statement.failure();
        const QVariant expiry = SqlValues::fromDate(p.documentExpiry);
        const QVariant checkedIn = SqlValues::fromDateTime(p.checkedInAt);
        // Column order of Sql from the third column on; a null QString binds NULL, any other ''.
        const std::array<QString, Texts> texts = {
            p.honorific.trimmed(),
            p.givenNames.trimmed(),
            p.familyName.trimmed(),
            p.nativeName.trimmed(),
            p.functionTitle.trimmed(),
            p.organisation.trimmed(),
            p.role,
            p.email.trimmed(),
            p.phone.trimmed(),
            p.nationality.isEmpty() ? QString() : p.nationality,
            p.documentType.trimmed(),
            ParticipantStore::normalisedDocumentNumber(p.documentNumber),
            expiry.isNull() ? QString() : expiry.toString(),
            p.dietaryNeeds.trimmed(),
            p.accessNeeds.trimmed(),
            p.interpretationLanguage.trimmed(),
            p.accreditationState,
            p.badgeNumber.trimmed(),
            checkedIn.isNull() ? QString() : checkedIn.toString(),
            sortKey,
            now,
            now};
        constexpr std::array<bool, Texts> nullWhenEmpty = {
            false, false, false, false, false, false, false, false, false, true,  false,
            false, true,  false, false, false, false, true,  true,  false, false, false};
        qsizetype space = 0;
        for (const QString &text : texts)
            space += m_encoder.requiredSpace(text.size());
        if (m_utf8.size() < space)
            m_utf8.resize(space);
        int rc = sqlite3_bind_int64(statement, 1, id);
        rc |= p.delegationId ? sqlite3_bind_int64(statement, 2, *p.delegationId)
                             : sqlite3_bind_null(statement, 2);
        char *out = m_utf8.data();
        for (int i = 0; i < Texts; ++i) {
            const QString &text = texts[std::size_t(i)];
            if (text.isEmpty() && (nullWhenEmpty[std::size_t(i)] || text.isNull())) {
                rc |= nullWhenEmpty[std::size_t(i)]
                    ? sqlite3_bind_null(statement, i + 3)
                    : sqlite3_bind_text(statement, i + 3, "", 0, SQLITE_STATIC);
                continue;
            }
            char *end = m_encoder.appendToBuffer(out, text);
            // SQLITE_STATIC: the buffer stays as it is until the row is written.
            rc |= sqlite3_bind_text(statement, i + 3, out, int(end - out), SQLITE_STATIC);
            out = end;
        }
        return m_statement.step(rc == SQLITE_OK);
    }

private:
    static constexpr int Texts = 22;
    static constexpr const char *Sql =
        "INSERT INTO participant (id, delegation_id, honorific, given_names, family_name, native_name, "
        "function_title, organisation, role, email, phone, nationality, document_type, document_number, "
        "document_expiry, dietary_needs, access_needs, interpretation_language, accreditation_state, "
        "badge_number, checked_in_at, sort_key, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    SqliteStatement m_statement;
    QStringEncoder m_encoder {QStringEncoder::Utf8};
    QByteArray m_utf8;
};

/// Rules that involve other rows, checked inside the writing transaction so that the user gets
/// a sentence rather than a constraint name. Prepared once per batch.
class CrossChecks
{
public:
    explicit CrossChecks(const QSqlDatabase &db)
        : m_head(
            db,
            QStringLiteral("SELECT given_names, family_name FROM participant "
                           "WHERE delegation_id = :delegation AND role = 'head_of_delegation' AND id <> :id"))
        , m_badge(
              db,
              QStringLiteral("SELECT count(*) FROM participant WHERE badge_number = :badge AND id <> :id"))
        , m_delegation(db, QStringLiteral("SELECT count(*) FROM delegation WHERE id = :id"))
        , m_document(
              db,
              QStringLiteral("SELECT given_names, family_name FROM participant WHERE document_number <> '' "
                             "AND document_number = :number AND document_type = :type AND id <> :id"))
        , m_country(db, QStringLiteral("SELECT coalesce(country_code, '') FROM delegation WHERE id = :id"))
    { }

    /// Puts the phone in international format, reading a national number by the nationality,
    /// else by the delegation's country.
    Status normalisePhone(Participant &p)
    {
        if (p.phone.trimmed().isEmpty()) {
            p.phone.clear();
            return {};
        }
        QString country = p.nationality;
        if (country.isEmpty() && p.delegationId) {
            auto known = m_countries.constFind(*p.delegationId);
            if (known == m_countries.constEnd()) {
                m_country.bind(QStringLiteral(":id"), *p.delegationId);
                Result<QVariant> code = m_country.scalar();
                if (!code.ok())
                    return code.error();
                known = m_countries.insert(*p.delegationId, code.value().toString());
            }
            country = *known;
        }
        Result<QString> phone = PhoneNumbers::normalised(p.phone, country);
        if (!phone.ok())
            return phone.error();
        p.phone = phone.value();
        return {};
    }

    /// `identityCleared`: the caller has shown that nobody holds the identity document or badge
    /// number (firstPossibleIdentityClash), so those two lookups are skipped.
    Status check(const Participant &p, bool identityCleared = false)
    {
        if (p.role == u"head_of_delegation" && p.delegationId) {
            m_head.bind(QStringLiteral(":delegation"), *p.delegationId).bind(QStringLiteral(":id"), p.id);
            if (Status run = m_head.exec(); !run)
                return run;
            if (m_head.next()) {
                const QString head =
                    m_head.value(0).toString() + QLatin1Char(' ') + m_head.value(1).toString().toUpper();
                m_head.finish();
                return Error {
                    QStringLiteral("This delegation already has a head of delegation: %1.").arg(head),
                    QStringLiteral("role"), 0};
            }
        }
        if (const QString number = ParticipantStore::normalisedDocumentNumber(p.documentNumber);
            !identityCleared && !number.isEmpty()) {
            m_document.bind(QStringLiteral(":number"), number)
                .bind(QStringLiteral(":type"), p.documentType.trimmed())
                .bind(QStringLiteral(":id"), p.id);
            if (Status run = m_document.exec(); !run)
                return run;
            if (m_document.next()) {
                const QString holder = m_document.value(0).toString() + QLatin1Char(' ')
                    + m_document.value(1).toString().toUpper();
                m_document.finish();
                return Error {
                    QStringLiteral("This identity document is already registered for %1.").arg(holder),
                    QStringLiteral("documentNumber"), 0};
            }
        }
        if (!identityCleared && !p.badgeNumber.trimmed().isEmpty()) {
            m_badge.bind(QStringLiteral(":badge"), p.badgeNumber.trimmed()).bind(QStringLiteral(":id"), p.id);
            Result<QVariant> taken = m_badge.scalar();
            if (!taken.ok())
                return taken.error();
            if (taken.value().toInt() > 0)
                return Error {QStringLiteral("Badge number %1 is already used.").arg(p.badgeNumber.trimmed()),
                              QStringLiteral("badgeNumber"), 0};
        }
        if (p.delegationId && *p.delegationId != m_lastDelegation) {
            m_delegation.bind(QStringLiteral(":id"), *p.delegationId);
            Result<QVariant> exists = m_delegation.scalar();
            if (!exists.ok())
                return exists.error();
            if (exists.value().toInt() == 0)
                return Error {QStringLiteral("The delegation no longer exists."),
                              QStringLiteral("delegationId"), 0};
            m_lastDelegation = *p.delegationId;
        }
        return {};
    }

private:
    Statement m_head;
    Statement m_badge;
    Statement m_delegation;
    Statement m_document;
    Statement m_country;
    QHash<qint64, QString> m_countries; ///< delegation id → country code, read once per batch
    qint64 m_lastDelegation = -1;
};

/// The filter's conditions on participant columns (all but the text search).
QStringList columnConditions(const ParticipantFilter &filter)
{
    QStringList conditions;
    if (filter.delegationId)
        conditions.append(*filter.delegationId == 0 ? QStringLiteral("delegation_id IS NULL")
                                                    : QStringLiteral("delegation_id = :delegation"));
    if (!filter.role.isEmpty())
        conditions.append(QStringLiteral("role = :role"));
    if (!filter.accreditationState.isEmpty())
        conditions.append(QStringLiteral("accreditation_state = :state"));
    return conditions;
}

void bindColumnConditions(Statement &query, const ParticipantFilter &filter)
{
    if (filter.delegationId && *filter.delegationId != 0)
        query.bind(QStringLiteral(":delegation"), *filter.delegationId);
    if (!filter.role.isEmpty())
        query.bind(QStringLiteral(":role"), filter.role);
    if (!filter.accreditationState.isEmpty())
        query.bind(QStringLiteral(":state"), filter.accreditationState);
}
/// Appends `text` as a JSON string, for json_each(): at 100,000 rows QJsonArray and toJson()
/// cost more than the statement that reads them.
void appendJsonString(QString &json, const QString &text)
{
    json.append(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            json.append(u'\\');
            json.append(c);
        } else if (c.unicode() < 0x20) {
            json.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        } else {
            json.append(c);
        }
    }
    json.append(u'"');
}

/// What the writing loop needs of each person that depends on nobody else: the sort key and
/// search terms (ICU folding, tens of µs for a name in another script) and, in a large batch,
/// the phone in international format (libphonenumber, 10–20 µs a number). A large batch is
/// prepared on the other cores while this thread writes: at() waits for the person it asks
/// for. Phones are read the same way as CrossChecks::normalisePhone (nationality, else
/// delegation country), which small batches use.
class BatchPreparation
{
public:
    static constexpr std::size_t ParallelFrom = 2000;

    struct Person
    {
        QString sortKey;
        QString searchTerms;
        std::optional<Result<QString>> phone; ///< absent: left to CrossChecks::normalisePhone
    };

    BatchPreparation() = default;
    BatchPreparation(const BatchPreparation &) = delete;
    BatchPreparation &operator=(const BatchPreparation &) = delete;
    ~BatchPreparation()
    {
        m_stop = true;
        for (std::thread &worker : m_workers)
            worker.join();
    }

    /// `people` must outlive this object; the caller changes a person only after at() gave it.
    Status start(const QSqlDatabase &db, std::span<const Participant> people)
    {
        m_input = people;
        m_people.assign(people.size(), {});
        if (people.size() < ParallelFrom) {
            prepare(0, people.size());
            return {};
        }
        m_large = true;
        Statement query(db, QStringLiteral("SELECT id, coalesce(country_code, '') FROM delegation"));
        if (Status run = query.exec(); !run)
            return run;
        while (query.next())
            m_countries.insert(query.value(0).toLongLong(), query.value(1).toString());
        const std::size_t chunks = (people.size() + Chunk - 1) / Chunk;
        m_ready = std::make_unique<std::atomic<bool>[]>(chunks);
        // Chunks are taken in order, so the writer rarely waits.
        const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 2, 8) - 1;
        for (std::size_t t = 0; t < threads; ++t) {
            m_workers.emplace_back([this, chunks] {
                for (std::size_t c = m_nextChunk++; c < chunks && !m_stop; c = m_nextChunk++) {
                    prepare(c * Chunk, std::min((c + 1) * Chunk, m_input.size()));
                    m_ready[c].store(true, std::memory_order_release);
                    m_ready[c].notify_one();
                }
            });
        }
        return {};
    }

    [[nodiscard]] const Person &at(std::size_t i) const
    {
        if (m_large)
            m_ready[i / Chunk].wait(false, std::memory_order_acquire);
        return m_people[i];
    }

private:
    static constexpr std::size_t Chunk = 512;

    void prepare(std::size_t first, std::size_t last)
    {
        for (std::size_t i = first; i < last; ++i) {
            const Participant &p = m_input[i];
            Person &out = m_people[i];
            out.sortKey = SearchText::sortKey(p.familyName, p.givenNames);
            out.searchTerms = searchTerms(p);
            if (!m_large || p.phone.trimmed().isEmpty())
                continue;
            const QString country = !p.nationality.isEmpty() ? p.nationality
                : p.delegationId                             ? m_countries.value(*p.delegationId)
                                                             : QString();
            out.phone = PhoneNumbers::normalised(p.phone, country);
        }
    }

    std::span<const Participant> m_input;
    std::vector<Person> m_people;
    bool m_large = false;
    QHash<qint64, QString> m_countries; ///< delegation id → country code (read-only once started)
    std::unique_ptr<std::atomic<bool>[]> m_ready; ///< per chunk of m_people
    std::atomic<std::size_t> m_nextChunk = 0;
    std::atomic<bool> m_stop = false;
    std::vector<std::thread> m_workers;
};

/// The index of the first person of a batch whose identity document or badge number may be
/// taken, by someone stored or earlier in the batch; the batch size when nobody's is. The
/// people before it need no lookups of their own: two set-based queries instead of two
/// queries per person. A stored document number counts whatever its type: the lookups that
/// follow compare as CrossChecks::check does.
Result<std::size_t> firstPossibleIdentityClash(const QSqlDatabase &db, std::span<const Participant> people)
{
    std::size_t first = people.size();
    // One JSON element per person (null when there is nothing to compare), so that
    // json_each's key is the index in the batch.
    QSet<QString> documents;
    QSet<QString> badges;
    documents.reserve(qsizetype(people.size()));
    badges.reserve(qsizetype(people.size()));
    QString documentNumbers = QStringLiteral("[");
    QString badgeNumbers = QStringLiteral("[");
    documentNumbers.reserve(qsizetype(people.size()) * 16);
    badgeNumbers.reserve(qsizetype(people.size()) * 12);
    for (std::size_t i = 0; i < people.size(); ++i) {
        const Participant &p = people[i];
        if (i > 0) {
            documentNumbers.append(u',');
            badgeNumbers.append(u',');
        }
        if (const QString number = ParticipantStore::normalisedDocumentNumber(p.documentNumber);
            number.isEmpty()) {
            documentNumbers.append(QLatin1StringView("null"));
        } else {
            appendJsonString(documentNumbers, number);
            const QString document = p.documentType.trimmed() + u'|' + number;
            if (documents.contains(document))
                first = std::min(first, i);
            documents.insert(document);
        }
        if (const QString number = p.badgeNumber.trimmed(); number.isEmpty()) {
            badgeNumbers.append(QLatin1StringView("null"));
        } else {
            appendJsonString(badgeNumbers, number);
            if (badges.contains(number))
                first = std::min(first, i);
            badges.insert(number);
        }
    }
    documentNumbers.append(u']');
    badgeNumbers.append(u']');
    Statement document(db,
                       QStringLiteral("SELECT min(j.key) FROM json_each(:keys) j "
                                      "JOIN participant p ON p.document_number = j.value "
                                      "WHERE p.document_number <> ''"));
    document.bind(QStringLiteral(":keys"), documentNumbers);
    Statement badge(db,
                    QStringLiteral("SELECT min(j.key) FROM json_each(:keys) j "
                                   "JOIN participant p ON p.badge_number = j.value"));
    badge.bind(QStringLiteral(":keys"), badgeNumbers);
    for (Statement *stored : {&document, &badge}) {
        Result<QVariant> clash = stored->scalar();
        if (!clash.ok())
            return clash.error();
        if (!clash.value().isNull())
            first = std::min(first, std::size_t(clash.value().toLongLong()));
    }
    return first;
}

/// Writes search-index rows once every other row of the writing is written. FTS5 writes its
/// pending terms out whenever a statement of the transaction opens a savepoint once the index
/// has been written, which every participant insert does (its constraints): rows interleaved
/// with those inserts dominated a COP-scale batch. Written together at the end, row by row
/// through the C API, they stay pending until the commit (statements of JSON rows cost twice
/// as much: 0.7 s against 0.35 s for 100,000 people).
class SearchIndexWriter
{
public:
    explicit SearchIndexWriter(const QSqlDatabase &db)
        : m_insert(db, "INSERT INTO participant_search (rowid, terms) VALUES (?, ?)")
    { }

    void add(qint64 id, const QString &terms) { m_rows.emplace_back(id, terms); }

    Status flush()
    {
        sqlite3_stmt *statement = m_insert.get();
        for (const auto &[id, terms] : m_rows) {
            // SQLITE_STATIC: m_rows keeps the text until the row is written.
            const bool bound = statement && sqlite3_bind_int64(statement, 1, id) == SQLITE_OK
                && sqlite3_bind_text16(statement, 2, terms.utf16(), int(terms.size() * 2), SQLITE_STATIC)
                    == SQLITE_OK;
            if (Status written = m_insert.step(bound); !written)
                return written;
        }
        m_rows.clear();
        return {};
    }

private:
    SqliteStatement m_insert;
    std::vector<std::pair<qint64, QString>> m_rows;
};

} // namespace

QString Participant::writtenName() const
{
    QStringList parts {honorific, givenNames, familyName};
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString Participant::displayName() const
{
    QStringList parts;
    for (const QString &part : {honorific.trimmed(), givenNames.trimmed(), familyName.trimmed().toUpper()}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString ParticipantStore::normalisedDocumentNumber(const QString &number)
{
    QString normalised;
    normalised.reserve(number.size());
    for (const QChar c : number) {
        if (!c.isSpace() && c != u'-')
            normalised.append(c.toUpper());
    }
    return normalised;
}

QString ParticipantStore::maskedDocumentNumber(const QString &number)
{
    const QString normalised = normalisedDocumentNumber(number);
    if (normalised.isEmpty())
        return {};
    const qsizetype shown = normalised.size() > 4 ? 3 : 0;
    return QString(normalised.size() - shown, QChar(0x2022)) + normalised.right(shown);
}

Result<QList<PossibleDuplicate>> ParticipantStore::possibleDuplicates(const Participant &p) const
{
    // Two indexed lookups (lower(email), delegation + sort key), so it is cheap enough to run
    // as the user types and once per imported line.
    Statement query(
        m_database.connection(),
        QStringLiteral(
            "SELECT p.id, p.honorific, p.given_names, p.family_name, coalesce(d.name, ''), "
            "CASE WHEN p.email <> '' AND lower(p.email) = lower(:email1) THEN 'email' ELSE 'name' END "
            "FROM participant p LEFT JOIN delegation d ON d.id = p.delegation_id "
            "WHERE p.id <> :id AND ((p.email <> '' AND lower(p.email) = lower(:email2)) "
            "OR (p.delegation_id = :delegation AND p.sort_key = :sortKey)) ORDER BY p.id LIMIT 20"));
    const QString email = p.email.trimmed();
    // Each placeholder is bound by its own name: SQLite leaves a name it was not given NULL.
    const QString emailKey = email.isEmpty() ? QStringLiteral("\x01") : email;
    query.bind(QStringLiteral(":email1"), emailKey)
        .bind(QStringLiteral(":email2"), emailKey)
        .bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":delegation"), p.delegationId ? QVariant(*p.delegationId) : QVariant())
        .bind(QStringLiteral(":sortKey"), SearchText::sortKey(p.familyName, p.givenNames));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<PossibleDuplicate> found;
    while (query.next()) {
        Participant other;
        other.honorific = query.value(1).toString();
        other.givenNames = query.value(2).toString();
        other.familyName = query.value(3).toString();
        const bool sameEmail = query.value(5).toString() == u"email";
        found.append({query.value(0).toLongLong(), other.displayName(), query.value(4).toString(),
                      sameEmail ? QStringLiteral("email") : QStringLiteral("name"),
                      sameEmail
                          ? QStringLiteral("Same e-mail address as %1.").arg(other.displayName())
                          : QStringLiteral("Same name as %1 in this delegation.").arg(other.displayName())});
    }
    return found;
}

Status ParticipantStore::validate(const Participant &p, const QString &delegationCountry)
{
    if (Status fields = validateFields(p); !fields)
        return fields;
    const QString country = p.nationality.isEmpty() ? delegationCountry : p.nationality;
    const QString phone = p.phone.trimmed();
    const bool international = phone.startsWith(u'+') || phone.startsWith(QStringLiteral("00"));
    if (!phone.isEmpty() && (international || !country.isEmpty())) {
        if (Result<QString> checked = PhoneNumbers::normalised(phone, country); !checked.ok())
            return checked.error();
    }
    return {};
}

Result<qint64> ParticipantStore::firstPossibleDuplicate() const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT p.id FROM participant p WHERE p.email <> '' AND EXISTS "
                       "(SELECT 1 FROM participant o WHERE o.id <> p.id AND lower(o.email) = lower(p.email)) "
                       "ORDER BY EXISTS (SELECT 1 FROM participant_photo ph WHERE ph.participant_id = p.id) "
                       "DESC, p.id LIMIT 1"));
    if (Status run = query.exec(); !run)
        return run.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> ParticipantStore::firstDocumentExpiringBefore(const QDate &day) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT min(id) FROM participant WHERE document_expiry IS NOT NULL "
                                   "AND document_expiry < :day"));
    query.bind(QStringLiteral(":day"), SqlValues::fromDate(day));
    Result<QVariant> found = query.scalar();
    if (!found.ok())
        return found.error();
    return found.value().toLongLong();
}

Status ParticipantStore::crossCheck(const Participant &participant) const
{
    return CrossChecks(m_database.connection()).check(participant);
}

QString ParticipantStore::delegationCountry(std::optional<qint64> delegationId) const
{
    if (!delegationId)
        return {};
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT coalesce(country_code, '') FROM delegation WHERE id = :id"));
    query.bind(QStringLiteral(":id"), *delegationId);
    Result<QVariant> code = query.scalar();
    return code.ok() ? code.value().toString() : QString();
}

Status ParticipantStore::validateFields(const Participant &p)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (p.familyName.trimmed().isEmpty())
        return Error {QStringLiteral("The family name is required."), QStringLiteral("familyName"), 0};
    if (!Vocabulary::contains(Vocabulary::roles(), p.role))
        return Error {QStringLiteral("\"%1\" is not a role.").arg(p.role), QStringLiteral("role"), 0};
    if (!Vocabulary::contains(Vocabulary::accreditationStates(), p.accreditationState))
        return Error {QStringLiteral("\"%1\" is not an accreditation state.").arg(p.accreditationState),
                      QStringLiteral("accreditationState"), 0};
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return Error {QStringLiteral("\"%1\" is not an e-mail address.").arg(p.email.trimmed()),
                      QStringLiteral("email"), 0};
    if (!p.nationality.isEmpty() && !Countries::isValid(p.nationality))
        return Error {QStringLiteral("\"%1\" is not an ISO 3166-1 country code.").arg(p.nationality),
                      QStringLiteral("nationality"), 0};
    if (p.role == u"head_of_delegation" && !p.delegationId)
        return Error {QStringLiteral("A head of delegation belongs to a delegation."),
                      QStringLiteral("delegationId"), 0};
    return {};
}

Result<Participant> ParticipantStore::get(qint64 id) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 FROM participant p WHERE p.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return Error {QStringLiteral("There is no participant %1.").arg(id), {}, 0};
    return readParticipant(query);
}

Result<qint64> ParticipantStore::insert(const Participant &participant) const
{
    Participant copy = participant;
    if (Status inserted = insertMany(std::span<Participant>(&copy, 1)); !inserted)
        return inserted.error();
    return copy.id;
}

Status ParticipantStore::insertMany(std::span<Participant> participants,
                                    const std::function<bool(qsizetype)> &progress) const
{
    ParticipantWriter writer(m_database);
    if (Status written = writer.write(participants, progress); !written)
        return written;
    return writer.commit();
}

/// What a writer keeps from one batch to the next: its transaction, its prepared statements,
/// and what commit() completes.
struct ParticipantWriter::State
{
    explicit State(const Database &database)
        : transaction(database)
        , db(transaction.connection())
        , insert(db)
        , index(db)
        , checks(db)
    { }

    Transaction transaction;
    QSqlDatabase db;
    ParticipantInsert insert;
    SearchIndexWriter index;
    CrossChecks checks;
    const QString now = SqlValues::now(); ///< one moment for everything written
    qint64 highestBadge = 0;
    QSet<qint64> delegationsGivingBadges;
};

ParticipantWriter::ParticipantWriter(const Database &database)
    : m_state(std::make_unique<State>(database))
{ }

ParticipantWriter::~ParticipantWriter() = default;

Status ParticipantWriter::write(std::span<Participant> participants,
                                const std::function<bool(qsizetype)> &progress)
{
    State &s = *m_state;
    if (!s.transaction.ok())
        return s.transaction.error();
    // Ids are taken under the write lock the transaction holds, so no other writer can take
    // the same ones; this spares a RETURNING per row, which SQLite answers through a temporary
    // table. (PostgreSQL will need its identity sequence moved past them.)
    Statement lastId(s.db, QStringLiteral("SELECT coalesce(max(id), 0) FROM participant"));
    Result<QVariant> last = lastId.scalar();
    if (!last.ok())
        return last.error();
    qint64 nextId = last.value().toLongLong() + 1;

    BatchPreparation prepared;
    if (Status started = prepared.start(s.db, participants); !started)
        return started;
    Result<std::size_t> firstClash = firstPossibleIdentityClash(s.db, participants);
    if (!firstClash.ok())
        return firstClash.error();
    const bool batch = participants.size() > 1;
    for (std::size_t i = 0; i < participants.size(); ++i) {
        const BatchPreparation::Person &ready = prepared.at(i);
        Participant &p = participants[i];
        const auto failed = [&](const Error &error) {
            Error located = error;
            if (batch)
                located.message =
                    QStringLiteral("participant %1 (%2): %3").arg(i + 1).arg(p.displayName(), error.message);
            return Status(located);
        };
        if (Status valid = ParticipantStore::validateFields(p); !valid)
            return failed(valid.error());
        p.id = 0;
        if (Status others = s.checks.check(p, i < firstClash.value()); !others)
            return failed(others.error());
        if (const std::optional<Result<QString>> &phone = ready.phone; phone) {
            if (!phone->ok())
                return failed(phone->error());
            p.phone = phone->value();
        } else if (Status phone = s.checks.normalisePhone(p); !phone) {
            return failed(phone.error());
        }
        if (Status inserted = s.insert.insert(nextId, p, ready.sortKey, s.now); !inserted)
            return failed(inserted.error());
        p.id = nextId++;
        s.highestBadge = std::max(s.highestBadge, p.badgeNumber.trimmed().toLongLong());
        if (p.delegationId && BadgeQuotas::holdsBadge(p.accreditationState))
            s.delegationsGivingBadges.insert(*p.delegationId);
        s.index.add(p.id, ready.searchTerms);
        if (progress && (i + 1) % 1000 == 0 && !progress(qsizetype(i + 1)))
            return Error {QStringLiteral("cancelled: nothing was written"), {}, 0};
    }
    return {};
}

Status ParticipantWriter::commit()
{
    State &s = *m_state;
    if (!s.transaction.ok())
        return s.transaction.error();
    if (Status indexed = s.index.flush(); !indexed)
        return indexed;
    if (Status quotas = BadgeQuotas::verify(s.db, s.delegationsGivingBadges); !quotas)
        return quotas;
    // Badges given here (imports, the demo) move the counter on, so that approvals never hand
    // out one of their numbers again.
    Statement counter(s.db,
                      QStringLiteral("UPDATE badge_counter SET last_number = :highest "
                                     "WHERE id = 1 AND last_number < :highest"));
    counter.bind(QStringLiteral(":highest"), s.highestBadge);
    if (Status run = counter.exec(); !run)
        return run;
    return s.transaction.commit();
}

Status ParticipantStore::update(const Participant &p) const
{
    if (Status valid = validateFields(p); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    // The badge number is the workflow's; the search index needs the stored one.
    Statement current(
        db, QStringLiteral("SELECT badge_number, accreditation_state FROM participant WHERE id = :id"));
    current.bind(QStringLiteral(":id"), p.id);
    if (Status run = current.exec(); !run)
        return run;
    if (!current.next())
        return Error {QStringLiteral("This participant no longer exists (deleted at another desk?)."), {}, 0};
    Participant edited = p;
    edited.badgeNumber = current.value(0).toString();
    edited.accreditationState = current.value(1).toString();
    current.finish();
    CrossChecks checks(db);
    if (Status others = checks.check(edited); !others)
        return others;
    if (Status phone = checks.normalisePhone(edited); !phone)
        return phone;
    Statement update(
        db,
        QStringLiteral("UPDATE participant SET delegation_id = :delegation, honorific = :honorific, "
                       "given_names = :given, family_name = :family, native_name = :native, "
                       "function_title = :function, organisation = :organisation, role = :role, "
                       "email = :email, phone = :phone, nationality = :nationality, "
                       "document_type = :documentType, document_number = :documentNumber, "
                       "document_expiry = :documentExpiry, dietary_needs = :dietary, "
                       "access_needs = :access, interpretation_language = :interpretation, "
                       "sort_key = :sortKey, updated_at = :now WHERE id = :id"));
    bindParticipant(update, edited, SearchText::sortKey(edited.familyName, edited.givenNames),
                    SqlValues::now());
    update.bind(QStringLiteral(":id"), p.id);
    if (Status run = update.exec(); !run)
        return run;
    Statement index(db, QStringLiteral("UPDATE participant_search SET terms = :terms WHERE rowid = :id"));
    index.bind(QStringLiteral(":terms"), searchTerms(edited)).bind(QStringLiteral(":id"), p.id);
    if (Status run = index.exec(); !run)
        return run;
    // A badge holder moved to another role or delegation uses a badge of that quota.
    if (BadgeQuotas::holdsBadge(edited.accreditationState) && edited.delegationId) {
        if (Status quotas = BadgeQuotas::verify(db, {*edited.delegationId}); !quotas)
            return quotas;
    }
    return transaction.commit();
}

Status ParticipantStore::remove(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Statement index(db, QStringLiteral("DELETE FROM participant_search WHERE rowid = :id"));
    index.bind(QStringLiteral(":id"), id);
    if (Status run = index.exec(); !run)
        return run;
    Statement remove(db, QStringLiteral("DELETE FROM participant WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run)
        return run;
    return transaction.commit();
}

Result<qint64> ParticipantStore::count() const
{
    Statement query(m_database.connection(), QStringLiteral("SELECT count(*) FROM participant"));
    Result<QVariant> n = query.scalar();
    if (!n.ok())
        return n.error();
    return n.value().toLongLong();
}

Result<std::vector<qint64>> ParticipantStore::idsInListOrder() const
{
    // One row for the whole list: a hundred thousand ids cost one string, not a hundred
    // thousand trips through the driver.
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM participant ORDER BY sort_key, id)"));
    Result<QVariant> list = query.scalar();
    if (!list.ok())
        return list.error();
    return SqlValues::parseIdList(list.value().toString());
}

QString ParticipantStore::roleRankSql(const QString &column)
{
    QString cases;
    int rank = 0;
    for (const Vocabulary::Term &role : Vocabulary::roles())
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1StringView(role.code)).arg(rank++);
    return QStringLiteral("CASE %1%2 ELSE %3 END").arg(column, cases).arg(rank);
}

Result<std::vector<qint64>> ParticipantStore::memberIdsInProtocolOrder(qint64 delegationId) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT id FROM participant WHERE delegation_id = :delegation "
                                   "ORDER BY %1, sort_key, id")
                        .arg(roleRankSql(QStringLiteral("role"))));
    query.bind(QStringLiteral(":delegation"), delegationId);
    if (Status run = query.exec(); !run)
        return run.error();
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

namespace {
/// The order of the published list of participants: delegations by name (those in none
/// last), then the role's protocol rank, then the name.
QString delegationOrder()
{
    return QStringLiteral("d.name IS NULL, d.name, %1, p.sort_key, p.id")
        .arg(ParticipantStore::roleRankSql(QStringLiteral("p.role")));
}
} // namespace

namespace {
/// The current row of a stepping SQLite statement, read like a QSqlQuery by readParticipant():
/// straight from SQLite's memory, without the cache of QVariants QSqlQuery fills for every row
/// (most of the time of reading 100,000 people that way).
struct SqliteRow
{
    sqlite3_stmt *statement;

    [[nodiscard]] QString text(int column) const
    {
        // UTF-8 as stored: SQLite need not make a UTF-16 copy first.
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(statement, column)) : QString();
    }

    [[nodiscard]] QVariant value(int column) const
    {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(statement, column)));
        default:
            const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(statement, column));
            return QString(reinterpret_cast<const QChar *>(text),
                           sqlite3_column_bytes16(statement, column) / 2);
        }
    }
};
} // namespace

Status
ParticipantStore::forEachInDelegationOrder(const std::function<bool(const ParticipantRow &)> &visit) const
{
    return streamRows(delegationOrder(), visit);
}

Status ParticipantStore::forEachRow(const std::function<bool(const ParticipantRow &)> &visit) const
{
    return streamRows({}, visit);
}

Status ParticipantStore::streamRows(const QString &orderBy,
                                    const std::function<bool(const ParticipantRow &)> &visit) const
{
    QString sql = QStringLiteral("SELECT %1, d.name, d.country_code FROM participant p "
                                 "LEFT JOIN delegation d ON d.id = p.delegation_id")
                      .arg(kColumns);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    ParticipantRow row;
    // SQLite: its C API on Qt's connection. Rows stream without a copy of the whole list.
    const QByteArray utf8 = sql.toUtf8();
    const SqliteStatement statement(m_database.connection(), utf8.constData());
    if (sqlite3_stmt *rows = statement.get()) {
        const SqliteRow current {rows};
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(rows)) == SQLITE_ROW) {
            row.participant = readParticipant(current);
            row.delegationName = current.text(kColumnCount);
            row.delegationCountry = current.text(kColumnCount + 1);
            if (!visit(row))
                return Error {QStringLiteral("cancelled"), {}, 0};
        }
        return stepped == SQLITE_DONE ? Status() : Status(statement.failure());
    }
    // Any other backend: one forward-only query.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error {QStringLiteral("database error: %1").arg(query.lastError().text()), {}, 0};
    while (query.next()) {
        row.participant = readParticipant(query);
        row.delegationName = query.value(kColumnCount).toString();
        row.delegationCountry = query.value(kColumnCount + 1).toString();
        if (!visit(row))
            return Error {QStringLiteral("cancelled"), {}, 0};
    }
    return {};
}

Result<std::vector<qint64>> ParticipantStore::idsInDelegationOrder() const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT group_concat(id) FROM (SELECT p.id AS id FROM participant p "
                                   "LEFT JOIN delegation d ON d.id = p.delegation_id "
                                   "ORDER BY %1)")
                        .arg(delegationOrder()));
    Result<QVariant> list = query.scalar();
    if (!list.ok())
        return list.error();
    return SqlValues::parseIdList(list.value().toString());
}

Result<std::vector<qint64>> ParticipantStore::matchingIds(const ParticipantFilter &filter) const
{
    const QString match = SearchText::matchExpression(filter.text);
    QStringList conditions;
    if (!match.isEmpty())
        conditions.append(QStringLiteral(
            "id IN (SELECT rowid FROM participant_search WHERE participant_search MATCH :match)"));
    conditions += columnConditions(filter);

    QString sql = QStringLiteral("SELECT group_concat(id) FROM participant");
    if (conditions.size() == 1 && !match.isEmpty()) {
        // A pure text search reads the index alone, which is what keeps typing fast.
        sql = QStringLiteral(
            "SELECT group_concat(rowid) FROM participant_search WHERE participant_search MATCH :match");
    } else if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    Statement query(m_database.connection(), sql);
    if (!match.isEmpty())
        query.bind(QStringLiteral(":match"), match);
    bindColumnConditions(query, filter);
    Result<QVariant> list = query.scalar();
    if (!list.ok())
        return list.error();
    return SqlValues::parseIdList(list.value().toString());
}

Result<QMap<QString, qint64>> ParticipantStore::stateCounts(const ParticipantFilter &filter) const
{
    const QStringList conditions = columnConditions(filter);
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT accreditation_state, count(*) FROM participant %1 "
                       "GROUP BY accreditation_state")
            .arg(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(u" AND ")));
    bindColumnConditions(query, filter);
    if (Status run = query.exec(); !run)
        return run.error();
    QMap<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

Result<QList<ParticipantRow>> ParticipantStore::rows(std::span<const qint64> ids) const
{
    QList<ParticipantRow> result;
    if (ids.empty())
        return result;
    // One statement per page of ids; the placeholders are generated, the values bound.
    QStringList placeholders;
    placeholders.reserve(qsizetype(ids.size()));
    for (std::size_t i = 0; i < ids.size(); ++i)
        placeholders.append(QStringLiteral(":id%1").arg(i));
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT %1, d.name, d.country_code, "
                       "EXISTS (SELECT 1 FROM participant_photo ph WHERE ph.participant_id = p.id) "
                       "FROM participant p "
                       "LEFT JOIN delegation d ON d.id = p.delegation_id WHERE p.id IN (%2)")
            .arg(kColumns, placeholders.join(QLatin1Char(','))));
    for (std::size_t i = 0; i < ids.size(); ++i)
        query.bind(placeholders.at(qsizetype(i)), ids[i]);
    if (Status run = query.exec(); !run)
        return run.error();
    QHash<qint64, ParticipantRow> byId;
    byId.reserve(qsizetype(ids.size()));
    while (query.next()) {
        ParticipantRow row;
        row.participant = readParticipant(query);
        row.delegationName = query.value(kColumnCount).toString();
        row.delegationCountry = query.value(kColumnCount + 1).toString();
        row.hasPhoto = query.value(kColumnCount + 2).toBool();
        byId.insert(row.participant.id, row);
    }
    result.reserve(qsizetype(ids.size()));
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

Status ParticipantStore::rebuildSearchIndex(const QSqlDatabase &db)
{
    // Fixed columns that every schema version since 1 has, so that old files keep upgrading
    // when the participant table grows; read first, then written.
    Statement all(
        db,
        QStringLiteral("SELECT id, given_names, family_name, native_name, badge_number FROM participant"));
    if (Status run = all.exec(); !run)
        return run;
    std::vector<Participant> people;
    while (all.next()) {
        Participant p;
        p.id = all.value(0).toLongLong();
        p.givenNames = all.value(1).toString();
        p.familyName = all.value(2).toString();
        p.nativeName = all.value(3).toString();
        p.badgeNumber = all.value(4).toString();
        people.push_back(std::move(p));
    }
    Statement clear(db, QStringLiteral("DELETE FROM participant_search"));
    if (Status run = clear.exec(); !run)
        return run;
    Statement sortKey(db, QStringLiteral("UPDATE participant SET sort_key = :key WHERE id = :id"));
    SearchIndexWriter index(db);
    for (const Participant &p : people) {
        sortKey.bind(QStringLiteral(":key"), SearchText::sortKey(p.familyName, p.givenNames))
            .bind(QStringLiteral(":id"), p.id);
        if (Status run = sortKey.exec(); !run)
            return run;
        index.add(p.id, searchTerms(p));
    }
    return index.flush();
}

} // namespace Plenary
