// SPDX-License-Identifier: MIT
#include "demoagenda.h"

#include "agendastore.h"
#include "demonames.h"
#include "logging.h"
#include "vocabulary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QRandomGenerator>
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
    [[nodiscard]] const QList<SpeakingSlot> &slots(qsizetype index) const { return m_slots[std::size_t(index)]; }

    /// Whether `person` can be in `session`: their delegation is in town that day, and they
    /// are in no other session then, nor in one elsewhere too close to walk between.
    [[nodiscard]] bool isFree(const Person &person, qsizetype session) const
    {
        if (!person)
            return false;
        const std::size_t s = std::size_t(session);
        if (person.delegation >= 0 && m_day[s].isValid()) {
            const Delegation &d = m_input.delegations[std::size_t(person.delegation)];
            if ((d.arrival.isValid() && m_day[s] < d.arrival) || (d.departure.isValid() && m_day[s] > d.departure))
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
    bool speak(qsizetype session, const Person &person, const QString &topic, int minutes, const QString &level,
               const QDateTime &requestedAt, bool rightOfReply = false, bool force = false)
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
        return pick(pool, session, [](const Person &) { return false; }, tries);
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
        return QUuid::createUuidV5(kDemoNamespace,
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
    std::vector<Person> members; ///< delegates, advisers, observers
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
                     || p.role == u"alternate_head")
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

    Spec spec(const char *kind, const char *title, int attendance, const char *track, const QStringList &languages,
              const char *description = "", bool restricted = false) const
    {
        return {kind, utf8(title), attendance, utf8(track), languages, utf8(description), restricted};
    }
    qsizetype bilateral(int day, QTime start, QTime end, const char *a, const char *b)
    {
        const qsizetype s = m_plan.add(day, start, end, m_bilateralRoom,
                                       {"bilateral_meeting",
                                        QStringLiteral("Bilateral meeting: %1 – %2")
                                            .arg(delegationName(a), delegationName(b)),
                                        10, QStringLiteral("Bilateral meetings"), m_enRu, QString(), true});
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

void ForumAgenda::generalDebate(qsizetype session, std::span<const Request> speakers, int minutes, int replies)
{
    for (const Request &r : speakers)
        m_plan.speak(session, r.person, QStringLiteral("General debate: statement"), minutes, r.level, r.at, false,
                     true);
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
    const Person moderator = guest < int(m_cast.guests.size()) && m_plan.isFree(m_cast.guests[std::size_t(guest)], session)
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
    const Person expert = m_plan.pick(m_cast.teams[std::size_t(m_plan.random().bounded(quint32(m_cast.teams.size())))].members,
                                      session);
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
                                  spec("plenary", "Plenary 1: General debate — the evolving terrorist threat", 380,
                                       "General debate", m_all,
                                       "Statements by heads of delegation in protocol order; rights of reply "
                                       "at the end."));
    const qsizetype press1 = plan.add(0, at(11, 0), at(12, 0), shirvan,
                                      spec("side_event", "Press briefing by the Forum Secretariat", 45, "Press",
                                           m_enRu, "For accredited media."));
    breakIn(0, at(13, 0), at(14, 30), "Lunch", 420);
    const qsizetype travel = plan.add(
        0, at(13, 5), at(14, 0), shirvan,
        spec("side_event", "Lunchtime briefing: UNOCT Global Programme on Countering Terrorist Travel", 50,
             "Side events", m_en, "Advance passenger information and passenger name records in practice."));
    const qsizetype panel1 = plan.add(0, at(14, 30), at(16, 0), caspian,
                                      spec("panel", "Panel 1: Countering the financing of terrorism", 150,
                                           "Panels", m_enRu));
    const qsizetype panel2 = plan.add(0, at(14, 30), at(16, 0), absheron,
                                      spec("panel", "Panel 2: Cyber threats to critical infrastructure", 80,
                                           "Panels", m_enRu));
    const qsizetype azTr = bilateral(0, at(14, 30), at(15, 15), "AZ", "TR");
    bilateral(0, at(15, 30), at(16, 15), "AZ", "KZ");
    bilateral(0, at(16, 30), at(17, 15), "RU", "UZ");
    bilateral(0, at(17, 30), at(18, 15), "TR", "GE");
    breakIn(0, at(16, 0), at(16, 30), "Coffee break", 400);
    const qsizetype p2 =
        plan.add(0, at(16, 30), at(18, 30), hall,
                 spec("plenary", "Plenary 2: General debate (continued)", 340, "General debate", m_all,
                      "Statements by heads of delegation in protocol order; rights of reply at the end."));
    const qsizetype interpol = plan.add(0, at(16, 30), at(17, 30), shirvan,
                                        spec("side_event", "INTERPOL: biometric data sharing at borders", 55,
                                             "Side events", m_en));
    const qsizetype book = plan.add(
        0, at(17, 45), at(18, 45), shirvan,
        spec("side_event", "Book presentation: Security of the Caspian region, 1991–2026", 40, "Side events",
             m_enRu, "Presented by the Institute for Strategic Studies."));
    const qsizetype reception = plan.add(0, at(19, 30), at(21, 30), garden,
                                         spec("side_event", "Welcome reception hosted by the Forum Chair", 380,
                                              "Social programme", {}));

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
    const qsizetype unodc = plan.add(
        1, at(9, 0), at(10, 0), shirvan,
        spec("side_event", "UNODC: countering the trafficking of small arms and light weapons", 45, "Side events",
             m_en));
    bilateral(1, at(10, 0), at(10, 45), "RU", "KZ");
    breakIn(1, at(10, 30), at(11, 0), "Coffee break", 400);
    const qsizetype closed1 = plan.add(
        1, at(11, 0), at(13, 0), absheron,
        spec("closed_session", "Closed session: exchange of operational information on foreign terrorist fighters",
             70, "Closed sessions", m_all, "Heads of delegation with one adviser each; no record is published.",
             true));
    const qsizetype panel4 =
        plan.add(1, at(11, 0), at(12, 30), caspian,
                 spec("panel", "Panel 4: Protecting major sporting and cultural events", 130, "Panels", m_enRu));
    bilateral(1, at(11, 0), at(11, 45), "AZ", "UZ");
    bilateral(1, at(12, 0), at(12, 45), "KZ", "CN");
    breakIn(1, at(13, 0), at(14, 30), "Lunch", 420);
    const qsizetype osce = plan.add(
        1, at(13, 15), at(14, 15), shirvan,
        spec("side_event", "OSCE: community policing and the prevention of violent extremism", 50, "Side events",
             m_en));
    const qsizetype p4 = plan.add(
        1, at(14, 30), at(16, 30), hall,
        spec("plenary", "Plenary 4: Thematic debate — protecting critical energy infrastructure", 300,
             "Thematic debate", m_all, "Pipelines, offshore platforms and power grids; statements by experts."));
    const qsizetype panel5 =
        plan.add(1, at(14, 30), at(16, 0), caspian,
                 spec("panel", "Panel 5: Terrorist use of drones and emerging technologies", 160, "Panels", m_enRu));
    const qsizetype panel6 = plan.add(
        1, at(14, 30), at(16, 0), absheron,
        spec("panel", "Panel 6: Radicalisation in prisons and online", 75, "Panels", m_enRu));
    bilateral(1, at(14, 30), at(15, 15), "SA", "PK");
    bilateral(1, at(15, 30), at(16, 15), "AZ", "IT");
    breakIn(1, at(16, 0), at(16, 30), "Coffee break", 400);
    const qsizetype drafting = plan.add(
        1, at(16, 30), at(18, 0), absheron,
        spec("closed_session", "Drafting group on the permanent Secretariat", 30, "Closed sessions", m_enRu,
             "Legal advisers finalise the draft decision for the closing session.", true));
    const qsizetype cisAtc = plan.add(
        1, at(16, 30), at(17, 30), shirvan,
        spec("side_event", "CIS ATC: lessons of the joint counter-terrorism exercises 2026", 50, "Side events",
             m_enRu));
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
    const qsizetype panel7 = plan.add(
        2, at(9, 0), at(10, 30), caspian,
        spec("panel", "Panel 7: Extradition and mutual legal assistance", 120, "Panels", m_enRu));
    const qsizetype sco = plan.add(
        2, at(9, 0), at(10, 0), shirvan,
        spec("side_event", "SCO RATS: the regional register of wanted persons", 45, "Side events", m_enRu));
    bilateral(2, at(9, 0), at(9, 45), "AZ", "SA");
    bilateral(2, at(10, 0), at(10, 45), "TR", "PK");
    breakIn(2, at(11, 0), at(11, 30), "Coffee break", 400);
    const qsizetype closed2 = plan.add(
        2, at(11, 30), at(13, 0), absheron,
        spec("closed_session", "Consultations of heads of delegation on the draft decision", 75, "Closed sessions",
             m_all, "On the seat, budget and mandate of a permanent Secretariat.", true));
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
        {"bilateral_meeting", QStringLiteral("Bilateral meeting: %1 – %2").arg(delegationName("AZ"), delegationName("IN")),
         10, QStringLiteral("Bilateral meetings"), m_enRu, QStringLiteral("Time to be confirmed by both sides."),
         true});
    const qsizetype training = plan.addUnscheduled(spec(
        "side_event", "Side event: a network of national counter-terrorism training centres", 40, "Side events",
        m_en, "Proposed by UNOCT; waiting for a room and a time."));

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
    const QDateTime listOpened = QDateTime(m_input.event.firstDay.addDays(-29), QTime(10, 0), plan.zone()).toUTC();
    const auto requested = [&] { return listOpened.addSecs(qint64(plan.random().bounded(25 * 24 * 3600))); };
    plan.speak(opening, host.alternate,
               QStringLiteral("Message of the President of the Republic of Azerbaijan to the participants of the "
                              "Forum (read out)"),
               10, QStringLiteral("head_of_state"), listOpened, false, true);
    plan.speak(opening, chair, QStringLiteral("Opening statement of the Forum Chair"), 10, levelOf(chair),
               listOpened.addSecs(60), false, true);
    const Person unoctHead = team("UNOCT").head;
    const Person interpolHead = team("INTERPOL").head;
    plan.speak(opening, unoctHead, QStringLiteral("Message of the United Nations Under-Secretary-General for Counter-Terrorism"),
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
        return Request {head, QStringLiteral("other"), listOpened.addDays(26).addSecs(qint64(plan.random().bounded(86400)))};
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
        {p1, "UNOCT"}, {p2, "UNODC"}, {p3, "INTERPOL"}, {p5, "OSCE"}, {p5, "CIS ATC"}, {p5, "SCO RATS"}, {p5, "OIC"},
    };
    for (const auto &[session, key] : observers) {
        const Request r = observer(key);
        plan.speak(session, r.person, QStringLiteral("General debate: statement of an observer"), 7, r.level, r.at,
                   false, true);
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
    plan.speak(closing, chair, QStringLiteral("Presentation of the proposal to establish a permanent Secretariat"), 10,
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
        if (plan.speak(closing, head, QStringLiteral("Statement before the adoption"), 5, levelOf(head), requested()))
            statements.push_back(head);
    }
    if (!statements.empty())
        plan.speak(closing, statements.back(), QStringLiteral("Right of reply"), 3, levelOf(statements.back()),
                   plan.during(closing, 50), true);

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
        plan.speak(drafting, plan.pick(t.members, drafting), QStringLiteral("Amendments to the draft decision"), 5,
                   QStringLiteral("other"), plan.during(drafting, -24 * 60 + 60 * n));
    }

    // The thematic debate: experts rather than heads, in order of request.
    std::vector<Person> alternates;
    for (const Team &t : m_cast.teams) {
        if (t.alternate && t.delegation != host.head.delegation)
            alternates.push_back(t.alternate);
    }
    for (int n = 0; n < 9; ++n) {
        const Person expert = plan.pick(alternates, p4);
        plan.speak(p4, expert, QStringLiteral("Thematic debate: statement"), 10, QStringLiteral("other"), requested());
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
        {panel1, "Financing"}, {panel2, "Cyber"},   {panel3, "Border"},    {panel4, "Counter-Terrorism"},
        {panel5, "Analyst"},   {panel6, "Analytical"}, {panel7, "Legal"}, {panel8, ""},
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
    plan.speak(press1, plan.pick(m_cast.staff, press1), QStringLiteral("Practical arrangements for the media"), 15,
               QStringLiteral("other"), listOpened);
    plan.speak(pressClosing, chair, QStringLiteral("Results of the Forum"), 20, levelOf(chair), listOpened);
    plan.speak(pressClosing, reporter, QStringLiteral("The permanent Secretariat"), 10, QStringLiteral("other"),
               listOpened.addSecs(60));
    plan.chair(book, plan.pick(m_cast.guests, book));
    for (int n = 0; n < 2; ++n)
        plan.speak(book, plan.pick(m_cast.guests, book), QStringLiteral("The authors present the book"), 15,
                   QStringLiteral("other"), listOpened.addSecs(60 * n));
    plan.chair(reception, chair);
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
    if (Status written = agenda.write(database); !written)
        return written;
    qCInfo(lcDemo) << "forum agenda written in" << timer.elapsed() << "ms";
    return {};
}

Status writeCopAgenda(const Database &database, const DemoAgendaInput &input)
{
    Q_UNUSED(database);
    Q_UNUSED(input);
    return {};
}

} // namespace Plenary
