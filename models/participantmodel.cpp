// SPDX-License-Identifier: MIT
#include "participantmodel.h"

#include "accreditationstore.h"
#include "countries.h"
#include "edits.h"
#include "eventstore.h"
#include "logging.h"
#include "participantstore.h"
#include "photostore.h"
#include "qmlresult.h"
#include "searchtext.h"
#include "vocabulary.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Plenary {

ParticipantModel::ParticipantModel(const Database &database, Ordering ordering, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_ordering(ordering)
{
    // ICU builds each script's transliterator on first use (Han alone ~100 ms): pay that while
    // the window opens, not on the first letter somebody types.
    (void)SearchText::fold(QStringLiteral("ə Иван 王 김 محمد Ελένη ნინო Հայ אב हि ไทย"));
    refresh();
}

void ParticipantModel::refresh()
{
    countStates();
    if (m_ordering == Ordering::ProtocolOrder) {
        applyFilter();
        return;
    }
    Result<std::vector<qint64>> order = ParticipantStore(m_database).idsInListOrder();
    if (!order.ok()) {
        Q_EMIT failed(order.error().describe());
        return;
    }
    m_order = std::move(order).value();
    m_rank.assign(m_order);
    // Someone deleted (here or at another desk) leaves the selection too.
    const qsizetype selected = m_selected.size();
    m_selected.removeIf([&](qint64 id) { return m_rank.rankOf(id) == RankIndex::Unranked; });
    if (m_selected.size() != selected)
        Q_EMIT selectionChanged();
    applyFilter();
}

void ParticipantModel::RankIndex::assign(const std::vector<qint64> &order)
{
    m_dense.clear();
    m_sparse.clear();
    const qint64 maxId = order.empty() ? 0 : *std::max_element(order.begin(), order.end());
    const qint64 minId = order.empty() ? 0 : *std::min_element(order.begin(), order.end());
    // Ids are handed out one after another, so an array indexed by id is small; ids written
    // by other means could be far apart or negative, and then a hash keeps memory bounded.
    if (minId >= 0 && maxId < qint64(order.size()) * 4 + 65536) {
        m_dense.assign(std::size_t(maxId + 1), Unranked);
        for (std::size_t rank = 0; rank < order.size(); ++rank)
            m_dense[std::size_t(order[rank])] = qint32(rank);
    } else {
        m_sparse.reserve(qsizetype(order.size()));
        for (std::size_t rank = 0; rank < order.size(); ++rank)
            m_sparse.insert(order[rank], qint32(rank));
    }
}

qint32 ParticipantModel::RankIndex::rankOf(qint64 id) const
{
    if (!m_sparse.isEmpty())
        return m_sparse.value(id, Unranked);
    return id >= 0 && std::size_t(id) < m_dense.size() ? m_dense[std::size_t(id)] : Unranked;
}

std::vector<qint64> ParticipantModel::inListOrder(std::vector<qint64> ids) const
{
    // The index answers in id order; the list shows names in order. Ranks put them in order
    // faster than the database could sort by name; ids newer than the order go last.
    if (ids.size() < m_order.size() / 16) {
        std::sort(ids.begin(), ids.end(),
                  [&](qint64 a, qint64 b) { return m_rank.rankOf(a) < m_rank.rankOf(b); });
        return ids;
    }
    // Many matches (a one-letter search): one pass over the list order beats sorting them.
    std::vector<bool> matched(m_order.size());
    std::vector<qint64> unranked;
    for (qint64 id : ids) {
        if (const qint32 r = m_rank.rankOf(id); r != RankIndex::Unranked)
            matched[std::size_t(r)] = true;
        else
            unranked.push_back(id);
    }
    std::vector<qint64> ordered;
    ordered.reserve(ids.size());
    for (std::size_t r = 0; r < m_order.size(); ++r) {
        if (matched[r])
            ordered.push_back(m_order[r]);
    }
    ordered.insert(ordered.end(), unranked.begin(), unranked.end());
    return ordered;
}

void ParticipantModel::countStates()
{
    ParticipantFilter facets = m_filter;
    facets.text.clear();
    facets.accreditationState.clear();
    Result<QMap<QString, qint64>> counts = ParticipantStore(m_database).stateCounts(facets);
    if (!counts.ok()) {
        Q_EMIT failed(counts.error().describe());
        return;
    }
    QVariantList list;
    for (const Vocabulary::Term &state : Vocabulary::accreditationStates()) {
        const QString code = QString::fromLatin1(state.code);
        list.append(QVariantMap {
            {QStringLiteral("state"), code},
            {QStringLiteral("label"), Vocabulary::label(Vocabulary::accreditationStates(), code)},
            {QStringLiteral("count"), counts.value().value(code)}});
    }
    m_stateCounts = list;
    Q_EMIT stateCountsChanged();
}

void ParticipantModel::applyFilter()
{
    std::vector<qint64> ids;
    if (m_ordering == Ordering::ProtocolOrder) {
        if (m_filter.delegationId.value_or(0) > 0) {
            Result<std::vector<qint64>> members =
                ParticipantStore(m_database).memberIdsInProtocolOrder(*m_filter.delegationId);
            if (!members.ok()) {
                Q_EMIT failed(members.error().describe());
                return;
            }
            ids = std::move(members).value();
        }
    } else if (m_filter.isEmpty()) {
        ids = m_order;
    } else {
        Result<std::vector<qint64>> matching = ParticipantStore(m_database).matchingIds(m_filter);
        if (!matching.ok()) {
            Q_EMIT failed(matching.error().describe());
            return;
        }
        ids = inListOrder(std::move(matching).value());
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_pageAge.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ParticipantModel::setSearchText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    applyFilter();
    Q_EMIT filterChanged();
}

int ParticipantModel::delegationFilter() const
{
    return int(m_filter.delegationId.value_or(AnyDelegation));
}

void ParticipantModel::setDelegationFilter(int delegationId)
{
    if (delegationId == delegationFilter())
        return;
    m_filter.delegationId = delegationId < 0 ? std::nullopt : std::optional<qint64>(delegationId);
    countStates();
    applyFilter();
    Q_EMIT filterChanged();
}

void ParticipantModel::setRoleFilter(const QString &role)
{
    if (role == m_filter.role)
        return;
    m_filter.role = role;
    countStates();
    applyFilter();
    Q_EMIT filterChanged();
}

void ParticipantModel::setStateFilter(const QString &state)
{
    if (state == m_filter.accreditationState)
        return;
    m_filter.accreditationState = state;
    applyFilter();
    Q_EMIT filterChanged();
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const ParticipantRow *ParticipantModel::rowAt(int row) const
{
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        const std::size_t first = std::size_t(page) * PageSize;
        const std::size_t size = std::min<std::size_t>(PageSize, m_ids.size() - first);
        Result<QList<ParticipantRow>> rows =
            ParticipantStore(m_database).rows(std::span(m_ids).subspan(first, size));
        // A failed page is kept empty rather than asked for again on every paint.
        QHash<qint64, ParticipantRow> byId;
        if (rows.ok()) {
            for (ParticipantRow &fetched : std::move(rows).value())
                byId.insert(fetched.participant.id, std::move(fetched));
        } else {
            qCWarning(lcModels) << "cannot read participants:" << rows.error().describe();
        }
        if (m_pageAge.size() >= PagesKept) {
            m_pages.remove(m_pageAge.front());
            m_pageAge.pop_front();
        }
        it = m_pages.insert(page, std::move(byId));
        m_pageAge.push_back(page);
    }
    // Looked up by id: a participant deleted elsewhere since the ids were read leaves a gap
    // in its own row only.
    const auto found = it->constFind(m_ids[std::size_t(row)]);
    return found == it->constEnd() ? nullptr : &*found;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == ParticipantIdRole)
        return m_ids[std::size_t(index.row())];
    if (role == SelectedRole)
        return m_selected.contains(m_ids[std::size_t(index.row())]);
    const ParticipantRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Participant &p = row->participant;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return p.displayName();
    case HonorificRole:
        return p.honorific;
    case GivenNamesRole:
        return p.givenNames;
    case FamilyNameRole:
        return p.familyName;
    case NativeNameRole:
        return p.nativeName;
    case FunctionTitleRole:
        return p.functionTitle;
    case OrganisationRole:
        return p.organisation;
    case RoleRole:
        return p.role;
    case RoleLabelRole:
        return Vocabulary::label(Vocabulary::roles(), p.role);
    case DelegationNameRole:
        return row->delegationName;
    case DelegationCountryRole:
        return row->delegationCountry;
    case FlagRole:
        return Countries::flag(row->delegationCountry);
    case AccreditationStateRole:
        return p.accreditationState;
    case StateLabelRole:
        return Vocabulary::label(Vocabulary::accreditationStates(), p.accreditationState);
    case BadgeNumberRole:
        return p.badgeNumber;
    case EmailRole:
        return p.email;
    case NationalityRole:
        return p.nationality;
    case HasPhotoRole:
        return row->hasPhoto;
    case MaskedDocumentNumberRole:
        return ParticipantStore::maskedDocumentNumber(p.documentNumber);
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipantModel::roleNames() const
{
    return {
        {ParticipantIdRole, "participantId"},
        {DisplayNameRole, "displayName"},
        {HonorificRole, "honorific"},
        {GivenNamesRole, "givenNames"},
        {FamilyNameRole, "familyName"},
        {NativeNameRole, "nativeName"},
        {FunctionTitleRole, "functionTitle"},
        {OrganisationRole, "organisation"},
        {RoleRole, "role"},
        {RoleLabelRole, "roleLabel"},
        {DelegationNameRole, "delegationName"},
        {DelegationCountryRole, "delegationCountry"},
        {FlagRole, "flag"},
        {AccreditationStateRole, "accreditationState"},
        {StateLabelRole, "stateLabel"},
        {BadgeNumberRole, "badgeNumber"},
        {EmailRole, "email"},
        {NationalityRole, "nationality"},
        {HasPhotoRole, "hasPhoto"},
        {MaskedDocumentNumberRole, "maskedDocumentNumber"},
        {SelectedRole, "selected"},
    };
}

QVariantMap ParticipantModel::get(qint64 id) const
{
    Result<Participant> found = ParticipantStore(m_database).get(id);
    if (!found.ok())
        return {};
    const Participant &p = found.value();
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("delegationId"), p.delegationId.value_or(0)},
        {QStringLiteral("honorific"), p.honorific},
        {QStringLiteral("givenNames"), p.givenNames},
        {QStringLiteral("familyName"), p.familyName},
        {QStringLiteral("nativeName"), p.nativeName},
        {QStringLiteral("functionTitle"), p.functionTitle},
        {QStringLiteral("organisation"), p.organisation},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("nationality"), p.nationality},
        {QStringLiteral("documentType"), p.documentType},
        {QStringLiteral("documentNumber"), p.documentNumber},
        {QStringLiteral("documentExpiry"), p.documentExpiry.toString(Qt::ISODate)},
        {QStringLiteral("dietaryNeeds"), p.dietaryNeeds},
        {QStringLiteral("accessNeeds"), p.accessNeeds},
        {QStringLiteral("interpretationLanguage"), p.interpretationLanguage},
        {QStringLiteral("accreditationState"), p.accreditationState},
        {QStringLiteral("stateLabel"),
         Vocabulary::label(Vocabulary::accreditationStates(), p.accreditationState)},
        {QStringLiteral("badgeNumber"), p.badgeNumber},
        {QStringLiteral("displayName"), p.displayName()},
    };
}

