// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <span>

namespace Plenary {

/// One printable report and its options, as the command line and the Reports page ask for it.
/// A report reads what it needs from the database; nothing here is written back.
struct ReportRequest
{
    QString kind; ///< reportKinds(): "attendees", "programme", ...
    QString output; ///< the PDF to write; replaced only when the report is complete

    // Shared by every kind.
    bool pdfA = false; ///< PDF/A-1b for archiving
    bool includeRestricted = false; ///< restricted sessions and notes (marked on every page)
    bool includeConfidential = false; ///< confidential notes, chosen explicitly each time

    // The list of participants and the programme.
    QString order; ///< attendees: "delegation" (default), "name", "role"; programme: "day" (default), "room"
    QStringList columns; ///< attendees: attendeeColumns() codes; empty = the default set
    bool includeDocuments = false; ///< identity documents printed unmasked
    QDate day; ///< programme: one day only when valid
    qint64 roomId = 0; ///< programme: one room only when not 0

    // Badges and name cards.
    QString cardSize; ///< badges: "card" (ID-1, default) or "a6"
    qint64 delegationId = 0; ///< badges and the list of participants: one delegation only
    QList<qint64> participantIds; ///< badges: a selection; empty = every approved participant

    // The speakers' list and the minutes.
    qint64 sessionId = 0; ///< speakers: required; minutes: one session, 0 = the whole event

    /// A long report prints in parts of at least this many pages on several threads at once
    /// (joined into one file); tests lower it to exercise the joining on a small event.
    int pagesPerPart = 200;

    /// Called now and then with 0..1; returning false cancels (no file is written).
    std::function<bool(double)> progress;
};

/// What a written report amounts to, for the summary line and the tests.
struct ReportOutcome
{
    QString file;
    int pages = 0;
    qint64 bytes = 0;
    qint64 items = 0; ///< participants, sessions, badges, cards, slots or notes printed
    QString itemNoun; ///< what `items` counts, plural ("participants")
    QStringList notes; ///< what the reader should know: people left out and why, the seating draw
};

/// A report kind for `--help` and the Reports page.
struct ReportKind
{
    const char *code;
    const char *title; ///< English, sentence case
    const char *options; ///< the command line options it reads, for `--help`
};

/// Every kind, in the order the Reports page lists them.
[[nodiscard]] std::span<const ReportKind> reportKinds();
[[nodiscard]] const ReportKind *findReportKind(const QString &code);

} // namespace Plenary
