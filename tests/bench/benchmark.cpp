// SPDX-License-Identifier: MIT
// Builds a COP-scale database in a temporary folder and prints one JSON object of named
// figures. The measuring runs in a child process, so that the generator's memory does not
// count in the peak of a desk that merely opens the database.

#include "agendastore.h"
#include "checkindesk.h"
#include "conflictengine.h"
#include "conflictmodel.h"
#include "database.h"
#include "demogenerator.h"
#include "demoportraits.h"
#include "eventsettings.h"
#include "eventstore.h"
#include "notestore.h"
#include "participantcsv.h"
#include "participantmodel.h"
#include "participantstore.h"
#include "phonenumbers.h"
#include "photostore.h"
#include "reports.h"
#include "scheduleimport.h"
#include "timetablemodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

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

/// What the check-in desk gets, 200 in all: for people spread over the whole list, their
/// badge scanned ("PLENARY:000272"), typed bare ("272") or padded, their family name, the
/// family name and the start of a given name, or their name in its own script.
QStringList deskQueries(const Database &database)
{
    const ParticipantStore store(database);
    const std::vector<qint64> order = store.idsInListOrder().value();
    std::vector<qint64> sample;
    for (std::size_t i = 0; i < 200 && !order.empty(); ++i)
        sample.push_back(order[(i * 7919) % order.size()]);
    QStringList typed;
    int n = 0;
    for (const ParticipantRow &row : store.rows(sample).value()) {
        const Participant &p = row.participant;
        const QString badge = p.badgeNumber.isEmpty() ? BadgeCode::badgeNumber(n + 1) : p.badgeNumber;
        switch (n++ % 6) {
        case 0:
            typed.append(BadgeCode::payload(badge));
            break;
        case 1:
            typed.append(QString::number(badge.toLongLong()));
            break;
        case 2:
            typed.append(badge);
            break;
        case 3:
            typed.append(p.familyName);
            break;
        case 4:
            typed.append(p.familyName + QLatin1Char(' ') + p.givenNames.left(2));
            break;
        default:
            typed.append(p.nativeName.isEmpty() ? p.givenNames + QLatin1Char(' ') + p.familyName
                                                : p.nativeName.section(QLatin1Char(' '), 0, 0));
        }
    }
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

/// One import of the FOSDEM file into a fresh database (its creation not counted), in ms; a
/// negative number when it failed.
double importFosdem(const QString &file)
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("fosdem.sqlite")));
    if (!opened.ok()) {
        std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(opened.error().describe()));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    Result<ScheduleImportReport> imported = ScheduleImport(*opened.value()).importFile(file);
    const double ms = milliseconds(timer);
    if (!imported.ok() || imported.value().sessionsCreated != 883) {
        std::fprintf(stderr, "plenary-bench: the FOSDEM import failed: %s\n",
                     imported.ok() ? "not 883 sessions" : qPrintable(imported.error().describe()));
        return -1;
    }
    return ms;
}

/// `import_fosdem_ms`: the FOSDEM 2026 schedule.xml into a fresh database, the median of three
/// runs after a first one (`import_fosdem_cold_ms`) that also pays what a process builds once
/// (ICU's transliterator, the SQL driver). Skipped, with a note, without the shared data.
void measureScheduleImport(QJsonObject &figures)
{
    const QString file = QStringLiteral(PLENARY_SCHEDULES "/fosdem-2026-schedule.xml");
    if (!QFile::exists(file)) {
        std::fprintf(stderr, "plenary-bench: %s is missing: import_fosdem_ms skipped\n", qPrintable(file));
        return;
    }
    const double cold = importFosdem(file);
    if (cold < 0)
        return;
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(importFosdem(file));
        if (runs.back() < 0)
            return;
    }
    std::sort(runs.begin(), runs.end());
    figures.insert(QStringLiteral("import_fosdem_cold_ms"), cold);
    figures.insert(QStringLiteral("import_fosdem_ms"), runs[1]);
}

