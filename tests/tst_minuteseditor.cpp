// SPDX-License-Identifier: MIT
// The secretary's minutes editor on top of the NoteStore: saves and versions, a conflict
// between two connections to one file (keep theirs, keep mine, merge; nothing lost), the
// final lock and its reopening, the history's word diff and revert, the list models under
// QAbstractItemModelTester, the draft timer, and a real crash: a child process types into an
// editor, is killed with SIGKILL once its draft is written, and the draft is offered back.
#include "actionitemlistmodel.h"
#include "agendastore.h"
#include "decisionlistmodel.h"
#include "delegationstore.h"
#include "eventstore.h"
#include "noteeditor.h"
#include "notehistorymodel.h"
#include "notestore.h"
#include "participantstore.h"
#include "pendingdraftsmodel.h"
#include "sessionminutesmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Plenary;

namespace {

const QString kAynur = QStringLiteral("Aynur (secretariat)");
const QString kTural = QStringLiteral("Tural (secretariat)");

struct Fixture
{
    qint64 sessionId = 0;
    qint64 slotId = 0;
    qint64 speakerId = 0;
    qint64 delegationId = 0;
    qint64 noteId = 0;
};

Fixture makeFixture(const Database &db)
{
    Fixture f;
    Delegation az;
    az.name = QStringLiteral("Azerbaijan");
    az.countryCode = QStringLiteral("AZ");
    f.delegationId = DelegationStore(db).insert(az).value();
    Participant speaker;
    speaker.familyName = QStringLiteral("Mammadova");
    speaker.givenNames = QStringLiteral("Leyla");
    speaker.delegationId = f.delegationId;
    f.speakerId = ParticipantStore(db).insert(speaker).value();
    AgendaSession session;
    session.title = QStringLiteral("Closing plenary");
    session.startsAt = QDateTime::fromString(QStringLiteral("2027-05-21T12:00:00Z"), Qt::ISODate);
    session.endsAt = session.startsAt.addSecs(7200);
    const AgendaStore agenda(db);
    f.sessionId = agenda.insertSession(session).value();
    SpeakingSlot slot;
    slot.speakerId = f.speakerId;
    slot.topic = QStringLiteral("Closing statement");
    if (Status written = agenda.replaceSpeakingSlots(f.sessionId, {slot}); !written)
        qFatal("fixture: %s", qPrintable(written.error().message));
    f.slotId = agenda.speakingSlots(f.sessionId).value().constFirst().id;
    Note note;
    note.sessionId = f.sessionId;
    note.body = QStringLiteral("The Chair opened the session at 16:00.");
    f.noteId = NoteStore(db).createNote(note, kAynur).value().id;
    return f;
}

QStringList revisionBodies(const Database &db, qint64 noteId)
{
    QStringList bodies;
    for (const NoteRevision &r : NoteStore(db).revisions(noteId).value())
        bodies.append(r.body);
    return bodies;
}

/// The child of the crash test: types `text` into a NoteEditor on the database at `path`, one
/// character every 20 ms, says so on stdout when the draft is written, and waits to be killed.
int typist(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5)
        return 2;
    auto opened = Database::open(QString::fromLocal8Bit(argv[2]));
    if (!opened.ok())
        return 3;
    const std::unique_ptr<Database> database = std::move(opened).value();
    NoteEditor editor(*database);
    editor.setAuthor(kTural);
    editor.setNoteId(QByteArray(argv[3]).toInt());
    const QString text = QString::fromUtf8(argv[4]);
    QTimer keys;
    keys.setInterval(20);
    QObject::connect(&keys, &QTimer::timeout, &editor, [&] {
        const qsizetype typed = editor.body().size();
        if (typed >= text.size()) {
            keys.stop();
            return;
        }
        editor.setBody(text.left(typed + 1));
    });
    QObject::connect(&editor, &NoteEditor::draftWritten, &app, [&] {
        std::printf("draft written: %d characters\n", int(editor.body().size()));
        std::fflush(stdout);
    });
    editor.setBody(QString());
    keys.start();
    return app.exec();
}

} // namespace

class TestMinutesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void saveMakesVersions()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        NoteEditor editor(*db);
        editor.setAuthor(kAynur);
        QSignalSpy saved(&editor, &NoteEditor::saved);
        editor.setNoteId(int(f.noteId));
        QCOMPARE(editor.version(), 1);
        QCOMPARE(editor.sessionId(), int(f.sessionId));
        QVERIFY(!editor.dirty());
        editor.setBody(QStringLiteral("The Chair opened the session at 16:05."));
        QVERIFY(editor.dirty());
        QVERIFY(editor.save());
        QCOMPARE(editor.version(), 2);
        QVERIFY(!editor.dirty());
        QCOMPARE(saved.size(), 1);
        QVERIFY(editor.lastSaved().contains(QStringLiteral("version 2")));
        editor.setConfidentiality(QStringLiteral("restricted"));
        QVERIFY(editor.save());
        const Note stored = NoteStore(*db).note(f.noteId).value();
        QCOMPARE(stored.version, 3);
        QCOMPARE(stored.body, QStringLiteral("The Chair opened the session at 16:05."));
        QCOMPARE(stored.confidentiality, QStringLiteral("restricted"));
        QCOMPARE(stored.updatedBy, kAynur);
        QCOMPARE(revisionBodies(*db, f.noteId).size(), 3);
        // Saving with nothing typed makes no revision.
        QVERIFY(editor.save());
        QCOMPARE(revisionBodies(*db, f.noteId).size(), 3);
    }

    void conflictBetweenTwoConnections_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("keep theirs") << QStringLiteral("theirs");
        QTest::newRow("keep mine") << QStringLiteral("mine");
        QTest::newRow("merge") << QStringLiteral("merge");
    }

    /// Two desks: two Database objects (two SQLite connections) on one file.
    void conflictBetweenTwoConnections()
    {
        QFETCH(QString, choice);
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        auto second = Database::open(db.path());
        QVERIFY(second.ok());
        const std::unique_ptr<Database> other = std::move(second).value();

        NoteEditor mine(*db);
        mine.setAuthor(kAynur);
        mine.setNoteId(int(f.noteId));
        NoteEditor theirs(*other);
        theirs.setAuthor(kTural);
        theirs.setNoteId(int(f.noteId));

        const QString theirText = QStringLiteral("The Chair opened the session at 16:00 sharp.");
        const QString myText = QStringLiteral("The Chair opened the closing session at 16:00.");
        theirs.setBody(theirText);
        QVERIFY(theirs.save());
        mine.setBody(myText);
        QVERIFY(!mine.save());
        QVERIFY(mine.conflict());
        QCOMPARE(mine.theirBody(), theirText);
        QCOMPARE(mine.mineBody(), myText);
        QVERIFY(mine.theirLabel().contains(kTural));
        // Refused, yet kept: a conflicting copy among the revisions.
        const QList<NoteRevision> revisions = NoteStore(*db).revisions(f.noteId).value();
        QCOMPARE(revisions.size(), 3);
        QCOMPARE(revisions.last().body, myText);
        QVERIFY(!revisions.last().version);
        QCOMPARE(revisions.last().conflictWith, std::optional<int>(2));
        // While the conflict stands, save() does nothing.
        QVERIFY(!mine.save());

        if (choice == u"theirs") {
            mine.keepTheirs();
            QVERIFY(!mine.conflict());
            QCOMPARE(mine.body(), theirText);
            QCOMPARE(mine.version(), 2);
            QVERIFY(!mine.dirty());
            QCOMPARE(NoteStore(*db).note(f.noteId).value().body, theirText);
        } else if (choice == u"mine") {
            QVERIFY(mine.keepMine());
            QVERIFY(!mine.conflict());
            QCOMPARE(mine.version(), 3);
            QCOMPARE(NoteStore(*other).note(f.noteId).value().body, myText);
        } else {
            mine.merge();
            QVERIFY(!mine.conflict());
            QVERIFY(mine.dirty());
            const QString merged = mine.body();
            QVERIFY(merged.startsWith(QStringLiteral("<<<<<<< ")));
            QVERIFY(merged.contains(QStringLiteral("\n=======\n")));
            QVERIFY(merged.contains(QStringLiteral(">>>>>>> ")));
            QVERIFY(merged.indexOf(theirText) < merged.indexOf(myText));
            mine.setBody(QStringLiteral("The Chair opened the closing session at 16:00 sharp."));
            QVERIFY(mine.save());
            QCOMPARE(mine.version(), 3);
        }
        // Neither text is ever lost.
        const QStringList bodies = revisionBodies(*db, f.noteId);
        QVERIFY(bodies.contains(theirText));
        QVERIFY(bodies.contains(myText));
    }

    void finalLockAndReopen()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        SessionMinutesModel minutes(*db);
        QAbstractItemModelTester tester(&minutes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        minutes.setAuthor(kAynur);
        minutes.setSessionId(int(f.sessionId));
        NoteEditor editor(*db);
        editor.setAuthor(kAynur);
        editor.setNoteId(int(f.noteId));
        QVERIFY(!editor.locked());
        editor.setBody(QStringLiteral("Typed before the lock"));

        QVERIFY(minutes.finalise().value(QStringLiteral("ok")).toBool());
        QVERIFY(minutes.isFinal());
        QVERIFY(minutes.finalText().startsWith(QStringLiteral("Final — locked by ") + kAynur));
        QVERIFY(!minutes.finalise().value(QStringLiteral("ok")).toBool());
        // The lock taken elsewhere is met on save, and the typing kept in the editor.
        QSignalSpy failed(&editor, &NoteEditor::failed);
        QVERIFY(!editor.save());
        QVERIFY(editor.locked());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(editor.body(), QStringLiteral("Typed before the lock"));
        QCOMPARE(NoteStore(*db).note(f.noteId).value().version, 1);
        QVERIFY(!editor.writeDraft());
        QVERIFY(!minutes.createNote(0, QStringLiteral("public")).value(QStringLiteral("ok")).toBool());

        const QVariantMap noReason = minutes.reopen(QStringLiteral("  "));
        QVERIFY(!noReason.value(QStringLiteral("ok")).toBool());
        QCOMPARE(noReason.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
        QVERIFY(minutes.isFinal());
        QVERIFY(minutes.reopen(QStringLiteral("Vote count of decision 2 corrected"))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(!minutes.isFinal());
        QVERIFY(minutes.finalText().isEmpty());
        const QVariantList history = minutes.statusHistory();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).toMap().value(QStringLiteral("status")).toString(), QStringLiteral("final"));
        QCOMPARE(history.at(1).toMap().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Vote count of decision 2 corrected"));
        editor.checkLock();
        QVERIFY(!editor.locked());
        QVERIFY(editor.save());
        QCOMPARE(NoteStore(*db).note(f.noteId).value().body, QStringLiteral("Typed before the lock"));
    }

    /// Times in the minutes are on the event's wall clock, labelled with its zone.
    void timesInTheEventsZone()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        QCOMPARE(EventStore(*db).zone(), QTimeZone::utc());
        EventInfo event;
        event.name = QStringLiteral("Forum");
        event.timeZone = QStringLiteral("Asia/Baku");
        event.firstDay = QDate(2027, 5, 18);
        event.lastDay = QDate(2027, 5, 21);
        event.languages = {QStringLiteral("en")};
        QVERIFY(EventStore(*db).save(event).ok());
        QCOMPARE(EventStore(*db).zone(), QTimeZone("Asia/Baku"));
        {
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE note SET updated_at = '2027-05-21T13:40:00Z'")));
        }
        SessionMinutesModel minutes(*db);
        minutes.setSessionId(int(f.sessionId));
        QCOMPARE(minutes.zoneLabel(), QStringLiteral("Baku time (UTC+04:00)"));
        QCOMPARE(minutes.data(minutes.index(0), SessionMinutesModel::UpdatedAtRole).toString(),
                 QStringLiteral("2027-05-21 17:40"));
        QVERIFY(minutes.finalise().value(QStringLiteral("ok")).toBool());
        QVERIFY(minutes.finalText().endsWith(QStringLiteral("Baku time (UTC+04:00)")));
    }

    void wordDiff()
    {
        const QList<DiffSegment> segments = NoteHistoryModel::wordDiff(
            QStringLiteral("The Chair opened the session."), QStringLiteral("The Chair closed the session."));
        const QList<DiffSegment> expected {{DiffSegment::Kind::Same, QStringLiteral("The Chair ")},
                                           {DiffSegment::Kind::Removed, QStringLiteral("opened")},
                                           {DiffSegment::Kind::Added, QStringLiteral("closed")},
                                           {DiffSegment::Kind::Same, QStringLiteral(" the session.")}};
        QCOMPARE(segments, expected);
        QVERIFY(NoteHistoryModel::wordDiff(QString(), QString()).isEmpty());
        // A changed passage reads whole: old words, then new, not alternating around "the".
        const QList<DiffSegment> passage =
            NoteHistoryModel::wordDiff(QStringLiteral("Then the delegate raised a point of order."),
                                       QStringLiteral("Then the Chair gave the floor to Georgia."));
        const QList<DiffSegment> passageExpected {
            {DiffSegment::Kind::Same, QStringLiteral("Then the ")},
            {DiffSegment::Kind::Removed, QStringLiteral("delegate raised a point of order")},
            {DiffSegment::Kind::Added, QStringLiteral("Chair gave the floor to Georgia")},
            {DiffSegment::Kind::Same, QStringLiteral(".")}};
        QCOMPARE(passage, passageExpected);
        const QList<DiffSegment> added = NoteHistoryModel::wordDiff(QString(), QStringLiteral("Adopted"));
        QCOMPARE(added, (QList<DiffSegment> {{DiffSegment::Kind::Added, QStringLiteral("Adopted")}}));
    }

    void historyDiffAndRevert()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        NoteEditor editor(*db);
        editor.setAuthor(kAynur);
        editor.setNoteId(int(f.noteId));
        editor.setBody(QStringLiteral("The Chair closed the session at 16:00."));
        QVERIFY(editor.save());
        // A conflicting copy too, from a save over the old version 1.
        QVERIFY(!NoteStore(*db)
                     .saveNote(f.noteId, QStringLiteral("A late copy"), QStringLiteral("public"), 1, kTural)
                     .value()
                     .saved);

        NoteHistoryModel history(*db);
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setAuthor(kTural);
        history.setNoteId(int(f.noteId));
        QCOMPARE(history.count(), 3);
        QCOMPARE(history.currentVersion(), 2);
        const auto at = [&history](int row, int role) { return history.data(history.index(row), role); };
        QCOMPARE(at(0, NoteHistoryModel::VersionRole).toInt(), 1);
        QCOMPARE(at(1, NoteHistoryModel::CurrentRole).toBool(), true);
        QCOMPARE(at(2, NoteHistoryModel::ConflictingRole).toBool(), true);
        QCOMPARE(at(2, NoteHistoryModel::VersionRole).toInt(), -1);
        QCOMPARE(at(2, NoteHistoryModel::LabelRole).toString(),
                 QStringLiteral("Conflicting copy (met version 2)"));
        QCOMPARE(at(2, NoteHistoryModel::AuthorRole).toString(), kTural);

        const QVariantList diff = history.diff(0, 1);
        QCOMPARE(diff.size(), 4);
        QCOMPARE(diff.at(1).toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("removed"));
        QCOMPARE(diff.at(1).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("opened"));
        QCOMPARE(diff.at(2).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("closed"));
        const QString markup = history.diffMarkup(0, 1);
        QVERIFY(markup.contains(QStringLiteral("line-through;\">opened</span>")));
        QVERIFY(history.diff(0, 9).isEmpty());

        const QVariantMap reverted = history.revert(0);
        QVERIFY2(reverted.value(QStringLiteral("ok")).toBool(),
                 qPrintable(reverted.value(QStringLiteral("message")).toString()));
        QCOMPARE(reverted.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(history.count(), 4);
        QCOMPARE(history.currentVersion(), 3);
        const Note stored = NoteStore(*db).note(f.noteId).value();
        QCOMPARE(stored.body, QStringLiteral("The Chair opened the session at 16:00."));
        QCOMPARE(stored.updatedBy, kTural);
        // The editor, still at version 2, is told rather than overwriting the revert.
        editor.setBody(QStringLiteral("Stale typing"));
        QVERIFY(!editor.save());
        QVERIFY(editor.conflict());
    }

    void minutesModels()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        SessionMinutesModel minutes(*db);
        QAbstractItemModelTester minutesTester(&minutes,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        minutes.setAuthor(kAynur);
        minutes.setSessionId(int(f.sessionId));
        QCOMPARE(minutes.count(), 1);
        QCOMPARE(minutes.slotChoices().size(), 2);
        const QVariantMap created = minutes.createNote(int(f.slotId), QStringLiteral("confidential"));
        QVERIFY2(created.value(QStringLiteral("ok")).toBool(),
                 qPrintable(created.value(QStringLiteral("message")).toString()));
        QCOMPARE(minutes.count(), 2);
        const int row = created.value(QStringLiteral("row")).toInt();
        QCOMPARE(minutes.rowOf(created.value(QStringLiteral("noteId")).toInt()), row);
        const QModelIndex index = minutes.index(row);
        QCOMPARE(minutes.data(index, SessionMinutesModel::SlotIdRole).toLongLong(), f.slotId);
        QCOMPARE(minutes.data(index, SessionMinutesModel::SlotSpeakerRole).toString(),
                 QStringLiteral("Leyla MAMMADOVA (Azerbaijan)"));
        QCOMPARE(minutes.data(index, SessionMinutesModel::ConfidentialityRole).toString(),
                 QStringLiteral("confidential"));
        QCOMPARE(minutes.data(index, SessionMinutesModel::AuthorRole).toString(), kAynur);
        QCOMPARE(minutes.data(index, SessionMinutesModel::VersionRole).toInt(), 1);
        QCOMPARE(minutes.data(minutes.index(0), SessionMinutesModel::SlotLabelRole).toString(),
                 QStringLiteral("Session"));

        DecisionListModel decisions(*db);
        QAbstractItemModelTester decisionsTester(&decisions,
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        decisions.setAuthor(kAynur);
        decisions.setSessionId(int(f.sessionId));
        QVariantMap form {
            {QStringLiteral("text"), QStringLiteral("Proposal to establish a permanent Secretariat")},
            {QStringLiteral("outcome"), QStringLiteral("adopted")},
            {QStringLiteral("method"), QStringLiteral("vote")},
            {QStringLiteral("votesFor"), QStringLiteral("12")},
            {QStringLiteral("votesAgainst"), QString()},
            {QStringLiteral("votesAbstaining"), QStringLiteral("1")}};
        QCOMPARE(decisions.validate(form).value(QStringLiteral("field")).toString(), QStringLiteral("votes"));
        QVERIFY(!decisions.save(0, form).value(QStringLiteral("ok")).toBool());
        form.insert(QStringLiteral("votesAgainst"), QStringLiteral("x"));
        QCOMPARE(decisions.validate(form).value(QStringLiteral("field")).toString(), QStringLiteral("votes"));
        form.insert(QStringLiteral("votesAgainst"), QStringLiteral("3"));
        QVERIFY(decisions.validate(form).value(QStringLiteral("ok")).toBool());
        QVERIFY(decisions.save(0, form).value(QStringLiteral("ok")).toBool());
        QCOMPARE(decisions.count(), 1);
        QCOMPARE(decisions.data(decisions.index(0), DecisionListModel::SummaryRole).toString(),
                 QStringLiteral("Adopted by vote: 12 for, 3 against, 1 abstaining"));
        // Counts left in the form are dropped when the method is no vote.
        form.insert(QStringLiteral("method"), QStringLiteral("consensus"));
        const int id = decisions.data(decisions.index(0), DecisionListModel::DecisionIdRole).toInt();
        QVERIFY(decisions.save(id, form).value(QStringLiteral("ok")).toBool());
        QCOMPARE(decisions.count(), 1);
        QCOMPARE(NoteStore(*db).decisions(f.sessionId).value().constFirst().votesFor, std::nullopt);
        QCOMPARE(decisions.get(0).toMap().value(QStringLiteral("methodLabel")).toString(),
                 decisions.data(decisions.index(0), DecisionListModel::MethodLabelRole).toString());
        QVERIFY(decisions.remove(0).value(QStringLiteral("ok")).toBool());
        QCOMPARE(decisions.count(), 0);

        ActionItemListModel actions(*db);
        QAbstractItemModelTester actionsTester(&actions,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        actions.setAuthor(kAynur);
        actions.setSessionId(int(f.sessionId));
        const QVariantList owners = actions.findOwners(QStringLiteral("Azer"));
        QVERIFY(!owners.isEmpty());
        QCOMPARE(owners.constFirst().toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("d:%1").arg(f.delegationId));
        const QVariantList people = actions.findOwners(QStringLiteral("Mammad"));
        QVERIFY(!people.isEmpty());
        QCOMPARE(people.constFirst().toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("p:%1").arg(f.speakerId));
        QVariantMap item {{QStringLiteral("text"), QStringLiteral("Circulate the draft declaration")},
                          {QStringLiteral("owner"), QStringLiteral("d:%1").arg(f.delegationId)},
                          {QStringLiteral("dueDate"), QStringLiteral("2027-05-31x")}};
        QCOMPARE(actions.validate(item).value(QStringLiteral("field")).toString(), QStringLiteral("dueDate"));
        item.insert(QStringLiteral("dueDate"), QStringLiteral("2027-05-31"));
        QVERIFY(actions.save(0, item).value(QStringLiteral("ok")).toBool());
        QCOMPARE(actions.data(actions.index(0), ActionItemListModel::OwnerNameRole).toString(),
                 QStringLiteral("Azerbaijan"));
        QCOMPARE(actions.data(actions.index(0), ActionItemListModel::DueDateRole).toString(),
                 QStringLiteral("2027-05-31"));
        // "Done" can still be ticked once the minutes are final.
        QVERIFY(minutes.finalise().value(QStringLiteral("ok")).toBool());
        QVERIFY(actions.setDone(0, true).value(QStringLiteral("ok")).toBool());
        QVERIFY(actions.data(actions.index(0), ActionItemListModel::DoneRole).toBool());
        QVERIFY(NoteStore(*db).actionItems(f.sessionId).value().constFirst().done);
        QVERIFY(!actions.save(0, item).value(QStringLiteral("ok")).toBool());
    }

    void draftTimerAndRecovery()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        NoteEditor editor(*db);
        editor.setAuthor(kAynur);
        editor.setDraftInterval(200);
        editor.setNoteId(int(f.noteId));
        QSignalSpy drafts(&editor, &NoteEditor::draftWritten);
        editor.setBody(QStringLiteral("The Chair"));
        QVERIFY(editor.draftPending());
        editor.setBody(QStringLiteral("The Chair gave the floor"));
        QTRY_COMPARE_WITH_TIMEOUT(drafts.size(), 1, 2000);
        QCOMPARE(NoteStore(*db).draft(f.noteId).value()->body, QStringLiteral("The Chair gave the floor"));
        QVERIFY(!editor.draftPending());

        PendingDraftsModel pending(*db);
        QAbstractItemModelTester tester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(pending.count(), 1);
        QCOMPARE(pending.data(pending.index(0), PendingDraftsModel::SessionTitleRole).toString(),
                 QStringLiteral("Closing plenary"));

        NoteEditor restored(*db);
        restored.setAuthor(kAynur);
        QVERIFY(restored.restoreDraft(int(f.noteId)));
        QCOMPARE(restored.body(), QStringLiteral("The Chair gave the floor"));
        QVERIFY(restored.dirty());
        QVERIFY(restored.save());
        pending.reload();
        QCOMPARE(pending.count(), 0);

        // Discarding a draft keeps the saved note.
        editor.reload();
        editor.setBody(QStringLiteral("Typing to throw away"));
        QVERIFY(editor.writeDraft());
        pending.reload();
        QCOMPARE(pending.count(), 1);
        QVERIFY(pending.discard(0));
        QCOMPARE(pending.count(), 0);
        QCOMPARE(NoteStore(*db).note(f.noteId).value().body, QStringLiteral("The Chair gave the floor"));
    }

    /// A real crash: SIGKILL to a process that typed, after its draft was written.
    void crashLeavesDraft()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db);
        const QString typed = QStringLiteral("The delegate of Azerbaijan thanked the host country.");
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--typist"), db.path(), QString::number(f.noteId), typed});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (!output.contains("draft written") && clock.elapsed() < 20000) {
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("draft written"), output.constData());
        // The draft timer runs 3 s from the first keystroke; the typing took about 1 s.
        QVERIFY2(clock.elapsed() >= 2500, qPrintable(QString::number(clock.elapsed())));
        child.kill(); // SIGKILL: no destructor, no clean close of the database
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        db.close();
        db.open();
        const QList<NoteDraft> pending = NoteStore(*db).pendingDrafts().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().noteId, f.noteId);
        QCOMPARE(pending.constFirst().body, typed);
        QCOMPARE(pending.constFirst().author, kTural);
        QCOMPARE(pending.constFirst().baseVersion, 1);
        QCOMPARE(NoteStore(*db).note(f.noteId).value().body,
                 QStringLiteral("The Chair opened the session at 16:00."));
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--typist") == 0)
        return typist(argc, argv);
    QCoreApplication app(argc, argv);
    TestMinutesEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_minuteseditor.moc"
