// SPDX-License-Identifier: MIT
#include "demoagenda.h"

#include "agendastore.h"
#include "demonames.h"
#include "logging.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace Plenary {

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// Guids of the demo are derived from the seed (UUID v5), so that the same seed writes the
/// same agenda, guids included.
constexpr QUuid kDemoNamespace(0x6b1f0c3a, 0x52d4, 0x4e8b, 0x9a, 0x61, 0x3c, 0x2f, 0x8e, 0x71, 0x0d, 0x44);

/// A participant the agenda may name, with the index of their delegation (-1: none).
struct Person
{
    const Participant *participant = nullptr;
    int delegation = -1;

    [[nodiscard]] qint64 id() const { return participant ? participant->id : 0; }
    [[nodiscard]] explicit operator bool() const { return participant != nullptr; }
};

/// What a session is, apart from where and when.
struct Spec
{
    const char *kind;
    QString title;
    int attendance = 0; ///< 0: not given
    QString track;
    QStringList languages;
    QString description;
    bool restricted = false;
};

/// Whether `p` may be put on the agenda: neither rejected nor withdrawn, in a delegation that
/// still comes.
bool takesPart(const Participant &p, const Delegation *delegation)
{
    return p.accreditationState != u"rejected" && p.accreditationState != u"withdrawn"
        && (!delegation || delegation->status != u"withdrawn");
}

/// Collects rooms, sessions, chairs and speakers' lists; keeps track of who is where, so that
/// people are booked only where they can be (no overlap, time to change rooms, their
/// delegation in town), and writes it all in batches. Deliberate conflicts are booked with
/// `force`.
class AgendaPlan
{
public:
    AgendaPlan(const DemoAgendaInput &input, int bufferMinutes, const char *name)
        : m_input(input)
        , m_zone(input.event.timeZone.toUtf8())
        , m_bufferSeconds(qint64(bufferMinutes) * 60)
        // Its own generator, apart from the people's draws: the participants stay as they were.
        , m_random(input.seed ^ 0x4167656e6461ULL)
        , m_name(QLatin1StringView(name))
    { }

    [[nodiscard]] QRandomGenerator &random() { return m_random; }
    /// A whole number in [low, high].
    [[nodiscard]] int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    [[nodiscard]] bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }

    int addRoom(const QString &name, int capacity, const QString &floor, int booths)
    {
        Room room;
        room.name = name;
        room.capacity = capacity;
        room.floor = floor;
        room.booths = booths;
        room.position = int(m_rooms.size());
        room.guid = guid(u"room", m_rooms.size());
        m_rooms.append(room);
        return int(m_rooms.size() - 1);
    }
    [[nodiscard]] const Room &room(int index) const { return m_rooms.at(index); }

    /// A session on day `day` (0: the first day, negative: before it) from `start` to `end` in
    /// the event's zone; `room` -1 for none.
    qsizetype add(int day, QTime start, QTime end, int room, const Spec &spec)
    {
        const QDate date = m_input.event.firstDay.addDays(day);
        const QDateTime from(date, start, m_zone);
        const QDateTime to(end > start ? date : date.addDays(1), end, m_zone);
        return append(spec, from.toUTC(), to.toUTC(), room, date);
    }
    /// A session not yet given a time or a room (the timetable's side list).
    qsizetype addUnscheduled(const Spec &spec) { return append(spec, {}, {}, -1, {}); }

    [[nodiscard]] AgendaSession &session(qsizetype index) { return m_sessions[std::size_t(index)]; }
    [[nodiscard]] int roomOf(qsizetype index) const { return m_roomOf[std::size_t(index)]; }
    [[nodiscard]] qsizetype sessionCount() const { return qsizetype(m_sessions.size()); }
    [[nodiscard]] const QList<SpeakingSlot> &slots(qsizetype index) const
    {
        return m_slots[std::size_t(index)];
    }

    /// Whether `person` can be in `session`: their delegation is in town that day, and they
    /// are in no other session then, nor in one elsewhere too close to walk between.
    [[nodiscard]] bool isFree(const Person &person, qsizetype session) const
    {
        if (!person)
            return false;
        const std::size_t s = std::size_t(session);
        if (person.delegation >= 0 && m_day[s].isValid()) {
            const Delegation &d = m_input.delegations[std::size_t(person.delegation)];
            if ((d.arrival.isValid() && m_day[s] < d.arrival)
                || (d.departure.isValid() && m_day[s] > d.departure))
                return false;
        }
        const auto booked = m_bookings.constFind(person.id());
        if (booked == m_bookings.cend() || m_from[s] == 0)
            return true;
        for (const Booking &b : *booked) {
            if (b.session == session || b.from == 0)
                continue;
            const qint64 gap = b.room == m_roomOf[s] ? 0 : m_bufferSeconds;
            if (b.from < m_to[s] + gap && m_from[s] < b.to + gap)
                return false;
        }
        return true;
    }

    /// Makes `person` a chair of `session` when free (or anyway with `force`).
    bool chair(qsizetype session, const Person &person, bool force = false)
    {
        if (!person || (!force && !isFree(person, session)))
            return false;
        book(person, session);
        AgendaSession &s = this->session(session);
        if (!s.chairIds.contains(person.id()))
            s.chairIds.append(person.id());
        return true;
    }

    /// Puts `person` on the speakers' list of `session` when free (or anyway with `force`),
    /// on behalf of their delegation.
    bool speak(qsizetype session, const Person &person, const QString &topic, int minutes,
               const QString &level, const QDateTime &requestedAt, bool rightOfReply = false,
               bool force = false)
    {
        if (!person || (!force && !isFree(person, session)))
            return false;
        book(person, session);
        SpeakingSlot slot;
        slot.speakerId = person.id();
        if (person.delegation >= 0)
            slot.onBehalfOf = m_input.delegations[std::size_t(person.delegation)].id;
        slot.topic = topic;
        slot.allottedMinutes = minutes;
        slot.representationLevel = level;
        slot.requestedAt = requestedAt;
        slot.rightOfReply = rightOfReply;
        m_slots[std::size_t(session)].append(slot);
        return true;
    }

    /// Someone of `pool` free for `session` and not excluded; `tries` random draws, or every
    /// one from a random start when `tries` is 0. A null Person when nobody is.
    template<typename Excluded>
    Person pick(std::span<const Person> pool, qsizetype session, Excluded excluded, int tries = 0)
    {
        if (pool.empty())
            return {};
        const auto size = quint32(pool.size());
        const quint32 start = m_random.bounded(size);
        const quint32 attempts = tries > 0 ? quint32(tries) : size;
        for (quint32 n = 0; n < attempts; ++n) {
            const Person &candidate = pool[tries > 0 ? m_random.bounded(size) : (start + n) % size];
            if (!excluded(candidate) && isFree(candidate, session))
                return candidate;
        }
        return {};
    }
    Person pick(std::span<const Person> pool, qsizetype session, int tries = 0)
    {
        return pick(
            pool, session, [](const Person &) { return false; }, tries);
    }

    /// The start of `session` plus `minutes`: when a right of reply is asked for.
    [[nodiscard]] QDateTime during(qsizetype session, int minutes) const
    {
        return m_sessions[std::size_t(session)].startsAt.addSecs(qint64(minutes) * 60);
    }

    /// Rooms, then sessions with their chairs, then every speakers' list in protocol order: three
    /// batches in the caller's transaction.
    Status write(const Database &database)
    {
        const AgendaStore store(database);
        QList<qint64> roomIds;
        for (const Room &room : std::as_const(m_rooms)) {
            Result<qint64> id = store.insertRoom(room);
            if (!id.ok())
                return id.error();
            roomIds.append(id.value());
        }
        for (std::size_t i = 0; i < m_sessions.size(); ++i) {
            if (m_roomOf[i] >= 0)
                m_sessions[i].roomId = roomIds.at(m_roomOf[i]);
        }
        if (Status inserted = store.insertSessions(m_sessions); !inserted)
            return inserted;
        std::vector<SpeakingSlot> slots;
        for (std::size_t i = 0; i < m_sessions.size(); ++i) {
            for (SpeakingSlot &slot : AgendaStore::inProtocolOrder(m_slots[i])) {
                slot.sessionId = m_sessions[i].id;
                slots.push_back(std::move(slot));
            }
        }
        return store.insertSpeakingSlots(slots);
    }

