// SPDX-License-Identifier: MIT
#include "noteeditor.h"

#include "database.h"
#include "eventstore.h"
#include "logging.h"
#include "notestore.h"
#include "sessionminutesmodel.h"
#include "workspace.h"

namespace Plenary {

namespace {
constexpr int kDraftMilliseconds = 3000;
}

NoteEditor::NoteEditor(QObject *parent)
    : QObject(parent)
{
    if (Workspace *workspace = Workspace::instance()) {
        m_database = &workspace->database();
        connect(workspace, &Workspace::deskUserChanged, this, &NoteEditor::authorChanged);
    }
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftMilliseconds);
    connect(&m_draftTimer, &QTimer::timeout, this, &NoteEditor::writeDraft);
}

NoteEditor::NoteEditor(const Database &database, QObject *parent)
    : NoteEditor(parent)
{
    m_database = &database;
}

void NoteEditor::setNoteId(int id)
{
    if (id == m_note.id)
        return;
    load(id);
}

void NoteEditor::reload()
{
    load(m_note.id);
}

void NoteEditor::load(qint64 noteId)
{
    m_draftTimer.stop();
    m_note = Note();
    m_note.id = 0;
    m_locked = false;
    if (m_database && noteId > 0) {
        const NoteStore store(*m_database);
        if (Result<Note> read = store.note(noteId); read.ok()) {
            m_note = read.value();
            m_locked = store.isFinal(m_note.sessionId).valueOr(false);
        } else {
            qCWarning(lcModels) << "note" << noteId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
    }
    m_baseVersion = m_note.version;
    m_body = m_note.body;
    m_confidentiality = m_note.confidentiality;
    m_lastSaved.clear();
    setConflict(false);
    Q_EMIT noteChanged();
    Q_EMIT bodyChanged();
    Q_EMIT statusChanged();
}

void NoteEditor::checkLock()
{
    if (!m_database || m_note.id == 0)
        return;
    const bool locked = NoteStore(*m_database).isFinal(m_note.sessionId).valueOr(m_locked);
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (m_locked)
        m_draftTimer.stop();
    Q_EMIT noteChanged();
}

void NoteEditor::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    // The draft is due a few seconds after the first keystroke not yet kept, however fast the
    // typing goes on: a crash loses at most that much.
    if (dirty() && !m_locked && m_note.id > 0 && !m_draftTimer.isActive())
        m_draftTimer.start();
    Q_EMIT bodyChanged();
}

void NoteEditor::setConfidentiality(const QString &confidentiality)
{
    if (confidentiality == m_confidentiality)
        return;
    m_confidentiality = confidentiality;
    Q_EMIT bodyChanged();
}

QString NoteEditor::author() const
{
    return minutesAuthor(m_author);
}

void NoteEditor::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    Q_EMIT authorChanged();
}

void NoteEditor::setDraftInterval(int milliseconds)
{
    if (milliseconds == m_draftTimer.interval())
        return;
    m_draftTimer.setInterval(milliseconds);
    Q_EMIT draftIntervalChanged();
}

