// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace Plenary {

class Database;

/// The secretary's editor of one note: the text as typed, saved as one revision by `save()`
/// over the version it was loaded at. Typing not saved yet is written as a draft a few seconds
/// after the first unsaved keystroke, so that a crash loses at most that much. A save that
/// meets a newer version (another window or desk saved first) is not lost: the store keeps it
/// as a conflicting copy and the editor shows both texts until the user keeps theirs,
/// keeps mine, or merges.
class NoteEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The note edited; setting it loads the note (0: none).
    Q_PROPERTY(int noteId READ noteId WRITE setNoteId NOTIFY noteChanged)
    Q_PROPERTY(int sessionId READ sessionId NOTIFY noteChanged)
    /// The Markdown text as typed; writing it (typing) marks the editor dirty.
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    Q_PROPERTY(QString confidentiality READ confidentiality WRITE setConfidentiality NOTIFY bodyChanged)
    /// The stored version the typing is based on.
    Q_PROPERTY(int version READ version NOTIFY noteChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY bodyChanged)
    /// The session's minutes are final: nothing can be saved.
    Q_PROPERTY(bool locked READ locked NOTIFY noteChanged)
    /// A save met a newer version: theirBody (stored) and mineBody (refused, kept as a copy).
    Q_PROPERTY(bool conflict READ conflict NOTIFY conflictChanged)
    Q_PROPERTY(QString theirBody READ theirBody NOTIFY conflictChanged)
    Q_PROPERTY(QString mineBody READ mineBody NOTIFY conflictChanged)
    /// "Version 4 by Tural (secretariat)": who saved the text that won.
    Q_PROPERTY(QString theirLabel READ theirLabel NOTIFY conflictChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    /// "Saved 14:02 (version 3)" or "Draft kept 14:03"; empty before either.
    Q_PROPERTY(QString lastSaved READ lastSaved NOTIFY statusChanged)
    /// The name revisions and drafts are written under (the window's desk user by default).
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY authorChanged)
    /// Milliseconds from the first unsaved keystroke to the draft being written.
    Q_PROPERTY(int draftInterval READ draftInterval WRITE setDraftInterval NOTIFY draftIntervalChanged)

public:
    /// Reads the database of the window's Workspace (what QML creates).
    explicit NoteEditor(QObject *parent = nullptr);
    explicit NoteEditor(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int noteId() const { return int(m_note.id); }
    void setNoteId(int id);
    [[nodiscard]] int sessionId() const { return int(m_note.sessionId); }
    [[nodiscard]] QString body() const { return m_body; }
    void setBody(const QString &body);
    [[nodiscard]] QString confidentiality() const { return m_confidentiality; }
    void setConfidentiality(const QString &confidentiality);
    [[nodiscard]] int version() const { return m_baseVersion; }
    [[nodiscard]] bool dirty() const
    {
        return m_body != m_note.body || m_confidentiality != m_note.confidentiality;
    }
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool conflict() const { return m_conflict; }
    [[nodiscard]] QString theirBody() const { return m_their.body; }
    [[nodiscard]] QString mineBody() const { return m_mine; }
    [[nodiscard]] QString theirLabel() const;
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString lastSaved() const { return m_lastSaved; }
    [[nodiscard]] QString author() const;
    void setAuthor(const QString &author);
    [[nodiscard]] int draftInterval() const { return m_draftTimer.interval(); }
    void setDraftInterval(int milliseconds);
    [[nodiscard]] bool draftPending() const { return m_draftTimer.isActive(); }

    /// Saves the text as a new version. False when nothing was saved: a conflict (shown), the
    /// lock, or a failure (`failed`).
    Q_INVOKABLE bool save();
    /// Takes the stored text; the typed one stays among the revisions as a conflicting copy.
    Q_INVOKABLE void keepTheirs();
    /// Saves the typed text over the other writer's version (theirs stays a revision).
    Q_INVOKABLE bool keepMine();
    /// Puts both texts in the editor between conflict markers, for the user to resolve and save.
    Q_INVOKABLE void merge();
    /// Loads the note and puts its pending draft's text in the editor (based on the draft's
    /// version: a save then tells if the note changed since).
    Q_INVOKABLE bool restoreDraft(int noteId);
    /// Writes the draft now (what the timer does); false when there was nothing to write.
    Q_INVOKABLE bool writeDraft();
    /// Reads the note (and the lock) again, dropping unsaved typing.
    Q_INVOKABLE void reload();
    /// Reads whether the session's minutes are final again (after a finalisation or reopening),
    /// keeping the typing.
    Q_INVOKABLE void checkLock();

Q_SIGNALS:
    void noteChanged();
    void bodyChanged();
    void conflictChanged();
    void savingChanged();
    void statusChanged();
    void authorChanged();
    void draftIntervalChanged();
    /// A new version was stored.
    void saved(int version);
    void draftWritten();
    void failed(const QString &message);

private:
    void load(qint64 noteId);
    void setConflict(bool conflict);
    [[nodiscard]] QString timeText(const QDateTime &utc) const;

    const Database *m_database = nullptr;
    Note m_note; ///< as last read or saved
    int m_baseVersion = 0; ///< the version the typing is based on (a restored draft's may be older)
    QString m_body;
    QString m_confidentiality = QStringLiteral("public");
    bool m_locked = false;
    bool m_conflict = false;
    Note m_their;
    QString m_mine;
    bool m_saving = false;
    QString m_lastSaved;
    QString m_author;
    QTimer m_draftTimer;
};

} // namespace Plenary