/// Imports `csv` into a fresh database as import_cop_csv_s measures it (verbose: and when the
/// file was read and parsed; checking and writing overlap after that).
Status measureImport(const QString &csv, QJsonObject &figures)
{
    QTemporaryDir dir;
    auto empty = Database::open(dir.filePath(QStringLiteral("import.sqlite")));
    if (!empty.ok())
        return empty.error();
    QElapsedTimer timer;
    timer.start();
    double parsed = -1;
    ParticipantCsv::ImportOptions options;
    // Progress is first told within 0.1 s of the file being read and parsed.
    options.progress = [&](qsizetype, qsizetype) {
        if (parsed < 0)
            parsed = milliseconds(timer) / 1000.0;
        return true;
    };
    auto imported = ParticipantCsv::Importer(*empty.value()).importFile(csv, options);
    const double seconds = milliseconds(timer) / 1000.0;
    if (!imported.ok())
        return imported.error();
    if (imported.value().imported != imported.value().rows || imported.value().rows == 0)
        return Error {QStringLiteral("the import wrote %1 of %2 participants")
                          .arg(imported.value().imported)
                          .arg(imported.value().rows),
                      {},
                      0};
    figures.insert(QStringLiteral("import_cop_csv_s"), seconds);
    if (qEnvironmentVariableIsSet("PLENARY_BENCH_VERBOSE"))
        std::fprintf(stderr, "import: file read and parsed at %.2f s, committed at %.2f s\n", parsed,
                     seconds);
    return {};
}

/// The conflict engine on the COP agenda: a full check, and the re-check after moving one
/// session (written first, as the timetable does; the write is not timed).
Status measureConflicts(const Database &database, QJsonObject &figures)
{
    QElapsedTimer timer;
    std::vector<double> times;
    ConflictEngine engine(database);
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        if (Status loaded = engine.reload(); !loaded)
            return loaded;
        times.push_back(milliseconds(timer));
    }
    figures.insert(QStringLiteral("conflicts_cop_full_first_ms"), times.front());
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("conflicts_cop_full_ms"), times[times.size() / 2]);
    figures.insert(QStringLiteral("conflicts_cop_count"), int(engine.conflicts().size()));

    const AgendaStore agenda(database);
    QList<AgendaSession> sessions = agenda.sessions().valueOr({});
    sessions.removeIf([](const AgendaSession &s) { return !s.isScheduled(); });
    if (sessions.isEmpty())
        return Error {QStringLiteral("no scheduled sessions to move"), {}, 0};
    QRandomGenerator random(50);
    std::vector<double> model;
    ConflictModel panel(database);
    times.clear();
    for (int move = 0; move < 50; ++move) {
        AgendaSession s = sessions.at(random.bounded(int(sessions.size())));
        const qint64 shift = qint64(random.bounded(-8, 9)) * 15 * 60; // up to two hours either way
        s.startsAt = s.startsAt.addSecs(shift);
        s.endsAt = s.endsAt.addSecs(shift);
        if (Status written = agenda.updateSession(s); !written)
            return written;
        timer.restart();
        if (Status checked = engine.recheckSession(s.id); !checked)
            return checked;
        times.push_back(milliseconds(timer));
        timer.restart();
        panel.sessionChanged(s.id);
        model.push_back(milliseconds(timer));
    }
    std::sort(times.begin(), times.end());
    std::sort(model.begin(), model.end());
    figures.insert(QStringLiteral("conflicts_edit_ms"), times[times.size() / 2]);
    figures.insert(QStringLiteral("conflicts_edit_ms_max"), times.back());
    // What the window does: the engine's re-check and the panel's row updates.
    figures.insert(QStringLiteral("conflicts_edit_panel_ms"), model[model.size() / 2]);
    return {};
}

