// SPDX-License-Identifier: MIT
#include "demogenerator.h"

#include "accreditationstore.h"
#include "badgequotas.h"
#include "countries.h"
#include "delegationstore.h"
#include "demoagenda.h"
#include "demominutes.h"
#include "demonames.h"
#include "demoportraits.h"
#include "eventstore.h"
#include "logging.h"
#include "participantstore.h"
#include "photostore.h"
#include "searchtext.h"
#include "statistics.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace Plenary {

namespace {

using namespace DemoNames;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// Accreditation states as they stand a week before the event: most approved, some still
/// waiting for documents, a few rejected or withdrawn, nobody checked in but the advance team.
struct StateShare
{
    const char *state;
    int percent;
};
constexpr StateShare kWeekBefore[] = {
    {"nominated", 8}, {"documents_complete", 15}, {"approved", 49}, {"badge_printed", 22},
    {"rejected", 3},  {"withdrawn", 3},
};

/// Draws people for a delegation with the naming conventions of their nationality.
class PeopleFactory
{
public:
    PeopleFactory(quint64 seed, const EventInfo &event)
        : m_random(seed)
        , m_event(event)
    { }

    QRandomGenerator &random() { return m_random; }

    template<typename T>
    const T &pick(std::span<const T> pool)
    {
        return pool[m_random.bounded(quint32(pool.size()))];
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    Participant person(const QString &nationality, const QString &role, const QString &organisation,
                       int malePercent)
    {
        const Culture &culture = cultureForCountry(nationality);
        const bool male = chance(malePercent);
        const Name &given = pick(male ? culture.maleGiven : culture.femaleGiven);
        const std::size_t familyIndex = m_random.bounded(quint32(culture.maleFamily.size()));
        const Name &family = male ? culture.maleFamily[familyIndex]
                                  : culture.femaleFamily[familyIndex % culture.femaleFamily.size()];

        // Where names carry a second given name, some people have one: the father's name in
        // Arabic and Persian naming, a double first name in much of Europe and Latin America.
        // It also keeps a 4,000-strong delegation from holding dozens of identical names.
        const Name *second = nullptr;
        const QLatin1StringView key(culture.key);
        if ((key == "arabic" || key == "persian" || key == "urdu") && chance(60))
            second = &pick(culture.maleGiven);
        else if ((key == "spanish" || key == "portuguese" || key == "german" || key == "french"
                  || key == "italian" || key == "international")
                 && chance(25))
            second = &pick(male ? culture.maleGiven : culture.femaleGiven);
        if (second && std::strcmp(second->latin, given.latin) == 0)
            second = nullptr;
        const auto both = [&](const char *first, const char *other) {
            return other ? utf8(first) + QLatin1Char(' ') + utf8(other) : utf8(first);
        };

        Participant p;
        p.role = role;
        p.nationality = nationality;
        p.organisation = organisation;
        p.givenNames = both(given.latin, second ? second->latin : nullptr);
        p.familyName = utf8(family.latin);
        if (*given.native && *family.native) {
            const QString separator = culture.nativeWithoutSpace ? QString() : QStringLiteral(" ");
            const QString nativeGiven = both(given.native, second ? second->native : nullptr);
            p.nativeName = culture.nativeFamilyFirst ? utf8(family.native) + separator + nativeGiven
                                                     : nativeGiven + separator + utf8(family.native);
        } else if (*family.native && QString::fromUtf8(family.native) != p.familyName) {
            // A Latin script with letters of its own (Əliyev): keep the original spelling.
            p.nativeName =
                utf8(given.native[0] ? given.native : given.latin) + QLatin1Char(' ') + utf8(family.native);
        }
        p.honorific = honorificFor(role, male);
        p.functionTitle = functionFor(role);
        p.email = emailFor(p, organisation);
        p.documentType = QStringLiteral("Passport");
        // Numbers look random but are a permutation of a serial (7919 is prime to 9,000,000),
        // so no two people share a passport: the store refuses that.
        const QChar letter1(u'A' + m_random.bounded(26));
        const QChar letter2(u'A' + m_random.bounded(26));
        m_random.bounded(1000000, 9999999); // keeps the generator's sequence as before
        p.documentNumber = QStringLiteral("%1%2%3").arg(letter1).arg(letter2).arg(
            1000000 + (m_documentSerial++ * 7919 + 4001) % 9000000);
        // A few passports run out during the event: the desk must notice them.
        p.documentExpiry = chance(3) ? m_event.lastDay.addDays(-int(m_random.bounded(1, 30)))
                                     : m_event.lastDay.addDays(int(m_random.bounded(200, 3600)));
        static const char *const diets[] = {"Halal", "Vegetarian", "Kosher", "Gluten-free", "Vegan"};
        if (chance(12))
            p.dietaryNeeds = utf8(pick(std::span<const char *const>(diets)));
        if (chance(2))
            p.accessNeeds = QStringLiteral("Wheelchair access");
        p.accreditationState = stateFor(role);
        return p;
    }

    /// Numbers badges in the order people were approved; printed and collected badges keep theirs.
    void assignBadge(Participant &p)
    {
        static const QStringList withBadge = {QStringLiteral("approved"), QStringLiteral("badge_printed"),
                                              QStringLiteral("checked_in")};
        if (withBadge.contains(p.accreditationState))
            p.badgeNumber = QStringLiteral("%1").arg(++m_badges, 6, 10, QLatin1Char('0'));
    }

private:
    QString honorificFor(const QString &role, bool male)
    {
        const char *picked = nullptr;
        if (role == u"head_of_delegation")
            picked = pick(seniorRanks());
        else if (role == u"alternate_head" || role == u"delegate" || role == u"security_officer")
            picked = pick(officerRanks());
        else
            picked = pick(civilianHonorifics());
        const QString honorific = utf8(picked);
        // "Mr." and "Ms." follow the person; ranks and titles do not.
        if (honorific == u"Mr." || honorific == u"Ms.")
            return male ? QStringLiteral("Mr.") : QStringLiteral("Ms.");
        return honorific;
    }

    QString functionFor(const QString &role)
    {
        if (role == u"head_of_delegation")
            return utf8(pick(headFunctions()));
        if (role == u"interpreter")
            return QStringLiteral("Interpreter");
        if (role == u"security_officer")
            return QStringLiteral("Personal Security Officer");
        if (role == u"press")
            return QStringLiteral("Correspondent");
        if (role == u"organiser_staff")
            return QStringLiteral("Forum Secretariat Officer");
        return utf8(pick(memberFunctions()));
    }

    QString emailFor(const Participant &p, const QString &organisation)
    {
        const auto slug = [](const QString &text) {
            QString folded = SearchText::fold(text);
            folded.removeIf([](QChar c) { return !c.isLetterOrNumber() || c.unicode() > 0x7f; });
            return folded;
        };
        QString domain;
        for (const QString &word : organisation.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (word.at(0).isUpper())
                domain += word.at(0).toLower();
        }
        return QStringLiteral("%1.%2@%3.example")
            .arg(slug(p.givenNames.section(QLatin1Char(' '), 0, 0)), slug(p.familyName),
                 domain.isEmpty() ? QStringLiteral("mail") : slug(domain));
    }

    QString stateFor(const QString &role)
    {
        if (role == u"organiser_staff")
            return chance(40) ? QStringLiteral("checked_in") : QStringLiteral("badge_printed");
        int roll = int(m_random.bounded(100));
        for (const StateShare &share : kWeekBefore) {
            if (roll < share.percent)
                return utf8(share.state);
            roll -= share.percent;
        }
        return QStringLiteral("approved");
    }

    QRandomGenerator m_random;
    const EventInfo &m_event;
    int m_badges = 0;
    qint64 m_documentSerial = 0;
};

/// Collects what the demo writes, then writes it through the ordinary stores.
class DemoWriter
{
public:
    DemoWriter(const Database &database, const DemoOptions &options)
        : m_options(options)
        , m_delegations(database)
        , m_participants(database)
    { }

