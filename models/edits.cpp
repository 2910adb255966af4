// SPDX-License-Identifier: MIT
#include "edits.h"

#include "badgequotas.h"
#include "delegationstore.h"
#include "participantstore.h"
#include "photostore.h"
#include "vocabulary.h"

#include <QCoreApplication>

namespace Plenary::Edits {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Plenary::Edits", text);
}

Error changedSince()
{
    return Error {tr("it was changed since (at another desk?), and undoing would overwrite that."), {}, 0};
}

/// Runs `write` in one transaction.
Status inTransaction(const Database &database, const std::function<Status(const QSqlDatabase &)> &write)
{
    Transaction transaction(database);
    if (!transaction.ok())
        return transaction.error();
    if (Status written = write(transaction.connection()); !written)
        return written;
    return transaction.commit();
}

/// The workflow's fields are not the form's: an edit leaves them as stored, and they are not
/// compared when checking that a record still stands as an edit left it.
void keepWorkflow(Participant &record, const Participant &stored)
{
    record.accreditationState = stored.accreditationState;
    record.badgeNumber = stored.badgeNumber;
    record.checkedInAt = stored.checkedInAt;
}

void keepWorkflow(Delegation &, const Delegation &)
{ }

/// An edit that replaces one stored value by another: undo and redo are the same write in
/// opposite directions, each refused unless the stored value is still the expected one.
template<typename Value>
class Replacement : public Edit
{
public:
    Replacement(QString description, Value before, Value after)
        : Edit(std::move(description))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    Status undo(const Database &database, const QString &) const override
    {
        return replace(database, m_after, m_before);
    }
    Status redo(const Database &database, const QString &) const override
    {
        return replace(database, m_before, m_after);
    }

protected:
    [[nodiscard]] virtual Status replace(const Database &database, const Value &expected,
                                         const Value &wanted) const = 0;

private:
    Value m_before;
    Value m_after;
};

/// The form's changes to one record (a Participant or a Delegation, through its store).
template<typename Record, typename Store>
class RecordChanged final : public Replacement<Record>
{
public:
    using Replacement<Record>::Replacement;

private:
    Status replace(const Database &database, const Record &expected, const Record &wanted) const override
    {
        return inTransaction(database, [&](const QSqlDatabase &) -> Status {
            const Store store(database);
            Result<Record> current = store.get(expected.id);
            if (!current.ok())
                return current.error();
            Record comparable = expected;
            keepWorkflow(comparable, current.value());
            if (!(current.value() == comparable))
                return changedSince();
            return store.update(wanted);
        });
    }
};

/// A record that exists after one direction and not after the other.
class RecordExistence final : public Edit
{
public:
    RecordExistence(QString description, RecordKind kind, RowArchive archive, bool added)
        : Edit(std::move(description))
        , m_kind(kind)
        , m_archive(std::move(archive))
        , m_added(added)
    { }

    Status undo(const Database &database, const QString &) const override
    {
        return m_added ? remove(database) : restore(database);
    }
    Status redo(const Database &database, const QString &) const override
    {
        return m_added ? restore(database) : remove(database);
    }

private:
    Status remove(const Database &database) const
    {
        return inTransaction(database, [&](const QSqlDatabase &db) -> Status {
            Result<bool> unchanged = m_archive.isCurrent(db);
            if (!unchanged.ok())
                return unchanged.error();
            if (!unchanged.value())
                return changedSince();
            return m_kind == RecordKind::Participant ? ParticipantStore(database).remove(m_archive.id())
                                                     : DelegationStore(database).remove(m_archive.id());
        });
    }

    Status restore(const Database &database) const
    {
        return inTransaction(database, [&](const QSqlDatabase &db) -> Status {
            if (Status restored = m_archive.restore(db); !restored)
                return Error {tr("it cannot be put back (%1).").arg(restored.error().message), {}, 0};
            // A restored badge holder uses a badge of its quota again.
            return BadgeQuotas::verifyAll(db);
        });
    }

    RecordKind m_kind;
    RowArchive m_archive;
    bool m_added;
};

