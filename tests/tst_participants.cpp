// SPDX-License-Identifier: MIT
// Participants beyond the list: phone numbers checked for their country, warnings that do not
// stop a save (expiring documents, possible duplicates), the same identity document refused,
// passport photos and their image provider, masked document numbers.

#include "delegationstore.h"
#include "eventstore.h"
#include "participantmodel.h"
#include "participantstore.h"
#include "phonenumbers.h"
#include "photostore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QQuickTextureFactory>
#include <QSignalSpy>
#include <QUrl>

using namespace Plenary;

namespace {

Participant person(const QString &given, const QString &family)
{
    Participant p;
    p.givenNames = given;
    p.familyName = family;
    return p;
}

/// A test picture: left half red, right half blue, so that crops and rotations show.
QImage halves(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, Qt::red);
    painter.fillRect(width / 2, 0, width - width / 2, height, Qt::blue);
    return image;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!writer.write(image))
        qWarning() << "cannot encode" << writer.errorString();
    return bytes;
}

/// `jpeg` with an EXIF APP1 segment saying "rotate 90° clockwise to view" (orientation 6), as
/// a telephone held upright writes it.
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray exif("Exif\0\0", 6);
    exif += QByteArray("MM\0\x2a\0\0\0\x08", 8); // big-endian TIFF, first IFD at 8
    exif += QByteArray("\0\x01", 2); // one entry
    exif += QByteArray("\x01\x12\0\x03\0\0\0\x01", 8); // Orientation, SHORT, count 1
    exif += char(orientation >> 8);
    exif += char(orientation & 0xff);
    exif += QByteArray("\0\0", 2);
    exif += QByteArray("\0\0\0\0", 4); // no next IFD
    const int length = int(exif.size()) + 2;
    QByteArray segment("\xff\xe1", 2);
    segment += char(length >> 8);
    segment += char(length & 0xff);
    segment += exif;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool isReddish(QRgb c)
{
    return qRed(c) > 180 && qBlue(c) < 90;
}

bool isBluish(QRgb c)
{
    return qBlue(c) > 180 && qRed(c) < 90;
}

} // namespace