    Result<qint64> addDelegation(const Delegation &delegation)
    {
        Result<qint64> id = m_delegations.insert(delegation);
        if (id.ok()) {
            m_written.push_back(delegation);
            m_written.back().id = id.value();
        }
        return id;
    }
    /// The delegations written so far, with their ids.
    [[nodiscard]] const std::vector<Delegation> &delegations() const { return m_written; }

    void addPerson(Participant p) { m_people.push_back(std::move(p)); }

    Status writePeople(int percentBefore)
    {
        const auto total = qsizetype(m_people.size());
        return m_participants.insertMany(m_people, [&](qsizetype done) {
            if (!m_options.progress)
                return true;
            return m_options.progress(percentBefore
                                      + int((100 - percentBefore) * done / std::max<qsizetype>(total, 1)));
        });
    }

    std::vector<Participant> &people() { return m_people; }

private:
    const DemoOptions &m_options;
    DelegationStore m_delegations;
    ParticipantStore m_participants;
    std::vector<Participant> m_people;
    std::vector<Delegation> m_written;
};

EventInfo forumEvent()
{
    EventInfo event;
    event.name = QStringLiteral("International Security Forum 2027");
    event.venue = QStringLiteral("Baku Congress Center");
    event.city = QStringLiteral("Baku");
    event.timeZone = QStringLiteral("Asia/Baku");
    event.firstDay = QDate(2027, 5, 18);
    event.lastDay = QDate(2027, 5, 20);
    event.languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("az"),
                       QStringLiteral("ar")};
    return event;
}

EventInfo copEvent()
{
    EventInfo event;
    event.name = QStringLiteral("Climate Conference of the Parties (demo)");
    event.venue = QStringLiteral("Baku Olympic Stadium");
    event.city = QStringLiteral("Baku");
    event.timeZone = QStringLiteral("Asia/Baku");
    event.firstDay = QDate(2027, 11, 8);
    event.lastDay = QDate(2027, 11, 19);
    event.languages = {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh"),
                       QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
    return event;
}

const char *const kHotels[] = {"Boulevard Hotel Baku",   "Old City Inn",         "Caspian Seaside Hotel",
                               "Flame Towers Residence", "Nizami Street Suites", "Port Baku Hotel"};

Delegation nationalDelegation(const QString &code, PeopleFactory &factory, const EventInfo &event)
{
    Delegation d;
    d.kind = QStringLiteral("member_state");
    d.countryCode = code;
    d.name = Countries::name(code);
    d.hotel = utf8(factory.pick(std::span<const char *const>(kHotels)));
    d.arrival = event.firstDay.addDays(-int(factory.random().bounded(0, 3)));
    d.departure = event.lastDay.addDays(int(factory.random().bounded(0, 2)));
    const int roll = int(factory.random().bounded(100));
    d.status = roll < 80 ? QStringLiteral("confirmed")
        : roll < 96      ? QStringLiteral("registered")
                         : QStringLiteral("invited");
    return d;
}

QString emptyDatabaseCheck(const Database &database)
{
    Result<EventCounts> counts = countEvent(database);
    if (!counts.ok())
        return counts.error().message;
    Result<std::optional<EventInfo>> event = EventStore(database).load();
    if (!event.ok())
        return event.error().message;
    if (event.value() || counts.value().delegations > 0 || counts.value().participants > 0
        || counts.value().rooms > 0 || counts.value().sessions > 0)
        return QStringLiteral("the database already holds an event; the demo fills only an empty database");
    return {};
}

/// People a delegation sent twice, as happens when a list is re-sent: the same person with the
/// e-mail in other capitals, or under the same name with another address. The form and the
/// import warn about them (without a passport number, so that they are not refused).
void addLikelyDuplicates(DemoWriter &writer, PeopleFactory &factory)
{
    const std::size_t registered = writer.people().size();
    for (int n = 0; n < 4; ++n) {
        Participant twin = writer.people()[factory.random().bounded(quint32(registered))];
        if (!twin.delegationId || twin.accreditationState == u"withdrawn")
            continue;
        if (n % 2 == 0) {
            // "anna.mueller@..." sent again as "Anna.Mueller@...".
            QStringList parts = twin.email.section(u'@', 0, 0).split(u'.');
            for (QString &part : parts)
                part = part.left(1).toUpper() + part.mid(1);
            twin.email = parts.join(u'.') + u'@' + twin.email.section(u'@', 1);
        } else {
            twin.email = twin.email.section(u'@', 0, 0) + QStringLiteral("@mail.example");
        }
        if (twin.role == u"head_of_delegation")
            twin.role = QStringLiteral("delegate");
        twin.documentNumber.clear();
        twin.documentExpiry = {};
        twin.accreditationState = QStringLiteral("nominated");
        writer.addPerson(std::move(twin));
    }
}

Status generateForum(DemoWriter &writer, PeopleFactory &factory, const EventInfo &event)
{
    const std::span<const char *const> countries = forumCountries();
    for (std::size_t i = 0; i < countries.size(); ++i) {
        const QString code = utf8(countries[i]);
        Delegation d = nationalDelegation(code, factory, event);
        const bool host = i == 0;
        if (host)
            d.status = QStringLiteral("confirmed");
        else if (i == countries.size() - 1)
            d.status = QStringLiteral("withdrawn");
        const QString service = utf8(securityServiceName(code));
        d.notes = QStringLiteral("Nominated by the %1.").arg(service);
        d.focalPointName = factory.person(code, QStringLiteral("delegate"), service, 60).displayName();
        Result<qint64> id = writer.addDelegation(d);
        if (!id.ok())
            return id.error();
        QStringList roles = {QStringLiteral("head_of_delegation")};
        if (host || factory.chance(50))
            roles.append(QStringLiteral("alternate_head"));
        for (int n = int(factory.random().bounded(2, host ? 9 : 5)); n > 0; --n)
            roles.append(QStringLiteral("delegate"));
        for (int n = int(factory.random().bounded(0, 3)); n > 0; --n)
            roles.append(QStringLiteral("adviser"));
        if (factory.chance(60))
            roles.append(QStringLiteral("interpreter"));
        if (factory.chance(40))
            roles.append(QStringLiteral("security_officer"));
        for (const QString &role : roles) {
            Participant p = factory.person(code, role, service, role == u"head_of_delegation" ? 88 : 70);
            p.delegationId = id.value();
            if (d.status == u"withdrawn")
                p.accreditationState = QStringLiteral("withdrawn");
            writer.addPerson(std::move(p));
        }
    }

    const std::span<const char *const> observerNationalities = forumCountries();
    for (const Organisation &organisation : observerOrganisations()) {
        Delegation d;
        d.kind = utf8(organisation.kind);
        d.name = utf8(organisation.name);
        d.status = QStringLiteral("confirmed");
        d.arrival = event.firstDay.addDays(-1);
        d.departure = event.lastDay;
        d.hotel = utf8(kHotels[0]);
        d.notes = QStringLiteral("Observer (%1).").arg(utf8(organisation.acronym));
        Result<qint64> id = writer.addDelegation(d);
        if (!id.ok())
            return id.error();
        const int members = int(factory.random().bounded(2, 5));
        for (int n = 0; n < members; ++n) {
            const QString nationality = utf8(factory.pick(observerNationalities));
            Participant p = factory.person(
                nationality, n == 0 ? QStringLiteral("head_of_delegation") : QStringLiteral("observer"),
                d.name, 65);
            p.delegationId = id.value();
            writer.addPerson(std::move(p));
        }
    }

    // The host's secretariat, the press and guest speakers belong to no delegation.
    const QString host = utf8(countries[0]);
    for (int n = 0; n < 14; ++n)
        writer.addPerson(
            factory.person(host, QStringLiteral("organiser_staff"), QStringLiteral("Forum Secretariat"), 55));
    static const char *const outlets[] = {"Caspian Wire Service", "Global Security Review",
                                          "International Press Agency", "Eurasia Broadcasting",
                                          "The Strategic Observer"};
    for (int n = 0; n < 10; ++n) {
        const QString nationality = utf8(factory.pick(countries));
        writer.addPerson(factory.person(nationality, QStringLiteral("press"),
                                        utf8(factory.pick(std::span<const char *const>(outlets))), 60));
    }
    for (int n = 0; n < 4; ++n) {
        const QString nationality = utf8(factory.pick(countries));
        writer.addPerson(factory.person(nationality, QStringLiteral("guest_speaker"),
                                        QStringLiteral("Institute for Strategic Studies"), 60));
    }
    addLikelyDuplicates(writer, factory);
    return {};
}

/// The 24 non-state delegations of a COP: UN bodies, intergovernmental organisations, the
/// UNFCCC observer constituencies and the press.
struct CopOrganisation
{
    const char *name;
    const char *kind;
    const char *role;
};
constexpr CopOrganisation kCopOrganisations[] = {
    {"UNFCCC Secretariat", "un_body", "organiser_staff"},
    {"United Nations Environment Programme", "un_body", "observer"},
    {"United Nations Development Programme", "un_body", "observer"},
    {"World Meteorological Organization", "un_body", "observer"},
    {"Food and Agriculture Organization", "un_body", "observer"},
    {"World Health Organization", "un_body", "observer"},
    {"International Maritime Organization", "un_body", "observer"},
    {"UN Office for Disaster Risk Reduction", "un_body", "observer"},
    {"International Energy Agency", "international_organisation", "observer"},
    {"International Renewable Energy Agency", "international_organisation", "observer"},
    {"African Union Commission", "international_organisation", "observer"},
    {"Green Climate Fund", "international_organisation", "observer"},
    {"World Bank Group", "international_organisation", "observer"},
    {"Organisation of Islamic Cooperation", "international_organisation", "observer"},
    {"Environmental NGOs (ENGO)", "ngo", "observer"},
    {"Business and Industry NGOs (BINGO)", "ngo", "observer"},
    {"Research and Independent NGOs (RINGO)", "ngo", "observer"},
    {"Youth NGOs (YOUNGO)", "ngo", "observer"},
    {"Indigenous Peoples Organizations (IPO)", "ngo", "observer"},
    {"Trade Union NGOs (TUNGO)", "ngo", "observer"},
    {"Women and Gender Constituency", "ngo", "observer"},
    {"Local Governments and Municipal Authorities", "ngo", "observer"},
    {"Farmers and Agricultural NGOs", "ngo", "observer"},
    {"Accredited media", "media", "press"},
};

constexpr int kCopDelegations = 200;
constexpr int kCopParticipants = 100000;
constexpr int kCopLargestDelegation = 4409; // COP28's largest delegation

/// Delegation sizes with the long tail of a real COP: one very large host delegation, a few
/// hundred-strong ones, many small ones; exactly kCopParticipants in all.
std::vector<int> copDelegationSizes()
{
    std::vector<double> weights(kCopDelegations - 1);
    double sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] = 1.0 / std::pow(double(i) + 6.0, 0.9);
    std::vector<int> sizes = {kCopLargestDelegation};
    const int rest = kCopParticipants - kCopLargestDelegation;
    int assigned = 0;
    for (double weight : weights) {
        const int size = std::max(3, int(rest * weight / sum));
        sizes.push_back(size);
        assigned += size;
    }
    // Rounding leaves some people over or under: spread them one by one over the delegations
    // after the host, so that the host stays the largest.
    const int step = rest > assigned ? 1 : -1;
    for (std::size_t i = 0; assigned != rest; ++i, assigned += step)
        sizes[1 + i % (sizes.size() - 1)] += step;
    return sizes;
}

QString copRole(PeopleFactory &factory, int index)
{
    if (index == 0)
        return QStringLiteral("head_of_delegation");
    if (index < 3)
        return QStringLiteral("alternate_head");
    const int roll = int(factory.random().bounded(100));
    if (roll < 45)
        return QStringLiteral("delegate");
    if (roll < 90)
        return QStringLiteral("adviser");
    if (roll < 95)
        return QStringLiteral("interpreter");
    return QStringLiteral("security_officer");
}

Status generateCop(DemoWriter &writer, PeopleFactory &factory, const EventInfo &event)
{
    const std::vector<int> sizes = copDelegationSizes();
    QList<Countries::Country> countries = Countries::all();
    // The host first, then the parties in an order drawn from the seed.
    const auto hostIt = std::find_if(countries.begin(), countries.end(),
                                     [](const Countries::Country &c) { return c.code == u"AZ"; });
    std::iter_swap(countries.begin(), hostIt);
    std::shuffle(countries.begin() + 1, countries.end(), factory.random());
    const int states = kCopDelegations - int(std::size(kCopOrganisations));
    writer.people().reserve(kCopParticipants);

    for (int i = 0; i < kCopDelegations; ++i) {
        const bool isState = i < states;
        const CopOrganisation *organisation = isState ? nullptr : &kCopOrganisations[i - states];
        Delegation d;
        if (isState) {
            d = nationalDelegation(countries.at(i).code, factory, event);
            d.kind = QStringLiteral("member_state");
        } else {
            d.kind = utf8(organisation->kind);
            d.name = utf8(organisation->name);
            d.status = QStringLiteral("confirmed");
            d.arrival = event.firstDay.addDays(-1);
            d.departure = event.lastDay;
        }
        Result<qint64> id = writer.addDelegation(d);
        if (!id.ok())
            return id.error();
        // Large delegations first among the parties: the host, then the shuffled order.
        const int size =
            isState ? sizes[std::size_t(i)] : sizes[std::size_t(states) + std::size_t(i - states)];
        const QString agency = isState ? QStringLiteral("Ministry of Environment of %1").arg(d.name) : d.name;
        for (int n = 0; n < size; ++n) {
            const QString nationality =
                isState ? d.countryCode : countries.at(int(factory.random().bounded(states))).code;
            const QString role = isState
                ? copRole(factory, n)
                : (n == 0 && d.kind != u"media" ? QStringLiteral("head_of_delegation")
                                                : utf8(organisation->role));
            Participant p = factory.person(nationality, role, agency, 60);
            p.delegationId = id.value();
            writer.addPerson(std::move(p));
        }
    }
    return {};
}

/// The history the desk shows: who checked people in and when, and why the rejected were
/// rejected. The other steps of the workflow are not invented.
Status recordDemoHistory(const Database &database, const std::vector<Participant> &people,
                         PeopleFactory &factory, const EventInfo &event)
{
    static const char *const reasons[] = {
        "Nomination letter not received from the nominating authority",
        "Identity document data do not match the passport copy",
        "Photo does not meet the requirements (35 × 45 mm, plain background)",
        "Duplicate nomination: already accredited through another delegation",
    };
    const QTimeZone zone(event.timeZone.toUtf8());
    std::vector<PastAccreditationChange> history;
    for (const Participant &p : people) {
        if (p.accreditationState == u"checked_in" && p.checkedInAt.isValid()) {
            const QString desk = QStringLiteral("Registration desk %1").arg(p.id % 2 + 1);
            history.push_back(
                {p.id,
                 {QStringLiteral("badge_printed"), QStringLiteral("checked_in"), desk, p.checkedInAt, {}}});
        } else if (p.accreditationState == u"rejected") {
            const QDateTime at(event.firstDay.addDays(-int(factory.random().bounded(8, 30))),
                               QTime(int(factory.random().bounded(9, 18)), int(factory.random().bounded(60))),
                               zone);
            history.push_back({p.id,
                               {QStringLiteral("documents_complete"), QStringLiteral("rejected"),
                                QStringLiteral("Accreditation office"), at.toUTC(),
                                utf8(factory.pick(std::span<const char *const>(reasons)))}});
        }
    }
    // In check-in order, so that the desk's latest check-ins read as a morning's queue.
    std::stable_sort(history.begin(), history.end(),
                     [](const auto &a, const auto &b) { return a.change.changedAt < b.change.changedAt; });
    return AccreditationStore(database).recordPast(history);
}

} // namespace

