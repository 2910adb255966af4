// SPDX-License-Identifier: MIT
#include "speakerslistmodel.h"

#include "agendastore.h"
#include "database.h"
#include "delegationstore.h"
#include "eventstore.h"
#include "logging.h"
#include "participantstore.h"
#include "qmlresult.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QSet>

#include <algorithm>

namespace Plenary {

SpeakersListModel::SpeakersListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Workspace *workspace = Workspace::instance())
        m_database = &workspace->database();
}

SpeakersListModel::SpeakersListModel(const Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(&database)
{ }

void SpeakersListModel::setSessionId(int id)
{
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    reload();
    Q_EMIT sessionIdChanged();
}

void SpeakersListModel::reload()
{
    QList<SpeakingSlot> slots;
    m_sessionMinutes = 0;
    if (m_database && m_sessionId > 0) {
        const AgendaStore store(*m_database);
        if (Result<AgendaSession> session = store.session(m_sessionId); session.ok()) {
            if (session.value().isScheduled())
                m_sessionMinutes = int(session.value().startsAt.secsTo(session.value().endsAt) / 60);
        } else {
            Q_EMIT failed(session.error().message);
        }
        if (Result<QList<SpeakingSlot>> read = store.speakingSlots(m_sessionId); read.ok()) {
            slots = read.value();
        } else {
            qCWarning(lcModels) << "speakers' list" << m_sessionId << read.error().message;
            Q_EMIT failed(read.error().message);
        }
        if (Result<std::optional<EventInfo>> event = EventStore(*m_database).load();
            event.ok() && event.value()) {
            const QTimeZone zone(event.value()->timeZone.toUtf8());
            m_zone = zone.isValid() ? zone : QTimeZone::utc();
        }
    }
    readNames(slots);
    beginResetModel();
    m_slots = slots;
    endResetModel();
    Q_EMIT totalsChanged();
}

void SpeakersListModel::readNames(const QList<SpeakingSlot> &slots)
{
    if (!m_database)
        return;
    std::vector<qint64> missing;
    bool delegationMissing = false;
    for (const SpeakingSlot &slot : slots) {
        if (slot.speakerId && !m_speakerNames.contains(*slot.speakerId))
            missing.push_back(*slot.speakerId);
        if (slot.onBehalfOf && !m_delegationNames.contains(*slot.onBehalfOf))
            delegationMissing = true;
    }
    // One query for all the missing speakers, not one per row.
    if (!missing.empty()) {
        Result<QList<ParticipantRow>> rows = ParticipantStore(*m_database).rows(missing);
        if (rows.ok()) {
            for (const ParticipantRow &row : rows.value()) {
                m_speakerNames.insert(row.participant.id, row.participant.displayName());
                m_speakerDelegations.insert(row.participant.id, row.participant.delegationId.value_or(0));
            }
        }
    }
    if (delegationMissing) {
        if (Result<QList<DelegationSummary>> list = DelegationStore(*m_database).list(); list.ok()) {
            for (const DelegationSummary &summary : list.value())
                m_delegationNames.insert(summary.delegation.id, summary.delegation.name);
        }
    }
}

int SpeakersListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SpeakersListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpeakingSlot &slot = m_slots.at(index.row());
    const auto cumulative = [this, &index] {
        int sum = 0;
        for (int i = 0; i <= index.row(); ++i)
            sum += m_slots.at(i).allottedMinutes.value_or(0);
        return sum;
    };
    switch (role) {
    case SlotIdRole:
        return slot.id;
    case SpeakerIdRole:
        return slot.speakerId.value_or(0);
    case Qt::DisplayRole:
    case SpeakerNameRole:
        return slot.speakerId
            ? m_speakerNames.value(*slot.speakerId, tr("Participant %1").arg(*slot.speakerId))
            : tr("No speaker");
    case DelegationIdRole:
        return slot.onBehalfOf.value_or(0);
    case DelegationNameRole:
        return slot.onBehalfOf ? m_delegationNames.value(*slot.onBehalfOf) : QString();
    case TopicRole:
        return slot.topic;
    case AllottedMinutesRole:
        return slot.allottedMinutes.value_or(-1);
    case CumulativeMinutesRole:
        return cumulative();
    case RepresentationLevelRole:
        return slot.representationLevel;
    case LevelLabelRole:
        return Vocabulary::label(Vocabulary::representationLevels(), slot.representationLevel);
    case RequestedAtRole: {
        if (!slot.requestedAt.isValid())
            return QString();
        const QDateTime local = slot.requestedAt.toTimeZone(m_zone);
        const bool today = local.date() == QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
        return local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case RightOfReplyRole:
        return slot.rightOfReply;
    case OverrunRole:
        return m_sessionMinutes > 0 && cumulative() > m_sessionMinutes;
    default:
        return {};
    }
}

QHash<int, QByteArray> SpeakersListModel::roleNames() const
{
    return {{SlotIdRole, "slotId"},
            {SpeakerIdRole, "speakerId"},
            {SpeakerNameRole, "speakerName"},
            {DelegationIdRole, "delegationId"},
            {DelegationNameRole, "delegationName"},
            {TopicRole, "topic"},
            {AllottedMinutesRole, "allottedMinutes"},
            {CumulativeMinutesRole, "cumulativeMinutes"},
            {RepresentationLevelRole, "representationLevel"},
            {LevelLabelRole, "levelLabel"},
            {RequestedAtRole, "requestedAt"},
            {RightOfReplyRole, "rightOfReply"},
            {OverrunRole, "overrun"}};
}

int SpeakersListModel::totalMinutes() const
{
    int sum = 0;
    for (const SpeakingSlot &slot : m_slots)
        sum += slot.allottedMinutes.value_or(0);
    return sum;
}

QString SpeakersListModel::totalText() const
{
    const int total = totalMinutes();
    if (m_sessionMinutes <= 0)
        return tr("%n minute(s) allotted (the session is not scheduled)", nullptr, total);
    if (total > m_sessionMinutes)
        return tr("%1 minutes allotted: %2 over the session's %3")
            .arg(total)
            .arg(total - m_sessionMinutes)
            .arg(m_sessionMinutes);
    return tr("%1 of %2 minutes allotted").arg(total).arg(m_sessionMinutes);
}

QVariantList SpeakersListModel::levels() const
{
    return Vocabulary::choices(Vocabulary::representationLevels());
}

int SpeakersListModel::firstReplyRow() const
{
    const auto it =
        std::find_if(m_slots.cbegin(), m_slots.cend(), [](const SpeakingSlot &s) { return s.rightOfReply; });
    return int(it - m_slots.cbegin());
}

Error SpeakersListModel::validateSlot(const SpeakingSlot &slot)
{
    if (!slot.speakerId)
        return {tr("Choose a speaker."), QStringLiteral("speaker"), 0};
    if (!Vocabulary::contains(Vocabulary::representationLevels(), slot.representationLevel))
        return {tr("Choose a level of representation."), QStringLiteral("level"), 0};
    if (slot.allottedMinutes && (*slot.allottedMinutes < 0 || *slot.allottedMinutes > 600))
        return {tr("Allotted minutes are between 0 and 600."), QStringLiteral("minutes"), 0};
    return {};
}

Status SpeakersListModel::write(const QList<SpeakingSlot> &slots)
{
    if (!m_database || m_sessionId <= 0)
        return Error {tr("Save the session before adding speakers."), {}, 0};
    const AgendaStore store(*m_database);
    if (Status written = store.replaceSpeakingSlots(m_sessionId, slots); !written) {
        qCWarning(lcModels) << "speakers' list" << m_sessionId << written.error().message;
        Q_EMIT failed(written.error().message);
        return written;
    }
    // New slots got their ids (and times of request) in the write: read them back, in the
    // same order, without resetting the view (a drag in progress keeps its delegate).
    Result<QList<SpeakingSlot>> read = store.speakingSlots(m_sessionId);
    if (!read.ok() || read.value().size() != slots.size()) {
        reload();
    } else {
        readNames(read.value());
        for (int i = 0; i < m_slots.size() && i < read.value().size(); ++i)
            m_slots[i] = read.value().at(i);
        if (!m_slots.isEmpty())
            Q_EMIT dataChanged(index(0), index(count() - 1));
    }
    Q_EMIT totalsChanged();
    Q_EMIT slotsWritten(m_sessionId);
    return {};
}

int SpeakersListModel::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count())
        return -1;
    // The part a slot may move in: normal slots before the first reply, replies after.
    const int replies = firstReplyRow();
    const bool reply = m_slots.at(from).rightOfReply;
    const int lowest = reply ? replies : 0;
    const int highest = reply ? count() - 1 : replies - 1;
    to = std::clamp(to, lowest, highest);
    if (to == from)
        return from;
    QList<SpeakingSlot> next = m_slots;
    next.move(from, to);
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    const QList<SpeakingSlot> previous = m_slots;
    m_slots = next;
    endMoveRows();
    if (Status written = write(next); !written) {
        beginResetModel();
        m_slots = previous;
        endResetModel();
        Q_EMIT totalsChanged();
        return -1;
    }
    return to;
}

