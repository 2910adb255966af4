// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <optional>
#include <thread>

namespace Plenary::Csv {

namespace {

/// From this many characters on, a file is parsed on two threads.
constexpr qsizetype ParallelFrom = 1 << 20;

/// The offset of the first byte that is not part of valid UTF-8, or -1 when all of it is.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points past Unicode are not UTF-8 either.
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data).first(offset).count('\n')) + 1;
}

/// The records that start in [`from`, `to`) of `chars` (the last may run past `to`), their
/// lines counted from `line`. `next` is where the next record starts; `line` its line.
struct Range
{
    QList<Record> records;
    qsizetype next = 0;
    int line = 1;
    std::optional<Error> error;
};

Range parseRange(const QChar *chars, qsizetype size, qsizetype from, qsizetype to, QChar delimiter, int line,
                 const QString &name)
{
    Range range;
    qsizetype i = from;
    QList<Record> &records = range.records;
    records.reserve(qsizetype((to - from) / 128) + 1);
    QString field;
    qsizetype columns = 8;
    while (i < to) {
        Record record;
        record.line = line;
        record.fields.reserve(columns);
        bool recordDone = false;
        while (!recordDone) {
            if (i < size && chars[i] == u'"') {
                field.clear();
                ++i;
                const int startLine = line;
                bool closed = false;
                while (i < size) {
                    const QChar c = chars[i];
                    if (c == u'"') {
                        if (i + 1 < size && chars[i + 1] == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < size && chars[i + 1] == u'\n')))
                        ++line;
                    field.append(c);
                    ++i;
                }
                if (!closed) {
                    range.error = Error {
                        QStringLiteral("%1:%2: a quoted field is never closed.").arg(name).arg(startLine),
                        {},
                        startLine};
                    return range;
                }
                // What trails a closing quote is kept as written (lenient writers).
                const qsizetype start = i;
                while (i < size && chars[i] != delimiter && chars[i] != u'\n' && chars[i] != u'\r')
                    ++i;
                QString value(field.size() + (i - start), Qt::Uninitialized);
                std::copy(field.cbegin(), field.cend(), value.begin());
                std::copy(chars + start, chars + i, value.begin() + field.size());
                record.fields.append(std::move(value));
            } else {
                // The common case: one allocation of the exact size.
                const qsizetype start = i;
                while (i < size && chars[i] != delimiter && chars[i] != u'\n' && chars[i] != u'\r')
                    ++i;
                record.fields.append(QString(chars + start, i - start));
            }
            if (i >= size) {
                recordDone = true;
            } else if (chars[i] == delimiter) {
                ++i;
            } else {
                // CRLF, LF or a lone CR ends the record.
                if (chars[i] == u'\r' && i + 1 < size && chars[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
                recordDone = true;
            }
        }
        columns = std::max(columns, record.fields.size());
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(std::move(record));
    }
    range.next = i;
    range.line = line;
    return range;
}

/// Where a large text may be cut in two for parsing on two threads: just after a line feed
/// outside quotes by the parity of the quotes before it; -1 when there is no such place.
/// Only a guess (a stray quote in an unquoted field fools it): parse() checks it.
qsizetype splitPoint(const QChar *chars, qsizetype size)
{
    const qsizetype half = size / 2;
    bool inQuotes = false;
    for (qsizetype i = 0; i < half; ++i)
        inQuotes ^= chars[i] == u'"';
    for (qsizetype i = half; i < size - 1; ++i) {
        if (chars[i] == u'"')
            inQuotes = !inQuotes;
        else if (chars[i] == u'\n' && !inQuotes)
            return i + 1;
    }
    return -1;
}

} // namespace

QChar sniffDelimiter(QStringView text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool inQuotes = false;
    for (const QChar c : text) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == u'\n' || c == u'\r'))
            break;
        else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

Result<Table> parse(const QByteArray &data, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return Error {
            QStringLiteral("%1 is UTF-16 text; save it as CSV UTF-8 and import it again.").arg(name), {}, 1};
    Table table;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        bytes = bytes.sliced(3);
    }
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0) {
        const int line = lineAt(data, bad);
        return Error {QStringLiteral("%1 is not UTF-8 (byte 0x%2 at line %3, byte offset %4); save it as "
                                     "CSV UTF-8 and import it again.")
                          .arg(name)
                          .arg(uchar(data.at(bad)), 2, 16, QLatin1Char('0'))
                          .arg(line)
                          .arg(bad),
                      {},
                      line};
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = lineAt(data, nul + (table.hadBom ? 3 : 0));
        return Error {QStringLiteral("%1 holds a NUL byte at line %2: it is not a text file (UTF-16?).")
                          .arg(name)
                          .arg(line),
                      {},
                      line};
    }
    const QString text = QString::fromUtf8(bytes);
    if (QStringView(text).trimmed().isEmpty()) // a view: no copy of a large file
        return Error {QStringLiteral("%1 is empty.").arg(name), {}, 0};
    table.delimiter = sniffDelimiter(text);

    const QChar delimiter = table.delimiter;
    const qsizetype size = text.size();
    const QChar *chars = text.constData();
    // A large file is parsed in two halves on two threads. The second half counts for as
    // long as the first ends exactly where it begins (so the cut is a record boundary);
    // otherwise the first goes on alone from where it stopped.
    const qsizetype split = size >= ParallelFrom ? splitPoint(chars, size) : -1;
    Range second;
    std::thread secondHalf;
    if (split > 0)
        secondHalf = std::thread([&] { second = parseRange(chars, size, split, size, delimiter, 1, name); });
    Range first = parseRange(chars, size, 0, split > 0 ? split : size, delimiter, 1, name);
    if (secondHalf.joinable())
        secondHalf.join();
    if (first.error)
        return *first.error;
    QList<Record> records = std::move(first.records);
    // A second half that failed is parsed again, alone, for its lines in the error.
    if (split > 0 && first.next == split && !second.error) {
        records.reserve(records.size() + second.records.size());
        for (Record &record : second.records) {
            record.line += first.line - 1;
            records.append(std::move(record));
        }
    } else if (first.next < size) {
        Range rest = parseRange(chars, size, first.next, size, delimiter, first.line, name);
        if (rest.error)
            return *rest.error;
        records.append(std::move(rest.records));
    }
    if (records.isEmpty())
        return Error {QStringLiteral("%1 is empty.").arg(name), {}, 0};
    table.header = records.takeFirst();
    table.records = std::move(records);
    return table;
}

Result<Table> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), {}, 0};
    return parse(file.readAll(), path);
}

QString quoted(const QString &field, QChar delimiter)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out.append(u'"');
    for (const QChar c : field) {
        if (c == u'"')
            out.append(u'"');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

} // namespace Plenary::Csv
