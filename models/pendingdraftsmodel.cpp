// SPDX-License-Identifier: MIT
#include "pendingdraftsmodel.h"

#include "agendastore.h"
#include "database.h"
#include "eventstore.h"
#include "logging.h"
#include "notestore.h"
#include "workspace.h"

namespace Plenary {

PendingDraftsModel::PendingDraftsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Workspace *workspace = Workspace::instance()) {
        m_database = &workspace->database();
        reload();
    }
}

PendingDraftsModel::PendingDraftsModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(&database)
{
    reload();
}

void PendingDraftsModel::reload()
{
    QList<NoteDraft> drafts;
    m_sessionTitles.clear();
    if (m_database) {
        if (Result<QList<NoteDraft>> read = NoteStore(*m_database).pendingDrafts(); read.ok()) {
            drafts = read.value();
        } else {
            qCWarning(lcModels) << "pending drafts" << read.error().message;
            Q_EMIT failed(read.error().message);
        }
        const AgendaStore agenda(*m_database);
        for (const NoteDraft &draft : std::as_const(drafts)) {
            if (!m_sessionTitles.contains(draft.sessionId)) {
                Result<AgendaSession> session = agenda.session(draft.sessionId);
                m_sessionTitles.insert(draft.sessionId, session.ok() ? session.value().title : QString());
            }
        }
        m_zone = EventStore(*m_database).zone();
    }
    beginResetModel();
    m_drafts = drafts;
    endResetModel();
    Q_EMIT countChanged();
}

int PendingDraftsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PendingDraftsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteDraft &draft = m_drafts.at(index.row());
    switch (role) {
    case NoteIdRole:
        return draft.noteId;
    case SessionIdRole:
        return draft.sessionId;
    case Qt::DisplayRole:
    case SessionTitleRole:
        return m_sessionTitles.value(draft.sessionId);
    case BodyRole:
        return draft.body;
    case AuthorRole:
        return draft.author;
    case SavedAtRole:
        return draft.savedAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case BaseVersionRole:
        return draft.baseVersion;
    default:
        return {};
    }
}

QHash<int, QByteArray> PendingDraftsModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},
            {SessionIdRole, "sessionId"},
            {SessionTitleRole, "sessionTitle"},
            {BodyRole, "body"},
            {AuthorRole, "author"},
            {SavedAtRole, "savedAt"},
            {BaseVersionRole, "baseVersion"}};
}

bool PendingDraftsModel::discard(int row)
{
    if (!m_database || row < 0 || row >= count())
        return false;
    if (Status discarded = NoteStore(*m_database).discardDraft(m_drafts.at(row).noteId); !discarded) {
        Q_EMIT failed(discarded.error().message);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_drafts.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

} // namespace Plenary
