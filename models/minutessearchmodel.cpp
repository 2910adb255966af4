// SPDX-License-Identifier: MIT
#include "minutessearchmodel.h"

#include "database.h"
#include "eventsettings.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>

namespace Plenary {

MinutesSearchModel::MinutesSearchModel(const Database &database, const EventSettings *event, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_event(event)
{ }

void MinutesSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void MinutesSearchModel::setIncludeConfidential(bool include)
{
    if (include == m_includeConfidential)
        return;
    m_includeConfidential = include;
    refresh();
}

void MinutesSearchModel::setMarkColor(const QString &color)
{
    if (color == m_markColor)
        return;
    m_markColor = color;
    Q_EMIT markColorChanged();
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {SnippetHtmlRole});
}

void MinutesSearchModel::refresh()
{
    QElapsedTimer timer;
    timer.start();
    Result<MinutesSearchResult> found = NoteStore(m_database).search(m_query, m_includeConfidential, m_limit);
    if (!found.ok()) {
        qCWarning(lcModels) << "minutes search" << found.error().message;
        Q_EMIT failed(found.error().message);
        return;
    }
    beginResetModel();
    m_hits = found.value().hits;
    m_confidentialHidden = found.value().confidentialHidden;
    endResetModel();
    m_milliseconds = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT resultsChanged();
}

qint64 MinutesSearchModel::sessionIdAt(int row) const
{
    return row >= 0 && row < count() ? m_hits.at(row).sessionId : 0;
}

qint64 MinutesSearchModel::noteIdAt(int row) const
{
    if (row < 0 || row >= count() || m_hits.at(row).kind != MinutesHit::Kind::Note)
        return 0;
    return m_hits.at(row).id;
}

int MinutesSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString MinutesSearchModel::plain(QString snippet)
{
    snippet.remove(QStringLiteral("**"));
    snippet.remove(QStringLiteral("__"));
    snippet.remove(QChar(MinutesHit::kMatchStart));
    snippet.remove(QChar(MinutesHit::kMatchEnd));
    return snippet;
}

QString MinutesSearchModel::highlighted(const QString &marked, const QString &markColor)
{
    // The notes are Markdown: a passage shows its words, not the emphasis marks around them.
    QString snippet = marked;
    snippet.remove(QStringLiteral("**"));
    snippet.remove(QStringLiteral("__"));
    QString html;
    html.reserve(snippet.size() + 64);
    const QString open =
        QStringLiteral("<span style=\"background-color:%1;\">").arg(markColor.toHtmlEscaped());
    qsizetype from = 0;
    bool inside = false;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        const bool end = i == snippet.size();
        const QChar c = end ? QChar() : snippet.at(i);
        if (!end && c != QChar(MinutesHit::kMatchStart) && c != QChar(MinutesHit::kMatchEnd))
            continue;
        html += snippet.mid(from, i - from).toHtmlEscaped();
        from = i + 1;
        if (end)
            break;
        if (c == QChar(MinutesHit::kMatchStart) && !inside) {
            html += open;
            inside = true;
        } else if (c == QChar(MinutesHit::kMatchEnd) && inside) {
            html += QStringLiteral("</span>");
            inside = false;
        }
    }
    if (inside)
        html += QStringLiteral("</span>");
    return html;
}

QVariant MinutesSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MinutesHit &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole:
        switch (hit.kind) {
        case MinutesHit::Kind::Note:
            return QStringLiteral("note");
        case MinutesHit::Kind::Decision:
            return QStringLiteral("decision");
        case MinutesHit::Kind::ActionItem:
            return QStringLiteral("actionItem");
        }
        return {};
    case KindLabelRole:
        switch (hit.kind) {
        case MinutesHit::Kind::Note:
            return tr("Note");
        case MinutesHit::Kind::Decision:
            return tr("Decision");
        case MinutesHit::Kind::ActionItem:
            return tr("Action item");
        }
        return {};
    case ItemIdRole:
        return hit.id;
    case SessionIdRole:
        return hit.sessionId;
    case Qt::DisplayRole:
    case SessionTitleRole:
        return hit.sessionTitle;
    case WhenRole: {
        if (!hit.sessionStartsAt.isValid())
            return QString();
        const QString zoneId = m_event ? m_event->timeZone() : QStringLiteral("UTC");
        const QTimeZone zone(zoneId.toUtf8());
        const QDateTime local = hit.sessionStartsAt.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        return tr("%1, %2 %3")
            .arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy")),
                 local.time().toString(QStringLiteral("HH:mm")),
                 zone.isValid() ? zoneId : QStringLiteral("UTC"));
    }
    case ConfidentialityRole:
        return hit.confidentiality;
    case SnippetRole:
        return plain(hit.snippet);
    case SnippetHtmlRole:
        return highlighted(hit.snippet, m_markColor);
    default:
        return {};
    }
}

QHash<int, QByteArray> MinutesSearchModel::roleNames() const
{
    return {{KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {ItemIdRole, "itemId"},
            {SessionIdRole, "sessionId"},
            {SessionTitleRole, "sessionTitle"},
            {WhenRole, "when"},
            {ConfidentialityRole, "confidentiality"},
            {SnippetRole, "snippet"},
            {SnippetHtmlRole, "snippetHtml"}};
}

} // namespace Plenary
