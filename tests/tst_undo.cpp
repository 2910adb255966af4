// SPDX-License-Identifier: MIT
// Undo and redo of what the window changes: participant and delegation edits, additions and
// deletions (brought back with the same id, history and photo), photos, single and bulk
// workflow moves, check-ins and their correction at the desk; refusals when a record changed
// since, which leave the database and the stack as they were.

#include "accreditationstore.h"
#include "checkindesk.h"
#include "checkinstore.h"
#include "delegationmodel.h"
#include "delegationstore.h"
#include "edithistory.h"
#include "participantmodel.h"
#include "participantstore.h"
#include "photostore.h"
#include "testsupport.h"
#include "workspace.h"

#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Plenary;

namespace {

const QString kDesk = QStringLiteral("Registration desk 2");

QVariantMap personFields(const QString &given, const QString &family, qint64 delegationId = 0)
{
    return {{QStringLiteral("givenNames"), given},
            {QStringLiteral("familyName"), family},
            {QStringLiteral("role"), QStringLiteral("delegate")},
            {QStringLiteral("delegationId"), delegationId}};
}

qint64 idOf(const QVariantMap &result)
{
    return result.value(QStringLiteral("ok")).toBool() ? result.value(QStringLiteral("id")).toLongLong() : -1;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString stateOf(const Database &db, qint64 id)
{
    const Result<Participant> p = ParticipantStore(db).get(id);
    return p.ok() ? p.value().accreditationState : QStringLiteral("(missing)");
}

bool ok(const QVariantMap &result)
{
    if (!result.value(QStringLiteral("ok")).toBool())
        qWarning() << result.value(QStringLiteral("message")).toString();
    return result.value(QStringLiteral("ok")).toBool();
}

QByteArray somePhoto(Qt::GlobalColor colour)
{
    QImage image(350, 450, QImage::Format_RGB32);
    image.fill(colour);
    return PhotoStore::fromImage(image).valueOr({});
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void participantEditUndoAndRedo()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        const qint64 id =
            idOf(participants->save(personFields(QStringLiteral("Anna"), QStringLiteral("Müller"))));
        QVERIFY(id > 0);
        QVariantMap edited = participants->get(id);
        edited.insert(QStringLiteral("functionTitle"), QStringLiteral("Director-General"));
        edited.insert(QStringLiteral("familyName"), QStringLiteral("Müller-Lüdenscheidt"));
        QVERIFY(ok(participants->save(edited)));
        QCOMPARE(history->undoText(), QStringLiteral("changes to Anna MÜLLER-LÜDENSCHEIDT"));

        QSignalSpy applied(history, &EditHistory::applied);
        QVERIFY(ok(history->undo(kDesk)));
        QCOMPARE(applied.count(), 1);
        Participant p = ParticipantStore(*db).get(id).value();
        QCOMPARE(p.familyName, QStringLiteral("Müller"));
        QCOMPARE(p.functionTitle, QString());
        // The search index follows: the old name is found again, the new one no longer.
        participants->setSearchText(QStringLiteral("ludenscheidt"));
        QCOMPARE(participants->count(), 0);
        participants->setSearchText(QStringLiteral("muller"));
        QCOMPARE(participants->count(), 1);

        QVERIFY(history->canRedo());
        QVERIFY(ok(history->redo(kDesk)));
        p = ParticipantStore(*db).get(id).value();
        QCOMPARE(p.familyName, QStringLiteral("Müller-Lüdenscheidt"));
        QCOMPARE(p.functionTitle, QStringLiteral("Director-General"));

        // Undo again, then the addition too: the participant is gone; redo brings the same id.
        QVERIFY(ok(history->undo(kDesk)));
        QCOMPARE(history->undoText(), QStringLiteral("new participant Anna MÜLLER"));
        QVERIFY(ok(history->undo(kDesk)));
        QVERIFY(!ParticipantStore(*db).get(id).ok());
        QVERIFY(!history->canUndo());
        QVERIFY(ok(history->redo(kDesk)));
        QCOMPARE(ParticipantStore(*db).get(id).value().familyName, QStringLiteral("Müller"));
    }

    void undoRefusedWhenChangedSince()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        const qint64 id = idOf(participants->save(personFields(QStringLiteral("Li"), QStringLiteral("Wei"))));
        QVariantMap edited = participants->get(id);
        edited.insert(QStringLiteral("email"), QStringLiteral("li.wei@example.org"));
        QVERIFY(ok(participants->save(edited)));

        // Another desk changes the same record behind this window's back.
        Participant other = ParticipantStore(*db).get(id).value();
        other.email = QStringLiteral("wei.li@example.org");
        QVERIFY(ParticipantStore(*db).update(other).ok());

        QSignalSpy failed(history, &EditHistory::failed);
        const QVariantMap undone = history->undo(kDesk);
        QVERIFY(!undone.value(QStringLiteral("ok")).toBool());
        QVERIFY2(undone.value(QStringLiteral("message")).toString().contains(QStringLiteral("changed since")),
                 qPrintable(undone.value(QStringLiteral("message")).toString()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(ParticipantStore(*db).get(id).value().email, QStringLiteral("wei.li@example.org"));
        // The stack is as it was: the same undo is offered, nothing to redo.
        QVERIFY(history->canUndo());
        QVERIFY(!history->canRedo());
        QCOMPARE(history->undoText(), QStringLiteral("changes to Li WEI"));
    }

    void deletionUndoneWithHistoryAndPhoto()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        const qint64 id =
            idOf(participants->save(personFields(QStringLiteral("Aigerim"), QStringLiteral("Nurlanovna"))));
        QVERIFY(ok(participants->changeState({id}, QStringLiteral("documents_complete"), {}, kDesk)));
        QVERIFY(ok(participants->changeState({id}, QStringLiteral("approved"), {}, kDesk)));
        const QByteArray photo = somePhoto(Qt::darkCyan);
        QVERIFY(PhotoStore(*db).set(id, photo).ok());
        const Participant before = ParticipantStore(*db).get(id).value();
        QVERIFY(!before.badgeNumber.isEmpty());

        QVERIFY(ok(participants->remove(id)));
        QCOMPARE(history->undoText(), QStringLiteral("deletion of Aigerim NURLANOVNA"));
        QVERIFY(!ParticipantStore(*db).get(id).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM accreditation_change")), 0);

        QVERIFY(ok(history->undo(kDesk)));
        const Participant after = ParticipantStore(*db).get(id).value();
        QCOMPARE(after, before);
        QCOMPARE(after.badgeNumber, before.badgeNumber);
        QCOMPARE(AccreditationStore(*db).history(id).value().size(), 2);
        QCOMPARE(PhotoStore(*db).get(id).value(), photo);
        participants->setSearchText(QStringLiteral("nurlan"));
        QCOMPARE(participants->count(), 1);

        // Redo deletes it again; a second undo brings it back again.
        QVERIFY(ok(history->redo(kDesk)));
        QVERIFY(!ParticipantStore(*db).get(id).ok());
        QVERIFY(ok(history->undo(kDesk)));
        QCOMPARE(ParticipantStore(*db).get(id).value(), before);
    }

    void bulkMoveUndoAndRedo()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        QVariantList ids;
        for (const QString &family :
             {QStringLiteral("Adeyemi"), QStringLiteral("Bauer"), QStringLiteral("Costa")}) {
            const qint64 id = idOf(participants->save(personFields(QStringLiteral("Sam"), family)));
            ids.append(id);
        }
        QVERIFY(ok(participants->changeState(ids, QStringLiteral("documents_complete"), {}, kDesk)));
        participants->selectAllListed();
        QVERIFY(ok(participants->changeStateOfSelection(QStringLiteral("approved"), {}, kDesk)));
        QCOMPARE(history->undoText(), QStringLiteral("approval of 3 participants"));
        QStringList badges;
        for (const QVariant &id : ids)
            badges.append(ParticipantStore(*db).get(id.toLongLong()).value().badgeNumber);
        QCOMPARE(
            badges,
            (QStringList {QStringLiteral("000001"), QStringLiteral("000002"), QStringLiteral("000003")}));
        const qint64 historyBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM accreditation_change"));

        QVERIFY(ok(history->undo(kDesk)));
        for (const QVariant &id : ids) {
            const Participant p = ParticipantStore(*db).get(id.toLongLong()).value();
            QCOMPARE(p.accreditationState, QStringLiteral("documents_complete"));
            QCOMPARE(p.badgeNumber, QString());
        }
        // The undo is itself in each history, under the desk user.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM accreditation_change")), historyBefore + 3);
        const QList<AccreditationChange> changes =
            AccreditationStore(*db).history(ids.first().toLongLong()).value();
        QCOMPARE(changes.last().toState, QStringLiteral("documents_complete"));
        QCOMPARE(changes.last().changedBy, kDesk);
        QCOMPARE(changes.last().reason, QStringLiteral("Undone"));

        // Redo gives back the same badge numbers: a badge number is never given to another.
        QVERIFY(ok(history->redo(kDesk)));
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(ParticipantStore(*db).get(ids.at(i).toLongLong()).value().badgeNumber, badges.at(i));
    }

    void redoRefusedOverQuota()
    {
        TestDatabase db;
        Workspace workspace(*db);
        Delegation d;
        d.countryCode = QStringLiteral("PT");
        d.name = QStringLiteral("Portugal");
        d.badgeQuotas.insert(QStringLiteral("delegate"), 1);
        const qint64 delegation = DelegationStore(*db).insert(d).value();
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        const qint64 first = idOf(
            participants->save(personFields(QStringLiteral("Rui"), QStringLiteral("Alves"), delegation)));
        const qint64 second = idOf(
            participants->save(personFields(QStringLiteral("Ana"), QStringLiteral("Braga"), delegation)));
        QVERIFY(
            ok(participants->changeState({first, second}, QStringLiteral("documents_complete"), {}, kDesk)));
        QVERIFY(ok(participants->changeState({first}, QStringLiteral("approved"), {}, kDesk)));
        QVERIFY(ok(history->undo(kDesk)));
        // Meanwhile the one badge goes to the other delegate (outside this window's history).
        const qint64 secondOnly[] = {second};
        QVERIFY(AccreditationStore(*db).transition(secondOnly, QStringLiteral("approved"), kDesk).ok());

        const QVariantMap redone = history->redo(kDesk);
        QVERIFY(!redone.value(QStringLiteral("ok")).toBool());
        QVERIFY2(redone.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Portugal may hold 1")),
                 qPrintable(redone.value(QStringLiteral("message")).toString()));
        QCOMPARE(stateOf(*db, first), QStringLiteral("documents_complete"));
        QVERIFY(history->canRedo());
    }

    void checkInUndoneAndCorrected()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        CheckInDesk *desk = workspace.checkIn();
        const qint64 id =
            idOf(participants->save(personFields(QStringLiteral("Kofi"), QStringLiteral("Mensah"))));
        QVERIFY(ok(participants->changeState({id}, QStringLiteral("documents_complete"), {}, kDesk)));
        QVERIFY(ok(participants->changeState({id}, QStringLiteral("approved"), {}, kDesk)));
        const QString badge = ParticipantStore(*db).get(id).value().badgeNumber;

        desk->setQuery(badge);
        QVERIFY(ok(desk->checkInCurrent(kDesk)));
        QCOMPARE(stateOf(*db, id), QStringLiteral("checked_in"));
        QCOMPARE(history->undoText(), QStringLiteral("check-in of Kofi MENSAH"));
        // Undo puts the person back where the desk found them: approved, badge kept, no time.
        QVERIFY(ok(history->undo(kDesk)));
        Participant p = ParticipantStore(*db).get(id).value();
        QCOMPARE(p.accreditationState, QStringLiteral("approved"));
        QCOMPARE(p.badgeNumber, badge);
        QVERIFY(!p.checkedInAt.isValid());
        // The card and the latest check-ins follow: an undone check-in is no check-in.
        QCOMPARE(desk->current().value(QStringLiteral("verdict")).toString(), QStringLiteral("ready"));
        QCOMPARE(desk->recent()->count(), 0);
        QVERIFY(ok(history->redo(kDesk)));
        QCOMPARE(desk->recent()->count(), 1);
        QCOMPARE(stateOf(*db, id), QStringLiteral("checked_in"));

        // Later, the check-in turns out to be a mistake: taken back with a reason.
        desk->setQuery(badge);
        QCOMPARE(desk->current().value(QStringLiteral("verdict")).toString(), QStringLiteral("already"));
        const QVariantMap noReason = desk->revertCheckInOfCurrent(QStringLiteral("  "), kDesk);
        QCOMPARE(noReason.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        QCOMPARE(stateOf(*db, id), QStringLiteral("checked_in"));
        QVERIFY(ok(desk->revertCheckInOfCurrent(QStringLiteral("badge given to his colleague"), kDesk)));
        p = ParticipantStore(*db).get(id).value();
        QCOMPARE(p.accreditationState, QStringLiteral("badge_printed"));
        QVERIFY(!p.checkedInAt.isValid());
        const AccreditationChange last = AccreditationStore(*db).history(id).value().last();
        QCOMPARE(last.fromState, QStringLiteral("checked_in"));
        QCOMPARE(last.reason, QStringLiteral("Check-in taken back: badge given to his colleague"));
        QCOMPARE(desk->current().value(QStringLiteral("verdict")).toString(), QStringLiteral("ready"));
        // Taking back what is not a check-in is refused.
        QCOMPARE(CheckInStore(*db).revertCheckIn(id, kDesk, QStringLiteral("again")).error().field,
                 QStringLiteral("state"));
        // The correction is undoable like any other move.
        QVERIFY(ok(history->undo(kDesk)));
        QCOMPARE(stateOf(*db, id), QStringLiteral("checked_in"));
    }

    void delegationEditsUndone()
    {
        TestDatabase db;
        Workspace workspace(*db);
        DelegationModel *delegations = workspace.delegations();
        EditHistory *history = workspace.history();
        QVariantMap fields {{QStringLiteral("kind"), QStringLiteral("member_state")},
                            {QStringLiteral("countryCode"), QStringLiteral("GH")},
                            {QStringLiteral("name"), QStringLiteral("Ghana")},
                            {QStringLiteral("status"), QStringLiteral("registered")},
                            {QStringLiteral("quotas"), QVariantMap {{QStringLiteral("delegate"), 4}}}};
        const QVariantMap created = delegations->save(fields);
        const qint64 id = idOf(created);
        QVERIFY(id > 0);
        fields.insert(QStringLiteral("id"), id);
        fields.insert(QStringLiteral("hotel"), QStringLiteral("Labadi Beach Hotel"));
        fields.insert(QStringLiteral("quotas"), QVariantMap {{QStringLiteral("delegate"), 6}});
        QVERIFY(ok(delegations->save(fields)));
        QCOMPARE(history->undoText(), QStringLiteral("changes to the delegation Ghana"));

        QVERIFY(ok(history->undo(kDesk)));
        Delegation d = DelegationStore(*db).get(id).value();
        QCOMPARE(d.hotel, QString());
        QCOMPARE(d.badgeQuotas.value(QStringLiteral("delegate")), 4);
        QVERIFY(ok(history->redo(kDesk)));
        QCOMPARE(DelegationStore(*db).get(id).value().hotel, QStringLiteral("Labadi Beach Hotel"));

        QVERIFY(ok(delegations->remove(id)));
        QVERIFY(!DelegationStore(*db).get(id).ok());
        QVERIFY(ok(history->undo(kDesk)));
        d = DelegationStore(*db).get(id).value();
        QCOMPARE(d.name, QStringLiteral("Ghana"));
        QCOMPARE(d.badgeQuotas.value(QStringLiteral("delegate")), 6);

        // Undoing the creation of a delegation that has members since is refused.
        QVERIFY(ok(history->undo(kDesk))); // the hotel
        QVERIFY(idOf(workspace.participants()->save(
                    personFields(QStringLiteral("Ama"), QStringLiteral("Owusu"), id)))
                > 0);
        QVERIFY(ok(history->undo(kDesk))); // the new member
        QVERIFY(idOf(workspace.participants()->save(
                    personFields(QStringLiteral("Yaw"), QStringLiteral("Boateng"), id)))
                > 0);
        QCOMPARE(history->undoText(), QStringLiteral("new participant Yaw BOATENG"));
    }

    void photoChangeUndone()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        const qint64 id =
            idOf(participants->save(personFields(QStringLiteral("Mei"), QStringLiteral("Tanaka"))));
        const QByteArray first = somePhoto(Qt::darkRed);
        QVERIFY(PhotoStore(*db).set(id, first).ok());
        QVERIFY(ok(participants->removePhoto(id)));
        QCOMPARE(history->undoText(), QStringLiteral("photo of Mei TANAKA"));
        QVERIFY(!participants->hasPhoto(id));
        QVERIFY(ok(history->undo(kDesk)));
        QCOMPARE(PhotoStore(*db).get(id).value(), first);
        QVERIFY(ok(history->redo(kDesk)));
        QVERIFY(!participants->hasPhoto(id));
    }

    void newEditForgetsRedoAndLimitHolds()
    {
        TestDatabase db;
        Workspace workspace(*db);
        ParticipantModel *participants = workspace.participants();
        EditHistory *history = workspace.history();
        QVERIFY(idOf(participants->save(personFields(QStringLiteral("Olu"), QStringLiteral("Bello")))) > 0);
        QVERIFY(ok(history->undo(kDesk)));
        QVERIFY(history->canRedo());
        QVERIFY(idOf(participants->save(personFields(QStringLiteral("Ife"), QStringLiteral("Bello")))) > 0);
        QVERIFY(!history->canRedo());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM participant WHERE given_names = 'Olu'")),
                 0);

        for (std::size_t i = 0; i < EditHistory::Limit + 5; ++i)
            QVERIFY(
                idOf(participants->save(personFields(QStringLiteral("P%1").arg(i), QStringLiteral("Limit"))))
                > 0);
        std::size_t undone = 0;
        while (history->canUndo()) {
            QVERIFY(ok(history->undo(kDesk)));
            ++undone;
        }
        QCOMPARE(undone, EditHistory::Limit);
        // The oldest edits were forgotten, not undone: their people are still there.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM participant")), 6);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
