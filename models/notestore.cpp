// SPDX-License-Identifier: MIT
#include "notestore.h"

#include "logging.h"
#include "sqlvalues.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <utility>

namespace Plenary {

namespace {

using SqlValues::fromOptional;
using SqlValues::toOptional;

/// Invisible, and a separator for FTS5's unicode61 tokenizer (category Cf): it splits Han,
/// kana and Hangul into one word per character without changing what snippets show.
constexpr char16_t kWordSeparator = 0x200B;

const QString kNoteColumns =
    QStringLiteral("id, session_id, slot_id, body, confidentiality, version, created_by, "
                   "created_at, updated_by, updated_at");

Note readNote(const Statement &query)
{
    Note n;
    n.id = query.value(0).toLongLong();
    n.sessionId = query.value(1).toLongLong();
    n.slotId = toOptional<qint64>(query.value(2));
    n.body = query.value(3).toString();
    n.confidentiality = query.value(4).toString();
    n.version = query.value(5).toInt();
    n.createdBy = query.value(6).toString();
    n.createdAt = SqlValues::toDateTime(query.value(7));
    n.updatedBy = query.value(8).toString();
    n.updatedAt = SqlValues::toDateTime(query.value(9));
    return n;
}

const QString kDecisionColumns = QStringLiteral("id, session_id, position, text, outcome, method, votes_for, "
                                                "votes_against, votes_abstaining, confidentiality");

Decision readDecision(const Statement &query)
{
    Decision d;
    d.id = query.value(0).toLongLong();
    d.sessionId = query.value(1).toLongLong();
    d.position = query.value(2).toInt();
    d.text = query.value(3).toString();
    d.outcome = query.value(4).toString();
    d.method = query.value(5).toString();
    d.votesFor = toOptional<int>(query.value(6));
    d.votesAgainst = toOptional<int>(query.value(7));
    d.votesAbstaining = toOptional<int>(query.value(8));
    d.confidentiality = query.value(9).toString();
    return d;
}

void bindDecision(Statement &statement, const Decision &d)
{
    statement.bind(QStringLiteral(":text"), d.text.trimmed())
        .bind(QStringLiteral(":outcome"), d.outcome)
        .bind(QStringLiteral(":method"), d.method)
        .bind(QStringLiteral(":for"), fromOptional(d.votesFor))
        .bind(QStringLiteral(":against"), fromOptional(d.votesAgainst))
        .bind(QStringLiteral(":abstaining"), fromOptional(d.votesAbstaining))
        .bind(QStringLiteral(":confidentiality"), d.confidentiality);
}

const QString kActionColumns =
    QStringLiteral("id, session_id, text, owner_participant_id, owner_delegation_id, "
                   "due_date, done, confidentiality");

ActionItem readAction(const Statement &query)
{
    ActionItem a;
    a.id = query.value(0).toLongLong();
    a.sessionId = query.value(1).toLongLong();
    a.text = query.value(2).toString();
    a.ownerParticipantId = toOptional<qint64>(query.value(3));
    a.ownerDelegationId = toOptional<qint64>(query.value(4));
    a.dueDate = SqlValues::toDate(query.value(5));
    a.done = query.value(6).toBool();
    a.confidentiality = query.value(7).toString();
    return a;
}

void bindAction(Statement &statement, const ActionItem &a)
{
    statement.bind(QStringLiteral(":text"), a.text.trimmed())
        .bind(QStringLiteral(":participant"), fromOptional(a.ownerParticipantId))
        .bind(QStringLiteral(":delegation"), fromOptional(a.ownerDelegationId))
        .bind(QStringLiteral(":due"), SqlValues::fromDate(a.dueDate))
        .bind(QStringLiteral(":confidentiality"), a.confidentiality);
}

Status validConfidentiality(const QString &code)
{
    if (!Vocabulary::contains(Vocabulary::confidentialities(), code))
        return Error {
            QStringLiteral("\"%1\" is not a confidentiality (public, restricted, confidential)").arg(code),
            QStringLiteral("confidentiality"), 0};
    return {};
}

/// The index row of an entry: id * 16 + kind * 4 + confidentiality, so that confidential
/// rows are told apart (filtered, counted) without reading any table, and newest first is
/// the index's own order.
qint64 searchRowid(MinutesHit::Kind kind, qint64 id, const QString &confidentiality)
{
    const int secrecy = Vocabulary::rank(Vocabulary::confidentialities(), confidentiality);
    return id * 16 + qint64(kind) * 4 + secrecy;
}

constexpr int kConfidentialCode = 2; // Vocabulary::confidentialities(): public, restricted, confidential

/// Latin letters that Unicode does not decompose, and Greek accented vowels, which unicode61's
/// remove_diacritics keeps: folded one for one here, so "lodz" finds "Łódź", "baki" finds "Bakı"
/// and "αθηνα" finds "Αθήνα". One for one keeps the indexed text aligned with the original,
/// which highlighting relies on.
char32_t foldLetter(char32_t c)
{
    // clang-format off
    static constexpr std::pair<char32_t, char32_t> kFolds[] = {
        {U'ł', U'l'}, {U'Ł', U'L'}, {U'đ', U'd'}, {U'Đ', U'D'}, {U'ø', U'o'}, {U'Ø', U'O'},
        {U'ı', U'i'}, {U'ħ', U'h'}, {U'Ħ', U'H'}, {U'ŧ', U't'}, {U'Ŧ', U'T'},
        // Azerbaijani schwa, written "e" on keyboards without it: "xezer" finds "Xəzər".
        {U'ə', U'e'}, {U'Ə', U'E'},
        // Greek vowels with tonos or dialytika, which unicode61 keeps: "αθηνα" finds "Αθήνα".
        {U'ά', U'α'}, {U'έ', U'ε'}, {U'ή', U'η'}, {U'ί', U'ι'}, {U'ό', U'ο'}, {U'ύ', U'υ'},
        {U'ώ', U'ω'}, {U'ΐ', U'ι'}, {U'ΰ', U'υ'}, {U'ϊ', U'ι'}, {U'ϋ', U'υ'}, {U'Ά', U'Α'},
        {U'Έ', U'Ε'}, {U'Ή', U'Η'}, {U'Ί', U'Ι'}, {U'Ό', U'Ο'}, {U'Ύ', U'Υ'}, {U'Ώ', U'Ω'},
        {U'Ϊ', U'Ι'}, {U'Ϋ', U'Υ'},
    };
    // clang-format on
    for (const auto &[from, to] : kFolds) {
        if (c == from)
            return to;
    }
    return c;
}

bool splitByCharacter(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

/// The original text with the marks that `highlighted` (the indexed text, marked) carries,
/// cut to about `width` characters around the first mark, with "…" where cut.
QString snippet(const QString &highlighted, const QString &original, qsizetype width = 220)
{
    QString marked;
    marked.reserve(original.size() + 16);
    qsizetype j = 0;
    for (const QChar c : highlighted) {
        if (c == QChar(MinutesHit::kMatchStart) || c == QChar(MinutesHit::kMatchEnd)) {
            marked += c;
            continue;
        }
        if (c == QChar(kWordSeparator))
            continue;
        while (j < original.size() && original.at(j) == QChar(kWordSeparator))
            ++j;
        if (j < original.size())
            marked += original.at(j++);
    }
    if (marked.size() <= width)
        return marked;
    const qsizetype first = std::max<qsizetype>(0, marked.indexOf(QChar(MinutesHit::kMatchStart)));
    qsizetype from = std::max<qsizetype>(0, first - width / 4);
    // Start at a word and never inside a mark.
    while (from > 0 && from < first && !marked.at(from - 1).isSpace())
        --from;
    qsizetype to = std::min(marked.size(), from + width);
    const qsizetype open = marked.lastIndexOf(QChar(MinutesHit::kMatchStart), to - 1);
    if (open >= from && marked.indexOf(QChar(MinutesHit::kMatchEnd), open) >= to)
        to = marked.indexOf(QChar(MinutesHit::kMatchEnd), open) + 1;
    QString cut = marked.mid(from, to - from);
    if (from > 0)
        cut.prepend(u'…');
    if (to < marked.size())
        cut.append(u'…');
    return cut;
}

/// Runs a statement binding only `:id` and reads every row with `read`.
template<typename T, typename Read>
Result<QList<T>> readAll(const QSqlDatabase &db, const QString &sql, qint64 id, Read read)
{
    Statement query(db, sql);
    query.bind(QStringLiteral(":id"), id);
    if (Status run = query.exec(); !run)
        return run.error();
    QList<T> rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

} // namespace

// ---- notes -------------------------------------------------------------------------------

Result<Note> NoteStore::note(qint64 id) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT %1 FROM note WHERE id = :id").arg(kNoteColumns));
    query.bind(QStringLiteral(":id"), id);
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return Error {QStringLiteral("there is no note %1").arg(id), {}, 0};
    return readNote(query);
}

Result<QList<Note>> NoteStore::notes(qint64 sessionId) const
{
    return readAll<Note>(m_database.connection(),
                         QStringLiteral("SELECT %1 FROM note WHERE session_id = :id "
                                        "ORDER BY slot_id IS NOT NULL, slot_id, id")
                             .arg(kNoteColumns),
                         sessionId, readNote);
}

Result<Note> NoteStore::createNote(const Note &note, const QString &author) const
{
    Note n = note;
    if (Status inserted = insertNotes(std::span<Note>(&n, 1), author); !inserted)
        return inserted.error();
    return n;
}

Status NoteStore::insertNotes(std::span<Note> notes, const QString &author) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Statement insert(
        db,
        QStringLiteral("INSERT INTO note (session_id, slot_id, body, confidentiality, version, "
                       "created_by, created_at, updated_by, updated_at) VALUES (:session, :slot, "
                       ":body, :confidentiality, 1, :author, :now, :author, :now) RETURNING id"));
    Statement revision(
        db,
        QStringLiteral("INSERT INTO note_revision (note_id, version, body, confidentiality, author, "
                       "saved_at) VALUES (:note, 1, :body, :confidentiality, :author, :now)"));
    // New notes are in no index row yet: inserted, not replaced, through one prepared statement.
    Statement indexRow(db, QStringLiteral("INSERT INTO minutes_search (rowid, text) VALUES (:rowid, :text)"));
    const QString now = SqlValues::now();
    QSet<qint64> checkedSessions;
    for (Note &n : notes) {
        if (Status valid = validConfidentiality(n.confidentiality); !valid)
            return valid;
        if (!checkedSessions.contains(n.sessionId)) {
            if (Status open = requireDraftMinutes(n.sessionId); !open)
                return open;
            checkedSessions.insert(n.sessionId);
        }
        insert.bind(QStringLiteral(":session"), n.sessionId)
            .bind(QStringLiteral(":slot"), fromOptional(n.slotId))
            .bind(QStringLiteral(":body"), n.body)
            .bind(QStringLiteral(":confidentiality"), n.confidentiality)
            .bind(QStringLiteral(":author"), author)
            .bind(QStringLiteral(":now"), now);
        Result<QVariant> id = insert.scalar();
        if (!id.ok())
            return id.error();
        insert.finish();
        n.id = id.value().toLongLong();
        n.version = 1;
        n.createdBy = n.updatedBy = author;
        n.createdAt = n.updatedAt = SqlValues::toDateTime(now);
        revision.bind(QStringLiteral(":note"), n.id)
            .bind(QStringLiteral(":body"), n.body)
            .bind(QStringLiteral(":confidentiality"), n.confidentiality)
            .bind(QStringLiteral(":author"), author)
            .bind(QStringLiteral(":now"), now);
        if (Status run = revision.exec(); !run)
            return run;
        indexRow.bind(QStringLiteral(":rowid"), searchRowid(MinutesHit::Kind::Note, n.id, n.confidentiality))
            .bind(QStringLiteral(":text"), indexText(n.body));
        if (Status indexed = indexRow.exec(); !indexed)
            return indexed;
    }
    return transaction.commit();
}

Result<NoteSave> NoteStore::saveNote(qint64 noteId, const QString &body, const QString &confidentiality,
                                     int baseVersion, const QString &author) const
{
    if (Status valid = validConfidentiality(confidentiality); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    // Read inside the write transaction: SQLite's writer lock (and PostgreSQL's row lock
    // through the conditional UPDATE below) keep a second desk from slipping in between.
    Result<Note> stored = note(noteId);
    if (!stored.ok())
        return stored.error();
    if (Status open = requireDraftMinutes(stored.value().sessionId); !open)
        return open.error();
    const QString now = SqlValues::now();
    NoteSave outcome;
    if (stored.value().version != baseVersion) {
        // Another writer saved first: their text stays, this one is kept beside it.
        Statement copy(
            db,
            QStringLiteral("INSERT INTO note_revision (note_id, conflict_with, body, confidentiality, "
                           "author, saved_at) VALUES (:note, :theirs, :body, :confidentiality, "
                           ":author, :now) RETURNING id"));
        copy.bind(QStringLiteral(":note"), noteId)
            .bind(QStringLiteral(":theirs"), stored.value().version)
            .bind(QStringLiteral(":body"), body)
            .bind(QStringLiteral(":confidentiality"), confidentiality)
            .bind(QStringLiteral(":author"), author)
            .bind(QStringLiteral(":now"), now);
        Result<QVariant> id = copy.scalar();
        if (!id.ok())
            return id.error();
        copy.finish();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcStorage) << "note" << noteId << "save based on version" << baseVersion << "met version"
                          << stored.value().version << ": kept as revision" << id.value().toLongLong();
        outcome.note = stored.value();
        outcome.revisionId = id.value().toLongLong();
        return outcome;
    }
    outcome.saved = true;
    if (stored.value().body == body && stored.value().confidentiality == confidentiality) {
        // Nothing changed: no new revision, but the draft is spent.
        if (Status discarded = discardDraft(noteId); !discarded)
            return discarded.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        outcome.note = stored.value();
        return outcome;
    }
    Statement update(db,
                     QStringLiteral("UPDATE note SET body = :body, confidentiality = :confidentiality, "
                                    "version = version + 1, updated_by = :author, updated_at = :now "
                                    "WHERE id = :id AND version = :base"));
    update.bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":confidentiality"), confidentiality)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":id"), noteId)
        .bind(QStringLiteral(":base"), baseVersion);
    if (Status run = update.exec(); !run)
        return run.error();
    if (update.rowsAffected() != 1)
        return Error {QStringLiteral("note %1 changed while it was being saved").arg(noteId), {}, 0};
    Statement revision(
        db,
        QStringLiteral("INSERT INTO note_revision (note_id, version, body, confidentiality, author, "
                       "saved_at) VALUES (:note, :version, :body, :confidentiality, :author, :now) "
                       "RETURNING id"));
    revision.bind(QStringLiteral(":note"), noteId)
        .bind(QStringLiteral(":version"), baseVersion + 1)
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":confidentiality"), confidentiality)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), now);
    Result<QVariant> revisionId = revision.scalar();
    if (!revisionId.ok())
        return revisionId.error();
    revision.finish();
    if (Status indexed = index(db, MinutesHit::Kind::Note, noteId, body, confidentiality); !indexed)
        return indexed.error();
    if (Status discarded = discardDraft(noteId); !discarded)
        return discarded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    outcome.note = stored.value();
    outcome.note.body = body;
    outcome.note.confidentiality = confidentiality;
    outcome.note.version = baseVersion + 1;
    outcome.note.updatedBy = author;
    outcome.note.updatedAt = SqlValues::toDateTime(now);
    outcome.revisionId = revisionId.value().toLongLong();
    return outcome;
}

