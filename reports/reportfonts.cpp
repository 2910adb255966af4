// SPDX-License-Identifier: MIT
#include "reportfonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace Plenary::ReportFonts {

namespace {

const QString kLatin = QStringLiteral("Noto Sans"); // Latin, Cyrillic, Greek, Vietnamese
const QString kChinese = QStringLiteral("Noto Sans CJK SC");
const QString kJapanese = QStringLiteral("Noto Sans CJK JP");
const QString kKorean = QStringLiteral("Noto Sans CJK KR");

/// The fallback order behind Noto Sans. Qt tries each family for a glyph it lacks.
QStringList families(const QString &han)
{
    return {kLatin,
            QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Noto Sans Hebrew"),
            QStringLiteral("Noto Sans Devanagari"),
            QStringLiteral("Noto Sans Georgian"),
            QStringLiteral("Noto Sans Armenian"),
            QStringLiteral("Noto Sans Thai"),
            han};
}

} // namespace

QFont font(double pointSize, QFont::Weight weight)
{
    QFont f;
    f.setFamilies(families(kChinese));
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    // Kerning and shaping stay on (Arabic needs them); hinting is for screens, not for PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont listFont(double pointSize, QFont::Weight weight)
{
    QFont f = font(pointSize, weight);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont forText(const QFont &base, const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x0590)
            continue;
        QFont f = base;
        if (u >= 0x3040 && u <= 0x30FF) // hiragana, katakana
            f.setFamilies(families(kJapanese));
        else if ((u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x1100 && u <= 0x11FF)) // Hangul
            f.setFamilies(families(kKorean));
        else if (u < 0x2E80 && (base.styleStrategy() & QFont::PreferNoShaping))
            f.setStyleStrategy(QFont::PreferDefault); // Hebrew to Thai: shaped, and laid out right to left
        else
            continue;
        return f;
    }
    return base;
}

QStringList missingFamilies()
{
    QStringList missing;
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : families(kChinese) + QStringList {kJapanese, kKorean}) {
        if (!installed.contains(family))
            missing << family;
    }
    return missing;
}

} // namespace Plenary::ReportFonts
