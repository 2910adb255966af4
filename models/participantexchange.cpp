// SPDX-License-Identifier: MIT
#include "participantexchange.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Plenary {

namespace {

/// At most this many errors and warnings go to the dialog; the rejected file has them all.
constexpr qsizetype MaxIssues = 1000;

QVariantList issues(const ParticipantCsv::ImportReport &report)
{
    QVariantList list;
    const auto add = [&](const Error &e, bool warning) {
        if (list.size() < MaxIssues)
            list.append(QVariantMap {{QStringLiteral("line"), e.line},
                                     {QStringLiteral("field"), e.field},
                                     {QStringLiteral("message"), e.message},
                                     {QStringLiteral("warning"), warning}});
    };
    for (const Error &e : report.errors)
        add(e, false);
    for (const Error &e : report.warnings)
        add(e, true);
    return list;
}

} // namespace

ParticipantExchange::ParticipantExchange(const Database &database, QObject *parent)
    : BackgroundRunner(parent)
    , m_database(database)
{ }

QString ParticipantExchange::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QVariantList ParticipantExchange::columns() const
{
    QVariantList list;
    if (!m_table)
        return list;
    for (qsizetype i = 0; i < m_mapping.headers.size(); ++i) {
        QStringList samples;
        for (qsizetype r = 0; r < m_table->records.size() && samples.size() < 3; ++r) {
            const QString value = m_table->records.at(r).fields.value(i).simplified();
            if (!value.isEmpty())
                samples.append(value);
        }
        list.append(QVariantMap {{QStringLiteral("header"), m_mapping.headers.at(i)},
                                 {QStringLiteral("field"), m_mapping.fields.at(i)},
                                 {QStringLiteral("samples"), samples.join(QStringLiteral(" · "))}});
    }
    return list;
}

QVariantList ParticipantExchange::fieldChoices() const
{
    QVariantList list {
        QVariantMap {{QStringLiteral("value"), QString()}, {QStringLiteral("label"), tr("Ignore")}}};
    for (const ParticipantCsv::FieldInfo &field : ParticipantCsv::fields())
        list.append(
            QVariantMap {{QStringLiteral("value"), field.key}, {QStringLiteral("label"), field.header}});
    return list;
}

QVariantMap ParticipantExchange::inspect(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    Result<Csv::Table> table = Csv::readFile(path);
    if (!table.ok())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), table.error().message}};
    takeTable(path, std::move(table).value());
    return {{QStringLiteral("ok"), true}};
}

void ParticipantExchange::startInspect(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto read = std::make_shared<std::optional<Csv::Table>>();
    runJob(
        [path, read] {
            Result<Csv::Table> table = Csv::readFile(path);
            if (!table.ok())
                return QVariantMap {{QStringLiteral("ok"), false},
                                    {QStringLiteral("message"), table.error().message}};
            *read = std::move(table).value();
            return QVariantMap {{QStringLiteral("ok"), true}};
        },
        [this, path, read](const QVariantMap &outcome) {
            if (*read)
                takeTable(path, std::move(**read));
            Q_EMIT inspected(outcome.value(QStringLiteral("ok")).toBool(),
                             outcome.value(QStringLiteral("message")).toString());
        });
}

void ParticipantExchange::takeTable(const QString &path, Csv::Table table)
{
    m_path = path;
    m_table = std::move(table);
    m_mapping = ParticipantCsv::guessMapping(m_table->header.fields);
    Q_EMIT fileChanged();
    Q_EMIT columnsChanged();
}

void ParticipantExchange::setColumnField(int column, const QString &field)
{
    if (column < 0 || column >= m_mapping.fields.size() || m_mapping.fields.at(column) == field)
        return;
    // A field takes one column: choosing it here frees it elsewhere.
    if (!field.isEmpty()) {
        for (QString &other : m_mapping.fields) {
            if (other == field)
                other.clear();
        }
    }
    m_mapping.fields[column] = field;
    Q_EMIT columnsChanged();
}

