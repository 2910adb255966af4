// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Plenary {

class Database;

/// What the lists of one session's minutes share: the window's database, the session shown
/// (setting it reads the list) and the name their writes are recorded under.
class MinutesListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    /// The name changes are recorded under (the window's desk user by default).
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY authorChanged)

public:
    [[nodiscard]] int sessionId() const { return int(m_sessionId); }
    void setSessionId(int id);
    [[nodiscard]] QString author() const;
    void setAuthor(const QString &author);

    /// Reads the list again.
    Q_INVOKABLE virtual void reload() = 0;

Q_SIGNALS:
    void sessionIdChanged();
    void authorChanged();
    void failed(const QString &message);

protected:
    /// `{ok, message, field, row}` after writing the record `id`: the list is read again, and a
    /// failure that is not about the form is also reported by `failed`. The record's id is the
    /// first role (Qt::UserRole + 1) of every minutes list.
    [[nodiscard]] QVariantMap afterWrite(const Status &status, qint64 id);
    /// `{ok, message}` after a removal: the list is read again, a failure reported by `failed`.
    [[nodiscard]] QVariantMap afterRemove(const Status &status);

    /// Reads the database of the window's Workspace (what QML creates).
    explicit MinutesListModel(QObject *parent = nullptr);
    explicit MinutesListModel(const Database &database, QObject *parent = nullptr);

    const Database *m_database = nullptr;
    qint64 m_sessionId = 0;

private:
    QString m_author;
};

} // namespace Plenary
