// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>
#include <QVariantMap>

#include <atomic>

namespace Plenary {

class Database;

/// The schedule dialogs' side in C++: runs ScheduleImport (a dry run for the preview, then the
/// import) on a worker thread with its own connection, with progress and cancel; writes
/// ScheduleExport files. Provided by Workspace.schedules.
class ScheduleExchange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.schedules")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)

public:
    explicit ScheduleExchange(const Database &database, QObject *parent = nullptr);
    ~ScheduleExchange() override;

    [[nodiscard]] bool busy() const { return m_worker != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    /// The last run's outcome: ScheduleImportReport::toVariantMap(), or `{ok: false, message}`.
    [[nodiscard]] QVariantMap report() const { return m_report; }

    /// Imports `file` (.xml or .json); with `dryRun` only reports what would change.
    Q_INVOKABLE void startImport(const QUrl &file, bool dryRun);
    Q_INVOKABLE void cancel();
    /// Writes the agenda to `file` in the format of its suffix (.xml, .json, .ics): `{ok,
    /// message}`. On the calling thread: 1,500 sessions take about 0.1 s.
    Q_INVOKABLE QVariantMap exportTo(const QUrl &file) const;

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void reportChanged();
    void finished();
    /// Rooms, sessions or participants were written: lists must re-read.
    void scheduleImported();

private:
    const Database &m_database;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel = false;
    std::atomic<int> m_permille = 0;
    double m_progress = 0;
    QVariantMap m_report;
};

} // namespace Plenary
