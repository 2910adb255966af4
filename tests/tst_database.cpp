// SPDX-License-Identifier: MIT
// Storage: schema creation and upgrades, refusal of newer files, constraints, transactions,
// durability across a killed process, and the stores' validation.

#include "countries.h"
#include "database.h"
#include "delegationstore.h"
#include "eventstore.h"
#include "participantstore.h"
#include "sqlvalues.h"
#include "statistics.h"
#include "testsupport.h"
#include "vocabulary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace Plenary;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// The participant table as the schema writes it.
QString participantTableSql(const Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = "
                                   "'participant'"))
        || !query.next())
        return {};
    return query.value(0).toString();
}

/// The quoted values a column's CHECK names, in order: from `column IN ('a', 'b')` or from
/// `column = 'a' OR column = 'b'`.
QStringList checkedValues(const QString &sql, const QString &column)
{
    QStringList values;
    const QRegularExpression inList(QStringLiteral("\\b%1 IN \\(([^)]*)\\)").arg(column));
    const QRegularExpression comparison(QStringLiteral("\\b%1 = '([^']*)'").arg(column));
    if (const QRegularExpressionMatch list = inList.match(sql); list.hasMatch()) {
        static const QRegularExpression literal(QStringLiteral("'([^']*)'"));
        for (const QRegularExpressionMatch &value : literal.globalMatch(list.captured(1)))
            values.append(value.captured(1));
        return values;
    }
    for (const QRegularExpressionMatch &value : comparison.globalMatch(sql))
        values.append(value.captured(1));
    return values;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

EventInfo forum()
{
    EventInfo event;
    event.name = QStringLiteral("Forum");
    event.timeZone = QStringLiteral("Asia/Baku");
    event.firstDay = QDate(2027, 5, 18);
    event.lastDay = QDate(2027, 5, 20);
    event.languages = {QStringLiteral("en"), QStringLiteral("ru")};
    return event;
}

Delegation delegation(const QString &code)
{
    Delegation d;
    d.countryCode = code;
    d.name = Countries::name(code);
    return d;
}

Participant person(const QString &given, const QString &family, std::optional<qint64> delegationId = {})
{
    Participant p;
    p.givenNames = given;
    p.familyName = family;
    p.delegationId = delegationId;
    return p;
}

/// Child mode of the durability test: commits one participant at a time and tells the parent
/// after each commit, until it is killed.
int runCommittingChild(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened.ok())
        return 3;
    const ParticipantStore store(*opened.value());
    for (int i = 1;; ++i) {
        Result<qint64> id =
            store.insert(person(QStringLiteral("Written"), QStringLiteral("Person%1").arg(i)));
        if (!id.ok())
            return 4;
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
}

} // namespace

class TestDatabaseStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void isoDatesAsQtWritesThem()
    {
        // SqlValues::isoDate is QDate::toString(Qt::ISODate) without its asprintf: every day of
        // two centuries, the ends of the range it formats itself, and beyond them.
        for (QDate day(1900, 1, 1); day <= QDate(2100, 12, 31); day = day.addDays(1))
            QCOMPARE(SqlValues::isoDate(day), day.toString(Qt::ISODate));
        for (const QDate &day : {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(10000, 1, 1), QDate(-44, 3, 15),
                                 QDate(2028, 2, 29), QDate()})
            QCOMPARE(SqlValues::isoDate(day), day.toString(Qt::ISODate));
    }

    void createsTheCurrentSchema()
    {
        TestDatabase db;
        QCOMPARE(db->version(), Database::schemaVersion);
        QVERIFY(db->created());
        QCOMPARE(QFile::permissions(db.path())
                     & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")).toInt(), 2); // FULL: durable commits
        QVERIFY(pragma(*db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    }

    void eachThreadHasItsOwnConfiguredConnection()
    {
        TestDatabase db;
        QVERIFY(DelegationStore(*db).insert(delegation(QStringLiteral("NO"))).ok());
        // Workers one after another: the system may give a new thread the id of a finished
        // one, and each must still get a working connection of its own.
        QSet<QString> names;
        for (int i = 0; i < 12; ++i) {
            QString workerConnection;
            int workerForeignKeys = -1;
            qint64 workerCount = -1;
            QThread *worker = QThread::create([&] {
                workerConnection = db->connection().connectionName();
                workerForeignKeys = pragma(*db, QStringLiteral("foreign_keys")).toInt();
                Result<EventCounts> counts = countEvent(*db);
                workerCount = counts.ok() ? counts.value().delegations : -1;
            });
            worker->start();
            QVERIFY(worker->wait(10000));
            delete worker;
            QVERIFY(!workerConnection.isEmpty());
            QVERIFY(workerConnection != db->connection().connectionName());
            QVERIFY(!QSqlDatabase::contains(workerConnection)); // removed when its thread ended
            QCOMPARE(workerForeignKeys, 1);
            QCOMPARE(workerCount, 1);
            names.insert(workerConnection);
        }
        QCOMPARE(names.size(), 12);
    }

    void upgradesVersionOneStepByStep()
    {
        TestDatabase db;
        db.close();
        QFile::remove(db.path());
        db.open(1);
        QCOMPARE(db->version(), 1);
        // Version 1 has no search index: write the rows the way version 1 did.
        QSqlQuery insert(db->connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO participant (given_names, family_name, native_name, role, created_at, updated_at) "
            "VALUES "
            "('Hans', 'Müller', '', 'delegate', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), "
            "('Elnur', 'Aliyev', 'Elnur Əliyev', 'delegate', '2027-01-01T00:00:00Z', "
            "'2027-01-01T00:00:00Z')")));
        db.open();
        QCOMPARE(db->version(), Database::schemaVersion);
        const ParticipantStore store(*db);
        ParticipantFilter filter;
        filter.text = QStringLiteral("muller");
        QCOMPARE(store.matchingIds(filter).value().size(), std::size_t(1));
        filter.text = QStringLiteral("əliyev");
        QCOMPARE(store.matchingIds(filter).value().size(), std::size_t(1));
        QCOMPARE(store.idsInListOrder().value().size(), std::size_t(2));
    }

    void upgradesTheKeptVersionOneFile()
    {
        const QString fixture = QStringLiteral(PLENARY_TEST_DATA "/plenary-v1.sqlite");
        QVERIFY2(QFile::exists(fixture), "tests/data/plenary-v1.sqlite is missing");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->version(), Database::schemaVersion);
        Result<EventCounts> counts = countEvent(*opened.value());
        QCOMPARE(counts.value().delegations, 2);
        QCOMPARE(counts.value().participants, 3);
        ParticipantFilter filter;
        filter.text = QStringLiteral("ivanov");
        QCOMPARE(ParticipantStore(*opened.value()).matchingIds(filter).value().size(), std::size_t(1));
    }

    void upgradesInListChecksToComparisons()
    {
        TestDatabase db;
        db.close();
        QFile::remove(db.path());
        db.open(5);
        const QString before = participantTableSql(*db);
        const QStringList roles = checkedValues(before, QStringLiteral("role"));
        const QStringList states = checkedValues(before, QStringLiteral("accreditation_state"));
        QCOMPARE(roles.size(), qsizetype(Vocabulary::roles().size()));
        QCOMPARE(states.size(), qsizetype(Vocabulary::accreditationStates().size()));
        const qint64 delegationId = DelegationStore(*db).insert(delegation(QStringLiteral("AZ"))).value();
        Participant head = person(QStringLiteral("Leyla"), QStringLiteral("Mammadova"), delegationId);
        head.role = QStringLiteral("head_of_delegation");
        head.accreditationState = QStringLiteral("approved");
        head.badgeNumber = QStringLiteral("000042");
        QVERIFY(ParticipantStore(*db).insert(head).ok());
        QVERIFY(ParticipantStore(*db).insert(person(QStringLiteral("Hans"), QStringLiteral("Müller"))).ok());

        db.open();
        QCOMPARE(db->version(), Database::schemaVersion);
        const QString after = participantTableSql(*db);
        QVERIFY2(!after.contains(QStringLiteral(" IN (")), qPrintable(after));
        // The same values in the same order, and the rest of the table as it was.
        QCOMPARE(checkedValues(after, QStringLiteral("role")), roles);
        QCOMPARE(checkedValues(after, QStringLiteral("accreditation_state")), states);
        QVERIFY(after.contains(QStringLiteral("badge_number TEXT UNIQUE")));
        QVERIFY(after.contains(QStringLiteral("sort_key TEXT NOT NULL DEFAULT ''")));
        const ParticipantStore store(*db);
        QCOMPARE(store.count().value(), 2);
        ParticipantFilter filter;
        filter.text = QStringLiteral("mammadova");
        QCOMPARE(store.matchingIds(filter).value().size(), std::size_t(1));

        // Every value of the vocabularies is still accepted, anything else still refused.
        QSqlQuery insert(db->connection());
        const auto write = [&](const QString &role, const QString &state) {
            insert.prepare(QStringLiteral("INSERT INTO participant (family_name, role, accreditation_state, "
                                          "created_at, updated_at) VALUES ('X', :role, :state, '', '')"));
            insert.bindValue(QStringLiteral(":role"), role);
            insert.bindValue(QStringLiteral(":state"), state);
            return insert.exec();
        };
        for (const QString &role : roles)
            QVERIFY2(write(role, QStringLiteral("nominated")),
                     qPrintable(role + u' ' + insert.lastError().text()));
        for (const QString &state : states)
            QVERIFY2(write(QStringLiteral("delegate"), state), qPrintable(state));
        for (const auto &[role, state] :
             {std::pair {QStringLiteral("king"), QStringLiteral("nominated")},
              std::pair {QStringLiteral("Delegate"), QStringLiteral("nominated")},
              std::pair {QStringLiteral("delegate"), QStringLiteral("lost")},
              std::pair {QStringLiteral("delegate "), QStringLiteral("approved")}}) {
            QVERIFY2(!write(role, state), qPrintable(role + u' ' + state));
            QVERIFY2(insert.lastError().text().contains(QStringLiteral("CHECK constraint failed")),
                     qPrintable(insert.lastError().text()));
        }
        // A database made now has the same table as an upgraded one.
        TestDatabase fresh;
        QCOMPARE(participantTableSql(*fresh), after);
    }

    void refusesANewerSchemaUntouched()
    {
        TestDatabase db;
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
        const QByteArray before = fileHash(db.path());
        QVERIFY(!before.isEmpty());
        auto opened = Database::open(db.path());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer Plenary")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(db.path()), before);
    }

    void enforcesForeignKeys()
    {
        TestDatabase db;
        QSqlQuery insert(db->connection());
        QVERIFY(!insert.exec(
            QStringLiteral("INSERT INTO participant (delegation_id, family_name, role, created_at, "
                           "updated_at) VALUES (999, 'X', 'delegate', '', '')")));
        QVERIFY(insert.lastError().text().contains(QStringLiteral("FOREIGN KEY")));

        Result<qint64> refused =
            ParticipantStore(*db).insert(person(QStringLiteral("A"), QStringLiteral("B"), 999));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("delegationId"));
    }

    void aFailedBatchLeavesNothingBehind()
    {
        TestDatabase db;
        const ParticipantStore store(*db);
        std::vector<Participant> batch = {person(QStringLiteral("Anna"), QStringLiteral("Berg")),
                                          person(QStringLiteral("Carl"), QStringLiteral("Dahl")),
                                          person(QStringLiteral("Eva"), QString())};
        const Status inserted = store.insertMany(batch);
        QVERIFY(!inserted.ok());
        QVERIFY2(inserted.error().message.startsWith(QStringLiteral("participant 3")),
                 qPrintable(inserted.error().message));
        QCOMPARE(store.count().value(), 0);
        ParticipantFilter filter;
        filter.text = QStringLiteral("berg");
        QVERIFY(store.matchingIds(filter).value().empty());
    }

    void aFailedNestedPartFailsTheWhole()
    {
        TestDatabase db;
        const DelegationStore delegations(*db);
        {
            Transaction outer(*db);
            QVERIFY(outer.ok());
            QVERIFY(delegations.insert(delegation(QStringLiteral("FR"))).ok());
            QVERIFY(!delegations.insert(delegation(QStringLiteral("FR"))).ok()); // same name
            QVERIFY(!outer.commit().ok());
        }
        QCOMPARE(delegations.list().value().size(), 0);
    }

    void aLargeWritesCheckpointFollowsInTheBackground()
    {
        // Checkpoint::InBackground: the commit leaves copying the log into the file to a thread
        // of its own, and the connection checkpoints on commit again afterwards.
        TestDatabase db;
        std::vector<Participant> people;
        for (int i = 0; i < 3000; ++i)
            people.push_back(person(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i)));
        const QFileInfo file(db.path());
        const qint64 before = file.size();
        {
            Transaction transaction(*db);
            QVERIFY(ParticipantStore(*db).insertMany(people).ok());
            QVERIFY(transaction.commit(Transaction::Checkpoint::InBackground).ok());
        }
        QSqlQuery setting(db->connection());
        QVERIFY(setting.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && setting.next());
        QCOMPARE(setting.value(0).toInt(), 1000);
        setting.finish();
        // The pages reach the file while this connection stays open.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db.path()).size() > before + 100 * 1024, 10000);
        QCOMPARE(ParticipantStore(*db).count().value(), 3000);
        db.close(); // waits for the checkpoint's thread
        db.open();
        QCOMPARE(ParticipantStore(*db).count().value(), 3000);
    }

    void dataSurvivesReopening()
    {
        TestDatabase db;
        const EventInfo event = forum();
        QVERIFY(EventStore(*db).save(event).ok());
        const qint64 delegationId = DelegationStore(*db).insert(delegation(QStringLiteral("AZ"))).value();
        Participant p = person(QStringLiteral("Leyla"), QStringLiteral("Mammadova"), delegationId);
        p.nativeName = QStringLiteral("Leyla Məmmədova");
        p.role = QStringLiteral("head_of_delegation");
        p.documentExpiry = QDate(2030, 1, 31);
        const qint64 id = ParticipantStore(*db).insert(p).value();

        db.open();
        QVERIFY(!db->created());
        const auto loaded = EventStore(*db).load().value();
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->name, event.name);
        QCOMPARE(loaded->languages, event.languages);
        QCOMPARE(loaded->lastDay, event.lastDay);
        const Participant back = ParticipantStore(*db).get(id).value();
        QCOMPARE(back.nativeName, p.nativeName);
        QCOMPARE(back.documentExpiry, p.documentExpiry);
        QCOMPARE(back.delegationId, std::optional<qint64>(delegationId));
        const auto list = DelegationStore(*db).list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().headName, QStringLiteral("Leyla MAMMADOVA"));
        QCOMPARE(list.first().memberCount, 1);
    }

    void acknowledgedCommitsSurviveKill9()
    {
        TestDatabase db;
        db.close();
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setProcessEnvironment([&] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PLENARY_TEST_COMMITTING_CHILD"), db.path());
            return env;
        }());
        child.start();
        QVERIFY(child.waitForStarted());
        int acknowledged = 0;
        while (acknowledged < 40 && child.waitForReadyRead(10000)) {
            while (child.canReadLine())
                acknowledged = child.readLine().trimmed().split(' ').last().toInt();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        QVERIFY(acknowledged >= 40);
        db.open();
        QVERIFY(ParticipantStore(*db).count().value() >= acknowledged);
    }

    void validatesWhatUsersType()
    {
        TestDatabase db;
        EventInfo event = forum();
        event.timeZone = QStringLiteral("Mars/Olympus");
        event.lastDay = QDate(2027, 5, 17);
        QCOMPARE(EventStore(*db).save(event).error().field, QStringLiteral("timeZone"));
        event.timeZone = QStringLiteral("Asia/Baku");
        QCOMPARE(EventStore(*db).save(event).error().field, QStringLiteral("lastDay"));

        Delegation d = delegation(QStringLiteral("FR"));
        d.countryCode = QStringLiteral("EU");
        QCOMPARE(DelegationStore::validate(d).error().field, QStringLiteral("countryCode"));

        Participant p = person(QStringLiteral("A"), QStringLiteral("B"));
        p.email = QStringLiteral("not an address");
        QCOMPARE(ParticipantStore::validate(p).error().field, QStringLiteral("email"));
    }

    void oneHeadPerDelegationAndUniqueBadges()
    {
        TestDatabase db;
        const qint64 d = DelegationStore(*db).insert(delegation(QStringLiteral("KZ"))).value();
        const ParticipantStore store(*db);
        Participant head = person(QStringLiteral("Nurlan"), QStringLiteral("Abenov"), d);
        head.role = QStringLiteral("head_of_delegation");
        head.badgeNumber = QStringLiteral("000001");
        QVERIFY(store.insert(head).ok());
        Participant second = person(QStringLiteral("Aigerim"), QStringLiteral("Bekova"), d);
        second.role = QStringLiteral("head_of_delegation");
        Result<qint64> refused = store.insert(second);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Nurlan ABENOV")));
        second.role = QStringLiteral("delegate");
        second.badgeNumber = QStringLiteral("000001");
        QCOMPARE(store.insert(second).error().field, QStringLiteral("badgeNumber"));
    }

    void refusesDeletingADelegationWithMembers()
    {
        TestDatabase db;
        const DelegationStore delegations(*db);
        const qint64 d = delegations.insert(delegation(QStringLiteral("GE"))).value();
        const qint64 p = ParticipantStore(*db)
                             .insert(person(QStringLiteral("Nino"), QStringLiteral("Beridze"), d))
                             .value();
        QVERIFY(!delegations.remove(d).ok());
        QVERIFY(ParticipantStore(*db).remove(p).ok());
        QVERIFY(delegations.remove(d).ok());
        QCOMPARE(delegations.list().value().size(), 0);
    }

    void countriesAreTheIsoList()
    {
        const QList<Countries::Country> &all = Countries::all();
        QVERIFY(all.size() >= 240);
        QCOMPARE(Countries::name(QStringLiteral("AZ")), QStringLiteral("Azerbaijan"));
        for (const char *notACountry : {"EU", "XK", "UN", "AC", "ZZ", "001"})
            QVERIFY2(!Countries::isValid(QString::fromLatin1(notACountry)), notACountry);
        QFile iso(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
        if (!iso.open(QIODevice::ReadOnly))
            QSKIP("iso-codes is not installed: cannot cross-check the country list against ISO 3166-1");
        QSet<QString> isoCodes;
        const QJsonArray entries =
            QJsonDocument::fromJson(iso.readAll()).object().value(QStringLiteral("3166-1")).toArray();
        for (const QJsonValue &entry : entries)
            isoCodes.insert(entry.toObject().value(QStringLiteral("alpha_2")).toString());
        for (const Countries::Country &country : all)
            QVERIFY2(isoCodes.contains(country.code), qPrintable(country.code));
    }
};

int main(int argc, char *argv[])
{
    if (const QString path = qEnvironmentVariable("PLENARY_TEST_COMMITTING_CHILD"); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runCommittingChild(path);
    }
    QCoreApplication app(argc, argv);
    TestDatabaseStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
