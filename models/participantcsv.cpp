// SPDX-License-Identifier: MIT
#include "participantcsv.h"

#include "countries.h"
#include "delegationstore.h"
#include "participantstore.h"
#include "searchtext.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Plenary::ParticipantCsv {

namespace {

/// From this many people on, an import's commit leaves the checkpoint to a thread of its own
/// (Transaction::Checkpoint::InBackground).
constexpr std::size_t LargeImport = 10000;

/// The indexes of fields() by name, for the per-cell switch.
enum Field {
    Honorific,
    GivenNames,
    FamilyName,
    NativeName,
    FunctionTitle,
    Organisation,
    Role,
    DelegationName,
    DelegationKind,
    Country,
    Email,
    Phone,
    Nationality,
    DocumentType,
    DocumentNumber,
    DocumentExpiry,
    DietaryNeeds,
    AccessNeeds,
    InterpretationLanguage,
    AccreditationState,
    BadgeNumber,
    CheckedInAt,
    FullName,
    FieldCount
};

/// Lower case, letters and digits only: "E-Mail Address" and "email_address" compare equal.
QString normalised(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

/// Header aliases per field, most specific first. Indico's personal data titles and pretix's
/// order-position export columns are taken from their sources; the German ones are what
/// pretix and German spreadsheets commonly write.
const QList<QStringList> &aliases()
{
    static const QList<QStringList> list = [] {
        QList<QStringList> raw(FieldCount);
        raw[Honorific] = {QStringLiteral("Honorific"), QStringLiteral("Title"),  QStringLiteral("Salutation"),
                          QStringLiteral("Titel"),     QStringLiteral("Anrede"), QStringLiteral("Rank")};
        raw[GivenNames] = {QStringLiteral("Given names"), QStringLiteral("Given name"),
                           QStringLiteral("First Name"),  QStringLiteral("First names"),
                           QStringLiteral("Forename"),    QStringLiteral("Vorname"),
                           QStringLiteral("Vornamen"),    QStringLiteral("Prénom")};
        raw[FamilyName] = {QStringLiteral("Family name"),  QStringLiteral("Last Name"),
                           QStringLiteral("Surname"),      QStringLiteral("Nachname"),
                           QStringLiteral("Familienname"), QStringLiteral("Nom")};
        raw[NativeName] = {QStringLiteral("Native name"), QStringLiteral("Name in original script")};
        raw[FunctionTitle] = {QStringLiteral("Function"), QStringLiteral("Position"),
                              QStringLiteral("Job title"), QStringLiteral("Function title"),
                              QStringLiteral("Funktion")};
        raw[Organisation] = {QStringLiteral("Organisation"),        QStringLiteral("Organization"),
                             QStringLiteral("Affiliation"),         QStringLiteral("Company"),
                             QStringLiteral("Institution"),         QStringLiteral("Firma"),
                             QStringLiteral("Organisation / Firma")};
        raw[Role] = {QStringLiteral("Role"), QStringLiteral("Rolle")};
        raw[DelegationName] = {QStringLiteral("Delegation"), QStringLiteral("Delegation name")};
        raw[DelegationKind] = {QStringLiteral("Delegation kind"), QStringLiteral("Kind")};
        raw[Country] = {QStringLiteral("Country"), QStringLiteral("Country code"), QStringLiteral("Land"),
                        QStringLiteral("Pays")};
        // pretix writes the buyer's address as "Email" and the attendee's as "Attendee email".
        raw[Email] = {QStringLiteral("Attendee email"), QStringLiteral("E-mail"),
                      QStringLiteral("Email Address"),  QStringLiteral("E-mail address"),
                      QStringLiteral("E-Mail-Adresse"), QStringLiteral("Mail")};
        raw[Phone] = {QStringLiteral("Phone"),     QStringLiteral("Phone Number"),
                      QStringLiteral("Telephone"), QStringLiteral("Mobile"),
                      QStringLiteral("Telefon"),   QStringLiteral("Telefonnummer")};
        raw[Nationality] = {QStringLiteral("Nationality"), QStringLiteral("Citizenship"),
                            QStringLiteral("Staatsangehörigkeit"), QStringLiteral("Nationalität")};
        raw[DocumentType] = {QStringLiteral("Document type"), QStringLiteral("ID document type")};
        raw[DocumentNumber] = {QStringLiteral("Document number"), QStringLiteral("Passport number"),
                               QStringLiteral("ID document number"), QStringLiteral("Passnummer")};
        raw[DocumentExpiry] = {QStringLiteral("Document expiry"), QStringLiteral("Passport expiry"),
                               QStringLiteral("Document expiry date")};
        raw[DietaryNeeds] = {QStringLiteral("Dietary needs"), QStringLiteral("Dietary requirements"),
                             QStringLiteral("Diet")};
        raw[AccessNeeds] = {QStringLiteral("Access needs"), QStringLiteral("Accessibility needs")};
        raw[InterpretationLanguage] = {QStringLiteral("Interpretation language")};
        raw[AccreditationState] = {QStringLiteral("Accreditation state"), QStringLiteral("Accreditation")};
        raw[BadgeNumber] = {QStringLiteral("Badge number"), QStringLiteral("Badge")};
        raw[CheckedInAt] = {QStringLiteral("Checked in at"), QStringLiteral("Check-in date"),
                            QStringLiteral("Check-in time")};
        raw[FullName] = {QStringLiteral("Name"),
                         QStringLiteral("Full name"),
                         QStringLiteral("Attendee name"),
                         QStringLiteral("Teilnehmername"),
                         QStringLiteral("Name des Teilnehmers"),
                         QStringLiteral("Teilnehmer*in")};
        for (QStringList &names : raw) {
            for (QString &name : names)
                name = normalised(name);
        }
        return raw;
    }();
    return list;
}

/// The field a "Full name: part" header (pretix's split name columns) goes to, or -1.
int namePartField(const QString &header)
{
    const qsizetype colon = header.indexOf(u':');
    if (colon < 0 || !aliases()[FullName].contains(normalised(QStringView(header).first(colon))))
        return -1;
    const QString part = normalised(QStringView(header).sliced(colon + 1));
    for (int field : {GivenNames, FamilyName, Honorific}) {
        if (aliases()[field].contains(part))
            return field;
    }
    return -2; // a name part we do not keep (e.g. a middle name): ignored, not unknown
}

QString englishLabel(std::span<const Vocabulary::Term> terms, const QString &code)
{
    for (const Vocabulary::Term &term : terms) {
        if (code == QLatin1StringView(term.code))
            return QString::fromLatin1(term.label);
    }
    return code;
}

/// Codes by normalised code and English label: "head_of_delegation", "Head of delegation".
QHash<QString, QString> termLookup(std::span<const Vocabulary::Term> terms)
{
    QHash<QString, QString> byText;
    for (const Vocabulary::Term &term : terms) {
        const QString code = QString::fromLatin1(term.code);
        byText.insert(normalised(code), code);
        byText.insert(normalised(QString::fromLatin1(term.label)), code);
    }
    return byText;
}

const QHash<QString, QString> &countryLookup()
{
    static const QHash<QString, QString> byText = [] {
        QHash<QString, QString> map;
        for (const Countries::Country &country : Countries::all()) {
            map.insert(normalised(country.code), country.code);
            map.insert(normalised(country.name), country.code);
        }
        // Each country's own name for itself ("Deutschland", "España"), as local exports write it.
        for (const QLocale &locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = QLocale::territoryToCode(locale.territory());
            const QString native = normalised(locale.nativeTerritoryName());
            if (Countries::isValid(code) && !native.isEmpty() && !map.contains(native))
                map.insert(native, code);
        }
        // Debian's iso-codes adds alpha-3 codes and the official and common names (what
        // Indico and other systems print), when it is installed.
        QFile iso(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
        if (iso.open(QIODevice::ReadOnly)) {
            const QJsonArray entries =
                QJsonDocument::fromJson(iso.readAll()).object().value(QStringLiteral("3166-1")).toArray();
            for (const QJsonValue &value : entries) {
                const QJsonObject entry = value.toObject();
                const QString code = entry.value(QStringLiteral("alpha_2")).toString();
                if (!Countries::isValid(code))
                    continue;
                for (const char *key : {"alpha_3", "name", "common_name", "official_name"}) {
                    const QString text = normalised(entry.value(QLatin1StringView(key)).toString());
                    if (!text.isEmpty() && !map.contains(text))
                        map.insert(text, code);
                }
            }
        }
        return map;
    }();
    return byText;
}

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    return date;
}

QDateTime parseDateTime(QString text)
{
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // a time without a zone is taken as UTC, as we write it
    return time.toUTC();
}

QString fieldKey(int field)
{
    return fields().at(field).key;
}

/// What the importer knows of the database before it reads a line: loaded once, so that a
/// hundred thousand lines cost no query each.
struct Known
{
    QHash<QString, qint64> delegationByName; ///< normalised name
    QHash<QString, qint64> delegationByCountryKind; ///< "AZ|member_state"
    QSet<qint64> delegationsWithHead;
    QSet<QString> badges;
    QHash<QString, QString> documents; ///< "type|NUMBER" → holder
    /// Who is already there, for duplicate warnings: an index into `stored` when negative
    /// (-1 is stored[0]), else the index of an accepted line of the file.
    QHash<QString, qsizetype> emails; ///< lower-case e-mail
    QHash<QString, qsizetype> names; ///< "delegation|sort key"
    QStringList stored; ///< display names of the participants in the database
};

Result<Known> loadKnown(const Database &database)
{
    Known known;
    Result<QList<DelegationSummary>> delegations = DelegationStore(database).list();
    if (!delegations.ok())
        return delegations.error();
    for (const DelegationSummary &summary : delegations.value()) {
        const Delegation &d = summary.delegation;
        known.delegationByName.insert(normalised(d.name), d.id);
        if (!d.countryCode.isEmpty())
            known.delegationByCountryKind.insert(d.countryCode + u'|' + d.kind, d.id);
    }
    Statement people(
        database.connection(),
        QStringLiteral("SELECT honorific, given_names, family_name, lower(email), delegation_id, "
                       "sort_key, role, badge_number, document_type, document_number "
                       "FROM participant"));
    if (Status run = people.exec(); !run)
        return run.error();
    while (people.next()) {
        Participant p;
        p.honorific = people.value(0).toString();
        p.givenNames = people.value(1).toString();
        p.familyName = people.value(2).toString();
        const QString who = p.displayName();
        known.stored.append(who);
        const qsizetype ref = -known.stored.size();
        if (const QString email = people.value(3).toString(); !email.isEmpty())
            known.emails.insert(email, ref);
        const QString delegation = people.value(4).isNull() ? QString() : people.value(4).toString();
        known.names.insert(delegation + u'|' + people.value(5).toString(), ref);
        if (people.value(6).toString() == u"head_of_delegation")
            known.delegationsWithHead.insert(people.value(4).toLongLong());
        if (const QString badge = people.value(7).toString(); !badge.isEmpty())
            known.badges.insert(badge);
        if (const QString number = people.value(9).toString(); !number.isEmpty())
            known.documents.insert(people.value(8).toString() + u'|' + number, who);
    }
    return known;
}

/// Writes `<input>.rejected.csv`: the input's header, the rejected records and why.
Result<QString> writeRejected(const QString &path, const Csv::Table &table,
                              const QList<std::pair<qsizetype, QString>> &rejected)
{
    const QFileInfo info(path);
    const QString target = info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv"));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("cannot write %1: %2").arg(target, file.errorString()), {}, 0};
    const QChar d = table.delimiter;
    const auto line = [&](const QStringList &cells, const QString &last) {
        QStringList out;
        for (const QString &cell : cells)
            out.append(Csv::quoted(cell, d));
        out.append(Csv::quoted(last, d));
        return (out.join(d) + QStringLiteral("\r\n")).toUtf8();
    };
    file.write("\xEF\xBB\xBF");
    file.write(line(table.header.fields, QStringLiteral("Error")));
    for (const auto &[index, reason] : rejected) {
        QStringList cells = table.records.at(index).fields;
        while (cells.size() < table.header.fields.size())
            cells.append(QString());
        file.write(line(cells.first(table.header.fields.size()), reason));
    }
    if (!file.commit())
        return Error {QStringLiteral("cannot write %1: %2").arg(target, file.errorString()), {}, 0};
    return target;
}

} // namespace

const QList<FieldInfo> &fields()
{
    static const QList<FieldInfo> list = {
        {QStringLiteral("honorific"), QStringLiteral("Honorific")},
        {QStringLiteral("givenNames"), QStringLiteral("Given names")},
        {QStringLiteral("familyName"), QStringLiteral("Family name")},
        {QStringLiteral("nativeName"), QStringLiteral("Native name")},
        {QStringLiteral("functionTitle"), QStringLiteral("Function")},
        {QStringLiteral("organisation"), QStringLiteral("Organisation")},
        {QStringLiteral("role"), QStringLiteral("Role")},
        {QStringLiteral("delegation"), QStringLiteral("Delegation")},
        {QStringLiteral("delegationKind"), QStringLiteral("Delegation kind")},
        {QStringLiteral("country"), QStringLiteral("Country")},
        {QStringLiteral("email"), QStringLiteral("E-mail")},
        {QStringLiteral("phone"), QStringLiteral("Phone")},
        {QStringLiteral("nationality"), QStringLiteral("Nationality")},
        {QStringLiteral("documentType"), QStringLiteral("Document type")},
        {QStringLiteral("documentNumber"), QStringLiteral("Document number")},
        {QStringLiteral("documentExpiry"), QStringLiteral("Document expiry")},
        {QStringLiteral("dietaryNeeds"), QStringLiteral("Dietary needs")},
        {QStringLiteral("accessNeeds"), QStringLiteral("Access needs")},
        {QStringLiteral("interpretationLanguage"), QStringLiteral("Interpretation language")},
        {QStringLiteral("accreditationState"), QStringLiteral("Accreditation state")},
        {QStringLiteral("badgeNumber"), QStringLiteral("Badge number")},
        {QStringLiteral("checkedInAt"), QStringLiteral("Checked in at")},
        {QStringLiteral("fullName"), QStringLiteral("Full name")},
    };
    return list;
}

QStringList exportHeaders()
{
    QStringList headers;
    for (int field = 0; field < FullName; ++field)
        headers.append(fields().at(field).header);
    return headers;
}

QStringList ColumnMapping::unmapped() const
{
    QStringList list;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (fields.value(i).isEmpty())
            list.append(headers.at(i));
    }
    return list;
}