Result<QList<NoteRevision>> NoteStore::revisions(qint64 noteId) const
{
    return readAll<NoteRevision>(
        m_database.connection(),
        QStringLiteral(
            "SELECT id, note_id, version, conflict_with, body, confidentiality, author, saved_at, comment "
            "FROM note_revision WHERE note_id = :id ORDER BY id"),
        noteId, [](const Statement &q) {
            NoteRevision r;
            r.id = q.value(0).toLongLong();
            r.noteId = q.value(1).toLongLong();
            r.version = toOptional<int>(q.value(2));
            r.conflictWith = toOptional<int>(q.value(3));
            r.body = q.value(4).toString();
            r.confidentiality = q.value(5).toString();
            r.author = q.value(6).toString();
            r.savedAt = SqlValues::toDateTime(q.value(7));
            r.comment = q.value(8).toString();
            return r;
        });
}

Result<NoteSave> NoteStore::revert(qint64 noteId, qint64 revisionId, int baseVersion,
                                   const QString &author) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement query(transaction.connection(),
                    QStringLiteral("SELECT body, confidentiality, version, conflict_with FROM note_revision "
                                   "WHERE id = :id AND note_id = :note"));
    query.bind(QStringLiteral(":id"), revisionId).bind(QStringLiteral(":note"), noteId);
    if (Status run = query.exec(); !run)
        return run.error();
    if (!query.next())
        return Error {QStringLiteral("note %1 has no revision %2").arg(noteId).arg(revisionId), {}, 0};
    const QString body = query.value(0).toString();
    const QString confidentiality = query.value(1).toString();
    const QString comment = query.value(2).isNull()
        ? QStringLiteral("restored the copy that met version %1").arg(query.value(3).toInt())
        : QStringLiteral("reverted to version %1").arg(query.value(2).toInt());
    query.finish();
    Result<NoteSave> saved = saveNote(noteId, body, confidentiality, baseVersion, author);
    if (!saved.ok() || !saved.value().saved || saved.value().revisionId == 0)
        return saved;
    Statement annotate(transaction.connection(),
                       QStringLiteral("UPDATE note_revision SET comment = :comment WHERE id = :id"));
    annotate.bind(QStringLiteral(":comment"), comment).bind(QStringLiteral(":id"), saved.value().revisionId);
    if (Status run = annotate.exec(); !run)
        return run.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

