// SPDX-License-Identifier: MIT
#include "checkindesk.h"

#include "countries.h"
#include "edits.h"
#include "eventsettings.h"
#include "logging.h"
#include "qmlresult.h"
#include "vocabulary.h"

#include <QJSEngine>
#include <QLocale>
#include <QTimeZone>

namespace Plenary {

namespace {

QString stateLabel(const QString &state)
{
    return Vocabulary::label(Vocabulary::accreditationStates(), state);
}

QString verdictCode(CheckInRecord::Verdict verdict)
{
    switch (verdict) {
    case CheckInRecord::Verdict::Ready:
        return QStringLiteral("ready");
    case CheckInRecord::Verdict::AlreadyIn:
        return QStringLiteral("already");
    case CheckInRecord::Verdict::Blocked:
        break;
    }
    return QStringLiteral("blocked");
}

/// The flag of the delegation's country, or of the person's nationality when they belong to
/// no national delegation (staff, press, organisations).
QString flagOf(const CheckInRecord &r)
{
    return Countries::flag(r.delegationCountry.isEmpty() ? r.participant.nationality : r.delegationCountry);
}

} // namespace

CheckInListModel::CheckInListModel(std::function<QString(const QDateTime &)> timeOf, QObject *parent)
    : QAbstractListModel(parent)
    , m_timeOf(std::move(timeOf))
{ }

int CheckInListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant CheckInListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckInRecord &r = m_records.at(index.row());
    const Participant &p = r.participant;
    switch (role) {
    case ParticipantIdRole:
        return p.id;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return p.displayName();
    case NativeNameRole:
        return p.nativeName;
    case DelegationNameRole:
        return r.delegationName;
    case FlagRole:
        return flagOf(r);
    case RoleLabelRole:
        return Vocabulary::label(Vocabulary::roles(), p.role);
    case AccreditationStateRole:
        return p.accreditationState;
    case StateLabelRole:
        return stateLabel(p.accreditationState);
    case BadgeNumberRole:
        return p.badgeNumber;
    case VerdictRole:
        return verdictCode(r.verdict());
    case TimeRole:
        return r.stateChangedAt.isValid() ? m_timeOf(r.stateChangedAt) : QString();
    case ChangedByRole:
        return r.stateChangedBy;
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckInListModel::roleNames() const
{
    return {
        {ParticipantIdRole, "participantId"},
        {DisplayNameRole, "displayName"},
        {NativeNameRole, "nativeName"},
        {DelegationNameRole, "delegationName"},
        {FlagRole, "flag"},
        {RoleLabelRole, "roleLabel"},
        {AccreditationStateRole, "accreditationState"},
        {StateLabelRole, "stateLabel"},
        {BadgeNumberRole, "badgeNumber"},
        {VerdictRole, "verdict"},
        {TimeRole, "time"},
        {ChangedByRole, "changedBy"},
    };
}

void CheckInListModel::setRecords(QList<CheckInRecord> records)
{
    const bool countChanges = records.size() != m_records.size();
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

CheckInDesk::CheckInDesk(const Database &database, const EventSettings *event, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_event(event)
{
    const auto timeOf = [this](const QDateTime &utc) { return timeLabel(utc); };
    m_candidates = new CheckInListModel(timeOf, this);
    m_recent = new CheckInListModel(timeOf, this);
    refreshRecent();
}

void CheckInDesk::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    unpin();
    runLookup();
    Q_EMIT queryChanged();
}

void CheckInDesk::runLookup()
{
    QList<CheckInRecord> found;
    m_exactBadge = false;
    m_moreCandidates = false;
    m_notFound.clear();
    if (!m_query.trimmed().isEmpty()) {
        Result<CheckInLookup> lookup = CheckInStore(m_database).lookup(m_query);
        if (lookup.ok()) {
            m_exactBadge = lookup.value().byBadge;
            m_moreCandidates = lookup.value().more;
            found = std::move(lookup).value().candidates;
        } else {
            Q_EMIT failed(lookup.error().describe());
        }
        if (found.isEmpty()) {
            const std::optional<QString> badge = BadgeCode::parse(m_query);
            m_notFound = badge ? tr("No participant holds badge %1.").arg(*badge)
                               : tr("Nobody's name starts with “%1”.").arg(m_query.trimmed());
        }
    }
    m_candidates->setRecords(std::move(found));
    m_currentIndex = m_candidates->count() > 0 ? 0 : -1;
    Q_EMIT resultsChanged();
    Q_EMIT currentChanged();
}

void CheckInDesk::refreshRecent()
{
    Result<QList<CheckInRecord>> recent = CheckInStore(m_database).recentCheckIns(RecentShown);
    if (!recent.ok()) {
        Q_EMIT failed(recent.error().describe());
        return;
    }
    m_recent->setRecords(std::move(recent).value());
}

void CheckInDesk::refresh()
{
    const int index = m_currentIndex;
    if (m_pinned) {
        if (Result<CheckInRecord> again = CheckInStore(m_database).record(m_pinned->participant.id);
            again.ok()) {
            m_pinned = again.value();
            // The check-in made here was undone: the card says what the person's state says.
            if (m_pinned->participant.accreditationState != u"checked_in")
                m_pinnedJustCheckedIn = false;
        } else {
            unpin();
        }
    }
    if (!m_pinned) {
        runLookup();
        if (index >= 0 && index < m_candidates->count())
            m_currentIndex = index;
    }
    refreshRecent();
    Q_EMIT currentChanged();
}

void CheckInDesk::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_candidates->count())
        return;
    if (index == m_currentIndex && !m_pinned)
        return;
    unpin();
    m_currentIndex = index;
    Q_EMIT currentChanged();
}

QString CheckInDesk::timeLabel(const QDateTime &utc) const
{
    const QString zoneId =
        m_event && !m_event->timeZone().isEmpty() ? m_event->timeZone() : QStringLiteral("UTC");
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const bool today = local.date() == QDateTime::currentDateTimeUtc().toTimeZone(local.timeZone()).date();
    const QLocale english(QLocale::English);
    return QStringLiteral("%1 (%2)").arg(
        english.toString(local, today ? QStringLiteral("HH:mm") : QStringLiteral("d MMM yyyy, HH:mm")),
        zoneId);
}

QVariantMap CheckInDesk::card(const CheckInRecord &r, const QString &verdict) const
{
    const Participant &p = r.participant;
    QString headline;
    QString detail;
    const QString by = r.stateChangedBy.isEmpty() ? QString() : tr(" by %1").arg(r.stateChangedBy);
    if (verdict == u"done") {
        headline = tr("Checked in");
        detail = tr("At %1%2.").arg(timeLabel(p.checkedInAt), by);
    } else if (verdict == u"already") {
        headline = tr("Already checked in");
        detail = p.checkedInAt.isValid()
            ? tr("Checked in at %1%2. Do not hand out a second badge.").arg(timeLabel(p.checkedInAt), by)
            : tr("Checked in before. Do not hand out a second badge.");
    } else if (verdict == u"ready") {
        headline = tr("Ready to check in");
        detail = p.accreditationState == u"approved"
            ? tr("Approved; the badge is printed at the desk and recorded when checking in.")
            : tr("Badge %1 printed: hand it over.").arg(p.badgeNumber);
    } else if (p.accreditationState == u"rejected") {
        headline = tr("Blocked: accreditation rejected");
        detail =
            r.stateReason.isEmpty() ? tr("Rejected%1.").arg(by) : tr("Rejected%1: %2").arg(by, r.stateReason);
    } else if (p.accreditationState == u"withdrawn") {
        headline = tr("Blocked: nomination withdrawn");
        detail = r.stateChangedAt.isValid() ? tr("Withdrawn on %1%2.").arg(timeLabel(r.stateChangedAt), by)
                                            : tr("The nomination was withdrawn.");
    } else {
        headline = tr("Blocked: not approved");
        detail = tr("Accreditation is %1: send the person to the accreditation office.")
                     .arg(stateLabel(p.accreditationState).toLower());
    }
    const QString initials =
        QString(p.givenNames.trimmed().left(1) + p.familyName.trimmed().left(1)).toUpper();
    return {
        {QStringLiteral("participantId"), p.id},
        {QStringLiteral("displayName"), p.displayName()},
        {QStringLiteral("nativeName"), p.nativeName},
        {QStringLiteral("delegationName"), r.delegationName},
        {QStringLiteral("flag"), flagOf(r)},
        {QStringLiteral("roleLabel"), Vocabulary::label(Vocabulary::roles(), p.role)},
        {QStringLiteral("state"), p.accreditationState},
        {QStringLiteral("stateLabel"), stateLabel(p.accreditationState)},
        {QStringLiteral("badgeNumber"), p.badgeNumber},
        {QStringLiteral("initials"), initials},
        {QStringLiteral("hasPhoto"), r.hasPhoto},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("headline"), headline},
        {QStringLiteral("detail"), detail},
    };
}