/// The minutes at COP scale (20,000 notes): `notes_search_cop_ms_median`, NoteStore::search as
/// the Minutes page runs it for realistic queries (each run 5 times); `note_save_ms_median`, one
/// saved revision of a note through NoteStore::saveNote (median of 200 saves of random notes).
Status measureMinutes(const Database &database, QJsonObject &figures)
{
    const NoteStore store(database);
    const QStringList queries {
        QStringLiteral("adaptation"),        QStringLiteral("loss and damage"),
        QStringLiteral("methane"),           QStringLiteral("carbon markets"),
        QStringLiteral("article 6"),         QStringLiteral("co-facilitators"),
        QStringLiteral("just transition"),   QStringLiteral("early warn"),
        QStringLiteral("gender action"),     QStringLiteral("ocean"),
        QStringLiteral("Brazil methane"),    QStringLiteral("deforest"),
        QStringLiteral("transpar"),          QStringLiteral("Indonesia"),
        QStringLiteral("reserved position"), QStringLiteral("xyzzy"),
    };
    std::vector<double> times;
    QElapsedTimer timer;
    for (const QString &typed : queries) {
        for (int run = 0; run < 5; ++run) {
            timer.restart();
            Result<MinutesSearchResult> found = store.search(typed, false);
            times.push_back(milliseconds(timer));
            if (!found.ok())
                return found.error();
            if (run == 0 && qEnvironmentVariableIsSet("PLENARY_BENCH_VERBOSE"))
                std::fprintf(stderr, "%8.2f ms %4d hits %5d hidden  %s\n", times.back(),
                             int(found.value().hits.size()), found.value().confidentialHidden,
                             qPrintable(typed));
        }
    }
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("notes_search_cop_queries"), int(queries.size()));
    figures.insert(QStringLiteral("notes_search_cop_ms_median"), times[times.size() / 2]);
    figures.insert(QStringLiteral("notes_search_cop_ms_max"), times.back());

    QSqlQuery ids(database.connection());
    if (!ids.exec(QStringLiteral("SELECT n.id FROM note n WHERE NOT EXISTS (SELECT 1 FROM minutes_change m "
                                 "WHERE m.session_id = n.session_id) ORDER BY n.id")))
        return Error {QStringLiteral("cannot list notes"), {}, 0};
    std::vector<qint64> notes;
    while (ids.next())
        notes.push_back(ids.value(0).toLongLong());
    figures.insert(QStringLiteral("notes_cop_count"), int(notes.size()));
    if (notes.empty())
        return Error {QStringLiteral("no notes to save"), {}, 0};
    QRandomGenerator random(55);
    times.clear();
    for (int save = 0; save < 200; ++save) {
        Result<Note> note = store.note(notes[random.bounded(qsizetype(notes.size()))]);
        if (!note.ok())
            return note.error();
        timer.restart();
        Result<NoteSave> saved =
            store.saveNote(note.value().id, note.value().body + QStringLiteral(" Amended."),
                           note.value().confidentiality, note.value().version, QStringLiteral("bench"));
        times.push_back(milliseconds(timer));
        if (!saved.ok())
            return saved.error();
    }
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("note_save_ms_median"), times[times.size() / 2]);
    figures.insert(QStringLiteral("note_save_ms_max"), times.back());
    return {};
}

/// The timetable: the busiest day's view model (rooms, the day's sessions, lanes) as the window
/// builds it when the day is chosen; median of 5 builds.
void measureTimetable(const Database &database, QJsonObject &figures)
{
    EventSettings event(database);
    TimetableModel timetable(database, &event);
    const QString busiest = timetable.busiestDay();
    std::vector<double> times;
    QElapsedTimer timer;
    for (int run = 0; run < 5; ++run) {
        timetable.setDay(QDate::fromString(busiest, Qt::ISODate).addDays(-1).toString(Qt::ISODate));
        timer.restart();
        timetable.setDay(busiest);
        times.push_back(milliseconds(timer));
    }
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("timetable_day_cop_ms"), times[times.size() / 2]);
    figures.insert(QStringLiteral("timetable_day_cop_sessions"), timetable.rowCount());
}

