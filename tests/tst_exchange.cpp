// SPDX-License-Identifier: MIT
// Participants in and out of spreadsheets: the importer on real-world file shapes (ours,
// Indico's, pretix's, German headers, BOM, semicolons, tabs, quoted newlines, bad lines,
// encodings), --partial and --dry-run, duplicates, masked documents, formula neutralisation,
// CSV export re-imported losslessly, XLSX read back, and a COP-scale round trip.

#include "countries.h"
#include "delegationstore.h"
#include "demogenerator.h"
#include "participantcsv.h"
#include "participantexchange.h"
#include "participantstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Plenary;
using namespace Plenary::ParticipantCsv;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(PLENARY_TEST_DATA "/csv/") + name;
}

/// Every participant with their delegation, as comparable text, in a stable order.
QStringList snapshot(const Database &database)
{
    const ParticipantStore store(database);
    QHash<qint64, Delegation> delegations;
    for (const DelegationSummary &s : DelegationStore(database).list().value())
        delegations.insert(s.delegation.id, s.delegation);
    const std::vector<qint64> ids = store.idsInDelegationOrder().value();
    QStringList lines;
    for (const ParticipantRow &row : store.rows(ids).value()) {
        const Participant &p = row.participant;
        const Delegation d = p.delegationId ? delegations.value(*p.delegationId) : Delegation {};
        lines.append(QStringList {p.honorific,
                                  p.givenNames,
                                  p.familyName,
                                  p.nativeName,
                                  p.functionTitle,
                                  p.organisation,
                                  p.role,
                                  d.name,
                                  p.delegationId ? d.kind : QString(),
                                  d.countryCode,
                                  p.email,
                                  p.phone,
                                  p.nationality,
                                  p.documentType,
                                  p.documentNumber,
                                  p.documentExpiry.toString(Qt::ISODate),
                                  p.dietaryNeeds,
                                  p.accessNeeds,
                                  p.interpretationLanguage,
                                  p.accreditationState,
                                  p.badgeNumber,
                                  p.checkedInAt.toString(Qt::ISODate)}
                         .join(u'|'));
    }
    return lines;
}

Participant only(const Database &database, const QString &familyName)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM participant WHERE family_name = :name"));
    query.bindValue(QStringLiteral(":name"), familyName);
    if (!query.exec() || !query.next())
        return {};
    return ParticipantStore(database).get(query.value(0).toLongLong()).value();
}

