// SPDX-License-Identifier: MIT
#include "selftest.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>

namespace Plenary {

namespace {

std::atomic<int> s_warnings = 0;
QtMessageHandler s_previousHandler = nullptr;

/// Whether a log message comes from QML, JavaScript or Qt Quick rather than from elsewhere in
/// Qt (the offscreen platform's notices, font shaping remarks on names in rare scripts).
bool isQmlMessage(const QMessageLogContext &context)
{
    const QByteArray category(context.category ? context.category : "");
    const QByteArray file(context.file ? context.file : "");
    return category == "qml" || category == "js" || category.startsWith("qt.qml")
        || category.startsWith("qt.quick") || file.endsWith(".qml") || file.endsWith(".js");
}

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context))
        ++s_warnings;
    s_previousHandler(type, context, message);
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

void startWarningCount(QQmlEngine &engine)
{
    s_previousHandler = qInstallMessageHandler(countingHandler);
    // Errors in QML files (bindings, types, imports) reach the engine's warnings signal; they
    // are printed too, but counted here so that none depends on how it is logged.
    engine.setOutputWarningsToStandardError(false);
    QObject::connect(&engine, &QQmlEngine::warnings, [](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            ++s_warnings;
            std::fprintf(stderr, "%s\n", qPrintable(warning.toString()));
        }
    });
}

int runSelfTest(QQmlApplicationEngine &engine, const QString &screenshotDir)
{
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "self-test: the main window did not load\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "self-test: the root object is not a window\n");
        return 1;
    }
    if (!screenshotDir.isEmpty())
        QDir().mkpath(screenshotDir);

    settle(300);
    const QStringList steps = window->property("selfTestSteps").toStringList();
    // PLENARY_SELF_TEST_ONLY=programme walks only the steps beginning so (numbered as in the
    // whole walk): the COP-scale screenshots of a page without waiting for every other page.
    const QString only = qEnvironmentVariable("PLENARY_SELF_TEST_ONLY");
    int index = 0;
    int visited = 0;
    for (const QString &step : steps) {
        if (!step.startsWith(only)) {
            ++index;
            continue;
        }
        ++visited;
        // `function selfTestStep(step: string)` in Main.qml: typed, so it takes a QString.
        if (!QMetaObject::invokeMethod(window, "selfTestStep", Q_ARG(QString, step))) {
            std::fprintf(stderr, "self-test: Main.qml has no selfTestStep(step: string)\n");
            return 1;
        }
        settle(400);
        // A step that started background work (a report being written) is shot when it is done.
        for (int waited = 0; window->property("selfTestBusy").toBool() && waited < 120000; waited += 100)
            settle(100);
        if (window->property("selfTestBusy").toBool())
            std::fprintf(stderr, "self-test: %s still busy after two minutes\n", qPrintable(step));
        else
            settle(300);
        if (!screenshotDir.isEmpty()) {
            const QString file = QDir(screenshotDir)
                                     .filePath(QStringLiteral("%1-%2.png")
                                                   .arg(++index, 2, 10, QLatin1Char('0'))
                                                   .arg(QString(step).replace(u'/', u'-')));
            if (!window->grabWindow().save(file)) {
                std::fprintf(stderr, "self-test: cannot save %s\n", qPrintable(file));
                return 1;
            }
        }
        std::fprintf(stderr, "self-test: visited %s\n", qPrintable(step));
    }
    const int warnings = s_warnings.load();
    std::fprintf(stderr, "self-test: %d step(s), %d QML warning(s) or error(s)\n", visited, warnings);
    return warnings == 0 && !steps.isEmpty() ? 0 : 1;
}

} // namespace Plenary