/// The programme of the COP (1,500 sessions with their speakers' lists) as a PDF, by day:
/// `programme_cop_pdf_s`, the best of 3 runs, read and laid out and painted; with its pages.
Status measureProgramme(const Database &database, const QString &folder, QJsonObject &figures)
{
    ReportRequest request;
    request.kind = QStringLiteral("programme");
    request.output = folder + QStringLiteral("/programme.pdf");
    request.includeRestricted = true;
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<ReportOutcome> written = writeReport(database, request);
        if (!written.ok())
            return written.error();
        times.push_back(milliseconds(timer) / 1000.0);
        figures.insert(QStringLiteral("programme_cop_pages"), written.value().pages);
        figures.insert(QStringLiteral("programme_cop_sessions"), written.value().items);
    }
    figures.insert(QStringLiteral("programme_cop_pdf_s"), *std::min_element(times.begin(), times.end()));
    return {};
}

/// Badges printed with a photo in the benchmark.
constexpr int BenchBadges = 10000;

/// Gives the first BenchBadges approved participants (by id) a photo, unless they have one:
/// 40 different demo portraits in turn (the COP demo has none), written in one transaction.
Status addBadgePhotos(const Database &database)
{
    Statement photos(database.connection(), QStringLiteral("SELECT COUNT(*) FROM participant_photo"));
    if (Result<QVariant> stored = photos.scalar(); !stored.ok() || stored.value().toInt() >= BenchBadges)
        return stored.ok() ? Status() : Status(stored.error());
    QRandomGenerator random(2027);
    QList<QByteArray> portraits;
    for (int i = 0; i < 40; ++i) {
        Result<QByteArray> jpeg = PhotoStore::fromImage(demoPortrait(random));
        if (!jpeg.ok())
            return jpeg.error();
        portraits << jpeg.value();
    }
    Transaction transaction(database);
    if (!transaction.ok())
        return transaction.error();
    Statement ids(
        transaction.connection(),
        QStringLiteral(
            "SELECT id FROM participant WHERE accreditation_state IN ('approved', "
            "'badge_printed', 'checked_in') AND badge_number IS NOT NULL ORDER BY id LIMIT :limit"));
    ids.bind(QStringLiteral(":limit"), BenchBadges);
    if (Status run = ids.exec(); !run)
        return run;
    std::vector<qint64> chosen;
    while (ids.next())
        chosen.push_back(ids.value(0).toLongLong());
    ids.finish();
    Statement insert(
        transaction.connection(),
        QStringLiteral("INSERT OR REPLACE INTO participant_photo (participant_id, image, updated_at) "
                       "VALUES (:id, :image, :now)"));
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        insert.bind(QStringLiteral(":id"), chosen[i])
            .bind(QStringLiteral(":image"), portraits.at(qsizetype(i % 40)))
            .bind(QStringLiteral(":now"), QStringLiteral("2027-05-01T09:00:00Z"));
        if (Status run = insert.exec(); !run)
            return run;
    }
    return transaction.commit();
}