private:
    struct Booking
    {
        qint64 from = 0; ///< seconds since the epoch; 0 when unscheduled
        qint64 to = 0;
        int room = -1;
        qsizetype session = 0;
    };

    QString guid(QStringView what, qsizetype index) const
    {
        return QUuid::createUuidV5(
                   kDemoNamespace,
                   QStringLiteral("%1/%2/%3/%4").arg(m_name).arg(m_input.seed).arg(what).arg(index))
            .toString(QUuid::WithoutBraces);
    }

    qsizetype append(const Spec &spec, const QDateTime &from, const QDateTime &to, int room, const QDate &day)
    {
        AgendaSession s;
        s.guid = guid(u"session", qsizetype(m_sessions.size()));
        s.kind = QLatin1StringView(spec.kind);
        s.title = spec.title;
        s.description = spec.description;
        s.startsAt = from;
        s.endsAt = to;
        s.visibility = spec.restricted ? QStringLiteral("restricted") : QStringLiteral("public");
        s.languages = spec.languages;
        if (spec.attendance > 0)
            s.expectedAttendance = spec.attendance;
        s.track = spec.track;
        m_sessions.push_back(std::move(s));
        m_roomOf.push_back(room);
        m_from.push_back(from.isValid() ? from.toSecsSinceEpoch() : 0);
        m_to.push_back(to.isValid() ? to.toSecsSinceEpoch() : 0);
        m_day.push_back(day);
        m_slots.emplace_back();
        return qsizetype(m_sessions.size() - 1);
    }

    void book(const Person &person, qsizetype session)
    {
        const std::size_t s = std::size_t(session);
        m_bookings[person.id()].push_back({m_from[s], m_to[s], m_roomOf[s], session});
    }

    const DemoAgendaInput &m_input;
    QTimeZone m_zone;
    qint64 m_bufferSeconds;
    QRandomGenerator m_random;
    QString m_name;
    QList<Room> m_rooms;
    std::vector<AgendaSession> m_sessions;
    std::vector<int> m_roomOf;
    std::vector<qint64> m_from;
    std::vector<qint64> m_to;
    std::vector<QDate> m_day;
    std::vector<QList<SpeakingSlot>> m_slots;
    QHash<qint64, std::vector<Booking>> m_bookings;
};

/// A delegation as the agenda sees it: its head, alternate head and the others who may speak.
struct Team
{
    int delegation = -1;
    Person head;
    Person alternate;
    std::vector<Person> members; ///< delegates, advisers, observers, further alternates, staff
};

/// Everybody of the event who may be put on the agenda, by delegation.
struct Cast
{
    std::vector<Team> teams; ///< by delegation index
    std::vector<Person> staff; ///< the host's secretariat (no delegation)
    std::vector<Person> guests; ///< guest speakers (no delegation)

    explicit Cast(const DemoAgendaInput &input)
    {
        teams.resize(input.delegations.size());
        QHash<qint64, int> byId;
        for (std::size_t i = 0; i < input.delegations.size(); ++i) {
            byId.insert(input.delegations[i].id, int(i));
            teams[i].delegation = int(i);
        }
        for (const Participant &p : input.people) {
            const int index = p.delegationId ? byId.value(*p.delegationId, -1) : -1;
            const Delegation *delegation = index >= 0 ? &input.delegations[std::size_t(index)] : nullptr;
            if (!takesPart(p, delegation))
                continue;
            const Person person {&p, index};
            if (index < 0) {
                if (p.role == u"organiser_staff")
                    staff.push_back(person);
                else if (p.role == u"guest_speaker")
                    guests.push_back(person);
                continue;
            }
            Team &team = teams[std::size_t(index)];
            if (p.role == u"head_of_delegation" && !team.head)
                team.head = person;
            else if (p.role == u"alternate_head" && !team.alternate)
                team.alternate = person;
            else if (p.role == u"delegate" || p.role == u"adviser" || p.role == u"observer"
                     || p.role == u"alternate_head" || p.role == u"organiser_staff")
                team.members.push_back(person);
        }
    }

    /// The most senior of `team` free for `session`: the head, else the alternate, else a member.
    [[nodiscard]] static Person senior(AgendaPlan &plan, const Team &team, qsizetype session)
    {
        if (plan.isFree(team.head, session))
            return team.head;
        if (plan.isFree(team.alternate, session))
            return team.alternate;
        return plan.pick(team.members, session);
    }
};

// ---------------------------------------------------------------------------------------------
// The forum

/// Level of representation of a head of a security service, from their function.
QString forumLevel(const Participant &head, const Delegation &delegation)
{
    if (delegation.kind != u"member_state")
        return QStringLiteral("other");
    if (head.functionTitle.startsWith(u"Secretary of the Security Council"))
        return QStringLiteral("minister");
    if (head.functionTitle.contains(u"Deputy"))
        return QStringLiteral("other");
    return QStringLiteral("head_of_agency");
}

/// The forum's general debate: who asked for the floor, and when.
struct Request
{
    Person person;
    QString level;
    QDateTime at;
};

class ForumAgenda
{
public:
    ForumAgenda(const DemoAgendaInput &input, int bufferMinutes)
        : m_input(input)
        , m_plan(input, bufferMinutes, "forum")
        , m_cast(input)
    {
        const std::span<const DemoNames::Organisation> organisations = DemoNames::observerOrganisations();
        for (std::size_t i = 0; i < input.delegations.size(); ++i) {
            const Delegation &d = input.delegations[i];
            if (d.kind == u"member_state") {
                m_byKey.insert(d.countryCode, int(i));
                continue;
            }
            for (const DemoNames::Organisation &organisation : organisations) {
                if (d.name == utf8(organisation.name))
                    m_byKey.insert(utf8(organisation.acronym), int(i));
            }
        }
        m_all = input.event.languages;
        m_enRu = {QStringLiteral("en"), QStringLiteral("ru")};
        m_en = {QStringLiteral("en")};
    }

    Status build();
    Status write(const Database &database) { return m_plan.write(database); }

private:
    [[nodiscard]] const Team &team(const char *key) const
    {
        static const Team none;
        const int index = m_byKey.value(QLatin1StringView(key), -1);
        return index >= 0 ? m_cast.teams[std::size_t(index)] : none;
    }
    [[nodiscard]] QString levelOf(const Person &person) const
    {
        return person ? forumLevel(*person.participant, m_input.delegations[std::size_t(person.delegation)])
                      : QStringLiteral("other");
    }
    [[nodiscard]] QString delegationName(const char *key) const
    {
        const int index = m_byKey.value(QLatin1StringView(key), -1);
        return index >= 0 ? m_input.delegations[std::size_t(index)].name : QLatin1StringView(key);
    }

    Spec spec(const char *kind, const char *title, int attendance, const char *track,
              const QStringList &languages, const char *description = "", bool restricted = false) const
    {
        return {kind, utf8(title), attendance, utf8(track), languages, utf8(description), restricted};
    }
    qsizetype bilateral(int day, QTime start, QTime end, const char *a, const char *b)
    {
        const qsizetype s = m_plan.add(
            day, start, end, m_bilateralRoom,
            {"bilateral_meeting",
             QStringLiteral("Bilateral meeting: %1 – %2").arg(delegationName(a), delegationName(b)), 10,
             QStringLiteral("Bilateral meetings"), m_enRu, QString(), true});
        m_bilaterals.push_back({s, a, b});
        return s;
    }
    void generalDebate(qsizetype session, std::span<const Request> speakers, int minutes, int replies);
    void panel(qsizetype session, const char *keyword, int guest);
    void sideEvent(qsizetype session, const char *organisation, int speakers);

    struct Bilateral
    {
        qsizetype session;
        const char *a;
        const char *b;
    };

    const DemoAgendaInput &m_input;
    AgendaPlan m_plan;
    Cast m_cast;
    QHash<QString, int> m_byKey; ///< country code or acronym → delegation index
    QStringList m_all, m_enRu, m_en;
    int m_bilateralRoom = -1;
    std::vector<Bilateral> m_bilaterals;
    QSet<qint64> m_panellists; ///< nobody sits on two panels
};

