// SPDX-License-Identifier: MIT
// The programme, the speakers' list, the minutes and the delegation summary, read back from
// real PDFs written from the forum demo: page numbering, sessions in time order, times in the
// event's zone, names in several scripts, restricted sessions and confidential notes only when
// asked, the speakers' running totals, the counts of the summary, and bad requests that write
// nothing. The first pages are rendered to PNG for people to look at.
#include "agendastore.h"
#include "demogenerator.h"
#include "eventstore.h"
#include "notestore.h"
#include "notesupport.h"
#include "pdfsupport.h"
#include "reports.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QSet>

using namespace Plenary;
using namespace Plenary::TestSupport;

namespace {

/// Writes `request` and checks that the file is a PDF whose page count the outcome states.
ReportOutcome written(const Database &db, const ReportRequest &request)
{
    const Result<ReportOutcome> outcome = writeReport(db, request);
    if (!outcome.ok()) {
        qWarning() << outcome.error().describe();
        return {};
    }
    QPdfDocument document;
    if (document.load(request.output) != QPdfDocument::Error::None
        || document.pageCount() != outcome.value().pages)
        return {};
    return outcome.value();
}

/// Every page's text as PDFium reads it: in the order it was painted (pdftotext guesses columns,
/// which mixes a session's time with the session before), without white space.
QString paintedText(const QString &file)
{
    QPdfDocument document;
    if (document.load(file) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    return squeezed(text);
}

/// A request of `kind` written into `db`'s folder as `file`.
ReportRequest requestFor(const TestDatabase &db, const char *kind, const char *file)
{
    ReportRequest request;
    request.kind = QLatin1StringView(kind);
    request.output = db.folder() + u'/' + QLatin1StringView(file);
    return request;
}

/// Whether `needles` all appear in `text` in this order (each after the one before).
bool inOrder(const QString &text, const QStringList &needles, QString *missing = nullptr)
{
    qsizetype at = 0;
    for (const QString &needle : needles) {
        const qsizetype found = text.indexOf(needle, at);
        if (found < 0) {
            if (missing)
                *missing = QStringLiteral("%1 (found at %2, looked from %3: …%4…)")
                               .arg(needle)
                               .arg(text.indexOf(needle))
                               .arg(at)
                               .arg(text.mid(std::max<qsizetype>(0, at - 80), 160));
            return false;
        }
        at = found + needle.size();
    }
    return true;
}

bool hasScript(const QString &text, const char *script)
{
    return text.contains(QRegularExpression(QStringLiteral("\\p{%1}").arg(QLatin1StringView(script))));
}

/// A fresh forum demo.
#define FORUM_DEMO(db)                                                                                       \
    TestDatabase db;                                                                                         \
    QVERIFY(generateDemo(*db, DemoOptions {}).ok())

} // namespace

class TestAgendaReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void programmeByDay()
    {
        FORUM_DEMO(db);
        ReportRequest request = requestFor(db, "programme", "programme.pdf");
        const ReportOutcome outcome = written(*db, request);
        QVERIFY(outcome.pages > 1);
        const QString text = pdfToText(request.output);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(outcome.pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(outcome.pages)));
        QVERIFY(text.contains(u"Times in Asia/Baku (UTC+04:00)"));
        QVERIFY(!text.contains(u"RESTRICTED"));
        QVERIFY(savePages(request.output, QStringLiteral("programme-by-day"), 2));