class TestParticipants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addBackendRows(); }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QString>("error");

        // Numbers with "+" belong to the country of their code, whatever the nationality.
        QTest::newRow("az international") << "+994 12 345 67 89"
                                          << ""
                                          << "+994 12 345 67 89"
                                          << "";
        QTest::newRow("az compact") << "+994123456789"
                                    << "DE"
                                    << "+994 12 345 67 89"
                                    << "";
        QTest::newRow("ch international") << "+41 22 917 12 34"
                                          << ""
                                          << "+41 22 917 12 34"
                                          << "";
        QTest::newRow("uk international") << "+44 20 7946 0958"
                                          << "FR"
                                          << "+44 20 7946 0958"
                                          << "";
        QTest::newRow("it leading zero") << "+39 06 6988 1234"
                                         << ""
                                         << "+39 06 6988 1234"
                                         << "";
        QTest::newRow("ru dashes") << "+7 495 123-45-67"
                                   << ""
                                   << "+7 495 123-45-67"
                                   << "";
        QTest::newRow("00 prefix") << "0041 22 917 12 34"
                                   << ""
                                   << "+41 22 917 12 34"
                                   << "";
        QTest::newRow("uk with national 0") << "+44 (0)20 7946 0958"
                                            << ""
                                            << "+44 20 7946 0958"
                                            << "";
        // Without "+": a national number of the given country.
        QTest::newRow("ch national") << "022 917 12 34"
                                     << "CH"
                                     << "+41 22 917 12 34"
                                     << "";
        QTest::newRow("de national") << "030 1234567"
                                     << "DE"
                                     << "+49 30 1234567"
                                     << "";
        QTest::newRow("us national") << "(202) 555-0143"
                                     << "US"
                                     << "+1 202-555-0143"
                                     << "";
        QTest::newRow("az national") << "012 345 67 89"
                                     << "az"
                                     << "+994 12 345 67 89"
                                     << "";
        QTest::newRow("jp national") << "03-1234-5678"
                                     << "JP"
                                     << "+81 3-1234-5678"
                                     << "";
        QTest::newRow("empty stays empty") << "  "
                                           << ""
                                           << ""
                                           << "";
        // Refused, saying why.
        QTest::newRow("too short") << "+994 12 345"
                                   << ""
                                   << ""
                                   << "+994 12 345 is too short for Azerbaijan.";
        QTest::newRow("too long") << "+41 22 917 12 34 56 78"
                                  << ""
                                  << ""
                                  << "is too long for Switzerland.";
        QTest::newRow("unknown code") << "+999 123 456 789"
                                      << ""
                                      << ""
                                      << "does not begin with a country calling code";
        QTest::newRow("no country to read by") << "022 917 12 34"
                                               << ""
                                               << ""
                                               << "with its country code";
        QTest::newRow("letters") << "call me"
                                 << "DE"
                                 << ""
                                 << "is not a phone number";
        QTest::newRow("invalid for its country") << "+1 555 555 5555"
                                                 << ""
                                                 << ""
                                                 << "is not a valid phone number in United States";
        QTest::newRow("national invalid") << "030 12"
                                          << "DE"
                                          << ""
                                          << "030 12 is not a valid phone number in Germany.";
    }

    void phoneNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, country);
        QFETCH(QString, normalised);
        QFETCH(QString, error);
        const Result<QString> result = PhoneNumbers::normalised(number, country);
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QCOMPARE(result.value(), normalised);
            // Normalised numbers read back to themselves (an export imports unchanged).
            if (!normalised.isEmpty())
                QCOMPARE(PhoneNumbers::normalised(result.value(), QString()).value(), normalised);
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
            QCOMPARE(result.error().field, QStringLiteral("phone"));
        }
    }

    void phoneStoredInInternationalFormat()
    {
        TestDatabase db;
        Delegation azerbaijan;
        azerbaijan.countryCode = QStringLiteral("AZ");
        azerbaijan.name = QStringLiteral("Azerbaijan");
        azerbaijan.focalPointPhone = QStringLiteral("012 345 67 89");
        const Result<qint64> delegation = DelegationStore(*db).insert(azerbaijan);
        QVERIFY(delegation.ok());
        QCOMPARE(DelegationStore(*db).get(delegation.value()).value().focalPointPhone,
                 QStringLiteral("+994 12 345 67 89"));
        azerbaijan.focalPointPhone = QStringLiteral("+994 12 345");
        azerbaijan.id = delegation.value();
        const Status badFocal = DelegationStore(*db).update(azerbaijan);
        QVERIFY(!badFocal.ok());
        QCOMPARE(badFocal.error().field, QStringLiteral("focalPointPhone"));
        QCOMPARE(badFocal.error().message, QStringLiteral("+994 12 345 is too short for Azerbaijan."));

        const ParticipantStore store(*db);
        // By the nationality first, else by the delegation's country.
        Participant swiss = person(QStringLiteral("Anna"), QStringLiteral("Keller"));
        swiss.nationality = QStringLiteral("CH");
        swiss.delegationId = delegation.value();
        swiss.phone = QStringLiteral("022 917 12 34");
        Participant local = person(QStringLiteral("Aysel"), QStringLiteral("Mammadova"));
        local.delegationId = delegation.value();
        local.phone = QStringLiteral("012 345 67 89");
        std::vector<Participant> batch = {swiss, local};
        QVERIFY(store.insertMany(batch).ok());
        QCOMPARE(store.get(batch[0].id).value().phone, QStringLiteral("+41 22 917 12 34"));
        QCOMPARE(store.get(batch[1].id).value().phone, QStringLiteral("+994 12 345 67 89"));

        // A bad number refuses the whole batch, naming the field.
        Participant staff = person(QStringLiteral("Lea"), QStringLiteral("Roth"));
        staff.phone = QStringLiteral("022 917 12 34"); // no nationality, no delegation
        Participant fine = person(QStringLiteral("Tom"), QStringLiteral("Berg"));
        std::vector<Participant> refused = {fine, staff};
        const Status status = store.insertMany(refused);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, QStringLiteral("phone"));
        QVERIFY2(status.error().message.contains(QStringLiteral("country code")),
                 qPrintable(status.error().message));
        QCOMPARE(store.count().value(), 2);

        // validate() is what forms and the importer call: it knows the delegation's country when told.
        Participant typed = local;
        typed.phone = QStringLiteral("+994 12 345");
        const Status checked = ParticipantStore::validate(typed, QStringLiteral("AZ"));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().field, QStringLiteral("phone"));
        QCOMPARE(checked.error().message, QStringLiteral("+994 12 345 is too short for Azerbaijan."));
        typed.phone = QStringLiteral("012 345");
        QVERIFY(!ParticipantStore::validate(typed, QStringLiteral("AZ")).ok());
        // A national number with no country known yet is left to the save.
        QVERIFY(ParticipantStore::validate(typed).ok());

        // An update normalises too.
        Participant edited = store.get(batch[1].id).value();
        edited.phone = QStringLiteral("0123456788");
        QVERIFY(store.update(edited).ok());
        QCOMPARE(store.get(edited.id).value().phone, QStringLiteral("+994 12 345 67 88"));
    }

    void phonesOfALargeBatch()
    {
        // Large batches normalise their phones on several threads first: same results, same refusals.
        TestDatabase db;
        Delegation swiss;
        swiss.countryCode = QStringLiteral("CH");
        swiss.name = QStringLiteral("Switzerland");
        const qint64 delegation = DelegationStore(*db).insert(swiss).value();
        std::vector<Participant> batch;
        for (int i = 0; i < 2500; ++i) {
            Participant p = person(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i));
            p.delegationId = delegation;
            if (i % 3 == 0)
                p.phone = QStringLiteral("022 917 %1 %2").arg(10 + i % 90).arg(10 + i / 90 % 90);
            else if (i % 3 == 1)
                p.phone = QStringLiteral("+994 12 345 %1 %2").arg(10 + i % 90).arg(10 + i / 90 % 90);
            batch.push_back(p);
        }
        const ParticipantStore store(*db);
        std::vector<Participant> bad = batch;
        bad[2300].phone = QStringLiteral("+41 22");
        const Status refused = store.insertMany(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("phone"));
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("participant 2301 ")),
                 qPrintable(refused.error().message));
        QCOMPARE(store.count().value(), 0);

        QVERIFY(store.insertMany(batch).ok());
        QCOMPARE(store.get(batch[0].id).value().phone, QStringLiteral("+41 22 917 10 10"));
        QCOMPARE(store.get(batch[1].id).value().phone, QStringLiteral("+994 12 345 11 10"));
        QCOMPARE(store.get(batch[2].id).value().phone, QString());
        QCOMPARE(store.get(batch[2499].id).value().phone, batch[2499].phone);
        QCOMPARE(batch[2499].phone, QStringLiteral("+41 22 917 79 37"));
    }

    void identityClashesOfALargeBatch()
    {
        // A large batch checks identity documents and badge numbers with a few set-based
        // queries, then person by person from the first that may clash: the same refusals, at
        // the same person, as one checked alone.
        TestDatabase db;
        const ParticipantStore store(*db);
        Participant stored = person(QStringLiteral("Anna"), QStringLiteral("Keller"));
        stored.documentType = QStringLiteral("Passport");
        stored.documentNumber = QStringLiteral("X1234567");
        stored.accreditationState = QStringLiteral("approved");
        stored.badgeNumber = QStringLiteral("000001");
        QVERIFY(store.insert(stored).ok());
        std::vector<Participant> batch;
        for (int i = 0; i < 2500; ++i) {
            Participant p = person(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i));
            p.documentType = QStringLiteral("Passport");
            p.documentNumber = QStringLiteral("P%1").arg(i, 7, 10, QLatin1Char('0'));
            p.accreditationState = QStringLiteral("approved");
            p.badgeNumber = QStringLiteral("%1").arg(i + 2, 6, 10, QLatin1Char('0'));
            batch.push_back(p);
        }
        const auto refusal = [&](const std::vector<Participant> &people) {
            std::vector<Participant> copy = people;
            const Status status = store.insertMany(copy);
            return status.ok() ? Error {} : status.error();
        };

        std::vector<Participant> bad = batch;
        bad[2300].documentNumber = QStringLiteral("p 000-0100"); // person 101's, written otherwise
        Error error = refusal(bad);
        QCOMPARE(error.field, QStringLiteral("documentNumber"));
        QVERIFY2(error.message.startsWith(QStringLiteral("participant 2301 (Given2300 FAMILY2300): ")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Given100 FAMILY100")), qPrintable(error.message));

        bad = batch;
        bad[1800].documentNumber = QStringLiteral("x1234567"); // stored before
        bad[2400].badgeNumber = QStringLiteral("000001");
        error = refusal(bad);
        QCOMPARE(error.field, QStringLiteral("documentNumber"));
        QVERIFY2(error.message.startsWith(QStringLiteral("participant 1801 ")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Anna KELLER")), qPrintable(error.message));

        bad = batch;
        bad[2100].badgeNumber = bad[5].badgeNumber;
        error = refusal(bad);
        QCOMPARE(error.field, QStringLiteral("badgeNumber"));
        QVERIFY2(error.message.startsWith(QStringLiteral("participant 2101 ")), qPrintable(error.message));

        // Another kind of document with the same number is someone else's.
        bad = batch;
        bad[2200].documentType = QStringLiteral("National ID");
        bad[2200].documentNumber = QStringLiteral("X1234567");
        QCOMPARE(store.count().value(), 1);
        QVERIFY(store.insertMany(bad).ok());
        QCOMPARE(store.count().value(), 2501);
        // The search index and sort keys were written for the whole batch.
        QCOMPARE(store.matchingIds({QStringLiteral("family2499"), {}, {}, {}}).value(),
                 (std::vector<qint64> {bad[2499].id}));
        QCOMPARE(store.idsInListOrder().value().size(), std::size_t(2501));
    }

    void writerWritesBatchesInOneTransaction()
    {
        // An import writes its chunks through one writer: one transaction, consecutive ids,
        // the search index written once at the end, nothing at all without commit().
        TestDatabase db;
        const ParticipantStore store(*db);
        std::vector<Participant> first;
        std::vector<Participant> second;
        for (int i = 0; i < 3000; ++i) {
            Participant p = person(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i));
            p.badgeNumber = QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            (i < 1000 ? first : second).push_back(p);
        }
        const auto search = [&](const QString &text) {
            return store.matchingIds({text, {}, {}, {}}).value();
        };
        {
            ParticipantWriter writer(*db);
            QVERIFY(writer.write(first).ok());
            QVERIFY(writer.write(second).ok());
        }
        QCOMPARE(store.count().value(), 0);
        QVERIFY(search(QStringLiteral("family1")).empty());

        // An error names the person of its own batch; nothing of the first batch stays.
        std::vector<Participant> bad = second;
        bad[10].role = QStringLiteral("king");
        {
            ParticipantWriter writer(*db);
            QVERIFY(writer.write(first).ok());
            const Status refused = writer.write(bad);
            QVERIFY(!refused.ok());
            QVERIFY2(
                refused.error().message.startsWith(QStringLiteral("participant 11 (Given1010 FAMILY1010)")),
                qPrintable(refused.error().message));
        }
        QCOMPARE(store.count().value(), 0);

        {
            ParticipantWriter writer(*db);
            QVERIFY(writer.write(first).ok());
            QVERIFY(writer.write(second).ok());
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(store.count().value(), 3000);
        QCOMPARE(second.front().id, first.back().id + 1);
        QCOMPARE(search(QStringLiteral("Family999")), (std::vector<qint64> {first[999].id}));
        QCOMPARE(search(QStringLiteral("given2999")), (std::vector<qint64> {second.back().id}));
        QCOMPARE(search(QStringLiteral("002999")), (std::vector<qint64> {second[1998].id}));
        QCOMPARE(search(QStringLiteral("Given")).size(), std::size_t(3000));
        // The badge counter moved past the badges written, so approvals never reuse them.
        Statement counter((*db).connection(), QStringLiteral("SELECT last_number FROM badge_counter"));
        QCOMPARE(counter.scalar().value().toInt(), 3000);
    }

    void expiryWarning()
    {
        TestDatabase db;
        EventInfo event;
        event.name = QStringLiteral("Forum");
        event.firstDay = QDate(2027, 5, 18);
        event.lastDay = QDate(2027, 5, 20);
        event.languages = {QStringLiteral("en")};
        QVERIFY(EventStore(*db).save(event).ok());
        ParticipantModel model(*db);
        QVariantMap fields {{QStringLiteral("familyName"), QStringLiteral("Keller")},
                            {QStringLiteral("role"), QStringLiteral("delegate")},
                            {QStringLiteral("documentType"), QStringLiteral("Passport")},
                            {QStringLiteral("documentExpiry"), QStringLiteral("2027-05-19")}};
        QVariantList warnings = model.warnings(fields);
        QCOMPARE(warnings.size(), 1);
        const QVariantMap warning = warnings.first().toMap();
        QCOMPARE(warning.value(QStringLiteral("kind")).toString(), QStringLiteral("expiry"));
        QCOMPARE(warning.value(QStringLiteral("field")).toString(), QStringLiteral("documentExpiry"));
        QCOMPARE(
            warning.value(QStringLiteral("message")).toString(),
            QStringLiteral("The passport expires on 19 May 2027, before the event ends on 20 May 2027."));
        // A warning, not a refusal: the form saves.
        QVERIFY(model.validate(fields).value(QStringLiteral("ok")).toBool());
        QVERIFY(model.save(fields).value(QStringLiteral("ok")).toBool());
        fields.insert(QStringLiteral("documentExpiry"), QStringLiteral("2027-05-20"));
        QVERIFY(model.warnings(fields).isEmpty());
    }

    void duplicates()
    {
        TestDatabase db;
        Delegation delegation;
        delegation.countryCode = QStringLiteral("DE");
        delegation.name = QStringLiteral("Germany");
        const qint64 germany = DelegationStore(*db).insert(delegation).value();
        const ParticipantStore store(*db);

        Participant anna = person(QStringLiteral("Anna"), QStringLiteral("Müller"));
        anna.delegationId = germany;
        anna.email = QStringLiteral("Anna.Mueller@example.org");
        anna.documentType = QStringLiteral("Passport");
        anna.documentNumber = QStringLiteral("C01X-00T47");
        const qint64 annaId = store.insert(anna).value();

        // The same identity document (spaces and dashes aside) is refused on insert...
        Participant other = person(QStringLiteral("Bernd"), QStringLiteral("Schulz"));
        other.documentType = QStringLiteral("Passport");
        other.documentNumber = QStringLiteral("c01x 00t47");
        const Result<qint64> refused = store.insert(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("documentNumber"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("Anna MÜLLER")),
                 qPrintable(refused.error().message));
        // ...and on update.
        other.documentNumber = QStringLiteral("C0200T48");
        other.id = store.insert(other).value();
        other.documentNumber = QStringLiteral("C01X00T47");
        const Status updated = store.update(other);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().field, QStringLiteral("documentNumber"));
        QCOMPARE(store.get(other.id).value().documentNumber, QStringLiteral("C0200T48"));

        ParticipantModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The form shows the refusal at the field as the user types.
        QVariantMap fields = model.get(other.id);
        fields.insert(QStringLiteral("documentNumber"), QStringLiteral("C01X-00T47"));
        const QVariantMap live = model.validate(fields);
        QVERIFY(!live.value(QStringLiteral("ok")).toBool());
        QCOMPARE(live.value(QStringLiteral("field")).toString(), QStringLiteral("documentNumber"));

        // The same e-mail in other capitals warns and links to the other record.
        QVariantMap twin {{QStringLiteral("familyName"), QStringLiteral("Mueller")},
                          {QStringLiteral("givenNames"), QStringLiteral("Anna")},
                          {QStringLiteral("role"), QStringLiteral("delegate")},
                          {QStringLiteral("email"), QStringLiteral("anna.mueller@EXAMPLE.org")}};
        QVariantList warnings = model.warnings(twin);
        QCOMPARE(warnings.size(), 1);
        QVariantMap warning = warnings.first().toMap();
        QCOMPARE(warning.value(QStringLiteral("kind")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(warning.value(QStringLiteral("field")).toString(), QStringLiteral("email"));
        QCOMPARE(warning.value(QStringLiteral("otherId")).toLongLong(), annaId);
        QCOMPARE(warning.value(QStringLiteral("otherName")).toString(), QStringLiteral("Anna MÜLLER"));
        QVERIFY(model.validate(twin).value(QStringLiteral("ok")).toBool());

        // The same folded name in the same delegation warns; in another delegation it does not.
        QVariantMap namesake {{QStringLiteral("familyName"), QStringLiteral("MULLER")},
                              {QStringLiteral("givenNames"), QStringLiteral("anna")},
                              {QStringLiteral("role"), QStringLiteral("delegate")},
                              {QStringLiteral("delegationId"), germany}};
        warnings = model.warnings(namesake);
        QCOMPARE(warnings.size(), 1);
        warning = warnings.first().toMap();
        QCOMPARE(warning.value(QStringLiteral("field")).toString(), QStringLiteral("familyName"));
        QCOMPARE(warning.value(QStringLiteral("otherId")).toLongLong(), annaId);
        QVERIFY2(warning.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("in this delegation")),
                 qPrintable(warning.value(QStringLiteral("message")).toString()));
        namesake.insert(QStringLiteral("delegationId"), 0);
        QVERIFY(model.warnings(namesake).isEmpty());
        // A record is no duplicate of itself.
        QVERIFY(model.warnings(model.get(annaId)).isEmpty());
        QCOMPARE(model.firstPossibleDuplicate(), 0);
    }

    void photos()
    {
        TestDatabase db;
        const ParticipantStore store(*db);
        const qint64 id = store.insert(person(QStringLiteral("Anna"), QStringLiteral("Keller"))).value();
        const PhotoStore photos(*db);
        QTemporaryDir dir;

        // A PNG with transparency, wider than 35 × 45: centre-cropped, on white, 350 × 450.
        const QString png = dir.filePath(QStringLiteral("portrait.png"));
        QVERIFY(writeFile(png, encode(halves(1200, 900, QImage::Format_ARGB32), "png")));
        QVERIFY(photos.setFromFile(id, png).ok());
        QByteArray stored = photos.get(id).value();
        QVERIFY(stored.startsWith("\xff\xd8")); // a JPEG
        QVERIFY2(stored.size() < 40 * 1024, qPrintable(QString::number(stored.size())));
        QImage image = QImage::fromData(stored);
        QCOMPARE(image.size(), QSize(PhotoStore::Width, PhotoStore::Height));
        QVERIFY(isReddish(image.pixel(20, 225)));
        QVERIFY(isBluish(image.pixel(330, 225)));

        // A JPEG replaces it; a crop chosen by the user keeps the red half only.
        const QString jpeg = dir.filePath(QStringLiteral("portrait.jpg"));
        QVERIFY(writeFile(jpeg, encode(halves(1400, 1000), "jpeg")));
        QVERIFY(photos.setFromFile(id, jpeg, QRectF(0, 0, 0.4, 1)).ok());
        image = QImage::fromData(photos.get(id).value());
        QCOMPARE(image.size(), QSize(350, 450));
        QVERIFY(isReddish(image.pixel(20, 225)));
        QVERIFY(isReddish(image.pixel(330, 225)));

        // A telephone's sideways JPEG with EXIF orientation 6 is turned upright: the left (red)
        // half of the stored pixels ends up at the top.
        const QString rotated = dir.filePath(QStringLiteral("rotated.jpg"));
        QVERIFY(writeFile(rotated, withExifOrientation(encode(halves(900, 700), "jpeg"), 6)));
        QVERIFY(photos.setFromFile(id, rotated).ok());
        image = QImage::fromData(photos.get(id).value());
        QVERIFY(isReddish(image.pixel(175, 30)));
        QVERIFY(isBluish(image.pixel(175, 420)));

        // Not an image, or too small: refused, the stored photo stays.
        const QByteArray before = photos.get(id).value();
        const QString text = dir.filePath(QStringLiteral("notes.jpg"));
        QVERIFY(writeFile(text, "Passport photo to follow."));
        Status status = photos.setFromFile(id, text);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().message, QStringLiteral("notes.jpg is not a JPEG or PNG image."));
        QCOMPARE(status.error().field, QStringLiteral("photo"));
        const QString tiny = dir.filePath(QStringLiteral("tiny.png"));
        QVERIFY(writeFile(tiny, encode(halves(120, 90), "png")));
        status = photos.setFromFile(id, tiny);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("too small")),
                 qPrintable(status.error().message));
        QVERIFY(!photos.setFromFile(id, dir.filePath(QStringLiteral("missing.png"))).ok());
        QCOMPARE(photos.get(id).value(), before);
        QVERIFY(!photos.set(id + 100, before).ok()); // no such participant

        // Lists know who has a photo; the model offers it to QML and follows changes.
        ParticipantModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.data(model.index(0), ParticipantModel::HasPhotoRole).toBool(), true);
        QVERIFY(model.hasPhoto(id));
        QSignalSpy changed(&model, &ParticipantModel::photosChanged);
        QVariantMap result = model.setPhoto(id, QUrl::fromLocalFile(text));
        QVERIFY(!result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(changed.size(), 0);
        result = model.removePhoto(id);
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0), ParticipantModel::HasPhotoRole).toBool(), false);
        QVERIFY(photos.get(id).value().isEmpty());
        result = model.setPhoto(id, QUrl::fromLocalFile(png));
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(model.photoRevision(), 2);

        // Deleting the participant deletes the photo.
        QVERIFY(store.remove(id).ok());
        QVERIFY(photos.get(id).value().isEmpty());
    }

    void imageProvider()
    {
        TestDatabase db;
        const qint64 id =
            ParticipantStore(*db).insert(person(QStringLiteral("Anna"), QStringLiteral("Keller"))).value();
        QVERIFY(PhotoStore(*db).set(id, PhotoStore::fromImage(halves(700, 900)).value()).ok());

        QCOMPARE(PhotoImageProvider::load(*db, QStringLiteral("%1?v=3").arg(id), QSize()).size(),
                 QSize(350, 450));
        QCOMPARE(PhotoImageProvider::load(*db, QString::number(id), QSize(70, 90)).size(), QSize(70, 90));
        QVERIFY(PhotoImageProvider::load(*db, QStringLiteral("nobody"), QSize()).isNull());
        QVERIFY(PhotoImageProvider::load(*db, QString::number(id + 1), QSize()).isNull());

        // Asynchronously, on the provider's own thread and connection.
        PhotoImageProvider provider(*db);
        std::unique_ptr<QQuickImageResponse> response(
            provider.requestImageResponse(QStringLiteral("%1?v=1").arg(id), QSize()));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(5000));
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        QVERIFY(texture);
        const QImage image = texture->image();
        QCOMPARE(image.size(), QSize(350, 450));
        QVERIFY(isReddish(image.pixel(20, 225)));
    }

    void maskedDocumentNumbers()
    {
        QCOMPARE(ParticipantStore::maskedDocumentNumber(QStringLiteral("ab 123-4567")),
                 QString(6, QChar(0x2022)) + QStringLiteral("567"));
        QCOMPARE(ParticipantStore::maskedDocumentNumber(QStringLiteral("1234")), QString(4, QChar(0x2022)));
        QCOMPARE(ParticipantStore::maskedDocumentNumber(QString()), QString());

        TestDatabase db;
        Participant p = person(QStringLiteral("Anna"), QStringLiteral("Keller"));
        p.documentNumber = QStringLiteral("X1234567");
        const qint64 id = ParticipantStore(*db).insert(p).value();
        ParticipantModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.data(model.index(0), ParticipantModel::MaskedDocumentNumberRole).toString(),
                 QString(5, QChar(0x2022)) + QStringLiteral("567"));
        // The full number only when asked for: the form's record.
        QCOMPARE(model.get(id).value(QStringLiteral("documentNumber")).toString(),
                 QStringLiteral("X1234567"));
        QCOMPARE(model.maskedDocumentNumber(QStringLiteral("X1234567")),
                 QString(5, QChar(0x2022)) + QStringLiteral("567"));
    }
};

QTEST_MAIN(TestParticipants)
#include "tst_participants.moc"