void ForumAgenda::generalDebate(qsizetype session, std::span<const Request> speakers, int minutes,
                                int replies)
{
    for (const Request &r : speakers)
        m_plan.speak(session, r.person, QStringLiteral("General debate: statement"), minutes, r.level, r.at,
                     false, true);
    // Rights of reply come from states that spoke, asked for during the debate.
    for (int n = 0; n < replies && !speakers.empty(); ++n) {
        const Request &r = speakers[m_plan.random().bounded(quint32(speakers.size()))];
        m_plan.speak(session, r.person, QStringLiteral("Right of reply"), 3, r.level,
                     m_plan.during(session, 60 + 10 * n), true, true);
    }
}

void ForumAgenda::panel(qsizetype session, const char *keyword, int guest)
{
    // A guest speaker moderates when free; panellists are experts of the delegations, those
    // whose function matches the panel first.
    const Person moderator =
        guest < int(m_cast.guests.size()) && m_plan.isFree(m_cast.guests[std::size_t(guest)], session)
        ? m_cast.guests[std::size_t(guest)]
        : m_plan.pick(m_cast.guests, session);
    m_plan.chair(session, moderator);
    std::vector<Person> experts;
    for (const Team &team : m_cast.teams) {
        for (const Person &p : team.members) {
            if (!m_panellists.contains(p.id()))
                experts.push_back(p);
        }
    }
    std::shuffle(experts.begin(), experts.end(), m_plan.random());
    const QString match = utf8(keyword);
    std::stable_partition(experts.begin(), experts.end(), [&](const Person &p) {
        return !match.isEmpty() && p.participant->functionTitle.contains(match);
    });
    QSet<int> delegations;
    const QDateTime programmeSet = m_plan.session(session).startsAt.addDays(-30);
    int added = 0;
    for (const Person &p : experts) {
        if (added == 4)
            break;
        if (delegations.contains(p.delegation) || !m_plan.isFree(p, session))
            continue;
        m_plan.speak(session, p, p.participant->functionTitle, 12, QStringLiteral("other"),
                     programmeSet.addSecs(3600 * added));
        delegations.insert(p.delegation);
        m_panellists.insert(p.id());
        ++added;
    }
}

void ForumAgenda::sideEvent(qsizetype session, const char *organisation, int speakers)
{
    const Team &host = team(organisation);
    m_plan.chair(session, Cast::senior(m_plan, host, session));
    const QDateTime programmeSet = m_plan.session(session).startsAt.addDays(-20);
    int added = 0;
    for (const Person &p : host.members) {
        if (added < speakers
            && m_plan.speak(session, p, QStringLiteral("Presentation"), 15, QStringLiteral("other"),
                            programmeSet.addSecs(600 * added)))
            ++added;
    }
    // A national expert completes the panel of speakers.
    const Person expert = m_plan.pick(
        m_cast.teams[std::size_t(m_plan.random().bounded(quint32(m_cast.teams.size())))].members, session);
    m_plan.speak(session, expert, QStringLiteral("National experience"), 10, QStringLiteral("other"),
                 programmeSet.addSecs(3600));
}

