// SPDX-License-Identifier: MIT
#include "edithistory.h"

#include "qmlresult.h"

namespace Plenary {

EditHistory::EditHistory(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

EditHistory::~EditHistory() = default;

QString EditHistory::undoText() const
{
    return canUndo() ? m_edits[m_done - 1]->description() : QString();
}

QString EditHistory::redoText() const
{
    return canRedo() ? m_edits[m_done]->description() : QString();
}

void EditHistory::record(std::unique_ptr<Edit> edit)
{
    m_edits.resize(m_done);
    m_edits.push_back(std::move(edit));
    if (m_edits.size() > Limit)
        m_edits.erase(m_edits.begin());
    m_done = m_edits.size();
    Q_EMIT changed();
}

QVariantMap EditHistory::undo(const QString &actor)
{
    if (!canUndo())
        return toQmlResult(Error {tr("There is nothing to undo."), {}, 0});
    const Edit &edit = *m_edits[m_done - 1];
    const Status undone = edit.undo(m_database, actor);
    if (undone.ok())
        --m_done;
    return finish(undone, tr("undo"), edit.description());
}

QVariantMap EditHistory::redo(const QString &actor)
{
    if (!canRedo())
        return toQmlResult(Error {tr("There is nothing to redo."), {}, 0});
    const Edit &edit = *m_edits[m_done];
    const Status redone = edit.redo(m_database, actor);
    if (redone.ok())
        ++m_done;
    return finish(redone, tr("redo"), edit.description());
}

void EditHistory::clear()
{
    m_edits.clear();
    m_done = 0;
    Q_EMIT changed();
}

QVariantMap EditHistory::finish(const Status &status, const QString &verb, const QString &description)
{
    if (!status.ok()) {
        // Stated as a whole sentence: the banner shows it away from the button pressed.
        const QString message = tr("Could not %1 the %2: %3").arg(verb, description, status.error().message);
        Q_EMIT failed(message);
        return toQmlResult(Error {message, {}, 0});
    }
    Q_EMIT changed();
    Q_EMIT applied();
    return toQmlResult(status);
}

} // namespace Plenary
