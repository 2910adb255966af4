// SPDX-License-Identifier: MIT
#include "cli.h"

#include "database.h"
#include "demogenerator.h"
#include "eventstore.h"
#include "statistics.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
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
        // A failed command changes nothing: a file this command created goes again.
        if (database.created()) {
            owned.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(databasePath + QLatin1String(suffix));
        }
        return fail(QStringLiteral("demo: %1").arg(generated.error().describe()));
    }
    Result<EventCounts> counts = countEvent(database);
    if (!counts.ok())
        return fail(counts.error().describe());
    out() << QStringLiteral(
                 "Generated the %1 demo in %2 s: %3 delegations, %4 participants from %5 countries.")
                 .arg(parser.value(scale))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(counts.value().delegations)
                 .arg(counts.value().participants)
                 .arg(counts.value().countries)
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

    // Reading creates nothing: a mistyped path is an error, not a new empty database.
    if (!QFileInfo::exists(databasePath))
        return fail(QStringLiteral("there is no database at %1").arg(databasePath));
    // Opened only now that the command line is understood: a usage error never creates a file.
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
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

} // namespace

int runCommand(const Invocation &invocation, const QString &databasePath)
{
    if (invocation.command == u"demo")
        return runDemo(invocation, databasePath);
    if (invocation.command == u"stats")
        return runStats(invocation, databasePath);
    return fail(QStringLiteral("unknown command \"%1\"").arg(invocation.command), ExitUsage);
}

} // namespace Plenary