Status ForumAgenda::build()
{
    AgendaPlan &plan = m_plan;
    const int hall = plan.addRoom(QStringLiteral("Plenary Hall"), 520, QStringLiteral("Ground floor"), 6);
    const int caspian = plan.addRoom(QStringLiteral("Caspian Hall"), 180, QStringLiteral("1st floor"), 4);
    const int absheron = plan.addRoom(QStringLiteral("Absheron Room"), 90, QStringLiteral("1st floor"), 4);
    const int shirvan = plan.addRoom(QStringLiteral("Shirvan Room"), 60, QStringLiteral("2nd floor"), 2);
    m_bilateralRoom = plan.addRoom(QStringLiteral("Karabakh Room"), 16, QStringLiteral("2nd floor"), 0);
    const int garden = plan.addRoom(QStringLiteral("Winter Garden"), 450, QStringLiteral("Ground floor"), 0);
    const auto at = [](int hour, int minute) { return QTime(hour, minute); };
    const auto breakIn = [&](int day, QTime start, QTime end, const char *title, int attendance) {
        plan.add(day, start, end, garden, spec("break", title, attendance, "Breaks", {}));
    };

    // Day 1
    const qsizetype bureau1 =
        plan.add(0, at(8, 0), at(9, 0), shirvan,
                 spec("closed_session", "Meeting of the Bureau", 12, "Bureau", m_enRu,
                      "The Forum Chair and the two Vice-Chairs agree the conduct of business and the "
                      "speakers' lists.",
                      true));
    breakIn(0, at(8, 30), at(9, 30), "Registration and welcome coffee", 380);
    const qsizetype opening = plan.add(
        0, at(9, 30), at(10, 30), hall,
        spec("opening_ceremony", "Opening ceremony", 480, "Opening and closing", m_all,
             "The message of the President of the Republic of Azerbaijan to the participants is read "
             "out, followed by the opening statement of the Forum Chair and messages of the United "
             "Nations and INTERPOL."));
    breakIn(0, at(10, 30), at(11, 0), "Coffee break", 400);
    const qsizetype p1 = plan.add(0, at(11, 0), at(13, 0), hall,
                                  spec("plenary", "Plenary 1: General debate — the evolving terrorist threat",
                                       380, "General debate", m_all,
                                       "Statements by heads of delegation in protocol order; rights of reply "
                                       "at the end."));
    const qsizetype press1 = plan.add(0, at(11, 0), at(12, 0), shirvan,
                                      spec("side_event", "Press briefing by the Forum Secretariat", 45,
                                           "Press", m_enRu, "For accredited media."));
    breakIn(0, at(13, 0), at(14, 30), "Lunch", 420);
    const qsizetype travel = plan.add(
        0, at(13, 5), at(14, 0), shirvan,
        spec("side_event", "Lunchtime briefing: UNOCT Global Programme on Countering Terrorist Travel", 50,
             "Side events", m_en, "Advance passenger information and passenger name records in practice."));
    const qsizetype panel1 =
        plan.add(0, at(14, 30), at(16, 0), caspian,
                 spec("panel", "Panel 1: Countering the financing of terrorism", 150, "Panels", m_enRu));
    const qsizetype panel2 =
        plan.add(0, at(14, 30), at(16, 0), absheron,
                 spec("panel", "Panel 2: Cyber threats to critical infrastructure", 80, "Panels", m_enRu));
    const qsizetype azTr = bilateral(0, at(14, 30), at(15, 15), "AZ", "TR");
    bilateral(0, at(15, 30), at(16, 15), "AZ", "KZ");
    bilateral(0, at(16, 30), at(17, 15), "RU", "UZ");
    bilateral(0, at(17, 30), at(18, 15), "TR", "GE");
    breakIn(0, at(16, 0), at(16, 30), "Coffee break", 400);
    const qsizetype p2 =
        plan.add(0, at(16, 30), at(18, 30), hall,
                 spec("plenary", "Plenary 2: General debate (continued)", 340, "General debate", m_all,
                      "Statements by heads of delegation in protocol order; rights of reply at the end."));
    const qsizetype interpol =
        plan.add(0, at(16, 30), at(17, 30), shirvan,
                 spec("side_event", "INTERPOL: biometric data sharing at borders", 55, "Side events", m_en));
    const qsizetype book =
        plan.add(0, at(17, 45), at(18, 45), shirvan,
                 spec("side_event", "Book presentation: Security of the Caspian region, 1991–2026", 40,
                      "Side events", m_enRu, "Presented by the Institute for Strategic Studies."));
    const qsizetype reception = plan.add(
        0, at(19, 30), at(21, 30), garden,
        spec("side_event", "Welcome reception hosted by the Forum Chair", 380, "Social programme", {}));

    // Day 2
    breakIn(1, at(8, 30), at(9, 0), "Morning coffee", 300);
    const qsizetype p3 =
        plan.add(1, at(9, 0), at(10, 30), hall,
                 spec("plenary", "Plenary 3: General debate (continued)", 320, "General debate", m_all,
                      "Statements by heads of delegation in protocol order; rights of reply at the end."));
    const qsizetype panel3 =
        plan.add(1, at(9, 0), at(10, 30), caspian,
                 spec("panel", "Panel 3: Border security and the return of foreign terrorist fighters", 140,
                      "Panels", m_enRu));
    const qsizetype unodc =
        plan.add(1, at(9, 0), at(10, 0), shirvan,
                 spec("side_event", "UNODC: countering the trafficking of small arms and light weapons", 45,
                      "Side events", m_en));
    bilateral(1, at(10, 0), at(10, 45), "RU", "KZ");
    breakIn(1, at(10, 30), at(11, 0), "Coffee break", 400);
    const qsizetype closed1 =
        plan.add(1, at(11, 0), at(13, 0), absheron,
                 spec("closed_session",
                      "Closed session: exchange of operational information on foreign terrorist fighters", 70,
                      "Closed sessions", m_all,
                      "Heads of delegation with one adviser each; no record is published.", true));
    const qsizetype panel4 = plan.add(
        1, at(11, 0), at(12, 30), caspian,
        spec("panel", "Panel 4: Protecting major sporting and cultural events", 130, "Panels", m_enRu));
    bilateral(1, at(11, 0), at(11, 45), "AZ", "UZ");
    bilateral(1, at(12, 0), at(12, 45), "KZ", "CN");
    breakIn(1, at(13, 0), at(14, 30), "Lunch", 420);
    const qsizetype osce =
        plan.add(1, at(13, 15), at(14, 15), shirvan,
                 spec("side_event", "OSCE: community policing and the prevention of violent extremism", 50,
                      "Side events", m_en));
    const qsizetype p4 =
        plan.add(1, at(14, 30), at(16, 30), hall,
                 spec("plenary", "Plenary 4: Thematic debate — protecting critical energy infrastructure",
                      300, "Thematic debate", m_all,
                      "Pipelines, offshore platforms and power grids; statements by experts."));
    const qsizetype panel5 = plan.add(
        1, at(14, 30), at(16, 0), caspian,
        spec("panel", "Panel 5: Terrorist use of drones and emerging technologies", 160, "Panels", m_enRu));
    const qsizetype panel6 =
        plan.add(1, at(14, 30), at(16, 0), absheron,
                 spec("panel", "Panel 6: Radicalisation in prisons and online", 75, "Panels", m_enRu));
    bilateral(1, at(14, 30), at(15, 15), "SA", "PK");
    bilateral(1, at(15, 30), at(16, 15), "AZ", "IT");
    breakIn(1, at(16, 0), at(16, 30), "Coffee break", 400);
    const qsizetype drafting =
        plan.add(1, at(16, 30), at(18, 0), absheron,
                 spec("closed_session", "Drafting group on the permanent Secretariat", 30, "Closed sessions",
                      m_enRu, "Legal advisers finalise the draft decision for the closing session.", true));
    const qsizetype cisAtc =
        plan.add(1, at(16, 30), at(17, 30), shirvan,
                 spec("side_event", "CIS ATC: lessons of the joint counter-terrorism exercises 2026", 50,
                      "Side events", m_enRu));
    bilateral(1, at(16, 45), at(17, 30), "AZ", "GE");
    plan.add(1, at(19, 30), at(22, 0), garden,
             spec("side_event", "Forum dinner with a mugham concert", 420, "Social programme", {}));

    // Day 3
    const qsizetype bureau2 =
        plan.add(2, at(8, 0), at(8, 45), shirvan,
                 spec("closed_session", "Meeting of the Bureau", 12, "Bureau", m_enRu,
                      "The Bureau reviews the draft decision before the closing session.", true));
    breakIn(2, at(8, 30), at(9, 0), "Morning coffee", 300);
    const qsizetype p5 =
        plan.add(2, at(9, 0), at(11, 0), hall,
                 spec("plenary", "Plenary 5: General debate (concluded)", 300, "General debate", m_all,
                      "The last statements by heads of delegation and the observers; rights of reply."));
    const qsizetype panel7 =
        plan.add(2, at(9, 0), at(10, 30), caspian,
                 spec("panel", "Panel 7: Extradition and mutual legal assistance", 120, "Panels", m_enRu));
    const qsizetype sco = plan.add(
        2, at(9, 0), at(10, 0), shirvan,
        spec("side_event", "SCO RATS: the regional register of wanted persons", 45, "Side events", m_enRu));
    bilateral(2, at(9, 0), at(9, 45), "AZ", "SA");
    bilateral(2, at(10, 0), at(10, 45), "TR", "PK");
    breakIn(2, at(11, 0), at(11, 30), "Coffee break", 400);
    const qsizetype closed2 = plan.add(
        2, at(11, 30), at(13, 0), absheron,
        spec("closed_session", "Consultations of heads of delegation on the draft decision", 75,
             "Closed sessions", m_all, "On the seat, budget and mandate of a permanent Secretariat.", true));
    const qsizetype panel8 = plan.add(
        2, at(11, 30), at(12, 30), caspian,
        spec("panel", "Panel 8: Women in security and intelligence services", 110, "Panels", m_enRu));
    bilateral(2, at(11, 30), at(12, 15), "EG", "JO");
    breakIn(2, at(13, 0), at(14, 0), "Lunch", 420);
    const qsizetype oic =
        plan.add(2, at(13, 15), at(13, 55), shirvan,
                 spec("side_event", "OIC: countering terrorist narratives online", 40, "Side events", m_en));
    const qsizetype panel9 = plan.add(
        2, at(14, 0), at(15, 30), caspian,
        spec("panel", "Panel 9: Drug trafficking as a source of terrorist financing", 120, "Panels", m_enRu));
    bilateral(2, at(14, 0), at(14, 45), "AZ", "TM");
    bilateral(2, at(15, 0), at(15, 45), "UZ", "KG");
    breakIn(2, at(15, 30), at(16, 0), "Coffee break", 400);
    const qsizetype closing = plan.add(
        2, at(16, 0), at(17, 30), hall,
        spec("plenary", "Closing session: adoption of the proposal to establish a permanent Secretariat", 450,
             "Opening and closing", m_all,
             "The Forum adopts by consensus the proposal to establish a permanent Secretariat of the "
             "International Security Forum, seated in Baku, and the Baku Declaration."));
    const qsizetype pressClosing =
        plan.add(2, at(17, 45), at(18, 30), shirvan,
                 spec("side_event", "Closing press conference of the Forum Chair", 55, "Press", m_enRu));

    // Not yet placed: the timetable's side list.
    const qsizetype azIn = plan.addUnscheduled(
        {"bilateral_meeting",
         QStringLiteral("Bilateral meeting: %1 – %2").arg(delegationName("AZ"), delegationName("IN")), 10,
         QStringLiteral("Bilateral meetings"), m_enRu, QStringLiteral("Time to be confirmed by both sides."),
         true});
    const qsizetype training = plan.addUnscheduled(
        spec("side_event", "Side event: a network of national counter-terrorism training centres", 40,
             "Side events", m_en, "Proposed by UNOCT; waiting for a room and a time."));

    // The people. First the fixed roles: the Forum Chair (the host's head), the two Vice-Chairs.
    const Team &host = team("AZ");
    const Person chair = host.head;
    const Person viceChair1 = team("KZ").head;
    const Person viceChair2 = team("TR").head;
    if (!chair || !host.alternate || !viceChair1 || !viceChair2)
        return Error {QStringLiteral("the forum's host or Vice-Chairs have no head of delegation"), {}, 0};
    for (const qsizetype bureau : {bureau1, bureau2}) {
        for (const Person &member : {chair, viceChair1, viceChair2})
            plan.chair(bureau, member, true);
    }
    for (const qsizetype s : {opening, p1, p5, closing})
        plan.chair(s, chair, true);
    plan.chair(p2, viceChair1, true);
    plan.chair(p3, viceChair2, true);
    plan.chair(p4, host.alternate, true);

    // The speakers' list opened a month before; heads asked for the floor over the weeks after.
    const QDateTime listOpened =
        QDateTime(m_input.event.firstDay.addDays(-29), QTime(10, 0), plan.zone()).toUTC();
    const auto requested = [&] { return listOpened.addSecs(qint64(plan.random().bounded(25 * 24 * 3600))); };
    plan.speak(
        opening, host.alternate,
        QStringLiteral("Message of the President of the Republic of Azerbaijan to the participants of the "
                       "Forum (read out)"),
        10, QStringLiteral("head_of_state"), listOpened, false, true);
    plan.speak(opening, chair, QStringLiteral("Opening statement of the Forum Chair"), 10, levelOf(chair),
               listOpened.addSecs(60), false, true);
    const Person unoctHead = team("UNOCT").head;
    const Person interpolHead = team("INTERPOL").head;
    plan.speak(opening, unoctHead,
               QStringLiteral("Message of the United Nations Under-Secretary-General for Counter-Terrorism"),
               8, QStringLiteral("other"), listOpened.addSecs(120), false, true);
    plan.speak(opening, interpolHead, QStringLiteral("Keynote: policing terrorism across borders"), 8,
               QStringLiteral("other"), listOpened.addSecs(180), false, true);

    // The general debate: every head of a national delegation but the Chair's speaks once, in
    // protocol order across the plenaries; the observers speak after the states.
    std::vector<Request> heads;
    for (const Team &t : m_cast.teams) {
        const Delegation &d = m_input.delegations[std::size_t(t.delegation)];
        if (d.kind == u"member_state" && t.head && t.head.id() != chair.id())
            heads.push_back({t.head, levelOf(t.head), requested()});
    }
    std::sort(heads.begin(), heads.end(), [](const Request &a, const Request &b) {
        const int rankA = Vocabulary::rank(Vocabulary::representationLevels(), a.level);
        const int rankB = Vocabulary::rank(Vocabulary::representationLevels(), b.level);
        return rankA != rankB ? rankA < rankB : a.at < b.at;
    });
    const auto observer = [&](const char *key) {
        const Person head = team(key).head;
        return Request {head, QStringLiteral("other"),
                        listOpened.addDays(26).addSecs(qint64(plan.random().bounded(86400)))};
    };
    const std::span<const Request> all(heads);
    const std::size_t first = std::min<std::size_t>(13, all.size());
    const std::size_t second = std::min<std::size_t>(16, all.size() - first);
    const std::size_t third = std::min<std::size_t>(11, all.size() - first - second);
    // 13 heads and UNOCT at 8 minutes fit Plenary 1; Plenary 2's 17 statements at 7 minutes and
    // two rights of reply overrun its two hours a little, so the list shows its warning.
    generalDebate(p1, all.subspan(0, first), 8, 1);
    generalDebate(p2, all.subspan(first, second), 7, 2);
    generalDebate(p3, all.subspan(first + second, third), 7, 1);
    generalDebate(p5, all.subspan(first + second + third), 7, 1);
    const std::pair<qsizetype, const char *> observers[] = {
        {p1, "UNOCT"},   {p2, "UNODC"},    {p3, "INTERPOL"}, {p5, "OSCE"},
        {p5, "CIS ATC"}, {p5, "SCO RATS"}, {p5, "OIC"},
    };
    for (const auto &[session, key] : observers) {
        const Request r = observer(key);
        plan.speak(session, r.person, QStringLiteral("General debate: statement of an observer"), 7, r.level,
                   r.at, false, true);
    }

    // The two deliberate warnings. Türkiye's head meets the host at the bilateral while the
    // programme still lists him on the cyber panel (a speaker in two sessions at once); UNOCT's
    // head leaves Plenary 1 at 13:00 for the briefing upstairs at 13:05 (less than the travel
    // buffer).
    plan.chair(azTr, viceChair2, true);
    plan.speak(panel2, viceChair2, QStringLiteral("The view of a national service"), 10, levelOf(viceChair2),
               plan.session(panel2).startsAt.addDays(-30), false, true);
    plan.speak(travel, unoctHead, QStringLiteral("The Global Programme in 2027"), 15, QStringLiteral("other"),
               plan.session(travel).startsAt.addDays(-20), false, true);

    // The closing session: the Chair presents the proposal, the drafting group reports, some
    // heads speak before the adoption.
    plan.speak(closing, chair,
               QStringLiteral("Presentation of the proposal to establish a permanent Secretariat"), 10,
               levelOf(chair), listOpened, false, true);
    const Person reporter = Cast::senior(plan, team("KZ"), closing);
    if (!plan.chair(drafting, reporter))
        plan.chair(drafting, Cast::senior(plan, team("KZ"), drafting));
    plan.speak(closing, reporter, QStringLiteral("Report of the drafting group"), 8, QStringLiteral("other"),
               listOpened.addSecs(60), false, true);
    std::vector<Person> headPool;
    for (const Request &r : heads)
        headPool.push_back(r.person);
    std::vector<Person> statements;
    for (int n = 0; n < 5; ++n) {
        const Person head = plan.pick(headPool, closing);
        if (plan.speak(closing, head, QStringLiteral("Statement before the adoption"), 5, levelOf(head),
                       requested()))
            statements.push_back(head);
    }
    if (!statements.empty())
        plan.speak(closing, statements.back(), QStringLiteral("Right of reply"), 3,
                   levelOf(statements.back()), plan.during(closing, 50), true);

    // Closed sessions: the Chair presides, heads report.
    plan.chair(closed1, chair, true);
    plan.chair(closed2, chair, true);
    for (const auto &[session, count] : {std::pair {closed1, 6}, std::pair {closed2, 5}}) {
        for (int n = 0; n < count; ++n) {
            const Person head = plan.pick(headPool, session);
            plan.speak(session, head, QStringLiteral("Operational briefing"), 10, levelOf(head), requested());
        }
    }
    // The drafting group: legal advisers of a few delegations.
    for (int n = 0; n < 4; ++n) {
        const Team &t = m_cast.teams[std::size_t(plan.random().bounded(quint32(m_cast.teams.size())))];
        plan.speak(drafting, plan.pick(t.members, drafting),
                   QStringLiteral("Amendments to the draft decision"), 5, QStringLiteral("other"),
                   plan.during(drafting, -24 * 60 + 60 * n));
    }

    // The thematic debate: experts rather than heads, in order of request.
    std::vector<Person> alternates;
    for (const Team &t : m_cast.teams) {
        if (t.alternate && t.delegation != host.head.delegation)
            alternates.push_back(t.alternate);
    }
    for (int n = 0; n < 9; ++n) {
        const Person expert = plan.pick(alternates, p4);
        plan.speak(p4, expert, QStringLiteral("Thematic debate: statement"), 10, QStringLiteral("other"),
                   requested());
    }

    // Bilaterals: the most senior member of each side who is free.
    for (const Bilateral &b : m_bilaterals) {
        for (const char *side : {b.a, b.b}) {
            const Team &t = team(side);
            const QList<qint64> &chairs = plan.session(b.session).chairIds;
            if (!chairs.contains(t.head.id()) && !chairs.contains(t.alternate.id()))
                plan.chair(b.session, Cast::senior(plan, t, b.session));
        }
    }
    plan.chair(azIn, host.alternate);
    plan.chair(azIn, team("IN").head);

    // Panels, moderated by the guest speakers in turn.
    const std::pair<qsizetype, const char *> panels[] = {
        {panel1, "Financing"}, {panel2, "Cyber"},      {panel3, "Border"}, {panel4, "Counter-Terrorism"},
        {panel5, "Analyst"},   {panel6, "Analytical"}, {panel7, "Legal"},  {panel8, ""},
        {panel9, "Narcotics"},
    };
    int guest = 0;
    for (const auto &[session, keyword] : panels)
        panel(session, keyword, guest++ % 4);

    // Side events of the observers, the press and the social programme.
    sideEvent(travel, "UNOCT", 1);
    sideEvent(interpol, "INTERPOL", 2);
    sideEvent(unodc, "UNODC", 2);
    sideEvent(osce, "OSCE", 2);
    sideEvent(cisAtc, "CIS ATC", 2);
    sideEvent(sco, "SCO RATS", 2);
    sideEvent(oic, "OIC", 1);
    plan.chair(training, team("UNOCT").alternate ? team("UNOCT").alternate : team("UNOCT").head);
    for (const qsizetype s : {press1, pressClosing})
        plan.chair(s, plan.pick(m_cast.staff, s));
    plan.speak(press1, plan.pick(m_cast.staff, press1),
               QStringLiteral("Practical arrangements for the media"), 15, QStringLiteral("other"),
               listOpened);
    plan.speak(pressClosing, chair, QStringLiteral("Results of the Forum"), 20, levelOf(chair), listOpened);
    plan.speak(pressClosing, reporter, QStringLiteral("The permanent Secretariat"), 10,
               QStringLiteral("other"), listOpened.addSecs(60));
    plan.chair(book, plan.pick(m_cast.guests, book));
    for (int n = 0; n < 2; ++n)
        plan.speak(book, plan.pick(m_cast.guests, book), QStringLiteral("The authors present the book"), 15,
                   QStringLiteral("other"), listOpened.addSecs(60 * n));
    plan.chair(reception, chair);
    return {};
}

