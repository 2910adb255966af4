// SPDX-License-Identifier: MIT
#include "demominutes.h"

#include "logging.h"
#include "notestore.h"
#include "sqlvalues.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <array>
#include <optional>
#include <vector>

namespace Plenary {

namespace {

const QString kAuthor = QStringLiteral("Forum Secretariat");

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// A session of the written agenda that took place (scheduled, not a break).
struct HeldSession
{
    qint64 id = 0;
    QString title;
    QString kind;
    QDateTime startsAt;
};

/// A speaking slot with who spoke and for whom.
struct HeldSlot
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 speakerId = 0;
    qint64 delegationId = 0;
    QString speaker;
    QString delegation;
    QString countryCode;
    QString topic;
};

/// The agenda as written: the sessions that took place and their speaking slots.
struct HeldAgenda
{
    std::vector<HeldSession> sessions;
    std::vector<HeldSlot> slots;
    QHash<qint64, std::vector<const HeldSlot *>> slotsBySession;
    QHash<QString, qint64> delegationByName;

    [[nodiscard]] const HeldSession *firstTitled(QStringView prefix) const
    {
        for (const HeldSession &s : sessions)
            if (s.title.startsWith(prefix))
                return &s;
        return nullptr;
    }
};

Result<HeldAgenda> readAgenda(const Database &database)
{
    // Read on this thread's connection: inside the demo's transaction, which wrote the agenda.
    const QSqlDatabase db = database.connection();
    HeldAgenda agenda;
    Statement sessions(
        db,
        QStringLiteral("SELECT id, title, kind, starts_at FROM agenda_session "
                       "WHERE starts_at IS NOT NULL AND kind <> 'break' ORDER BY starts_at, id"));
    if (Status run = sessions.exec(); !run)
        return run.error();
    while (sessions.next())
        agenda.sessions.push_back({sessions.value(0).toLongLong(), sessions.value(1).toString(),
                                   sessions.value(2).toString(), SqlValues::toDateTime(sessions.value(3))});
    Statement slots(
        db,
        QStringLiteral("SELECT sl.id, sl.session_id, coalesce(p.id, 0), coalesce(d.id, 0), "
                       "trim(coalesce(p.honorific, '') || ' ' || coalesce(p.given_names, '') || ' ' || "
                       "coalesce(p.family_name, '')), coalesce(d.name, ''), coalesce(d.country_code, ''), "
                       "sl.topic FROM speaking_slot sl JOIN agenda_session s ON s.id = sl.session_id "
                       "LEFT JOIN participant p ON p.id = sl.speaker_id "
                       "LEFT JOIN delegation d ON d.id = coalesce(sl.on_behalf_of, p.delegation_id) "
                       "WHERE s.starts_at IS NOT NULL ORDER BY s.starts_at, s.id, sl.position"));
    if (Status run = slots.exec(); !run)
        return run.error();
    while (slots.next()) {
        HeldSlot slot {slots.value(0).toLongLong(),
                       slots.value(1).toLongLong(),
                       slots.value(2).toLongLong(),
                       slots.value(3).toLongLong(),
                       slots.value(4).toString().simplified(),
                       slots.value(5).toString(),
                       slots.value(6).toString(),
                       slots.value(7).toString()};
        if (slot.speaker.isEmpty())
            slot.speaker = QStringLiteral("The speaker");
        agenda.slots.push_back(slot);
    }
    for (const HeldSlot &slot : agenda.slots)
        agenda.slotsBySession[slot.sessionId].push_back(&slot);
    Statement delegations(db, QStringLiteral("SELECT id, name FROM delegation"));
    if (Status run = delegations.exec(); !run)
        return run.error();
    while (delegations.next())
        agenda.delegationByName.insert(delegations.value(1).toString(), delegations.value(0).toLongLong());
    return agenda;
}

/// Summaries of a statement, %1 the speaker, %2 the delegation; by language.
const QList<const char *> &summaries(const QString &language)
{
    static const QHash<QString, QList<const char *>> byLanguage {
        {QStringLiteral("en"),
         {"**%1** (%2) condemned terrorism in all its forms and called for a closer exchange of "
          "information on foreign terrorist fighters. Supported the proposal to establish a permanent "
          "Secretariat.",
          "**%1** (%2) described the national counter-terrorism strategy adopted this year and offered "
          "training places at the national police academy to other delegations.",
          "**%1** (%2) stressed the financing of terrorism through cryptocurrencies and informal "
          "transfer systems; asked the Forum to set up a working group with the FATF.",
          "**%1** (%2) reported on border security along the Caspian coast and on the return of "
          "foreign terrorist fighters and their families.",
          "**%1** (%2) warned of drones used against critical energy infrastructure, pipelines in "
          "particular, and proposed a joint exercise in 2028.",
          "**%1** (%2) spoke on prevention: radicalisation in prisons and online, and the role of "
          "religious leaders, schools and families.",
          "**%1** (%2) supported the draft decision on the Secretariat but asked that its budget be "
          "settled before the next Forum.",
          "**%1** (%2) called for counter-terrorism measures that respect human rights and the rule "
          "of law, with civil society taking part."}},
        {QStringLiteral("ru"),
         {"**%1** (%2) осудил терроризм во всех его формах и призвал к обмену информацией об "
          "иностранных боевиках-террористах. Поддержал предложение о создании постоянного "
          "секретариата.",
          "**%1** (%2) рассказал о национальной стратегии противодействия терроризму и о "
          "сотрудничестве пограничных служб на Каспии."}},
        {QStringLiteral("az"),
         {"**%1** (%2) terrorizmin bütün formalarını pislədi və daimi Katibliyin yaradılması "
          "təklifini dəstəklədi. Xəzər regionunda enerji infrastrukturunun təhlükəsizliyi üzrə "
          "əməkdaşlığa çağırdı.",
          "**%1** (%2) xarici terrorçu döyüşçülər haqqında məlumat mübadiləsinin gücləndirilməsini "
          "və Xəzər sahilində birgə təlimləri təklif etdi."}},
        {QStringLiteral("zh"),
         {"**%1**（%2）谴责一切形式的恐怖主义，支持设立常设秘书处的提议，并呼吁加强边境安全合作。",
          "**%1**（%2）介绍了打击恐怖主义融资的国家经验，建议与金融行动特别工作组合作。"}},
        {QStringLiteral("ar"),
         {"**%1** (%2) أدان الإرهاب بجميع أشكاله وأيد اقتراح إنشاء أمانة دائمة للمنتدى، ودعا إلى "
          "تبادل المعلومات بشأن المقاتلين الإرهابيين الأجانب.",
          "**%1** (%2) تحدث عن مكافحة تمويل الإرهاب والتطرف عبر الإنترنت، واقترح تدريبا مشتركا."}},
        {QStringLiteral("fr"),
         {"**%1** (%2) a condamné le terrorisme sous toutes ses formes et soutenu la création d'un "
          "Secrétariat permanent ; a souligné la coopération judiciaire et l'extradition.",
          "**%1** (%2) a présenté la stratégie nationale de prévention de la radicalisation en milieu "
          "carcéral et la lutte contre le terrorisme en ligne."}},
        {QStringLiteral("de"),
         {"**%1** (%2) verurteilte den Terrorismus in allen seinen Formen und unterstützte die "
          "Gründung eines ständigen Sekretariats; betonte den Schutz kritischer Infrastruktur.",
          "**%1** (%2) berichtete über die Zusammenarbeit der Grenzbehörden gegen den Terrorismus und "
          "über Rückkehrer aus Kampfgebieten."}},
        {QStringLiteral("el"),
         {"**%1** (%2) καταδίκασε την τρομοκρατία σε όλες τις μορφές της και πρότεινε την Αθήνα για "
          "την επόμενη συνάντηση εμπειρογνωμόνων.",
          "**%1** (%2) μίλησε για την ασφάλεια των συνόρων και των λιμανιών και για τη "
          "συνάντηση της Αθήνας."}},
    };
    const auto found = byLanguage.constFind(language);
    return found != byLanguage.constEnd() ? *found : *byLanguage.constFind(QStringLiteral("en"));
}

/// The language a delegation's statement is summarised in.
QString languageOf(const QString &countryCode)
{
    static const QHash<QString, QString> languages {
        {QStringLiteral("RU"), QStringLiteral("ru")}, {QStringLiteral("BY"), QStringLiteral("ru")},
        {QStringLiteral("KZ"), QStringLiteral("ru")}, {QStringLiteral("KG"), QStringLiteral("ru")},
        {QStringLiteral("TJ"), QStringLiteral("ru")}, {QStringLiteral("AZ"), QStringLiteral("az")},
        {QStringLiteral("CN"), QStringLiteral("zh")}, {QStringLiteral("SA"), QStringLiteral("ar")},
        {QStringLiteral("EG"), QStringLiteral("ar")}, {QStringLiteral("JO"), QStringLiteral("ar")},
        {QStringLiteral("AE"), QStringLiteral("ar")}, {QStringLiteral("QA"), QStringLiteral("ar")},
        {QStringLiteral("DZ"), QStringLiteral("ar")}, {QStringLiteral("MA"), QStringLiteral("ar")},
        {QStringLiteral("IQ"), QStringLiteral("ar")}, {QStringLiteral("KW"), QStringLiteral("ar")},
        {QStringLiteral("OM"), QStringLiteral("ar")}, {QStringLiteral("BH"), QStringLiteral("ar")},
        {QStringLiteral("TN"), QStringLiteral("fr")}, {QStringLiteral("FR"), QStringLiteral("fr")},
        {QStringLiteral("SN"), QStringLiteral("fr")}, {QStringLiteral("DE"), QStringLiteral("de")},
        {QStringLiteral("GR"), QStringLiteral("el")},
    };
    return languages.value(countryCode, QStringLiteral("en"));
}

QString statementSummary(QRandomGenerator &random, const HeldSlot &slot)
{
    const QList<const char *> &pool = summaries(languageOf(slot.countryCode));
    const QString delegation = slot.delegation.isEmpty() ? QStringLiteral("—") : slot.delegation;
    return utf8(pool[int(random.bounded(qsizetype(pool.size())))]).arg(slot.speaker, delegation);
}

/// What is noted on a session as a whole, by kind.
QString sessionNote(const HeldSession &session, QRandomGenerator &random)
{
    static const QHash<QString, QList<const char *>> byKind {
        {QStringLiteral("opening_ceremony"),
         {"The Forum Chair opened the Forum and welcomed the delegations. The agenda and the "
          "programme of work were adopted without objection.",
          "Interpretation was provided in all six working languages. Attendance: about 480."}},
        {QStringLiteral("plenary"),
         {"The Chair reminded speakers of the time limit of seven minutes; two delegations reserved "
          "their right of reply.",
          "The list of speakers was closed at the end of the morning; remaining statements to be "
          "made in the next plenary."}},
        {QStringLiteral("panel"),
         {"The moderator summarised the discussion: national practices differ, but all panellists "
          "agreed that information sharing must be faster.",
          "Questions from the floor on data protection and on the role of the private sector."}},
        {QStringLiteral("side_event"),
         {"Presentation followed by questions; about forty participants.",
          "Materials of the presentation to be shared with the delegations through the Secretariat."}},
        {QStringLiteral("bilateral_meeting"),
         {"Both sides agreed to exchange liaison officers and to meet again before the end of the "
          "year.",
          "Discussion of extradition requests pending between the two sides; a working-level "
          "meeting to follow."}},
        {QStringLiteral("closed_session"),
         {"Operational details exchanged under the Chatham House rule; not to be circulated.",
          "Names of suspects and travel routes discussed; the list is kept by the Secretariat only."}},
    };
    const QList<const char *> pool = byKind.value(session.kind);
    if (pool.isEmpty())
        return {};
    return utf8(pool[int(random.bounded(qsizetype(pool.size())))]);
}

/// Decides how confidential a note of `kind` is: confidential only in closed sessions.
QString confidentialityFor(const QString &kind, bool restrictedSession, QRandomGenerator &random)
{
    if (kind == u"closed_session")
        return random.bounded(4) == 0 ? QStringLiteral("restricted") : QStringLiteral("confidential");
    if (kind == u"bilateral_meeting" || restrictedSession)
        return QStringLiteral("restricted");
    return QStringLiteral("public");
}

Status addDecision(const NoteStore &store, qint64 sessionId, int position, const char *text,
                   const char *outcome, const char *method, std::optional<std::array<int, 3>> votes = {},
                   const char *confidentiality = "public")
{
    Decision d;
    d.sessionId = sessionId;
    d.position = position;
    d.text = utf8(text);
    d.outcome = QLatin1StringView(outcome);
    d.method = QLatin1StringView(method);
    if (votes) {
        d.votesFor = (*votes)[0];
        d.votesAgainst = (*votes)[1];
        d.votesAbstaining = (*votes)[2];
    }
    d.confidentiality = QLatin1StringView(confidentiality);
    Result<qint64> id = store.insertDecision(d, kAuthor);
    return id.ok() ? Status {} : Status {id.error()};
}

} // namespace

