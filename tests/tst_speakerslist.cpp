// SPDX-License-Identifier: MIT
// A session's speakers' list as the chair works it: protocol order with rights of reply last,
// moves that keep the replies at the end, the running total against the session's length,
// and every change written at once to a real SQLite file.

#include "agendastore.h"
#include "delegationstore.h"
#include "participantstore.h"
#include "speakerslistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Plenary;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// A session of `minutes` with three delegations' speakers.
struct Fixture
{
    qint64 sessionId = 0;
    qint64 azerbaijan = 0;
    qint64 georgia = 0;
    QList<qint64> speakers; ///< 0, 1 of Azerbaijan, 2 of Georgia, 3 of none
};

Fixture makeFixture(const Database &db, int minutes)
{
    Fixture f;
    const DelegationStore delegations(db);
    Delegation az;
    az.name = QStringLiteral("Azerbaijan");
    az.countryCode = QStringLiteral("AZ");
    f.azerbaijan = delegations.insert(az).value();
    Delegation ge;
    ge.name = QStringLiteral("Georgia");
    ge.countryCode = QStringLiteral("GE");
    f.georgia = delegations.insert(ge).value();
    const ParticipantStore participants(db);
    const QList<std::pair<const char *, qint64>> people {
        {"Aliyev", f.azerbaijan}, {"Mammadova", f.azerbaijan}, {"Beridze", f.georgia}, {"Expert", 0}};
    for (const auto &[name, delegation] : people) {
        Participant p;
        p.familyName = QString::fromLatin1(name);
        if (delegation)
            p.delegationId = delegation;
        f.speakers.append(participants.insert(p).value());
    }
    AgendaSession session;
    session.title = QStringLiteral("General debate");
    session.startsAt = utc("2027-05-18T05:00:00Z");
    session.endsAt = session.startsAt.addSecs(qint64(minutes) * 60);
    f.sessionId = AgendaStore(db).insertSession(session).value();
    return f;
}

QStringList topics(const SpeakersListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.data(model.index(row), SpeakersListModel::TopicRole).toString());
    return list;
}

QStringList storedTopics(const Database &db, qint64 sessionId)
{
    QStringList list;
    for (const SpeakingSlot &slot : AgendaStore(db).speakingSlots(sessionId).value())
        list.append(slot.topic);
    return list;
}

bool ok(const QVariantMap &result)
{
    if (!result.value(QStringLiteral("ok")).toBool())
        qWarning() << result;
    return result.value(QStringLiteral("ok")).toBool();
}

} // namespace

