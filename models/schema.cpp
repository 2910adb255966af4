// SPDX-License-Identifier: MIT
#include "schema.h"

#include "participantstore.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

namespace Plenary::Schema {

namespace {

Status run(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *statement : statements) {
        QSqlQuery query(db);
        // DDL cannot be prepared on every driver, and none of it carries user values.
        if (!query.exec(QString::fromUtf8(statement)))
            return Error {query.lastError().text(), {}, 0};
    }
    return {};
}

/// Version 1: the event, its delegations and participants.
Status createCore(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE event (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL CHECK (name <> ''),
            venue TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT 'UTC',
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            languages TEXT NOT NULL DEFAULT 'en',
            CHECK (last_day >= first_day)))",
                   R"(CREATE TABLE delegation (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('member_state', 'observer_state', 'international_organisation',
                                               'un_body', 'ngo', 'media')),
            country_code TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            status TEXT NOT NULL DEFAULT 'registered'
                CHECK (status IN ('invited', 'registered', 'confirmed', 'arrived', 'departed', 'withdrawn')),
            arrival_date TEXT,
            departure_date TEXT,
            hotel TEXT NOT NULL DEFAULT '',
            focal_point_name TEXT NOT NULL DEFAULT '',
            focal_point_email TEXT NOT NULL DEFAULT '',
            focal_point_phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (departure_date IS NULL OR arrival_date IS NULL OR departure_date >= arrival_date)))",
                   R"(CREATE TABLE participant (
            id INTEGER PRIMARY KEY,
            delegation_id INTEGER REFERENCES delegation (id) ON DELETE RESTRICT,
            honorific TEXT NOT NULL DEFAULT '',
            given_names TEXT NOT NULL DEFAULT '',
            family_name TEXT NOT NULL CHECK (family_name <> ''),
            native_name TEXT NOT NULL DEFAULT '',
            function_title TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('head_of_delegation', 'alternate_head', 'delegate', 'adviser',
                                               'observer', 'interpreter', 'security_officer', 'press',
                                               'organiser_staff', 'guest_speaker')),
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            nationality TEXT CHECK (nationality IS NULL OR length(nationality) = 2),
            document_type TEXT NOT NULL DEFAULT '',
            document_number TEXT NOT NULL DEFAULT '',
            document_expiry TEXT,
            dietary_needs TEXT NOT NULL DEFAULT '',
            access_needs TEXT NOT NULL DEFAULT '',
            interpretation_language TEXT NOT NULL DEFAULT '',
            accreditation_state TEXT NOT NULL DEFAULT 'nominated'
                CHECK (accreditation_state IN ('nominated', 'documents_complete', 'approved', 'badge_printed',
                                               'checked_in', 'rejected', 'withdrawn')),
            badge_number TEXT UNIQUE,
            checked_in_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
                   "CREATE INDEX participant_by_delegation ON participant (delegation_id, role)",
                   "CREATE INDEX participant_by_state ON participant (accreditation_state)",
                   "CREATE INDEX participant_by_role ON participant (role)",
                   // One head per delegation; partial indexes exist in PostgreSQL too.
                   "CREATE UNIQUE INDEX participant_one_head ON participant (delegation_id) WHERE role = "
                   "'head_of_delegation'",
               });
}

/// Version 2: name search (FTS5, diacritic-insensitive, prefix-indexed) and a sort key,
/// both computed in C++ from the folded names and filled here for existing participants.
Status addSearch(const QSqlDatabase &db)
{
    if (Status created = run(db,
                             {
                                 "ALTER TABLE participant ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''",
                                 "CREATE INDEX participant_by_sort_key ON participant (sort_key, id)",
                                 R"(CREATE VIRTUAL TABLE participant_search USING fts5 (
                terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))",
                             });
        !created)
        return created;
    return ParticipantStore::rebuildSearchIndex(db);
}

/// Version 3: the accreditation workflow's history (who, when, why) and the badge counter,
/// which starts above every badge number already given.
Status addAccreditationHistory(const QSqlDatabase &db)
{
    return run(
        db,
        {
            R"(CREATE TABLE accreditation_change (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT ''))",
            "CREATE INDEX accreditation_change_by_participant ON accreditation_change (participant_id, id)",
            "CREATE TABLE badge_counter (id INTEGER PRIMARY KEY CHECK (id = 1), last_number INTEGER NOT "
            "NULL)",
            "INSERT INTO badge_counter (id, last_number) "
            "SELECT 1, coalesce(max(CAST(badge_number AS INTEGER)), 0) FROM participant",
        });
}