Participant ParticipantModel::fromFields(const QVariantMap &fields)
{
    const auto text = [&](const char *key) { return fields.value(QString::fromLatin1(key)).toString(); };
    Participant p;
    p.id = fields.value(QStringLiteral("id")).toLongLong();
    if (const qint64 delegation = fields.value(QStringLiteral("delegationId")).toLongLong(); delegation > 0)
        p.delegationId = delegation;
    p.honorific = text("honorific");
    p.givenNames = text("givenNames");
    p.familyName = text("familyName");
    p.nativeName = text("nativeName");
    p.functionTitle = text("functionTitle");
    p.organisation = text("organisation");
    p.role = text("role");
    p.email = text("email");
    p.phone = text("phone");
    p.nationality = text("nationality");
    p.documentType = text("documentType");
    p.documentNumber = text("documentNumber");
    p.documentExpiry = QDate::fromString(text("documentExpiry").trimmed(), Qt::ISODate);
    p.dietaryNeeds = text("dietaryNeeds");
    p.accessNeeds = text("accessNeeds");
    p.interpretationLanguage = text("interpretationLanguage");
    // The accreditation state and badge are not the form's: a new participant starts nominated.
    return p;
}

QVariantMap ParticipantModel::validate(const QVariantMap &fields) const
{
    const QString expiry = fields.value(QStringLiteral("documentExpiry")).toString().trimmed();
    if (!expiry.isEmpty() && !QDate::fromString(expiry, Qt::ISODate).isValid())
        return toQmlResult(
            Error {QStringLiteral("Write the date as YYYY-MM-DD."), QStringLiteral("documentExpiry"), 0});
    const Participant p = fromFields(fields);
    const ParticipantStore store(m_database);
    if (Status valid = ParticipantStore::validate(p, store.delegationCountry(p.delegationId)); !valid)
        return toQmlResult(valid);
    // The same identity document (and the one head per delegation) at the field, as the user types.
    return toQmlResult(store.crossCheck(p));
}

