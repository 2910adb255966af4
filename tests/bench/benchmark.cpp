// SPDX-License-Identifier: MIT
// Builds a COP-scale database in a temporary folder and prints one JSON object of named
// figures. The measuring runs in a child process, so that the generator's memory does not
// count in the peak of a desk that merely opens the database.

#include "database.h"
#include "demogenerator.h"
#include "participantcsv.h"
#include "participantmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Plenary;

namespace {

/// Rows a participants page shows at once.
constexpr int ScreenRows = 40;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void touchRows(const ParticipantModel &model, int first, int count)
{
    for (int row = first; row < std::min(first + count, model.count()); ++row) {
        (void)model.data(model.index(row), ParticipantModel::DisplayNameRole);
        (void)model.data(model.index(row), ParticipantModel::DelegationNameRole);
    }
}

/// What people type: 1 to 4 letters of names in Latin, Cyrillic, Arabic, Greek, Georgian,
/// Han and Hangul script, 200 queries in all.
QStringList queries()
{
    const QStringList words = {
        QStringLiteral("aliyev"),   QStringLiteral("müller"),   QStringLiteral("mammad"),
        QStringLiteral("garcia"),   QStringLiteral("nguyen"),   QStringLiteral("smith"),
        QStringLiteral("kowal"),    QStringLiteral("şahin"),    QStringLiteral("dubois"),
        QStringLiteral("rossi"),    QStringLiteral("silva"),    QStringLiteral("ahmed"),
        QStringLiteral("hassan"),   QStringLiteral("ivanov"),   QStringLiteral("petrov"),
        QStringLiteral("wang"),     QStringLiteral("li"),       QStringLiteral("kim"),
        QStringLiteral("park"),     QStringLiteral("tanaka"),   QStringLiteral("иванов"),
        QStringLiteral("петров"),   QStringLiteral("сергей"),   QStringLiteral("ольга"),
        QStringLiteral("محمد"),     QStringLiteral("أحمد"),     QStringLiteral("حسن"),
        QStringLiteral("علي"),      QStringLiteral("παπαδ"),    QStringLiteral("γιωργ"),
        QStringLiteral("ნინო"),     QStringLiteral("გიორ"),     QStringLiteral("王小明"),
        QStringLiteral("李娜"),     QStringLiteral("张伟"),     QStringLiteral("김민준"),
        QStringLiteral("이서연"),   QStringLiteral("əliyev"),   QStringLiteral("hüseyn"),
        QStringLiteral("nazarbay"), QStringLiteral("oliveira"), QStringLiteral("santos"),
        QStringLiteral("martin"),   QStringLiteral("bernard"),  QStringLiteral("schmidt"),
        QStringLiteral("novak"),    QStringLiteral("horvat"),   QStringLiteral("yilmaz"),
        QStringLiteral("fernand"),  QStringLiteral("lopez"),
    };
    QStringList typed;
    for (const QString &word : words) {
        for (int length = 1; length <= 4 && typed.size() < 200; ++length) {
            if (length <= word.size())
                typed.append(word.left(length));
        }
    }
    for (int i = 0; typed.size() < 200; ++i)
        typed.append(words.at(i % words.size()).left(2));
    return typed;
}

long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

int measure(const QString &path)
{
    QJsonObject figures;
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    ParticipantModel model(*opened.value());
    touchRows(model, 0, ScreenRows);
    figures.insert(QStringLiteral("open_cop_ms"), milliseconds(timer));

    std::vector<double> times;
    for (const QString &typed : queries()) {
        timer.restart();
        model.setSearchText(typed);
        touchRows(model, 0, ScreenRows);
        times.push_back(milliseconds(timer));
        if (qEnvironmentVariableIsSet("PLENARY_BENCH_VERBOSE"))
            std::fprintf(stderr, "%8.2f ms %6d rows  %s\n", times.back(), model.count(), qPrintable(typed));
    }
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("search_cop_queries"), int(times.size()));
    figures.insert(QStringLiteral("search_cop_ms_median"), times[times.size() / 2]);
    figures.insert(QStringLiteral("search_cop_ms_p99"),
                   times[std::min(times.size() - 1, times.size() * 99 / 100)]);

    model.setSearchText(QString());
    timer.restart();
    touchRows(model, 0, model.count());
    figures.insert(QStringLiteral("scroll_cop_s"), milliseconds(timer) / 1000.0);
    figures.insert(QStringLiteral("rss_cop_mb"), double(peakRssMb()));

    // Spreadsheets: the COP list out as CSV and XLSX, and the CSV into an empty database.
    QTemporaryDir exchange;
    const QString csv = exchange.filePath(QStringLiteral("cop.csv"));
    ParticipantCsv::ExportOptions exportOptions;
    exportOptions.includeDocuments = true;
    timer.restart();
    if (Result<qsizetype> written = ParticipantCsv::exportParticipants(*opened.value(), csv, exportOptions);
        !written.ok()) {
        std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(written.error().describe()));
        return 1;
    }
    figures.insert(QStringLiteral("export_cop_csv_s"), milliseconds(timer) / 1000.0);
    timer.restart();
    if (Result<qsizetype> written = ParticipantCsv::exportParticipants(
            *opened.value(), exchange.filePath(QStringLiteral("cop.xlsx")), {});
        !written.ok()) {
        std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(written.error().describe()));
        return 1;
    }
    figures.insert(QStringLiteral("export_cop_xlsx_s"), milliseconds(timer) / 1000.0);
    {
        auto empty = Database::open(exchange.filePath(QStringLiteral("import.sqlite")));
        if (!empty.ok()) {
            std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(empty.error().describe()));
            return 1;
        }
        timer.restart();
        auto imported = ParticipantCsv::Importer(*empty.value()).importFile(csv, {});
        if (!imported.ok() || imported.value().imported != 100000) {
            std::fprintf(stderr, "plenary-bench: the COP import failed\n");
            return 1;
        }
        figures.insert(QStringLiteral("import_cop_csv_s"), milliseconds(timer) / 1000.0);
    }
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"--measure")
        return measure(arguments.at(2));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cop.sqlite"));
    QJsonObject figures;
    {
        auto opened = Database::open(path);
        if (!opened.ok()) {
            std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(opened.error().describe()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.scale = DemoOptions::Scale::Cop;
        if (Status generated = generateDemo(*opened.value(), options); !generated) {
            std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(generated.error().describe()));
            return 1;
        }
        figures.insert(QStringLiteral("demo_cop_s"), milliseconds(timer) / 1000.0);
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        std::fprintf(stderr, "plenary-bench: the measuring process failed\n");
        return 1;
    }
    const QJsonObject measured = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    for (auto it = measured.begin(); it != measured.end(); ++it)
        figures.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