// ---- drafts ------------------------------------------------------------------------------

Status NoteStore::saveDraft(qint64 noteId, const QString &body, int baseVersion, const QString &author) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    // Plain SQL both databases read: replace by delete and insert.
    Statement remove(transaction.connection(), QStringLiteral("DELETE FROM note_draft WHERE note_id = :id"));
    remove.bind(QStringLiteral(":id"), noteId);
    if (Status run = remove.exec(); !run)
        return run;
    Statement insert(transaction.connection(),
                     QStringLiteral("INSERT INTO note_draft (note_id, body, base_version, author, saved_at) "
                                    "VALUES (:id, :body, :base, :author, :now)"));
    insert.bind(QStringLiteral(":id"), noteId)
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":base"), baseVersion)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), SqlValues::now());
    if (Status run = insert.exec(); !run)
        return run;
    return transaction.commit();
}

namespace {
const QString kDraftSelect =
    QStringLiteral("SELECT d.note_id, n.session_id, d.body, d.base_version, d.author, d.saved_at "
                   "FROM note_draft d JOIN note n ON n.id = d.note_id ");

NoteDraft readDraft(const Statement &q)
{
    NoteDraft d;
    d.noteId = q.value(0).toLongLong();
    d.sessionId = q.value(1).toLongLong();
    d.body = q.value(2).toString();
    d.baseVersion = q.value(3).toInt();
    d.author = q.value(4).toString();
    d.savedAt = SqlValues::toDateTime(q.value(5));
    return d;
}
} // namespace

