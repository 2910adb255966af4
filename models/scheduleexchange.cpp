// SPDX-License-Identifier: MIT
#include "scheduleexchange.h"

#include "scheduleexport.h"
#include "scheduleimport.h"

#include <QTimer>

namespace Plenary {

ScheduleExchange::ScheduleExchange(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

ScheduleExchange::~ScheduleExchange()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

void ScheduleExchange::startImport(const QUrl &file, bool dryRun)
{
    if (m_worker)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_cancel = false;
    m_permille = 0;
    m_progress = 0;
    Q_EMIT progressChanged();
    m_worker = QThread::create([this, path, dryRun] {
        ScheduleImportOptions options;
        options.dryRun = dryRun;
        options.progress = [this](int permille) {
            m_permille = permille;
            return !m_cancel.load();
        };
        // The worker thread gets its own connection from the Database.
        Result<ScheduleImportReport> imported = ScheduleImport(m_database).importFile(path, options);
        QVariantMap outcome;
        if (imported.ok()) {
            outcome = imported.value().toVariantMap();
            outcome.insert(QStringLiteral("message"), imported.value().summary());
        } else {
            outcome = {{QStringLiteral("ok"), false},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("message"), imported.error().describe()}};
        }
        const bool written = imported.ok() && !dryRun;
        QMetaObject::invokeMethod(this, [this, outcome, written] {
            m_report = outcome;
            Q_EMIT reportChanged();
            if (written)
                Q_EMIT scheduleImported();
        });
    });
    // The progress is polled: the worker only stores a number, the GUI thread shows it.
    auto *poll = new QTimer(m_worker);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        m_progress = m_permille.load() / 1000.0;
        Q_EMIT progressChanged();
    });
    connect(m_worker, &QThread::finished, this, [this, poll] {
        poll->stop();
        m_worker->deleteLater();
        m_worker = nullptr;
        m_progress = 1;
        Q_EMIT progressChanged();
        Q_EMIT busyChanged();
        Q_EMIT finished();
    });
    poll->start();
    m_worker->start();
    Q_EMIT busyChanged();
}

void ScheduleExchange::cancel()
{
    m_cancel = true;
}

QVariantMap ScheduleExchange::exportTo(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!ScheduleExport::formatOf(path))
        return {
            {QStringLiteral("ok"), false},
            {QStringLiteral("message"), tr("%1: the file name must end in .xml, .json or .ics").arg(path)}};
    Result<ScheduleExportReport> exported = ScheduleExport(m_database).exportFile(path);
    if (!exported.ok())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), exported.error().describe()}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), exported.value().summary()}};
}

} // namespace Plenary