QVariantList ParticipantModel::warnings(const QVariantMap &fields) const
{
    const Participant p = fromFields(fields);
    QVariantList list;
    const Result<std::optional<EventInfo>> event = EventStore(m_database).load();
    if (p.documentExpiry.isValid() && event.ok() && event.value() && event.value()->lastDay.isValid()
        && p.documentExpiry < event.value()->lastDay) {
        const QLocale english(QLocale::English);
        const QString document = p.documentType.trimmed().isEmpty() ? QStringLiteral("identity document")
                                                                    : p.documentType.trimmed();
        list.append(QVariantMap {
            {QStringLiteral("kind"), QStringLiteral("expiry")},
            {QStringLiteral("field"), QStringLiteral("documentExpiry")},
            {QStringLiteral("message"),
             QStringLiteral("The %1 expires on %2, before the event ends on %3.")
                 .arg(document.left(1).toLower() + document.mid(1),
                      english.toString(p.documentExpiry, QStringLiteral("d MMMM yyyy")),
                      english.toString(event.value()->lastDay, QStringLiteral("d MMMM yyyy")))},
            {QStringLiteral("otherId"), 0},
            {QStringLiteral("otherName"), QString()},
        });
    }
    if (p.familyName.trimmed().isEmpty() && p.email.trimmed().isEmpty())
        return list;
    Result<QList<PossibleDuplicate>> duplicates = ParticipantStore(m_database).possibleDuplicates(p);
    if (duplicates.ok()) {
        for (const PossibleDuplicate &duplicate : duplicates.value()) {
            list.append(QVariantMap {
                {QStringLiteral("kind"), QStringLiteral("duplicate")},
                {QStringLiteral("field"),
                 duplicate.field == u"email" ? QStringLiteral("email") : QStringLiteral("familyName")},
                {QStringLiteral("message"), duplicate.message},
                {QStringLiteral("otherId"), duplicate.id},
                {QStringLiteral("otherName"), duplicate.displayName},
            });
        }
    }
    return list;
}

