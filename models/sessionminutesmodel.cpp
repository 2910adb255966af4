// SPDX-License-Identifier: MIT
#include "sessionminutesmodel.h"

#include "agendastore.h"
#include "database.h"
#include "delegationstore.h"
#include "eventstore.h"
#include "logging.h"
#include "notestore.h"
#include "participantstore.h"
#include "qmlresult.h"
#include "sessioneditor.h"
#include "vocabulary.h"
#include "workspace.h"

namespace Plenary {

QHash<qint64, QString> participantLabels(const Database &database, std::vector<qint64> ids)
{
    QHash<qint64, QString> labels;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty())
        return labels;
    if (Result<QList<ParticipantRow>> rows = ParticipantStore(database).rows(ids); rows.ok()) {
        for (const ParticipantRow &row : rows.value())
            labels.insert(
                row.participant.id,
                row.delegationName.isEmpty()
                    ? row.participant.displayName()
                    : QObject::tr("%1 (%2)").arg(row.participant.displayName(), row.delegationName));
    }
    return labels;
}

QString minutesAuthor(const QString &chosen)
{
    if (!chosen.isEmpty())
        return chosen;
    const QString desk = Workspace::instance() ? Workspace::instance()->deskUser().trimmed() : QString();
    // A revision always says who wrote it, even on a desk whose user has no name.
    return desk.isEmpty() ? QObject::tr("Unnamed desk") : desk;
}

QVariantMap rowValues(const QAbstractItemModel &model, int row)
{
    QVariantMap map;
    if (row < 0 || row >= model.rowCount())
        return map;
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model.data(model.index(row, 0), it.key()));
    return map;
}

QHash<qint64, QString> delegationNames(const Database &database)
{
    QHash<qint64, QString> names;
    if (Result<QList<DelegationSummary>> list = DelegationStore(database).list(); list.ok()) {
        for (const DelegationSummary &summary : list.value())
            names.insert(summary.delegation.id, summary.delegation.name);
    }
    return names;
}

SessionMinutesModel::SessionMinutesModel(QObject *parent)
    : MinutesListModel(parent)
{ }

SessionMinutesModel::SessionMinutesModel(const Database &database, QObject *parent)
    : MinutesListModel(database, parent)
{ }

void SessionMinutesModel::reload()
{
    QList<Note> notes;
    m_history.clear();
    m_slots.clear();
    m_slotLabels.clear();
    m_slotSpeakers.clear();
    if (m_database && m_sessionId > 0) {
        const NoteStore store(*m_database);
        if (Result<QList<Note>> read = store.notes(m_sessionId); read.ok()) {
            notes = read.value();
        } else {
            qCWarning(lcModels) << "minutes of session" << m_sessionId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
        m_history = store.minutesHistory(m_sessionId).valueOr({});
        m_slots = AgendaStore(*m_database).speakingSlots(m_sessionId).valueOr({});
        std::vector<qint64> speakers;
        for (const SpeakingSlot &slot : std::as_const(m_slots)) {
            if (slot.speakerId)
                speakers.push_back(*slot.speakerId);
        }
        const QHash<qint64, QString> names = participantLabels(*m_database, speakers);
        for (const SpeakingSlot &slot : std::as_const(m_slots)) {
            const QString speaker = slot.speakerId ? names.value(*slot.speakerId) : tr("No speaker");
            m_slotSpeakers.insert(slot.id, speaker);
            m_slotLabels.insert(slot.id, tr("Speaker %1: %2").arg(slot.position + 1).arg(speaker));
        }
        m_zone = EventStore(*m_database).zone();
    }
    beginResetModel();
    m_notes = notes;
    endResetModel();
    Q_EMIT changed();
}

int SessionMinutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SessionMinutesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &note = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return note.id;
    case SlotIdRole:
        return note.slotId.value_or(0);
    case Qt::DisplayRole:
    case SlotLabelRole:
        return note.slotId ? m_slotLabels.value(*note.slotId, tr("A removed speaking slot")) : tr("Session");
    case SlotSpeakerRole:
        return note.slotId ? m_slotSpeakers.value(*note.slotId) : QString();
    case BodyRole:
        return note.body;
    case ConfidentialityRole:
        return note.confidentiality;
    case ConfidentialityLabelRole:
        return Vocabulary::label(Vocabulary::confidentialities(), note.confidentiality);
    case VersionRole:
        return note.version;
    case UpdatedAtRole:
        return timeText(note.updatedAt);
    case AuthorRole:
        return note.updatedBy;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionMinutesModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},
            {SlotIdRole, "slotId"},
            {SlotLabelRole, "slotLabel"},
            {SlotSpeakerRole, "slotSpeaker"},
            {BodyRole, "body"},
            {ConfidentialityRole, "confidentiality"},
            {ConfidentialityLabelRole, "confidentialityLabel"},
            {VersionRole, "version"},
            {UpdatedAtRole, "updatedAt"},
            {AuthorRole, "author"}};
}

