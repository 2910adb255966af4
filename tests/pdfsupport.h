// SPDX-License-Identifier: MIT
// What the report tests share: a PDF's text through pdftotext, and its pages as PNG files.
#pragma once

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Plenary::TestSupport {

/// The text of every page through pdftotext (keeps right-to-left names whole), in
/// compatibility form (Arabic comes out as presentation forms, NFKC maps them back), without
/// direction marks. `layout` keeps a table's rows on their lines.
inline QString pdfToText(const QString &file, int firstPage = 0, int lastPage = 0, bool layout = false)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << file << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    return text;
}

/// `text` without any white space: lines wrap anywhere, so the tests compare this way.
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

/// The first `pages` pages rendered by pdftoppm into the build's screenshots folder as
/// `name-1.png`, `name-2.png`...: for people to look at. False when pdftoppm failed.
inline bool savePages(const QString &file, const QString &name, int pages)
{
    const QString folder = QStringLiteral(PLENARY_SCREENSHOTS "/reports");
    QDir().mkpath(folder);
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("90"), QStringLiteral("-f"),
                   QStringLiteral("1"), QStringLiteral("-l"), QString::number(pages), file,
                   folder + u'/' + name});
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

} // namespace Plenary::TestSupport