Result<std::optional<NoteDraft>> NoteStore::draft(qint64 noteId) const
{
    Result<QList<NoteDraft>> found = readAll<NoteDraft>(
        m_database.connection(), kDraftSelect + QStringLiteral("WHERE d.note_id = :id"), noteId, readDraft);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<NoteDraft>();
    return std::optional<NoteDraft>(found.value().first());
}

Result<QList<NoteDraft>> NoteStore::pendingDrafts() const
{
    Statement query(m_database.connection(),
                    kDraftSelect + QStringLiteral("WHERE d.body <> n.body ORDER BY d.saved_at"));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<NoteDraft> drafts;
    while (query.next())
        drafts.append(readDraft(query));
    return drafts;
}

Status NoteStore::discardDraft(qint64 noteId) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Statement remove(transaction.connection(), QStringLiteral("DELETE FROM note_draft WHERE note_id = :id"));
    remove.bind(QStringLiteral(":id"), noteId);
    if (Status run = remove.exec(); !run)
        return run;
    return transaction.commit();
}

// ---- the lock ----------------------------------------------------------------------------

Result<bool> NoteStore::isFinal(qint64 sessionId) const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT status FROM minutes_change WHERE session_id = :id ORDER BY id DESC LIMIT 1"));
    query.bind(QStringLiteral(":id"), sessionId);
    if (Status run = query.exec(); !run)
        return run.error();
    return query.next() && query.value(0).toString() == u"final";
}

