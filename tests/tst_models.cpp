// SPDX-License-Identifier: MIT
// The QML-facing models on the demo forum, each under QAbstractItemModelTester.

#include "delegationmodel.h"
#include "demogenerator.h"
#include "eventsettings.h"
#include "participantmodel.h"
#include "participantstore.h"
#include "searchtext.h"
#include "statistics.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Plenary;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(generateDemo(**m_db, DemoOptions {}).ok());
    }

    void cleanup() { m_db.reset(); }

    void participantsInListOrderWithFilters()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 participants = countEvent(**m_db).value().participants;
        QCOMPARE(model.count(), int(participants));
        QCOMPARE(model.total(), int(participants));
        for (int row = 1; row < model.count(); ++row) {
            const auto key = [&](int r) {
                return SearchText::sortKey(
                    model.data(model.index(r), ParticipantModel::FamilyNameRole).toString(),
                    model.data(model.index(r), ParticipantModel::GivenNamesRole).toString());
            };
            QVERIFY2(key(row - 1) <= key(row), qPrintable(key(row - 1) + QStringLiteral(" > ") + key(row)));
        }

        DelegationModel delegations(**m_db);
        const qint64 azerbaijan = 1; // the demo writes the host delegation first
        model.setDelegationFilter(azerbaijan);
        QVERIFY(model.count() > 3);
        for (int row = 0; row < model.count(); ++row)
            QCOMPARE(model.data(model.index(row), ParticipantModel::DelegationNameRole).toString(),
                     QStringLiteral("Azerbaijan"));
        model.setRoleFilter(QStringLiteral("head_of_delegation"));
        QCOMPARE(model.count(), 1);
        model.setDelegationFilter(ParticipantModel::AnyDelegation);
        QCOMPARE(model.count(), delegations.count()); // every demo delegation has one head
        model.setRoleFilter(QString());
        model.setDelegationFilter(ParticipantModel::NoDelegation);
        QVERIFY(model.count() > 0);
        QVERIFY(model.data(model.index(0), ParticipantModel::DelegationNameRole).toString().isEmpty());
        model.setDelegationFilter(ParticipantModel::AnyDelegation);
        model.setStateFilter(QStringLiteral("approved"));
        QVERIFY(model.count() > 0 && model.count() < participants);
        for (int row = 0; row < model.count(); ++row)
            QCOMPARE(model.data(model.index(row), ParticipantModel::AccreditationStateRole).toString(),
                     QStringLiteral("approved"));
    }

    void rowsStayRightWhenAnotherDeskDeletes()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ParticipantStore store(**m_db);
        const std::vector<qint64> order = store.idsInListOrder().value();
        QVERIFY(order.size() > 300);
        QStringList expected;
        for (const ParticipantRow &row : store.rows(order).value())
            expected.append(row.participant.displayName());
        for (int row = 0; row < ParticipantModel::PageSize; ++row)
            QCOMPARE(model.data(model.index(row)).toString(), expected.at(row));

        // Another desk deletes someone on a page this model has not read yet.
        const int deleted = 2 * ParticipantModel::PageSize + 5;
        QVERIFY(store.remove(order[std::size_t(deleted)]).ok());
        for (int row = 2 * ParticipantModel::PageSize; row < 3 * ParticipantModel::PageSize; ++row) {
            if (row == deleted)
                QVERIFY(!model.data(model.index(row)).isValid());
            else
                QCOMPARE(model.data(model.index(row)).toString(), expected.at(row));
        }
        model.refresh();
        QCOMPARE(model.count(), int(order.size()) - 1);
        QCOMPARE(model.data(model.index(deleted)).toString(), expected.at(deleted + 1));
    }

    void searchAndFiltersCombine()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ParticipantStore store(**m_db);
        ParticipantFilter text;
        text.text = QStringLiteral("a");
        ParticipantFilter delegation;
        delegation.delegationId = 1;
        std::vector<qint64> byText = store.matchingIds(text).value();
        std::vector<qint64> byDelegation = store.matchingIds(delegation).value();
        std::sort(byText.begin(), byText.end());
        std::sort(byDelegation.begin(), byDelegation.end());
        std::vector<qint64> both;
        std::set_intersection(byText.begin(), byText.end(), byDelegation.begin(), byDelegation.end(),
                              std::back_inserter(both));
        QVERIFY(!both.empty() && both.size() < byDelegation.size());

        model.setSearchText(text.text);
        model.setDelegationFilter(1);
        QCOMPARE(model.count(), int(both.size()));
        for (int row = 0; row < model.count(); ++row) {
            const qint64 id = model.data(model.index(row), ParticipantModel::ParticipantIdRole).toLongLong();
            QVERIFY(std::binary_search(both.begin(), both.end(), id));
        }
    }

    void participantEditsGoThroughTheStore()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy written(&model, &ParticipantModel::participantsWritten);
        const int before = model.count();

        QVariantMap fields {{QStringLiteral("familyName"), QStringLiteral("Zeynalova")},
                            {QStringLiteral("givenNames"), QStringLiteral("Aysel")},
                            {QStringLiteral("role"), QStringLiteral("press")},
                            {QStringLiteral("email"), QStringLiteral("aysel@")}};
        QVariantMap result = model.save(fields);
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(result.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
        QCOMPARE(model.count(), before);

        fields[QStringLiteral("email")] = QStringLiteral("aysel@press.example");
        result = model.save(fields);
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const qint64 id = result.value(QStringLiteral("id")).toLongLong();
        QCOMPARE(model.count(), before + 1);
        QCOMPARE(written.count(), 1);
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), ParticipantModel::DisplayNameRole).toString(),
                 QStringLiteral("Aysel ZEYNALOVA"));
        QCOMPARE(model.get(id).value(QStringLiteral("accreditationState")).toString(),
                 QStringLiteral("nominated"));

        fields = model.get(id);
        fields[QStringLiteral("familyName")] = QStringLiteral("Zeynalli");
        QVERIFY(model.save(fields).value(QStringLiteral("ok")).toBool());
        model.setSearchText(QStringLiteral("zeynalli"));
        QCOMPARE(model.count(), 1);
        model.setSearchText(QString());

        QVERIFY(model.remove(id).value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.count(), before);
        QCOMPARE(model.rowOf(id), -1);
    }

    void accreditationThroughTheModel()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStateFilter(QStringLiteral("documents_complete"));
        QVERIFY(model.count() >= 2);
        const QVariantList ids = {model.data(model.index(0), ParticipantModel::ParticipantIdRole),
                                  model.data(model.index(1), ParticipantModel::ParticipantIdRole)};
        const QVariantList next = model.nextStates(QStringLiteral("documents_complete"));
        QCOMPARE(next.first().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("nominated"));
        QCOMPARE(next.size(), 4);

        const int waiting = model.count();
        QCOMPARE(model.changeState(ids, QStringLiteral("rejected"), QString(), QStringLiteral("desk-1"))
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("reason"));
        QVariantMap moved =
            model.changeState(ids, QStringLiteral("approved"), QString(), QStringLiteral("desk-1"));
        QVERIFY(moved.value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.count(), waiting - 2); // they left the filtered list
        const QVariantList history = model.history(ids.first().toLongLong());
        QCOMPARE(history.size(), 1);
        const QVariantMap change = history.first().toMap();
        QCOMPARE(change.value(QStringLiteral("from")).toString(), QStringLiteral("Documents complete"));
        QCOMPARE(change.value(QStringLiteral("to")).toString(), QStringLiteral("Approved"));
        QCOMPARE(change.value(QStringLiteral("changedBy")).toString(), QStringLiteral("desk-1"));
        QVERIFY(change.value(QStringLiteral("changedAt")).toString().endsWith(QStringLiteral("(Asia/Baku)")));
    }

    void delegationsWithHeadsAndCounts()
    {
        DelegationModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), countEvent(**m_db).value().delegations);
        int members = 0;
        for (int row = 0; row < model.count(); ++row) {
            members += model.data(model.index(row), DelegationModel::MemberCountRole).toInt();
            QVERIFY(!model.data(model.index(row), DelegationModel::HeadNameRole).toString().isEmpty());
            if (row > 0)
                QVERIFY(model.data(model.index(row - 1)).toString()
                        < model.data(model.index(row)).toString());
        }
        ParticipantModel participants(**m_db);
        participants.setDelegationFilter(ParticipantModel::NoDelegation);
        QCOMPARE(members + participants.count(), participants.total());

        // Add, refuse a duplicate name, refuse deleting one with members, delete an empty one.
        QVariantMap fields {{QStringLiteral("kind"), QStringLiteral("member_state")},
                            {QStringLiteral("countryCode"), QStringLiteral("IS")},
                            {QStringLiteral("name"), QStringLiteral("Iceland")},
                            {QStringLiteral("status"), QStringLiteral("invited")},
                            {QStringLiteral("arrival"), QStringLiteral("2027-05-19")},
                            {QStringLiteral("departure"), QStringLiteral("2027-05-18")}};
        QCOMPARE(model.save(fields).value(QStringLiteral("field")).toString(), QStringLiteral("departure"));
        fields[QStringLiteral("departure")] = QStringLiteral("2027-05-21");
        QVariantMap saved = model.save(fields);
        QVERIFY(saved.value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.save(fields).value(QStringLiteral("field")).toString(), QStringLiteral("name"));
        QVERIFY(!model.remove(model.data(model.index(0), DelegationModel::DelegationIdRole).toLongLong())
                     .value(QStringLiteral("ok"))
                     .toBool());
        QVERIFY(model.remove(saved.value(QStringLiteral("id")).toLongLong())
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(model.count(), countEvent(**m_db).value().delegations);
    }

    void eventSettings()
    {
        EventSettings event(**m_db);
        QVERIFY(event.exists());
        QCOMPARE(event.timeZone(), QStringLiteral("Asia/Baku"));
        QCOMPARE(event.dateRange(), QStringLiteral("18–20 May 2027"));
        QVariantMap fields {{QStringLiteral("name"), QStringLiteral("Renamed forum")},
                            {QStringLiteral("timeZone"), QStringLiteral("Asia/Nowhere")},
                            {QStringLiteral("firstDay"), QStringLiteral("2027-05-18")},
                            {QStringLiteral("lastDay"), QStringLiteral("2027-05-21")},
                            {QStringLiteral("languages"), QStringList {QStringLiteral("en")}}};
        QCOMPARE(event.save(fields).value(QStringLiteral("field")).toString(), QStringLiteral("timeZone"));
        QCOMPARE(event.name(), QStringLiteral("International Security Forum 2027"));
        fields[QStringLiteral("timeZone")] = QStringLiteral("Europe/Vienna");
        QSignalSpy changed(&event, &EventSettings::changed);
        QVERIFY(event.save(fields).value(QStringLiteral("ok")).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(event.name(), QStringLiteral("Renamed forum"));
        QCOMPARE(event.dateRange(), QStringLiteral("18–21 May 2027"));
        QCOMPARE(event.weekday(QStringLiteral("2027-05-18")), QStringLiteral("Tuesday"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