Status generateDemo(const Database &database, const DemoOptions &options)
{
    const bool cop = options.scale == DemoOptions::Scale::Cop;
    const EventInfo event = cop ? copEvent() : forumEvent();
    PeopleFactory factory(options.seed, event);
    DemoWriter writer(database, options);

    Transaction transaction(database);
    if (!transaction.ok())
        return transaction.error();
    // Checked under the write lock: nobody can start filling the database in between.
    if (const QString refusal = emptyDatabaseCheck(database); !refusal.isEmpty())
        return Error {refusal, {}, 0};
    if (Status saved = EventStore(database).save(event); !saved)
        return saved;
    if (Status built = cop ? generateCop(writer, factory, event) : generateForum(writer, factory, event);
        !built)
        return built;

    // Check-in times fall in the days before the opening, in the event's zone.
    const QTimeZone zone(event.timeZone.toUtf8());
    for (Participant &p : writer.people()) {
        // The forum's advance teams have collected some badges already, so the check-in desk
        // has a history to show.
        if (!cop && p.accreditationState == u"badge_printed" && factory.chance(25))
            p.accreditationState = QStringLiteral("checked_in");
        factory.assignBadge(p);
        if (p.accreditationState == u"checked_in")
            p.checkedInAt = QDateTime(event.firstDay.addDays(-int(factory.random().bounded(1, 4))),
                                      QTime(9, int(factory.random().bounded(60))), zone)
                                .toUTC();
    }
    if (options.progress && !options.progress(5))
        return Error {QStringLiteral("cancelled: nothing was written"), {}, 0};
    if (Status written = writer.writePeople(5); !written)
        return written;
    if (Status recorded = recordDemoHistory(database, writer.people(), factory, event); !recorded)
        return recorded;
    // Some forum participants have sent a photo. The COP demo has none: 100,000 portraits
    // would make the benchmark database ten times slower to write and 2 GB larger.
    if (!cop) {
        const PhotoStore photos(database);
        QRandomGenerator portraits(options.seed ^ 0x50686f746fULL);
        for (const Participant &p : writer.people()) {
            if (portraits.bounded(100) >= 40)
                continue;
            const int longHair = p.honorific == u"Ms." || p.honorific == u"Mrs." ? 75
                : p.honorific == u"Mr."                                          ? 5
                                                                                 : 15;
            Result<QByteArray> jpeg = PhotoStore::fromImage(demoPortrait(portraits, longHair));
            if (!jpeg.ok())
                return jpeg.error();
            if (Status stored = photos.set(p.id, jpeg.value()); !stored)
                return stored;
        }
    }
    // The agenda draws from its own generator, so the people above stay as they were.
    const DemoAgendaInput agenda {event, writer.delegations(), writer.people(), options.seed};
    if (Status planned = cop ? writeCopAgenda(database, agenda) : writeForumAgenda(database, agenda);
        !planned)
        return planned;
    // The minutes of the sessions held, from their own generator too.
    const DemoMinutesInput minutes {event, options.seed};
    if (Status noted = cop ? writeCopMinutes(database, minutes) : writeForumMinutes(database, minutes);
        !noted)
        return noted;
    // States are granted badges per role: as many as they hold now plus a little room (none for
    // the head of delegation or the security officers), so that the delegation page shows
    // quotas in use and some at their limit.
    Statement quotas(transaction.connection(),
                     QStringLiteral("INSERT INTO delegation_quota (delegation_id, role, badges) "
                                    "SELECT p.delegation_id, p.role, count(*) + CASE WHEN p.role IN "
                                    "('head_of_delegation', 'security_officer') THEN 0 ELSE 2 END "
                                    "FROM participant p JOIN delegation d ON d.id = p.delegation_id "
                                    "WHERE d.kind = 'member_state' AND p.accreditation_state IN %1 "
                                    "GROUP BY p.delegation_id, p.role")
                         .arg(QLatin1StringView(BadgeQuotas::HoldingStatesSql)));
    if (Status granted = quotas.exec(); !granted)
        return granted;
    qCInfo(lcDemo) << "demo written:" << writer.people().size() << "participants";
    return transaction.commit();
}

} // namespace Plenary