Status NoteStore::requireDraftMinutes(qint64 sessionId) const
{
    Result<bool> final = isFinal(sessionId);
    if (!final.ok())
        return final.error();
    if (final.value())
        return Error {
            QStringLiteral(
                "The minutes of this session are final: reopen them (with a reason) to change them."),
            QStringLiteral("status"), 0};
    return {};
}

Status NoteStore::finalise(qint64 sessionId, const QString &author) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    if (Status open = requireDraftMinutes(sessionId); !open)
        return Error {QStringLiteral("The minutes of this session are already final."),
                      QStringLiteral("status"), 0};
    Statement insert(transaction.connection(),
                     QStringLiteral("INSERT INTO minutes_change (session_id, status, changed_by, changed_at) "
                                    "VALUES (:id, 'final', :author, :now)"));
    insert.bind(QStringLiteral(":id"), sessionId)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), SqlValues::now());
    if (Status run = insert.exec(); !run)
        return run;
    return transaction.commit();
}

Status NoteStore::reopen(qint64 sessionId, const QString &reason, const QString &author) const
{
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("Reopening final minutes needs a reason."), QStringLiteral("reason"), 0};
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    Result<bool> final = isFinal(sessionId);
    if (!final.ok())
        return final.error();
    if (!final.value())
        return Error {QStringLiteral("The minutes of this session are not final."), QStringLiteral("status"),
                      0};
    Statement insert(
        transaction.connection(),
        QStringLiteral("INSERT INTO minutes_change (session_id, status, changed_by, changed_at, reason) "
                       "VALUES (:id, 'draft', :author, :now, :reason)"));
    insert.bind(QStringLiteral(":id"), sessionId)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":reason"), reason.trimmed());
    if (Status run = insert.exec(); !run)
        return run;
    return transaction.commit();
}

Result<QList<MinutesChange>> NoteStore::minutesHistory(qint64 sessionId) const
{
    return readAll<MinutesChange>(
        m_database.connection(),
        QStringLiteral("SELECT status, changed_by, changed_at, reason FROM minutes_change "
                       "WHERE session_id = :id ORDER BY id"),
        sessionId, [](const Statement &q) {
            return MinutesChange {q.value(0).toString(), q.value(1).toString(),
                                  SqlValues::toDateTime(q.value(2)), q.value(3).toString()};
        });
}

Result<qint64> NoteStore::sessionOf(const QSqlDatabase &db, const char *table, qint64 id) const
{
    Statement query(db, QStringLiteral("SELECT session_id FROM %1 WHERE id = :id").arg(QLatin1String(table)));
    query.bind(QStringLiteral(":id"), id);
    Result<QVariant> session = query.scalar();
    if (!session.ok())
        return Error {
            QStringLiteral("there is no %1 %2").arg(QString::fromLatin1(table).replace(u'_', u' ')).arg(id),
            {},
            0};
    return session.value().toLongLong();
}

// ---- decisions ---------------------------------------------------------------------------

