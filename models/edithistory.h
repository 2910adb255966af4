// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace Plenary {

class Database;

/// One change made in the window that can be taken back and made again. Each direction is one
/// transaction and first checks that the record still stands as this edit left it, so that an
/// undo never overwrites what another desk changed since.
class Edit
{
public:
    /// `description` completes "Undo …" / "Redo …", e.g. "approval of 20 participants".
    explicit Edit(QString description)
        : m_description(std::move(description))
    { }
    virtual ~Edit() = default;
    Edit(const Edit &) = delete;
    Edit &operator=(const Edit &) = delete;

    [[nodiscard]] const QString &description() const { return m_description; }
    /// Accreditation moves are recorded in the history under `actor`.
    [[nodiscard]] virtual Status undo(const Database &database, const QString &actor) const = 0;
    [[nodiscard]] virtual Status redo(const Database &database, const QString &actor) const = 0;

private:
    QString m_description;
};

/// The window's undo and redo of edits, bulk actions and check-ins. A hand-made stack rather
/// than QUndoStack: an undo here can fail (the record changed at another desk, a quota is
/// full), and then the stack must stay exactly as it was, which QUndoCommand cannot report.
class EditHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.history")
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    /// What Undo would take back, e.g. "approval of 20 participants"; empty when nothing.
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(QString redoText READ redoText NOTIFY changed)

public:
    /// Edits kept; the oldest go first.
    static constexpr std::size_t Limit = 200;

    explicit EditHistory(const Database &database, QObject *parent = nullptr);
    ~EditHistory() override;

    [[nodiscard]] bool canUndo() const { return m_done > 0; }
    [[nodiscard]] bool canRedo() const { return m_done < m_edits.size(); }
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;

    /// Adds an edit that has just been made; what could be redone is forgotten.
    void record(std::unique_ptr<Edit> edit);

    /// `{ok, message}`; on failure nothing changes, here or in the database.
    Q_INVOKABLE QVariantMap undo(const QString &actor);
    Q_INVOKABLE QVariantMap redo(const QString &actor);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    /// An undo or redo wrote to the database: the views read it again.
    void applied();
    void failed(const QString &message);

private:
    [[nodiscard]] QVariantMap finish(const Status &status, const QString &verb, const QString &description);

    const Database &m_database;
    std::vector<std::unique_ptr<Edit>> m_edits;
    std::size_t m_done = 0; ///< m_edits[0, m_done) are in effect
};

} // namespace Plenary
