// SPDX-License-Identifier: MIT
// The composition root: reads the command line, then either runs a headless command or opens
// the window on the database. Everything it composes lives in the libraries.

#include "cli.h"
#include "commandline.h"
#include "database.h"
#include "demogenerator.h"
#include "eventstore.h"
#include "photostore.h"
#include "selftest.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Plenary_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_PrintingPlugin)
Q_IMPORT_QML_PLUGIN(Plenary_UiPlugin)

using namespace Plenary;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("plenary.sqlite"));
}

int openWindow(const Invocation &invocation, const QString &databasePath)
{
    const bool selfTest = invocation.action == Invocation::Action::SelfTest;

    Result<std::unique_ptr<Database>> opened = Database::open(databasePath);
    if (!opened.ok()) {
        std::fprintf(stderr, "plenary: %s\n", qPrintable(opened.error().describe()));
        return ExitFailure;
    }
    Database &database = *opened.value();
    // A newcomer's first start shows a real event, not an empty window (also when an earlier
    // first start was interrupted before the demo was written).
    const Result<std::optional<EventInfo>> event = EventStore(database).load();
    if (invocation.database.isEmpty() && event.ok() && !event.value()) {
        if (Status demo = generateDemo(database, DemoOptions {}); !demo)
            std::fprintf(stderr, "plenary: could not create the demo forum: %s\n",
                         qPrintable(demo.error().describe()));
    }

    Workspace workspace(database);
    Workspace::setInstance(&workspace);
    QQmlApplicationEngine engine;
    if (selfTest)
        startWarningCount(engine);
    engine.addImportPath(QStringLiteral("qrc:/plenary"));
    // image://photo/<participantId>: the engine owns the provider.
    engine.addImageProvider(QStringLiteral("photo"), new PhotoImageProvider(database));
    engine.load(QUrl(QStringLiteral("qrc:/plenary/Plenary/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return ExitFailure;
    if (selfTest)
        return runSelfTest(engine, invocation.screenshots);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const Invocation invocation = parseCommandLine(argumentsOf(argc, argv));
    const bool headless = invocation.action != Invocation::Action::OpenWindow;
    // Commands and the self-test need no display: pick the offscreen platform when nobody chose one.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session (CI, ssh) Qt falls back to a runtime folder of its own and says
    // so on stderr, which would be noise in every command's output: name the same folder.
    if (headless && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    if (invocation.action == Invocation::Action::SelfTest && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QGuiApplication::setApplicationName(QStringLiteral("plenary"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Plenary"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION));
    // QApplication rather than QGuiApplication: the system print dialog is a widget.
    QApplication app(argc, argv);
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans"), 10));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    const QString databasePath = invocation.database.isEmpty() ? defaultDatabasePath() : invocation.database;
    switch (invocation.action) {
    case Invocation::Action::ShowHelp:
        std::fputs(qPrintable(helpText()), stdout);
        return ExitSuccess;
    case Invocation::Action::ShowVersion:
        std::printf("plenary %s\n", PLENARY_VERSION);
        return ExitSuccess;
    case Invocation::Action::UsageError:
        std::fprintf(stderr, "plenary: %s\nTry 'plenary --help'.\n", qPrintable(invocation.usageError));
        return ExitUsage;
    case Invocation::Action::RunCommand:
        return runCommand(invocation, databasePath);
    case Invocation::Action::OpenWindow:
    case Invocation::Action::SelfTest:
        break;
    }
    return openWindow(invocation, databasePath);
}