Status NoteStore::validate(const Decision &d)
{
    if (d.text.trimmed().isEmpty())
        return Error {QStringLiteral("A decision needs its text."), QStringLiteral("text"), 0};
    if (!Vocabulary::contains(Vocabulary::decisionOutcomes(), d.outcome))
        return Error {QStringLiteral("\"%1\" is not an outcome (adopted, rejected, deferred)").arg(d.outcome),
                      QStringLiteral("outcome"), 0};
    if (!Vocabulary::contains(Vocabulary::decisionMethods(), d.method))
        return Error {
            QStringLiteral("\"%1\" is not a way of deciding (unanimous, consensus, vote)").arg(d.method),
            QStringLiteral("method"), 0};
    const bool vote = d.method == u"vote";
    const bool counted = d.votesFor && d.votesAgainst && d.votesAbstaining;
    if (vote && !counted)
        return Error {QStringLiteral("A vote needs the counts for, against and abstaining."),
                      QStringLiteral("votes"), 0};
    if (!vote && (d.votesFor || d.votesAgainst || d.votesAbstaining))
        return Error {QStringLiteral("Counts belong to a vote only."), QStringLiteral("votes"), 0};
    if (vote && (*d.votesFor < 0 || *d.votesAgainst < 0 || *d.votesAbstaining < 0))
        return Error {QStringLiteral("Vote counts cannot be negative."), QStringLiteral("votes"), 0};
    return validConfidentiality(d.confidentiality);
}

Result<QList<Decision>> NoteStore::decisions(qint64 sessionId) const
{
    return readAll<Decision>(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM decision WHERE session_id = :id ORDER BY position, id")
            .arg(kDecisionColumns),
        sessionId, readDecision);
}

Result<qint64> NoteStore::insertDecision(const Decision &decision, const QString &author) const
{
    if (Status valid = validate(decision); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    if (Status open = requireDraftMinutes(decision.sessionId); !open)
        return open.error();
    Statement insert(
        db,
        QStringLiteral("INSERT INTO decision (session_id, position, text, outcome, method, votes_for, "
                       "votes_against, votes_abstaining, confidentiality, created_by, created_at, "
                       "updated_at) VALUES (:session, (SELECT coalesce(max(position) + 1, 0) FROM "
                       "decision WHERE session_id = :session), :text, :outcome, :method, :for, "
                       ":against, :abstaining, :confidentiality, :author, :now, :now) RETURNING id"));
    bindDecision(insert, decision);
    insert.bind(QStringLiteral(":session"), decision.sessionId)
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), SqlValues::now());
    Result<QVariant> id = insert.scalar();
    if (!id.ok())
        return id.error();
    insert.finish();
    if (Status indexed = index(db, MinutesHit::Kind::Decision, id.value().toLongLong(), decision.text,
                               decision.confidentiality);
        !indexed)
        return indexed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id.value().toLongLong();
}

Status NoteStore::updateDecision(const Decision &decision) const
{
    if (Status valid = validate(decision); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Result<qint64> session = sessionOf(db, "decision", decision.id);
    if (!session.ok())
        return session.error();
    if (Status open = requireDraftMinutes(session.value()); !open)
        return open;
    Statement update(
        db,
        QStringLiteral("UPDATE decision SET text = :text, outcome = :outcome, method = :method, "
                       "votes_for = :for, votes_against = :against, votes_abstaining = :abstaining, "
                       "confidentiality = :confidentiality, updated_at = :now WHERE id = :id"));
    bindDecision(update, decision);
    update.bind(QStringLiteral(":now"), SqlValues::now()).bind(QStringLiteral(":id"), decision.id);
    if (Status run = update.exec(); !run)
        return run;
    if (Status indexed =
            index(db, MinutesHit::Kind::Decision, decision.id, decision.text, decision.confidentiality);
        !indexed)
        return indexed;
    return transaction.commit();
}

Status NoteStore::removeDecision(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Result<qint64> session = sessionOf(db, "decision", id);
    if (!session.ok())
        return session.error();
    if (Status open = requireDraftMinutes(session.value()); !open)
        return open;
    Statement remove(db, QStringLiteral("DELETE FROM decision WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run)
        return run;
    if (Status unindexed = unindex(db, MinutesHit::Kind::Decision, id); !unindexed)
        return unindexed;
    return transaction.commit();
}

// ---- action items ------------------------------------------------------------------------

Status NoteStore::validate(const ActionItem &item)
{
    if (item.text.trimmed().isEmpty())
        return Error {QStringLiteral("An action item needs to say what is to be done."),
                      QStringLiteral("text"), 0};
    return validConfidentiality(item.confidentiality);
}

Result<QList<ActionItem>> NoteStore::actionItems(qint64 sessionId) const
{
    return readAll<ActionItem>(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM action_item WHERE session_id = :id ORDER BY id").arg(kActionColumns),
        sessionId, readAction);
}

Result<QList<ActionItem>> NoteStore::openActionItems() const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM action_item WHERE done = 0 "
                       "ORDER BY due_date IS NULL, due_date, owner_delegation_id, owner_participant_id, id")
            .arg(kActionColumns));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<ActionItem> items;
    while (query.next())
        items.append(readAction(query));
    return items;
}

