// SPDX-License-Identifier: MIT
// The built `plenary` binary end to end: exit codes, demo and stats, refusals, determinism,
// and the window's self-test with screenshots.

#include "agendastore.h"
#include "conflictengine.h"
#include "eventstore.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace Plenary;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run plenary(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PLENARY_DATABASE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PLENARY_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject stats(const QString &database)
{
    const Run run =
        plenary({QStringLiteral("--database"), database, QStringLiteral("stats"), QStringLiteral("--json")});
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString database(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void versionAndHelp()
    {
        Run run = plenary({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("plenary " PLENARY_VERSION));
        run = plenary({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("demo [--scale forum|cop] [--seed N]")));
    }

    void usageErrorsExitTwoAndCreateNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("bad scale") << QStringList {QStringLiteral("demo"), QStringLiteral("--scale"),
                                                   QStringLiteral("huge")};
        QTest::newRow("bad seed") << QStringList {QStringLiteral("demo"), QStringLiteral("--seed"),
                                                  QStringLiteral("x")};
        QTest::newRow("stray argument") << QStringList {QStringLiteral("stats"), QStringLiteral("extra")};
        QTest::newRow("import without a file")
            << QStringList {QStringLiteral("import"), QStringLiteral("participants")};
        QTest::newRow("import of what")
            << QStringList {QStringLiteral("import"), QStringLiteral("people"), QStringLiteral("x.csv")};
        QTest::newRow("import bad option")
            << QStringList {QStringLiteral("import"), QStringLiteral("participants"), QStringLiteral("x.csv"),
                            QStringLiteral("--all")};
        QTest::newRow("export bad format") << QStringList {
            QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("x.pdf")};
    }

    void usageErrorsExitTwoAndCreateNothing()
    {
        QFETCH(QStringList, arguments);
        const QString path = database(QStringLiteral("usage.sqlite"));
        const Run run = plenary(QStringList {QStringLiteral("--database"), path} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("plenary: ")));
        QVERIFY(!QFile::exists(path));
    }

    void readingAMissingDatabaseCreatesNothing()
    {
        const QString path = database(QStringLiteral("missing.sqlite"));
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no database")));
        QVERIFY(!QFile::exists(path));
    }

    void forumDemoThenStats()
    {
        const QString path = database(QStringLiteral("forum.sqlite"));
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Generated the forum demo")));
        const QJsonObject counts = stats(path);
        for (const char *key :
             {"delegations", "participants", "countries", "rooms", "sessions", "speaking_slots", "notes"})
            QVERIFY2(counts.contains(QString::fromLatin1(key)), key);
        QVERIFY(counts.value(QStringLiteral("delegations")).toInt() >= 50);
        QVERIFY(counts.value(QStringLiteral("delegations")).toInt() <= 60);
        QVERIFY(counts.value(QStringLiteral("participants")).toInt() >= 330);
        QVERIFY(counts.value(QStringLiteral("participants")).toInt() <= 450);
        QVERIFY(counts.value(QStringLiteral("countries")).toInt() >= 45);
        // The forum's agenda: six rooms, about sixty sessions, speakers' lists.
        QCOMPARE(counts.value(QStringLiteral("rooms")).toInt(), 6);
        QVERIFY(counts.value(QStringLiteral("sessions")).toInt() >= 55);
        QVERIFY(counts.value(QStringLiteral("speaking_slots")).toInt() > 100);
        // The minutes of the sessions held: a couple of hundred notes.
        QVERIFY(counts.value(QStringLiteral("notes")).toInt() >= 150);

        // The demo refuses a database that holds an event, and leaves it as it was.
        const Run again = plenary({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds an event")));
        QCOMPARE(stats(path), counts);
    }

    void demoIsDeterministicForASeed()
    {
        QStringList firstRows[2];
        for (int i = 0; i < 2; ++i) {
            const QString path = database(QStringLiteral("seed%1.sqlite").arg(i));
            QCOMPARE(plenary({QStringLiteral("--database"), path, QStringLiteral("demo"),
                              QStringLiteral("--seed"), QStringLiteral("42")})
                         .exitCode,
                     0);
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            const ParticipantStore store(*opened.value());
            const std::vector<qint64> ids = store.idsInListOrder().value();
            for (const ParticipantRow &row : store.rows(std::span(ids).first(50)).value())
                firstRows[i].append(row.participant.displayName() + u'|' + row.participant.nativeName + u'|'
                                    + row.delegationName + u'|' + row.participant.accreditationState);
        }
        QCOMPARE(firstRows[0].size(), 50);
        QCOMPARE(firstRows[0], firstRows[1]);
    }

    void copDemoHasItsScale()
    {
        const QString path = database(QStringLiteral("cop.sqlite"));
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("demo"),
                                 QStringLiteral("--scale"), QStringLiteral("cop")},
                                300000);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject counts = stats(path);
        QCOMPARE(counts.value(QStringLiteral("delegations")).toInt(), 200);
        QCOMPARE(counts.value(QStringLiteral("participants")).toInt(), 100000);
        QCOMPARE(counts.value(QStringLiteral("rooms")).toInt(), 72);
        QCOMPARE(counts.value(QStringLiteral("sessions")).toInt(), 1500);
        QCOMPARE(counts.value(QStringLiteral("notes")).toInt(), 20000);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QSqlQuery largest(opened.value()->connection());
        QVERIFY(largest.exec(QStringLiteral(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM participant GROUP BY delegation_id)")));
        QVERIFY(largest.next());
        QCOMPARE(largest.value(0).toInt(), 4409);
    }

    void importAndExportParticipants()
    {
        const QString data = QStringLiteral(PLENARY_TEST_DATA "/csv/");
        const QString path = database(QStringLiteral("exchange.sqlite"));
        // A file that cannot be read creates no database.
        Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("import"),
                           QStringLiteral("participants"), data + QStringLiteral("latin1.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("latin1.csv is not UTF-8")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
        // Bad lines: every one on stderr as FILE:LINE: field: reason, nothing written.
        run = plenary({QStringLiteral("--database"), path, QStringLiteral("import"),
                       QStringLiteral("participants"), data + QStringLiteral("bad-lines.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(data + QStringLiteral("bad-lines.csv:5: email: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("bad-lines.csv:8: country: ")));
        QVERIFY(!QFile::exists(path));
        run = plenary({QStringLiteral("--database"), path, QStringLiteral("import"),
                       QStringLiteral("participants"), data + QStringLiteral("ours-bom-crlf.csv"),
                       QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1); // a dry run reads an existing database only
        run = plenary({QStringLiteral("--database"), path, QStringLiteral("import"),
                       QStringLiteral("participants"), data + QStringLiteral("ours-bom-crlf.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Imported 3 participants")));
        QCOMPARE(stats(path).value(QStringLiteral("participants")).toInt(), 3);
        run = plenary({QStringLiteral("--database"), path, QStringLiteral("import"),
                       QStringLiteral("participants"), data + QStringLiteral("duplicates.csv"),
                       QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("duplicates.csv:3: warning: email: possible duplicate")));
        QCOMPARE(stats(path).value(QStringLiteral("participants")).toInt(), 3);

        for (const char *name : {"out.csv", "out.xlsx"}) {
            const QString out = m_dir.filePath(QString::fromLatin1(name));
            run = plenary({QStringLiteral("--database"), path, QStringLiteral("export"),
                           QStringLiteral("participants"), out, QStringLiteral("--include-documents")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.out.contains(QStringLiteral("Exported 3 participants")));
            QVERIFY(QFileInfo(out).size() > 100);
        }
        run = plenary({QStringLiteral("--database"), database(QStringLiteral("none.sqlite")),
                       QStringLiteral("export"), QStringLiteral("participants"),
                       m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(database(QStringLiteral("none.sqlite"))));
    }

    void conflictsErrorsFirst()
    {
        const QString path = database(QStringLiteral("conflicts.sqlite"));
        QString warningSubject;
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            const Database &db = *opened.value();
            EventInfo event;
            event.name = QStringLiteral("Forum");
            event.timeZone = QStringLiteral("Asia/Baku");
            event.firstDay = QDate(2027, 5, 18);
            event.lastDay = QDate(2027, 5, 20);
            event.languages = {QStringLiteral("en")};
            QVERIFY(EventStore(db).save(event).ok());
            const AgendaStore agenda(db);
            Room hall;
            hall.name = QStringLiteral("Hall A");
            hall.capacity = 10;
            const qint64 hallId = agenda.insertRoom(hall).value();
            QList<AgendaSession> sessions(3);
            for (int i = 0; i < 3; ++i) {
                sessions[i].title = QStringLiteral("Session %1").arg(i + 1);
                sessions[i].roomId = hallId;
                sessions[i].startsAt = QDateTime(QDate(2027, 5, 18), QTime(6 + i / 2, 0), Qt::UTC);
                sessions[i].endsAt = sessions[i].startsAt.addSecs(3600);
            }
            sessions[2].expectedAttendance = 50; // a warning, later than the error
            QVERIFY(agenda.insertSessions(sessions).ok());
            ConflictEngine engine(db);
            QVERIFY(engine.reload().ok());
            QCOMPARE(engine.conflicts().size(), 2);
            warningSubject = engine.conflicts().at(1).subject;
            QVERIFY(engine
                        .acknowledge(QStringLiteral("over_capacity"), warningSubject,
                                     QStringLiteral("Overflow room"), QStringLiteral("Desk"))
                        .ok());
        }
        Run run = plenary(
            {QStringLiteral("--database"), path, QStringLiteral("conflicts"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0); // conflicts are a result, not a failure
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("warnings")).toInt(), 1);
        const QJsonArray list = result.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject error = list.at(0).toObject();
        QCOMPARE(error.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("rule")).toString(), QStringLiteral("room_double_booking"));
        const QJsonArray sessions = error.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Session 1"));
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("room")).toString(),
                 QStringLiteral("Hall A"));
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("starts_at")).toString(),
                 QStringLiteral("2027-05-18T06:00:00Z"));
        const QJsonObject warning = list.at(1).toObject();
        QCOMPARE(warning.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(warning.value(QStringLiteral("subject")).toString(), warningSubject);
        QCOMPARE(warning.value(QStringLiteral("acknowledged")).toBool(), true);
        QCOMPARE(warning.value(QStringLiteral("reason")).toString(), QStringLiteral("Overflow room"));

        run = plenary({QStringLiteral("--database"), path, QStringLiteral("conflicts")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("1 errors, 1 warnings (1 acknowledged); times in Asia/Baku."));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("ERROR    Hall A is booked twice")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("WARNING  \u201CSession 3\u201D")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("acknowledged by Desk")), qPrintable(lines.at(3)));

        QCOMPARE(
            plenary({QStringLiteral("--database"), path, QStringLiteral("conflicts"), QStringLiteral("x")})
                .exitCode,
            2);
        const QString missing = database(QStringLiteral("none.sqlite"));
        QCOMPARE(plenary({QStringLiteral("--database"), missing, QStringLiteral("conflicts")}).exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void refusesANewerDatabase()
    {
        const QString path = database(QStringLiteral("newer.sqlite"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer Plenary")), qPrintable(run.err));
    }

    void selfTestVisitsEveryPageWithoutWarnings()
    {
        const QString path = database(QStringLiteral("window.sqlite"));
        QCOMPARE(plenary({QStringLiteral("--database"), path, QStringLiteral("demo")}).exitCode, 0);
        QDir shots(QStringLiteral(PLENARY_SCREENSHOTS));
        shots.removeRecursively();
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("--self-test"),
                                 QStringLiteral("--screenshots"), shots.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList pngs = shots.entryList({QStringLiteral("*.png")});
        QVERIFY2(pngs.size() >= 6, qPrintable(pngs.join(u' ')));
        for (const QString &png : pngs) {
            const QImage image(shots.filePath(png));
            QVERIFY2(image.width() >= 960 && image.height() >= 600, qPrintable(png));
        }
    }

    /// The programme's part of the walk at COP scale: the busiest day of 72 rooms.
    void selfTestAtCopScale()
    {
        const QString path = database(QStringLiteral("cop-window.sqlite"));
        const Run demo = plenary({QStringLiteral("--database"), path, QStringLiteral("demo"),
                                  QStringLiteral("--scale"), QStringLiteral("cop")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QDir shots(QStringLiteral(PLENARY_SCREENSHOTS "/cop"));
        shots.removeRecursively();
        // The programme's steps only: the timetable at COP scale is what this walk is for.
        qputenv("PLENARY_SELF_TEST_ONLY", "programme");
        const Run run = plenary({QStringLiteral("--database"), path, QStringLiteral("--self-test"),
                                 QStringLiteral("--screenshots"), shots.path()});
        qunsetenv("PLENARY_SELF_TEST_ONLY");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("5 step(s), 0 QML warning(s)")), qPrintable(run.err));
        QVERIFY(QFile::exists(shots.filePath(QStringLiteral("19-programme-busiest.png"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
