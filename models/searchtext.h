// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// How names are folded for searching and sorting, so that "muller" finds "Müller", "aliyev"
/// finds "Əliyev" and "ivanov" finds "Иванов". Thread-safe.
namespace Plenary::SearchText {

/// Lower-case ASCII transliteration (ICU Any-Latin, then Latin-ASCII); ASCII input stays as is.
[[nodiscard]] QString fold(const QString &text);

/// The text the search index holds for these fields: each as written and, where it differs,
/// its folded form, so that both scripts match.
[[nodiscard]] QString indexTerms(const QStringList &fields);

/// The sort key of a person: folded family name, then given names.
[[nodiscard]] QString sortKey(const QString &familyName, const QString &givenNames);

/// An FTS5 MATCH expression for what the user typed: every word must prefix-match, in its
/// own script or folded. Empty when the text has no word.
[[nodiscard]] QString matchExpression(const QString &typed);

} // namespace Plenary::SearchText