Result<QList<OpenActionItem>> NoteStore::openActionItemsByOwner() const
{
    // The columns of kActionColumns, qualified, then the owner and the session.
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT a.id, a.session_id, a.text, a.owner_participant_id, a.owner_delegation_id, "
                       "a.due_date, a.done, a.confidentiality, "
                       "coalesce(trim(p.given_names || ' ' || p.family_name), d.name, '') AS owner, "
                       "s.title, s.starts_at FROM action_item a "
                       "JOIN agenda_session s ON s.id = a.session_id "
                       "LEFT JOIN participant p ON p.id = a.owner_participant_id "
                       "LEFT JOIN delegation d ON d.id = a.owner_delegation_id WHERE a.done = 0 "
                       "ORDER BY owner = '', owner, a.due_date IS NULL, a.due_date, a.id"));
    if (Status run = query.exec(); !run)
        return run.error();
    QList<OpenActionItem> items;
    while (query.next())
        items.append({readAction(query), query.value(8).toString(), query.value(9).toString(),
                      SqlValues::toDateTime(query.value(10))});
    return items;
}

Result<qint64> NoteStore::insertActionItem(const ActionItem &item, const QString &author) const
{
    if (Status valid = validate(item); !valid)
        return valid.error();
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    if (Status open = requireDraftMinutes(item.sessionId); !open)
        return open.error();
    Statement insert(
        db,
        QStringLiteral("INSERT INTO action_item (session_id, text, owner_participant_id, "
                       "owner_delegation_id, due_date, done, done_at, confidentiality, created_by, "
                       "created_at, updated_at) VALUES (:session, :text, :participant, :delegation, "
                       ":due, :done, :doneAt, :confidentiality, :author, :now, :now) RETURNING id"));
    const QString now = SqlValues::now();
    bindAction(insert, item);
    insert.bind(QStringLiteral(":session"), item.sessionId)
        .bind(QStringLiteral(":done"), item.done ? 1 : 0)
        .bind(QStringLiteral(":doneAt"), item.done ? QVariant(now) : QVariant())
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":now"), now);
    Result<QVariant> id = insert.scalar();
    if (!id.ok())
        return id.error();
    insert.finish();
    if (Status indexed =
            index(db, MinutesHit::Kind::ActionItem, id.value().toLongLong(), item.text, item.confidentiality);
        !indexed)
        return indexed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id.value().toLongLong();
}

Status NoteStore::updateActionItem(const ActionItem &item) const
{
    if (Status valid = validate(item); !valid)
        return valid;
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Result<qint64> session = sessionOf(db, "action_item", item.id);
    if (!session.ok())
        return session.error();
    if (Status open = requireDraftMinutes(session.value()); !open)
        return open;
    Statement update(
        db,
        QStringLiteral("UPDATE action_item SET text = :text, owner_participant_id = :participant, "
                       "owner_delegation_id = :delegation, due_date = :due, "
                       "confidentiality = :confidentiality, updated_at = :now WHERE id = :id"));
    bindAction(update, item);
    update.bind(QStringLiteral(":now"), SqlValues::now()).bind(QStringLiteral(":id"), item.id);
    if (Status run = update.exec(); !run)
        return run;
    if (Status indexed = index(db, MinutesHit::Kind::ActionItem, item.id, item.text, item.confidentiality);
        !indexed)
        return indexed;
    if (Status done = setActionItemDone(item.id, item.done); !done)
        return done;
    return transaction.commit();
}

