// SPDX-License-Identifier: MIT
#include "reportjob.h"

#include "agendastore.h"
#include "attendeesreport.h"
#include "database.h"
#include "eventstore.h"
#include "reports.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTimeZone>

namespace Plenary {

namespace {

const QString kGenerating = QStringLiteral("generating");
const QString kPrinting = QStringLiteral("printing");

/// Printed pages are rendered at most at this resolution: text is crisp at 300 dpi, while an
/// A4 page at 600 dpi is a 139 MB image.
constexpr int kMaxPrintDpi = 300;

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

/// A writeReport() error in words for the page: without the "report:" or "<kind>:" prefix the
/// command line shows, starting with a capital.
QString readableError(const QString &kind, const QString &message)
{
    if (message.endsWith(u"is not written yet"))
        return ReportJob::tr("This report is not available in this version of Plenary yet.");
    QString text = message;
    for (const QString &prefix : QStringList {QStringLiteral("report: "), kind + QStringLiteral(": ")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString columnLabel(const QString &code)
{
    static const QHash<QString, QString> labels {
        {QStringLiteral("name"), ReportJob::tr("Name")},
        {QStringLiteral("function"), ReportJob::tr("Function")},
        {QStringLiteral("organisation"), ReportJob::tr("Organisation")},
        {QStringLiteral("delegation"), ReportJob::tr("Delegation")},
        {QStringLiteral("role"), ReportJob::tr("Role")},
        {QStringLiteral("nationality"), ReportJob::tr("Nationality")},
        {QStringLiteral("state"), ReportJob::tr("Accreditation")},
        {QStringLiteral("badge"), ReportJob::tr("Badge")},
        {QStringLiteral("email"), ReportJob::tr("E-mail")},
        {QStringLiteral("phone"), ReportJob::tr("Phone")},
        {QStringLiteral("document"), ReportJob::tr("Identity document")},
    };
    return labels.value(code, code);
}

} // namespace

ReportJob::ReportJob(QObject *parent)
    : BackgroundRunner(parent)
{
    if (Workspace *workspace = Workspace::instance())
        m_database = &workspace->database();
}

ReportJob::ReportJob(const Database &database, QObject *parent)
    : BackgroundRunner(parent)
    , m_database(&database)
{ }

ReportJob::~ReportJob() = default;

QUrl ReportJob::file() const
{
    return m_path.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_path);
}

QVariantList ReportJob::kinds()
{
    QVariantList list;
    for (const ReportKind &kind : reportKinds())
        list.append(QVariantMap {{QStringLiteral("code"), QString::fromLatin1(kind.code)},
                                 {QStringLiteral("title"), tr(kind.title)}});
    return list;
}

QVariantList ReportJob::attendeeColumns()
{
    const QStringList standard = AttendeesReport::defaultColumns(QStringLiteral("delegation"));
    QVariantList list;
    for (const QString &code : AttendeesReport::columnCodes())
        list.append(QVariantMap {{QStringLiteral("value"), code},
                                 {QStringLiteral("label"), columnLabel(code)},
                                 {QStringLiteral("standard"), standard.contains(code)}});
    return list;
}

ReportRequest ReportJob::requestFor(const QString &kind, const QVariantMap &options)
{
    const auto text = [&](const char *key) { return options.value(QLatin1StringView(key)).toString(); };
    const auto flag = [&](const char *key) { return options.value(QLatin1StringView(key)).toBool(); };
    const auto id = [&](const char *key) { return options.value(QLatin1StringView(key)).toLongLong(); };
    ReportRequest request;
    request.kind = kind;
    request.pdfA = flag("pdfA");
    request.includeRestricted = flag("includeRestricted");
    request.includeConfidential = flag("includeConfidential");
    request.order = text("order");
    request.columns = options.value(QStringLiteral("columns")).toStringList();
    request.includeDocuments = flag("includeDocuments");
    request.day = QDate::fromString(text("day"), Qt::ISODate);
    request.roomId = id("roomId");
    request.cardSize = text("cardSize");
    request.delegationId = id("delegationId");
    for (const QVariant &participant : options.value(QStringLiteral("participantIds")).toList())
        request.participantIds.append(participant.toLongLong());
    request.sessionId = id("sessionId");
    return request;
}

void ReportJob::setActivity(const QString &activity)
{
    if (m_activity == activity)
        return;
    m_activity = activity;
    Q_EMIT activityChanged();
}

void ReportJob::setLastAction(bool ok, const QString &message)
{
    m_lastAction = {{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
    Q_EMIT lastActionChanged();
}

void ReportJob::clearOutcome()
{
    // Removed when the next one is done: the preview may still be reading it until then.
    if (!m_path.isEmpty())
        m_stale.append(m_path);
    m_path.clear();
    m_pages = 0;
    m_bytes = 0;
    m_summary.clear();
    m_error.clear();
    m_cancelled = false;
}

void ReportJob::start(const QString &kind, const QVariantMap &options)
{
    if (busy())
        return;
    clearOutcome();
    m_kind = kind;
    m_lastAction.clear();
    Q_EMIT lastActionChanged();
    if (!m_database || !m_folder->isValid()) {
        m_error = tr("Reports cannot be written: no database or no temporary folder.");
        Q_EMIT outcomeChanged();
        return;
    }
    Q_EMIT outcomeChanged();
    ReportRequest request = requestFor(kind, options);
    // A new name each time, so that the preview loads the new file rather than a cached one.
    request.output = m_folder->filePath(QStringLiteral("%1-%2.pdf").arg(kind).arg(++m_serial));
    request.progress = [this](double done) {
        setPermille(int(done * 1000));
        return !cancelRequested();
    };
    setActivity(kGenerating);
    // The worker holds the folder and the database itself: the base class's destructor waits
    // for it only after this object's members are gone.
    run(
        [this, request, database = m_database, folder = m_folder] {
            const Result<ReportOutcome> written = writeReport(*database, request);
            if (cancelRequested())
                return QVariantMap {{QStringLiteral("cancelled"), true}};
            if (!written.ok())
                return QVariantMap {{QStringLiteral("error"), written.error().message}};
            const ReportOutcome &outcome = written.value();
            return QVariantMap {{QStringLiteral("file"), outcome.file},
                                {QStringLiteral("pages"), outcome.pages},
                                {QStringLiteral("bytes"), outcome.bytes},
                                {QStringLiteral("items"), outcome.items},
                                {QStringLiteral("itemNoun"), outcome.itemNoun}};
        },
        [this, kind, output = request.output](const QVariantMap &outcome) {
            setActivity(QString());
            for (const QString &stale : std::as_const(m_stale))
                QFile::remove(stale);
            m_stale.clear();
            if (outcome.value(QStringLiteral("cancelled")).toBool()) {
                // A report cancelled at its very end may have been written all the same.
                QFile::remove(output);
                m_cancelled = true;
            } else if (outcome.contains(QStringLiteral("error"))) {
                m_error = readableError(kind, outcome.value(QStringLiteral("error")).toString());
            } else {
                m_path = outcome.value(QStringLiteral("file")).toString();
                m_pages = outcome.value(QStringLiteral("pages")).toInt();
                m_bytes = outcome.value(QStringLiteral("bytes")).toLongLong();
                const QLocale locale;
                QStringList parts {m_pages == 1 ? tr("1 page") : tr("%1 pages").arg(locale.toString(m_pages)),
                                   locale.formattedDataSize(m_bytes, 0, QLocale::DataSizeTraditionalFormat)};
                const qint64 items = outcome.value(QStringLiteral("items")).toLongLong();
                const QString noun = outcome.value(QStringLiteral("itemNoun")).toString();
                if (!noun.isEmpty())
                    parts.append(QStringLiteral("%1 %2").arg(locale.toString(items), noun));
                m_summary = parts.join(QStringLiteral(" · "));
            }
            Q_EMIT outcomeChanged();
        });
}

QVariantMap ReportJob::saveAs(const QUrl &target)
{
    const QString path = localPath(target);
    bool ok = false;
    QString message;
    if (m_path.isEmpty()) {
        message = tr("There is no report to save: generate one first.");
    } else if (path.isEmpty()) {
        message = tr("No file was chosen.");
    } else if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        ok = true;
        message = tr("Saved to %1.").arg(QFileInfo(path).fileName());
    } else {
        // Copied beside the target first, then renamed over it: an existing file is replaced
        // only by a complete copy.
        const QString partial = path + QStringLiteral(".part");
        QFile::remove(partial);
        if (!QFile::copy(m_path, partial)) {
            message = tr("Could not write %1.").arg(path);
        } else {
            QFile::remove(path);
            ok = QFile::rename(partial, path);
            if (!ok)
                QFile::remove(partial);
            message =
                ok ? tr("Saved to %1.").arg(QFileInfo(path).fileName()) : tr("Could not write %1.").arg(path);
        }
    }
    setLastAction(ok, message);
    return m_lastAction;
}

QString ReportJob::suggestedFileName() const
{
    QString event;
    if (m_database) {
        const Result<std::optional<EventInfo>> info = EventStore(*m_database).load();
        if (info.ok() && info.value())
            event = info.value()->name;
    }
    // Letters, digits and dashes only: a name every file system and e-mail client takes.
    QString slug;
    for (const QChar c : event.toLower()) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString kind = m_kind.isEmpty() ? QStringLiteral("report") : m_kind;
    return (slug.isEmpty() ? kind : kind + u'-' + slug.left(60)) + QStringLiteral(".pdf");
}

QUrl ReportJob::suggestedFile() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(suggestedFileName()));
}

QVariantList ReportJob::sessionChoices() const
{
    QVariantList list;
    if (!m_database)
        return list;
    QTimeZone zone = QTimeZone::utc();
    if (const Result<std::optional<EventInfo>> info = EventStore(*m_database).load();
        info.ok() && info.value()) {
        const QTimeZone eventZone(info.value()->timeZone.toUtf8());
        if (eventZone.isValid())
            zone = eventZone;
    }
    const Result<QList<AgendaSession>> sessions = AgendaStore(*m_database).sessions();
    if (!sessions.ok())
        return list;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const AgendaSession &session : sessions.value()) {
        const QString when = session.isScheduled()
            ? english.toString(session.startsAt.toTimeZone(zone), QStringLiteral("ddd d MMM HH:mm"))
            : tr("Unscheduled");
        list.append(
            QVariantMap {{QStringLiteral("value"), session.id},
                         {QStringLiteral("label"), QStringLiteral("%1 · %2").arg(when, session.title)}});
    }
    return list;
}

QVariantList ReportJob::dayChoices() const
{
    QVariantList list;
    if (!m_database)
        return list;
    const Result<std::optional<EventInfo>> info = EventStore(*m_database).load();
    if (!info.ok() || !info.value())
        return list;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QDate last = info.value()->lastDay;
    for (QDate day = info.value()->firstDay; day.isValid() && day <= last && list.size() < 366;
         day = day.addDays(1))
        list.append(QVariantMap {
            {QStringLiteral("value"), day.toString(Qt::ISODate)},
            {QStringLiteral("label"), english.toString(day, QStringLiteral("ddd d MMMM yyyy"))}});
    return list;
}

Status ReportJob::printTo(QPrinter &printer, const std::function<bool(double)> &progress) const
{
    if (m_path.isEmpty())
        return Error {tr("There is no report to print: generate one first."), {}, 0};
    return printFile(m_path, printer, progress);
}

Status ReportJob::printFile(const QString &path, QPrinter &printer,
                            const std::function<bool(double)> &progress)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return Error {tr("Could not read the report to print it."), {}, 0};
    const int count = document.pageCount();
    int first = 0;
    int last = count - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qBound(0, printer.fromPage() - 1, last);
        last = qBound(first, printer.toPage() > 0 ? printer.toPage() - 1 : last, last);
    }
    // The report's pages carry their own margins: they go onto the whole sheet.
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error {tr("The printer could not be opened."), {}, 0};
    const int dpi = std::min(printer.resolution(), kMaxPrintDpi);
    for (int page = first; page <= last; ++page) {
        if (progress && !progress(double(page - first) / double(last - first + 1))) {
            printer.abort();
            return Error {tr("Printing was cancelled."), {}, 0};
        }
        if (page > first && !printer.newPage())
            return Error {tr("The printer stopped at page %1.").arg(page + 1), {}, 0};
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * dpi / 72.0).toSize();
        // Rendered pages are transparent: put them on white.
        QImage sheet(pixels, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        {
            QPainter onWhite(&sheet);
            onWhite.drawImage(0, 0, document.render(page, pixels));
        }
        // Scaled to the paper, keeping the proportions, centred.
        const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
        QSizeF target = points;
        target.scale(paper.size(), Qt::KeepAspectRatio);
        const QRectF area(
            QPointF((paper.width() - target.width()) / 2, (paper.height() - target.height()) / 2), target);
        painter.drawImage(area, sheet);
    }
    if (!painter.end())
        return Error {tr("The printer did not take the last page."), {}, 0};
    if (progress)
        (void)progress(1.0);
    return {};
}

