// SPDX-License-Identifier: MIT
// The minutes' storage: every save a revision, revert, the version checked on save by two
// connections to one file, drafts, the final lock and its reopening, decisions and action
// items, confidentiality in search, and search in several scripts.
#include "agendastore.h"
#include "delegationstore.h"
#include "notestore.h"
#include "notesupport.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Plenary;
using namespace Plenary::TestSupport;

namespace {

const QString kSecretary = QStringLiteral("Aynur (secretariat)");
const QString kSecond = QStringLiteral("Tural (secretariat)");

Decision secretariat(qint64 sessionId)
{
    Decision d;
    d.sessionId = sessionId;
    d.text = QStringLiteral("Proposal to establish a permanent Secretariat");
    d.method = QStringLiteral("unanimous");
    return d;
}

ActionItem actionOn(qint64 sessionId, const QString &text)
{
    ActionItem a;
    a.sessionId = sessionId;
    a.text = text;
    return a;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void everySaveIsARevision()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        Result<Note> created =
            store.createNote(noteOn(session, QStringLiteral("The Chair opened")), kSecretary);
        QVERIFY(created.ok());
        const Note first = created.value();
        QCOMPARE(first.version, 1);
        QCOMPARE(first.createdBy, kSecretary);

        Result<NoteSave> second = store.saveNote(first.id, QStringLiteral("The Chair opened the meeting."),
                                                 QStringLiteral("public"), 1, kSecretary);
        QVERIFY(second.ok() && second.value().saved);
        QCOMPARE(second.value().note.version, 2);
        Result<NoteSave> third =
            store.saveNote(first.id, QStringLiteral("The Chair opened the meeting at 10:00."),
                           QStringLiteral("restricted"), 2, kSecond);
        QVERIFY(third.ok() && third.value().saved);
        QCOMPARE(store.note(first.id).value().version, 3);
        QCOMPARE(store.note(first.id).value().updatedBy, kSecond);
        QCOMPARE(store.note(first.id).value().confidentiality, QStringLiteral("restricted"));

        // Saving the same text again writes no revision.
        Result<NoteSave> same =
            store.saveNote(first.id, QStringLiteral("The Chair opened the meeting at 10:00."),
                           QStringLiteral("restricted"), 3, kSecond);
        QVERIFY(same.ok() && same.value().saved);
        QCOMPARE(same.value().note.version, 3);

        QList<NoteRevision> history = store.revisions(first.id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).body, QStringLiteral("The Chair opened"));
        QCOMPARE(history.at(0).version, std::optional<int>(1));
        QCOMPARE(history.at(2).author, kSecond);
        QCOMPARE(history.at(2).confidentiality, QStringLiteral("restricted"));

