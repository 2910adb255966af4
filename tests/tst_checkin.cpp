// SPDX-License-Identifier: MIT
// The check-in desk: badge codes, lookups by badge number, scanned code and name in several
// scripts, blocked and already-checked-in people, the check-in write and its history, and the
// desk's models under QAbstractItemModelTester.

#include "accreditationstore.h"
#include "checkindesk.h"
#include "eventsettings.h"
#include "eventstore.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Plenary;

namespace {

const QString kDesk = QStringLiteral("Registration desk 1");

qint64 addPerson(const Database &db, const QString &given, const QString &family, const QString &native = {})
{
    Participant p;
    p.givenNames = given;
    p.familyName = family;
    p.nativeName = native;
    Result<qint64> id = ParticipantStore(db).insert(p);
    return id.ok() ? id.value() : -1;
}

/// Walks a participant along the workflow to `state` (rejected with `reason`).
bool moveTo(const Database &db, qint64 id, const QString &state, const QString &reason = {})
{
    const AccreditationStore workflow(db);
    const qint64 ids[] = {id};
    const QStringList path = state == u"nominated" ? QStringList {}
        : state == u"documents_complete"           ? QStringList {QStringLiteral("documents_complete")}
        : state == u"rejected" || state == u"withdrawn"
        ? QStringList {QStringLiteral("documents_complete"), state}
        : state == u"approved"
        ? QStringList {QStringLiteral("documents_complete"), QStringLiteral("approved")}
        : QStringList {QStringLiteral("documents_complete"), QStringLiteral("approved"),
                       QStringLiteral("badge_printed")};
    for (const QString &step : path) {
        if (!workflow.transition(ids, step, QStringLiteral("Accreditation office"), reason).ok())
            return false;
    }
    return true;
}

qint64 historyCount(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM accreditation_change")) && query.next()
        ? query.value(0).toLongLong()
        : -1;
}

void setEventZone(const Database &db, const QString &zone)
{
    EventInfo event;
    event.name = QStringLiteral("Desk test");
    event.timeZone = zone;
    event.firstDay = QDate(2027, 5, 18);
    event.lastDay = QDate(2027, 5, 20);
    event.languages = {QStringLiteral("en")};
    QVERIFY(EventStore(db).save(event).ok());
}

} // namespace

class TestCheckIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void badgeCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("badge");
        QTest::newRow("payload") << "PLENARY:000272"
                                 << "000272";
        QTest::newRow("payload, lower case, unpadded") << "plenary:272"
                                                       << "000272";
        QTest::newRow("padded") << "000272"
                                << "000272";
        QTest::newRow("unpadded") << "272"
                                  << "000272";
        QTest::newRow("spaces around") << "  272 "
                                       << "000272";
        QTest::newRow("url path") << "https://forum.example.org/badge/000272"
                                  << "000272";
        QTest::newRow("url query") << "https://example.org/b?badge=272"
                                   << "000272";
        QTest::newRow("beyond six digits") << "1234567"
                                           << "1234567";
        QTest::newRow("a name") << "Müller"
                                << "";
        QTest::newRow("digits and letters") << "27a"
                                            << "";
        QTest::newRow("another prefix") << "XYZ:000272"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void badgeCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, badge);
        const std::optional<QString> parsed = BadgeCode::parse(typed);
        QCOMPARE(parsed.value_or(QString()), badge);
        if (!badge.isEmpty())
            QCOMPARE(BadgeCode::parse(BadgeCode::payload(badge)).value_or(QString()), badge);
        QCOMPARE(BadgeCode::payload(BadgeCode::badgeNumber(272)), QStringLiteral("PLENARY:000272"));
    }

    void lookupByBadgeNumberAndScan()
    {
        TestDatabase db;
        // Someone whose name holds the digits must not win over the badge holder.
        const qint64 other = addPerson(*db, QStringLiteral("Anna"), QStringLiteral("Berg"));
        const qint64 id = addPerson(*db, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        QVERIFY(moveTo(*db, other, QStringLiteral("approved")));
        QVERIFY(moveTo(*db, id, QStringLiteral("badge_printed")));
        const QString badge = ParticipantStore(*db).get(id).value().badgeNumber;
        QCOMPARE(badge, QStringLiteral("000002"));
        const CheckInStore store(*db);
        for (const QString &typed : {badge, QStringLiteral("2"), QStringLiteral("PLENARY:000002"),
                                     QStringLiteral("https://example.org/badge/000002")}) {
            const Result<CheckInLookup> found = store.lookup(typed);
            QVERIFY2(found.ok(), qPrintable(typed));
            QVERIFY2(found.value().byBadge, qPrintable(typed));
            QCOMPARE(found.value().candidates.size(), 1);
            QCOMPARE(found.value().candidates.first().participant.id, id);
            QCOMPARE(found.value().candidates.first().verdict(), CheckInRecord::Verdict::Ready);
        }
        // A number nobody holds finds nobody, and the desk says which badge it looked for.
        QVERIFY(store.lookup(QStringLiteral("PLENARY:000999")).value().candidates.isEmpty());
        EventSettings event(*db);
        CheckInDesk desk(*db, &event);
        desk.setQuery(QStringLiteral("PLENARY:000999"));
        QVERIFY(desk.current().isEmpty());
        QVERIFY(desk.notFound().contains(QStringLiteral("000999")));
    }

    void lookupByName_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("typed");
        QTest::newRow("Latin, diacritics folded") << "Jürgen"
                                                  << "Müller"
                                                  << ""
                                                  << "muller";
        QTest::newRow("Latin, as written") << "Jürgen"
                                           << "Müller"
                                           << ""
                                           << "MÜLL jür";
        QTest::newRow("Azerbaijani schwa") << "Elnur"
                                           << "Əliyev"
                                           << "Elnur Əliyev"
                                           << "aliyev";
        QTest::newRow("Cyrillic in Cyrillic") << "Ivan"
                                              << "Ivanov"
                                              << "Иван Иванов"
                                              << "Иванов";
        QTest::newRow("Cyrillic typed in Latin") << "Sergei"
                                                 << "Petrov"
                                                 << "Сергей Петров"
                                                 << "serg petr";
        QTest::newRow("Latin typed in Cyrillic") << "Olga"
                                                 << "Smirnova"
                                                 << "Ольга Смирнова"
                                                 << "Смирн";
        QTest::newRow("Greek") << "Nikos"
                               << "Papadopoulos"
                               << "Νίκος Παπαδόπουλος"
                               << "Παπαδ";
    }

    void lookupByName()
    {
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, native);
        QFETCH(QString, typed);
        TestDatabase db;
        addPerson(*db, QStringLiteral("Someone"), QStringLiteral("Else"));
        const qint64 id = addPerson(*db, given, family, native);
        const Result<CheckInLookup> found = CheckInStore(*db).lookup(typed);
        QVERIFY(found.ok());
        QVERIFY(!found.value().byBadge);
        QCOMPARE(found.value().candidates.size(), 1);
        QCOMPARE(found.value().candidates.first().participant.id, id);
        QCOMPARE(found.value().candidates.first().participant.nativeName, native);
    }

    void nameCandidatesAreFewAndInListOrder()
    {
        TestDatabase db;
        QList<qint64> ids;
        for (const char *given : {"Lena", "Karl", "Hanna", "Bernd", "Ida", "Fritz", "Greta", "Anton", "Emil",
                                  "Clara", "Dora", "Jan"})
            ids.append(addPerson(*db, QString::fromLatin1(given), QStringLiteral("Schmidt")));
        addPerson(*db, QStringLiteral("Anton"), QStringLiteral("Schmitz"));
        const CheckInLookup found = CheckInStore(*db).lookup(QStringLiteral("schmidt")).value();
        QCOMPARE(found.candidates.size(), CheckInStore::MaxCandidates);
        QVERIFY(found.more);
        QStringList givenNames;
        for (const CheckInRecord &r : found.candidates)
            givenNames.append(r.participant.givenNames);
        QCOMPARE(givenNames,
                 QStringList({"Anton", "Bernd", "Clara", "Dora", "Emil", "Fritz", "Greta", "Hanna"}));
        const CheckInLookup narrowed = CheckInStore(*db).lookup(QStringLiteral("schmidt j")).value();
        QCOMPARE(narrowed.candidates.size(), 1);
        QVERIFY(!narrowed.more);
        QCOMPARE(narrowed.candidates.first().participant.id, ids.last());
    }

    void notApprovedIsBlocked_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nominated") << "nominated"
                                   << "";
        QTest::newRow("documents complete") << "documents_complete"
                                            << "";
        QTest::newRow("rejected") << "rejected"
                                  << "Nomination letter not received";
        QTest::newRow("withdrawn") << "withdrawn"
                                   << "";
    }

    void notApprovedIsBlocked()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        TestDatabase db;
        const qint64 id = addPerson(*db, QStringLiteral("Maria"), QStringLiteral("Rossi"));
        QVERIFY(moveTo(*db, id, state, reason));
        const qint64 changesBefore = historyCount(*db);
        const CheckInStore store(*db);
        const CheckInRecord record = store.record(id).value();
        QCOMPARE(record.verdict(), CheckInRecord::Verdict::Blocked);
        const Result<CheckInRecord> refused = store.checkIn(id, kDesk);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("state"));
        QCOMPARE(ParticipantStore(*db).get(id).value().accreditationState, state);
        QCOMPARE(historyCount(*db), changesBefore);

        EventSettings event(*db);
        CheckInDesk desk(*db, &event);
        desk.setQuery(QStringLiteral("rossi"));
        const QVariantMap card = desk.current();
        QCOMPARE(card.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(card.value(QStringLiteral("state")).toString(), state);
        QVERIFY(!card.value(QStringLiteral("headline")).toString().isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(record.stateReason, reason);
            QVERIFY(card.value(QStringLiteral("detail")).toString().contains(reason));
        }
        const QVariantMap result = desk.checkInCurrent(kDesk);
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ParticipantStore(*db).get(id).value().accreditationState, state);
    }

    void alreadyCheckedInWarnsWithTheTime()
    {
        TestDatabase db;
        setEventZone(*db, QStringLiteral("Asia/Baku"));
        const qint64 id = addPerson(*db, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        QVERIFY(moveTo(*db, id, QStringLiteral("badge_printed")));
        const CheckInStore store(*db);
        const CheckInRecord first = store.checkIn(id, kDesk).value();
        const qint64 changes = historyCount(*db);
        const Result<CheckInRecord> again = store.checkIn(id, QStringLiteral("Registration desk 2"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("already checked in")));
        QCOMPARE(historyCount(*db), changes);

        EventSettings event(*db);
        CheckInDesk desk(*db, &event);
        desk.setQuery(first.participant.badgeNumber);
        const QVariantMap card = desk.current();
        QCOMPARE(card.value(QStringLiteral("verdict")).toString(), QStringLiteral("already"));
        // The time in the event's zone, labelled with it, and who checked the person in.
        const QString local = first.participant.checkedInAt.toTimeZone(QTimeZone("Asia/Baku"))
                                  .toString(QStringLiteral("HH:mm"));
        const QString detail = card.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(local + QStringLiteral(" (Asia/Baku)")), qPrintable(detail));
        QVERIFY2(detail.contains(kDesk), qPrintable(detail));
        QVERIFY(!desk.checkInCurrent(kDesk).value(QStringLiteral("ok")).toBool());
    }

    void checkInWritesStateTimeAndHistory_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("badge printed") << "badge_printed" << QStringList {"badge_printed>checked_in"};
        // Printed at the desk: both steps recorded.
        QTest::newRow("approved") << "approved"
                                  << QStringList {"approved>badge_printed", "badge_printed>checked_in"};
    }

    void checkInWritesStateTimeAndHistory()
    {
        QFETCH(QString, from);
        QFETCH(QStringList, steps);
        TestDatabase db;
        const qint64 id = addPerson(*db, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        QVERIFY(moveTo(*db, id, from));
        const QString badge = ParticipantStore(*db).get(id).value().badgeNumber;
        const qint64 changesBefore = historyCount(*db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Result<CheckInRecord> done = CheckInStore(*db).checkIn(id, kDesk);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().describe()));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        const Participant stored = ParticipantStore(*db).get(id).value();
        QCOMPARE(stored.accreditationState, QStringLiteral("checked_in"));
        QCOMPARE(stored.badgeNumber, badge);
        QVERIFY(stored.checkedInAt >= before && stored.checkedInAt <= after);
        QCOMPARE(done.value().participant.checkedInAt, stored.checkedInAt);
        QCOMPARE(done.value().stateChangedBy, kDesk);

        const QList<AccreditationChange> history = AccreditationStore(*db).history(id).value();
        QCOMPARE(historyCount(*db), changesBefore + steps.size());
        const QList<AccreditationChange> desk = history.mid(history.size() - steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(desk.at(i).fromState + u'>' + desk.at(i).toState, steps.at(i));
            QCOMPARE(desk.at(i).changedBy, kDesk);
            QVERIFY(desk.at(i).changedAt >= before && desk.at(i).changedAt <= after);
        }
    }

    void checkInIsOneTransaction()
    {
        TestDatabase db;
        const qint64 id = addPerson(*db, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        QVERIFY(moveTo(*db, id, QStringLiteral("approved")));
        const qint64 changesBefore = historyCount(*db);
        // The second step fails: the badge printed on the way must not stay recorded either.
        QSqlQuery trigger(db->connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_check_in BEFORE INSERT ON accreditation_change "
            "WHEN new.to_state = 'checked_in' BEGIN SELECT RAISE(ABORT, 'the desk test refuses'); END")));
        QVERIFY(!CheckInStore(*db).checkIn(id, kDesk).ok());
        const Participant stored = ParticipantStore(*db).get(id).value();
        QCOMPARE(stored.accreditationState, QStringLiteral("approved"));
        QVERIFY(!stored.checkedInAt.isValid());
        QCOMPARE(historyCount(*db), changesBefore);
    }

    void badgeNumbersAreUniqueAndNeverReused()
    {
        TestDatabase db;
        QSet<QString> badges;
        qint64 last = 0;
        for (int i = 0; i < 5; ++i) {
            last = addPerson(*db, QStringLiteral("P%1").arg(i), QStringLiteral("Person"));
            QVERIFY(moveTo(*db, last, QStringLiteral("approved")));
            badges.insert(ParticipantStore(*db).get(last).value().badgeNumber);
        }
        QCOMPARE(badges.size(), 5);
        const QString removedBadge = ParticipantStore(*db).get(last).value().badgeNumber;
        QVERIFY(ParticipantStore(*db).remove(last).ok());
        const qint64 next = addPerson(*db, QStringLiteral("New"), QStringLiteral("Person"));
        QVERIFY(moveTo(*db, next, QStringLiteral("approved")));
        const QString nextBadge = ParticipantStore(*db).get(next).value().badgeNumber;
        QVERIFY(!badges.contains(nextBadge));
        QVERIFY(nextBadge > removedBadge);
        // The deleted holder's number finds nobody at the desk.
        QVERIFY(CheckInStore(*db).lookup(removedBadge).value().candidates.isEmpty());
    }

    void deskUnderModelTester()
    {
        TestDatabase db;
        setEventZone(*db, QStringLiteral("Europe/Vienna"));
        QList<qint64> ids;
        for (const char *given : {"Anna", "Berta", "Carla"}) {
            ids.append(addPerson(*db, QString::fromLatin1(given), QStringLiteral("Huber")));
            QVERIFY(moveTo(*db, ids.last(), QStringLiteral("badge_printed")));
        }
        EventSettings event(*db);
        CheckInDesk desk(*db, &event);
        QAbstractItemModelTester candidatesTester(desk.candidates(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recentTester(desk.recent(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk.recent()->count(), 0);

        desk.setQuery(QStringLiteral("huber"));
        QCOMPARE(desk.candidates()->count(), 3);
        QCOMPARE(desk.currentIndex(), 0);
        desk.setCurrentIndex(1);
        const QModelIndex second = desk.candidates()->index(1);
        QCOMPARE(second.data(CheckInListModel::DisplayNameRole).toString(), QStringLiteral("Berta HUBER"));
        QCOMPARE(second.data(CheckInListModel::VerdictRole).toString(), QStringLiteral("ready"));
        QCOMPARE(desk.current().value(QStringLiteral("participantId")).toLongLong(), ids.at(1));

        QVERIFY(desk.checkInCurrent(kDesk).value(QStringLiteral("ok")).toBool());
        QCOMPARE(desk.query(), QString());
        QCOMPARE(desk.current().value(QStringLiteral("verdict")).toString(), QStringLiteral("done"));
        QCOMPARE(desk.current().value(QStringLiteral("participantId")).toLongLong(), ids.at(1));
        QVERIFY(!desk.checkInCurrent(kDesk).value(QStringLiteral("ok")).toBool());

        desk.setQuery(QStringLiteral("carla huber"));
        QCOMPARE(desk.candidates()->count(), 1);
        QVERIFY(
            desk.checkInCurrent(QStringLiteral("Registration desk 2")).value(QStringLiteral("ok")).toBool());

        // Newest first, with who checked in and when, in the event's zone.
        QCOMPARE(desk.recent()->count(), 2);
        const QModelIndex newest = desk.recent()->index(0);
        QCOMPARE(newest.data(CheckInListModel::ParticipantIdRole).toLongLong(), ids.at(2));
        QCOMPARE(newest.data(CheckInListModel::ChangedByRole).toString(),
                 QStringLiteral("Registration desk 2"));
        QVERIFY(
            newest.data(CheckInListModel::TimeRole).toString().endsWith(QStringLiteral("(Europe/Vienna)")));
        desk.showRecent(1);
        QCOMPARE(desk.current().value(QStringLiteral("participantId")).toLongLong(), ids.at(1));
        QCOMPARE(desk.current().value(QStringLiteral("verdict")).toString(), QStringLiteral("already"));

        desk.clear();
        QVERIFY(desk.current().isEmpty());
        QCOMPARE(desk.candidates()->count(), 0);
    }

    void photosOnlyWithAProvider()
    {
        TestDatabase db;
        EventSettings event(*db);
        CheckInDesk desk(*db, &event);
        // Outside QML there is no engine to ask; the card then shows initials.
        QVERIFY(!desk.photosAvailable());
        QQmlEngine engine;
        engine.setObjectOwnership(&desk, QQmlEngine::CppOwnership);
        (void)engine.newQObject(&desk);
        QVERIFY(!desk.photosAvailable());
        engine.addImageProvider(QStringLiteral("photo"), new QQuickImageProvider(QQuickImageProvider::Image));
        QVERIFY(desk.photosAvailable());

        const qint64 id = addPerson(*db, QStringLiteral("Jonas"), QStringLiteral("Weber"));
        desk.setQuery(QStringLiteral("weber"));
        QCOMPARE(desk.current().value(QStringLiteral("hasPhoto")).toBool(), false);
        QCOMPARE(desk.current().value(QStringLiteral("initials")).toString(), QStringLiteral("JW"));
        QSqlQuery photo(db->connection());
        QVERIFY(photo.prepare(QStringLiteral("INSERT INTO participant_photo (participant_id, image, "
                                             "updated_at) VALUES (:id, x'00', '2027-01-01')")));
        photo.bindValue(QStringLiteral(":id"), id);
        QVERIFY(photo.exec());
        desk.refresh();
        QCOMPARE(desk.current().value(QStringLiteral("hasPhoto")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCheckIn)
#include "tst_checkin.moc"