/// Version 4: photos (kept apart so that list queries never read image bytes), badge quotas
/// per delegation and role, and the indexes that duplicate checks look up.
Status addPhotosQuotasAndDuplicateChecks(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE participant_photo (
            participant_id INTEGER PRIMARY KEY REFERENCES participant (id) ON DELETE CASCADE,
            image BLOB NOT NULL,
            updated_at TEXT NOT NULL))",
                   R"(CREATE TABLE delegation_quota (
            delegation_id INTEGER NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            badges INTEGER NOT NULL CHECK (badges >= 0),
            PRIMARY KEY (delegation_id, role)))",
                   "CREATE INDEX participant_by_document ON participant (document_number) "
                   "WHERE document_number <> ''",
                   "CREATE INDEX participant_by_email ON participant (lower(email)) WHERE email <> ''",
                   "CREATE INDEX participant_by_delegation_name ON participant (delegation_id, sort_key)",
               });
}

/// Version 5: the agenda. Rooms; sessions (times in UTC, none while unscheduled; a guid that
/// schedule files carry across exports and imports); chairs; speakers' lists; the persons of
/// imported schedules by their guid; acknowledged conflict warnings; the event's travel buffer.
Status addAgenda(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE room (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            floor TEXT NOT NULL DEFAULT '',
            booths INTEGER NOT NULL DEFAULT 0 CHECK (booths >= 0),
            position INTEGER NOT NULL DEFAULT 0,
            guid TEXT NOT NULL UNIQUE))",
                   R"(CREATE TABLE agenda_session (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (title <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('opening_ceremony', 'plenary', 'panel', 'closed_session',
                                               'bilateral_meeting', 'side_event', 'break')),
            room_id INTEGER REFERENCES room (id) ON DELETE SET NULL,
            starts_at TEXT,
            ends_at TEXT,
            description TEXT NOT NULL DEFAULT '',
            visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'restricted')),
            languages TEXT NOT NULL DEFAULT '',
            expected_attendance INTEGER CHECK (expected_attendance IS NULL OR expected_attendance >= 0),
            track TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((starts_at IS NULL) = (ends_at IS NULL)),
            CHECK (starts_at IS NULL OR ends_at > starts_at)))",
                   "CREATE INDEX agenda_session_by_start ON agenda_session (starts_at)",
                   "CREATE INDEX agenda_session_by_room ON agenda_session (room_id, starts_at)",
                   R"(CREATE TABLE session_chair (
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, participant_id)))",
                   "CREATE INDEX session_chair_by_participant ON session_chair (participant_id)",
                   R"(CREATE TABLE speaking_slot (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
            on_behalf_of INTEGER REFERENCES delegation (id) ON DELETE SET NULL,
            topic TEXT NOT NULL DEFAULT '',
            allotted_minutes INTEGER CHECK (allotted_minutes IS NULL OR allotted_minutes >= 0),
            representation_level TEXT NOT NULL DEFAULT 'other'
                CHECK (representation_level IN ('head_of_state', 'head_of_government', 'minister',
                                                'head_of_agency', 'other')),
            requested_at TEXT NOT NULL,
            right_of_reply INTEGER NOT NULL DEFAULT 0 CHECK (right_of_reply IN (0, 1))))",
                   "CREATE INDEX speaking_slot_by_session ON speaking_slot (session_id, position)",
                   "CREATE INDEX speaking_slot_by_speaker ON speaking_slot (speaker_id)",
                   R"(CREATE TABLE schedule_person (
            guid TEXT PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE))",
                   R"(CREATE TABLE conflict_acknowledgement (
            rule TEXT NOT NULL,
            subject TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason <> ''),
            acknowledged_by TEXT NOT NULL,
            acknowledged_at TEXT NOT NULL,
            PRIMARY KEY (rule, subject)))",
                   "ALTER TABLE event ADD COLUMN travel_buffer_minutes INTEGER NOT NULL DEFAULT 10",
               });
}

