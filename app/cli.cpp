// SPDX-License-Identifier: MIT
#include "cli.h"

#include "conflictengine.h"
#include "database.h"
#include "demogenerator.h"
#include "eventstore.h"
#include "participantcsv.h"
#include "reports.h"
#include "scheduleexport.h"
#include "scheduleimport.h"
#include "statistics.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace Plenary {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = ExitFailure)
{
    err() << "plenary: " << message << Qt::endl;
    return code;
}

/// Parses a command's own options; on a usage error prints it and returns false.
bool parseCommandOptions(QCommandLineParser &parser, const Invocation &invocation, int *exitCode)
{
    if (!parser.parse(QStringList {invocation.command} + invocation.commandArgs)) {
        *exitCode = fail(parser.errorText(), ExitUsage);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = fail(QStringLiteral("%1: unexpected argument \"%2\"")
                             .arg(invocation.command, parser.positionalArguments().first()),
                         ExitUsage);
        return false;
    }
    return true;
}

/// Opens the database of a command that reads it: a mistyped path is an error, not a new
/// empty database.
Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error {QStringLiteral("there is no database at %1").arg(path), {}, 0};
    return Database::open(path);
}

/// After a writing command failed: a database file the command created goes again, so that a
/// failed command changes nothing.
void removeIfCreated(std::unique_ptr<Database> &database, const QString &path)
{
    if (!database || !database->created())
        return;
    database.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

int runDemo(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"), QString(), QStringLiteral("forum|cop"),
                                   QStringLiteral("forum"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("N"),
                                  QStringLiteral("1"));
    parser.addOptions({scale, seed});
    int exitCode = ExitSuccess;
    if (!parseCommandOptions(parser, invocation, &exitCode))
        return exitCode;

    DemoOptions options;
    if (parser.value(scale) == u"forum")
        options.scale = DemoOptions::Scale::Forum;
    else if (parser.value(scale) == u"cop")
        options.scale = DemoOptions::Scale::Cop;
    else
        return fail(QStringLiteral("demo: --scale is forum or cop, not \"%1\"").arg(parser.value(scale)),
                    ExitUsage);
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return fail(QStringLiteral("demo: --seed takes a whole number, not \"%1\"").arg(parser.value(seed)),
                    ExitUsage);
    if (isatty(STDERR_FILENO)) {
        options.progress = [](int percent) {
            err() << "\rgenerating… " << percent << "%" << Qt::flush;
            return true;
        };
    }

    // Opened only now that the command line is understood: a usage error never creates a file.
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    std::unique_ptr<Database> owned = std::move(opened).value();
    const Database &database = *owned;
    QElapsedTimer timer;
    timer.start();
    const Status generated = generateDemo(database, options);
    if (options.progress)
        err() << "\r" << Qt::flush;
    if (!generated) {
        removeIfCreated(owned, databasePath);
        return fail(QStringLiteral("demo: %1").arg(generated.error().describe()));
    }
    Result<EventCounts> counts = countEvent(database);
    if (!counts.ok())
        return fail(counts.error().describe());
    out() << QStringLiteral(
                 "Generated the %1 demo in %2 s: %3 delegations, %4 participants from %5 countries, "
                 "%6 sessions in %7 rooms.")
                 .arg(parser.value(scale))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(counts.value().delegations)
                 .arg(counts.value().participants)
                 .arg(counts.value().countries)
                 .arg(counts.value().sessions)
                 .arg(counts.value().rooms)
          << Qt::endl;
    return ExitSuccess;
}

int runStats(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    int exitCode = ExitSuccess;
    if (!parseCommandOptions(parser, invocation, &exitCode))
        return exitCode;

    Result<std::unique_ptr<Database>> opened = openExisting(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    const Database &database = *opened.value();
    Result<EventCounts> counts = countEvent(database);
    if (!counts.ok())
        return fail(counts.error().describe());
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(counts.value().toJson()).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return ExitSuccess;
    }
    Result<std::optional<EventInfo>> event = EventStore(database).load();
    if (!event.ok())
        return fail(event.error().describe());
    const EventCounts &c = counts.value();
    const auto line = [](const QString &label, qint64 value) {
        out() << QStringLiteral("%1 %2").arg(label, -16).arg(value, 8) << Qt::endl;
    };
    if (event.value()) {
        const EventInfo &e = *event.value();
        out() << e.name << " — " << e.city << ", " << e.firstDay.toString(Qt::ISODate) << " to "
              << e.lastDay.toString(Qt::ISODate) << " (" << e.timeZone << ")" << Qt::endl;
    } else {
        out() << "No event yet." << Qt::endl;
    }
    line(QStringLiteral("Delegations"), c.delegations);
    line(QStringLiteral("Participants"), c.participants);
    line(QStringLiteral("Countries"), c.countries);
    line(QStringLiteral("Rooms"), c.rooms);
    line(QStringLiteral("Sessions"), c.sessions);
    line(QStringLiteral("Speaking slots"), c.speakingSlots);
    line(QStringLiteral("Notes"), c.notes);
    return ExitSuccess;
}

/// `import participants` / `export participants`: the subject and the file, then the options.
bool parseTransferArguments(QCommandLineParser &parser, const Invocation &invocation, QString *file,
                            int *exitCode)
{
    if (!parser.parse(QStringList {invocation.command} + invocation.commandArgs)) {
        *exitCode = fail(parser.errorText(), ExitUsage);
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != u"participants" || positional.size() != 2) {
        *exitCode = fail(QStringLiteral("usage: %1 participants FILE").arg(invocation.command), ExitUsage);
        return false;
    }
    *file = positional.at(1);
    return true;
}

/// Progress on stderr when a person watches it.
std::function<bool(qsizetype, qsizetype)> terminalProgress(const QString &what)
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [what, last = -1](qsizetype done, qsizetype total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != last) {
            last = percent;
            err() << "\r" << what << "… " << percent << "%" << Qt::flush;
        }
        return true;
    };
}