QString SessionMinutesModel::timeText(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString SessionMinutesModel::zoneLabel() const
{
    return SessionEditor::zoneLabel(m_zone, QDateTime::currentDateTimeUtc());
}

bool SessionMinutesModel::isFinal() const
{
    return !m_history.isEmpty() && m_history.constLast().status == u"final";
}

QString SessionMinutesModel::finalText() const
{
    if (!isFinal())
        return {};
    const MinutesChange &last = m_history.constLast();
    return tr("Final — locked by %1 on %2 %3")
        .arg(last.changedBy, timeText(last.changedAt), SessionEditor::zoneLabel(m_zone, last.changedAt));
}

QVariantList SessionMinutesModel::statusHistory() const
{
    QVariantList list;
    for (const MinutesChange &change : m_history) {
        const bool final = change.status == u"final";
        list.append(QVariantMap {{QStringLiteral("status"), change.status},
                                 {QStringLiteral("label"), final ? tr("Marked final") : tr("Reopened")},
                                 {QStringLiteral("by"), change.changedBy},
                                 {QStringLiteral("at"), timeText(change.changedAt)},
                                 {QStringLiteral("reason"), change.reason}});
    }
    return list;
}

QVariantList SessionMinutesModel::slotChoices() const
{
    QVariantList list {
        QVariantMap {{QStringLiteral("value"), 0}, {QStringLiteral("label"), tr("The session as a whole")}}};
    for (const SpeakingSlot &slot : m_slots) {
        QString label = m_slotLabels.value(slot.id);
        if (!slot.topic.isEmpty())
            label = tr("%1 — %2").arg(label, slot.topic);
        list.append(QVariantMap {{QStringLiteral("value"), slot.id}, {QStringLiteral("label"), label}});
    }
    return list;
}

QVariantList SessionMinutesModel::confidentialities() const
{
    return Vocabulary::choices(Vocabulary::confidentialities());
}

QVariantMap SessionMinutesModel::createNote(int slotId, const QString &confidentiality)
{
    if (!m_database || m_sessionId <= 0)
        return toQmlResult(Error {tr("Open a session first."), {}, 0});
    Note note;
    note.sessionId = m_sessionId;
    if (slotId > 0)
        note.slotId = slotId;
    note.confidentiality = confidentiality.isEmpty() ? QStringLiteral("public") : confidentiality;
    const Result<Note> created = NoteStore(*m_database).createNote(note, author());
    if (!created.ok()) {
        if (!isFormError(created.error()))
            Q_EMIT failed(created.error().message);
        return toQmlResult(created.error());
    }
    reload();
    QVariantMap result = toQmlResult(Status());
    result.insert(QStringLiteral("noteId"), created.value().id);
    result.insert(QStringLiteral("row"), rowOf(int(created.value().id)));
    return result;
}

int SessionMinutesModel::rowOf(int noteId) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == noteId)
            return row;
    }
    return -1;
}

QVariantMap SessionMinutesModel::finalise()
{
    if (!m_database || m_sessionId <= 0)
        return toQmlResult(Error {tr("Open a session first."), {}, 0});
    const Status status = NoteStore(*m_database).finalise(m_sessionId, author());
    reload();
    if (!status.ok())
        Q_EMIT failed(status.error().message);
    return toQmlResult(status);
}

QVariantMap SessionMinutesModel::reopen(const QString &reason)
{
    if (!m_database || m_sessionId <= 0)
        return toQmlResult(Error {tr("Open a session first."), {}, 0});
    if (reason.trimmed().isEmpty())
        return toQmlResult(
            Error {tr("Say why the final minutes are reopened."), QStringLiteral("reason"), 0});
    const Status status = NoteStore(*m_database).reopen(m_sessionId, reason.trimmed(), author());
    reload();
    return toQmlResult(status);
}

} // namespace Plenary