/// The participant table's CHECK constraints with every `column IN ('a', 'b', ...)` written as
/// `(column = 'a' OR column = 'b' ...)`, the same values in the same order; `sql` unchanged
/// when it has no such list.
QString comparisonsForInLists(const QString &sql)
{
    static const QRegularExpression inList(QStringLiteral("\\b(\\w+) IN \\(('[^)]*)\\)"));
    static const QRegularExpression literal(QStringLiteral("'[^']*'"));
    QString out;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch &list : inList.globalMatch(sql)) {
        QStringList comparisons;
        for (const QRegularExpressionMatch &value : literal.globalMatch(list.captured(2)))
            comparisons.append(list.captured(1) + QStringLiteral(" = ") + value.captured());
        out += QStringView(sql).sliced(copied, list.capturedStart() - copied);
        out += u'(' + comparisons.join(QStringLiteral(" OR ")) + u')';
        copied = list.capturedEnd();
    }
    return out + QStringView(sql).sliced(copied);
}

/// Version 6: the participant's role and accreditation state are checked by comparisons
/// instead of IN lists. SQLite builds a temporary table for an IN list of constants every
/// time such a CHECK runs, that is for every row written: seconds of a 100,000-person import.
/// `x = 'a' OR x = 'b' ...` accepts exactly the same values (and NULL as IN does). A CHECK
/// lives only in the table's schema text, so the text is edited in place as SQLite documents
/// for changing constraints (https://sqlite.org/lang_altertable.html#otheralter, the procedure
/// without copying rows; a copy would need foreign keys off, which a transaction cannot do),
/// then every row is checked against the new text.
Status checkParticipantVocabulariesByComparison(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = "
                                   "'participant'"))
        || !query.next())
        return Error {QStringLiteral("no participant table: %1").arg(query.lastError().text()), {}, 0};
    const QString before = query.value(0).toString();
    query.finish();
    const QString after = comparisonsForInLists(before);
    if (after == before || after.contains(QStringLiteral(" IN (")))
        return Error {QStringLiteral("unexpected participant table: %1").arg(before), {}, 0};
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return Error {query.lastError().text(), {}, 0};
    const qint64 cookie = query.value(0).toLongLong();
    query.finish();

    if (Status writable = run(db, {"PRAGMA writable_schema = ON"}); !writable)
        return writable;
    auto readOnlyAgain = qScopeGuard([&db] { (void)run(db, {"PRAGMA writable_schema = OFF"}); });
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = :after "
                                  "WHERE type = 'table' AND name = 'participant' AND sql = :before"));
    update.bindValue(QStringLiteral(":after"), after);
    update.bindValue(QStringLiteral(":before"), before);
    if (!update.exec() || update.numRowsAffected() != 1)
        return Error {
            QStringLiteral("cannot rewrite the participant table: %1").arg(update.lastError().text()), {}, 0};
    // A new schema cookie makes every connection, this one included, read the schema again.
    if (!query.exec(QStringLiteral("PRAGMA schema_version = %1").arg(cookie + 1)))
        return Error {query.lastError().text(), {}, 0};
    readOnlyAgain.dismiss();
    if (Status readOnly = run(db, {"PRAGMA writable_schema = OFF"}); !readOnly)
        return readOnly;
    // quick_check verifies every row against the CHECK and NOT NULL constraints as now written.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(participant)")) || !query.next())
        return Error {query.lastError().text(), {}, 0};
    if (const QString verdict = query.value(0).toString(); verdict != u"ok")
        return Error {QStringLiteral("participant table after the rewrite: %1").arg(verdict), {}, 0};
    return {};
}

