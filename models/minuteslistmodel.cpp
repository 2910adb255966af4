// SPDX-License-Identifier: MIT
#include "minuteslistmodel.h"

#include "qmlresult.h"
#include "sessionminutesmodel.h"
#include "workspace.h"

namespace Plenary {

MinutesListModel::MinutesListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Workspace *workspace = Workspace::instance()) {
        m_database = &workspace->database();
        connect(workspace, &Workspace::deskUserChanged, this, &MinutesListModel::authorChanged);
    }
}

MinutesListModel::MinutesListModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(&database)
{ }

void MinutesListModel::setSessionId(int id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    reload();
    Q_EMIT sessionIdChanged();
}

QString MinutesListModel::author() const
{
    return minutesAuthor(m_author);
}

void MinutesListModel::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    Q_EMIT authorChanged();
}

QVariantMap MinutesListModel::afterWrite(const Status &status, qint64 id)
{
    if (!status.ok()) {
        if (!isFormError(status.error()))
            Q_EMIT failed(status.error().message);
        return toQmlResult(status);
    }
    reload();
    QVariantMap result = toQmlResult(status);
    for (int row = 0; row < rowCount(); ++row) {
        if (data(index(row, 0), Qt::UserRole + 1).toLongLong() == id)
            result.insert(QStringLiteral("row"), row);
    }
    return result;
}

QVariantMap MinutesListModel::afterRemove(const Status &status)
{
    if (!status.ok())
        Q_EMIT failed(status.error().message);
    else
        reload();
    return toQmlResult(status);
}

} // namespace Plenary