QVariantMap SpeakersListModel::orderByProtocol()
{
    const QList<SpeakingSlot> ordered = AgendaStore::inProtocolOrder(m_slots);
    if (ordered == m_slots)
        return toQmlResult({});
    const QList<SpeakingSlot> previous = m_slots;
    beginResetModel();
    m_slots = ordered;
    endResetModel();
    Status written = write(ordered);
    if (!written) {
        beginResetModel();
        m_slots = previous;
        endResetModel();
    }
    Q_EMIT totalsChanged();
    return toQmlResult(written);
}

QVariantMap SpeakersListModel::add(qint64 speakerId, qint64 onBehalfOf, const QString &topic, int minutes,
                                   const QString &level, bool rightOfReply)
{
    SpeakingSlot slot;
    slot.sessionId = m_sessionId;
    if (speakerId > 0)
        slot.speakerId = speakerId;
    slot.topic = topic.trimmed();
    if (minutes >= 0)
        slot.allottedMinutes = minutes;
    slot.representationLevel = level.isEmpty() ? QStringLiteral("other") : level;
    slot.rightOfReply = rightOfReply;
    slot.requestedAt = QDateTime::currentDateTimeUtc();
    if (Error invalid = validateSlot(slot); !invalid.message.isEmpty())
        return toQmlResult(invalid);
    if (onBehalfOf > 0) {
        slot.onBehalfOf = onBehalfOf;
    } else {
        readNames({slot});
        if (const qint64 own = m_speakerDelegations.value(speakerId); own > 0)
            slot.onBehalfOf = own;
    }
    readNames({slot});
    const int row = rightOfReply ? count() : firstReplyRow();
    QList<SpeakingSlot> next = m_slots;
    next.insert(row, slot);
    beginInsertRows({}, row, row);
    m_slots.insert(row, slot);
    endInsertRows();
    if (Status written = write(next); !written) {
        beginRemoveRows({}, row, row);
        m_slots.removeAt(row);
        endRemoveRows();
        Q_EMIT totalsChanged();
        return toQmlResult(written);
    }
    QVariantMap result = toQmlResult({});
    result.insert(QStringLiteral("row"), row);
    return result;
}