ColumnMapping guessMapping(const QStringList &headers)
{
    ColumnMapping mapping;
    mapping.headers = headers;
    mapping.fields = QStringList(headers.size(), QString());
    QList<QString> keys;
    for (const QString &header : headers)
        keys.append(normalised(header));
    QList<bool> taken(headers.size(), false);
    // Split name columns first ("Attendee name: Given name"), then each field takes the first
    // column of its most specific alias.
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const int part = namePartField(headers.at(i));
        if (part >= 0 && !mapping.maps(fieldKey(part))) {
            mapping.fields[i] = fieldKey(part);
            taken[i] = true;
        } else if (part == -2) {
            taken[i] = true;
        }
    }
    for (int field = 0; field < FieldCount; ++field) {
        if (mapping.maps(fieldKey(field)))
            continue;
        for (const QString &alias : aliases()[field]) {
            const qsizetype column = [&] {
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    if (!taken[i] && keys[i] == alias)
                        return i;
                }
                return qsizetype(-1);
            }();
            if (column >= 0) {
                mapping.fields[column] = fieldKey(field);
                taken[column] = true;
                break;
            }
        }
    }
    return mapping;
}

QString countryCode(const QString &text)
{
    return countryLookup().value(normalised(text));
}

QString neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString unneutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'') {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r')
            return cell.sliced(1);
    }
    return cell;
}