/// badges_10k_pdf_s: 10,000 ID-1 badges with photo and QR code (the people addBadgePhotos()
/// gave a photo), and the process's peak memory after 1,000 and after 10,000 badges: equal
/// peaks mean the memory does not grow with the page count. First in the reports' process, so
/// that no other report's peak hides the badges'.
Status measureBadges(const Database &database, const QString &folder, QJsonObject &figures)
{
    if (Status photos = addBadgePhotos(database); !photos)
        return photos;
    Statement photographed(
        database.connection(),
        QStringLiteral("SELECT participant_id FROM participant_photo ORDER BY participant_id"));
    if (Status run = photographed.exec(); !run)
        return run;
    QList<qint64> ids;
    while (photographed.next())
        ids << photographed.value(0).toLongLong();
    photographed.finish();
    for (const int badges : {1000, BenchBadges}) {
        ReportRequest request;
        request.kind = QStringLiteral("badges");
        request.output = folder + QStringLiteral("/badges-%1.pdf").arg(badges);
        request.participantIds = ids.mid(0, badges);
        QElapsedTimer timer;
        timer.start();
        // CPU time of every thread too: on a shared machine the wall clock says little.
        const std::clock_t cpu = std::clock();
        const Result<ReportOutcome> written = writeReport(database, request);
        const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!written.ok())
            return written.error();
        if (badges == BenchBadges) {
            figures.insert(QStringLiteral("badges_10k_pdf_s"), milliseconds(timer) / 1000.0);
            figures.insert(QStringLiteral("badges_10k_cpu_s"), cpuSeconds);
            figures.insert(QStringLiteral("badges_10k_count"), written.value().items);
            figures.insert(QStringLiteral("badges_10k_pdf_mb"), double(written.value().bytes) / 1e6);
            figures.insert(QStringLiteral("badges_peak_rss_mb"), double(peakRssMb()));
        } else {
            figures.insert(QStringLiteral("badges_1k_peak_rss_mb"), double(peakRssMb()));
        }
        QFile::remove(request.output);
    }
    return {};
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

    // The check-in desk: from what was typed or scanned to the card of the match.
    EventSettings event(*opened.value());
    CheckInDesk desk(*opened.value(), &event);
    times.clear();
    for (const QString &typed : deskQueries(*opened.value())) {
        timer.restart();
        desk.setQuery(typed);
        const QVariantMap card = desk.current();
        times.push_back(milliseconds(timer));
        if (qEnvironmentVariableIsSet("PLENARY_BENCH_VERBOSE"))
            std::fprintf(stderr, "%8.2f ms desk %d candidates  %s\n", times.back(),
                         desk.candidates()->count(), qPrintable(typed));
    }
    std::sort(times.begin(), times.end());
    figures.insert(QStringLiteral("checkin_lookup_queries"), int(times.size()));
    figures.insert(QStringLiteral("checkin_lookup_ms_median"), times[times.size() / 2]);
    figures.insert(QStringLiteral("checkin_lookup_ms_p99"),
                   times[std::min(times.size() - 1, times.size() * 99 / 100)]);
    // A check-in as the desk makes it, with all the window does after it: the history entry
    // for undo, the participants page and the desk re-reading (one name-ordered list of
    // 100,000 ids).
    {
        Workspace workspace(*opened.value());
        ParticipantModel &people = *workspace.participants();
        touchRows(people, 0, ScreenRows);
        people.setStateFilter(QStringLiteral("badge_printed"));
        std::vector<qint64> ready;
        for (int row = 0; row < std::min(40, people.count()); ++row)
            ready.push_back(people.data(people.index(row), ParticipantModel::ParticipantIdRole).toLongLong());
        people.setStateFilter({});
        times.clear();
        for (qint64 id : ready) {
            workspace.checkIn()->showParticipant(id);
            timer.restart();
            const QVariantMap done = workspace.checkIn()->checkInCurrent(QStringLiteral("Benchmark desk"));
            times.push_back(milliseconds(timer));
            if (!done.value(QStringLiteral("ok")).toBool())
                std::fprintf(stderr, "check-in failed: %s\n",
                             qPrintable(done.value(QStringLiteral("message")).toString()));
        }
        if (!times.empty()) {
            std::sort(times.begin(), times.end());
            figures.insert(QStringLiteral("checkin_write_ms_median"), times[times.size() / 2]);
        }
    }
    measureTimetable(*opened.value(), figures);
    if (Status minutes = measureMinutes(*opened.value(), figures); !minutes) {
        std::fprintf(stderr, "plenary-bench: minutes: %s\n", qPrintable(minutes.error().describe()));
        return 1;
    }
    // Phone numbers as imports bring them: already international (the fast path), and national
    // numbers that need libphonenumber's full parse. Microseconds per number.
    const QStringList international = {QStringLiteral("+994 12 345 67 89"),
                                       QStringLiteral("+41 22 917 12 34"), QStringLiteral("+44 20 7946 0958"),
                                       QStringLiteral("+1 202-555-0143")};
    const QStringList national = {QStringLiteral("012 345 67 89"), QStringLiteral("022 917 12 34"),
                                  QStringLiteral("020 7946 0958"), QStringLiteral("(202) 555-0143")};
    const QStringList regions = {QStringLiteral("AZ"), QStringLiteral("CH"), QStringLiteral("GB"),
                                 QStringLiteral("US")};
    constexpr int PhoneCalls = 20000;
    for (const auto &[name, numbers] : {std::pair {QStringLiteral("phone_international_us"), international},
                                        std::pair {QStringLiteral("phone_national_us"), national}}) {
        timer.restart();
        int valid = 0;
        for (int i = 0; i < PhoneCalls; ++i)
            valid += PhoneNumbers::normalised(numbers.at(i % 4), regions.at(i % 4)).ok();
        figures.insert(name, milliseconds(timer) * 1000.0 / PhoneCalls);
        if (valid != PhoneCalls)
            std::fprintf(stderr, "plenary-bench: %d of %d phone numbers refused\n", PhoneCalls - valid,
                         PhoneCalls);
    }

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
    if (Status imported = measureImport(csv, figures); !imported) {
        std::fprintf(stderr, "plenary-bench: the COP import failed: %s\n",
                     qPrintable(imported.error().describe()));
        return 1;
    }
    if (Status conflicts = measureConflicts(*opened.value(), figures); !conflicts) {
        std::fprintf(stderr, "plenary-bench: conflicts: %s\n", qPrintable(conflicts.error().describe()));
        return 1;
    }
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

