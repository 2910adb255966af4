// SPDX-License-Identifier: MIT
// Finding things in the minutes: the search model over a real SQLite file (several scripts,
// highlighting, the confidential hidden count, the session to jump to), the open action items
// by owner and due date with "done" written through, and the demo's minutes.
#include "agendastore.h"
#include "delegationstore.h"
#include "demogenerator.h"
#include "demominutes.h"
#include "minutessearchmodel.h"
#include "notestore.h"
#include "notesupport.h"
#include "openactionitemsmodel.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace Plenary;
using namespace Plenary::TestSupport;

namespace {

const QString kAuthor = QStringLiteral("Aynur (secretariat)");

QVariant role(const QAbstractItemModel &model, int row, const char *name)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    return model.data(model.index(row, 0), roles.key(name));
}

} // namespace

class TestMinutesSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void highlightingEscapesAndMarks()
    {
        const QString snippet = QStringLiteral("**a** <b> & ") + QChar(MinutesHit::kMatchStart)
            + QStringLiteral("Secrétariat") + QChar(MinutesHit::kMatchEnd) + QStringLiteral(" \"x\"");
        QCOMPARE(
            MinutesSearchModel::highlighted(snippet, QStringLiteral("#fde68a")),
            QStringLiteral("a &lt;b&gt; &amp; <span style=\"background-color:#fde68a;\">Secrétariat</span> "
                           "&quot;x&quot;"));
        QCOMPARE(MinutesSearchModel::plain(snippet), QStringLiteral("a <b> & Secrétariat \"x\""));
        // An unclosed mark is closed; a stray end mark is dropped.
        QCOMPARE(MinutesSearchModel::highlighted(QChar(MinutesHit::kMatchEnd) + QStringLiteral("x")
                                                     + QChar(MinutesHit::kMatchStart) + QStringLiteral("y"),
                                                 QStringLiteral("red")),
                 QStringLiteral("x<span style=\"background-color:red;\">y</span>"));
    }

    void searchModelFindsInEveryScript()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 plenary = addSession(*db, QStringLiteral("Plenary 1"));
        const qint64 closed =
            addSession(*db, QStringLiteral("Closed session"), QStringLiteral("closed_session"));
        std::vector<Note> notes {
            noteOn(plenary, QStringLiteral("Поддержал предложение о создании постоянного секретариата.")),
            noteOn(plenary, QStringLiteral("terrorizmin bütün formalarını pislədi; Xəzər regionu")),
            noteOn(plenary, QStringLiteral("支持设立常设秘书处的提议")),
            noteOn(plenary, QStringLiteral("وأيد اقتراح إنشاء أمانة دائمة للمنتدى")),
            noteOn(plenary, QStringLiteral("a soutenu la création d'un Secrétariat permanent")),
            noteOn(plenary, QStringLiteral("unterstützte die Gründung eines ständigen Sekretariats")),
            noteOn(closed, QStringLiteral("Names for the Secretariat staff list, not to be circulated"),
                   QStringLiteral("confidential")),
        };
        QVERIFY(store.insertNotes(notes, kAuthor).ok());

        MinutesSearchModel model(*db, nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 0);

        // Diacritics and case ignored: "secretariat" finds the French word, not the confidential note.
        model.setQuery(QStringLiteral("SECRETARIAT"));
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.confidentialHidden(), 1);
        QCOMPARE(role(model, 0, "kind").toString(), QStringLiteral("note"));
        QCOMPARE(role(model, 0, "sessionId").toLongLong(), plenary);
        QCOMPARE(role(model, 0, "sessionTitle").toString(), QStringLiteral("Plenary 1"));
        QVERIFY2(role(model, 0, "snippetHtml").toString().contains(u"\">Secrétariat</span>"),
                 qPrintable(role(model, 0, "snippetHtml").toString()));
        // Without an event the time is given in UTC, and says so.
        QVERIFY2(role(model, 0, "when").toString().endsWith(u"2027, 06:00 UTC"),
                 qPrintable(role(model, 0, "when").toString()));

        model.setIncludeConfidential(true);
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.confidentialHidden(), 0);
        QCOMPARE(role(model, 0, "confidentiality").toString(), QStringLiteral("confidential"));
        QCOMPARE(role(model, 0, "sessionId").toLongLong(), closed);
        QCOMPARE(model.sessionIdAt(0), closed);
        QCOMPARE(model.sessionIdAt(1), plenary);
        QCOMPARE(model.sessionIdAt(2), 0);
        // A note's result selects that note in the session's minutes.
        QVERIFY(model.noteIdAt(1) > 0);
        QCOMPARE(model.noteIdAt(1), role(model, 1, "itemId").toLongLong());
        QCOMPARE(model.noteIdAt(2), 0);
        model.setIncludeConfidential(false);

        // A decision is found too, and opens its session without a note to select.
        Decision decision;
        decision.sessionId = plenary;
        decision.text = QStringLiteral("Establish a permanent secretariat");
        decision.method = QStringLiteral("unanimous");
        QVERIFY(store.insertDecision(decision, kAuthor).ok());
        model.setQuery(QStringLiteral("permanent secretariat"));
        QStringList kinds;
        for (int row = 0; row < model.count(); ++row)
            kinds << role(model, row, "kind").toString();
        const int decisionRow = int(kinds.indexOf(QStringLiteral("decision")));
        QVERIFY2(decisionRow >= 0, qPrintable(kinds.join(u',')));
        QCOMPARE(model.sessionIdAt(decisionRow), plenary);
        QCOMPARE(model.noteIdAt(decisionRow), 0);

        const QList<std::pair<QString, QString>> scripts {
            {QStringLiteral("секретариат"), QStringLiteral("секретариата")},
            {QStringLiteral("xəzər"), QStringLiteral("Xəzər")},
            {QStringLiteral("xezer"), QStringLiteral("Xəzər")},
            {QStringLiteral("秘书"), QStringLiteral("秘")},
            {QStringLiteral("أمانة"), QStringLiteral("أمانة")},
            {QStringLiteral("grundung"), QStringLiteral("Gründung")},
        };
        for (const auto &[typed, marked] : scripts) {
            model.setQuery(typed);
            QVERIFY2(model.count() == 1, qPrintable(typed));
            QVERIFY2(role(model, 0, "snippetHtml").toString().contains(marked), qPrintable(typed));
            QVERIFY2(role(model, 0, "snippetHtml").toString().contains(u"<span"), qPrintable(typed));
        }
        model.setQuery(QString());
        QCOMPARE(model.count(), 0);
    }

    void greekAccentsAreIgnored()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db, QStringLiteral("Plenary 1"));
        std::vector<Note> notes {
            noteOn(session, QStringLiteral("πρότεινε την Αθήνα για την επόμενη συνάντηση")),
            noteOn(session, QStringLiteral("Athens was proposed"))};
        QVERIFY(store.insertNotes(notes, kAuthor).ok());
        MinutesSearchModel model(*db, nullptr);
        for (const QString &typed :
             {QStringLiteral("αθηνα"), QStringLiteral("ΑΘΗΝΑ"), QStringLiteral("Αθήνα"),
              QStringLiteral("αθή"), QStringLiteral("συναντηση")}) {
            model.setQuery(typed);
            QVERIFY2(model.count() == 1, qPrintable(typed));
            QCOMPARE(role(model, 0, "snippet").toString(), notes[0].body);
        }
        model.setQuery(QStringLiteral("αθηνα"));
        // The fold is one for one: the highlight covers the word as written.
        QVERIFY2(role(model, 0, "snippetHtml").toString().contains(u"\">Αθήνα</span>"),
                 qPrintable(role(model, 0, "snippetHtml").toString()));
    }

    void openActionItemsByOwnerAndDue()
    {
        TestDatabase db;
        const NoteStore store(*db);
        const qint64 session = addSession(*db, QStringLiteral("Closing session"));
        Delegation zambia;
        zambia.name = QStringLiteral("Zambia");
        zambia.countryCode = QStringLiteral("ZM");
        Delegation austria;
        austria.name = QStringLiteral("Austria");
        austria.countryCode = QStringLiteral("AT");
        const qint64 z = DelegationStore(*db).insert(zambia).value();
        const qint64 a = DelegationStore(*db).insert(austria).value();
        const auto item = [&](const char *text, std::optional<qint64> delegation, QDate due) {
            ActionItem i;
            i.sessionId = session;
            i.text = QString::fromUtf8(text);
            i.ownerDelegationId = delegation;
            i.dueDate = due;
            return store.insertActionItem(i, kAuthor).value();
        };
        const QDate today(2027, 6, 1);
        const qint64 late = item("Zambia late", z, today.addDays(-3));
        item("Zambia later", z, today.addDays(10));
        item("Austria undated", a, {});
        item("Austria soon", a, today.addDays(2));
        item("Nobody's", std::nullopt, today.addDays(1));
        const qint64 doneAlready = item("Austria done", a, today.addDays(-10));
        QVERIFY(store.setActionItemDone(doneAlready, true).ok());

        OpenActionItemsModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(today);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << role(model, row, "what").toString();
        QCOMPARE(order,
                 (QStringList {QStringLiteral("Austria soon"), QStringLiteral("Austria undated"),
                               QStringLiteral("Zambia late"), QStringLiteral("Zambia later"),
                               QStringLiteral("Nobody's")}));
        QCOMPARE(role(model, 0, "owner").toString(), QStringLiteral("Austria"));
        QCOMPARE(role(model, 4, "owner").toString(), QString());
        QList<bool> firsts;
        for (int row = 0; row < model.rowCount(); ++row)
            firsts << role(model, row, "firstOfOwner").toBool();
        QCOMPARE(firsts, (QList<bool> {true, false, true, false, true}));
        QCOMPARE(role(model, 2, "overdue").toBool(), true);
        QCOMPARE(role(model, 3, "overdue").toBool(), false);
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(role(model, 2, "sessionTitle").toString(), QStringLiteral("Closing session"));
        QCOMPARE(role(model, 2, "sessionId").toLongLong(), session);

        // Done writes through; the row stays (ticked) until the next reload.
        QVERIFY(model.setDone(2, true));
        QCOMPARE(role(model, 2, "done").toBool(), true);
        QCOMPARE(model.overdueCount(), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT done FROM action_item WHERE id = %1").arg(late)), 1);
        QVERIFY(model.toggleDone(2));
        QCOMPARE(role(model, 2, "done").toBool(), false);
        QCOMPARE(count(*db, QStringLiteral("SELECT done FROM action_item WHERE id = %1").arg(late)), 0);
        QVERIFY(model.toggleDone(2));
        QCOMPARE(model.sessionIdAt(2), session);
        QCOMPARE(model.sessionIdAt(5), 0);
        model.reload();
        QCOMPARE(model.count(), 4);
        QVERIFY(!NoteStore(*db).openActionItemsByOwner().value().isEmpty());
    }

    void forumDemoMinutes()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, DemoOptions {}).ok());
        const int notes = count(*db, QStringLiteral("SELECT count(*) FROM note"));
        QVERIFY2(notes >= 150 && notes <= 300, qPrintable(QString::number(notes)));
        // General debate statements are summarised on their speaking slots.
        QVERIFY(count(*db,
                      QStringLiteral("SELECT count(*) FROM note n JOIN agenda_session s ON s.id = "
                                     "n.session_id WHERE s.kind = 'plenary' AND n.slot_id IS NOT NULL"))
                >= 60);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM note n LEFT JOIN speaking_slot sl ON sl.id = "
                                      "n.slot_id WHERE n.slot_id IS NOT NULL AND (sl.id IS NULL OR "
                                      "sl.session_id <> n.session_id)")),
                 0);
        // Confidential notes exist, and only in closed sessions; restricted ones too.
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM note WHERE confidentiality = 'confidential'"))
                > 3);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM note n JOIN agenda_session s ON s.id = "
                                      "n.session_id WHERE n.confidentiality = 'confidential' AND "
                                      "s.kind <> 'closed_session'")),
                 0);
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM note WHERE confidentiality = 'restricted'"))
                > 3);
        // The unanimous adoption of the Secretariat in the closing session; a vote with counts.
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM decision d JOIN agenda_session s ON s.id = "
                                      "d.session_id WHERE s.title LIKE 'Closing session%' AND d.text LIKE "
                                      "'%permanent Secretariat%' AND d.outcome = 'adopted' AND "
                                      "d.method = 'unanimous'")),
                 1);
        QCOMPARE(
            count(*db,
                  QStringLiteral("SELECT count(*) FROM decision WHERE method = 'vote' AND votes_for = 31 "
                                 "AND votes_against = 4 AND votes_abstaining = 6")),
            1);
        for (const char *outcome : {"rejected", "deferred"})
            QVERIFY2(count(*db,
                           QStringLiteral("SELECT count(*) FROM decision WHERE outcome = '%1'")
                               .arg(QLatin1StringView(outcome)))
                         >= 1,
                     outcome);
        // A dozen action items with owners and due dates, some done.
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM action_item")), 12);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM action_item WHERE due_date IS NULL OR "
                                      "(owner_participant_id IS NULL AND owner_delegation_id IS NULL)")),
                 0);
        QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM action_item WHERE done = 1")) >= 3);
        // The opening ceremony's minutes are final.
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM minutes_change m JOIN agenda_session s ON "
                                      "s.id = m.session_id WHERE s.kind = 'opening_ceremony' AND "
                                      "m.status = 'final'")),
                 1);
        // Search in several scripts finds the demo's notes.
        const NoteStore store(*db);
        for (const char *word :
             {"secretariat", "террор", "xəzər", "恐怖主义", "الإرهاب", "terrorisme", "terrorismus", "Αθήν"}) {
            Result<MinutesSearchResult> found = store.search(QString::fromUtf8(word), false);
            QVERIFY(found.ok());
            QVERIFY2(!found.value().hits.isEmpty(), word);
        }
        QVERIFY(store.search(QStringLiteral("suspects"), false).value().confidentialHidden > 0);
    }

    void forumDemoMinutesAreDeterministic()
    {
        QStringList bodies[2];
        for (QStringList &list : bodies) {
            TestDatabase db;
            QVERIFY(generateDemo(*db, DemoOptions {}).ok());
            QSqlQuery query(db->connection());
            QVERIFY(
                query.exec(QStringLiteral("SELECT body || '|' || confidentiality FROM note ORDER BY id")));
            while (query.next())
                list << query.value(0).toString();
        }
        QVERIFY(!bodies[0].isEmpty());
        QCOMPARE(bodies[0], bodies[1]);
    }
};

QTEST_GUILESS_MAIN(TestMinutesSearch)
#include "tst_minutessearch.moc"