// ---------------------------------------------------------------------------------------------
// The COP

constexpr int kCopSessions = 1500;

/// Meeting rooms of the COP venue, named after the host's cities and regions.
constexpr const char *kCopMeetingRooms[] = {
    "Ganja",       "Shusha",  "Sheki",     "Lankaran", "Guba",   "Gabala",   "Shamakhi", "Nakhchivan",
    "Mingachevir", "Sumgait", "Khankendi", "Zagatala", "Astara", "Lerik",    "Ordubad",  "Naftalan",
    "Goygol",      "Aghdam",  "Fuzuli",    "Kalbajar", "Lachin", "Khachmaz", "Balakan",  "Ismayilli",
};
constexpr const char *kCopPavilions[] = {
    "Azerbaijan Pavilion", "Science Pavilion",      "Youth Pavilion",
    "Ocean Pavilion",      "Food Systems Pavilion", "Indigenous Peoples Pavilion",
};
/// Agenda items the negotiators consult on.
constexpr const char *kCopItems[] = {
    "the new collective quantified goal on climate finance",
    "the global goal on adaptation",
    "the mitigation work programme",
    "the just transition work programme",
    "cooperative approaches under Article 6.2",
    "the mechanism under Article 6.4",
    "the fund for responding to loss and damage",
    "the follow-up to the global stocktake",
    "the enhanced transparency framework",
    "national adaptation plans",
    "the gender action plan",
    "Action for Climate Empowerment",
    "agriculture and food security",
    "research and systematic observation",
    "the technology implementation programme",
    "capacity-building",
    "the impact of response measures",
    "the programme budget for 2028–2029",
    "the ocean and climate change dialogue",
    "arrangements for intergovernmental meetings",
};
/// Topics of side events and pavilion talks.
constexpr const char *kCopTopics[] = {
    "Financing adaptation in small island states",
    "Methane from oil and gas: measuring and cutting",
    "Early warnings for all by 2027",
    "Carbon markets with integrity",
    "Cities and the 1.5 °C pathway",
    "Climate and health: heat, disease and hospitals",
    "Indigenous knowledge in adaptation planning",
    "Youth voices on loss and damage",
    "Green hydrogen corridors",
    "Protecting mountain glaciers and water supplies",
    "Blue carbon: mangroves and seagrass",
    "Resilient food systems in drylands",
    "Decarbonising shipping and aviation",
    "Gender-responsive climate finance",
    "The Caspian Sea: a shrinking sea in a warming climate",
    "Debt-for-climate swaps",
    "Nature-based solutions at scale",
    "Climate migration and displacement",
    "Critical minerals for the energy transition",
    "Transparency reports: lessons from the first round",
    "Clean cooking for Africa",
    "Heat action plans for cities",
    "Forests and the land sector",
    "Insurance against climate disasters",
    "Electricity grids and storage",
    "Education for climate action",
    "Trade unions and a just transition",
    "Satellite data for adaptation",
    "Peatlands and wetlands",
    "Private capital for developing countries",
};