        // The public scheduled sessions, every one, in time order; their local start times.
        const QList<AgendaSession> sessions = AgendaStore(*db).sessions().value();
        const QTimeZone zone = EventStore(*db).zone();
        QStringList expected;
        QStringList restricted;
        QStringList times; // local start and end
        int scheduled = 0;
        for (const AgendaSession &s : sessions) {
            if (!s.isScheduled())
                continue;
            if (s.visibility != u"public") {
                restricted << squeezed(s.title);
                continue;
            }
            ++scheduled;
            times << s.startsAt.toTimeZone(zone).toString(QStringLiteral("HH:mm")) + u'–'
                    + s.endsAt.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
            expected << squeezed(s.title);
        }
        QCOMPARE(outcome.items, scheduled);
        QVERIFY(!restricted.isEmpty());
        const QString flat = squeezed(text);
        QString missing;
        QVERIFY2(inOrder(paintedText(request.output), expected, &missing), qPrintable(missing));
        for (const QString &time : std::as_const(times))
            QVERIFY2(text.contains(time), qPrintable(time));
        for (const QString &title : std::as_const(restricted))
            QVERIFY2(!flat.contains(title), qPrintable(title));
        // Day headings, and the speakers' names in several scripts.
        QVERIFY(inOrder(text,
                        {QStringLiteral("Tuesday 18 May 2027"), QStringLiteral("Wednesday 19 May 2027"),
                         QStringLiteral("Thursday 20 May 2027")}));
        QVERIFY(hasScript(text, "Cyrillic"));
        QVERIFY(hasScript(text, "Arabic"));
        QVERIFY(hasScript(text, "Han"));
        // A day that runs onto the next page says so at the top of it.
        QVERIFY(text.contains(u"Tuesday 18 May 2027 (continued)"));

