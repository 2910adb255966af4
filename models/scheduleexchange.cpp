// SPDX-License-Identifier: MIT
#include "scheduleexchange.h"

#include "scheduleexport.h"
#include "scheduleimport.h"

namespace Plenary {

ScheduleExchange::ScheduleExchange(const Database &database, QObject *parent)
    : BackgroundRunner(parent)
    , m_database(database)
{ }

void ScheduleExchange::startImport(const QUrl &file, bool dryRun)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    run(
        [this, path, dryRun] {
            ScheduleImportOptions options;
            options.dryRun = dryRun;
            options.progress = [this](int permille) {
                setPermille(permille);
                return !cancelRequested();
            };
            Result<ScheduleImportReport> imported = ScheduleImport(m_database).importFile(path, options);
            if (!imported.ok())
                return QVariantMap {{QStringLiteral("ok"), false},
                                    {QStringLiteral("dryRun"), dryRun},
                                    {QStringLiteral("message"), imported.error().describe()}};
            QVariantMap outcome = imported.value().toVariantMap();
            outcome.insert(QStringLiteral("message"), imported.value().summary());
            return outcome;
        },
        [this, dryRun](const QVariantMap &outcome) {
            m_report = outcome;
            Q_EMIT reportChanged();
            if (outcome.value(QStringLiteral("ok")).toBool() && !dryRun)
                Q_EMIT scheduleImported();
        });
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