std::function<bool(qsizetype, qsizetype)> ParticipantExchange::progressReporter()
{
    return [this](qsizetype done, qsizetype total) {
        setPermille(total > 0 ? int(done * 1000 / total) : 1000);
        return !cancelRequested();
    };
}

void ParticipantExchange::runJob(std::function<QVariantMap()> job,
                                 std::function<void(const QVariantMap &)> done)
{
    if (!done) {
        done = [this](const QVariantMap &outcome) {
            m_report = outcome;
            Q_EMIT reportChanged();
        };
    }
    run(std::move(job), std::move(done));
}

void ParticipantExchange::startImport(bool partial)
{
    if (!m_table)
        return;
    ParticipantCsv::ImportOptions options;
    options.partial = partial;
    options.mapping = m_mapping;
    options.progress = progressReporter();
    const Csv::Table table = *m_table;
    const QString path = m_path;
    runJob([this, table, path, options] {
        Result<ParticipantCsv::ImportReport> imported =
            ParticipantCsv::Importer(m_database).importTable(table, path, options);
        if (!imported.ok())
            return QVariantMap {{QStringLiteral("ok"), false},
                                {QStringLiteral("message"), imported.error().describe()}};
        const ParticipantCsv::ImportReport &r = imported.value();
        if (r.written)
            QMetaObject::invokeMethod(this, &ParticipantExchange::participantsImported);
        QString message;
        if (r.cancelled)
            message = tr("Cancelled: nothing was imported.");
        else if (!r.written && !r.errors.isEmpty())
            message =
                tr("Nothing was imported: %n line(s) have errors. Correct them, or choose to import the "
                   "good lines only.",
                   nullptr, int(r.rejected));
        else
            message = tr("Imported %n participant(s).", nullptr, int(r.imported))
                + (r.rejected > 0 ? QLatin1Char(' ') + tr("%n line(s) rejected.", nullptr, int(r.rejected))
                                  : QString());
        return QVariantMap {{QStringLiteral("ok"), r.written || (r.errors.isEmpty() && !r.cancelled)},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("imported"), int(r.imported)},
                            {QStringLiteral("rejected"), int(r.rejected)},
                            {QStringLiteral("warnings"), int(r.warnings.size())},
                            {QStringLiteral("delegationsCreated"), r.delegationsCreated},
                            {QStringLiteral("rejectedFile"), r.rejectedFile},
                            {QStringLiteral("issues"), issues(r)}};
    });
}

void ParticipantExchange::startExport(const QUrl &file, bool includeDocuments)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    ParticipantCsv::ExportOptions options;
    options.includeDocuments = includeDocuments;
    options.progress = progressReporter();
    runJob([this, path, options] {
        Result<qsizetype> written = ParticipantCsv::exportParticipants(m_database, path, options);
        if (!written.ok())
            return QVariantMap {{QStringLiteral("ok"), false},
                                {QStringLiteral("message"), written.error().describe()}};
        return QVariantMap {{QStringLiteral("ok"), true},
                            {QStringLiteral("message"),
                             tr("Exported %n participant(s) to %1.", nullptr, int(written.value()))
                                 .arg(QFileInfo(path).fileName())}};
    });
}

QUrl ParticipantExchange::writeSample() const
{
    const QString path = QDir::temp().filePath(QStringLiteral("plenary-sample-registrants.csv"));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(
            "\xEF\xBB\xBF"
            "ID,First Name,Last Name,Email Address,Affiliation,Position,Country,Badge colour\r\n"
            "1,Maria,Garcia,maria.garcia@example.org,Ministry for Ecological "
            "Transition,Director,Spain,Blue\r\n"
            "2,Lars,Nilsson,lars.nilsson@example.org,Swedish EPA,Adviser,Sweden,Blue\r\n"
            "3,Amina,Diallo,amina.diallo@example.org,Ministry of Environment,Negotiator,Senegal,Green\r\n");
        (void)file.commit();
    }
    return QUrl::fromLocalFile(path);
}

} // namespace Plenary