QVariantMap CheckInDesk::current() const
{
    if (m_pinned)
        return card(*m_pinned,
                    m_pinnedJustCheckedIn ? QStringLiteral("done") : verdictCode(m_pinned->verdict()));
    if (m_currentIndex < 0 || m_currentIndex >= m_candidates->count())
        return {};
    const CheckInRecord &r = m_candidates->records().at(m_currentIndex);
    return card(r, verdictCode(r.verdict()));
}

QVariantMap CheckInDesk::checkInCurrent(const QString &actor)
{
    const QVariantMap shown = current();
    if (shown.isEmpty())
        return toQmlResult(Error {tr("Nobody is shown to check in."), QStringLiteral("query"), 0});
    const QString name = shown.value(QStringLiteral("displayName")).toString();
    if (m_pinnedJustCheckedIn)
        return toQmlResult(Error {tr("%1 has just been checked in.").arg(name), QStringLiteral("state"), 0});
    const qint64 id = shown.value(QStringLiteral("participantId")).toLongLong();
    return toQmlResult(moveAndPin(
        id, [&] { return CheckInStore(m_database).checkIn(id, actor); },
        Edits::accreditationDescription(QStringLiteral("checked_in"), 1, name), {}, true));
}

QVariantMap CheckInDesk::revertCheckInOfCurrent(const QString &reason, const QString &actor)
{
    const QVariantMap shown = current();
    if (shown.isEmpty())
        return toQmlResult(Error {tr("Nobody is shown."), QStringLiteral("query"), 0});
    const qint64 id = shown.value(QStringLiteral("participantId")).toLongLong();
    return toQmlResult(moveAndPin(
        id, [&] { return CheckInStore(m_database).revertCheckIn(id, actor, reason); },
        tr("taking back the check-in of %1").arg(shown.value(QStringLiteral("displayName")).toString()),
        reason, false));
}