class TestSpeakersList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void addDefaultsToTheSpeakersDelegation()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db, 60);
        SpeakersListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessionId(f.sessionId);
        QSignalSpy written(&model, &SpeakersListModel::slotsWritten);

        QVERIFY(ok(model.add(f.speakers.at(0), 0, QStringLiteral("Opening"), 10, QStringLiteral("minister"),
                             false)));
        QCOMPARE(model.data(model.index(0), SpeakersListModel::DelegationIdRole).toLongLong(), f.azerbaijan);
        QCOMPARE(model.data(model.index(0), SpeakersListModel::DelegationNameRole).toString(),
                 QStringLiteral("Azerbaijan"));
        QVERIFY(model.data(model.index(0), SpeakersListModel::SpeakerNameRole)
                    .toString()
                    .contains(QStringLiteral("ALIYEV")));
        QCOMPARE(model.data(model.index(0), SpeakersListModel::LevelLabelRole).toString(),
                 QStringLiteral("Minister"));
        QVERIFY(model.data(model.index(0), SpeakersListModel::SlotIdRole).toLongLong() > 0);
        QVERIFY(!model.data(model.index(0), SpeakersListModel::RequestedAtRole).toString().isEmpty());
        // On behalf of another delegation than the speaker's own.
        QVERIFY(ok(model.add(f.speakers.at(3), f.georgia, QStringLiteral("For Georgia"), 5,
                             QStringLiteral("other"), false)));
        QCOMPARE(model.data(model.index(1), SpeakersListModel::DelegationIdRole).toLongLong(), f.georgia);
        // A speaker in no delegation speaks on behalf of none.
        QVERIFY(
            ok(model.add(f.speakers.at(3), 0, QStringLiteral("Alone"), -1, QStringLiteral("other"), false)));
        QCOMPARE(model.data(model.index(2), SpeakersListModel::DelegationIdRole).toLongLong(), 0);
        QCOMPARE(model.data(model.index(2), SpeakersListModel::AllottedMinutesRole).toInt(), -1);
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.last().first().toLongLong(), f.sessionId);

        // Refused: no speaker, an unknown level, negative minutes; nothing is written.
        QCOMPARE(
            model.add(0, 0, {}, 5, QStringLiteral("other"), false).value(QStringLiteral("field")).toString(),
            QStringLiteral("speaker"));
        QCOMPARE(model.add(f.speakers.at(0), 0, {}, 5, QStringLiteral("king"), false)
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("level"));
        QCOMPARE(model.add(f.speakers.at(0), 0, {}, 9999, QStringLiteral("other"), false)
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("minutes"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(written.size(), 3);
        // The form's check as you type says the same.
        QCOMPARE(model
                     .validate({{QStringLiteral("speakerId"), f.speakers.at(0)},
                                {QStringLiteral("minutes"), QStringLiteral("five")}})
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("minutes"));
        QCOMPARE(model.validate({{QStringLiteral("minutes"), QStringLiteral("5")}})
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("speaker"));
        QVERIFY(model
                    .validate({{QStringLiteral("speakerId"), f.speakers.at(0)},
                               {QStringLiteral("minutes"), QString()}})
                    .value(QStringLiteral("ok"))
                    .toBool());

        QVERIFY(ok(model.remove(1)));
        QCOMPARE(topics(model), (QStringList {QStringLiteral("Opening"), QStringLiteral("Alone")}));
        QCOMPARE(storedTopics(*db, f.sessionId), topics(model));
    }

    void protocolOrderWithRepliesLast()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db, 60);
        // Requested in this order; times of request come from the list as stored.
        QList<SpeakingSlot> requested;
        const auto request = [&](const char *topic, const char *level, const char *at, bool reply) {
            SpeakingSlot s;
            s.speakerId = f.speakers.at(0);
            s.topic = QString::fromLatin1(topic);
            s.representationLevel = QString::fromLatin1(level);
            s.requestedAt = utc(at);
            s.rightOfReply = reply;
            s.allottedMinutes = 5;
            requested.append(s);
        };
        request("Reply 2", "head_of_state", "2027-05-18T05:09:00Z", true);
        request("Expert", "other", "2027-05-18T04:00:00Z", false);
        request("Minister late", "minister", "2027-05-18T05:03:00Z", false);
        request("Reply 1", "other", "2027-05-18T05:08:00Z", true);
        request("President", "head_of_state", "2027-05-18T05:05:00Z", false);
        request("Minister early", "minister", "2027-05-18T05:02:00Z", false);
        request("Prime minister", "head_of_government", "2027-05-18T05:06:00Z", false);
        QVERIFY(AgendaStore(*db).replaceSpeakingSlots(f.sessionId, requested).ok());

        SpeakersListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessionId(f.sessionId);
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(ok(model.orderByProtocol()));
        const QStringList expected {QStringLiteral("President"),      QStringLiteral("Prime minister"),
                                    QStringLiteral("Minister early"), QStringLiteral("Minister late"),
                                    QStringLiteral("Expert"),         QStringLiteral("Reply 1"),
                                    QStringLiteral("Reply 2")};
        QCOMPARE(topics(model), expected);
        QCOMPARE(storedTopics(*db, f.sessionId), expected);
        QVERIFY(model.data(model.index(5), SpeakersListModel::RightOfReplyRole).toBool());

        // A new normal request goes before the replies, a new reply after them.
        QVERIFY(ok(model.add(f.speakers.at(2), 0, QStringLiteral("Late speaker"), 5, QStringLiteral("other"),
                             false)));
        QCOMPARE(model.data(model.index(5), SpeakersListModel::TopicRole).toString(),
                 QStringLiteral("Late speaker"));
        QVERIFY(ok(
            model.add(f.speakers.at(2), 0, QStringLiteral("Reply 3"), 2, QStringLiteral("minister"), true)));
        QCOMPARE(model.data(model.index(8), SpeakersListModel::TopicRole).toString(),
                 QStringLiteral("Reply 3"));

        // Editing a slot into a reply moves it to the end; back out of the replies, before them.
        QVERIFY(ok(model.edit(0, {{QStringLiteral("rightOfReply"), true}})));
        QCOMPARE(model.data(model.index(8), SpeakersListModel::TopicRole).toString(),
                 QStringLiteral("President"));
        QVERIFY(ok(model.edit(8,
                              {{QStringLiteral("rightOfReply"), false},
                               {QStringLiteral("topic"), QStringLiteral("Head of state")}})));
        QCOMPARE(model.data(model.index(5), SpeakersListModel::TopicRole).toString(),
                 QStringLiteral("Head of state"));
        QCOMPARE(storedTopics(*db, f.sessionId), topics(model));
    }

    void movesKeepRepliesAtTheEnd()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db, 60);
        SpeakersListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessionId(f.sessionId);
        for (const char *topic : {"A", "B", "C"})
            QVERIFY(ok(model.add(f.speakers.at(0), 0, QString::fromLatin1(topic), 5, QStringLiteral("other"),
                                 false)));
        for (const char *topic : {"R1", "R2"})
            QVERIFY(ok(model.add(f.speakers.at(2), 0, QString::fromLatin1(topic), 2, QStringLiteral("other"),
                                 true)));
        QSignalSpy written(&model, &SpeakersListModel::slotsWritten);

        QCOMPARE(model.move(0, 2), 2); // the chair moves A down
        QCOMPARE(topics(model), (QStringList {"B", "C", "A", "R1", "R2"}));
        QCOMPARE(model.move(2, 4), 2); // A cannot go below a reply: stays last of the speakers
        QCOMPARE(model.move(1, 4), 2); // C stops at the boundary
        QCOMPARE(topics(model), (QStringList {"B", "A", "C", "R1", "R2"}));
        QCOMPARE(model.move(4, 0), 3); // a reply cannot go above the speakers
        QCOMPARE(topics(model), (QStringList {"B", "A", "C", "R2", "R1"}));
        QCOMPARE(model.move(3, 3), 3); // nothing to write
        QCOMPARE(model.move(7, 0), -1);
        QCOMPARE(written.size(), 3);

        // A new speaker goes before the replies, which keep their ids (a new slot must not take
        // the id a reply still holds).
        QVERIFY(ok(model.add(f.speakers.at(1), 0, QStringLiteral("D"), 5, QStringLiteral("other"), false)));
        QCOMPARE(topics(model), (QStringList {"B", "A", "C", "D", "R2", "R1"}));

        QCOMPARE(storedTopics(*db, f.sessionId), topics(model));
        // The order survives a fresh model on the file.
        SpeakersListModel reread(*db);
        reread.setSessionId(f.sessionId);
        QCOMPARE(topics(reread), topics(model));
    }

    void totalsAndOverrun()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db, 20);
        SpeakersListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &SpeakersListModel::totalsChanged);
        model.setSessionId(f.sessionId);
        QCOMPARE(model.sessionMinutes(), 20);
        QCOMPARE(model.totalMinutes(), 0);
        QVERIFY(ok(model.add(f.speakers.at(0), 0, QStringLiteral("A"), 8, QStringLiteral("other"), false)));
        QVERIFY(ok(model.add(f.speakers.at(1), 0, QStringLiteral("B"), 10, QStringLiteral("other"), false)));
        QCOMPARE(model.totalMinutes(), 18);
        QVERIFY(!model.overrun());
        QCOMPARE(model.totalText(), QStringLiteral("18 of 20 minutes allotted"));
        QVERIFY(ok(model.add(f.speakers.at(2), 0, QStringLiteral("C"), 5, QStringLiteral("other"), false)));
        QVERIFY(model.overrun());
        QCOMPARE(model.totalText(), QStringLiteral("23 minutes allotted: 3 over the session's 20"));
        QCOMPARE(model.data(model.index(1), SpeakersListModel::CumulativeMinutesRole).toInt(), 18);
        QVERIFY(!model.data(model.index(1), SpeakersListModel::OverrunRole).toBool());
        QCOMPARE(model.data(model.index(2), SpeakersListModel::CumulativeMinutesRole).toInt(), 23);
        QVERIFY(model.data(model.index(2), SpeakersListModel::OverrunRole).toBool());
        QVERIFY(totals.size() >= 4);

        // Shorter minutes bring it back under; a longer session too.
        QVERIFY(ok(model.edit(2, {{QStringLiteral("minutes"), 2}})));
        QVERIFY(!model.overrun());
        QCOMPARE(model.totalMinutes(), 20);
        AgendaSession session = AgendaStore(*db).session(f.sessionId).value();
        session.endsAt = session.startsAt.addSecs(10 * 60);
        QVERIFY(AgendaStore(*db).updateSession(session).ok());
        model.reload();
        QCOMPARE(model.sessionMinutes(), 10);
        QVERIFY(model.overrun());
        QCOMPARE(model.data(model.index(2), SpeakersListModel::AllottedMinutesRole).toInt(), 2);
    }

    void unsavedSessionRefusesSpeakers()
    {
        TestDatabase db;
        const Fixture f = makeFixture(*db, 20);
        SpeakersListModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.add(f.speakers.at(0), 0, QStringLiteral("A"), 8, QStringLiteral("other"), false)
                     .value(QStringLiteral("ok"))
                     .toBool());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpeakersList)
#include "tst_speakerslist.moc"