/// The reports' figures, in a process of their own so that report_peak_rss_mb is the reports'
/// memory alone: 10,000 badges, the COP programme, the COP list of participants (100,000 people), then the
/// peak.
Status measureReports(const Database &database, const QString &folder, QJsonObject &figures)
{
    if (Status badges = measureBadges(database, folder, figures); !badges)
        return badges;
    if (Status programme = measureProgramme(database, folder, figures); !programme)
        return programme;
    ReportRequest request;
    request.kind = QStringLiteral("attendees");
    request.output = folder + QStringLiteral("/attendees.pdf");
    QElapsedTimer timer;
    timer.start();
    const Result<ReportOutcome> attendees = writeReport(database, request);
    if (!attendees.ok())
        return attendees.error();
    figures.insert(QStringLiteral("attendees_cop_pdf_s"), milliseconds(timer) / 1000.0);
    figures.insert(QStringLiteral("attendees_cop_pdf_mb"), double(attendees.value().bytes) / 1e6);
    figures.insert(QStringLiteral("attendees_cop_pages"), attendees.value().pages);
    figures.insert(QStringLiteral("attendees_cop_people"), attendees.value().items);
    figures.insert(QStringLiteral("report_peak_rss_mb"), double(peakRssMb()));
    return {};
}

/// Runs this benchmark again as `mode DB` and adds the figures it prints to `figures`.
bool mergeChildFigures(const QString &mode, const QString &database, QJsonObject &figures)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {mode, database});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return false;
    const QJsonObject measured = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    for (auto it = measured.begin(); it != measured.end(); ++it)
        figures.insert(it.key(), it.value());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // `--reports DB`: the report figures on a copy of the database; fonts need a GUI application.
    if (argc == 3 && std::strcmp(argv[1], "--reports") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("copy.sqlite"));
        if (!QFile::copy(QString::fromLocal8Bit(argv[2]), copy)) {
            std::fprintf(stderr, "plenary-bench: cannot copy %s\n", argv[2]);
            return 1;
        }
        auto opened = Database::open(copy);
        if (!opened.ok())
            return 1;
        QJsonObject figures;
        if (Status reports = measureReports(*opened.value(), folder.path(), figures); !reports) {
            std::fprintf(stderr, "plenary-bench: reports: %s\n", qPrintable(reports.error().describe()));
            return 1;
        }
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"--measure")
        return measure(arguments.at(2));
    // Only the agenda's figures (conflicts, timetable), on a copy of an existing database.
    if (arguments.size() == 3 && (arguments.at(1) == u"--conflicts" || arguments.at(1) == u"--minutes")) {
        QTemporaryDir copyDir;
        if (qEnvironmentVariableIsSet("PLENARY_BENCH_KEEP")) {
            copyDir.setAutoRemove(false);
            std::fprintf(stderr, "plenary-bench: the copy stays in %s\n", qPrintable(copyDir.path()));
        }
        const QString copy = copyDir.filePath(QStringLiteral("copy.sqlite"));
        if (!QFile::copy(arguments.at(2), copy)) {
            std::fprintf(stderr, "plenary-bench: cannot copy %s\n", qPrintable(arguments.at(2)));
            return 1;
        }
        auto opened = Database::open(copy);
        if (!opened.ok())
            return 1;
        QJsonObject figures;
        if (arguments.at(1) == u"--minutes") {
            if (Status minutes = measureMinutes(*opened.value(), figures); !minutes) {
                std::fprintf(stderr, "plenary-bench: minutes: %s\n", qPrintable(minutes.error().describe()));
                return 1;
            }
            std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
            return 0;
        }
        if (Status conflicts = measureConflicts(*opened.value(), figures); !conflicts) {
            std::fprintf(stderr, "plenary-bench: conflicts: %s\n", qPrintable(conflicts.error().describe()));
            return 1;
        }
        measureTimetable(*opened.value(), figures);
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
        return 0;
    }

    if (arguments.size() == 2 && arguments.at(1) == u"--schedule-import") {
        // The schedule figure alone, without the COP database (seconds instead of minutes).
        QJsonObject figures;
        measureScheduleImport(figures);
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return figures.isEmpty() ? 1 : 0;
    }
    // `--import FILE`: only import_cop_csv_s, from a CSV written by `plenary export
    // participants --include-documents` of the COP demo (quick to repeat while tuning).
    if (arguments.size() == 3 && arguments.at(1) == u"--import") {
        QJsonObject figures;
        if (Status imported = measureImport(arguments.at(2), figures); !imported) {
            std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(imported.error().describe()));
            return 1;
        }
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

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

    // What phone checks add to a large batch (an import): 20,000 people written with and
    // without phone numbers, half national (read by the nationality), half international.
    for (const bool withPhones : {false, true}) {
        auto opened = Database::open(
            dir.filePath(withPhones ? QStringLiteral("phones.sqlite") : QStringLiteral("plain.sqlite")));
        if (!opened.ok())
            return 1;
        std::vector<Participant> people(20000);
        for (std::size_t i = 0; i < people.size(); ++i) {
            Participant &p = people[i];
            p.givenNames = QStringLiteral("Given%1").arg(i);
            p.familyName = QStringLiteral("Family%1").arg(i);
            p.nationality = QStringLiteral("CH");
            if (withPhones)
                p.phone = (i % 2 ? QStringLiteral("+41 22 917 %1 %2") : QStringLiteral("022 917 %1 %2"))
                              .arg(10 + i % 90)
                              .arg(10 + i / 90 % 90);
        }
        QElapsedTimer timer;
        timer.start();
        if (Status written = ParticipantStore(*opened.value()).insertMany(people); !written) {
            std::fprintf(stderr, "plenary-bench: %s\n", qPrintable(written.error().describe()));
            return 1;
        }
        figures.insert(withPhones ? QStringLiteral("insert_20k_phones_s") : QStringLiteral("insert_20k_s"),
                       milliseconds(timer) / 1000.0);
    }

    measureScheduleImport(figures);

    // Each in a process of its own, so that each peak of memory is its own.
    for (const QString &mode : {QStringLiteral("--measure"), QStringLiteral("--reports")}) {
        if (!mergeChildFigures(mode, path, figures)) {
            std::fprintf(stderr, "plenary-bench: the %s process failed\n", qPrintable(mode));
            return 1;
        }
    }
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Indented).constData());
    return 0;
}