/// A room and a time of day a session of some kind can take.
struct Cell
{
    int room;
    QTime start;
    QTime end;
};

/// The timetable of one kind of room: every room at every slot of the day.
std::vector<Cell> cells(const std::vector<int> &rooms, QTime first, int slots, int lengthMinutes,
                        int stepMinutes)
{
    std::vector<Cell> all;
    for (int room : rooms) {
        for (int n = 0; n < slots; ++n) {
            const QTime start = first.addSecs(n * stepMinutes * 60);
            all.push_back({room, start, start.addSecs(lengthMinutes * 60)});
        }
    }
    return all;
}

class CopAgenda
{
public:
    CopAgenda(const DemoAgendaInput &input, int bufferMinutes)
        : m_input(input)
        , m_plan(input, bufferMinutes, "cop")
        , m_cast(input)
    {
        for (const Team &t : m_cast.teams) {
            const Delegation &d = m_input.delegations[std::size_t(t.delegation)];
            if (d.kind == u"member_state") {
                m_parties.push_back(t.delegation);
                if (t.head)
                    m_heads.push_back(t.head);
                if (t.alternate)
                    m_alternates.push_back(t.alternate);
                // Delegates and advisers of the parties: a sample is plenty to draw speakers from.
                for (std::size_t n = 0; n < t.members.size() && n < 40; ++n)
                    m_experts.push_back(t.members[n]);
            } else if (d.kind != u"media") {
                if (d.name.startsWith(u"UNFCCC"))
                    m_secretariat = t.delegation;
                for (std::size_t n = 0; n < t.members.size() && n < 200; ++n)
                    m_observers.push_back(t.members[n]);
            }
        }
        m_un = {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh"),
                QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
        m_en = {QStringLiteral("en")};
    }

    Status build();
    Status write(const Database &database) { return m_plan.write(database); }

private:
    [[nodiscard]] const Team &team(int delegation) const { return m_cast.teams[std::size_t(delegation)]; }
    [[nodiscard]] const Team &anyParty()
    {
        return team(m_parties[m_plan.random().bounded(quint32(m_parties.size()))]);
    }
    [[nodiscard]] int attendance(int room, int low, int high)
    {
        return *m_plan.room(room).capacity * m_plan.between(low, high) / 100;
    }
    [[nodiscard]] QString levelFor(int headOfState, int headOfGovernment, int minister)
    {
        const int roll = m_plan.between(0, 99);
        return roll < headOfState                              ? QStringLiteral("head_of_state")
            : roll < headOfState + headOfGovernment            ? QStringLiteral("head_of_government")
            : roll < headOfState + headOfGovernment + minister ? QStringLiteral("minister")
                                                               : QStringLiteral("other");
    }
    [[nodiscard]] QDateTime requested()
    {
        return m_listOpened.addSecs(qint64(m_plan.random().bounded(40 * 24 * 3600)));
    }

    /// National statements: `count` speakers of `pool` (each once per `used`), then maybe a
    /// right of reply.
    void statements(qsizetype session, std::span<const Person> pool, QSet<qint64> &used, int count,
                    int minutes, int headOfState, int headOfGovernment, int minister)
    {
        Person last;
        for (int n = 0; n < count; ++n) {
            // The presiding officers chair elsewhere: they do not take the floor.
            const Person p = m_plan.pick(
                pool, session,
                [&](const Person &c) { return used.contains(c.id()) || m_officers.contains(c.id()); }, 40);
            if (m_plan.speak(session, p, QStringLiteral("National statement"), minutes,
                             levelFor(headOfState, headOfGovernment, minister), requested())) {
                used.insert(p.id());
                last = p;
            }
        }
        if (last && m_plan.chance(35))
            m_plan.speak(session, last, QStringLiteral("Right of reply"), 3, QStringLiteral("other"),
                         m_plan.during(session, 120));
    }
    void speakers(qsizetype session, std::span<const Person> pool, int count, int minutes,
                  const QString &topic)
    {
        for (int n = 0; n < count; ++n)
            m_plan.speak(session, m_plan.pick(pool, session, 25), topic, minutes, QStringLiteral("other"),
                         requested());
    }

    const DemoAgendaInput &m_input;
    AgendaPlan m_plan;
    Cast m_cast;
    std::vector<int> m_parties;
    std::vector<Person> m_heads, m_alternates, m_experts, m_observers;
    int m_secretariat = -1;
    QSet<qint64> m_officers; ///< the President, the Vice-President, the chairs of SBSTA and SBI
    QStringList m_un, m_en;
    QDateTime m_listOpened;
};

Status CopAgenda::build()
{
    AgendaPlan &plan = m_plan;
    if (m_parties.size() < 10 || m_heads.size() < 40 || m_alternates.size() < 10 || m_observers.empty())
        return Error {QStringLiteral("the COP demo has too few people for its agenda"), {}, 0};
    m_listOpened = QDateTime(m_input.event.firstDay.addDays(-30), QTime(9, 0), plan.zone()).toUTC();

    // 72 rooms: two plenary halls, 24 meeting rooms, 24 side-event rooms, 4 press rooms,
    // 6 pavilions, 11 bilateral rooms and the food court.
    const int nizami = plan.addRoom(QStringLiteral("Plenary Nizami"), 2500, QStringLiteral("Zone A"), 6);
    const int khazar = plan.addRoom(QStringLiteral("Plenary Khazar"), 1200, QStringLiteral("Zone A"), 6);
    std::vector<int> meeting, side, press, pavilion, bilateral;
    for (std::size_t n = 0; n < std::size(kCopMeetingRooms); ++n)
        meeting.push_back(plan.addRoom(QStringLiteral("Meeting room %1").arg(utf8(kCopMeetingRooms[n])),
                                       120 + int(n % 6) * 60,
                                       QStringLiteral("Zone B, level %1").arg(1 + n % 2), n < 12 ? 6 : 0));
    for (int n = 1; n <= 24; ++n)
        side.push_back(plan.addRoom(QStringLiteral("Side event room %1").arg(n), 100 + (n % 4) * 50,
                                    QStringLiteral("Zone C"), n <= 4 ? 2 : 0));
    for (int n = 1; n <= 4; ++n)
        press.push_back(plan.addRoom(QStringLiteral("Press conference room %1").arg(n), 80,
                                     QStringLiteral("Media centre"), 2));
    for (const char *name : kCopPavilions)
        pavilion.push_back(
            plan.addRoom(utf8(name), 60 + int(pavilion.size() % 3) * 40, QStringLiteral("Green Zone"), 0));
    for (int n = 1; n <= 11; ++n)
        bilateral.push_back(plan.addRoom(QStringLiteral("Bilateral room %1").arg(n), 14,
                                         QStringLiteral("Zone B, level 3"), 0));
    const int food = plan.addRoom(QStringLiteral("Food court"), 3000, QStringLiteral("Zone D"), 0);

    const Team &host = team(0); // the demo writes the host first
    const Person president = host.head;
    const Person vicePresident = host.alternate;
    const Person sbstaChair = team(m_parties[3]).alternate;
    const Person sbiChair = team(m_parties[7]).alternate;
    if (!president || !vicePresident || !sbstaChair || !sbiChair)
        return Error {QStringLiteral("the COP demo's presiding officers are missing"), {}, 0};
    m_officers = {president.id(), vicePresident.id(), sbstaChair.id(), sbiChair.id()};
    QSet<qint64> summitSpeakers, highLevelSpeakers, subsidiarySpeakers;
    const QTime morning(10, 0), noon(13, 0), afternoon(15, 0), evening(18, 0);
    const auto spec = [](const char *kind, const QString &title, int attendance, const char *track,
                         const QStringList &languages, bool restricted = false) {
        return Spec {kind, title, attendance, utf8(track), languages, QString(), restricted};
    };
    const int days = int(m_input.event.firstDay.daysTo(m_input.event.lastDay)) + 1;
    std::vector<qsizetype> morningPlenaries(std::size_t(days), -1);

    for (int day = 0; day < days; ++day) {
        const bool last = day == days - 1;
        // The two plenary halls.
        if (day == 0) {
            const qsizetype opening =
                plan.add(day, morning, QTime(11, 30), nizami,
                         spec("opening_ceremony", QStringLiteral("Opening ceremony of COP 32"), 2300,
                              "Plenary", m_un));
            plan.chair(opening, president, true);
            plan.speak(opening, team(0).members.empty() ? vicePresident : team(0).members.front(),
                       QStringLiteral("Message of the President of the Republic of Azerbaijan (read out)"),
                       10, QStringLiteral("head_of_state"), m_listOpened, false, true);
            plan.speak(opening, president, QStringLiteral("Statement of the President of COP 32"), 15,
                       QStringLiteral("minister"), m_listOpened.addSecs(60), false, true);
            plan.speak(opening, team(m_parties[1]).head,
                       QStringLiteral("Statement of the outgoing President"), 10, QStringLiteral("minister"),
                       m_listOpened.addSecs(120), false, true);
            if (m_secretariat >= 0)
                plan.speak(opening, team(m_secretariat).head,
                           QStringLiteral("Statement of the Executive Secretary of the UNFCCC"), 10,
                           QStringLiteral("other"), m_listOpened.addSecs(180), false, true);
            morningPlenaries[0] = opening;
        }
        for (const bool isMorning : {true, false}) {
            if (day == 0 && isMorning)
                continue;
            const QTime start = isMorning ? morning : afternoon;
            QTime end = isMorning ? noon : evening;
            QString title;
            if (day == 1 || day == 2)
                title = QStringLiteral("World Leaders Climate Action Summit: national statements (part %1)")
                            .arg((day - 1) * 2 + (isMorning ? 1 : 2));
            else if (day >= 8 && day <= 10)
                title = QStringLiteral("High-level segment: national statements (%1)")
                            .arg(isMorning ? QStringLiteral("morning") : QStringLiteral("afternoon"));
            else if (last && !isMorning)
                title = QStringLiteral("Closing plenary of COP 32, CMP 22 and CMA 9");
            else
                title = isMorning ? QStringLiteral("COP 32 plenary") : QStringLiteral("CMA 9 plenary");
            if (last && !isMorning)
                end = QTime(23, 30); // closing plenaries run late
            const qsizetype s =
                plan.add(day, start, end, nizami, spec("plenary", title, 2000, "Plenary", m_un));
            plan.chair(s, president, true);
            if (day == 1 || day == 2)
                statements(s, m_heads, summitSpeakers, 30, 5, 55, 30, 15);
            else if (day >= 8 && day <= 10)
                statements(s, m_heads, highLevelSpeakers, 28, 5, 0, 10, 70);
            else {
                // Parties speak at every meeting of the COP, once in each.
                QSet<qint64> once;
                statements(s, m_alternates, once, last && !isMorning ? 40 : 20, 6, 0, 0, 20);
            }
            if (isMorning)
                morningPlenaries[std::size_t(day)] = s;
        }
        for (const bool isMorning : {true, false}) {
            const bool early = day < 6;
            const QString title = early
                ? (isMorning ? QStringLiteral("SBSTA 67 plenary") : QStringLiteral("SBI 67 plenary"))
                : (isMorning ? QStringLiteral("CMP 22 plenary")
                             : QStringLiteral("CMA 9 plenary (continued)"));
            const qsizetype s = plan.add(day, isMorning ? morning : afternoon, isMorning ? noon : evening,
                                         khazar, spec("plenary", title, 900, "Plenary", m_un));
            plan.chair(s, early ? (isMorning ? sbstaChair : sbiChair) : vicePresident, true);
            statements(s, m_experts, subsidiarySpeakers, 15, 6, 0, 0, 0);
        }
        plan.add(day, noon, afternoon, food,
                 spec("break", QStringLiteral("Lunch break"), 2500, "Breaks", {}));

        // The rest of the day: a draw of free cells of each kind of room.
        std::vector<Cell> negotiation = cells(meeting, morning, 2, 90, 90);
        for (Cell &c : cells(meeting, afternoon, 4, 90, 90))
            negotiation.push_back(c);
        std::vector<Cell> sideCells = cells(side, morning, 2, 75, 90);
        for (Cell &c : cells(side, QTime(13, 15), 1, 75, 90))
            sideCells.push_back(c);
        for (Cell &c : cells(side, afternoon, 3, 75, 105))
            sideCells.push_back(c);
        std::vector<Cell> pavilionCells = cells(pavilion, morning, 8, 50, 60);
        std::vector<Cell> pressCells = cells(press, QTime(9, 30), 16, 30, 30);
        std::vector<Cell> bilateralCells = cells(bilateral, QTime(9, 0), 12, 40, 45);
        for (std::vector<Cell> *all :
             {&negotiation, &sideCells, &pavilionCells, &pressCells, &bilateralCells})
            std::shuffle(all->begin(), all->end(), plan.random());

        for (int n = 0; n < 52; ++n) {
            const Cell &c = negotiation[std::size_t(n)];
            const QString item = utf8(kCopItems[plan.random().bounded(quint32(std::size(kCopItems)))]);
            if (n < 8) {
                // High-level panels: ministers around a table.
                const qsizetype s =
                    plan.add(day, c.start, c.end, c.room,
                             spec("panel", QStringLiteral("Ministerial round table on %1").arg(item),
                                  attendance(c.room, 50, 95), "High-level events", m_un));
                plan.chair(s, plan.pick(m_heads, s, 25));
                for (int k = 0; k < 4; ++k)
                    plan.speak(s, plan.pick(m_heads, s, 25), QStringLiteral("Round-table intervention"), 8,
                               QStringLiteral("minister"), requested());
                continue;
            }
            const qsizetype s =
                plan.add(day, c.start, c.end, c.room,
                         spec("closed_session",
                              plan.chance(50) ? QStringLiteral("Informal consultations on %1").arg(item)
                                              : QStringLiteral("Contact group on %1").arg(item),
                              attendance(c.room, 40, 90), "Negotiations", n % 3 == 0 ? m_un : m_en, true));
            // Two co-facilitators from two parties.
            plan.chair(s, plan.pick(m_alternates, s, 25));
            plan.chair(s, plan.pick(m_experts, s, 25));
        }

        const bool doubleBookRoom = day == 2 || day == 5 || day == 8;
        const int sideQuota = day < 8 ? 33 : 34;
        std::vector<qsizetype> sideEvents;
        for (int n = 0; n < sideQuota; ++n) {
            Cell c = sideCells[std::size_t(n)];
            if (doubleBookRoom && n == sideQuota - 1) {
                // Deliberate: a room booked twice, half an hour into another side event.
                const Cell &taken = sideCells[0];
                c = {taken.room, taken.start.addSecs(30 * 60), taken.end};
            }
            const qsizetype s = plan.add(
                day, c.start, c.end, c.room,
                spec("side_event", utf8(kCopTopics[plan.random().bounded(quint32(std::size(kCopTopics)))]),
                     attendance(c.room, 40, 95), "Side events", m_en));
            // The organisation of the moderator hosts the event.
            const Person moderator = plan.pick(m_observers, s, 25);
            if (plan.chair(s, moderator))
                plan.session(s).title = QStringLiteral("%1: %2").arg(
                    m_input.delegations[std::size_t(moderator.delegation)].name, plan.session(s).title);
            speakers(s, m_observers, 2, 15, QStringLiteral("Presentation"));
            speakers(s, m_experts, 1, 15, QStringLiteral("National experience"));
            sideEvents.push_back(s);
        }
        for (int n = 0; n < 12; ++n) {
            const Cell &c = pavilionCells[std::size_t(n)];
            const bool crowded = n == 0 && (day == 1 || day == 3 || day == 5 || day == 7 || day == 10);
            const qsizetype s =
                plan.add(day, c.start, c.end, c.room,
                         spec("side_event",
                              QStringLiteral("%1: %2").arg(
                                  plan.room(c.room).name,
                                  utf8(kCopTopics[plan.random().bounded(quint32(std::size(kCopTopics)))])),
                              // Deliberate: more people expected than the pavilion seats.
                              crowded ? *plan.room(c.room).capacity + 40 : attendance(c.room, 40, 95),
                              "Pavilions", m_en));
            plan.chair(s, plan.pick(m_observers, s, 25));
            speakers(s, m_observers, 2, 15, QStringLiteral("Talk"));
        }
        for (int n = 0; n < 10; ++n) {
            const Cell &c = pressCells[std::size_t(n)];
            const Team &holder = n % 3 == 2
                ? team(
                    m_cast.teams[std::size_t(plan.random().bounded(quint32(m_cast.teams.size())))].delegation)
                : anyParty();
            const qsizetype s =
                plan.add(day, c.start, c.end, c.room,
                         spec("side_event",
                              QStringLiteral("Press conference: %1")
                                  .arg(m_input.delegations[std::size_t(holder.delegation)].name),
                              attendance(c.room, 30, 90), "Press conferences", m_en));
            plan.chair(s, m_secretariat >= 0 ? plan.pick(team(m_secretariat).members, s, 25) : Person {});
            plan.speak(s, Cast::senior(plan, holder, s), QStringLiteral("Statement to the press"), 10,
                       QStringLiteral("other"), requested());
        }
        for (int n = 0; n < 12; ++n) {
            const Cell &c = bilateralCells[std::size_t(n)];
            const Team &a = anyParty();
            const Team *other = &anyParty();
            while (other->delegation == a.delegation)
                other = &anyParty();
            const Team &b = *other;
            const qsizetype s = plan.add(day, c.start, c.end, c.room,
                                         spec("bilateral_meeting",
                                              QStringLiteral("Bilateral meeting: %1 – %2")
                                                  .arg(m_input.delegations[std::size_t(a.delegation)].name,
                                                       m_input.delegations[std::size_t(b.delegation)].name),
                                              8, "Bilateral meetings", m_en, true));
            plan.chair(s, Cast::senior(plan, a, s));
            plan.chair(s, Cast::senior(plan, b, s));
        }

        // Deliberate: a speaker of the morning plenary also listed at a side event at that time.
        const qsizetype plenary = morningPlenaries[std::size_t(day)];
        if ((day == 3 || day == 4 || day == 6 || day == 9) && plenary >= 0
            && !plan.slots(plenary).isEmpty()) {
            const AgendaSession &p = plan.session(plenary);
            const auto inside = std::find_if(sideEvents.cbegin(), sideEvents.cend(), [&](qsizetype s) {
                return plan.session(s).startsAt >= p.startsAt && plan.session(s).endsAt <= p.endsAt;
            });
            const qint64 speakerId = *plan.slots(plenary).constFirst().speakerId;
            Person speaker;
            for (const std::vector<Person> *pool : {&m_alternates, &m_heads}) {
                const auto found = std::find_if(pool->cbegin(), pool->cend(),
                                                [&](const Person &c) { return c.id() == speakerId; });
                if (found != pool->cend())
                    speaker = *found;
            }
            if (inside != sideEvents.cend())
                plan.speak(*inside, speaker, QStringLiteral("National experience"), 15,
                           QStringLiteral("other"), requested(), false, true);
        }
    }

    // Deliberate: two sessions outside the event's days, before and after.
    const int meetingRoom = meeting.front();
    plan.add(-2, morning, QTime(12, 0), meetingRoom,
             spec("closed_session", QStringLiteral("Pre-sessional consultations of the COP Bureau"), 40,
                  "Bureau", m_en, true));
    plan.add(days, morning, QTime(11, 30), meetingRoom,
             spec("closed_session", QStringLiteral("Debriefing of the Bureau after the session"), 40,
                  "Bureau", m_en, true));
    // Side events still waiting for a room and a time, to fill up to exactly 1,500.
    for (int n = 0; plan.sessionCount() < kCopSessions; ++n) {
        const Person organiser = m_observers[std::size_t(n) * 7 % m_observers.size()];
        Spec waiting =
            spec("side_event",
                 QStringLiteral("%1: %2").arg(m_input.delegations[std::size_t(organiser.delegation)].name,
                                              utf8(kCopTopics[std::size_t(n) % std::size(kCopTopics)])),
                 80, "Side events", m_en);
        waiting.description = QStringLiteral("Waiting for a room and a time.");
        plan.chair(plan.addUnscheduled(waiting), organiser);
    }
    if (plan.sessionCount() != kCopSessions)
        return Error {
            QStringLiteral("the COP agenda came out with %1 sessions").arg(plan.sessionCount()), {}, 0};
    return {};
}

} // namespace