void ReportJob::startPrinting(std::shared_ptr<QPrinter> printer)
{
    if (busy() || !printer)
        return;
    const QString printerName = printer->outputFormat() == QPrinter::PdfFormat
        ? QFileInfo(printer->outputFileName()).fileName()
        : printer->printerName();
    setActivity(kPrinting);
    run(
        [this, printer, path = m_path, folder = m_folder] {
            const Status printed = printFile(path, *printer, [this](double done) {
                setPermille(int(done * 1000));
                return !cancelRequested();
            });
            return QVariantMap {
                {QStringLiteral("ok"), printed.ok()},
                {QStringLiteral("message"), printed.ok() ? QString() : printed.error().message}};
        },
        [this, printerName](const QVariantMap &outcome) {
            setActivity(QString());
            const bool ok = outcome.value(QStringLiteral("ok")).toBool();
            setLastAction(ok,
                          ok ? tr("Sent %n page(s) to %1.", nullptr, m_pages).arg(printerName)
                             : outcome.value(QStringLiteral("message")).toString());
        });
}

void ReportJob::printWithDialog()
{
    if (busy())
        return;
    if (m_path.isEmpty()) {
        setLastAction(false, tr("There is no report to print: generate one first."));
        return;
    }
    // The system print dialog is a widget: it needs the widgets application.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        setLastAction(false, tr("Printing needs the full application; save the report and print the file."));
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(QFileInfo(suggestedFileName()).completeBaseName());
    QPdfDocument document;
    if (document.load(m_path) == QPdfDocument::Error::None && document.pageCount() > 0) {
        const QSizeF points = document.pagePointSize(0);
        printer->setPageSize(QPageSize(points, QPageSize::Point));
        printer->setPageOrientation(points.width() > points.height() ? QPageLayout::Landscape
                                                                     : QPageLayout::Portrait);
        printer->setFromTo(1, document.pageCount());
    }
    QPrintDialog dialog(printer.get());
    dialog.setWindowTitle(tr("Print %1").arg(printer->docName()));
    dialog.setMinMax(1, std::max(1, m_pages));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startPrinting(std::move(printer));
}

} // namespace Plenary