QString ParticipantModel::maskedDocumentNumber(const QString &number) const
{
    return ParticipantStore::maskedDocumentNumber(number);
}

int ParticipantModel::firstPossibleDuplicate() const
{
    const Result<qint64> found = ParticipantStore(m_database).firstPossibleDuplicate();
    return found.ok() ? int(found.value()) : 0;
}

int ParticipantModel::firstExpiringDocument() const
{
    const Result<std::optional<EventInfo>> event = EventStore(m_database).load();
    if (!event.ok() || !event.value())
        return 0;
    const Result<qint64> found =
        ParticipantStore(m_database).firstDocumentExpiringBefore(event.value()->lastDay);
    return found.ok() ? int(found.value()) : 0;
}

bool ParticipantModel::hasPhoto(qint64 id) const
{
    const Result<QByteArray> photo = PhotoStore(m_database).get(id);
    return photo.ok() && !photo.value().isEmpty();
}

QVariantMap ParticipantModel::setPhoto(qint64 id, const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    return writePhoto(id, [&](const PhotoStore &photos) { return photos.setFromFile(id, path); });
}

QVariantMap ParticipantModel::removePhoto(qint64 id)
{
    return writePhoto(id, [&](const PhotoStore &photos) { return photos.remove(id); });
}

QVariantMap ParticipantModel::writePhoto(qint64 id, const std::function<Status(const PhotoStore &)> &write)
{
    const PhotoStore photos(m_database);
    const QByteArray before = m_history ? photos.get(id).valueOr({}) : QByteArray();
    const Status written = write(photos);
    if (!written.ok() && !isFormError(written.error()))
        Q_EMIT failed(written.error().describe());
    if (!written.ok())
        return toQmlResult(written);
    if (m_history) {
        const Result<Participant> participant = ParticipantStore(m_database).get(id);
        m_history->record(
            Edits::photoChanged(id, before, photos.get(id).valueOr({}),
                                participant.ok() ? participant.value().displayName() : QString()));
    }
    photoWritten();
    return toQmlResult(written);
}

