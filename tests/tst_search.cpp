// SPDX-License-Identifier: MIT
// Search as you type: case- and diacritic-insensitive, across scripts, through the FTS5 index,
// both in the store and through the participant model.

#include "participantmodel.h"
#include "participantstore.h"
#include "searchtext.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace Plenary;

namespace {

Participant person(const QString &given, const QString &family, const QString &native = {},
                   const QString &organisation = {})
{
    Participant p;
    p.givenNames = given;
    p.familyName = family;
    p.nativeName = native;
    p.organisation = organisation;
    return p;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    QStringList familyNamesFound(const QString &typed) const
    {
        ParticipantFilter filter;
        filter.text = typed;
        const ParticipantStore store(**m_db);
        const std::vector<qint64> ids = store.matchingIds(filter).value();
        QStringList names;
        for (const ParticipantRow &row : store.rows(ids).value())
            names.append(row.participant.familyName);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        std::vector<Participant> people = {
            person(QStringLiteral("Hans"), QStringLiteral("Müller"), {}, QStringLiteral("Bundesamt")),
            person(QStringLiteral("Anna"), QStringLiteral("Muller")),
            person(QStringLiteral("Elnur"), QStringLiteral("Aliyev"), QStringLiteral("Elnur Əliyev")),
            person(QStringLiteral("Sergei"), QStringLiteral("Ivanov"), QStringLiteral("Сергей Иванов")),
            person(QStringLiteral("Xiaoming"), QStringLiteral("Wang"), QStringLiteral("王小明")),
            person(QStringLiteral("Mohammed"), QStringLiteral("Al-Rashid"), QStringLiteral("محمد الراشد")),
            person(QStringLiteral("Eleni"), QStringLiteral("Papadopoulou"),
                   QStringLiteral("Ελένη Παπαδοπούλου")),
            person(QStringLiteral("Mehmet"), QStringLiteral("Şahin")),
            person(QStringLiteral("Łukasz"), QStringLiteral("Wiśniewski")),
            person(QStringLiteral("Giorgi"), QStringLiteral("Beridze"), QStringLiteral("გიორგი ბერიძე")),
        };
        QVERIFY(ParticipantStore(**m_db).insertMany(people).ok());
    }

    void cleanup() { m_db.reset(); }

    void folds()
    {
        QCOMPARE(SearchText::fold(QStringLiteral("Müller")), QStringLiteral("muller"));
        QCOMPARE(SearchText::fold(QStringLiteral("Əliyev")), QStringLiteral("aliyev"));
        QCOMPARE(SearchText::fold(QStringLiteral("Иванов")), QStringLiteral("ivanov"));
        QCOMPARE(SearchText::fold(QStringLiteral("Şahin")), QStringLiteral("sahin"));
        QCOMPARE(SearchText::fold(QStringLiteral("Łukasz")), QStringLiteral("lukasz"));
        QVERIFY(SearchText::sortKey(QStringLiteral("Əliyev"), QStringLiteral("Elnur"))
                < SearchText::sortKey(QStringLiteral("Beridze"), QStringLiteral("Giorgi")));
    }

    void findsAcrossCaseDiacriticsAndScripts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *name : names)
                out.append(QString::fromUtf8(name));
            out.sort();
            return out;
        };
        QTest::newRow("muller finds both") << QStringLiteral("muller") << list({"Muller", "Müller"});
        QTest::newRow("MÜL finds both") << QStringLiteral("MÜL") << list({"Muller", "Müller"});
        QTest::newRow("aliyev finds Əliyev") << QStringLiteral("aliyev") << list({"Aliyev"});
        QTest::newRow("Əli finds Əliyev") << QStringLiteral("Əli") << list({"Aliyev"});
        QTest::newRow("cyrillic prefix") << QStringLiteral("Ив") << list({"Ivanov"});
        QTest::newRow("cyrillic lower") << QStringLiteral("иванов") << list({"Ivanov"});
        QTest::newRow("han character") << QStringLiteral("王") << list({"Wang"});
        QTest::newRow("arabic") << QStringLiteral("محمد") << list({"Al-Rashid"});
        QTest::newRow("greek without accents") << QStringLiteral("παπαδοπουλου") << list({"Papadopoulou"});
        QTest::newRow("georgian") << QStringLiteral("ბერ") << list({"Beridze"});
        QTest::newRow("sahin finds Şahin") << QStringLiteral("sahin") << list({"Şahin"});
        QTest::newRow("lukasz wis") << QStringLiteral("lukasz wis") << list({"Wiśniewski"});
        QTest::newRow("two words") << QStringLiteral("hans mu") << list({"Müller"});
        QTest::newRow("organisations are not searched") << QStringLiteral("bundes") << QStringList();
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
        QTest::newRow("quotes are text") << QStringLiteral("\"mul") << list({"Muller", "Müller"});
    }

    void findsAcrossCaseDiacriticsAndScripts()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(familyNamesFound(typed), expected);
    }

    void modelSearchesAsYouType()
    {
        ParticipantModel model(**m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 10);
        // List order is by folded family name: Al-Rashid, Aliyev (Əliyev), Beridze, ...
        QCOMPARE(model.data(model.index(0), ParticipantModel::FamilyNameRole).toString(),
                 QStringLiteral("Al-Rashid"));
        QCOMPARE(model.data(model.index(1), ParticipantModel::FamilyNameRole).toString(),
                 QStringLiteral("Aliyev"));
        model.setSearchText(QStringLiteral("m"));
        // Mohammed, Muller, Müller, Mehmet Şahin, and 王小明 (Wang Xiaoming) through its pinyin.
        QCOMPARE(familyNamesFound(QStringLiteral("m")),
                 QStringList({QStringLiteral("Al-Rashid"), QStringLiteral("Muller"), QStringLiteral("Müller"),
                              QStringLiteral("Wang"), QStringLiteral("Şahin")}));
        QCOMPARE(model.count(), 5);
        model.setSearchText(QStringLiteral("mü"));
        QCOMPARE(model.count(), 2);
        QCOMPARE(model.data(model.index(0), ParticipantModel::GivenNamesRole).toString(),
                 QStringLiteral("Anna"));
        model.setSearchText(QStringLiteral("  "));
        QCOMPARE(model.count(), 10);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