        // Restricted sessions when asked, and every page says so.
        request.includeRestricted = true;
        const ReportOutcome all = written(*db, request);
        QCOMPARE(all.items, scheduled + restricted.size());
        const QString allText = pdfToText(request.output);
        QVERIFY(allText.count(u"RESTRICTED") >= all.pages * 2);
        for (const QString &title : std::as_const(restricted))
            QVERIFY2(squeezed(allText).contains(title), qPrintable(title));
    }

    void programmeByRoomAndFilters()
    {
        FORUM_DEMO(db);
        const QList<Room> rooms = AgendaStore(*db).rooms().value();
        QVERIFY(rooms.size() >= 3);
        ReportRequest request;
        request.kind = QStringLiteral("programme");
        request.order = QStringLiteral("room");
        request.output = db.folder() + QStringLiteral("/rooms.pdf");
        const ReportOutcome byRoom = written(*db, request);
        QVERIFY(byRoom.pages > 0);
        QString text = pdfToText(request.output);
        QSet<qint64> used;
        for (const AgendaSession &s : AgendaStore(*db).sessions().value()) {
            if (s.isScheduled() && s.visibility == u"public" && s.roomId)
                used.insert(*s.roomId);
        }
        QStringList roomNames;
        for (const Room &room : rooms) {
            if (used.contains(room.id))
                roomNames << room.name;
        }
        QVERIFY(inOrder(text, roomNames));
        QVERIFY(savePages(request.output, QStringLiteral("programme-by-room"), 1));

        // One room on one day.
        request.roomId = rooms.first().id;
        request.day = QDate(2027, 5, 19);
        const ReportOutcome one = written(*db, request);
        text = pdfToText(request.output);
        QVERIFY(one.items > 0);
        QVERIFY(one.items < byRoom.items);
        QVERIFY(text.contains(rooms.first().name));
        QVERIFY(!text.contains(rooms.at(1).name));
        QVERIFY(text.contains(u"Wed 19 May"));
        QVERIFY(!text.contains(u"Tue 18 May"));

        // Cancelled on the third page: an error, and no file.
        request.output = db.folder() + QStringLiteral("/bad.pdf");
        request.roomId = 0;
        request.day = {};
        int calls = 0;
        request.progress = [&calls](double) { return ++calls < 3; };
        Result<ReportOutcome> cancelled = writeReport(*db, request);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().message.contains(u"cancelled"));
        QVERIFY(!QFile::exists(request.output));
        request.progress = {};
        request.roomId = rooms.first().id;

        // Bad requests: a clear error, the field named, and no file.
        request.order = QStringLiteral("colour");
        Result<ReportOutcome> bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("order"));
        request.order.clear();
        request.roomId = 999999;
        bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("room"));
        request.roomId = 0;
        request.day = QDate(2027, 6, 1);
        bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("day"));
        QVERIFY(!QFile::exists(request.output));
    }

    void speakersListWithRunningTotals()
    {
        FORUM_DEMO(db);
        // The public session with the longest list.
        QSqlQuery longest(db->connection());
        QVERIFY(longest.exec(QStringLiteral(
            "SELECT s.id FROM agenda_session s JOIN speaking_slot sl ON sl.session_id = s.id "
            "WHERE s.visibility = 'public' GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1")));
        QVERIFY(longest.next());
        const qint64 sessionId = longest.value(0).toLongLong();
        const AgendaSession session = AgendaStore(*db).session(sessionId).value();
        const QList<SpeakingSlot> slots = AgendaStore(*db).speakingSlots(sessionId).value();
        QVERIFY(slots.size() >= 5);

        ReportRequest request;
        request.kind = QStringLiteral("speakers");
        request.sessionId = sessionId;
        request.output = db.folder() + QStringLiteral("/speakers.pdf");
        const ReportOutcome outcome = written(*db, request);
        QCOMPARE(outcome.items, slots.size());
        const QString text = pdfToText(request.output);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(outcome.pages)));
        const QString flat = squeezed(text);
        QVERIFY(flat.contains(squeezed(session.title)));

        // Each row: its number, its planned start, its minutes and the running total.
        const QTimeZone zone = EventStore(*db).zone();
        int cumulative = 0;
        QStringList rows;
        for (qsizetype i = 0; i < slots.size(); ++i) {
            const QString starts = session.startsAt.addSecs(qint64(cumulative) * 60)
                                       .toTimeZone(zone)
                                       .toString(QStringLiteral("HH:mm"));
            cumulative += slots.at(i).allottedMinutes.value_or(0);
            rows << QString::number(i + 1) + starts;
        }
        QString missing;
        QVERIFY2(inOrder(flat, rows, &missing), qPrintable(missing));
        QVERIFY2(flat.contains(QStringLiteral("%1minutesallotted").arg(cumulative)),
                 qPrintable(flat.right(300)));
        QVERIFY(flat.contains(QStringLiteral("thelistendsat")
                              + session.startsAt.addSecs(qint64(cumulative) * 60)
                                    .toTimeZone(zone)
                                    .toString(QStringLiteral("HH:mm"))));
        QVERIFY(hasScript(text, "Cyrillic") || hasScript(text, "Arabic") || hasScript(text, "Han"));
        QVERIFY(savePages(request.output, QStringLiteral("speakers"), 1));

        // No session, an unknown one: a clear error and no file.
        request.output = db.folder() + QStringLiteral("/none.pdf");
        request.sessionId = 0;
        Result<ReportOutcome> bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("session"));
        QVERIFY(bad.error().message.contains(u"--session"));
        request.sessionId = 987654;
        bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"987654"));
        QVERIFY(!QFile::exists(request.output));
    }

    void minutesOfASessionByConfidentiality()
    {
        FORUM_DEMO(db);
        const qint64 sessionId = addSession(*db, QStringLiteral("Drafting committee on the Secretariat"));
        QVERIFY(sessionId > 0);
        const NoteStore store(*db);
        const QString author = QStringLiteral("Rapporteur Test");
        QVERIFY(store
                    .createNote(noteOn(sessionId,
                                       QStringLiteral("Opening **remarks** on Wombats.\n\n"
                                                      "- first item Koala\n- second item Emu\n")),
                                author)
                    .ok());
        QVERIFY(store
                    .createNote(noteOn(sessionId, QStringLiteral("Restricted Quokka briefing."),
                                       QStringLiteral("restricted")),
                                author)
                    .ok());
        QVERIFY(store
                    .createNote(noteOn(sessionId, QStringLiteral("Confidential Zanzibar assessment."),
                                       QStringLiteral("confidential")),
                                author)
                    .ok());
        Decision vote;
        vote.sessionId = sessionId;
        vote.text = QStringLiteral("Proposal to establish a permanent Secretariat");
        vote.method = QStringLiteral("vote");
        vote.votesFor = 31;
        vote.votesAgainst = 4;
        vote.votesAbstaining = 7;
        QVERIFY(store.insertDecision(vote, author).ok());
        ActionItem action;
        action.sessionId = sessionId;
        action.text = QStringLiteral("Circulate the draft statute");
        action.dueDate = QDate(2027, 6, 30);
        QVERIFY(store.insertActionItem(action, author).ok());
        QVERIFY(store.finalise(sessionId, author).ok());

        ReportRequest request;
        request.kind = QStringLiteral("minutes");
        request.sessionId = sessionId;
        request.output = db.folder() + QStringLiteral("/minutes.pdf");
        QVERIFY(written(*db, request).pages >= 1);
        QString text = pdfToText(request.output);
        QString flat = squeezed(text);
        QVERIFY(flat.contains(u"Wombats"));
        QVERIFY(flat.contains(u"firstitemKoala"));
        QVERIFY(flat.contains(u"seconditemEmu"));
        QVERIFY(!flat.contains(u"**"));
        QVERIFY(!flat.contains(u"Quokka"));
        QVERIFY(!flat.contains(u"Zanzibar"));
        QVERIFY(!text.contains(u"RESTRICTED") && !text.contains(u"CONFIDENTIAL"));
        QVERIFY(flat.contains(u"31for,4against,7abstaining"));
        QVERIFY(flat.contains(u"Circulatethedraftstatute"));
        QVERIFY(flat.contains(u"due30June2027"));
        QVERIFY(flat.contains(u"Finalminutes·finalisedbyRapporteurTest"));
        QVERIFY(savePages(request.output, QStringLiteral("minutes-session"), 1));

        request.includeRestricted = true;
        QVERIFY(written(*db, request).pages >= 1);
        text = pdfToText(request.output);
        flat = squeezed(text);
        QVERIFY(flat.contains(u"Quokka"));
        QVERIFY(!flat.contains(u"Zanzibar"));
        QVERIFY(text.contains(u"RESTRICTED"));

        request.includeRestricted = false;
        request.includeConfidential = true;
        QVERIFY(written(*db, request).pages >= 1);
        text = pdfToText(request.output);
        flat = squeezed(text);
        QVERIFY(flat.contains(u"Zanzibar"));
        QVERIFY(flat.contains(u"Quokka"));
        QVERIFY(text.contains(u"CONFIDENTIAL"));

        request.sessionId = 424242;
        request.output = db.folder() + QStringLiteral("/unknown.pdf");
        const Result<ReportOutcome> bad = writeReport(*db, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("session"));
        QVERIFY(!QFile::exists(request.output));
    }

    void minutesOfTheWholeEvent()
    {
        FORUM_DEMO(db);
        ReportRequest request = requestFor(db, "minutes", "all-minutes.pdf");
        const ReportOutcome outcome = written(*db, request);
        QVERIFY(outcome.pages > 2);
        const QString text = pdfToText(request.output);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(outcome.pages)));
        QVERIFY(!text.contains(u"CONFIDENTIAL"));
        // Sessions with public minutes, in time order; confidential notes absent.
        QSqlQuery sessions(db->connection());
        QVERIFY(sessions.exec(QStringLiteral(
            "SELECT title FROM agenda_session s WHERE visibility = 'public' AND starts_at IS NOT NULL AND "
            "EXISTS (SELECT 1 FROM note n WHERE n.session_id = s.id AND n.confidentiality = 'public') "
            "ORDER BY starts_at, room_id, id")));
        QStringList titles;
        while (sessions.next())
            titles << squeezed(sessions.value(0).toString());
        QVERIFY(titles.size() >= 3);
        const QString flat = squeezed(text);
        QString missing;
        QVERIFY2(inOrder(paintedText(request.output), titles, &missing), qPrintable(missing));
        QSqlQuery confidential(db->connection());
        QVERIFY(confidential.exec(QStringLiteral(
            "SELECT body FROM note WHERE confidentiality = 'confidential' ORDER BY id LIMIT 1")));
        QVERIFY(confidential.next());
        // A stretch of its text without Markdown: absent now, present when asked.
        const QString body = confidential.value(0).toString();
        const QRegularExpressionMatch words =
            QRegularExpression(QStringLiteral("[\\p{L} ,]{24,}")).match(body);
        QVERIFY2(words.hasMatch(), qPrintable(body));
        const QString secret = squeezed(words.captured(0)).left(24);
        QVERIFY2(!flat.contains(secret), qPrintable(secret));
        QVERIFY(hasScript(text, "Cyrillic") && hasScript(text, "Han"));
        QVERIFY(savePages(request.output, QStringLiteral("minutes-event"), 2));

        request.includeConfidential = true;
        QVERIFY(written(*db, request).pages > outcome.pages - 1);
        const QString all = pdfToText(request.output);
        QVERIFY2(squeezed(all).contains(secret), qPrintable(secret));
        QVERIFY(all.contains(u"CONFIDENTIAL"));
    }

    void delegationSummary()
    {
        FORUM_DEMO(db);
        ReportRequest request = requestFor(db, "delegations", "delegations.pdf");
        const ReportOutcome outcome = written(*db, request);
        QCOMPARE(outcome.items, count(*db, QStringLiteral("SELECT COUNT(*) FROM delegation")));
        QPdfDocument document;
        QCOMPARE(document.load(request.output), QPdfDocument::Error::None);
        QVERIFY(document.pagePointSize(0).width() > document.pagePointSize(0).height()); // landscape
        const QString text = pdfToText(request.output);
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(outcome.pages)));
        const int participants = count(*db, QStringLiteral("SELECT COUNT(*) FROM participant"));
        QVERIFY(text.contains(
            QStringLiteral("%1 participants").arg(QLocale(QLocale::English).toString(participants))));
        // The totals row: the count of each role and of each state, then everyone.
        QStringList expected;
        for (const char *column : {"role", "accreditation_state"}) {
            QSqlQuery counts(db->connection());
            QVERIFY(counts.exec(QStringLiteral("SELECT %1, COUNT(*) FROM participant GROUP BY 1")
                                    .arg(QLatin1StringView(column))));
            QHash<QString, int> by;
            while (counts.next())
                by.insert(counts.value(0).toString(), counts.value(1).toInt());
            for (const Vocabulary::Term &term :
                 column == std::string_view("role") ? Vocabulary::roles() : Vocabulary::accreditationStates())
                expected << QLocale(QLocale::English).toString(by.value(QLatin1StringView(term.code)));
        }
        expected << QLocale(QLocale::English).toString(participants);
        const QStringList lines = pdfToText(request.output, outcome.pages, outcome.pages, true).split(u'\n');
        const auto totalLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.trimmed().startsWith(u"Total ");
        });
        QVERIFY(totalLine != lines.cend());
        QCOMPARE(totalLine->trimmed().split(u' ', Qt::SkipEmptyParts).mid(1), expected);
        // Countries by English name inside the member states.
        QVERIFY(inOrder(text,
                        {QStringLiteral("Member states"), QStringLiteral("Algeria"),
                         QStringLiteral("Azerbaijan"), QStringLiteral("Brazil")}));
        QVERIFY(savePages(request.output, QStringLiteral("delegations"), 1));
    }

    void commandLine()
    {
        FORUM_DEMO(db);
        const QString output = db.folder() + QStringLiteral("/cli-programme.pdf");
        db.close();
        QProcess plenary;
        const auto run = [&](const QStringList &arguments) {
            plenary.start(QStringLiteral(PLENARY_BINARY),
                          QStringList {QStringLiteral("--database"), db.path(), QStringLiteral("report")}
                              + arguments);
            return plenary.waitForFinished(120000) ? plenary.exitCode() : -1;
        };
        QCOMPARE(run({QStringLiteral("programme"), QStringLiteral("--output"), output,
                      QStringLiteral("--order"), QStringLiteral("room")}),
                 0);
        QVERIFY(QString::fromUtf8(plenary.readAllStandardOutput()).contains(u"sessions"));
        QVERIFY(pdfToText(output, 1, 1).contains(u"By room"));
        // The speakers' list without a session: the job fails, says why, writes nothing.
        const QString speakers = db.folder() + QStringLiteral("/cli-speakers.pdf");
        QCOMPARE(run({QStringLiteral("speakers"), QStringLiteral("--output"), speakers}), 1);
        QVERIFY(QString::fromUtf8(plenary.readAllStandardError()).contains(u"--session"));
        QVERIFY(!QFile::exists(speakers));
        QCOMPARE(run({QStringLiteral("delegations"), QStringLiteral("-o"), speakers}), 0);
        QVERIFY(QFile::exists(speakers));
    }
};

QTEST_MAIN(TestAgendaReports)
#include "tst_agendareports.moc"
