// SPDX-License-Identifier: MIT
#pragma once

#include "conflictengine.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Plenary {

class Database;

/// The conflicts panel: every conflict of the agenda, errors first, over a ConflictEngine
/// that an edit re-checks incrementally (sessionChanged), with the minimal row changes.
class ConflictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.conflicts")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countsChanged)
    /// Every warning, acknowledged ones included.
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)
    Q_PROPERTY(int acknowledgedCount READ acknowledgedCount NOTIFY countsChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< "error" or "warning"
        RuleRole,
        SubjectRole,
        MessageRole,
        SessionIdsRole, ///< list of ids, earliest first
        SessionIdRole, ///< the first (earliest) session, to jump to
        StartsAtRole, ///< UTC
        AcknowledgedRole,
        AcknowledgementReasonRole,
        AcknowledgedByRole,
        AcknowledgedAtRole, ///< UTC
        CanAcknowledgeRole, ///< warnings only
    };
    Q_ENUM(Role)

    /// Reads and checks the agenda at once.
    explicit ConflictModel(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int errorCount() const { return m_engine.errorCount(); }
    [[nodiscard]] int warningCount() const { return m_engine.warningCount(); }
    [[nodiscard]] int acknowledgedCount() const;
    [[nodiscard]] const ConflictEngine &engine() const { return m_engine; }

    /// Whom acknowledgements are recorded under (the desk user).
    void setActor(const QString &actor) { m_actor = actor; }

    /// Accepts the warning of `row` with a reason; `{ok, message, field}`.
    Q_INVOKABLE QVariantMap acknowledge(int row, const QString &reason);
    Q_INVOKABLE QVariantMap withdrawAcknowledgement(int row);
    /// A session, its chairs or its speakers' list was written or removed: re-checks what it
    /// touches and updates only the rows that changed.
    Q_INVOKABLE void sessionChanged(qint64 sessionId);
    /// 0 none, 1 warning, 2 error; acknowledged warnings count as none.
    Q_INVOKABLE int worstOf(qint64 sessionId) const;
    /// The messages of a session's conflicts, for a tooltip or the session page:
    /// `[{severity, rule, message, acknowledged}]`.
    Q_INVOKABLE QVariantList conflictsOf(qint64 sessionId) const;

public Q_SLOTS:
    /// After changes the engine does not follow (rooms, delegations, the event, an undo).
    void reload();

Q_SIGNALS:
    void countsChanged();
    /// A session's worst severity changed (0 none, 1 warning, 2 error): views redraw it.
    void sessionSeverityChanged(qint64 sessionId, int severity);
    void failed(const QString &message);

private:
    void syncRows(qint64 sessionId);
    void notifySeverities(const QSet<qint64> &sessions);

    ConflictEngine m_engine;
    QList<Conflict> m_rows; ///< what the view was told; equals m_engine.conflicts() between calls
    QHash<qint64, Severity> m_drawn; ///< the worst severity views were told, per session
    QString m_actor;
};

} // namespace Plenary