void ParticipantModel::photoWritten()
{
    ++m_photoRevision;
    // The cached pages hold the old hasPhoto: drop them and let the views ask again.
    m_pages.clear();
    m_pageAge.clear();
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {HasPhotoRole});
    Q_EMIT photosChanged();
}

QVariantMap ParticipantModel::save(const QVariantMap &fields)
{
    if (QVariantMap checked = validate(fields); !checked.value(QStringLiteral("ok")).toBool())
        return checked;
    Participant p = fromFields(fields);
    const ParticipantStore store(m_database);
    Status saved;
    if (p.id == 0) {
        Result<qint64> inserted = store.insert(p);
        if (inserted.ok()) {
            p.id = inserted.value();
            if (m_history) {
                if (Result<RowArchive> added =
                        RowArchive::take(m_database.connection(), RowArchive::participantTables(), p.id);
                    added.ok())
                    m_history->record(Edits::recordAdded(Edits::RecordKind::Participant,
                                                         std::move(added).value(), p.displayName()));
            }
        } else {
            saved = inserted.error();
        }
    } else {
        const Result<Participant> before = m_history ? store.get(p.id) : Result<Participant>(Participant());
        saved = store.update(p);
        if (saved.ok() && m_history && before.ok()) {
            if (Result<Participant> after = store.get(p.id); after.ok())
                m_history->record(Edits::participantChanged(before.value(), std::move(after).value()));
        }
    }
    if (!saved.ok() && !isFormError(saved.error()))
        Q_EMIT failed(saved.error().describe());
    QVariantMap result = toQmlResult(saved);
    if (saved.ok()) {
        refresh();
        Q_EMIT participantsWritten();
        result.insert(QStringLiteral("id"), p.id);
    }
    return result;
}

QVariantMap ParticipantModel::remove(qint64 id)
{
    Result<RowArchive> archive = m_history
        ? RowArchive::take(m_database.connection(), RowArchive::participantTables(), id)
        : Result<RowArchive>(RowArchive());
    const Status removed = ParticipantStore(m_database).remove(id);
    if (removed.ok()) {
        if (m_history && archive.ok()) {
            const QString name = archive.value().mainValue(QStringLiteral("given_names")).toString()
                + QLatin1Char(' ')
                + archive.value().mainValue(QStringLiteral("family_name")).toString().toUpper();
            m_history->record(Edits::recordDeleted(Edits::RecordKind::Participant, std::move(archive).value(),
                                                   name.trimmed()));
        }
        refresh();
        Q_EMIT participantsWritten();
    } else {
        Q_EMIT failed(removed.error().describe());
    }
    return toQmlResult(removed);
}

QVariantList ParticipantModel::nextStates(const QString &state) const
{
    QVariantList next;
    for (const QString &code : AccreditationStore::nextStates(state)) {
        next.append(QVariantMap {
            {QStringLiteral("value"), code},
            {QStringLiteral("label"), Vocabulary::label(Vocabulary::accreditationStates(), code)}});
    }
    return next;
}

QVariantMap ParticipantModel::changeState(const QVariantList &ids, const QString &state,
                                          const QString &reason, const QString &actor)
{
    std::vector<qint64> participants;
    participants.reserve(std::size_t(ids.size()));
    for (const QVariant &id : ids)
        participants.push_back(id.toLongLong());
    const Status moved = moveInWorkflow(participants, state, reason, actor);
    if (moved.ok()) {
        refresh();
        Q_EMIT participantsWritten();
    }
    return toQmlResult(moved);
}