QString NoteEditor::timeText(const QDateTime &utc) const
{
    const QTimeZone zone = m_database ? EventStore(*m_database).zone() : QTimeZone::utc();
    return utc.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

QString NoteEditor::theirLabel() const
{
    if (!m_conflict)
        return {};
    return tr("Version %1 by %2, %3")
        .arg(m_their.version)
        .arg(m_their.updatedBy, timeText(m_their.updatedAt));
}

void NoteEditor::setConflict(bool conflict)
{
    if (!conflict) {
        m_their = Note();
        m_mine.clear();
    }
    if (conflict == m_conflict && conflict)
        return;
    m_conflict = conflict;
    Q_EMIT conflictChanged();
}

bool NoteEditor::writeDraft()
{
    m_draftTimer.stop();
    if (!m_database || m_note.id == 0 || m_locked || m_conflict || !dirty())
        return false;
    if (Status written = NoteStore(*m_database).saveDraft(m_note.id, m_body, m_baseVersion, author());
        !written) {
        qCWarning(lcModels) << "draft of note" << m_note.id << written.error().message;
        Q_EMIT failed(written.error().message);
        return false;
    }
    m_lastSaved = tr("Draft kept %1").arg(timeText(QDateTime::currentDateTimeUtc()));
    Q_EMIT statusChanged();
    Q_EMIT draftWritten();
    return true;
}

bool NoteEditor::save()
{
    if (!m_database || m_note.id == 0 || m_conflict)
        return false;
    if (m_locked) {
        Q_EMIT failed(
            tr("The minutes of this session are final: reopen them (with a reason) to change them."));
        return false;
    }
    if (!dirty() && m_baseVersion == m_note.version)
        return true;
    m_draftTimer.stop();
    m_saving = true;
    Q_EMIT savingChanged();
    const Result<NoteSave> result =
        NoteStore(*m_database).saveNote(m_note.id, m_body, m_confidentiality, m_baseVersion, author());
    m_saving = false;
    Q_EMIT savingChanged();
    if (!result.ok()) {
        // The lock taken by another desk meanwhile: show it, keep the typing.
        if (result.error().field == u"status") {
            m_locked = true;
            Q_EMIT noteChanged();
        }
        Q_EMIT failed(result.error().message);
        return false;
    }
    if (!result.value().saved) {
        m_their = result.value().note;
        m_mine = m_body;
        m_conflict = true;
        Q_EMIT conflictChanged();
        return false;
    }
    m_note = result.value().note;
    m_baseVersion = m_note.version;
    m_body = m_note.body;
    m_confidentiality = m_note.confidentiality;
    m_lastSaved = tr("Saved %1 (version %2)").arg(timeText(m_note.updatedAt)).arg(m_note.version);
    Q_EMIT noteChanged();
    Q_EMIT bodyChanged();
    Q_EMIT statusChanged();
    Q_EMIT saved(m_note.version);
    return true;
}

void NoteEditor::keepTheirs()
{
    if (!m_conflict)
        return;
    m_note = m_their;
    m_baseVersion = m_note.version;
    m_body = m_note.body;
    m_confidentiality = m_note.confidentiality;
    // The refused text is a conflicting copy among the revisions: the draft is spent.
    if (m_database) {
        if (Status discarded = NoteStore(*m_database).discardDraft(m_note.id); !discarded)
            qCWarning(lcModels) << "draft of note" << m_note.id << discarded.error().message;
    }
    setConflict(false);
    Q_EMIT noteChanged();
    Q_EMIT bodyChanged();
}

bool NoteEditor::keepMine()
{
    if (!m_conflict)
        return false;
    m_note = m_their;
    m_baseVersion = m_note.version;
    m_body = m_mine;
    setConflict(false);
    Q_EMIT noteChanged();
    Q_EMIT bodyChanged();
    return save();
}

void NoteEditor::merge()
{
    if (!m_conflict)
        return;
    const QString merged = QStringLiteral("<<<<<<< %1\n%2\n=======\n%3\n>>>>>>> %4\n")
                               .arg(theirLabel(), m_their.body, m_mine, tr("Mine (%1)").arg(author()));
    m_note = m_their;
    m_baseVersion = m_note.version;
    setConflict(false);
    Q_EMIT noteChanged();
    setBody(merged);
}

bool NoteEditor::restoreDraft(int noteId)
{
    load(noteId);
    if (!m_database || m_note.id == 0)
        return false;
    const Result<std::optional<NoteDraft>> draft = NoteStore(*m_database).draft(noteId);
    if (!draft.ok() || !draft.value())
        return false;
    m_baseVersion = draft.value()->baseVersion;
    Q_EMIT noteChanged();
    setBody(draft.value()->body);
    m_lastSaved = tr("Draft of %1 restored").arg(timeText(draft.value()->savedAt));
    Q_EMIT statusChanged();
    return true;
}

} // namespace Plenary
