// SPDX-License-Identifier: MIT
// The accreditation workflow: every allowed and forbidden transition, reasons, badge numbers
// that are never reused, all-or-nothing bulk moves, and the recorded history.

#include "accreditationstore.h"
#include "delegationstore.h"
#include "demogenerator.h"
#include "participantmodel.h"
#include "participantstore.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>

using namespace Plenary;

namespace {

const QString kActor = QStringLiteral("desk-3");

qint64 addPerson(const Database &db, const QString &family,
                 const QString &state = QStringLiteral("nominated"))
{
    Participant p;
    p.givenNames = QStringLiteral("Test");
    p.familyName = family;
    p.accreditationState = state;
    Result<qint64> id = ParticipantStore(db).insert(p);
    return id.ok() ? id.value() : -1;
}

QString stateOf(const Database &db, qint64 id)
{
    return ParticipantStore(db).get(id).value().accreditationState;
}

} // namespace

class TestAccreditation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void everyTransition_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        // The workflow of domain.md, written out as a table; every other pair is forbidden.
        const QSet<QString> allowed = {
            QStringLiteral("nominated>documents_complete"),
            QStringLiteral("nominated>rejected"),
            QStringLiteral("nominated>withdrawn"),
            QStringLiteral("documents_complete>approved"),
            QStringLiteral("documents_complete>nominated"),
            QStringLiteral("documents_complete>rejected"),
            QStringLiteral("documents_complete>withdrawn"),
            QStringLiteral("approved>badge_printed"),
            QStringLiteral("approved>rejected"),
            QStringLiteral("approved>withdrawn"),
            QStringLiteral("badge_printed>checked_in"),
            QStringLiteral("badge_printed>withdrawn"),
            QStringLiteral("checked_in>withdrawn"),
            QStringLiteral("rejected>nominated"),
            QStringLiteral("withdrawn>nominated"),
        };
        for (const Vocabulary::Term &from : Vocabulary::accreditationStates()) {
            for (const Vocabulary::Term &to : Vocabulary::accreditationStates()) {
                const QString pair = QString::fromLatin1(from.code) + u'>' + QString::fromLatin1(to.code);
                QTest::newRow(qPrintable(pair)) << QString::fromLatin1(from.code)
                                                << QString::fromLatin1(to.code) << allowed.contains(pair);
            }
        }
    }

    void everyTransition()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        TestDatabase db;
        const qint64 id = addPerson(*db, QStringLiteral("Moved"), from);
        QVERIFY(id > 0);
        QCOMPARE(AccreditationStore::allowed(from, to), allowed);
        const Status moved =
            AccreditationStore(*db).transition({&id, 1}, to, kActor, QStringLiteral("checked"));
        QCOMPARE(moved.ok(), allowed);
        QCOMPARE(stateOf(*db, id), allowed ? to : from);
        QCOMPARE(AccreditationStore(*db).history(id).value().size(), allowed ? 1 : 0);
    }

    void rejectingNeedsAReason()
    {
        TestDatabase db;
        const qint64 id = addPerson(*db, QStringLiteral("Kept"));
        const Status refused =
            AccreditationStore(*db).transition({&id, 1}, QStringLiteral("rejected"), kActor, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("reason"));
        QCOMPARE(stateOf(*db, id), QStringLiteral("nominated"));
    }

    void approvalGivesBadgesThatAreNeverReused()
    {
        TestDatabase db;
        const AccreditationStore workflow(*db);
        qint64 first = addPerson(*db, QStringLiteral("First"), QStringLiteral("documents_complete"));
        QVERIFY(workflow.transition({&first, 1}, QStringLiteral("approved"), kActor).ok());
        const QString badge = ParticipantStore(*db).get(first).value().badgeNumber;
        QCOMPARE(badge, QStringLiteral("000001"));
        QVERIFY(ParticipantStore(*db).remove(first).ok());
        qint64 second = addPerson(*db, QStringLiteral("Second"), QStringLiteral("documents_complete"));
        QVERIFY(workflow.transition({&second, 1}, QStringLiteral("approved"), kActor).ok());
        QCOMPARE(ParticipantStore(*db).get(second).value().badgeNumber, QStringLiteral("000002"));
        // Back to nominated and approved again: the badge stays the person's.
        QVERIFY(workflow.transition({&second, 1}, QStringLiteral("withdrawn"), kActor).ok());
        QVERIFY(workflow.transition({&second, 1}, QStringLiteral("nominated"), kActor).ok());
        QVERIFY(workflow.transition({&second, 1}, QStringLiteral("documents_complete"), kActor).ok());
        QVERIFY(workflow.transition({&second, 1}, QStringLiteral("approved"), kActor).ok());
        QCOMPARE(ParticipantStore(*db).get(second).value().badgeNumber, QStringLiteral("000002"));
    }

    void badgesContinueAfterTheDemo()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        ParticipantFilter waiting;
        waiting.accreditationState = QStringLiteral("documents_complete");
        const std::vector<qint64> ids = ParticipantStore(*db).matchingIds(waiting).value();
        QVERIFY(ids.size() > 10);
        QVERIFY(AccreditationStore(*db).transition(ids, QStringLiteral("approved"), kActor).ok());
        for (qint64 id : ids)
            QVERIFY(!ParticipantStore(*db).get(id).value().badgeNumber.isEmpty());
    }

    void aBulkMoveIsAllOrNothing()
    {
        TestDatabase db;
        const qint64 ready = addPerson(*db, QStringLiteral("Ready"), QStringLiteral("documents_complete"));
        const qint64 alsoReady =
            addPerson(*db, QStringLiteral("AlsoReady"), QStringLiteral("documents_complete"));
        const qint64 notReady = addPerson(*db, QStringLiteral("NotReady"), QStringLiteral("nominated"));
        const std::vector<qint64> ids = {ready, alsoReady, notReady};
        const Status moved = AccreditationStore(*db).transition(ids, QStringLiteral("approved"), kActor);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().message.contains(QStringLiteral("Test NOTREADY")),
                 qPrintable(moved.error().message));
        for (qint64 id : {ready, alsoReady})
            QCOMPARE(stateOf(*db, id), QStringLiteral("documents_complete"));
        QVERIFY(ParticipantStore(*db).get(ready).value().badgeNumber.isEmpty());
        QVERIFY(AccreditationStore(*db).history(ready).value().isEmpty());
    }

    void historyRecordsWhoWhenAndWhy()
    {
        TestDatabase db;
        const AccreditationStore workflow(*db);
        qint64 id = addPerson(*db, QStringLiteral("Traced"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(workflow
                    .transition({&id, 1}, QStringLiteral("rejected"), kActor,
                                QStringLiteral("No nomination letter"))
                    .ok());
        QVERIFY(workflow
                    .transition({&id, 1}, QStringLiteral("nominated"), QStringLiteral("supervisor"),
                                QStringLiteral("Letter arrived"))
                    .ok());
        const QList<AccreditationChange> changes = workflow.history(id).value();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].fromState, QStringLiteral("nominated"));
        QCOMPARE(changes[0].toState, QStringLiteral("rejected"));
        QCOMPARE(changes[0].changedBy, kActor);
        QCOMPARE(changes[0].reason, QStringLiteral("No nomination letter"));
        QVERIFY(changes[0].changedAt >= before);
        QCOMPARE(changes[1].changedBy, QStringLiteral("supervisor"));
    }

    void checkInTimeIsKept()
    {
        TestDatabase db;
        const AccreditationStore workflow(*db);
        qint64 id = addPerson(*db, QStringLiteral("Arrived"), QStringLiteral("badge_printed"));
        QVERIFY(workflow.transition({&id, 1}, QStringLiteral("checked_in"), kActor).ok());
        const QDateTime checkedIn = ParticipantStore(*db).get(id).value().checkedInAt;
        QVERIFY(checkedIn.isValid());
        QVERIFY(
            workflow.transition({&id, 1}, QStringLiteral("withdrawn"), kActor, QStringLiteral("Left early"))
                .ok());
        QCOMPARE(ParticipantStore(*db).get(id).value().checkedInAt, checkedIn);
    }

    void editsLeaveTheWorkflowAlone()
    {
        TestDatabase db;
        qint64 id = addPerson(*db, QStringLiteral("Edited"), QStringLiteral("documents_complete"));
        QVERIFY(AccreditationStore(*db).transition({&id, 1}, QStringLiteral("approved"), kActor).ok());
        Participant p = ParticipantStore(*db).get(id).value();
        p.accreditationState = QStringLiteral("nominated");
        p.badgeNumber.clear();
        p.functionTitle = QStringLiteral("Legal Adviser");
        QVERIFY(ParticipantStore(*db).update(p).ok());
        const Participant stored = ParticipantStore(*db).get(id).value();
        QCOMPARE(stored.functionTitle, QStringLiteral("Legal Adviser"));
        QCOMPARE(stored.accreditationState, QStringLiteral("approved"));
        QCOMPARE(stored.badgeNumber, QStringLiteral("000001"));
    }

    void badgeQuotasAreNeverExceeded()
    {
        TestDatabase db;
        Delegation d;
        d.countryCode = QStringLiteral("AZ");
        d.name = QStringLiteral("Azerbaijan");
        d.badgeQuotas = {{QStringLiteral("delegate"), 2}};
        const qint64 delegation = DelegationStore(*db).insert(d).value();
        QCOMPARE(DelegationStore(*db).get(delegation).value().badgeQuotas.value(QStringLiteral("delegate")),
                 2);
        std::vector<qint64> ids;
        for (const char *family : {"One", "Two", "Three"}) {
            Participant p;
            p.familyName = QString::fromLatin1(family);
            p.delegationId = delegation;
            p.accreditationState = QStringLiteral("documents_complete");
            ids.push_back(ParticipantStore(*db).insert(p).value());
        }
        const AccreditationStore store(*db);
        // Three at once would make three of two: refused, and none of them moves.
        const Status all = store.transition(ids, QStringLiteral("approved"), kActor);
        QVERIFY(!all.ok());
        QCOMPARE(all.error().field, QStringLiteral("quota"));
        QVERIFY(all.error().message.contains(QStringLiteral("Azerbaijan")));
        QCOMPARE(stateOf(*db, ids[0]), QStringLiteral("documents_complete"));
        QVERIFY(store.transition(std::span(ids).first(2), QStringLiteral("approved"), kActor).ok());
        QVERIFY(!store.transition(std::span(ids).last(1), QStringLiteral("approved"), kActor).ok());

        const QList<BadgeQuotas::Use> use = DelegationStore(*db).badgeUse(delegation).value();
        QCOMPARE(use.size(), 1);
        QCOMPARE(use[0].holding, 2);
        QCOMPARE(use[0].pending, 1);
        QCOMPARE(use[0].quota, std::optional<int>(2));
        QVERIFY(!use[0].over());

        // A quota cannot go below the badges already held, and a holder cannot move into a
        // full role either.
        d = DelegationStore(*db).get(delegation).value();
        d.badgeQuotas[QStringLiteral("delegate")] = 1;
        QCOMPARE(DelegationStore(*db).update(d).error().field, QStringLiteral("quota"));
        d.badgeQuotas = {{QStringLiteral("delegate"), 2}, {QStringLiteral("adviser"), 0}};
        QVERIFY(DelegationStore(*db).update(d).ok());
        Participant moved = ParticipantStore(*db).get(ids[0]).value();
        moved.role = QStringLiteral("adviser");
        QCOMPARE(ParticipantStore(*db).update(moved).error().field, QStringLiteral("quota"));
    }

    void membersInProtocolOrderAndStateCounts()
    {
        TestDatabase db;
        Delegation d;
        d.name = QStringLiteral("Observers");
        d.kind = QStringLiteral("international_organisation");
        const qint64 delegation = DelegationStore(*db).insert(d).value();
        const auto add = [&](const char *family, const char *role, const char *state) {
            Participant p;
            p.familyName = QString::fromLatin1(family);
            p.role = QString::fromLatin1(role);
            p.accreditationState = QString::fromLatin1(state);
            p.delegationId = delegation;
            return ParticipantStore(*db).insert(p).value();
        };
        const qint64 adviser = add("Aalto", "adviser", "nominated");
        const qint64 delegateB = add("Berg", "delegate", "nominated");
        const qint64 head = add("Zuniga", "head_of_delegation", "documents_complete");
        const qint64 delegateA = add("Adams", "delegate", "rejected");
        Participant outsider; // in no delegation: counted nowhere here
        outsider.familyName = QStringLiteral("Elsewhere");
        QVERIFY(ParticipantStore(*db).insert(outsider).ok());

        QCOMPARE(ParticipantStore(*db).memberIdsInProtocolOrder(delegation).value(),
                 (std::vector<qint64> {head, delegateA, delegateB, adviser}));

        ParticipantModel members(*db, ParticipantModel::Ordering::ProtocolOrder);
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(members.rowCount(), 0);
        members.setDelegationFilter(int(delegation));
        QCOMPARE(members.rowCount(), 4);
        QCOMPARE(members.data(members.index(0), ParticipantModel::ParticipantIdRole).toLongLong(), head);
        QMap<QString, int> counts;
        for (const QVariant &entry : members.stateCounts())
            counts.insert(entry.toMap().value(QStringLiteral("state")).toString(),
                          entry.toMap().value(QStringLiteral("count")).toInt());
        QCOMPARE(counts.value(QStringLiteral("nominated")), 2);
        QCOMPARE(counts.value(QStringLiteral("documents_complete")), 1);
        QCOMPARE(counts.value(QStringLiteral("rejected")), 1);
        QCOMPARE(counts.value(QStringLiteral("approved")), 0);
    }

    void bulkActionsOnASelection()
    {
        TestDatabase db;
        std::vector<qint64> ids;
        for (const char *family : {"Alpha", "Bravo", "Charlie", "Delta"})
            ids.push_back(addPerson(*db, QString::fromLatin1(family), QStringLiteral("documents_complete")));
        const qint64 nominated = addPerson(*db, QStringLiteral("Echo"));
        ParticipantModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.selectRange(0, 1); // Alpha, Bravo
        model.toggleSelected(3); // Delta
        QCOMPARE(model.selectionCount(), 3);
        QVERIFY(model.data(model.index(3), ParticipantModel::SelectedRole).toBool());
        QVERIFY(!model.data(model.index(2), ParticipantModel::SelectedRole).toBool());
        // Rejecting needs the one reason; nothing moves without it.
        QVERIFY(!model.changeStateOfSelection(QStringLiteral("rejected"), {}, kActor).value("ok").toBool());
        QCOMPARE(model.selectionCount(), 3);
        QVERIFY(model.changeStateOfSelection(QStringLiteral("approved"), QStringLiteral("Batch 1"), kActor)
                    .value("ok")
                    .toBool());
        QCOMPARE(model.selectionCount(), 0);
        QCOMPARE(stateOf(*db, ids[0]), QStringLiteral("approved"));
        QCOMPARE(stateOf(*db, ids[2]), QStringLiteral("documents_complete"));
        QCOMPARE(ParticipantStore(*db).get(ids[3]).value().badgeNumber, QStringLiteral("000003"));
        // One that cannot move keeps every other where it was.
        model.selectAllListed();
        QCOMPARE(model.selectionCount(), 5);
        QVERIFY(!model.changeStateOfSelection(QStringLiteral("approved"), {}, kActor).value("ok").toBool());
        QCOMPARE(stateOf(*db, ids[2]), QStringLiteral("documents_complete"));
        QCOMPARE(stateOf(*db, nominated), QStringLiteral("nominated"));
        model.clearSelection();
        QCOMPARE(model.selectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccreditation)
#include "tst_accreditation.moc"
