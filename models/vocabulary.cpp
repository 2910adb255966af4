// SPDX-License-Identifier: MIT
#include "vocabulary.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Plenary::Vocabulary {

namespace {

constexpr Term kDelegationKinds[] = {
    {"member_state", QT_TRANSLATE_NOOP("Vocabulary", "Member state")},
    {"observer_state", QT_TRANSLATE_NOOP("Vocabulary", "Observer state")},
    {"international_organisation", QT_TRANSLATE_NOOP("Vocabulary", "International organisation")},
    {"un_body", QT_TRANSLATE_NOOP("Vocabulary", "UN body")},
    {"ngo", QT_TRANSLATE_NOOP("Vocabulary", "NGO")},
    {"media", QT_TRANSLATE_NOOP("Vocabulary", "Media")},
};

constexpr Term kDelegationStatuses[] = {
    {"invited", QT_TRANSLATE_NOOP("Vocabulary", "Invited")},
    {"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
    {"confirmed", QT_TRANSLATE_NOOP("Vocabulary", "Confirmed")},
    {"arrived", QT_TRANSLATE_NOOP("Vocabulary", "Arrived")},
    {"departed", QT_TRANSLATE_NOOP("Vocabulary", "Departed")},
    {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
};

constexpr Term kRoles[] = {
    {"head_of_delegation", QT_TRANSLATE_NOOP("Vocabulary", "Head of delegation")},
    {"alternate_head", QT_TRANSLATE_NOOP("Vocabulary", "Alternate head")},
    {"delegate", QT_TRANSLATE_NOOP("Vocabulary", "Delegate")},
    {"adviser", QT_TRANSLATE_NOOP("Vocabulary", "Adviser")},
    {"observer", QT_TRANSLATE_NOOP("Vocabulary", "Observer")},
    {"interpreter", QT_TRANSLATE_NOOP("Vocabulary", "Interpreter")},
    {"security_officer", QT_TRANSLATE_NOOP("Vocabulary", "Security officer")},
    {"press", QT_TRANSLATE_NOOP("Vocabulary", "Press")},
    {"organiser_staff", QT_TRANSLATE_NOOP("Vocabulary", "Organiser staff")},
    {"guest_speaker", QT_TRANSLATE_NOOP("Vocabulary", "Guest speaker")},
};

constexpr Term kAccreditationStates[] = {
    {"nominated", QT_TRANSLATE_NOOP("Vocabulary", "Nominated")},
    {"documents_complete", QT_TRANSLATE_NOOP("Vocabulary", "Documents complete")},
    {"approved", QT_TRANSLATE_NOOP("Vocabulary", "Approved")},
    {"badge_printed", QT_TRANSLATE_NOOP("Vocabulary", "Badge printed")},
    {"checked_in", QT_TRANSLATE_NOOP("Vocabulary", "Checked in")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {"withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn")},
};

constexpr Term kSessionKinds[] = {
    {"opening_ceremony", QT_TRANSLATE_NOOP("Vocabulary", "Opening ceremony")},
    {"plenary", QT_TRANSLATE_NOOP("Vocabulary", "Plenary")},
    {"panel", QT_TRANSLATE_NOOP("Vocabulary", "Panel")},
    {"closed_session", QT_TRANSLATE_NOOP("Vocabulary", "Closed session")},
    {"bilateral_meeting", QT_TRANSLATE_NOOP("Vocabulary", "Bilateral meeting")},
    {"side_event", QT_TRANSLATE_NOOP("Vocabulary", "Side event")},
    {"break", QT_TRANSLATE_NOOP("Vocabulary", "Break")},
};

constexpr Term kSessionVisibilities[] = {
    {"public", QT_TRANSLATE_NOOP("Vocabulary", "Public")},
    {"restricted", QT_TRANSLATE_NOOP("Vocabulary", "Restricted")},
};

constexpr Term kRepresentationLevels[] = {
    {"head_of_state", QT_TRANSLATE_NOOP("Vocabulary", "Head of state")},
    {"head_of_government", QT_TRANSLATE_NOOP("Vocabulary", "Head of government")},
    {"minister", QT_TRANSLATE_NOOP("Vocabulary", "Minister")},
    {"head_of_agency", QT_TRANSLATE_NOOP("Vocabulary", "Head of agency")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

constexpr Term kConfidentialities[] = {
    {"public", QT_TRANSLATE_NOOP("Vocabulary", "Public")},
    {"restricted", QT_TRANSLATE_NOOP("Vocabulary", "Restricted")},
    {"confidential", QT_TRANSLATE_NOOP("Vocabulary", "Confidential")},
};

constexpr Term kDecisionOutcomes[] = {
    {"adopted", QT_TRANSLATE_NOOP("Vocabulary", "Adopted")},
    {"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    {"deferred", QT_TRANSLATE_NOOP("Vocabulary", "Deferred")},
};

constexpr Term kDecisionMethods[] = {
    {"unanimous", QT_TRANSLATE_NOOP("Vocabulary", "Unanimously")},
    {"consensus", QT_TRANSLATE_NOOP("Vocabulary", "By consensus")},
    {"vote", QT_TRANSLATE_NOOP("Vocabulary", "By vote")},
};

} // namespace

std::span<const Term> sessionKinds()
{
    return kSessionKinds;
}
std::span<const Term> sessionVisibilities()
{
    return kSessionVisibilities;
}
std::span<const Term> representationLevels()
{
    return kRepresentationLevels;
}

std::span<const Term> confidentialities()
{
    return kConfidentialities;
}
std::span<const Term> decisionOutcomes()
{
    return kDecisionOutcomes;
}
std::span<const Term> decisionMethods()
{
    return kDecisionMethods;
}

std::span<const Term> delegationKinds()
{
    return kDelegationKinds;
}
std::span<const Term> delegationStatuses()
{
    return kDelegationStatuses;
}
std::span<const Term> roles()
{
    return kRoles;
}
std::span<const Term> accreditationStates()
{
    return kAccreditationStates;
}

int rank(std::span<const Term> terms, const QString &code)
{
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (code == QLatin1StringView(terms[i].code))
            return int(i);
    }
    return int(terms.size());
}

bool contains(std::span<const Term> terms, const QString &code)
{
    return rank(terms, code) < int(terms.size());
}

QString label(std::span<const Term> terms, const QString &code)
{
    const int index = rank(terms, code);
    if (index == int(terms.size()))
        return code;
    return QCoreApplication::translate("Vocabulary", terms[index].label);
}

QVariantList choices(std::span<const Term> terms)
{
    QVariantList list;
    list.reserve(qsizetype(terms.size()));
    for (const Term &term : terms) {
        list.append(QVariantMap {
            {QStringLiteral("value"), QString::fromLatin1(term.code)},
            {QStringLiteral("label"), QCoreApplication::translate("Vocabulary", term.label)},
        });
    }
    return list;
}

} // namespace Plenary::Vocabulary