Status ParticipantModel::moveInWorkflow(std::span<const qint64> ids, const QString &state,
                                        const QString &reason, const QString &actor)
{
    const AccreditationStore store(m_database);
    Result<QList<AccreditationStanding>> before = m_history
        ? store.standings(ids)
        : Result<QList<AccreditationStanding>>(QList<AccreditationStanding>());
    const Status moved = store.transition(ids, state, actor, reason);
    if (!moved.ok() && !isFormError(moved.error()))
        Q_EMIT failed(moved.error().describe());
    if (moved.ok() && m_history && before.ok()) {
        Result<QList<AccreditationStanding>> after = store.standings(ids);
        const Result<Participant> first = ids.size() == 1 ? ParticipantStore(m_database).get(ids.front())
                                                          : Result<Participant>(Participant());
        if (after.ok()) {
            m_history->record(Edits::accreditationMoved(
                std::move(before).value(), std::move(after).value(),
                Edits::accreditationDescription(state, qsizetype(ids.size()),
                                                first.ok() ? first.value().displayName() : QString()),
                reason));
        }
    }
    return moved;
}

QVariantList ParticipantModel::history(qint64 id) const
{
    Result<QList<AccreditationChange>> changes = AccreditationStore(m_database).history(id);
    if (!changes.ok())
        return {};
    // Times are stored in UTC and shown in the event's zone, always with its name.
    const Result<std::optional<EventInfo>> event = EventStore(m_database).load();
    const QString zoneId = event.ok() && event.value() ? event.value()->timeZone : QStringLiteral("UTC");
    const QTimeZone zone(zoneId.toUtf8());
    const QLocale english(QLocale::English);
    QVariantList list;
    for (const AccreditationChange &change : changes.value()) {
        list.append(QVariantMap {
            {QStringLiteral("from"), Vocabulary::label(Vocabulary::accreditationStates(), change.fromState)},
            {QStringLiteral("to"), Vocabulary::label(Vocabulary::accreditationStates(), change.toState)},
            {QStringLiteral("changedBy"), change.changedBy},
            {QStringLiteral("changedAt"),
             QStringLiteral("%1 (%2)").arg(
                 english.toString(change.changedAt.toTimeZone(zone), QStringLiteral("d MMM yyyy HH:mm")),
                 zoneId)},
            {QStringLiteral("reason"), change.reason},
        });
    }
    return list;
}

int ParticipantModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

void ParticipantModel::toggleSelected(int row)
{
    if (row < 0 || row >= int(m_ids.size()))
        return;
    const qint64 id = m_ids[std::size_t(row)];
    if (!m_selected.remove(id))
        m_selected.insert(id);
    Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
    Q_EMIT selectionChanged();
}

void ParticipantModel::selectRange(int fromRow, int toRow)
{
    const int first = std::max(0, std::min(fromRow, toRow));
    const int last = std::min(int(m_ids.size()) - 1, std::max(fromRow, toRow));
    if (first > last)
        return;
    for (int row = first; row <= last; ++row)
        m_selected.insert(m_ids[std::size_t(row)]);
    Q_EMIT dataChanged(index(first), index(last), {SelectedRole});
    Q_EMIT selectionChanged();
}

void ParticipantModel::selectAllListed()
{
    selectRange(0, int(m_ids.size()) - 1);
}

void ParticipantModel::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {SelectedRole});
    Q_EMIT selectionChanged();
}

QVariantMap ParticipantModel::changeStateOfSelection(const QString &state, const QString &reason,
                                                     const QString &actor)
{
    // In list order, so that badge numbers follow the names as the list shows them.
    std::vector<qint64> ids(m_selected.cbegin(), m_selected.cend());
    if (m_ordering == Ordering::NameOrder)
        ids = inListOrder(std::move(ids));
    const Status moved = moveInWorkflow(ids, state, reason, actor);
    if (moved.ok()) {
        m_selected.clear();
        Q_EMIT selectionChanged();
        refresh();
        Q_EMIT participantsWritten();
    }
    return toQmlResult(moved);
}

} // namespace Plenary