Status writeForumAgenda(const Database &database, const DemoAgendaInput &input)
{
    QElapsedTimer timer;
    timer.start();
    Result<int> buffer = AgendaStore(database).travelBufferMinutes();
    if (!buffer.ok())
        return buffer.error();
    ForumAgenda agenda(input, buffer.value());
    if (Status built = agenda.build(); !built)
        return built;
    const qint64 planned = timer.elapsed();
    if (Status written = agenda.write(database); !written)
        return written;
    qCInfo(lcDemo) << "forum agenda: planned in" << planned << "ms, written in" << timer.elapsed() - planned
                   << "ms";
    return {};
}

Status writeCopAgenda(const Database &database, const DemoAgendaInput &input)
{
    QElapsedTimer timer;
    timer.start();
    Result<int> buffer = AgendaStore(database).travelBufferMinutes();
    if (!buffer.ok())
        return buffer.error();
    CopAgenda agenda(input, buffer.value());
    if (Status built = agenda.build(); !built)
        return built;
    const qint64 planned = timer.elapsed();
    if (Status written = agenda.write(database); !written)
        return written;
    qCInfo(lcDemo) << "COP agenda: planned in" << planned << "ms, written in" << timer.elapsed() - planned
                   << "ms";
    return {};
}

} // namespace Plenary
