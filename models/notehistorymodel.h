// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>

namespace Plenary {

class Database;

/// One run of a word diff: text both revisions share, or only the newer (added) or only the
/// older one (removed) has.
struct DiffSegment
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSegment &) const = default;
};

/// The revisions of one note, oldest first (conflicting copies among them, marked), a word
/// diff between any two, and revert to one (itself a new revision).
class NoteHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int noteId READ noteId WRITE setNoteId NOTIFY noteIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The note's current version.
    Q_PROPERTY(int currentVersion READ currentVersion NOTIFY countChanged)
    /// "Baku time (UTC+04:00)": the zone of the times shown.
    Q_PROPERTY(QString zoneLabel READ zoneLabel NOTIFY countChanged)
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY authorChanged)

public:
    enum Role {
        RevisionIdRole = Qt::UserRole + 1,
        VersionRole, ///< -1 for a conflicting copy
        ConflictWithRole, ///< the version a conflicting copy met, -1 otherwise
        ConflictingRole,
        CurrentRole, ///< the note's current version
        LabelRole, ///< "Version 3" or "Conflicting copy (met version 4)"
        AuthorRole,
        SavedAtRole, ///< "yyyy-MM-dd HH:mm" on the event's wall clock
        CommentRole,
        BodyRole,
    };
    Q_ENUM(Role)

    explicit NoteHistoryModel(QObject *parent = nullptr);
    explicit NoteHistoryModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int noteId() const { return int(m_noteId); }
    void setNoteId(int id);
    [[nodiscard]] int count() const { return int(m_revisions.size()); }
    [[nodiscard]] int currentVersion() const { return m_currentVersion; }
    [[nodiscard]] QString zoneLabel() const;
    [[nodiscard]] QString author() const;
    void setAuthor(const QString &author);

    /// The word diff from the revision at `fromRow` to the one at `toRow`:
    /// `[{kind: "same"|"added"|"removed", text}]`.
    Q_INVOKABLE QVariantList diff(int fromRow, int toRow) const;
    /// The same diff as rich text: added words on green, removed ones struck through on red.
    Q_INVOKABLE QString diffMarkup(int fromRow, int toRow) const;
    /// Saves the text of the revision at `row` as a new version; `{ok, message, version}`.
    Q_INVOKABLE QVariantMap revert(int row);
    /// The roles of `row` by name.
    Q_INVOKABLE QVariant get(int row) const;
    Q_INVOKABLE void reload();

    /// Words, runs of white space and single punctuation marks compared as units (libdtl).
    [[nodiscard]] static QList<DiffSegment> wordDiff(const QString &from, const QString &to);

Q_SIGNALS:
    void noteIdChanged();
    void countChanged();
    void authorChanged();
    /// A revert made `version`.
    void reverted(int version);
    void failed(const QString &message);

private:
    const Database *m_database = nullptr;
    qint64 m_noteId = 0;
    int m_currentVersion = 0;
    QList<NoteRevision> m_revisions;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_author;
};

} // namespace Plenary