        // Revert: a new version with the old text, saying what it is.
        Result<NoteSave> reverted = store.revert(first.id, history.at(0).id, 3, kSecretary);
        QVERIFY2(reverted.ok(), reverted.ok() ? "" : qPrintable(reverted.error().message));
        QVERIFY(reverted.value().saved);
        QCOMPARE(reverted.value().note.version, 4);
        QCOMPARE(store.note(first.id).value().body, QStringLiteral("The Chair opened"));
        QCOMPARE(store.note(first.id).value().confidentiality, QStringLiteral("public"));
        history = store.revisions(first.id).value();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.last().comment, QStringLiteral("reverted to version 1"));
        // The search index follows the current text only.
        QCOMPARE(store.search(QStringLiteral("10:00"), true).value().hits.size(), 0);
        QCOMPARE(store.search(QStringLiteral("chair opened"), true).value().hits.size(), 1);

        QVERIFY(!store.saveNote(first.id, QStringLiteral("x"), QStringLiteral("secret"), 4, kSecretary).ok());
        QVERIFY(!store.revert(first.id, 999999, 4, kSecretary).ok());
        QCOMPARE(store.note(first.id).value().version, 4);
    }

    /// Two desks (two connections to one file) edit the same note from version 1: the second
    /// save is refused, told who saved, and its text is kept; saving again on top works.
    void secondSaveIsToldNotOverwritten()
    {
        TestDatabase db;
        const qint64 session = addSession(*db);
        const Note note =
            NoteStore(*db).createNote(noteOn(session, QStringLiteral("Draft")), kSecretary).value();
        auto other = Database::open(db.path());
        QVERIFY(other.ok());
        const NoteStore deskA(*db);
        const NoteStore deskB(*other.value());
        QCOMPARE(deskB.note(note.id).value().version, 1);

        Result<NoteSave> first =
            deskA.saveNote(note.id, QStringLiteral("Text of A"), QStringLiteral("public"), 1, kSecretary);
        QVERIFY(first.ok() && first.value().saved);
        Result<NoteSave> second =
            deskB.saveNote(note.id, QStringLiteral("Text of B"), QStringLiteral("public"), 1, kSecond);
        QVERIFY(second.ok());
        QVERIFY(!second.value().saved);
        QCOMPARE(second.value().note.body, QStringLiteral("Text of A"));
        QCOMPARE(second.value().note.version, 2);
        QCOMPARE(second.value().note.updatedBy, kSecretary);
        // A's text is the note; B's is a conflicting copy: both on record.
        QCOMPARE(deskA.note(note.id).value().body, QStringLiteral("Text of A"));
        const QList<NoteRevision> history = deskA.revisions(note.id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.last().body, QStringLiteral("Text of B"));
        QCOMPARE(history.last().version, std::nullopt);
        QCOMPARE(history.last().conflictWith, std::optional<int>(2));
        QCOMPARE(history.last().id, second.value().revisionId);

        // B decides to merge: saved on top of A's version.
        Result<NoteSave> merged =
            deskB.saveNote(note.id, QStringLiteral("Text of A\n\nText of B"), QStringLiteral("public"),
                           second.value().note.version, kSecond);
        QVERIFY(merged.ok() && merged.value().saved);
        QCOMPARE(deskA.note(note.id).value().version, 3);
        // Restoring the conflicting copy is a revert like any other.
        Result<NoteSave> restored = deskA.revert(note.id, history.last().id, 3, kSecretary);
        QVERIFY(restored.ok() && restored.value().saved);
        QCOMPARE(deskB.note(note.id).value().body, QStringLiteral("Text of B"));
        QCOMPARE(deskA.revisions(note.id).value().last().comment,
                 QStringLiteral("restored the copy that met version 2"));
    }

    void draftsAreOfferedBack()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        const Note note = store.createNote(noteOn(session, QStringLiteral("Saved")), kSecretary).value();
        QVERIFY(store.saveDraft(note.id, QStringLiteral("Saved and typed"), 1, kSecretary).ok());
        QVERIFY(store.saveDraft(note.id, QStringLiteral("Saved and typed more"), 1, kSecretary).ok());
        QList<NoteDraft> pending = store.pendingDrafts().value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().body, QStringLiteral("Saved and typed more"));
        QCOMPARE(pending.first().sessionId, session);
        QCOMPARE(pending.first().baseVersion, 1);
        // A draft that says what is saved is nothing to offer.
        QVERIFY(store.saveDraft(note.id, QStringLiteral("Saved"), 1, kSecretary).ok());
        QCOMPARE(store.pendingDrafts().value().size(), 0);
        // A save spends the draft.
        QVERIFY(store.saveDraft(note.id, QStringLiteral("Typed"), 1, kSecretary).ok());
        QVERIFY(
            store.saveNote(note.id, QStringLiteral("Typed"), QStringLiteral("public"), 1, kSecretary).ok());
        QVERIFY(!store.draft(note.id).value().has_value());
        QVERIFY(store.saveDraft(note.id, QStringLiteral("Again"), 2, kSecretary).ok());
        QVERIFY(store.discardDraft(note.id).ok());
        QCOMPARE(store.pendingDrafts().value().size(), 0);
    }

    void finalMinutesAreLocked()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        const Note note = store.createNote(noteOn(session, QStringLiteral("Minutes")), kSecretary).value();
        Decision decision = secretariat(session);
        const qint64 decisionId = store.insertDecision(decision, kSecretary).value();
        ActionItem action = actionOn(session, QStringLiteral("Circulate the draft terms of reference"));
        const qint64 actionId = store.insertActionItem(action, kSecretary).value();

        QVERIFY(!store.isFinal(session).value());
        QVERIFY(store.finalise(session, kSecretary).ok());
        QVERIFY(store.isFinal(session).value());
        QVERIFY(!store.finalise(session, kSecretary).ok());

        // Nothing of the record changes while final.
        Result<NoteSave> refused =
            store.saveNote(note.id, QStringLiteral("Changed"), QStringLiteral("public"), 1, kSecond);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("final")));
        QVERIFY(!store.createNote(noteOn(session, QStringLiteral("Another")), kSecond).ok());
        decision.id = decisionId;
        decision.text = QStringLiteral("Changed");
        QVERIFY(!store.updateDecision(decision).ok());
        QVERIFY(!store.removeDecision(decisionId).ok());
        QVERIFY(!store.insertDecision(decision, kSecond).ok());
        action.id = actionId;
        QVERIFY(!store.updateActionItem(action).ok());
        QVERIFY(!store.removeActionItem(actionId).ok());
        QCOMPARE(store.note(note.id).value().body, QStringLiteral("Minutes"));
        QCOMPARE(store.decisions(session).value().first().text,
                 QStringLiteral("Proposal to establish a permanent Secretariat"));
        // Following an action item up is not changing the record.
        QVERIFY(store.setActionItemDone(actionId, true).ok());
        QVERIFY(store.actionItems(session).value().first().done);

        // Reopening needs a reason, which is recorded.
        QCOMPARE(store.reopen(session, QStringLiteral("  "), kSecond).error().field,
                 QStringLiteral("reason"));
        QVERIFY(store.isFinal(session).value());
        QVERIFY(store.reopen(session, QStringLiteral("Typo in the Secretariat's name"), kSecond).ok());
        QVERIFY(!store.isFinal(session).value());
        QVERIFY(!store.reopen(session, QStringLiteral("again"), kSecond).ok());
        const QList<MinutesChange> history = store.minutesHistory(session).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).status, QStringLiteral("final"));
        QCOMPARE(history.at(0).changedBy, kSecretary);
        QCOMPARE(history.at(1).status, QStringLiteral("draft"));
        QCOMPARE(history.at(1).reason, QStringLiteral("Typo in the Secretariat's name"));
        QVERIFY(
            store.saveNote(note.id, QStringLiteral("Changed"), QStringLiteral("public"), 1, kSecond).ok());
    }

    void sessionWithMinutesIsNotDeleted()
    {
        TestDatabase db;
        const qint64 session = addSession(*db);
        const qint64 empty = addSession(*db, QStringLiteral("Nothing written"));
        QVERIFY(NoteStore(*db).createNote(noteOn(session, QStringLiteral("Words")), kSecretary).ok());
        const Status removed = AgendaStore(*db).removeSession(session);
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().message.contains(QStringLiteral("minutes")));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM note")), 1);
        QVERIFY(AgendaStore(*db).removeSession(empty).ok());
    }

    void decisionsValidated_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QList<int>>("votes");
        QTest::addColumn<QString>("field");
        QTest::newRow("unanimous") << "unanimous" << QList<int> {} << "";
        QTest::newRow("consensus") << "consensus" << QList<int> {} << "";
        QTest::newRow("vote") << "vote" << QList<int> {41, 3, 6} << "";
        QTest::newRow("vote of zero") << "vote" << QList<int> {0, 0, 0} << "";
        QTest::newRow("vote without counts") << "vote" << QList<int> {} << "votes";
        QTest::newRow("counts without vote") << "consensus" << QList<int> {1, 2, 3} << "votes";
        QTest::newRow("negative") << "vote" << QList<int> {5, -1, 0} << "votes";
        QTest::newRow("unknown way") << "acclamation" << QList<int> {} << "method";
    }

    void decisionsValidated()
    {
        QFETCH(QString, method);
        QFETCH(QList<int>, votes);
        QFETCH(QString, field);
        TestDatabase db;
        const NoteStore store(*db);
        Decision d;
        d.sessionId = addSession(*db);
        d.text = QStringLiteral("Resolution on information sharing");
        d.method = method;
        if (votes.size() == 3) {
            d.votesFor = votes.at(0);
            d.votesAgainst = votes.at(1);
            d.votesAbstaining = votes.at(2);
        }
        Result<qint64> inserted = store.insertDecision(d, kSecretary);
        QCOMPARE(inserted.ok() ? QString() : inserted.error().field, field);
        if (inserted.ok()) {
            d.id = inserted.value();
            QCOMPARE(store.decisions(d.sessionId).value(), QList<Decision> {d});
        }
    }

    void openActionItemsByDueDate()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        Participant owner;
        owner.familyName = QStringLiteral("Mammadova");
        const qint64 ownerId = ParticipantStore(*db).insert(owner).value();
        const auto add = [&](const char *text, QDate due, bool done) {
            ActionItem a = actionOn(session, QString::fromUtf8(text));
            a.dueDate = due;
            a.done = done;
            a.ownerParticipantId = ownerId;
            return store.insertActionItem(a, kSecretary).value();
        };
        add("Without a date", {}, false);
        const qint64 late = add("Report back", QDate(2027, 6, 30), false);
        add("Done already", QDate(2027, 5, 1), true);
        const qint64 early = add("Send the list", QDate(2027, 5, 25), false);
        QList<ActionItem> open = store.openActionItems().value();
        QCOMPARE(open.size(), 3);
        QCOMPARE(open.at(0).id, early);
        QCOMPARE(open.at(1).id, late);
        QVERIFY(!open.at(2).dueDate.isValid());
        QCOMPARE(open.at(0).ownerParticipantId, std::optional<qint64>(ownerId));
        QVERIFY(store.setActionItemDone(early, true).ok());
        QCOMPARE(store.openActionItems().value().size(), 2);
        QVERIFY(!store.setActionItemDone(987654, true).ok());
        QCOMPARE(store.insertActionItem(actionOn(session, {}), kSecretary).error().field,
                 QStringLiteral("text"));
    }

    void confidentialOnlyWhenAsked()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 open = addSession(*db, QStringLiteral("Plenary 2"));
        const qint64 closed = addSession(*db, QStringLiteral("Closed session"));
        QVERIFY(store
                    .createNote(noteOn(open, QStringLiteral("Cooperation on border security was discussed.")),
                                kSecretary)
                    .ok());
        QVERIFY(store
                    .createNote(noteOn(closed, QStringLiteral("Border security: names of three sources."),
                                       QStringLiteral("confidential")),
                                kSecretary)
                    .ok());
        QVERIFY(store
                    .createNote(noteOn(closed, QStringLiteral("Border security summary for members."),
                                       QStringLiteral("restricted")),
                                kSecretary)
                    .ok());
        MinutesSearchResult hidden = store.search(QStringLiteral("border secur"), false).value();
        QCOMPARE(hidden.hits.size(), 2);
        QCOMPARE(hidden.confidentialHidden, 1);
        for (const MinutesHit &hit : std::as_const(hidden.hits))
            QVERIFY(hit.confidentiality != u"confidential");
        MinutesSearchResult all = store.search(QStringLiteral("border secur"), true).value();
        QCOMPARE(all.hits.size(), 3);
        QCOMPARE(all.confidentialHidden, 0);
        // A hit names its session and marks the words matched.
        bool closedSeen = false;
        for (const MinutesHit &hit : std::as_const(all.hits)) {
            if (hit.sessionId == closed)
                closedSeen = hit.sessionTitle == u"Closed session";
            QVERIFY2(hit.snippet.contains(QString(QChar(MinutesHit::kMatchStart)) + QStringLiteral("Border"))
                         || hit.snippet.contains(QString(QChar(MinutesHit::kMatchStart))
                                                 + QStringLiteral("border")),
                     qPrintable(hit.snippet));
        }
        QVERIFY(closedSeen);
        // Newest first.
        QVERIFY(all.hits.at(0).id > all.hits.at(1).id && all.hits.at(1).id > all.hits.at(2).id);

        // A note made confidential later leaves the default search at once.
        const qint64 first = all.hits.last().id;
        QVERIFY(
            store.saveNote(first, store.note(first).value().body, QStringLiteral("confidential"), 1, kSecond)
                .value()
                .saved);
        hidden = store.search(QStringLiteral("border"), false).value();
        QCOMPARE(hidden.hits.size(), 1);
        QCOMPARE(hidden.confidentialHidden, 2);
        QCOMPARE(store.search(QStringLiteral("border"), true).value().hits.size(), 3);
    }

    void searchInEveryScript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("matched");
        QTest::newRow("diacritics ignored") << "Herr Müller sprach über Sicherheit"
                                            << "muller"
                                            << "Müller";
        QTest::newRow("case ignored") << "THE SECRETARIAT"
                                      << "secretariat"
                                      << "SECRETARIAT";
        QTest::newRow("Azerbaijani") << "Nümayəndə heyətinin başçısı Əliyev çıxış etdi"
                                     << "əliyev"
                                     << "Əliyev";
        QTest::newRow("Polish") << "Przedstawiciel Łodzi zabrał głos"
                                << "lodzi"
                                << "Łodzi";
        QTest::newRow("Vietnamese") << "Đại diện Việt Nam phát biểu"
                                    << "viet"
                                    << "Việt";
        QTest::newRow("Cyrillic") << "Делегация России поддержала предложение"
                                  << "РОССИИ"
                                  << "России";
        QTest::newRow("Greek") << "Η αντιπροσωπεία της Ελλάδας"
                               << "ελλάδας"
                               << "Ελλάδας";
        QTest::newRow("Arabic") << "ألقى رئيس الوفد كلمة حول الأمن"
                                << "الأمن"
                                << "الأمن";
        QTest::newRow("Hebrew") << "המשלחת תמכה בהצעה"
                                << "בהצעה"
                                << "בהצעה";
        QTest::newRow("Chinese in a sentence") << "中国代表团支持建立常设秘书处的提议"
                                               << "秘书处"
                                               << "秘";
        QTest::newRow("Japanese in a sentence") << "日本代表団は常設事務局の設置を支持した"
                                                << "事務局"
                                                << "事";
        QTest::newRow("Korean prefix") << "대한민국 대표단은 사무국 설치를 지지했다"
                                       << "사무"
                                       << "사";
        QTest::newRow("Devanagari") << "भारत के प्रतिनिधिमंडल ने प्रस्ताव का समर्थन किया"
                                    << "प्रस्ताव"
                                    << "प्रस्ताव";
        QTest::newRow("prefix") << "The proposal was adopted unanimously"
                                << "unanim"
                                << "unanimously";
    }

    void searchInEveryScript()
    {
        QFETCH(QString, text);
        QFETCH(QString, typed);
        QFETCH(QString, matched);
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        QVERIFY(store.createNote(noteOn(session, text), kSecretary).ok());
        QVERIFY(store.createNote(noteOn(session, QStringLiteral("Unrelated words only")), kSecretary).ok());
        const QList<MinutesHit> hits = store.search(typed, false).value().hits;
        QCOMPARE(hits.size(), 1);
        // The snippet shows the text as written (no separators added for indexing) with the
        // match marked.
        QString shown = hits.first().snippet;
        QVERIFY2(shown.contains(QString(QChar(MinutesHit::kMatchStart)) + matched), qPrintable(shown));
        shown.remove(QChar(MinutesHit::kMatchStart)).remove(QChar(MinutesHit::kMatchEnd));
        QCOMPARE(shown, text);
    }

    void searchDoesNotMatchPartsOfOtherWords()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        QVERIFY(store.createNote(noteOn(session, QStringLiteral("中国代表团支持秘书长")), kSecretary).ok());
        // 秘书处 is not in the text, though 秘书 is: the whole typed word must follow in order.
        QCOMPARE(store.search(QStringLiteral("秘书处"), false).value().hits.size(), 0);
        QCOMPARE(store.search(QStringLiteral("秘书"), false).value().hits.size(), 1);
        QCOMPARE(store.search(QStringLiteral("书秘"), false).value().hits.size(), 0);
        // Punctuation, quotes and FTS5 operators typed are words or nothing, never syntax.
        for (const char *typed : {"\"", "- * ^", "NEAR(", "AND OR NOT", "secr\"et"})
            QVERIFY2(store.search(QString::fromUtf8(typed), true).ok(), typed);
        QCOMPARE(store.search(QStringLiteral("  "), true).value().hits.size(), 0);
    }

    void longNotesAreCutAroundTheMatch()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("word%1 ").arg(i);
        text += QStringLiteral("Łódź ");
        for (int i = 60; i < 120; ++i)
            text += QStringLiteral("word%1 ").arg(i);
        QVERIFY(store.createNote(noteOn(session, text), kSecretary).ok());
        const QString shown = store.search(QStringLiteral("lodz"), false).value().hits.value(0).snippet;
        QVERIFY2(shown.startsWith(u'…') && shown.endsWith(u'…'), qPrintable(shown));
        QVERIFY2(shown.contains(QString(QChar(MinutesHit::kMatchStart)) + QStringLiteral("Łódź")
                                + QChar(MinutesHit::kMatchEnd)),
                 qPrintable(shown));
        QVERIFY(shown.size() < 260);
        // Cut at words.
        QVERIFY2(shown.mid(1).startsWith(QStringLiteral("word")), qPrintable(shown));
    }

    void decisionsAndActionItemsAreSearched()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db);
        Decision d = secretariat(session);
        const qint64 decisionId = store.insertDecision(d, kSecretary).value();
        const qint64 actionId =
            store
                .insertActionItem(actionOn(session, QStringLiteral("Draft the Secretariat's budget")),
                                  kSecretary)
                .value();
        QList<MinutesHit> hits = store.search(QStringLiteral("secretariat"), false).value().hits;
        QCOMPARE(hits.size(), 2);
        QSet<QPair<int, qint64>> found;
        for (const MinutesHit &hit : std::as_const(hits))
            found.insert({int(hit.kind), hit.id});
        QVERIFY(found.contains({int(MinutesHit::Kind::Decision), decisionId}));
        QVERIFY(found.contains({int(MinutesHit::Kind::ActionItem), actionId}));
        // Edits and removals follow in the index.
        d.id = decisionId;
        d.text = QStringLiteral("Proposal to establish a permanent Bureau");
        QVERIFY(store.updateDecision(d).ok());
        QVERIFY(store.removeActionItem(actionId).ok());
        QCOMPARE(store.search(QStringLiteral("secretariat"), false).value().hits.size(), 0);
        QCOMPARE(store.search(QStringLiteral("bureau"), false).value().hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