QVariantMap SpeakersListModel::edit(int row, const QVariantMap &fields)
{
    if (row < 0 || row >= count())
        return toQmlResult(Error {tr("This slot is no longer on the list."), {}, 0});
    SpeakingSlot slot = m_slots.at(row);
    if (fields.contains(QStringLiteral("speakerId"))) {
        const qint64 id = fields.value(QStringLiteral("speakerId")).toLongLong();
        slot.speakerId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    if (fields.contains(QStringLiteral("onBehalfOf"))) {
        const qint64 id = fields.value(QStringLiteral("onBehalfOf")).toLongLong();
        slot.onBehalfOf = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    if (fields.contains(QStringLiteral("topic")))
        slot.topic = fields.value(QStringLiteral("topic")).toString().trimmed();
    if (fields.contains(QStringLiteral("minutes"))) {
        const int minutes = fields.value(QStringLiteral("minutes")).toInt();
        slot.allottedMinutes = minutes >= 0 ? std::optional<int>(minutes) : std::nullopt;
    }
    if (fields.contains(QStringLiteral("level")))
        slot.representationLevel = fields.value(QStringLiteral("level")).toString();
    if (fields.contains(QStringLiteral("rightOfReply")))
        slot.rightOfReply = fields.value(QStringLiteral("rightOfReply")).toBool();
    if (Error invalid = validateSlot(slot); !invalid.message.isEmpty())
        return toQmlResult(invalid);
    readNames({slot});
    QList<SpeakingSlot> next = m_slots;
    next.removeAt(row);
    // A slot that changes part goes to the boundary: last of the speakers, or last reply.
    int target = row;
    if (slot.rightOfReply != m_slots.at(row).rightOfReply) {
        const auto firstReply =
            std::find_if(next.cbegin(), next.cend(), [](const SpeakingSlot &s) { return s.rightOfReply; });
        target = slot.rightOfReply ? int(next.size()) : int(firstReply - next.cbegin());
    }
    next.insert(target, slot);
    const QList<SpeakingSlot> previous = m_slots;
    beginResetModel();
    m_slots = next;
    endResetModel();
    if (Status written = write(next); !written) {
        beginResetModel();
        m_slots = previous;
        endResetModel();
        Q_EMIT totalsChanged();
        return toQmlResult(written);
    }
    QVariantMap result = toQmlResult({});
    result.insert(QStringLiteral("row"), target);
    return result;
}

QVariantMap SpeakersListModel::validate(const QVariantMap &fields) const
{
    SpeakingSlot slot;
    const qint64 speaker = fields.value(QStringLiteral("speakerId")).toLongLong();
    if (speaker > 0)
        slot.speakerId = speaker;
    slot.representationLevel = fields.value(QStringLiteral("level"), QStringLiteral("other")).toString();
    const QString minutes = fields.value(QStringLiteral("minutes")).toString().trimmed();
    if (!minutes.isEmpty()) {
        bool ok = false;
        slot.allottedMinutes = minutes.toInt(&ok);
        if (!ok)
            return toQmlResult(
                Error {tr("Allotted minutes are a whole number, e.g. 5."), QStringLiteral("minutes"), 0});
    }
    if (Error invalid = validateSlot(slot); !invalid.message.isEmpty())
        return toQmlResult(invalid);
    if (m_sessionId <= 0)
        return toQmlResult(Error {tr("Save the session before adding speakers."), {}, 0});
    return toQmlResult({});
}

QVariantMap SpeakersListModel::remove(int row)
{
    if (row < 0 || row >= count())
        return toQmlResult({});
    QList<SpeakingSlot> next = m_slots;
    const SpeakingSlot removed = next.takeAt(row);
    beginRemoveRows({}, row, row);
    m_slots.removeAt(row);
    endRemoveRows();
    if (Status written = write(next); !written) {
        beginInsertRows({}, row, row);
        m_slots.insert(row, removed);
        endInsertRows();
        Q_EMIT totalsChanged();
        return toQmlResult(written);
    }
    return toQmlResult({});
}

} // namespace Plenary
