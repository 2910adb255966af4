// SPDX-License-Identifier: MIT
#include "selftest.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>

namespace Plenary {

namespace {

std::atomic<int> s_warnings = 0;
QtMessageHandler s_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform's own notices are not the window's fault.
    const bool platformNotice = context.category && QByteArray(context.category).startsWith("qt.qpa");
    if (type != QtDebugMsg && type != QtInfoMsg && !platformNotice)
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

void startWarningCount()
{
    s_previousHandler = qInstallMessageHandler(countingHandler);
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
    int index = 0;
    for (const QString &step : steps) {
        // `function selfTestStep(step: string)` in Main.qml: typed, so it takes a QString.
        if (!QMetaObject::invokeMethod(window, "selfTestStep", Q_ARG(QString, step))) {
            std::fprintf(stderr, "self-test: Main.qml has no selfTestStep(step: string)\n");
            return 1;
        }
        settle(400);
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
    std::fprintf(stderr, "self-test: %d step(s), %d QML warning(s) or error(s)\n", int(steps.size()),
                 warnings);
    return warnings == 0 && !steps.isEmpty() ? 0 : 1;
}

} // namespace Plenary
