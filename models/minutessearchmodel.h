// SPDX-License-Identifier: MIT
#pragma once

#include "notestore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Plenary {

class Database;
class EventSettings;

/// The minutes search: notes, decisions and action items of the whole event matching `query`
/// (every word as a prefix, any case, diacritics ignored), newest first. The index answers in a
/// few milliseconds at COP scale, so the search runs on the GUI thread as the query changes.
class MinutesSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.minutesSearch")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY resultsChanged)
    Q_PROPERTY(
        bool includeConfidential READ includeConfidential WRITE setIncludeConfidential NOTIFY resultsChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    /// Confidential matches left out because `includeConfidential` is off.
    Q_PROPERTY(int confidentialHidden READ confidentialHidden NOTIFY resultsChanged)
    /// The results stop at `limit`: there may be more.
    Q_PROPERTY(bool limited READ limited NOTIFY resultsChanged)
    Q_PROPERTY(int limit READ limit CONSTANT)
    /// How long the last search took.
    Q_PROPERTY(double milliseconds READ milliseconds NOTIFY resultsChanged)
    /// The background of the matched words in `snippetHtml` (a colour name or #rrggbb).
    Q_PROPERTY(QString markColor READ markColor WRITE setMarkColor NOTIFY markColorChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "note", "decision", "actionItem"
        KindLabelRole, ///< "Note", "Decision", "Action item"
        ItemIdRole,
        SessionIdRole,
        SessionTitleRole,
        WhenRole, ///< the session's start in the event's zone, the zone named; empty when unscheduled
        ConfidentialityRole,
        SnippetRole, ///< plain text, the marks removed
        SnippetHtmlRole, ///< HTML-escaped, the matches highlighted
    };
    Q_ENUM(Role)

    explicit MinutesSearchModel(const Database &database, const EventSettings *event,
                                QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool includeConfidential() const { return m_includeConfidential; }
    void setIncludeConfidential(bool include);
    [[nodiscard]] int count() const { return int(m_hits.size()); }
    [[nodiscard]] int confidentialHidden() const { return m_confidentialHidden; }
    [[nodiscard]] bool limited() const { return count() >= m_limit; }
    [[nodiscard]] int limit() const { return m_limit; }
    [[nodiscard]] double milliseconds() const { return m_milliseconds; }
    [[nodiscard]] QString markColor() const { return m_markColor; }
    void setMarkColor(const QString &color);

    /// The session of the result in `row` (what Enter opens); 0 when there is none.
    Q_INVOKABLE qint64 sessionIdAt(int row) const;
    /// The note of the result in `row`, to select it in the session's minutes; 0 for a decision
    /// or an action item.
    Q_INVOKABLE qint64 noteIdAt(int row) const;

    /// `snippet` HTML-escaped, its marked matches in a `<span>` with `markColor` behind them,
    /// Markdown's emphasis marks (** and __) left out.
    [[nodiscard]] static QString highlighted(const QString &snippet, const QString &markColor);
    /// `snippet` without its match marks and Markdown's emphasis marks.
    [[nodiscard]] static QString plain(QString snippet);

public Q_SLOTS:
    /// Runs the search again (after a write elsewhere).
    void refresh();

Q_SIGNALS:
    void resultsChanged();
    void markColorChanged();
    void failed(const QString &message);

private:
    const Database &m_database;
    const EventSettings *m_event;
    QString m_query;
    bool m_includeConfidential = false;
    QList<MinutesHit> m_hits;
    int m_confidentialHidden = 0;
    int m_limit = 200;
    double m_milliseconds = 0;
    QString m_markColor = QStringLiteral("#fde68a");
};

} // namespace Plenary