class AccreditationMoved final : public Edit
{
public:
    AccreditationMoved(QList<AccreditationStanding> before, QList<AccreditationStanding> after,
                       const QString &description, QString reason)
        : Edit(description)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_reason(std::move(reason))
    { }

    Status undo(const Database &database, const QString &actor) const override
    {
        return AccreditationStore(database).restore(m_after, m_before, actor, tr("Undone"));
    }
    Status redo(const Database &database, const QString &actor) const override
    {
        return AccreditationStore(database).restore(m_before, m_after, actor,
                                                    m_reason.isEmpty() ? tr("Redone") : m_reason);
    }

private:
    QList<AccreditationStanding> m_before;
    QList<AccreditationStanding> m_after;
    QString m_reason;
};

class PhotoChanged final : public Replacement<QByteArray>
{
public:
    PhotoChanged(qint64 participantId, QByteArray before, QByteArray after, const QString &name)
        : Replacement(tr("photo of %1").arg(name), std::move(before), std::move(after))
        , m_participantId(participantId)
    { }

private:
    Status replace(const Database &database, const QByteArray &expected,
                   const QByteArray &wanted) const override
    {
        return inTransaction(database, [&](const QSqlDatabase &) -> Status {
            const PhotoStore photos(database);
            Result<QByteArray> current = photos.get(m_participantId);
            if (!current.ok())
                return current.error();
            if (current.value() != expected)
                return changedSince();
            return wanted.isEmpty() ? photos.remove(m_participantId) : photos.set(m_participantId, wanted);
        });
    }

    qint64 m_participantId;
};

QString recordDescription(const char *participant, const char *delegation, RecordKind kind,
                          const QString &name)
{
    return tr(kind == RecordKind::Participant ? participant : delegation).arg(name);
}

} // namespace

std::unique_ptr<Edit> participantChanged(Participant before, Participant after)
{
    QString description = tr("changes to %1").arg(after.displayName());
    return std::make_unique<RecordChanged<Participant, ParticipantStore>>(
        std::move(description), std::move(before), std::move(after));
}

std::unique_ptr<Edit> delegationChanged(Delegation before, Delegation after)
{
    QString description = tr("changes to the delegation %1").arg(after.name);
    return std::make_unique<RecordChanged<Delegation, DelegationStore>>(std::move(description),
                                                                        std::move(before), std::move(after));
}

std::unique_ptr<Edit> recordAdded(RecordKind kind, RowArchive archive, const QString &name)
{
    return std::make_unique<RecordExistence>(
        recordDescription(QT_TR_NOOP("new participant %1"), QT_TR_NOOP("new delegation %1"), kind, name),
        kind, std::move(archive), true);
}

std::unique_ptr<Edit> recordDeleted(RecordKind kind, RowArchive archive, const QString &name)
{
    return std::make_unique<RecordExistence>(recordDescription(QT_TR_NOOP("deletion of %1"),
                                                               QT_TR_NOOP("deletion of the delegation %1"),
                                                               kind, name),
                                             kind, std::move(archive), false);
}

std::unique_ptr<Edit> accreditationMoved(QList<AccreditationStanding> before,
                                         QList<AccreditationStanding> after, const QString &description,
                                         const QString &reason)
{
    return std::make_unique<AccreditationMoved>(std::move(before), std::move(after), description, reason);
}

QString accreditationDescription(const QString &state, qsizetype count, const QString &name)
{
    const QString who = count == 1 ? name : tr("%1 participants").arg(count);
    if (state == u"approved")
        return tr("approval of %1").arg(who);
    if (state == u"rejected")
        return tr("rejection of %1").arg(who);
    if (state == u"withdrawn")
        return tr("withdrawal of %1").arg(who);
    if (state == u"checked_in")
        return tr("check-in of %1").arg(who);
    return tr("“%1” for %2").arg(Vocabulary::label(Vocabulary::accreditationStates(), state), who);
}

std::unique_ptr<Edit> photoChanged(qint64 participantId, QByteArray before, QByteArray after,
                                   const QString &name)
{
    return std::make_unique<PhotoChanged>(participantId, std::move(before), std::move(after), name);
}

} // namespace Plenary::Edits