qint64 rowsIn(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// The text of every cell of a worksheet, in document order (inline strings of constant memory mode).
QStringList sheetTexts(const QString &xlsx, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, member});
    if (!unzip.waitForFinished(60000))
        return {};
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    static const QRegularExpression text(QStringLiteral("<t(?: [^>]*)?>([^<]*)</t>"));
    QStringList texts;
    for (auto it = text.globalMatch(xml); it.hasNext();) {
        QString t = it.next().captured(1);
        t.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        texts.append(t);
    }
    return texts;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void readerHandlesQuotesDelimitersAndLines()
    {
        const QByteArray text = "a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\r\n\r\nlast;;\n";
        Result<Csv::Table> table = Csv::parse(text, QStringLiteral("t.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table.value().delimiter, QChar(u';'));
        QCOMPARE(table.value().records.size(), 2);
        QCOMPARE(table.value().records.at(0).fields,
                 (QStringList {QStringLiteral("x;1"), QStringLiteral("say \"hi\""),
                               QStringLiteral("two\nlines")}));
        QCOMPARE(table.value().records.at(0).line, 2);
        QCOMPARE(table.value().records.at(1).line, 5); // after the quoted line break and a blank line
        QCOMPARE(table.value().records.at(1).fields,
                 (QStringList {QStringLiteral("last"), QString(), QString()}));
        QVERIFY(!Csv::parse("a,\"open\n", QStringLiteral("t.csv")).ok());
    }

    void largeFilesParseTheSameInTwoHalves_data()
    {
        QTest::addColumn<int>("strayQuoteEvery");
        QTest::addColumn<bool>("unclosedAtEnd");
        QTest::newRow("clean") << 0 << false;
        // Quotes inside unquoted fields fool the guess of where the second half starts.
        QTest::newRow("stray quotes") << 3 << false;
        QTest::newRow("unclosed quote in the second half") << 0 << true;
    }

    void largeFilesParseTheSameInTwoHalves()
    {
        // Over a million characters: parsed on two threads, cut near the middle.
        QFETCH(int, strayQuoteEvery);
        QFETCH(bool, unclosedAtEnd);
        QByteArray text = "id,name,note\n";
        int line = 2;
        QList<std::pair<int, QStringList>> expected;
        for (int i = 0; text.size() < 1'300'000; ++i) {
            const QString name = strayQuoteEvery > 0 && i % strayQuoteEvery == 0
                ? QStringLiteral("O\"Neil %1").arg(i)
                : QStringLiteral("Name %1").arg(i);
            const bool twoLines = i % 7 == 0;
            const QString note = twoLines ? QStringLiteral("first, line\nsecond \"line\"") : QString();
            expected.append({line, {QString::number(i), name, note}});
            text +=
                QStringLiteral("%1,%2,%3\r\n")
                    .arg(i)
                    .arg(name, twoLines ? QStringLiteral("\"first, line\nsecond \"\"line\"\"\"") : QString())
                    .toUtf8();
            line += twoLines ? 2 : 1;
            if (i % 1000 == 999) {
                text += "\r\n"; // a blank line, skipped
                ++line;
            }
        }
        if (unclosedAtEnd)
            text += "1,\"never closed\n";
        Result<Csv::Table> table = Csv::parse(text, QStringLiteral("big.csv"));
        if (unclosedAtEnd) {
            QVERIFY(!table.ok());
            QCOMPARE(table.error().line, line);
            QCOMPARE(table.error().message,
                     QStringLiteral("big.csv:%1: a quoted field is never closed.").arg(line));
            return;
        }
        QVERIFY(table.ok());
        QCOMPARE(table.value().records.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const Csv::Record &record = table.value().records.at(r);
            if (record.line != expected.at(r).first || record.fields != expected.at(r).second)
                QFAIL(qPrintable(QStringLiteral("record %1 at line %2: %3")
                                     .arg(r)
                                     .arg(record.line)
                                     .arg(record.fields.join(u'|'))));
        }
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("delegationCountry");
        QTest::newRow("ours, BOM, CRLF") << "ours-bom-crlf.csv" << 3 << "Məmmədova"
                                         << "Leyla"
                                         << "leyla@mfa.example"
                                         << "AZ";
        QTest::newRow("semicolons") << "semicolons.csv" << 2 << "Costa"
                                    << "Rui"
                                    << "rui@gov.example"
                                    << "PT";
        QTest::newRow("tabs") << "tabs.csv" << 2 << "Owusu"
                              << "Ama"
                              << "ama@gov.example"
                              << "GH";
        QTest::newRow("Indico") << "indico.csv" << 2 << "Garcia"
                                << "Maria"
                                << "maria.garcia@example.org"
                                << "ES";
        QTest::newRow("pretix") << "pretix.csv" << 2 << "Sharma"
                                << "Priya"
                                << "priya@example.in"
                                << "IN";
        QTest::newRow("pretix, German") << "pretix-de.csv" << 2 << "Wagner"
                                        << "Lena"
                                        << "lena@example.de"
                                        << "DE";
    }

    void shapes()
    {
        QFETCH(QString, file);
        QFETCH(int, imported);
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QString, email);
        QFETCH(QString, delegationCountry);
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(file), {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().describe()));
        QVERIFY2(report.value().errors.isEmpty(), qPrintable(report.value().errors.value(0).describe()));
        QCOMPARE(report.value().imported, imported);
        QVERIFY(report.value().written);
        const Participant p = only(*db, family);
        QCOMPARE(p.givenNames, given);
        QCOMPARE(p.email, email);
        QVERIFY(p.delegationId);
        QCOMPARE(DelegationStore(*db).get(*p.delegationId).value().countryCode, delegationCountry);
    }

    void oursKeepsEveryField()
    {
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(QStringLiteral("ours-bom-crlf.csv")), {});
        QVERIFY(report.ok());
        QVERIFY(report.value().unknownColumns.isEmpty());
        QCOMPARE(report.value().delegationsCreated, 2);
        const Participant leyla = only(*db, QStringLiteral("Məmmədova"));
        QCOMPARE(leyla.nativeName, QStringLiteral("Лейла Мамедова"));
        QCOMPARE(leyla.role, QStringLiteral("head_of_delegation"));
        QCOMPARE(leyla.phone, QStringLiteral("+994 12 555 01 01")); // quote taken off, normalised
        QCOMPARE(leyla.dietaryNeeds, QStringLiteral("Halal,\r\nno nuts"));
        QCOMPARE(leyla.documentExpiry, QDate(2031, 4, 30));
        QCOMPARE(leyla.accreditationState, QStringLiteral("approved"));
        const Participant elvin = only(*db, QStringLiteral("Quliyev"));
        QCOMPARE(elvin.delegationId, leyla.delegationId); // by name, whatever the country is written as
        QCOMPARE(elvin.nationality, QStringLiteral("AZ"));
        QCOMPARE(elvin.checkedInAt, QDateTime(QDate(2027, 11, 8), QTime(7, 45), Qt::UTC));
        const Participant jean = only(*db, QStringLiteral("Dupont"));
        QCOMPARE(jean.functionTitle, QStringLiteral("Director \"Climate\""));
        const Delegation unep = DelegationStore(*db).get(*jean.delegationId).value();
        QCOMPARE(unep.kind, QStringLiteral("un_body"));
        QVERIFY(unep.countryCode.isEmpty());
    }

    void indicoAndPretixColumns()
    {
        const ColumnMapping indico =
            guessMapping(Csv::readFile(data(QStringLiteral("indico.csv"))).value().header.fields);
        QCOMPARE(indico.fields.at(indico.headers.indexOf(QStringLiteral("Affiliation"))),
                 QStringLiteral("organisation"));
        QCOMPARE(indico.fields.at(indico.headers.indexOf(QStringLiteral("Position"))),
                 QStringLiteral("functionTitle"));
        QCOMPARE(indico.fields.at(indico.headers.indexOf(QStringLiteral("Title"))),
                 QStringLiteral("honorific"));
        QVERIFY(indico.unmapped().contains(QStringLiteral("Registration state")));
        const ColumnMapping pretix =
            guessMapping(Csv::readFile(data(QStringLiteral("pretix.csv"))).value().header.fields);
        QCOMPARE(pretix.fields.at(pretix.headers.indexOf(QStringLiteral("Attendee name: Given name"))),
                 QStringLiteral("givenNames"));
        QCOMPARE(pretix.fields.at(pretix.headers.indexOf(QStringLiteral("Attendee email"))),
                 QStringLiteral("email"));
        QVERIFY(pretix.fields.at(pretix.headers.indexOf(QStringLiteral("Email"))).isEmpty()); // the buyer's
        QVERIFY(pretix.unmapped().contains(QStringLiteral("Order code")));
        TestDatabase db;
        QVERIFY(Importer(*db).importFile(data(QStringLiteral("pretix.csv")), {}).ok());
        const Participant priya = only(*db, QStringLiteral("Sharma"));
        QCOMPARE(priya.honorific, QStringLiteral("Dr."));
        QCOMPARE(priya.organisation, QStringLiteral("Ministry of Environment"));
        QVERIFY(only(*db, QStringLiteral("Mehta")).email.isEmpty());
        QCOMPARE(countryCode(QStringLiteral("DEU")), QStringLiteral("DE")); // alpha-3 via iso-codes
        QCOMPARE(countryCode(QStringLiteral("germany")), QStringLiteral("DE"));
    }

    void badLinesNameLineAndField()
    {
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(QStringLiteral("bad-lines.csv")), {});
        QVERIFY(report.ok());
        const ImportReport &r = report.value();
        QCOMPARE(r.rows, 6);
        QCOMPARE(r.rejected, 4);
        QStringList where;
        for (const Error &e : r.errors)
            where.append(QStringLiteral("%1:%2").arg(e.line).arg(e.field));
        QCOMPARE(where,
                 (QStringList {QStringLiteral("5:email"), QStringLiteral("6:role"),
                               QStringLiteral("7:familyName"), QStringLiteral("8:country")}));
        QVERIFY(!r.written);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("delegation")), 0);
    }

    void partialWritesGoodLinesAndTheRejectedFile()
    {
        TestDatabase db;
        const QString input = QDir(db.folder()).filePath(QStringLiteral("bad-lines.csv"));
        QVERIFY(QFile::copy(data(QStringLiteral("bad-lines.csv")), input));
        ImportOptions options;
        options.partial = true;
        Result<ImportReport> report = Importer(*db).importFile(input, options);
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 2);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 2);
        QCOMPARE(only(*db, QStringLiteral("Line")).dietaryNeeds, QStringLiteral("Vegan\nand gluten-free"));
        QCOMPARE(report.value().rejectedFile,
                 QDir(db.folder()).filePath(QStringLiteral("bad-lines.rejected.csv")));
        Result<Csv::Table> rejected = Csv::readFile(report.value().rejectedFile);
        QVERIFY(rejected.ok());
        QVERIFY(rejected.value().hadBom);
        QCOMPARE(rejected.value().header.fields.last(), QStringLiteral("Error"));
        QCOMPARE(rejected.value().records.size(), 4);
        QCOMPARE(rejected.value().records.at(0).fields.at(2), QStringLiteral("not-an-address"));
        QVERIFY(rejected.value().records.at(0).fields.last().startsWith(QStringLiteral("email: ")));
    }

    void aLateBadLineUndoesWhatWasWritten()
    {
        // Lines are written in chunks while later ones are still checked (at least 2,000 a
        // chunk): a bad line in the last chunk must still leave the database as it was.
        TestDatabase db;
        const auto write = [&](const QString &name, int badRoleAt, int badPhoneAt) {
            const QString path = QDir(db.folder()).filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write("Given names,Family name,Role,Country,Phone,Badge number\n");
            const QStringList countries = {QStringLiteral("France"), QStringLiteral("Germany"),
                                           QStringLiteral("Norway")};
            for (int i = 0; i < 6000; ++i) {
                const bool badRole = i == badRoleAt;
                file.write(QStringLiteral("Given%1,Family%1,%2,%3,%4,%5\n")
                               .arg(i)
                               .arg(badRole ? QStringLiteral("King") : QStringLiteral("Delegate"),
                                    badRole ? QStringLiteral("Japan") : countries.at(i % 3),
                                    i == badPhoneAt ? QStringLiteral("12") : QString())
                               .arg(100000 + i)
                               .toUtf8());
            }
            return path;
        };

        Result<ImportReport> refused =
            Importer(*db).importFile(write(QStringLiteral("role.csv"), 5900, -1), {});
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().errors.size(), 1);
        QCOMPARE(refused.value().errors.first().line, 5902);
        QCOMPARE(refused.value().errors.first().field, QStringLiteral("role"));
        QVERIFY(!refused.value().written);
        QCOMPARE(refused.value().imported, 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("delegation")), 0);

        // What only the save finds (a national number read by the delegation's country).
        Result<ImportReport> failed =
            Importer(*db).importFile(write(QStringLiteral("phone.csv"), -1, 5500), {});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().line, 5502);
        QVERIFY2(failed.error().message.startsWith(QStringLiteral("participant 5501 (Given5500 FAMILY5500)")),
                 qPrintable(failed.error().message));
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("delegation")), 0);

        ImportOptions partial;
        partial.partial = true;
        Result<ImportReport> good =
            Importer(*db).importFile(write(QStringLiteral("partial.csv"), 5900, -1), partial);
        QVERIFY(good.ok());
        QCOMPARE(good.value().imported, 5999);
        QCOMPARE(good.value().delegationsCreated, 3); // not Japan's: its only line was rejected
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 5999);
        QCOMPARE(rowsIn(*db, QStringLiteral("delegation")), 3);
        QCOMPARE(only(*db, QStringLiteral("Family5999")).badgeNumber, QStringLiteral("105999"));
    }

    void dryRunWritesNothing()
    {
        TestDatabase db;
        ImportOptions options;
        options.dryRun = true;
        Result<ImportReport> report =
            Importer(*db).importFile(data(QStringLiteral("semicolons.csv")), options);
        QVERIFY(report.ok());
        QCOMPARE(report.value().accepted, 2);
        QCOMPARE(report.value().imported, 0);
        QCOMPARE(report.value().delegationsCreated, 1);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
        QCOMPARE(rowsIn(*db, QStringLiteral("delegation")), 0);
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "empty.csv"
                               << "empty.csv is empty";
        QTest::newRow("Latin-1") << "latin1.csv"
                                 << "latin1.csv is not UTF-8 (byte 0xe9 at line 2";
        QTest::newRow("UTF-16") << "utf16.csv"
                                << "utf16.csv is UTF-16";
        QTest::newRow("no such file") << "missing.csv"
                                      << "cannot read";
    }

    void refusedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(file), {});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
    }

    void headerOnlyImportsNothing()
    {
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(QStringLiteral("header-only.csv")), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().rows, 0);
        QVERIFY(report.value().errors.isEmpty());
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);
    }

    void duplicatesAreWarnings()
    {
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(QStringLiteral("duplicates.csv")), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().imported, 3);
        QStringList where;
        for (const Error &e : report.value().warnings)
            where.append(QStringLiteral("%1:%2").arg(e.line).arg(e.field));
        QCOMPARE(where, (QStringList {QStringLiteral("3:email"), QStringLiteral("4:familyName")}));
        QVERIFY(report.value().warnings.at(0).message.contains(QStringLiteral("Nino BERIDZE (line 2)")));
        // Again: now the database holds them, and every line warns of both.
        Result<ImportReport> again = Importer(*db).importFile(data(QStringLiteral("duplicates.csv")), {});
        QVERIFY(again.ok());
        QCOMPARE(again.value().warnings.size(), 6);
    }

    void sameIdentityDocumentIsRefused()
    {
        // Within the file: line 4 repeats line 2's passport (spaces and capitals aside).
        TestDatabase db;
        const auto write = [&](const QString &name, const QByteArray &rows) {
            const QString path = QDir(db.folder()).filePath(name);
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write("Family name,Given names,Document type,Document number\n" + rows);
            return path;
        };
        const QString twice = write(QStringLiteral("twice.csv"),
                                    "Keller,Anna,Passport,X1234567\nBauer,Jonas,Passport,Y7654321\n"
                                    "Weber,Lena,Passport,x123 4567\n");
        Result<ImportReport> report = Importer(*db).importFile(twice, {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().file, twice);
        QCOMPARE(report.value().errors.size(), 1);
        Error error = report.value().errors.first();
        QCOMPARE(error.line, 4);
        QCOMPARE(error.field, QStringLiteral("documentNumber"));
        QVERIFY2(error.message.contains(QStringLiteral("Anna KELLER")), qPrintable(error.message));
        QVERIFY(!report.value().written);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 0);

        // Against the database: the first two lines are stored, a later file repeats one.
        QVERIFY(Importer(*db)
                    .importFile(write(QStringLiteral("first.csv"), "Keller,Anna,Passport,X1234567\n"), {})
                    .value()
                    .written);
        const QString later = write(QStringLiteral("later.csv"),
                                    "Bauer,Jonas,Passport,Y7654321\n"
                                    "Weber,Lena,Passport,X-1234567\n");
        report = Importer(*db).importFile(later, {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().errors.size(), 1);
        error = report.value().errors.first();
        QCOMPARE(error.line, 3);
        QCOMPARE(error.field, QStringLiteral("documentNumber"));
        QVERIFY2(error.message.contains(QStringLiteral("Anna KELLER")), qPrintable(error.message));
        QVERIFY(!report.value().written);
        QCOMPARE(rowsIn(*db, QStringLiteral("participant")), 1);
    }

    void maskedDocumentNumbersAreNotStored()
    {
        TestDatabase db;
        Result<ImportReport> report = Importer(*db).importFile(data(QStringLiteral("masked.csv")), {});
        QVERIFY(report.ok());
        QCOMPARE(report.value().warnings.size(), 1);
        QCOMPARE(report.value().warnings.at(0).field, QStringLiteral("documentNumber"));
        QCOMPARE(report.value().warnings.at(0).line, 2);
        const Participant p = only(*db, QStringLiteral("Bekova"));
        QVERIFY(p.documentNumber.isEmpty());
        QVERIFY(p.documentType.isEmpty());
    }

    void formulasAreNeutralisedBothWays()
    {
        TestDatabase db;
        QVERIFY(Importer(*db).importFile(data(QStringLiteral("formulas.csv")), {}).ok());
        const Participant eve = only(*db, QStringLiteral("Hacker"));
        QCOMPARE(eve.organisation, QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(eve.phone, QStringLiteral("+1 202-555-0143"));
        QCOMPARE(eve.functionTitle, QStringLiteral("-minus"));
        const QString out = QDir(db.folder()).filePath(QStringLiteral("out.csv"));
        QVERIFY(exportParticipants(*db, out, {}).ok());
        Result<Csv::Table> table = Csv::readFile(out);
        QVERIFY(table.ok());
        const QStringList row = table.value().records.at(0).fields;
        QCOMPARE(row.at(exportHeaders().indexOf(QStringLiteral("Organisation"))),
                 QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(row.at(exportHeaders().indexOf(QStringLiteral("Phone"))),
                 QStringLiteral("'+1 202-555-0143"));
    }

    void csvExportImportIsLossless()
    {
        TestDatabase source;
        QVERIFY(generateDemo(*source, {}).ok());
        const QString out = QDir(source.folder()).filePath(QStringLiteral("forum.csv"));
        ExportOptions options;
        options.includeDocuments = true;
        Result<qsizetype> written = exportParticipants(*source, out, options);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), rowsIn(*source, QStringLiteral("participant")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));

        TestDatabase target;
        Result<ImportReport> report = Importer(*target).importFile(out, {});
        QVERIFY(report.ok());
        QVERIFY2(report.value().errors.isEmpty(), qPrintable(report.value().errors.value(0).describe()));
        QVERIFY(report.value().unknownColumns.isEmpty());
        QCOMPARE(snapshot(*target), snapshot(*source));
        QCOMPARE(rowsIn(*target, QStringLiteral("delegation")),
                 rowsIn(*source, QStringLiteral("delegation")));

        // Masked by default: the importer warns and keeps no bullets.
        const QString masked = QDir(source.folder()).filePath(QStringLiteral("masked.csv"));
        QVERIFY(exportParticipants(*source, masked, {}).ok());
        TestDatabase third;
        Result<ImportReport> again = Importer(*third).importFile(masked, {});
        QVERIFY(again.ok());
        QSqlQuery withDocuments(third->connection());
        QVERIFY(withDocuments.exec(
            QStringLiteral("SELECT count(*) FROM participant WHERE document_number <> ''")));
        QVERIFY(withDocuments.next());
        QCOMPARE(withDocuments.value(0).toInt(), 0);
        int maskedWarnings = 0;
        for (const Error &e : again.value().warnings)
            maskedWarnings += e.field == u"documentNumber";
        QVERIFY(maskedWarnings > 100);
    }

    void xlsxIsGroupedHeadsFirst()
    {
        TestDatabase db;
        QVERIFY(generateDemo(*db, {}).ok());
        const QString out = QDir(db.folder()).filePath(QStringLiteral("forum.xlsx"));
        QVERIFY(exportParticipants(*db, out, {}).ok());
        const QStringList texts = sheetTexts(out, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(texts.size() > 1000);
        QCOMPARE(texts.at(0), QStringLiteral("Delegation"));

        // Delegations alphabetical, each under its bold title, its head before everyone else.
        const QList<DelegationSummary> delegations = DelegationStore(*db).list().value();
        qsizetype previous = 0;
        for (const DelegationSummary &s : delegations) {
            const qsizetype title = texts.indexOf(
                QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(s.delegation.name)
                                   + QStringLiteral(" — .*")));
            QVERIFY2(title > previous, qPrintable(s.delegation.name));
            previous = title;
            if (!s.headName.isEmpty()) {
                QCOMPARE(texts.at(title + 1), s.delegation.name);
                QCOMPARE(texts.at(title + 2), s.headName);
            }
        }
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("xl/workbook.xml")});
        QVERIFY(unzip.waitForFinished(60000));
        const QByteArray book = unzip.readAllStandardOutput();
        QVERIFY(book.contains("name=\"Participants\""));
        QVERIFY(book.contains("name=\"Summary\""));
        // Document numbers masked, never in full.
        QSqlQuery number(db->connection());
        QVERIFY(number.exec(
            QStringLiteral("SELECT document_number FROM participant WHERE document_number <> '' LIMIT 1")));
        QVERIFY(number.next());
        QVERIFY(!texts.contains(number.value(0).toString()));
        QVERIFY(texts.contains(ParticipantStore::maskedDocumentNumber(number.value(0).toString())));

        const QStringList summary = sheetTexts(out, QStringLiteral("xl/worksheets/sheet2.xml"));
        QCOMPARE(summary.value(0), QStringLiteral("Delegation"));
        QVERIFY(summary.contains(QStringLiteral("Checked in")));
        QCOMPARE(summary.last(), QStringLiteral("Total"));
    }

    void dialogSideRunsOnAWorkerThread()
    {
        TestDatabase db;
        ParticipantExchange exchange(*db);
        QSignalSpy imported(&exchange, &ParticipantExchange::participantsImported);
        QSignalSpy finished(&exchange, &ParticipantExchange::finished);
        QSignalSpy inspected(&exchange, &ParticipantExchange::inspected);
        // The dialog reads the file on the worker too; a bad file says why.
        const QString latin1 = QDir(db.folder()).filePath(QStringLiteral("latin1.csv"));
        QFile bad(latin1);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("First Name,Last Name\nJos\xe9,Garc\xed"
                  "a\n");
        bad.close();
        exchange.startInspect(QUrl::fromLocalFile(latin1));
        QVERIFY(inspected.wait(30000));
        QCOMPARE(inspected.last().at(0).toBool(), false);
        QVERIFY2(inspected.last().at(1).toString().contains(QStringLiteral("UTF-8")),
                 qPrintable(inspected.last().at(1).toString()));
        QCOMPARE(exchange.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!exchange.busy(), 30000);
        exchange.startInspect(exchange.writeSample());
        QVERIFY(exchange.busy());
        QVERIFY(inspected.wait(30000));
        QCOMPARE(inspected.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!exchange.busy(), 30000);
        QCOMPARE(exchange.rowCount(), 3);
        const QVariantList columns = exchange.columns();
        QCOMPARE(columns.last().toMap().value(QStringLiteral("header")), QStringLiteral("Badge colour"));
        QVERIFY(columns.last().toMap().value(QStringLiteral("field")).toString().isEmpty());
        // The user maps the unknown column; a field takes one column only.
        exchange.setColumnField(int(columns.size() - 1), QStringLiteral("dietaryNeeds"));
        exchange.startImport(false);
        QVERIFY(exchange.busy());
        QVERIFY(finished.wait(30000));
        QVERIFY(!exchange.busy());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(exchange.report().value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(only(*db, QStringLiteral("Diallo")).dietaryNeeds, QStringLiteral("Green"));

        const QString out = QDir(db.folder()).filePath(QStringLiteral("gui.xlsx"));
        exchange.startExport(QUrl::fromLocalFile(out), false);
        QVERIFY(finished.wait(30000));
        QVERIFY(exchange.report().value(QStringLiteral("ok")).toBool());
        QVERIFY(QFile::exists(out));
    }

    void copScaleRoundTrip()
    {
        TestDatabase source;
        DemoOptions options;
        options.scale = DemoOptions::Scale::Cop;
        QVERIFY(generateDemo(*source, options).ok());
        const QString out = QDir(source.folder()).filePath(QStringLiteral("cop.csv"));
        ExportOptions exportOptions;
        exportOptions.includeDocuments = true;
        QCOMPARE(exportParticipants(*source, out, exportOptions).value(), qsizetype(100000));
        TestDatabase target;
        Result<ImportReport> report = Importer(*target).importFile(out, {});
        QVERIFY(report.ok());
        QVERIFY2(report.value().errors.isEmpty(), qPrintable(report.value().errors.value(0).describe()));
        QCOMPARE(report.value().imported, qsizetype(100000));
        QCOMPARE(rowsIn(*target, QStringLiteral("participant")), 100000);
        QCOMPARE(rowsIn(*target, QStringLiteral("delegation")), 200);
        QCOMPARE(snapshot(*target).mid(0, 2000), snapshot(*source).mid(0, 2000));
        // The search index, written after the rows, finds the imported people as the source's
        // finds its own (names in every script, prefixes, badge numbers).
        const ParticipantStore sourceStore(*source);
        const ParticipantStore targetStore(*target);
        const Participant first = targetStore.get(targetStore.idsInListOrder().value().front()).value();
        for (const QString &text : {QStringLiteral("martin"), QStringLiteral("a"), QStringLiteral("Ива"),
                                    QStringLiteral("محمد"), first.familyName, first.badgeNumber}) {
            const std::vector<qint64> found = targetStore.matchingIds({text, {}, {}, {}}).value();
            QCOMPARE(found.size(), sourceStore.matchingIds({text, {}, {}, {}}).value().size());
            if (text == first.familyName)
                QVERIFY(std::find(found.begin(), found.end(), first.id) != found.end());
        }
        QVERIFY(!targetStore.matchingIds({first.badgeNumber, {}, {}, {}}).value().empty());
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
