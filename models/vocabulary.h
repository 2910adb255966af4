// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>

#include <span>

/// The fixed vocabularies of domain.md: the codes stored in the database and their labels.
namespace Plenary::Vocabulary {

/// One entry: the stored code and its English label (translated when shown).
struct Term
{
    const char *code;
    const char *label;
};

/// Delegation kinds, in the order protocol lists them.
[[nodiscard]] std::span<const Term> delegationKinds();
/// Delegation statuses, in workflow order.
[[nodiscard]] std::span<const Term> delegationStatuses();
/// Participant roles, in protocol order (head of delegation first).
[[nodiscard]] std::span<const Term> roles();
/// Accreditation states: the main line first, then the side exits.
[[nodiscard]] std::span<const Term> accreditationStates();

/// Session kinds of domain.md, ceremonies first.
[[nodiscard]] std::span<const Term> sessionKinds();
/// Session visibility: public or restricted.
[[nodiscard]] std::span<const Term> sessionVisibilities();
/// Levels of representation of a speaker, in protocol order (head of state first).
[[nodiscard]] std::span<const Term> representationLevels();

/// Confidentiality of minutes: public, restricted, confidential (never exported or printed
/// unless chosen at that moment).
[[nodiscard]] std::span<const Term> confidentialities();
/// A decision's outcome: adopted, rejected, deferred.
[[nodiscard]] std::span<const Term> decisionOutcomes();
/// How a decision was taken: unanimously, by consensus, by vote (with counts).
[[nodiscard]] std::span<const Term> decisionMethods();

/// Whether `code` is one of `terms`.
[[nodiscard]] bool contains(std::span<const Term> terms, const QString &code);
/// The translated label of `code`, or `code` itself when unknown.
[[nodiscard]] QString label(std::span<const Term> terms, const QString &code);
/// The position of `code` in `terms` (its protocol rank), or the size of `terms` when unknown.
[[nodiscard]] int rank(std::span<const Term> terms, const QString &code);
/// `[{value, label}, ...]` for QML combo boxes.
[[nodiscard]] QVariantList choices(std::span<const Term> terms);

} // namespace Plenary::Vocabulary
