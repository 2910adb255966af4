// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain.h"

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Plenary {

/// What a note save did: saved as a new version, or refused because another writer saved
/// first. A refused text is kept as a conflicting copy among the revisions, never dropped.
struct NoteSave
{
    bool saved = false;
    Note note; ///< saved: the note as now stored; refused: the other writer's note
    qint64 revisionId = 0; ///< the revision written (the conflicting copy when refused)
};

/// One hit of the minutes search.
struct MinutesHit
{
    enum class Kind { Note = 0, Decision = 1, ActionItem = 2 };
    Kind kind = Kind::Note;
    qint64 id = 0; ///< of the note, decision or action item
    qint64 sessionId = 0;
    QString sessionTitle;
    QDateTime sessionStartsAt; ///< UTC; invalid when unscheduled
    QString confidentiality;
    /// The matching passage; the matched words between kMatchStart and kMatchEnd.
    QString snippet;

    static constexpr char16_t kMatchStart = 0xE000;
    static constexpr char16_t kMatchEnd = 0xE001;
};

/// What a search found: the best hits, and how many confidential ones were left out.
struct MinutesSearchResult
{
    QList<MinutesHit> hits;
    int confidentialHidden = 0;
};

/// An open action item with what the event-wide list shows beside it.
struct OpenActionItem
{
    ActionItem item;
    QString owner; ///< the participant's or the delegation's name; empty when nobody
    QString sessionTitle;
    QDateTime sessionStartsAt; ///< UTC; invalid when unscheduled
};

/// The minutes of sessions: notes with revisions, drafts and a version checked on save;
/// decisions; action items; the draft/final lock; one full-text index over all of them.
/// Every write is one transaction; writes to final minutes are refused (only an action item's
/// "done" can still change: that is follow-up, not the record).
class NoteStore
{
public:
    explicit NoteStore(const Database &database)
        : m_database(database)
    { }

    // Notes
    [[nodiscard]] Result<Note> note(qint64 id) const;
    /// A session's notes: the session's own first, then by slot, each by creation.
    [[nodiscard]] Result<QList<Note>> notes(qint64 sessionId) const;
    /// Creates a note (version 1, its first revision); `note.id` and times are set.
    [[nodiscard]] Result<Note> createNote(const Note &note, const QString &author) const;
    /// Saves `body` over version `baseVersion`. When the stored version is newer, nothing is
    /// overwritten: the text is kept as a conflicting copy and `saved` is false.
    [[nodiscard]] Result<NoteSave> saveNote(qint64 noteId, const QString &body,
                                            const QString &confidentiality, int baseVersion,
                                            const QString &author) const;
    /// Every revision of a note, oldest first.
    [[nodiscard]] Result<QList<NoteRevision>> revisions(qint64 noteId) const;
    /// Saves the text of `revisionId` as a new version (a revert is a revision too).
    [[nodiscard]] Result<NoteSave> revert(qint64 noteId, qint64 revisionId, int baseVersion,
                                          const QString &author) const;
    /// Many notes in one transaction (the demo's 20,000), each with its first revision.
    [[nodiscard]] Status insertNotes(std::span<Note> notes, const QString &author) const;

    // Drafts
    /// Stores typing not saved yet; replaces the note's previous draft.
    [[nodiscard]] Status saveDraft(qint64 noteId, const QString &body, int baseVersion,
                                   const QString &author) const;
    [[nodiscard]] Result<std::optional<NoteDraft>> draft(qint64 noteId) const;
    /// Drafts whose text differs from their note's: what a crash left to offer back.
    [[nodiscard]] Result<QList<NoteDraft>> pendingDrafts() const;
    [[nodiscard]] Status discardDraft(qint64 noteId) const;

    // The lock
    [[nodiscard]] Result<bool> isFinal(qint64 sessionId) const;
    [[nodiscard]] Status finalise(qint64 sessionId, const QString &author) const;
    /// Reopens final minutes; the reason is required and recorded.
    [[nodiscard]] Status reopen(qint64 sessionId, const QString &reason, const QString &author) const;
    /// Finalisations and reopenings, oldest first.
    [[nodiscard]] Result<QList<MinutesChange>> minutesHistory(qint64 sessionId) const;

    // Decisions
    [[nodiscard]] Result<QList<Decision>> decisions(qint64 sessionId) const;
    [[nodiscard]] Result<qint64> insertDecision(const Decision &decision, const QString &author) const;
    [[nodiscard]] Status updateDecision(const Decision &decision) const;
    [[nodiscard]] Status removeDecision(qint64 id) const;
    [[nodiscard]] static Status validate(const Decision &decision);

    // Action items
    [[nodiscard]] Result<QList<ActionItem>> actionItems(qint64 sessionId) const;
    /// Open action items of the whole event, by due date (none last), then owner.
    [[nodiscard]] Result<QList<ActionItem>> openActionItems() const;
    /// Open action items of the whole event by owner's name (nobody last), then due date (none
    /// last), with the owner's name and the session.
    [[nodiscard]] Result<QList<OpenActionItem>> openActionItemsByOwner() const;
    [[nodiscard]] Result<qint64> insertActionItem(const ActionItem &item, const QString &author) const;
    [[nodiscard]] Status updateActionItem(const ActionItem &item) const;
    [[nodiscard]] Status setActionItemDone(qint64 id, bool done) const;
    [[nodiscard]] Status removeActionItem(qint64 id) const;
    [[nodiscard]] static Status validate(const ActionItem &item);

    // Search
    /// Notes, decisions and action items matching every word typed (prefixes, any case,
    /// diacritics ignored, Chinese and Japanese by character), the newest `limit` first.
    [[nodiscard]] Result<MinutesSearchResult> search(const QString &typed, bool includeConfidential,
                                                     int limit = 200) const;
    /// The text the index holds for `text`: Han, kana and Hangul characters made separate
    /// words (by an invisible separator) so that a word inside a sentence is found.
    [[nodiscard]] static QString indexText(const QString &text);
    /// The FTS5 expression for what the user typed; empty when it has no word.
    [[nodiscard]] static QString matchExpression(const QString &typed);

private:
    [[nodiscard]] Status requireDraftMinutes(qint64 sessionId) const;
    [[nodiscard]] Result<qint64> sessionOf(const QSqlDatabase &db, const char *table, qint64 id) const;
    [[nodiscard]] static Status index(const QSqlDatabase &db, MinutesHit::Kind kind, qint64 id,
                                      const QString &text, const QString &confidentiality);
    [[nodiscard]] static Status unindex(const QSqlDatabase &db, MinutesHit::Kind kind, qint64 id);

    const Database &m_database;
};

} // namespace Plenary
