// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace Plenary::ReportFonts {

/// The report face: Noto Sans with the Noto families of every script behind it, so a name in
/// Arabic, Hebrew, Devanagari or Han prints in a font made for it rather than in whatever
/// fontconfig finds. `pointSize` in points.
[[nodiscard]] QFont font(double pointSize, QFont::Weight weight = QFont::Normal);

/// The same face for long lists of short strings: Latin, Greek and Cyrillic skip the shaper
/// (no kerning or ligatures: invisible at list sizes, and shaping was most of the time a
/// 100,000-name list took); scripts that need shaping (Arabic, Devanagari, ...) still get it.
[[nodiscard]] QFont listFont(double pointSize, QFont::Weight weight = QFont::Normal);

/// `base` with the families reordered for `text`: Han characters print in the Japanese or
/// Korean forms when the text holds kana or Hangul, in the Simplified Chinese forms otherwise.
/// Cheap for Latin text (returns `base` unchanged).
[[nodiscard]] QFont forText(const QFont &base, const QString &text);

/// The font files a report needs, missing from this machine; empty when all are there
/// (the setup step installs them: fonts-noto-core, fonts-noto-cjk).
[[nodiscard]] QStringList missingFamilies();

} // namespace Plenary::ReportFonts