Result<ImportReport> Importer::importFile(const QString &path, const ImportOptions &options) const
{
    Result<Csv::Table> table = Csv::readFile(path);
    if (!table.ok())
        return table.error();
    return importTable(table.value(), path, options);
}

Result<ImportReport> Importer::importTable(const Csv::Table &table, const QString &path,
                                           const ImportOptions &options) const
{
    ImportReport report;
    report.file = path;
    report.rows = table.records.size();
    const ColumnMapping mapping = options.mapping ? *options.mapping : guessMapping(table.header.fields);
    report.unknownColumns = mapping.unmapped();
    if (!mapping.maps(QStringLiteral("familyName")) && !mapping.maps(QStringLiteral("fullName")))
        return Error {QStringLiteral("%1: no column holds the family name (headers: %2)")
                          .arg(QFileInfo(path).fileName(), table.header.fields.join(QStringLiteral(", "))),
                      QStringLiteral("familyName"), table.header.line};

    std::vector<int> columnField(std::size_t(table.header.fields.size()), -1);
    for (qsizetype i = 0; i < mapping.fields.size() && i < table.header.fields.size(); ++i) {
        for (int field = 0; field < FieldCount; ++field) {
            if (mapping.fields.at(i) == fieldKey(field))
                columnField[std::size_t(i)] = field;
        }
    }

    Result<Known> loaded = loadKnown(m_database);
    if (!loaded.ok())
        return loaded.error();
    Known known = std::move(loaded).value();
    // Each line may add to them: sized once rather than rehashed again and again as they grow.
    const qsizetype lines = table.records.size();
    known.emails.reserve(known.emails.size() + lines);
    known.names.reserve(known.names.size() + lines);
    known.badges.reserve(known.badges.size() + lines);
    known.documents.reserve(known.documents.size() + lines);
    const QHash<QString, QString> roles = termLookup(Vocabulary::roles());
    const QHash<QString, QString> states = termLookup(Vocabulary::accreditationStates());
    const QHash<QString, QString> kinds = termLookup(Vocabulary::delegationKinds());
    // The same few texts repeat on every line ("Delegate", "Azerbaijan"): each is normalised
    // and looked up once.
    QHash<QString, QString> seen[4];
    const auto lookup = [&](int which, const QString &text, const auto &resolve) {
        auto it = seen[which].constFind(text);
        if (it == seen[which].cend())
            it = seen[which].insert(text, resolve(text));
        return *it;
    };
    const auto role = [&](const QString &t) {
        return lookup(0, t, [&](const QString &x) { return roles.value(normalised(x)); });
    };
    const auto state = [&](const QString &t) {
        return lookup(1, t, [&](const QString &x) { return states.value(normalised(x)); });
    };
    const auto kindCode = [&](const QString &t) {
        return lookup(2, t, [&](const QString &x) { return kinds.value(normalised(x)); });
    };
    const auto country = [&](const QString &t) {
        return lookup(3, t, [](const QString &x) { return countryCode(x); });
    };

    QList<Delegation> toCreate; ///< pending delegation -(i+1) is toCreate[i]
    // The checking runs on a thread of its own while this one writes what it accepted, in
    // chunks. Reserved once, so that accepting a line never moves those being written; the
    // checker still reads the names of earlier lines (duplicate warnings) while the writer sets
    // their id, phone and delegation, which are other members.
    std::vector<Participant> accepted;
    std::vector<int> acceptedLines;
    accepted.reserve(std::size_t(table.records.size()));
    acceptedLines.reserve(std::size_t(table.records.size()));
    QList<std::pair<qsizetype, QString>> rejected;
    const qsizetype total = 2 * table.records.size();

    /// Accepted lines up to `end` and the delegations they are the first to use.
    struct Chunk
    {
        std::size_t end = 0;
        QList<std::pair<qint64, Delegation>> delegations;
    };
    // The first chunk is small, so that the writing (the longer part) starts soon after the
    // checking.
    const std::size_t firstChunkLines = 2000;
    const std::size_t chunkLines = std::max(firstChunkLines, std::size_t(table.records.size()) / 8);
    std::mutex handover;
    std::condition_variable published;
    std::deque<Chunk> chunks;
    bool checked = false;
    std::atomic<qsizetype> checkedLines = 0;
    std::atomic<bool> refused = false; ///< a line was rejected
    Chunk pending;
    QSet<qint64> delegationsUsed; ///< by accepted lines, pending ones (< 0) only
    std::size_t publishedEnd = 0; ///< the checker's own copy of the last chunk's end
    const auto publish = [&](bool last) {
        const std::lock_guard lock(handover);
        pending.end = publishedEnd = accepted.size();
        chunks.push_back(std::move(pending));
        pending = {};
        checked = last;
        published.notify_one();
    };

    const auto check = [&](const std::stop_token &stop) {
        for (qsizetype index = 0; index < table.records.size(); ++index) {
            const Csv::Record &record = table.records.at(index);
            const int line = record.line;
            if (index % 1000 == 0) {
                if (stop.stop_requested())
                    return;
                checkedLines.store(index, std::memory_order_relaxed);
            }
            QString values[FieldCount];
            for (qsizetype column = 0; column < record.fields.size(); ++column) {
                const int field =
                    column < qsizetype(columnField.size()) ? columnField[std::size_t(column)] : -1;
                if (field >= 0)
                    values[field] = unneutralised(record.fields.at(column)).trimmed();
            }
            const auto reject = [&](const QString &field, const QString &message) {
                report.errors.append(Error {message, field, line});
                rejected.append({index, QStringLiteral("%1: %2").arg(field, message)});
                refused.store(true, std::memory_order_relaxed);
            };

            Participant p;
            p.honorific = values[Honorific];
            p.givenNames = values[GivenNames];
            p.familyName = values[FamilyName];
            if (p.familyName.isEmpty() && !values[FullName].isEmpty()) {
                // "Anna Maria Müller": the last word is the family name.
                const qsizetype space = values[FullName].lastIndexOf(u' ');
                p.familyName = space < 0 ? values[FullName] : values[FullName].sliced(space + 1);
                if (p.givenNames.isEmpty() && space > 0)
                    p.givenNames = values[FullName].first(space).trimmed();
            }
            p.nativeName = values[NativeName];
            p.functionTitle = values[FunctionTitle];
            p.organisation = values[Organisation];
            p.email = values[Email];
            p.phone = values[Phone];
            p.documentType = values[DocumentType];
            p.documentNumber = values[DocumentNumber];
            p.dietaryNeeds = values[DietaryNeeds];
            p.accessNeeds = values[AccessNeeds];
            p.interpretationLanguage = values[InterpretationLanguage];
            p.badgeNumber = values[BadgeNumber];

            if (!values[Role].isEmpty()) {
                p.role = role(values[Role]);
                if (p.role.isEmpty()) {
                    reject(QStringLiteral("role"), QStringLiteral("\"%1\" is not a role.").arg(values[Role]));
                    continue;
                }
            }
            if (!values[AccreditationState].isEmpty()) {
                p.accreditationState = state(values[AccreditationState]);
                if (p.accreditationState.isEmpty()) {
                    reject(QStringLiteral("accreditationState"),
                           QStringLiteral("\"%1\" is not an accreditation state.")
                               .arg(values[AccreditationState]));
                    continue;
                }
            }
            if (!values[Nationality].isEmpty()) {
                p.nationality = country(values[Nationality]);
                if (p.nationality.isEmpty()) {
                    reject(QStringLiteral("nationality"),
                           QStringLiteral("\"%1\" is not a country.").arg(values[Nationality]));
                    continue;
                }
            }
            if (!values[DocumentExpiry].isEmpty()) {
                p.documentExpiry = parseDate(values[DocumentExpiry]);
                if (!p.documentExpiry.isValid()) {
                    reject(QStringLiteral("documentExpiry"),
                           QStringLiteral("\"%1\" is not a date (YYYY-MM-DD).").arg(values[DocumentExpiry]));
                    continue;
                }
            }
            if (!values[CheckedInAt].isEmpty()) {
                p.checkedInAt = parseDateTime(values[CheckedInAt]);
                if (!p.checkedInAt.isValid()) {
                    reject(QStringLiteral("checkedInAt"),
                           QStringLiteral("\"%1\" is not a time (YYYY-MM-DDTHH:MM:SSZ).")
                               .arg(values[CheckedInAt]));
                    continue;
                }
            }
            if (p.documentNumber.contains(QChar(0x2022))) {
                report.warnings.append(
                    Error {QStringLiteral(
                               "the document number is masked (%1): the identity document was left empty; "
                               "export with --include-documents to carry it over.")
                               .arg(p.documentNumber),
                           QStringLiteral("documentNumber"), line});
                p.documentNumber.clear();
                p.documentType.clear();
                p.documentExpiry = QDate();
            }

            // The delegation: by name, else by country and kind, else a new one.
            QString countryOfDelegation;
            if (!values[Country].isEmpty()) {
                countryOfDelegation = country(values[Country]);
                if (countryOfDelegation.isEmpty()) {
                    reject(QStringLiteral("country"),
                           QStringLiteral("\"%1\" is not a country.").arg(values[Country]));
                    continue;
                }
            }
            QString kind;
            if (!values[DelegationKind].isEmpty()) {
                kind = kindCode(values[DelegationKind]);
                if (kind.isEmpty()) {
                    reject(QStringLiteral("delegationKind"),
                           QStringLiteral("\"%1\" is not a delegation kind.").arg(values[DelegationKind]));
                    continue;
                }
            }
            const QString name = values[DelegationName];
            if (!name.isEmpty() || !countryOfDelegation.isEmpty()) {
                if (kind.isEmpty())
                    kind = countryOfDelegation.isEmpty() ? QStringLiteral("international_organisation")
                                                         : QStringLiteral("member_state");
                std::optional<qint64> id;
                if (!name.isEmpty()) {
                    if (auto it = known.delegationByName.constFind(normalised(name));
                        it != known.delegationByName.cend())
                        id = *it;
                } else if (auto it =
                               known.delegationByCountryKind.constFind(countryOfDelegation + u'|' + kind);
                           it != known.delegationByCountryKind.cend()) {
                    id = *it;
                }
                if (!id) {
                    Delegation d;
                    d.kind = kind;
                    d.countryCode = countryOfDelegation;
                    d.name = !name.isEmpty() ? name
                        : kind == u"member_state"
                        ? Countries::name(countryOfDelegation)
                        : QStringLiteral("%1 (%2)").arg(Countries::name(countryOfDelegation),
                                                        englishLabel(Vocabulary::delegationKinds(), kind));
                    if (auto it = known.delegationByName.constFind(normalised(d.name));
                        it != known.delegationByName.cend()) {
                        id = *it;
                    } else {
                        if (Status valid = DelegationStore::validate(d); !valid) {
                            reject(QStringLiteral("delegation"),
                                   QStringLiteral("cannot create the delegation \"%1\": %2")
                                       .arg(d.name, valid.error().message));
                            continue;
                        }
                        toCreate.append(d);
                        id = -qint64(toCreate.size());
                        known.delegationByName.insert(normalised(d.name), *id);
                        if (!countryOfDelegation.isEmpty())
                            known.delegationByCountryKind.insert(countryOfDelegation + u'|' + kind, *id);
                    }
                }
                p.delegationId = id;
            }

            if (Status valid = ParticipantStore::validate(p); !valid) {
                const QString field = valid.error().field == u"delegationId" ? QStringLiteral("delegation")
                                                                             : valid.error().field;
                reject(field, valid.error().message);
                continue;
            }
            // What involves other rows, against the database and the lines above.
            if (p.role == u"head_of_delegation" && known.delegationsWithHead.contains(*p.delegationId)) {
                reject(QStringLiteral("role"),
                       QStringLiteral("this delegation already has a head of delegation."));
                continue;
            }
            const QString badge = p.badgeNumber.trimmed();
            if (!badge.isEmpty() && known.badges.contains(badge)) {
                reject(QStringLiteral("badgeNumber"),
                       QStringLiteral("badge number %1 is already used.").arg(badge));
                continue;
            }
            const QString number = ParticipantStore::normalisedDocumentNumber(p.documentNumber);
            const QString documentKey = p.documentType.trimmed() + u'|' + number;
            if (!number.isEmpty()) {
                if (auto it = known.documents.constFind(documentKey); it != known.documents.cend()) {
                    reject(QStringLiteral("documentNumber"),
                           QStringLiteral("this identity document is already registered for %1.").arg(*it));
                    continue;
                }
            }

            // Accepted: possible duplicates are warnings, and this line joins what later lines meet.
            // Their texts are concatenated rather than arg()-formatted: a COP-scale file has
            // tens of thousands of them.
            const auto who = [&](qsizetype ref) -> QString {
                if (ref < 0)
                    return known.stored.at(-ref - 1);
                return accepted[std::size_t(ref)].displayName() + QStringLiteral(" (line ")
                    + QString::number(acceptedLines[std::size_t(ref)]) + u')';
            };
            const qsizetype self = qsizetype(accepted.size());
            const QString email = p.email.trimmed().toLower();
            if (!email.isEmpty()) {
                if (auto it = known.emails.constFind(email); it != known.emails.cend())
                    report.warnings.append(Error {
                        QStringLiteral("possible duplicate: same e-mail address as ") + who(*it) + u'.',
                        QStringLiteral("email"), line});
                else
                    known.emails.insert(email, self);
            }
            const QString nameKey = (p.delegationId ? QString::number(*p.delegationId) : QString()) + u'|'
                + SearchText::sortKey(p.familyName, p.givenNames);
            if (auto it = known.names.constFind(nameKey); it != known.names.cend())
                report.warnings.append(Error {QStringLiteral("possible duplicate: same name as ") + who(*it)
                                                  + QStringLiteral(" in this delegation."),
                                              QStringLiteral("familyName"), line});
            else
                known.names.insert(nameKey, self);
            if (p.role == u"head_of_delegation")
                known.delegationsWithHead.insert(*p.delegationId);
            if (!badge.isEmpty())
                known.badges.insert(badge);
            if (!number.isEmpty())
                known.documents.insert(documentKey, p.displayName());
            if (p.delegationId && *p.delegationId < 0 && !delegationsUsed.contains(*p.delegationId)) {
                delegationsUsed.insert(*p.delegationId);
                pending.delegations.append({*p.delegationId, toCreate.at(-*p.delegationId - 1)});
            }
            accepted.push_back(std::move(p));
            acceptedLines.push_back(line);
            if (accepted.size() - publishedEnd >= (publishedEnd == 0 ? firstChunkLines : chunkLines))
                publish(false);
        }
        checkedLines.store(table.records.size());
        publish(true);
    };

    // Writes the chunks as they come: the delegations they use first, then their people, all
    // in one transaction that is committed only when every line is checked (and, unless
    // `partial`, none was rejected). Stops early when there is nothing left worth writing.
    std::optional<Transaction> transaction;
    std::optional<ParticipantWriter> writer; ///< in the transaction, for every chunk
    Status writing;
    bool cancelled = false;
    qsizetype written = 0;
    if (options.dryRun) {
        check(std::stop_token());
    } else {
        QHash<qint64, qint64> created;
        const DelegationStore delegations(m_database);
        std::jthread checker(check);
        std::size_t begin = 0;
        for (bool last = false; !last;) {
            std::optional<Chunk> chunk;
            {
                std::unique_lock lock(handover);
                published.wait_for(lock, std::chrono::milliseconds(100),
                                   [&] { return !chunks.empty() || checked; });
                if (!chunks.empty()) {
                    chunk = std::move(chunks.front());
                    chunks.pop_front();
                }
                last = checked && chunks.empty();
            }
            const qsizetype done = checkedLines.load() + written;
            if (options.progress && !options.progress(done, total)) {
                cancelled = true;
                break;
            }
            if (!chunk || !writing || (refused.load() && !options.partial) || chunk->end == begin)
                continue;
            if (!transaction) {
                transaction.emplace(m_database);
                if (!transaction->ok()) {
                    writing = transaction->error();
                    continue;
                }
                writer.emplace(m_database);
            }
            // Creating them in the order of their first line keeps ids as the checking gave them.
            std::sort(chunk->delegations.begin(), chunk->delegations.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
            for (const auto &[pendingId, delegation] : std::as_const(chunk->delegations)) {
                Result<qint64> id = delegations.insert(delegation);
                if (!id.ok()) {
                    writing = id.error();
                    break;
                }
                created.insert(pendingId, id.value());
            }
            if (!writing)
                continue;
            const std::span<Participant> people(accepted.data() + begin, chunk->end - begin);
            for (Participant &p : people) {
                if (p.delegationId && *p.delegationId < 0)
                    p.delegationId = created.value(*p.delegationId);
            }
            Status inserted = writer->write(people, [&](qsizetype n) {
                return !options.progress || options.progress(checkedLines.load() + written + n, total);
            });
            if (!inserted) {
                if (inserted.error().message.startsWith(QStringLiteral("cancelled"))) {
                    cancelled = true;
                    break;
                }
                // "participant N (...): ..." names the Nth person of this chunk.
                Error error = inserted.error();
                static const QRegularExpression nth(QStringLiteral("^participant (\\d+) "));
                if (const auto match = nth.match(error.message); match.hasMatch()) {
                    const std::size_t n = begin + match.captured(1).toULongLong();
                    error.message.replace(match.capturedStart(1), match.capturedLength(1),
                                          QString::number(n));
                    if (n >= 1 && n <= acceptedLines.size())
                        error.line = acceptedLines[n - 1];
                }
                writing = error;
                continue;
            }
            written += qsizetype(people.size());
            begin = chunk->end;
        }
        // Cancelled: the checking stops too (jthread), and nothing is committed.
        checker.request_stop();
    }
    if (cancelled) {
        report.cancelled = true;
        return report;
    }
    report.accepted = qsizetype(accepted.size());
    report.rejected = rejected.size();

    // Only the delegations that accepted lines use are created.
    report.delegationsCreated = int(delegationsUsed.size());

    if (options.dryRun || (!report.errors.isEmpty() && !options.partial))
        return report;
    if (!writing)
        return writing.error();

    if (!accepted.empty()) {
        if (!transaction || written != qsizetype(accepted.size()))
            return Error {QStringLiteral("internal error: %1 of %2 participants written")
                              .arg(written)
                              .arg(accepted.size()),
                          {},
                          0};
        if (Status completed = writer->commit(); !completed)
            return completed.error();
        const auto checkpoint = accepted.size() >= LargeImport ? Transaction::Checkpoint::InBackground
                                                               : Transaction::Checkpoint::OnCommit;
        if (Status committed = transaction->commit(checkpoint); !committed)
            return committed.error();
        report.imported = report.accepted;
        report.written = true;
    }
    if (!rejected.isEmpty()) {
        Result<QString> written = writeRejected(path, table, rejected);
        if (!written.ok())
            return written.error();
        report.rejectedFile = written.value();
    }
    if (options.progress)
        options.progress(total, total);
    return report;
}

} // namespace Plenary::ParticipantCsv