Status writeForumMinutes(const Database &database, const DemoMinutesInput &input)
{
    QElapsedTimer timer;
    timer.start();
    Result<HeldAgenda> read = readAgenda(database);
    if (!read.ok())
        return read.error();
    const HeldAgenda &agenda = read.value();
    QRandomGenerator random(input.seed ^ 0x4d696e75746573ULL);
    const NoteStore store(database);

    std::vector<Note> notes;
    for (const HeldSession &session : agenda.sessions) {
        const bool drafting = session.title.startsWith(u"Drafting group");
        const auto addNote = [&](std::optional<qint64> slot, const QString &body) {
            Note n;
            n.sessionId = session.id;
            n.slotId = slot;
            n.body = body;
            n.confidentiality = confidentialityFor(session.kind, drafting, random);
            notes.push_back(n);
        };
        if (const QString general = sessionNote(session, random); !general.isEmpty())
            addNote({}, general);
        for (const HeldSlot *slot : agenda.slotsBySession.value(session.id)) {
            if (session.kind == u"plenary" || session.kind == u"opening_ceremony")
                addNote(slot->id, statementSummary(random, *slot));
            else if (!slot->topic.isEmpty())
                addNote(slot->id,
                        QStringLiteral("**%1** (%2) on “%3”: %4")
                            .arg(slot->speaker,
                                 slot->delegation.isEmpty() ? QStringLiteral("—") : slot->delegation,
                                 slot->topic, sessionNote(session, random)));
        }
        if (session.kind == u"closed_session" && agenda.slotsBySession.value(session.id).empty())
            addNote({},
                    QStringLiteral("The Bureau reviewed the list of speakers and the draft "
                                   "decision; the Chair will consult the regional groups."));
    }
    if (Status inserted = store.insertNotes(notes, kAuthor); !inserted)
        return inserted;

    const HeldSession *opening = agenda.firstTitled(u"Opening ceremony");
    const HeldSession *closing = agenda.firstTitled(u"Closing session");
    const HeldSession *plenary5 = agenda.firstTitled(u"Plenary 5");
    const HeldSession *consultations = agenda.firstTitled(u"Consultations of heads of delegation");
    const HeldSession *drafting = agenda.firstTitled(u"Drafting group");
    const HeldSession *closedFighters = agenda.firstTitled(u"Closed session: exchange");
    const HeldSession *press = agenda.firstTitled(u"Closing press conference");
    const HeldSession *panelDrones = agenda.firstTitled(u"Panel 5");
    const HeldSession *panelFinancing = agenda.firstTitled(u"Panel 1");
    const HeldSession *panelPrisons = agenda.firstTitled(u"Panel 6");
    const HeldSession *plenary4 = agenda.firstTitled(u"Plenary 4");
    if (!opening || !closing || !plenary5 || !consultations || !drafting || !closedFighters || !press
        || !panelDrones || !panelFinancing || !panelPrisons || !plenary4)
        return Error {QStringLiteral("demo minutes: the forum agenda lacks a session they refer to"), {}, 0};

    using Votes = std::array<int, 3>;
    for (Status s :
         {addDecision(store, opening->id, 1, "Agenda and programme of work of the Forum", "adopted",
                      "consensus"),
          addDecision(store, closing->id, 1, "Proposal to establish a permanent Secretariat of the Forum",
                      "adopted", "unanimous"),
          addDecision(store, closing->id, 2, "Amendment: the Secretariat reports to the Bureau twice a year",
                      "adopted", "vote", Votes {31, 4, 6}),
          addDecision(store, plenary5->id, 1,
                      "Proposal to hold the Forum every year instead of every two years", "rejected", "vote",
                      Votes {12, 22, 7}),
          addDecision(store, consultations->id, 1, "Seat and budget of the Secretariat", "deferred",
                      "consensus", {}, "confidential"),
          addDecision(store, drafting->id, 1, "Draft decision text transmitted to the closing session",
                      "adopted", "consensus", {}, "restricted")})
        if (!s)
            return s;

    // Owners: the first speaker of a session, or a delegation by name.
    const auto speakerOf = [&](const HeldSession *session, int index) -> std::optional<qint64> {
        const std::vector<const HeldSlot *> slots = agenda.slotsBySession.value(session->id);
        if (slots.empty())
            return std::nullopt;
        const qint64 id = slots[size_t(index) % slots.size()]->speakerId;
        return id ? std::optional<qint64>(id) : std::nullopt;
    };
    const auto delegation = [&](const char *name) -> std::optional<qint64> {
        const qint64 id = agenda.delegationByName.value(utf8(name));
        return id ? std::optional<qint64>(id) : std::nullopt;
    };
    struct Item
    {
        const HeldSession *session;
        const char *text;
        std::optional<qint64> participant;
        std::optional<qint64> delegation;
        int dueAfterDays;
        bool done;
        const char *confidentiality;
    };
    const std::vector<Item> items {
        {closing,
         "Circulate the adopted decision on the permanent Secretariat to all member states",
         speakerOf(closing, 0),
         {},
         7,
         true,
         "public"},
        {closing,
         "Prepare the draft budget of the Secretariat for the Bureau",
         {},
         delegation("Azerbaijan"),
         30,
         false,
         "public"},
        {closedFighters,
         "Send the list of national contact points for foreign terrorist fighters",
         {},
         delegation("Kazakhstan"),
         14,
         false,
         "confidential"},
        {panelFinancing,
         "Propose terms of reference for a working group on terrorist financing",
         speakerOf(panelFinancing, 1),
         {},
         45,
         false,
         "public"},
        {plenary4,
         "Share the training curriculum of the national police academy",
         speakerOf(plenary4, 2),
         {},
         21,
         true,
         "public"},
        {plenary4,
         "Organise the joint exercise on the protection of pipelines in 2028",
         {},
         delegation("Turkey"),
         180,
         false,
         "public"},
        {panelDrones,
         "Publish the panel's recommendations on drones on the Forum website",
         speakerOf(panelDrones, 0),
         {},
         10,
         true,
         "public"},
        {panelPrisons,
         "Compile the national reports on radicalisation in prisons",
         speakerOf(panelPrisons, 1),
         {},
         60,
         false,
         "public"},
        {drafting,
         "Draft the rules of procedure of the Secretariat",
         {},
         delegation("Uzbekistan"),
         40,
         false,
         "restricted"},
        {consultations,
         "Report to the Bureau on the offers to host the Secretariat",
         speakerOf(consultations, 0),
         {},
         20,
         false,
         "confidential"},
        {closing,
         "Translate the final declaration into Arabic, Chinese and Russian",
         {},
         delegation("Russia"),
         14,
         false,
         "public"},
        {press,
         "Send the press release on the results of the Forum",
         speakerOf(press, 0),
         {},
         1,
         true,
         "public"},
    };
    for (const Item &i : items) {
        ActionItem item;
        item.sessionId = i.session->id;
        item.text = utf8(i.text);
        item.ownerParticipantId = i.participant;
        item.ownerDelegationId = i.participant ? std::nullopt : i.delegation;
        item.dueDate = input.event.lastDay.addDays(i.dueAfterDays);
        item.confidentiality = QLatin1StringView(i.confidentiality);
        Result<qint64> id = store.insertActionItem(item, kAuthor);
        if (!id.ok())
            return id.error();
        if (i.done)
            if (Status done = store.setActionItemDone(id.value(), true); !done)
                return done;
    }
    // The opening ceremony's minutes have been approved.
    if (Status final = store.finalise(opening->id, kAuthor); !final)
        return final;
    qCInfo(lcDemo) << "demo minutes:" << notes.size() << "notes in" << timer.elapsed() << "ms";
    return {};
}

