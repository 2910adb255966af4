// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace Plenary {

/// What a schedule import did (or, in a dry run, would do): the CLI prints it, the dialog
/// shows it. Nothing the file carried is dropped without a count here.
struct ScheduleImportReport
{
    QString file; ///< the file's name, without its folder
    QString format; ///< "frab XML" or "frab JSON"
    QString conference; ///< the conference title in the file
    bool dryRun = false;
    int events = 0; ///< events read from the file
    int roomsCreated = 0;
    int roomsUpdated = 0;
    int roomsUnchanged = 0;
    int sessionsCreated = 0;
    int sessionsUpdated = 0;
    int sessionsUnchanged = 0;
    int sessionsUnscheduled = 0; ///< imported without a time (no usable start)
    int personsCreated = 0; ///< new participants (guest speakers)
    int personsMatched = 0; ///< persons found among the participants (earlier import or same name)
    int speakingSlots = 0; ///< speakers' list entries written
    bool eventFilled = false; ///< the event's name, days or zone came from the file
    /// What was read but not stored, e.g. "event/links/link" → 2840. Also counts values that
    /// could not be understood ("unparseable duration").
    QMap<QString, int> ignored;
    /// How the file's session types became our kinds, e.g. "devroom → plenary" → 837.
    QMap<QString, int> kinds;
    QList<Error> warnings; ///< the first 1000, with line (XML) and field
    int warningCount = 0;

    /// Several lines of plain text, as `plenary import schedule` prints it.
    [[nodiscard]] QString summary() const;
    /// The same for QML: `{ok, dryRun, file, events, roomsCreated, ..., ignored: [{what, count}],
    /// kinds: [{what, count}], warnings: [{line, field, message}], summary}`.
    [[nodiscard]] QVariantMap toVariantMap() const;
};

struct ScheduleImportOptions
{
    /// Reads and checks everything and reports what would change; writes nothing.
    bool dryRun = false;
    /// Called now and then with the part done in thousandths; returning false cancels (and
    /// nothing is written).
    std::function<bool(int permille)> progress;
};

/// Imports a frab / pentabarf `schedule.xml` or a frab / pretalx `schedule.json` into the agenda
/// in one transaction: rooms, sessions (kind, times in UTC, track, description, language) and
/// their speakers, who become participants (matched by name, else created as guest speakers).
///
/// Re-importing updates instead of duplicating: sessions are matched by guid (the event's own,
/// else one derived from the conference acronym and the event id), rooms by guid then name,
/// persons through schedule_person (their guid, else acronym and id) then by name. Sessions that
/// are no longer in the file are left alone.
class ScheduleImport
{
public:
    explicit ScheduleImport(const Database &database)
        : m_database(database)
    { }

    /// Reads `path` (.xml or .json, else sniffed) and imports it. An error (malformed file, not a
    /// schedule, a refused write) names the file, the line and the field; then nothing is written.
    [[nodiscard]] Result<ScheduleImportReport> importFile(const QString &path,
                                                          const ScheduleImportOptions &options = {}) const;
    /// The same from bytes already read; `fileName` is used in messages.
    [[nodiscard]] Result<ScheduleImportReport> importData(const QByteArray &data, const QString &fileName,
                                                          const ScheduleImportOptions &options = {}) const;

    /// Our session kind for a frab `<type>`: our own kind names map to themselves (so our
    /// export comes back unchanged); talks and lectures are plenaries, workshops and the rest
    /// side events.
    [[nodiscard]] static QString sessionKind(const QString &frabType);

private:
    const Database &m_database;
};

} // namespace Plenary
