// SPDX-License-Identifier: MIT
#pragma once

#include "csvreader.h"
#include "database.h"
#include "domain.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

/// Participants in and out of spreadsheets: the columns we know, how other systems' headers
/// map onto them, the importer and the CSV/XLSX exporters. The CLI and the window share them.
namespace Plenary::ParticipantCsv {

/// A column the importer understands: its key (also the `field` of errors) and the header our
/// own export writes for it.
struct FieldInfo
{
    QString key;
    QString header;
};

/// Every importable field, in the order of our export's columns (plus `fullName`, which other
/// systems write when they do not split names).
[[nodiscard]] const QList<FieldInfo> &fields();
/// The columns our export writes, in order (every field but `fullName`).
[[nodiscard]] QStringList exportHeaders();

/// Which field each column of a file goes to: `fields[i]` is the key for `headers[i]`, or
/// empty when the column is ignored. The GUI lets the user change it before importing.
struct ColumnMapping
{
    QStringList headers;
    QStringList fields;

    /// Headers of the columns that go nowhere.
    [[nodiscard]] QStringList unmapped() const;
    [[nodiscard]] bool maps(const QString &field) const { return fields.contains(field); }
};

/// Matches headers by alias, ignoring case, spaces and punctuation: our own export's headers,
/// Indico's registrant export (`First Name`, `Last Name`, `Email Address`, `Affiliation`,
/// `Position`, `Phone Number`, `Country`, `Title`), pretix's attendee export (`Attendee name`,
/// `Attendee name: Given name`, `Attendee email`, `Company`, `Country`) and German variants
/// (`Vorname`, `Nachname`, `E-Mail`, `Firma`, `Land`). Each field takes at most one column.
[[nodiscard]] ColumnMapping guessMapping(const QStringList &headers);

/// The ISO 3166-1 alpha-2 code of a country given by code (alpha-2 or alpha-3) or English
/// name, in any case; empty when unknown.
[[nodiscard]] QString countryCode(const QString &text);

/// What an import should do.
struct ImportOptions
{
    bool dryRun = false; ///< report only, write nothing
    bool partial = false; ///< import the good lines, write the rejected ones next to the input
    std::optional<ColumnMapping> mapping; ///< the user's; guessed from the headers when absent
    /// Told how many records are done out of how many; returning false cancels (nothing is written).
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

/// What an import did or would do. Errors and warnings carry the line and field.
struct ImportReport
{
    QString file;
    qsizetype rows = 0; ///< records below the header
    qsizetype imported = 0; ///< written (0 on a dry run or when refused)
    qsizetype accepted = 0; ///< good records (what a real run writes)
    qsizetype rejected = 0;
    int delegationsCreated = 0;
    QList<Error> errors;
    QList<Error> warnings;
    QStringList unknownColumns;
    QString rejectedFile; ///< with `partial`, where the rejected records went
    bool written = false;
    bool cancelled = false;
};

/// Reads participants from CSV into the database: one transaction for the delegations it
/// creates and every participant, so that a refused or cancelled import changes nothing.
class Importer
{
public:
    explicit Importer(const Database &database)
        : m_database(database)
    { }

    /// Imports `path`. An unreadable or undecodable file is an Error; bad lines are in the
    /// report (and then, without `partial`, nothing is written).
    [[nodiscard]] Result<ImportReport> importFile(const QString &path, const ImportOptions &options) const;
    [[nodiscard]] Result<ImportReport> importTable(const Csv::Table &table, const QString &path,
                                                   const ImportOptions &options) const;

private:
    const Database &m_database;
};

/// What an export writes.
struct ExportOptions
{
    bool includeDocuments = false; ///< identity document numbers in full instead of masked
    /// Told how many participants are done out of how many; returning false cancels.
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

/// Writes every participant to `path`: CSV (`.csv`) in exactly the columns the importer reads,
/// or a formatted workbook (`.xlsx`) grouped by delegation with a summary sheet. Returns how
/// many participants were written. The file is written under a temporary name and renamed,
/// so a failed export leaves no half file.
[[nodiscard]] Result<qsizetype> exportParticipants(const Database &database, const QString &path,
                                                   const ExportOptions &options);

/// A cell safe from formula injection: text beginning with = + - @ (or a tab or CR) gets a
/// leading single quote, which the importer takes off again.
[[nodiscard]] QString neutralised(const QString &cell);
/// The inverse of `neutralised` for one imported cell.
[[nodiscard]] QString unneutralised(const QString &cell);

} // namespace Plenary::ParticipantCsv
