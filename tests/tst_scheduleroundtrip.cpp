// SPDX-License-Identifier: MIT
// Import, export and import again keeps every session, time, room and person: a schedule read
// into one database, written as frab XML and as frab JSON, and each read into a fresh database
// gives the same agenda. On our fixtures always, and on the real FOSDEM and 38C3 files when
// ../shared/data/schedules is there.

#include "database.h"
#include "scheduleexport.h"
#include "scheduleimport.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace Plenary;

namespace {

QString schedules()
{
    return QStringLiteral(PLENARY_TEST_DATA "/../../../shared/data/schedules");
}

/// Every session as one line: title, UTC start and end, room, and its speakers' names sorted.
QStringList agendaOf(const Database &database)
{
    QSqlQuery query(database.connection());
    const bool ran = query.exec(QStringLiteral(
        "SELECT s.id, s.title, s.starts_at, s.ends_at, coalesce(r.name, ''), "
        "coalesce(p.given_names || ' ' || p.family_name, '') FROM agenda_session s "
        "LEFT JOIN room r ON r.id = s.room_id LEFT JOIN speaking_slot sl ON sl.session_id = s.id "
        "LEFT JOIN participant p ON p.id = sl.speaker_id"));
    if (!ran)
        return {QStringLiteral("query failed")};
    QHash<qint64, QStringList> speakers;
    QHash<qint64, QString> sessions;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        sessions.insert(id,
                        QStringList {query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString()}
                            .join(u'|'));
        if (!query.value(5).toString().isEmpty())
            speakers[id].append(query.value(5).toString());
    }
    QStringList lines;
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        QStringList names = speakers.value(it.key());
        names.sort();
        lines.append(it.value() + u'|' + names.join(u';'));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestScheduleRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void importExportImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sessions");
        QTest::newRow("pentabarf fixture")
            << QStringLiteral(PLENARY_TEST_DATA "/schedules/pentabarf.xml") << 0;
        QTest::newRow("pretalx JSON fixture")
            << QStringLiteral(PLENARY_TEST_DATA "/schedules/baku.json") << 0;
        QTest::newRow("FOSDEM 2026") << schedules() + QStringLiteral("/fosdem-2026-schedule.xml") << 883;
        QTest::newRow("38C3") << schedules() + QStringLiteral("/38c3-schedule-20251206.xml") << 1007;
    }

    void importExportImport()
    {
        QFETCH(QString, file);
        QFETCH(int, sessions);
        if (!QFile::exists(file))
            QSKIP("the real schedule files are not there");
        TestDatabase first;
        const auto imported = ScheduleImport(*first).importFile(file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().describe()));
        const QStringList original = agendaOf(*first);
        QVERIFY(!original.isEmpty());
        if (sessions > 0)
            QCOMPARE(original.size(), sessions);

        for (const char *suffix : {"xml", "json"}) {
            const QString exported = first.folder() + QStringLiteral("/programme.") + QLatin1String(suffix);
            const auto written = ScheduleExport(*first).exportFile(exported);
            QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
            TestDatabase second;
            const auto again = ScheduleImport(*second).importFile(exported);
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().describe()));
            const QStringList roundTripped = agendaOf(*second);
            QCOMPARE(roundTripped.size(), original.size());
            for (qsizetype i = 0; i < original.size(); ++i)
                QCOMPARE(roundTripped.at(i), original.at(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleRoundTrip)
#include "tst_scheduleroundtrip.moc"
