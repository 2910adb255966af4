// SPDX-License-Identifier: MIT
#pragma once

#include "backgroundrunner.h"
#include "result.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>

class QPrinter;

namespace Plenary {

class Database;
struct ReportRequest;

/// The Reports page's side in C++: writes one report (writeReport) on a worker thread into a
/// temporary PDF for the preview, with progress and cancel, then saves a copy or prints it.
/// Each page makes its own; it reads the database of Workspace.
class ReportJob : public Plenary::BackgroundRunner // qualified for qmltyperegistrar
{
    Q_OBJECT
    QML_ELEMENT
    /// "generating", "printing" or "" when idle.
    Q_PROPERTY(QString activity READ activity NOTIFY activityChanged)
    /// The report shown: its temporary file ("" before the first and after a failed one).
    Q_PROPERTY(QUrl file READ file NOTIFY outcomeChanged)
    /// There is a report to preview, save and print.
    Q_PROPERTY(bool ready READ ready NOTIFY outcomeChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY outcomeChanged)
    Q_PROPERTY(int pages READ pages NOTIFY outcomeChanged)
    Q_PROPERTY(qint64 bytes READ bytes NOTIFY outcomeChanged)
    /// "12 pages · 84 KB · 640 participants" for the preview's title bar.
    Q_PROPERTY(QString summary READ summary NOTIFY outcomeChanged)
    /// Why the latest report is not there ("" when it is, or none was asked for).
    Q_PROPERTY(QString error READ error NOTIFY outcomeChanged)
    /// The latest generation was cancelled.
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY outcomeChanged)
    /// What the latest save or print did, `{ok, message}`.
    Q_PROPERTY(QVariantMap lastAction READ lastAction NOTIFY lastActionChanged)
    Q_PROPERTY(QString actionMessage READ actionMessage NOTIFY lastActionChanged)
    Q_PROPERTY(bool actionFailed READ actionFailed NOTIFY lastActionChanged)
    /// `[{code, title, options}]`: every kind, in reportKinds() order.
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    /// `[{value, label, standard}]`: the list of participants' columns ("name" always prints).
    Q_PROPERTY(QVariantList attendeeColumns READ attendeeColumns CONSTANT)

public:
    explicit ReportJob(QObject *parent = nullptr);
    /// For tests and the command line: a job on `database` instead of the Workspace's.
    explicit ReportJob(const Database &database, QObject *parent = nullptr);
    ~ReportJob() override;

    [[nodiscard]] QString activity() const { return m_activity; }
    [[nodiscard]] QUrl file() const;
    [[nodiscard]] bool ready() const { return !m_path.isEmpty(); }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QString kind() const { return m_kind; }
    [[nodiscard]] int pages() const { return m_pages; }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] QVariantMap lastAction() const { return m_lastAction; }
    [[nodiscard]] QString actionMessage() const
    {
        return m_lastAction.value(QStringLiteral("message")).toString();
    }
    [[nodiscard]] bool actionFailed() const
    {
        return !m_lastAction.isEmpty() && !m_lastAction.value(QStringLiteral("ok")).toBool();
    }
    [[nodiscard]] static QVariantList kinds();
    [[nodiscard]] static QVariantList attendeeColumns();

    /// The request the page's options make: `{order, columns, includeDocuments, day, roomId,
    /// cardSize, delegationId, participantIds, sessionId, includeRestricted,
    /// includeConfidential, pdfA}`, each optional.
    [[nodiscard]] static ReportRequest requestFor(const QString &kind, const QVariantMap &options);

    /// Writes the report `kind` with `options` (see requestFor) on the worker thread; the
    /// outcome properties change when it is done. Ignored while another job runs.
    Q_INVOKABLE void start(const QString &kind, const QVariantMap &options);
    /// Copies the report shown to `target` (replacing it); `{ok, message}`.
    Q_INVOKABLE QVariantMap saveAs(const QUrl &target);
    /// "attendees-<event>.pdf": what the save dialog proposes.
    [[nodiscard]] QString suggestedFileName() const;
    /// suggestedFileName() in the user's documents folder.
    Q_INVOKABLE QUrl suggestedFile() const;
    /// `[{value, label}]`: every session in time order, "Tue 18 May 10:00 · Title", for the
    /// speakers' list and the minutes.
    Q_INVOKABLE QVariantList sessionChoices() const;
    /// `[{value, label}]`: every day of the event, "Tue 18 May 2027".
    Q_INVOKABLE QVariantList dayChoices() const;
    /// Asks for a printer (the system's print dialog) and prints the report shown on the
    /// worker thread. Needs the widgets application; lastAction says how it went.
    Q_INVOKABLE void printWithDialog();

    /// Prints the report shown on `printer`: each page rendered on white and scaled to the
    /// paper, within the printer's page range. Blocks; `progress` (0..1) returning false stops.
    [[nodiscard]] Status printTo(QPrinter &printer, const std::function<bool(double)> &progress = {}) const;
    [[nodiscard]] static Status printFile(const QString &path, QPrinter &printer,
                                          const std::function<bool(double)> &progress = {});
    /// Prints in the background as printWithDialog() does after its dialog (tests print to a PDF file).
    void startPrinting(std::shared_ptr<QPrinter> printer);

Q_SIGNALS:
    void activityChanged();
    void outcomeChanged();
    void lastActionChanged();

private:
    void setActivity(const QString &activity);
    void setLastAction(bool ok, const QString &message);
    void clearOutcome();

    const Database *m_database = nullptr;
    /// Where the reports are written for the preview; shared with the worker writing there.
    std::shared_ptr<QTemporaryDir> m_folder = std::make_shared<QTemporaryDir>();
    int m_serial = 0;
    QString m_activity;
    QString m_path;
    QStringList m_stale; ///< earlier reports, removed when the next one is done
    QString m_kind;
    int m_pages = 0;
    qint64 m_bytes = 0;
    QString m_summary;
    QString m_error;
    bool m_cancelled = false;
    QVariantMap m_lastAction;
};

} // namespace Plenary
