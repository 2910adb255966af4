// SPDX-License-Identifier: MIT
#pragma once

#include "backgroundrunner.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

namespace Plenary {

class Database;

/// The schedule dialogs' side in C++: runs ScheduleImport (a dry run for the preview, then the
/// import) on a worker thread with its own connection, with progress and cancel; writes
/// ScheduleExport files. Provided by Workspace.schedules.
class ScheduleExchange : public Plenary::BackgroundRunner // qualified for qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.schedules")
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)

public:
    explicit ScheduleExchange(const Database &database, QObject *parent = nullptr);

    /// The last run's outcome: ScheduleImportReport::toVariantMap(), or `{ok: false, message}`.
    [[nodiscard]] QVariantMap report() const { return m_report; }

    /// Imports `file` (.xml or .json); with `dryRun` only reports what would change.
    Q_INVOKABLE void startImport(const QUrl &file, bool dryRun);
    /// Writes the agenda to `file` in the format of its suffix (.xml, .json, .ics): `{ok,
    /// message}`. On the calling thread: 1,500 sessions take about 0.1 s.
    Q_INVOKABLE QVariantMap exportTo(const QUrl &file) const;

Q_SIGNALS:
    void reportChanged();
    /// Rooms, sessions or participants were written: lists must re-read.
    void scheduleImported();

private:
    const Database &m_database;
    QVariantMap m_report;
};

} // namespace Plenary
