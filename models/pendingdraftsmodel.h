// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimeZone>

namespace Plenary {

class Database;

/// The drafts a crash (or a window closed with unsaved typing) left behind, offered back at
/// the next start: restore one into the note editor, or discard it.
class PendingDraftsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        SessionIdRole,
        SessionTitleRole,
        BodyRole,
        AuthorRole,
        SavedAtRole, ///< "yyyy-MM-dd HH:mm" on the event's wall clock
        BaseVersionRole,
    };
    Q_ENUM(Role)

    /// Reads the database of the window's Workspace (what QML creates) at once.
    explicit PendingDraftsModel(QObject *parent = nullptr);
    explicit PendingDraftsModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_drafts.size()); }

    /// Drops the draft at `row` (its note keeps its saved text).
    Q_INVOKABLE bool discard(int row);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void failed(const QString &message);

private:
    const Database *m_database = nullptr;
    QList<NoteDraft> m_drafts;
    QHash<qint64, QString> m_sessionTitles;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace Plenary
