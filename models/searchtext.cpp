// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include "logging.h"

#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace Plenary::SearchText {

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/// One transliterator per thread: ICU transliterators are not thread-safe.
class Folder
{
public:
    Folder()
    {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        // The schwa is written "a" in English passport spellings (Əliyev → Aliyev), while
        // Latin-ASCII would make it "e"; everything else follows ICU's transliterations.
        const icu::UnicodeString rules =
            icu::UnicodeString::fromUTF8("Ə > A; ə > a; ::Any-Latin; ::Latin-ASCII; ::Lower;");
        m_transliterator.reset(
            icu::Transliterator::createFromRules("plenary-fold", rules, UTRANS_FORWARD, parseError, status));
        if (U_FAILURE(status)) {
            qCWarning(lcStorage) << "ICU transliterator unavailable:" << u_errorName(status);
            m_transliterator.reset();
        }
    }

    QString fold(const QString &text) const
    {
        if (!m_transliterator)
            return text.toLower();
        icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        m_transliterator->transliterate(buffer);
        return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
    }

private:
    std::unique_ptr<icu::Transliterator> m_transliterator;
};

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1String("\"*");
}

} // namespace

QString fold(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    thread_local const Folder folder;
    return folder.fold(text);
}

QString indexTerms(const QStringList &fields)
{
    QStringList terms;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        terms.append(field);
        if (!isAscii(field))
            terms.append(fold(field));
    }
    return terms.join(QLatin1Char(' '));
}

QString sortKey(const QString &familyName, const QString &givenNames)
{
    return fold(familyName).trimmed() + QLatin1Char(' ') + fold(givenNames).trimmed();
}

QString matchExpression(const QString &typed)
{
    QStringList clauses;
    for (const QString &word : words(typed)) {
        const QString folded = fold(word);
        const QStringList foldedWords = words(folded);
        // A word in another script also matches its transliteration ("Иван" finds "Ivanov").
        if (isAscii(word) || foldedWords.isEmpty()) {
            clauses.append(quoted(word));
        } else {
            QStringList alternatives;
            for (const QString &part : foldedWords)
                alternatives.append(quoted(part));
            clauses.append(
                QStringLiteral("(%1 OR (%2))").arg(quoted(word), alternatives.join(QLatin1Char(' '))));
        }
    }
    // An explicit AND: FTS5 (3.40) refuses an implicit one next to a parenthesised group.
    return clauses.join(QStringLiteral(" AND "));
}

} // namespace Plenary::SearchText