Status NoteStore::setActionItemDone(qint64 id, bool done) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    // Allowed on final minutes: following an action item up is not changing the record.
    Statement update(
        transaction.connection(),
        QStringLiteral("UPDATE action_item SET done = :done, done_at = CASE WHEN :done = 0 THEN NULL "
                       "ELSE coalesce(done_at, :now) END, updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":done"), done ? 1 : 0)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id);
    if (Status run = update.exec(); !run)
        return run;
    if (update.rowsAffected() != 1)
        return Error {QStringLiteral("there is no action item %1").arg(id), {}, 0};
    return transaction.commit();
}

Status NoteStore::removeActionItem(qint64 id) const
{
    Transaction transaction(m_database);
    if (!transaction.ok())
        return transaction.error();
    const QSqlDatabase db = transaction.connection();
    Result<qint64> session = sessionOf(db, "action_item", id);
    if (!session.ok())
        return session.error();
    if (Status open = requireDraftMinutes(session.value()); !open)
        return open;
    Statement remove(db, QStringLiteral("DELETE FROM action_item WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status run = remove.exec(); !run)
        return run;
    if (Status unindexed = unindex(db, MinutesHit::Kind::ActionItem, id); !unindexed)
        return unindexed;
    return transaction.commit();
}

// ---- search ------------------------------------------------------------------------------

QString NoteStore::indexText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool previousSplit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (c == kWordSeparator) {
            previousSplit = false;
            continue; // ours only
        }
        const bool split = splitByCharacter(c);
        if (split || previousSplit)
            out += kWordSeparator;
        if (const char32_t folded = foldLetter(c); folded != c)
            out += QChar(char16_t(folded));
        else
            out += QStringView(text).sliced(i, length);
        previousSplit = split;
        i += length - 1;
    }
    return out;
}

QString NoteStore::matchExpression(const QString &typed)
{
    QStringList terms;
    for (const QString &word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString cleaned = word;
        cleaned.remove(u'"');
        bool hasWordCharacter = false;
        for (const QChar c : std::as_const(cleaned))
            hasWordCharacter = hasWordCharacter || c.isLetterOrNumber();
        if (!hasWordCharacter)
            continue;
        // A quoted string is a phrase: characters split by indexText must follow each other;
        // the star makes the last one a prefix, for search as you type.
        terms.append(u'"' + indexText(cleaned) + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

Status NoteStore::index(const QSqlDatabase &db, MinutesHit::Kind kind, qint64 id, const QString &text,
                        const QString &confidentiality)
{
    if (Status removed = unindex(db, kind, id); !removed)
        return removed;
    Statement insert(db, QStringLiteral("INSERT INTO minutes_search (rowid, text) VALUES (:rowid, :text)"));
    insert.bind(QStringLiteral(":rowid"), searchRowid(kind, id, confidentiality))
        .bind(QStringLiteral(":text"), indexText(text));
    return insert.exec();
}

Status NoteStore::unindex(const QSqlDatabase &db, MinutesHit::Kind kind, qint64 id)
{
    Statement remove(db, QStringLiteral("DELETE FROM minutes_search WHERE rowid BETWEEN :first AND :last"));
    const qint64 first = searchRowid(kind, id, QStringLiteral("public"));
    remove.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), first + 3);
    return remove.exec();
}

Result<MinutesSearchResult> NoteStore::search(const QString &typed, bool includeConfidential, int limit) const
{
    MinutesSearchResult result;
    const QString match = matchExpression(typed);
    if (match.isEmpty())
        return result;
    const QSqlDatabase db = m_database.connection();
    if (!includeConfidential) {
        Statement hidden(
            db,
            QStringLiteral("SELECT count(*) FROM minutes_search WHERE minutes_search MATCH :match "
                           "AND rowid % 4 = %1")
                .arg(kConfidentialCode));
        hidden.bind(QStringLiteral(":match"), match);
        Result<QVariant> count = hidden.scalar();
        if (!count.ok())
            return count.error();
        result.confidentialHidden = count.value().toInt();
    }
    // Newest first, the index's own order: the scan stops after `limit` rows, so a word in
    // every note costs no more than a rare one (ranking by relevance would score every match).
    // Highlights are made on the indexed text and carried over to the original (snippet()).
    Statement query(db,
                    QStringLiteral("SELECT m.rowid, highlight(minutes_search, 0, :open, :close), "
                                   "coalesce(n.body, d.text, a.text), s.id, s.title, s.starts_at "
                                   "FROM minutes_search m "
                                   "LEFT JOIN note n ON m.rowid / 4 % 4 = 0 AND n.id = m.rowid / 16 "
                                   "LEFT JOIN decision d ON m.rowid / 4 % 4 = 1 AND d.id = m.rowid / 16 "
                                   "LEFT JOIN action_item a ON m.rowid / 4 % 4 = 2 AND a.id = m.rowid / 16 "
                                   "JOIN agenda_session s ON s.id = coalesce(n.session_id, d.session_id, "
                                   "a.session_id) "
                                   "WHERE minutes_search MATCH :match AND (:all = 1 OR m.rowid % 4 <> %1) "
                                   "ORDER BY m.rowid DESC LIMIT :limit")
                        .arg(kConfidentialCode));
    query.bind(QStringLiteral(":open"), QString(QChar(MinutesHit::kMatchStart)))
        .bind(QStringLiteral(":close"), QString(QChar(MinutesHit::kMatchEnd)))
        .bind(QStringLiteral(":match"), match)
        .bind(QStringLiteral(":all"), includeConfidential ? 1 : 0)
        .bind(QStringLiteral(":limit"), limit);
    if (Status run = query.exec(); !run)
        return run.error();
    const auto confidentialities = Vocabulary::confidentialities();
    while (query.next()) {
        MinutesHit hit;
        const qint64 rowid = query.value(0).toLongLong();
        hit.id = rowid / 16;
        hit.kind = MinutesHit::Kind(rowid / 4 % 4);
        hit.confidentiality = QString::fromLatin1(confidentialities[std::size_t(rowid % 4)].code);
        hit.snippet = snippet(query.value(1).toString(), query.value(2).toString());
        hit.sessionId = query.value(3).toLongLong();
        hit.sessionTitle = query.value(4).toString();
        hit.sessionStartsAt = SqlValues::toDateTime(query.value(5));
        result.hits.append(hit);
    }
    return result;
}

} // namespace Plenary
