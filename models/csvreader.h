// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Reading CSV files as spreadsheet programs and other systems write them (RFC 4180).
namespace Plenary::Csv {

/// One record and the physical line of the file it starts on (records may span lines).
struct Record
{
    int line = 0;
    QStringList fields;
};

/// A whole file: its header row and the records below it.
struct Table
{
    QChar delimiter = u',';
    bool hadBom = false;
    Record header;
    QList<Record> records;
};

/// The delimiter of the first line among comma, semicolon and tab: the one that occurs most
/// outside quotes (comma when none does).
[[nodiscard]] QChar sniffDelimiter(QStringView text);

/// Parses `data` (the bytes of `fileName`, named in messages). UTF-8 with or without a byte
/// order mark only: anything else is refused with the line and byte of the first bad byte.
/// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR end
/// records; blank lines are skipped. An empty file is an error.
[[nodiscard]] Result<Table> parse(const QByteArray &data, const QString &fileName);

/// Reads and parses the file at `path`.
[[nodiscard]] Result<Table> readFile(const QString &path);

/// One CSV field: quoted when it holds the delimiter, a quote or a line break.
[[nodiscard]] QString quoted(const QString &field, QChar delimiter = u',');

} // namespace Plenary::Csv
