// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Plenary {

/// What a schedule export wrote: the CLI prints it, a dialog can show it.
struct ScheduleExportReport
{
    QString file; ///< the file's path as given
    QString format; ///< "frab XML", "frab JSON" or "iCalendar"
    int sessions = 0; ///< scheduled sessions written
    int unscheduled = 0; ///< sessions without a time: not in the file (frab and iCalendar need one)
    int rooms = 0; ///< rooms holding at least one written session
    int persons = 0; ///< distinct chairs and speakers of the written sessions
    int days = 0; ///< days of the programme (frab formats)

    /// One line of plain text, as `plenary export schedule` prints it.
    [[nodiscard]] QString summary() const;
};

/// Writes the agenda as a frab `schedule.xml` (valid against the c3voc XSD and loadable by
/// ConfClerk), a frab `schedule.json` (valid against the c3voc JSON schema) or an RFC 5545
/// iCalendar file (libical). Only scheduled sessions are written; days are days of the event's
/// zone, and a session crossing midnight belongs to the day it starts. Persons are the chairs
/// and speakers of each session, identified by their participant id.
class ScheduleExport
{
public:
    enum class Format { Xml, Json, Ics };

    explicit ScheduleExport(const Database &database)
        : m_database(database)
    { }

    /// The format a file name asks for (.xml, .json, .ics, any case), or none.
    [[nodiscard]] static std::optional<Format> formatOf(const QString &path);
    [[nodiscard]] static QString formatName(Format format);

    /// Writes `path` in the format of its suffix. The file appears whole or not at all.
    [[nodiscard]] Result<ScheduleExportReport> exportFile(const QString &path) const;
    /// The file's bytes; `report` (when given) gets the counts.
    [[nodiscard]] Result<QByteArray> render(Format format, ScheduleExportReport *report = nullptr) const;

    /// The time stamped into the file (DTSTAMP, the schedule version); now (UTC) by default.
    void setStamp(const QDateTime &utc) { m_stamp = utc; }

private:
    const Database &m_database;
    QDateTime m_stamp;
};

} // namespace Plenary