/// Version 7: minutes. Notes (Markdown, a version number checked on save) with every saved
/// revision and the autosaved draft; decisions and action items; the draft/final state of a
/// session's minutes and its history; one full-text index over all three. Minutes hold a
/// session (RESTRICT): deleting a session must not delete what secretaries wrote. A note's
/// slot has no foreign key because speakers' lists are rewritten whole: a note outlives its slot.
Status addMinutes(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE RESTRICT,
            slot_id INTEGER,
            body TEXT NOT NULL DEFAULT '',
            confidentiality TEXT NOT NULL DEFAULT 'public'
                CHECK (confidentiality = 'public' OR confidentiality = 'restricted'
                       OR confidentiality = 'confidential'),
            version INTEGER NOT NULL CHECK (version >= 1),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
                   "CREATE INDEX note_by_session ON note (session_id, slot_id)",
                   R"(CREATE TABLE note_revision (
            id INTEGER PRIMARY KEY,
            note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
            version INTEGER,
            conflict_with INTEGER,
            body TEXT NOT NULL,
            confidentiality TEXT NOT NULL,
            author TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            CHECK ((version IS NULL) <> (conflict_with IS NULL))))",
                   "CREATE INDEX note_revision_by_note ON note_revision (note_id, id)",
                   R"(CREATE TABLE note_draft (
            note_id INTEGER PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            base_version INTEGER NOT NULL,
            author TEXT NOT NULL,
            saved_at TEXT NOT NULL))",
                   R"(CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL CHECK (text <> ''),
            outcome TEXT NOT NULL CHECK (outcome = 'adopted' OR outcome = 'rejected' OR outcome = 'deferred'),
            method TEXT NOT NULL CHECK (method = 'unanimous' OR method = 'consensus' OR method = 'vote'),
            votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
            votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
            votes_abstaining INTEGER CHECK (votes_abstaining IS NULL OR votes_abstaining >= 0),
            confidentiality TEXT NOT NULL DEFAULT 'public'
                CHECK (confidentiality = 'public' OR confidentiality = 'restricted'
                       OR confidentiality = 'confidential'),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((method = 'vote') = (votes_for IS NOT NULL AND votes_against IS NOT NULL
                                        AND votes_abstaining IS NOT NULL)),
            CHECK (method = 'vote' OR (votes_for IS NULL AND votes_against IS NULL
                                       AND votes_abstaining IS NULL))))",
                   "CREATE INDEX decision_by_session ON decision (session_id, position)",
                   R"(CREATE TABLE action_item (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE RESTRICT,
            text TEXT NOT NULL CHECK (text <> ''),
            owner_participant_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
            owner_delegation_id INTEGER REFERENCES delegation (id) ON DELETE SET NULL,
            due_date TEXT,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done = 0 OR done = 1),
            done_at TEXT,
            confidentiality TEXT NOT NULL DEFAULT 'public'
                CHECK (confidentiality = 'public' OR confidentiality = 'restricted'
                       OR confidentiality = 'confidential'),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
                   "CREATE INDEX action_item_by_session ON action_item (session_id)",
                   "CREATE INDEX action_item_open ON action_item (done, due_date)",
                   R"(CREATE TABLE minutes_change (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES agenda_session (id) ON DELETE RESTRICT,
            status TEXT NOT NULL CHECK (status = 'draft' OR status = 'final'),
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            CHECK (status = 'final' OR reason <> '')))",
                   "CREATE INDEX minutes_change_by_session ON minutes_change (session_id, id)",
                   // rowid = id * 16 + kind * 4 + confidentiality (kind 0 note, 1 decision,
                   // 2 action item; 0 public, 1 restricted, 2 confidential): one index for all
                   // three, filtered and found back without a lookup table (NoteStore).
                   R"(CREATE VIRTUAL TABLE minutes_search USING fts5 (
            text, tokenize = 'unicode61 remove_diacritics 2'))",
               });
}

/// Version 8: the seating draw. Name cards and seats follow the English names of the countries,
/// starting from one drawn by lot; the order then holds for the whole event, so the draw is
/// kept. Each draw is a row (the current one has the highest id): a deliberate redraw, or a
/// start chosen by hand after a lot drawn in the room, leaves the earlier ones on record.
Status addSeatingDraw(const QSqlDatabase &db)
{
    return run(db,
               {
                   R"(CREATE TABLE seating_draw (
            id INTEGER PRIMARY KEY,
            country_code TEXT NOT NULL CHECK (length(country_code) = 2),
            method TEXT NOT NULL CHECK (method = 'lot' OR method = 'chosen'),
            drawn_by TEXT NOT NULL,
            drawn_at TEXT NOT NULL))",
               });
}

} // namespace

Status migrateTo(int version, const QSqlDatabase &db)
{
    switch (version) {
    case 1:
        return createCore(db);
    case 2:
        return addSearch(db);
    case 3:
        return addAccreditationHistory(db);
    case 4:
        return addPhotosQuotasAndDuplicateChecks(db);
    case 5:
        return addAgenda(db);
    case 6:
        return checkParticipantVocabulariesByComparison(db);
    case 7:
        return addMinutes(db);
    case 8:
        return addSeatingDraw(db);
    default:
        return Error {QStringLiteral("no migration to schema version %1").arg(version), {}, 0};
    }
}

} // namespace Plenary::Schema
