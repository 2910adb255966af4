// SPDX-License-Identifier: MIT
#include "notehistorymodel.h"

#include "database.h"
#include "eventstore.h"
#include "logging.h"
#include "notestore.h"
#include "qmlresult.h"
#include "sessioneditor.h"
#include "sessionminutesmodel.h"
#include "workspace.h"

#include <QRegularExpression>

#include <dtl/dtl.hpp>
#include <vector>

namespace Plenary {

NoteHistoryModel::NoteHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Workspace *workspace = Workspace::instance())
        m_database = &workspace->database();
}

NoteHistoryModel::NoteHistoryModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(&database)
{ }

void NoteHistoryModel::setNoteId(int id)
{
    if (id == m_noteId)
        return;
    m_noteId = id;
    reload();
    Q_EMIT noteIdChanged();
}

QString NoteHistoryModel::author() const
{
    return minutesAuthor(m_author);
}

void NoteHistoryModel::setAuthor(const QString &author)
{
    if (author == m_author)
        return;
    m_author = author;
    Q_EMIT authorChanged();
}

void NoteHistoryModel::reload()
{
    QList<NoteRevision> revisions;
    m_currentVersion = 0;
    if (m_database && m_noteId > 0) {
        const NoteStore store(*m_database);
        if (Result<QList<NoteRevision>> read = store.revisions(m_noteId); read.ok()) {
            revisions = read.value();
        } else {
            qCWarning(lcModels) << "revisions of note" << m_noteId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
        if (Result<Note> note = store.note(m_noteId); note.ok())
            m_currentVersion = note.value().version;
        m_zone = EventStore(*m_database).zone();
    }
    beginResetModel();
    m_revisions = revisions;
    endResetModel();
    Q_EMIT countChanged();
}

int NoteHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant NoteHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteRevision &r = m_revisions.at(index.row());
    switch (role) {
    case RevisionIdRole:
        return r.id;
    case VersionRole:
        return r.version.value_or(-1);
    case ConflictWithRole:
        return r.conflictWith.value_or(-1);
    case ConflictingRole:
        return !r.version.has_value();
    case CurrentRole:
        return r.version && *r.version == m_currentVersion;
    case Qt::DisplayRole:
    case LabelRole:
        if (r.version)
            return tr("Version %1").arg(*r.version);
        return tr("Conflicting copy (met version %1)").arg(r.conflictWith.value_or(0));
    case AuthorRole:
        return r.author;
    case SavedAtRole:
        return r.savedAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CommentRole:
        return r.comment;
    case BodyRole:
        return r.body;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteHistoryModel::roleNames() const
{
    return {{RevisionIdRole, "revisionId"},
            {VersionRole, "version"},
            {ConflictWithRole, "conflictWith"},
            {ConflictingRole, "conflicting"},
            {CurrentRole, "current"},
            {LabelRole, "label"},
            {AuthorRole, "author"},
            {SavedAtRole, "savedAt"},
            {CommentRole, "comment"},
            {BodyRole, "body"}};
}

QString NoteHistoryModel::zoneLabel() const
{
    return SessionEditor::zoneLabel(m_zone, QDateTime::currentDateTimeUtc());
}

namespace {

/// Whether a run both texts share is too slight to read as kept between two changes: white
/// space, a short word ("the", "of") or a punctuation mark on one line.
bool slight(const DiffSegment &segment)
{
    return segment.kind == DiffSegment::Kind::Same && !segment.text.contains(u'\n')
        && segment.text.trimmed().size() <= 3;
}

/// The diff as a reader takes it: a changed passage is shown whole, its old words struck
/// through, then its new ones, rather than alternating word by word around every shared
/// space or "the".
QList<DiffSegment> readable(const QList<DiffSegment> &segments)
{
    QList<DiffSegment> result;
    QString removed;
    QString added;
    const auto flush = [&] {
        if (!removed.isEmpty())
            result.append({DiffSegment::Kind::Removed, removed});
        if (!added.isEmpty())
            result.append({DiffSegment::Kind::Added, added});
        removed.clear();
        added.clear();
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &segment = segments.at(i);
        const bool inChange = !removed.isEmpty() || !added.isEmpty();
        const bool changeFollows =
            i + 1 < segments.size() && segments.at(i + 1).kind != DiffSegment::Kind::Same;
        if (segment.kind == DiffSegment::Kind::Removed) {
            removed += segment.text;
        } else if (segment.kind == DiffSegment::Kind::Added) {
            added += segment.text;
        } else if (inChange && changeFollows && slight(segment)) {
            removed += segment.text;
            added += segment.text;
        } else {
            flush();
            result.append(segment);
        }
    }
    flush();
    return result;
}

} // namespace

QList<DiffSegment> NoteHistoryModel::wordDiff(const QString &from, const QString &to)
{
    static const QRegularExpression token(QStringLiteral("\\w+|\\s+|[^\\w\\s]"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const auto tokens = [](const QString &text) {
        std::vector<QString> list;
        for (auto it = token.globalMatch(text); it.hasNext();)
            list.push_back(it.next().captured());
        return list;
    };
    dtl::Diff<QString, std::vector<QString>> diff(tokens(from), tokens(to));
    diff.compose();
    QList<DiffSegment> segments;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        const DiffSegment::Kind kind = info.type == dtl::SES_ADD ? DiffSegment::Kind::Added
            : info.type == dtl::SES_DELETE                       ? DiffSegment::Kind::Removed
                                                                 : DiffSegment::Kind::Same;
        // Runs of one kind make one segment: "the Chair" rather than "the", " ", "Chair".
        if (!segments.isEmpty() && segments.last().kind == kind)
            segments.last().text += text;
        else
            segments.append({kind, text});
    }
    return readable(segments);
}

QVariantList NoteHistoryModel::diff(int fromRow, int toRow) const
{
    QVariantList list;
    if (fromRow < 0 || toRow < 0 || fromRow >= count() || toRow >= count())
        return list;
    for (const DiffSegment &segment : wordDiff(m_revisions.at(fromRow).body, m_revisions.at(toRow).body)) {
        const QString kind = segment.kind == DiffSegment::Kind::Added ? QStringLiteral("added")
            : segment.kind == DiffSegment::Kind::Removed              ? QStringLiteral("removed")
                                                                      : QStringLiteral("same");
        list.append(QVariantMap {{QStringLiteral("kind"), kind}, {QStringLiteral("text"), segment.text}});
    }
    return list;
}

QString NoteHistoryModel::diffMarkup(int fromRow, int toRow) const
{
    if (fromRow < 0 || toRow < 0 || fromRow >= count() || toRow >= count())
        return {};
    QString html;
    for (const DiffSegment &segment : wordDiff(m_revisions.at(fromRow).body, m_revisions.at(toRow).body)) {
        QString text = segment.text.toHtmlEscaped();
        text.replace(u'\n', QStringLiteral("<br/>"));
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Added:
            html +=
                QStringLiteral("<span style=\"background-color:#d8f0dc;color:#1b5e20;\">%1</span>").arg(text);
            break;
        case DiffSegment::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#fbe0de;color:#b42318;"
                                   "text-decoration:line-through;\">%1</span>")
                        .arg(text);
            break;
        }
    }
    return html;
}

QVariant NoteHistoryModel::get(int row) const
{
    return rowValues(*this, row);
}

QVariantMap NoteHistoryModel::revert(int row)
{
    if (!m_database || row < 0 || row >= count())
        return toQmlResult(Error {tr("No such revision."), {}, 0});
    const Result<NoteSave> saved =
        NoteStore(*m_database).revert(m_noteId, m_revisions.at(row).id, m_currentVersion, author());
    if (!saved.ok()) {
        if (!isFormError(saved.error()))
            Q_EMIT failed(saved.error().message);
        return toQmlResult(saved.error());
    }
    reload();
    if (!saved.value().saved)
        return toQmlResult(Error {tr("Another writer saved version %1 meanwhile: look again, then revert.")
                                      .arg(saved.value().note.version),
                                  {},
                                  0});
    QVariantMap result = toQmlResult(Status());
    result.insert(QStringLiteral("version"), saved.value().note.version);
    Q_EMIT reverted(saved.value().note.version);
    return result;
}

} // namespace Plenary