Status CheckInDesk::moveAndPin(qint64 id, const std::function<Result<CheckInRecord>()> &move,
                               const QString &description, const QString &reason, bool justCheckedIn)
{
    const AccreditationStore workflow(m_database);
    const qint64 ids[] = {id};
    Result<QList<AccreditationStanding>> before =
        m_history ? workflow.standings(ids) : Result(QList<AccreditationStanding>());
    Result<CheckInRecord> done = move();
    if (!done.ok()) {
        if (!isFormError(done.error()))
            Q_EMIT failed(done.error().describe());
        refresh();
        return done.error();
    }
    if (m_history && before.ok()) {
        if (Result<QList<AccreditationStanding>> after = workflow.standings(ids); after.ok())
            m_history->record(Edits::accreditationMoved(std::move(before).value(), std::move(after).value(),
                                                        description, reason));
    }
    // The card keeps the person with a confirmation; the field is empty for the next one.
    m_query.clear();
    m_candidates->setRecords({});
    m_currentIndex = -1;
    m_exactBadge = false;
    m_moreCandidates = false;
    m_notFound.clear();
    m_pinned = std::move(done).value();
    m_pinnedJustCheckedIn = justCheckedIn;
    refreshRecent();
    Q_EMIT queryChanged();
    Q_EMIT resultsChanged();
    Q_EMIT currentChanged();
    Q_EMIT participantMoved(id);
    return {};
}

void CheckInDesk::showRecent(int row)
{
    if (row < 0 || row >= m_recent->count())
        return;
    m_pinned = m_recent->records().at(row);
    m_pinnedJustCheckedIn = false;
    Q_EMIT currentChanged();
}

void CheckInDesk::showParticipant(qint64 participantId)
{
    const QList<CheckInRecord> &listed = m_candidates->records();
    for (qsizetype i = 0; i < listed.size(); ++i) {
        if (listed.at(i).participant.id == participantId) {
            setCurrentIndex(int(i));
            return;
        }
    }
    Result<CheckInRecord> found = CheckInStore(m_database).record(participantId);
    if (!found.ok()) {
        Q_EMIT failed(found.error().describe());
        return;
    }
    m_pinned = std::move(found).value();
    m_pinnedJustCheckedIn = false;
    Q_EMIT currentChanged();
}

void CheckInDesk::unpin()
{
    m_pinned.reset();
    m_pinnedJustCheckedIn = false;
}

void CheckInDesk::clear()
{
    unpin();
    if (m_query.isEmpty()) {
        Q_EMIT currentChanged();
        return;
    }
    setQuery(QString());
}

bool CheckInDesk::photosAvailable() const
{
    // The provider is installed by the composition root when photos are supported; asking
    // the engine keeps the page free of "invalid image provider" warnings without it.
    const auto *engine = qobject_cast<const QQmlEngine *>(qjsEngine(this));
    return engine && engine->imageProvider(QStringLiteral("photo")) != nullptr;
}

} // namespace Plenary