Status writeCopMinutes(const Database &database, const DemoMinutesInput &input)
{
    QElapsedTimer timer;
    timer.start();
    Result<HeldAgenda> read = readAgenda(database);
    if (!read.ok())
        return read.error();
    const HeldAgenda &agenda = read.value();
    if (agenda.sessions.empty())
        return Error {QStringLiteral("demo minutes: the COP agenda has no session"), {}, 0};
    QRandomGenerator random(input.seed ^ 0x4d696e75746573ULL);
    const NoteStore store(database);
    QHash<qint64, const HeldSession *> sessionById;
    for (const HeldSession &s : agenda.sessions)
        sessionById.insert(s.id, &s);

    static const QList<const char *> subjects {"adaptation finance",
                                               "the loss and damage fund",
                                               "the new collective quantified goal",
                                               "methane emissions",
                                               "the global stocktake",
                                               "carbon markets under Article 6",
                                               "deforestation and forest finance",
                                               "the just transition of coal regions",
                                               "early warning systems",
                                               "nationally determined contributions",
                                               "the gender action plan",
                                               "technology transfer",
                                               "ocean-based mitigation",
                                               "agriculture and food security",
                                               "transparency reporting",
                                               "the budget of the secretariat"};
    static const QList<const char *> stances {
        "called for more ambition on", "raised concerns about the text on",
        "supported the draft on",      "asked for clarification of the paragraphs on",
        "proposed new language on",    "reserved its position on"};
    std::vector<Note> notes;
    notes.reserve(kCopDemoNotes);
    for (int i = 0; i < kCopDemoNotes; ++i) {
        Note n;
        const HeldSlot *slot = size_t(i) < agenda.slots.size() ? &agenda.slots[size_t(i)] : nullptr;
        const HeldSession &session = slot && sessionById.contains(slot->sessionId)
            ? *sessionById.value(slot->sessionId)
            : agenda.sessions[size_t(i) % agenda.sessions.size()];
        n.sessionId = session.id;
        if (slot && slot->sessionId == session.id)
            n.slotId = slot->id;
        const QString who =
            slot && !slot->delegation.isEmpty() ? slot->delegation : QStringLiteral("The Chair");
        n.body = QStringLiteral("%1 %2 %3; %4 %5.")
                     .arg(who, utf8(stances[int(random.bounded(qsizetype(stances.size())))]),
                          utf8(subjects[int(random.bounded(qsizetype(subjects.size())))]),
                          QStringLiteral("the co-facilitators will reflect this in the next iteration on"),
                          utf8(subjects[int(random.bounded(qsizetype(subjects.size())))]));
        n.confidentiality = confidentialityFor(session.kind, false, random);
        notes.push_back(n);
    }
    if (Status inserted = store.insertNotes(notes, kAuthor); !inserted)
        return inserted;
    // Decisions and action items on the plenaries, one each on every third.
    int position = 0;
    int made = 0;
    for (const HeldSession &session : agenda.sessions) {
        if (session.kind != u"plenary" || ++position % 3 != 0)
            continue;
        const char *subject = subjects[made % subjects.size()];
        Decision d;
        d.sessionId = session.id;
        d.position = 1;
        d.text = QStringLiteral("Draft conclusions on %1").arg(utf8(subject));
        d.outcome = made % 5 == 4 ? QStringLiteral("deferred") : QStringLiteral("adopted");
        if (Result<qint64> id = store.insertDecision(d, kAuthor); !id.ok())
            return id.error();
        ActionItem item;
        item.sessionId = session.id;
        item.text = QStringLiteral("Submit views on %1 to the co-facilitators").arg(utf8(subject));
        const std::vector<const HeldSlot *> slots = agenda.slotsBySession.value(session.id);
        if (!slots.empty() && slots.front()->delegationId)
            item.ownerDelegationId = slots.front()->delegationId;
        item.dueDate = input.event.lastDay.addDays(14 + made % 30);
        Result<qint64> id = store.insertActionItem(item, kAuthor);
        if (!id.ok())
            return id.error();
        if (made % 3 == 0)
            if (Status done = store.setActionItemDone(id.value(), true); !done)
                return done;
        ++made;
    }
    qCInfo(lcDemo) << "demo minutes:" << notes.size() << "notes," << made << "decisions in" << timer.elapsed()
                   << "ms";
    return {};
}

} // namespace Plenary
