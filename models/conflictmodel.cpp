// SPDX-License-Identifier: MIT
#include "conflictmodel.h"

#include "logging.h"
#include "qmlresult.h"

#include <QSet>

namespace Plenary {

namespace {

QString keyOf(const Conflict &c)
{
    return c.rule + QLatin1Char('\n') + c.subject;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::None:
        break;
    }
    return QStringLiteral("none");
}

QVariantList idList(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list.append(id);
    return list;
}

} // namespace

ConflictModel::ConflictModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(database)
{
    reload();
}

void ConflictModel::reload()
{
    if (Status loaded = m_engine.reload(); !loaded) {
        qCWarning(lcModels) << "conflicts:" << loaded.error().describe();
        Q_EMIT failed(loaded.error().describe());
        return;
    }
    beginResetModel();
    m_rows = m_engine.conflicts();
    endResetModel();
    QSet<qint64> sessions;
    for (auto it = m_drawn.cbegin(); it != m_drawn.cend(); ++it)
        sessions.insert(it.key());
    for (const Conflict &c : m_rows) {
        for (qint64 id : c.sessionIds)
            sessions.insert(id);
    }
    notifySeverities(sessions);
    Q_EMIT countsChanged();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return c.message;
    case SeverityRole:
        return severityName(c.severity);
    case RuleRole:
        return c.rule;
    case SubjectRole:
        return c.subject;
    case SessionIdsRole:
        return idList(c.sessionIds);
    case SessionIdRole:
        return c.sessionIds.isEmpty() ? QVariant() : QVariant(c.sessionIds.first());
    case StartsAtRole:
        return c.startsAt;
    case AcknowledgedRole:
        return c.acknowledged;
    case AcknowledgementReasonRole:
        return c.acknowledgementReason;
    case AcknowledgedByRole:
        return c.acknowledgedBy;
    case AcknowledgedAtRole:
        return c.acknowledgedAt;
    case CanAcknowledgeRole:
        return c.severity == Severity::Warning;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{SeverityRole, "severity"},
            {RuleRole, "rule"},
            {SubjectRole, "subject"},
            {MessageRole, "message"},
            {SessionIdsRole, "sessionIds"},
            {SessionIdRole, "sessionId"},
            {StartsAtRole, "startsAt"},
            {AcknowledgedRole, "acknowledged"},
            {AcknowledgementReasonRole, "acknowledgementReason"},
            {AcknowledgedByRole, "acknowledgedBy"},
            {AcknowledgedAtRole, "acknowledgedAt"},
            {CanAcknowledgeRole, "canAcknowledge"}};
}

int ConflictModel::acknowledgedCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Conflict &c) { return c.acknowledged; }));
}

QVariantMap ConflictModel::acknowledge(int row, const QString &reason)
{
    if (row < 0 || row >= m_rows.size())
        return toQmlResult(Error {QStringLiteral("There is no such conflict."), {}, 0});
    const Conflict c = m_rows.at(row);
    const Status done = m_engine.acknowledge(c.rule, c.subject, reason, m_actor);
    if (!done)
        return toQmlResult(done);
    m_rows = m_engine.conflicts();
    Q_EMIT dataChanged(index(row), index(row));
    notifySeverities(QSet<qint64>(c.sessionIds.cbegin(), c.sessionIds.cend()));
    Q_EMIT countsChanged();
    return toQmlResult(done);
}

QVariantMap ConflictModel::withdrawAcknowledgement(int row)
{
    if (row < 0 || row >= m_rows.size())
        return toQmlResult(Error {QStringLiteral("There is no such conflict."), {}, 0});
    const Conflict c = m_rows.at(row);
    const Status done = m_engine.withdrawAcknowledgement(c.rule, c.subject);
    if (!done)
        return toQmlResult(done);
    m_rows = m_engine.conflicts();
    Q_EMIT dataChanged(index(row), index(row));
    notifySeverities(QSet<qint64>(c.sessionIds.cbegin(), c.sessionIds.cend()));
    Q_EMIT countsChanged();
    return toQmlResult(done);
}

void ConflictModel::sessionChanged(qint64 sessionId)
{
    if (Status checked = m_engine.recheckSession(sessionId); !checked) {
        qCWarning(lcModels) << "conflicts:" << checked.error().describe();
        Q_EMIT failed(checked.error().describe());
        return;
    }
    syncRows(sessionId);
}

void ConflictModel::syncRows(qint64 sessionId)
{
    const QList<Conflict> &target = m_engine.conflicts();
    QHash<QString, qsizetype> wanted;
    wanted.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i)
        wanted.insert(keyOf(target.at(i)), i);
    QSet<qint64> touched {sessionId};
    const int before = int(m_rows.size());

    // Rows that went or changed leave, contiguous runs at once, from the end.
    for (qsizetype last = m_rows.size() - 1; last >= 0;) {
        const auto gone = [&](qsizetype i) {
            const auto it = wanted.constFind(keyOf(m_rows.at(i)));
            return it == wanted.cend() || !(target.at(*it) == m_rows.at(i));
        };
        if (!gone(last)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, int(first), int(last));
        for (qsizetype i = first; i <= last; ++i) {
            for (qint64 id : m_rows.at(i).sessionIds)
                touched.insert(id);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    // What stayed is in the target's order (same content, same sort key): new rows go in
    // between, contiguous runs at once.
    qsizetype kept = 0;
    for (qsizetype j = 0; j < target.size();) {
        if (kept < m_rows.size() && keyOf(m_rows.at(kept)) == keyOf(target.at(j))) {
            ++kept;
            ++j;
            continue;
        }
        qsizetype end = j;
        while (end < target.size()
               && !(kept < m_rows.size() && keyOf(m_rows.at(kept)) == keyOf(target.at(end))))
            ++end;
        beginInsertRows({}, int(kept), int(kept + end - j - 1));
        for (qsizetype k = j; k < end; ++k) {
            m_rows.insert(kept + (k - j), target.at(k));
            for (qint64 id : target.at(k).sessionIds)
                touched.insert(id);
        }
        endInsertRows();
        kept += end - j;
        j = end;
    }
    if (m_rows.size() != target.size()) {
        // Not expected: the order of what stayed changed. Tell the views to read everything.
        qCWarning(lcModels) << "conflicts: rows out of step, resetting";
        beginResetModel();
        m_rows = target;
        endResetModel();
    }
    m_rows = target; // share the engine's list again
    notifySeverities(touched);
    if (before != m_rows.size() || !touched.isEmpty())
        Q_EMIT countsChanged();
}

void ConflictModel::notifySeverities(const QSet<qint64> &sessions)
{
    for (qint64 id : sessions) {
        const Severity now = m_engine.worstOf(id);
        if (m_drawn.value(id, Severity::None) == now)
            continue;
        if (now == Severity::None)
            m_drawn.remove(id);
        else
            m_drawn.insert(id, now);
        Q_EMIT sessionSeverityChanged(id, int(now));
    }
}

int ConflictModel::worstOf(qint64 sessionId) const
{
    return int(m_engine.worstOf(sessionId));
}

QVariantList ConflictModel::conflictsOf(qint64 sessionId) const
{
    QVariantList list;
    for (const Conflict &c : m_engine.conflictsOf(sessionId)) {
        list.append(QVariantMap {{QStringLiteral("severity"), severityName(c.severity)},
                                 {QStringLiteral("rule"), c.rule},
                                 {QStringLiteral("message"), c.message},
                                 {QStringLiteral("acknowledged"), c.acknowledged}});
    }
    return list;
}

} // namespace Plenary
