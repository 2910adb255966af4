// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "attendeesreport.h"
#include "reportrequest.h"

#include <QCommandLineParser>

namespace Plenary {

namespace {
const QStringList kCommands = {QStringLiteral("demo"),      QStringLiteral("stats"),
                               QStringLiteral("import"),    QStringLiteral("export"),
                               QStringLiteral("conflicts"), QStringLiteral("report")};
}

QString helpText()
{
    return QStringLiteral(
        "Usage: plenary [--database DB] [COMMAND [ARGS...]]\n"
        "       plenary --help | --version\n"
        "\n"
        "Without a command, opens the window on the database.\n"
        "\n"
        "Options:\n"
        "  --database DB        the SQLite file to use (created on first use); also PLENARY_DATABASE.\n"
        "                       Default: plenary.sqlite in the user's data folder.\n"
        "  --self-test          open the window offscreen, visit every page, exit non-zero on any\n"
        "                       QML warning or error\n"
        "  --screenshots DIR    with --self-test: save a PNG of each page into DIR\n"
        "  -h, --help           show this help\n"
        "  -v, --version        show the version\n"
        "\n"
        "Commands:\n"
        "  demo [--scale forum|cop] [--seed N]\n"
        "                       fill an empty database with a generated event: forum (default) is a\n"
        "                       security forum in Baku, ~50 delegations and ~400 people; cop is a\n"
        "                       climate conference with 200 delegations and 100,000 people\n"
        "  stats [--json]       counts of delegations, participants, countries, rooms, sessions,\n"
        "                       speaking slots and notes\n"
        "  import participants FILE.csv [--dry-run] [--partial]\n"
        "                       participants from CSV (ours, Indico's, pretix's; comma, semicolon or\n"
        "                       tab; UTF-8). Nothing is written unless every line is good; --partial\n"
        "                       imports the good lines and writes the others to FILE.rejected.csv;\n"
        "                       --dry-run only reports\n"
        "  export participants FILE.csv|FILE.xlsx [--include-documents]\n"
        "                       every participant as CSV (the columns import reads) or as a workbook\n"
        "                       grouped by delegation; document numbers masked unless asked for\n"
        "  conflicts [--json]   the agenda's conflicts, errors first (double-booked rooms, sessions\n"
        "                       outside the event's days; people in two places, room changes\n"
        "                       under the travel buffer, delegations not there, rooms too small);\n"
        "                       exits 0 whatever it finds\n"
        "  export schedule FILE.xml|FILE.json|FILE.ics\n"
        "                       the scheduled sessions as frab XML or JSON (schedule readers such\n"
        "                       as ConfClerk) or iCalendar (calendar apps)\n"
        "  report KIND --output FILE.pdf [options]\n"
        "                       a printable report: programme, attendees, delegations, badges,\n"
        "                       tent-cards, speakers, minutes (report --help lists the options)\n"
        "\n"
        "Exit status: 0 success, 1 the job failed (nothing was changed), 2 usage error.\n");
}

QStringList reportKindCodes()
{
    QStringList codes;
    for (const ReportKind &kind : reportKinds())
        codes << QString::fromLatin1(kind.code);
    return codes;
}

QString reportHelpText()
{
    QString text = QStringLiteral("Usage: plenary [--database DB] report KIND --output FILE.pdf [options]\n"
                                  "\n"
                                  "Kinds and the options each reads:\n");
    for (const ReportKind &kind : reportKinds()) {
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(kind.code).leftJustified(13), QString::fromLatin1(kind.title));
        if (*kind.options)
            text += QStringLiteral("               %1\n").arg(QString::fromLatin1(kind.options));
    }
    text += QStringLiteral(
        "\n"
        "Options for every kind:\n"
        "  -o, --output FILE.pdf  the file to write (replaced only when the report is complete)\n"
        "  --pdfa                 PDF/A-1b, for archiving\n"
        "  --include-restricted   restricted sessions and notes; every page is then marked\n"
        "\n");
    text += QStringLiteral("Attendees columns: %1 (name always first).\n")
                .arg(AttendeesReport::columnCodes().join(QStringLiteral(", ")));
    return text;
}

Invocation parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("DB"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({database, selfTest, screenshots, help, version});

    Invocation invocation;
    const auto usage = [&](const QString &message) {
        invocation.action = Invocation::Action::UsageError;
        invocation.usageError = message;
        return invocation;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    invocation.database =
        parser.isSet(database) ? parser.value(database) : qEnvironmentVariable("PLENARY_DATABASE");
    invocation.screenshots = parser.value(screenshots);
    if (parser.isSet(help))
        return invocation.action = Invocation::Action::ShowHelp, invocation;
    if (parser.isSet(version))
        return invocation.action = Invocation::Action::ShowVersion, invocation;

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(selfTest)) {
        if (!positional.isEmpty())
            return usage(QStringLiteral("--self-test takes no command"));
        invocation.action = Invocation::Action::SelfTest;
        return invocation;
    }
    if (parser.isSet(screenshots))
        return usage(QStringLiteral("--screenshots goes with --self-test"));
    if (positional.isEmpty())
        return invocation;
    invocation.command = positional.first();
    invocation.commandArgs = positional.mid(1);
    if (!kCommands.contains(invocation.command))
        return usage(QStringLiteral("unknown command \"%1\" (commands: %2)")
                         .arg(invocation.command, kCommands.join(QStringLiteral(", "))));
    invocation.action = Invocation::Action::RunCommand;
    return invocation;
}

} // namespace Plenary
