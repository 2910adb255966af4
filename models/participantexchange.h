// SPDX-License-Identifier: MIT
#pragma once

#include "backgroundrunner.h"
#include "participantcsv.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <optional>

namespace Plenary {

/// The import and export dialogs' side in C++: reads a file for the preview and the column
/// mapping, then imports or exports on a worker thread (the Database gives it its own
/// connection) with progress and cancel. Provided by Workspace.exchange.
class ParticipantExchange : public Plenary::BackgroundRunner // qualified for qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.exchange")
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(int rowCount READ rowCount NOTIFY fileChanged)
    Q_PROPERTY(QVariantList columns READ columns NOTIFY columnsChanged)
    Q_PROPERTY(QVariantList fieldChoices READ fieldChoices CONSTANT)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)

public:
    explicit ParticipantExchange(const Database &database, QObject *parent = nullptr);

    [[nodiscard]] QString fileName() const;
    [[nodiscard]] int rowCount() const { return m_table ? int(m_table->records.size()) : 0; }
    /// `[{header, field, samples}]`: each column of the file, where it goes ("" = ignored) and
    /// its first values, for the mapping step.
    [[nodiscard]] QVariantList columns() const;
    /// `[{value, label}]`: "ignore" and every importable field.
    [[nodiscard]] QVariantList fieldChoices() const;
    /// The last import's or export's outcome: `{ok, message, imported, rejected, warnings,
    /// rejectedFile, issues: [{line, field, message, warning}]}`.
    [[nodiscard]] QVariantMap report() const { return m_report; }

    /// Reads `file` for the mapping step; `{ok, message}`. Blocks: tests and small files.
    Q_INVOKABLE QVariantMap inspect(const QUrl &file);
    /// The same on the worker thread (a 100,000-line file takes a moment): `inspected` follows.
    Q_INVOKABLE void startInspect(const QUrl &file);
    Q_INVOKABLE void setColumnField(int column, const QString &field);
    /// Imports the inspected file with the current mapping, all or nothing unless `partial`.
    Q_INVOKABLE void startImport(bool partial);
    /// Exports every participant to `file` (.csv or .xlsx).
    Q_INVOKABLE void startExport(const QUrl &file, bool includeDocuments);
    /// Writes a small example file (Indico-style headers, one column we do not know) and
    /// returns its URL: a template for users, and what the self-test shows.
    Q_INVOKABLE QUrl writeSample() const;

Q_SIGNALS:
    void fileChanged();
    void columnsChanged();
    void reportChanged();
    /// startInspect() is done: the mapping step can show, or `message` says why not.
    void inspected(bool ok, const QString &message);
    /// Participants (and maybe delegations) were written: lists must re-read.
    void participantsImported();

private:
    /// Runs `job` on the worker; its outcome goes to `done` on this thread (by default it
    /// becomes the report).
    void runJob(std::function<QVariantMap()> job, std::function<void(const QVariantMap &)> done = {});
    /// Takes a file read by Csv::readFile for the mapping step.
    void takeTable(const QString &path, Csv::Table table);
    [[nodiscard]] std::function<bool(qsizetype, qsizetype)> progressReporter();

    const Database &m_database;
    QString m_path;
    std::optional<Csv::Table> m_table;
    ParticipantCsv::ColumnMapping m_mapping;
    QVariantMap m_report;
};

} // namespace Plenary