/// `import schedule FILE.xml|FILE.json [--dry-run]`: the summary on stdout, warnings on stderr.
int runScheduleImport(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    parser.addOption(dryRun);
    if (!parser.parse(QStringList {invocation.command} + invocation.commandArgs))
        return fail(parser.errorText(), ExitUsage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(QStringLiteral("usage: import schedule FILE.xml|FILE.json [--dry-run]"), ExitUsage);
    const QString file = positional.at(1);
    if (!QFileInfo::exists(file))
        return fail(QStringLiteral("import: there is no file %1").arg(file));
    // A dry run reads only.
    Result<std::unique_ptr<Database>> opened =
        parser.isSet(dryRun) ? openExisting(databasePath) : Database::open(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    std::unique_ptr<Database> owned = std::move(opened).value();

    ScheduleImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    Result<ScheduleImportReport> imported = ScheduleImport(*owned).importFile(file, options);
    if (!imported.ok()) {
        removeIfCreated(owned, databasePath);
        return fail(QStringLiteral("import: %1").arg(imported.error().describe()));
    }
    const ScheduleImportReport &report = imported.value();
    for (const Error &e : report.warnings)
        err() << report.file << ":" << e.line << ": warning: " << e.field << ": " << e.message << '\n';
    if (report.warningCount > report.warnings.size())
        err() << report.file << ": " << report.warningCount - report.warnings.size() << " more warning(s)\n";
    err() << Qt::flush;
    out() << report.summary() << Qt::endl;
    return ExitSuccess;
}

int runImport(const Invocation &invocation, const QString &databasePath)
{
    if (invocation.commandArgs.value(0) == u"schedule")
        return runScheduleImport(invocation, databasePath);
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption partial(QStringLiteral("partial"));
    parser.addOptions({dryRun, partial});
    QString file;
    int exitCode = ExitSuccess;
    if (!parseTransferArguments(parser, invocation, &file, &exitCode))
        return exitCode;

    // The file is read and decoded before the database is touched.
    Result<Csv::Table> table = Csv::readFile(file);
    if (!table.ok())
        return fail(table.error().message);
    // A dry run reads only.
    Result<std::unique_ptr<Database>> opened =
        parser.isSet(dryRun) ? openExisting(databasePath) : Database::open(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    std::unique_ptr<Database> owned = std::move(opened).value();
    const auto dropCreated = [&] { removeIfCreated(owned, databasePath); };

    ParticipantCsv::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.partial = parser.isSet(partial);
    options.progress = terminalProgress(QStringLiteral("importing"));
    Result<ParticipantCsv::ImportReport> imported =
        ParticipantCsv::Importer(*owned).importTable(table.value(), file, options);
    if (options.progress)
        err() << "\r" << Qt::flush;
    if (!imported.ok()) {
        dropCreated();
        const Error &e = imported.error();
        return fail(e.line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(e.line).arg(e.message)
                               : e.message);
    }
    const ParticipantCsv::ImportReport &report = imported.value();
    // One flush at the end: a COP-scale file can bring tens of thousands of warnings.
    for (const Error &e : report.errors)
        err() << file << ":" << e.line << ": " << e.field << ": " << e.message << '\n';
    for (const Error &e : report.warnings)
        err() << file << ":" << e.line << ": warning: " << e.field << ": " << e.message << '\n';
    err() << Qt::flush;
    if (!report.unknownColumns.isEmpty())
        out() << "Ignored columns: " << report.unknownColumns.join(QStringLiteral(", ")) << Qt::endl;
    const bool refused = !report.errors.isEmpty() && !options.partial;
    if (options.dryRun) {
        out() << QStringLiteral(
                     "Dry run of %1: %2 of %3 lines would be imported, %4 rejected, %5 warning(s), "
                     "%6 delegation(s) would be created. Nothing was written.")
                     .arg(file)
                     .arg(refused ? 0 : report.accepted)
                     .arg(report.rows)
                     .arg(report.rejected)
                     .arg(report.warnings.size())
                     .arg(report.delegationsCreated)
              << Qt::endl;
    } else if (refused) {
        out() << QStringLiteral(
                     "Imported nothing from %1: %2 of %3 lines have errors (use --partial to import "
                     "the %4 good ones).")
                     .arg(file)
                     .arg(report.rejected)
                     .arg(report.rows)
                     .arg(report.accepted)
              << Qt::endl;
    } else {
        out() << QStringLiteral("Imported %1 participants from %2 (%3 delegation(s) created); rejected %4; "
                                "%5 warning(s).")
                     .arg(report.imported)
                     .arg(file)
                     .arg(report.delegationsCreated)
                     .arg(report.rejected)
                     .arg(report.warnings.size())
              << Qt::endl;
        if (!report.rejectedFile.isEmpty())
            out() << "Rejected lines written to " << report.rejectedFile << Qt::endl;
    }
    if (report.cancelled || refused) {
        dropCreated();
        return ExitFailure;
    }
    return ExitSuccess;
}

int runExport(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption documents(QStringLiteral("include-documents"));
    parser.addOption(documents);
    QString file;
    int exitCode = ExitSuccess;
    if (!parseTransferArguments(parser, invocation, &file, &exitCode))
        return exitCode;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx")
        return fail(QStringLiteral("export: the file name must end in .csv or .xlsx, not \"%1\"").arg(file),
                    ExitUsage);
    Result<std::unique_ptr<Database>> opened = openExisting(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    ParticipantCsv::ExportOptions options;
    options.includeDocuments = parser.isSet(documents);
    options.progress = terminalProgress(QStringLiteral("exporting"));
    QElapsedTimer timer;
    timer.start();
    Result<qsizetype> written = ParticipantCsv::exportParticipants(*opened.value(), file, options);
    if (options.progress)
        err() << "\r" << Qt::flush;
    if (!written.ok())
        return fail(written.error().describe());
    out() << QStringLiteral("Exported %1 participants to %2 in %3 s%4.")
                 .arg(written.value())
                 .arg(file)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(options.includeDocuments ? QStringLiteral(" (with identity document numbers)")
                                               : QStringLiteral(" (document numbers masked)"))
          << Qt::endl;
    return ExitSuccess;
}

/// `export schedule FILE.xml|FILE.json|FILE.ics`: the programme for frab readers and calendars.
int runExportSchedule(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    if (!parser.parse(QStringList {invocation.command} + invocation.commandArgs))
        return fail(parser.errorText(), ExitUsage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(QStringLiteral("usage: export schedule FILE.xml|FILE.json|FILE.ics"), ExitUsage);
    const QString file = positional.at(1);
    if (!ScheduleExport::formatOf(file))
        return fail(
            QStringLiteral("export: the file name must end in .xml, .json or .ics, not \"%1\"").arg(file),
            ExitUsage);
    Result<std::unique_ptr<Database>> opened = openExisting(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    const Result<ScheduleExportReport> written = ScheduleExport(*opened.value()).exportFile(file);
    if (!written.ok())
        return fail(QStringLiteral("export: %1").arg(written.error().describe()));
    out() << written.value().summary() << Qt::endl;
    return ExitSuccess;
}

/// `conflicts [--json]`: the agenda's conflicts as the conflicts panel lists them, errors first.
/// Conflicts are the answer, not a failure: the exit status is 0 whatever was found.
int runConflicts(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    int exitCode = ExitSuccess;
    if (!parseCommandOptions(parser, invocation, &exitCode))
        return exitCode;
    Result<std::unique_ptr<Database>> opened = openExisting(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    ConflictEngine engine(*opened.value());
    if (Status checked = engine.reload(); !checked)
        return fail(QStringLiteral("conflicts: %1").arg(checked.error().describe()));
    const QList<Conflict> &conflicts = engine.conflicts();
    const qsizetype acknowledged =
        std::count_if(conflicts.cbegin(), conflicts.cend(), [](const Conflict &c) { return c.acknowledged; });
    const auto severityName = [](Severity severity) {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    };

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Conflict &c : conflicts) {
            QJsonArray sessions;
            for (qint64 id : c.sessionIds) {
                const std::optional<qint64> room = engine.roomOf(id);
                sessions.append(QJsonObject {
                    {QStringLiteral("id"), id},
                    {QStringLiteral("title"), engine.sessionTitle(id)},
                    {QStringLiteral("starts_at"), engine.startOf(id).toString(Qt::ISODate)},
                    {QStringLiteral("room"), room ? QJsonValue(engine.roomName(*room)) : QJsonValue()},
                });
            }
            QJsonObject entry {
                {QStringLiteral("severity"), severityName(c.severity)},
                {QStringLiteral("rule"), c.rule},
                {QStringLiteral("subject"), c.subject},
                {QStringLiteral("message"), c.message},
                {QStringLiteral("sessions"), sessions},
                {QStringLiteral("acknowledged"), c.acknowledged},
            };
            if (c.acknowledged) {
                entry.insert(QStringLiteral("reason"), c.acknowledgementReason);
                entry.insert(QStringLiteral("acknowledged_by"), c.acknowledgedBy);
                entry.insert(QStringLiteral("acknowledged_at"), c.acknowledgedAt.toString(Qt::ISODate));
            }
            list.append(entry);
        }
        const QJsonObject result {{QStringLiteral("errors"), engine.errorCount()},
                                  {QStringLiteral("warnings"), engine.warningCount()},
                                  {QStringLiteral("acknowledged"), qint64(acknowledged)},
                                  {QStringLiteral("conflicts"), list}};
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitSuccess;
    }
    out() << QStringLiteral("%1 errors, %2 warnings (%3 acknowledged); times in %4.")
                 .arg(engine.errorCount())
                 .arg(engine.warningCount())
                 .arg(acknowledged)
                 .arg(QString::fromUtf8(engine.timeZone().id()))
          << Qt::endl;
    for (const Conflict &c : conflicts) {
        out() << QStringLiteral("%1 %2").arg(severityName(c.severity).toUpper(), -8).arg(c.message)
              << Qt::endl;
        if (c.acknowledged)
            out() << QStringLiteral("         acknowledged by %1 on %2: %3")
                         .arg(c.acknowledgedBy.isEmpty() ? QStringLiteral("?") : c.acknowledgedBy,
                              c.acknowledgedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                              c.acknowledgementReason)
                  << Qt::endl;
    }
    return ExitSuccess;
}

/// `report KIND --output FILE.pdf [options]`: every printable report, as the Reports page makes it.
int runReport(const Invocation &invocation, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList {QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("the PDF to write"), QStringLiteral("FILE"));
    const QCommandLineOption order(QStringLiteral("order"), QStringLiteral("how the report is ordered"),
                                   QStringLiteral("ORDER"));
    const QCommandLineOption columns(QStringLiteral("columns"),
                                     QStringLiteral("the columns, comma-separated"), QStringLiteral("LIST"));
    const QCommandLineOption day(QStringLiteral("day"), QStringLiteral("one day only"),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption room(QStringLiteral("room"), QStringLiteral("one room only"),
                                  QStringLiteral("ID"));
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("one session"),
                                     QStringLiteral("ID"));
    const QCommandLineOption delegation(QStringLiteral("delegation"), QStringLiteral("one delegation only"),
                                        QStringLiteral("ID"));
    const QCommandLineOption participants(
        QStringLiteral("participants"), QStringLiteral("a selection of people"), QStringLiteral("ID,ID,..."));
    const QCommandLineOption cardSize(QStringLiteral("card-size"), QStringLiteral("card (ID-1) or a6"),
                                      QStringLiteral("SIZE"));
    const QCommandLineOption restricted(QStringLiteral("include-restricted"));
    const QCommandLineOption confidential(QStringLiteral("include-confidential"));
    const QCommandLineOption documents(QStringLiteral("include-documents"));
    const QCommandLineOption pdfA(QStringLiteral("pdfa"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({output, order, columns, day, room, session, delegation, participants, cardSize,
                       restricted, confidential, documents, pdfA, help});
    if (!parser.parse(QStringList {invocation.command} + invocation.commandArgs))
        return fail(parser.errorText(), ExitUsage);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help)) {
        out() << reportHelpText();
        return ExitSuccess;
    }
    if (positional.size() != 1 || !findReportKind(positional.first()))
        return fail(QStringLiteral("usage: report KIND --output FILE.pdf [options]; KIND is one of %1 "
                                   "(report --help lists the options)")
                        .arg(reportKindCodes().join(QStringLiteral(", "))),
                    ExitUsage);
    if (!parser.isSet(output) || !parser.value(output).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return fail(QStringLiteral("report: --output FILE.pdf is required"), ExitUsage);

    ReportRequest request;
    request.kind = positional.first();
    request.output = parser.value(output);
    request.order = parser.value(order);
    if (parser.isSet(columns))
        request.columns = parser.value(columns).split(u',', Qt::SkipEmptyParts);
    const auto id = [&](const QCommandLineOption &option, qint64 *into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *into = parser.value(option).toLongLong(&ok);
        return ok && *into > 0;
    };
    if (!id(room, &request.roomId) || !id(session, &request.sessionId)
        || !id(delegation, &request.delegationId))
        return fail(QStringLiteral("report: --room, --session and --delegation take a number (an id)"),
                    ExitUsage);
    if (parser.isSet(day)) {
        request.day = QDate::fromString(parser.value(day), Qt::ISODate);
        if (!request.day.isValid())
            return fail(
                QStringLiteral("report: --day takes a date as YYYY-MM-DD, not \"%1\"").arg(parser.value(day)),
                ExitUsage);
    }
    for (const QString &text : parser.value(participants).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        request.participantIds << text.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(
                QStringLiteral("report: --participants takes ids separated by commas, not \"%1\"").arg(text),
                ExitUsage);
    }
    request.cardSize = parser.value(cardSize);
    request.includeRestricted = parser.isSet(restricted);
    request.includeConfidential = parser.isSet(confidential);
    request.includeDocuments = parser.isSet(documents);
    request.pdfA = parser.isSet(pdfA);

    Result<std::unique_ptr<Database>> opened = openExisting(databasePath);
    if (!opened.ok())
        return fail(opened.error().describe());
    const auto progress = terminalProgress(QStringLiteral("printing"));
    if (progress)
        request.progress = [progress](double done) { return progress(qsizetype(done * 1000), 1000); };
    QElapsedTimer timer;
    timer.start();
    const Result<ReportOutcome> written = writeReport(*opened.value(), request);
    if (progress)
        err() << "\r" << Qt::flush;
    if (!written.ok())
        return fail(written.error().describe());
    const ReportOutcome &outcome = written.value();
    out() << QStringLiteral("Wrote %1: %2 page(s), %3 %4, %5 KB in %6 s.")
                 .arg(outcome.file)
                 .arg(outcome.pages)
                 .arg(outcome.items)
                 .arg(outcome.itemNoun)
                 .arg(outcome.bytes / 1024)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    for (const QString &note : outcome.notes)
        out() << note << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runCommand(const Invocation &invocation, const QString &databasePath)
{
    if (invocation.command == u"demo")
        return runDemo(invocation, databasePath);
    if (invocation.command == u"stats")
        return runStats(invocation, databasePath);
    if (invocation.command == u"import")
        return runImport(invocation, databasePath);
    if (invocation.command == u"export") {
        if (invocation.commandArgs.value(0) == u"schedule")
            return runExportSchedule(invocation, databasePath);
        return runExport(invocation, databasePath);
    }
    if (invocation.command == u"conflicts")
        return runConflicts(invocation, databasePath);
    if (invocation.command == u"report")
        return runReport(invocation, databasePath);
    return fail(QStringLiteral("unknown command \"%1\"").arg(invocation.command), ExitUsage);
}

} // namespace Plenary
