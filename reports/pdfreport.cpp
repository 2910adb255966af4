// SPDX-License-Identifier: MIT
#include "pdfreport.h"

#include "database.h"
#include "eventsettings.h"
#include "eventstore.h"
#include "logging.h"
#include "reportfonts.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QThread>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace Plenary {

namespace {

// The frame's geometry in millimetres: a header band, the body, a footer band.
constexpr double kSideMargin = 15;
constexpr double kHeaderTop = 10;
constexpr double kBodyTop = 24;
constexpr double kBodyBottom = 16; // from the bottom edge
constexpr double kFooterBaseline = 10; // from the bottom edge

const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kMuted(0x55, 0x60, 0x6e);
const QColor kMarking(0xb4, 0x23, 0x18);

} // namespace

PageFrameText PdfReport::frameText(const Database &database, const QString &title, const QString &subtitle,
                                   const ReportRequest &request)
{
    PageFrameText text;
    text.title = title;
    text.subtitle = subtitle;
    Result<std::optional<EventInfo>> event = EventStore(database).load();
    if (event.ok() && event.value()) {
        const EventInfo &info = *event.value();
        text.eventName = info.name;
        text.eventDates = EventSettings::dateRangeOf(info);
        if (!info.city.isEmpty())
            text.eventDates += QStringLiteral(" · ") + info.city;
    }
    if (request.includeConfidential)
        text.marking = QStringLiteral("CONFIDENTIAL");
    else if (request.includeRestricted)
        text.marking = QStringLiteral("RESTRICTED");
    return text;
}

PdfReport::PdfReport(const ReportRequest &request, PageFrameText frame, Paper paper)
    : m_request(request)
    , m_frame(std::move(frame))
    , m_paper(paper)
    , m_generated(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
    , m_file(request.output)
    , m_headerFont(ReportFonts::font(7.5))
    , m_headerBold(ReportFonts::font(8.5, QFont::Bold))
{ }

PdfReport::~PdfReport()
{
    if (m_painter.isActive())
        m_painter.end();
    // Not committed: the QSaveFile drops the partial file.
}

Status PdfReport::open(int pageCount)
{
    setPageCount(pageCount);
    if (m_request.output.isEmpty())
        return Error {QStringLiteral("report: no output file given"), QStringLiteral("output"), 0};
    if (!m_file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1: cannot write: %2").arg(m_request.output, m_file.errorString()),
                      QStringLiteral("output"), 0};
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(kResolution);
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4),
                    m_paper == Paper::A4Landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(m_frame.eventName.isEmpty()
                           ? m_frame.title
                           : m_frame.title + QStringLiteral(" — ") + m_frame.eventName);
    m_writer->setCreator(QStringLiteral("Plenary %1").arg(QStringLiteral(PLENARY_VERSION)));
    if (m_request.pdfA)
        m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    if (!m_painter.begin(m_writer.get()))
        return Error {QStringLiteral("%1: cannot start the PDF").arg(m_request.output),
                      QStringLiteral("output"), 0};
    return {};
}

void PdfReport::setPart(int first, int last)
{
    m_page = first - 1;
    m_lastPage = last;
    m_part = true;
}

bool PdfReport::beginPage()
{
    if (m_printed > 0 && !m_writer->newPage())
        return false;
    ++m_page;
    ++m_printed;
    if (!progress(m_page - 1, m_pageCount))
        return false;
    if (m_framed)
        paintFrame();
    return true;
}

Result<ReportOutcome> PdfReport::finish(qint64 items, const QString &itemNoun)
{
    m_painter.end();
    const int last = m_part ? m_lastPage : m_pageCount;
    if (m_page != last)
        return Error {
            QStringLiteral("report: laid out %1 page(s) but printed %2").arg(last).arg(m_page), {}, 0};
    m_writer.reset(); // flushes the trailer into the file
    if (!m_file.commit())
        return Error {QStringLiteral("%1: cannot write: %2").arg(m_request.output, m_file.errorString()),
                      QStringLiteral("output"), 0};
    ReportOutcome outcome;
    outcome.file = m_request.output;
    outcome.pages = m_printed;
    outcome.bytes = QFileInfo(m_request.output).size();
    outcome.items = items;
    outcome.itemNoun = itemNoun;
    if (m_request.progress && !m_part)
        m_request.progress(1.0);
    return outcome;
}

QRectF PdfReport::sheetOf(Paper paper)
{
    const QSizeF size = paper == Paper::A4Landscape ? QSizeF(297, 210) : QSizeF(210, 297);
    return {0, 0, mm(size.width()), mm(size.height())};
}

QRectF PdfReport::bodyOf(Paper paper, bool framed)
{
    const QRectF page = sheetOf(paper);
    if (!framed)
        return page;
    return QRectF(QPointF(mm(kSideMargin), mm(kBodyTop)),
                  QPointF(page.width() - mm(kSideMargin), page.height() - mm(kBodyBottom)));
}

bool PdfReport::progress(qint64 done, qint64 total) const
{
    return !m_request.progress || m_request.progress(total > 0 ? double(done) / double(total) : 0.0);
}

void PdfReport::paintFrame()
{
    QPainter &p = m_painter;
    const QRectF page = sheet();
    const double left = mm(kSideMargin);
    const double right = page.width() - mm(kSideMargin);
    const double width = right - left;
    const double line = pt(11);

    p.save();
    if (m_frameTexts.empty()) {
        const QPaintDevice *device = p.device();
        m_frameTexts = {ShapedText(m_frame.eventName, m_headerBold, width * 0.55, line, device, 1),
                        ShapedText(m_frame.title, m_headerBold, width * 0.55, line, device, 1),
                        ShapedText(m_frame.eventDates, m_headerFont, width * 0.5, line, device, 1),
                        ShapedText(m_frame.subtitle, m_headerFont, width * 0.6, line, device, 1),
                        ShapedText(QStringLiteral("Generated %1 by Plenary").arg(m_generated), m_headerFont,
                                   width * 0.45, line, device, 1)};
    }
    const auto &[eventName, title, eventDates, subtitle, generated] =
        std::tie(m_frameTexts[0], m_frameTexts[1], m_frameTexts[2], m_frameTexts[3], m_frameTexts[4]);
    // Header: the event on the left, the report on the right, a rule below.
    const double top = mm(kHeaderTop);
    p.setPen(Qt::black);
    eventName.draw(p, QPointF(left, top));
    title.draw(p, QPointF(right - title.width(), top));
    p.setPen(kMuted);
    eventDates.draw(p, QPointF(left, top + line));
    subtitle.draw(p, QPointF(right - subtitle.width(), top + line));
    p.setPen(QPen(kRule, pt(0.6)));
    const double ruleY = mm(kBodyTop) - mm(3);
    p.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));

    // Footer: a rule, the generation time, the marking, the page number.
    const double footerRule = page.height() - mm(kBodyBottom) + mm(2);
    p.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
    const QRectF bottom(left, page.height() - mm(kFooterBaseline) - line, width, line);
    p.setPen(kMuted);
    generated.draw(p, bottom.topLeft());
    p.setPen(Qt::black);
    p.setFont(m_headerFont);
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("Page %1 of %2").arg(m_page).arg(m_pageCount));
    if (!m_frame.marking.isEmpty()) {
        p.setPen(kMarking);
        p.setFont(m_headerBold);
        p.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, m_frame.marking);
        p.drawText(QRectF(left, mm(kHeaderTop) - line, width, line), Qt::AlignHCenter | Qt::AlignVCenter,
                   m_frame.marking);
    }
    p.restore();
}

MeasuringDevice::MeasuringDevice()
    : m_writer(&m_sink)
{
    m_writer.setResolution(PdfReport::kResolution);
}

namespace {

constexpr int kMaxParts = 4;

/// The parts' pages in one PDF written to `output` (through QSaveFile: all or nothing), the
/// first part's catalogue and metadata kept. Written straight to the file, so that a large
/// report is never held whole in memory. Returns the file's size.
Result<qint64> joinParts(const std::vector<QString> &parts, const QString &output)
{
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("%1: cannot write: %2").arg(output, file.errorString()),
                      QStringLiteral("output"), 0};
    try {
        QPDF joined;
        joined.processFile(QFile::encodeName(parts.front()).constData());
        QPDFPageDocumentHelper pages(joined);
        std::vector<std::unique_ptr<QPDF>> others; // alive until written: their objects are copied lazily
        for (std::size_t i = 1; i < parts.size(); ++i) {
            auto part = std::make_unique<QPDF>();
            part->processFile(QFile::encodeName(parts[i]).constData());
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*part).getAllPages())
                pages.addPage(page, false);
            others.push_back(std::move(part));
        }
        // qpdf writes through a stdio stream of its own on the save file's descriptor.
        FILE *stream = fdopen(dup(int(file.handle())), "wb");
        if (!stream)
            return Error {QStringLiteral("%1: cannot write").arg(output), QStringLiteral("output"), 0};
        QPDFWriter writer(joined);
        writer.setOutputFile("report", stream, true);
        writer.write();
    } catch (const std::exception &e) {
        return Error {
            QStringLiteral("report: joining the parts failed: %1").arg(QString::fromLocal8Bit(e.what())),
            {},
            0};
    }
    const qint64 size = file.size();
    if (!file.commit())
        return Error {QStringLiteral("%1: cannot write: %2").arg(output, file.errorString()),
                      QStringLiteral("output"), 0};
    return size;
}

} // namespace

void inSlices(std::size_t count, const std::function<void(std::size_t, std::size_t)> &work)
{
    constexpr std::size_t kSmallestSlice = 2000;
    const std::size_t slices = std::clamp<std::size_t>(count / kSmallestSlice, 1,
                                                       std::size_t(std::max(1, QThread::idealThreadCount())));
    if (slices == 1) {
        work(0, count);
        return;
    }
    std::vector<std::thread> threads;
    for (std::size_t slice = 1; slice < slices; ++slice)
        threads.emplace_back(work, count * slice / slices, count * (slice + 1) / slices);
    work(0, count / slices);
    for (std::thread &thread : threads)
        thread.join();
}

Result<ReportOutcome> printPages(const ReportRequest &request, const PageFrameText &frame,
                                 PdfReport::Paper paper, bool framed, int pageCount,
                                 const std::function<PagePainter()> &makePagePainter, qint64 items,
                                 const QString &itemNoun)
{
    const int parts = std::clamp(
        std::min(QThread::idealThreadCount(), pageCount / std::max(1, request.pagesPerPart)), 1, kMaxParts);
    if (parts == 1 || request.pdfA) {
        PdfReport pdf(request, frame, paper);
        pdf.setFramed(framed);
        if (Status opened = pdf.open(pageCount); !opened)
            return opened.error();
        const PagePainter paintPage = makePagePainter();
        for (int page = 0; page < pageCount; ++page) {
            if (!pdf.beginPage())
                return Error {QStringLiteral("cancelled: no file was written"), {}, 0};
            paintPage(pdf, page);
        }
        return pdf.finish(items, itemNoun);
    }

    // Each part on its own thread with its own writer; the parts count pages done in one
    // counter, and this thread passes the progress on (the caller's callback need not be
    // thread-safe) and the answer "cancel" back.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error {QStringLiteral("report: no temporary folder for the parts"), {}, 0};
    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    std::atomic<int> finished = 0;
    std::vector<QString> files(static_cast<std::size_t>(parts));
    std::vector<Status> outcomes(static_cast<std::size_t>(parts));
    const auto printPart = [&](int part) {
        ReportRequest partRequest = request;
        partRequest.output = folder.filePath(QStringLiteral("part-%1.pdf").arg(part));
        partRequest.progress = [&](double) {
            ++done;
            return !cancelled.load();
        };
        const int first = pageCount * part / parts;
        const int last = pageCount * (part + 1) / parts;
        PdfReport pdf(partRequest, frame, paper);
        pdf.setFramed(framed);
        Status status = pdf.open(pageCount);
        if (status) {
            pdf.setPart(first + 1, last);
            const PagePainter paintPage = makePagePainter();
            for (int page = first; page < last && status; ++page) {
                if (!pdf.beginPage())
                    status = Error {QStringLiteral("cancelled: no file was written"), {}, 0};
                else
                    paintPage(pdf, page);
            }
        }
        if (status) {
            Result<ReportOutcome> written = pdf.finish(0, {});
            if (!written.ok())
                status = written.error();
        }
        files[std::size_t(part)] = partRequest.output;
        outcomes[std::size_t(part)] = status;
        ++finished;
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int part = 0; part < parts; ++part)
        threads.emplace_back(printPart, part);
    // Progress every 50 ms while the parts print, then every thread joined.
    while (finished.load() < parts) {
        if (request.progress && !request.progress(0.95 * done.load() / pageCount))
            cancelled = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const Status &status : outcomes) {
        if (!status)
            return status.error();
    }
    if (cancelled)
        return Error {QStringLiteral("cancelled: no file was written"), {}, 0};

    qCDebug(lcReports) << "printPages:" << parts << "parts painted in" << timer.restart() << "ms";
    const Result<qint64> joined = joinParts(files, request.output);
    if (!joined.ok())
        return joined.error();
    qCDebug(lcReports) << "printPages: joined in" << timer.restart() << "ms";
    if (request.progress)
        request.progress(1.0);
    ReportOutcome outcome;
    outcome.file = request.output;
    outcome.pages = pageCount;
    outcome.bytes = joined.value();
    outcome.items = items;
    outcome.itemNoun = itemNoun;
    return outcome;
}

ShapedText::ShapedText(const QString &text, const QFont &font, double width, double lineHeight,
                       const QPaintDevice *device, int maxLines)
    : m_lineHeight(lineHeight)
{
    if (text.isEmpty())
        return;
    const QFont scriptFont = ReportFonts::forText(font, text);
    const QFontMetricsF metrics(scriptFont, device);
    const double baseline = (lineHeight - metrics.height()) / 2 + metrics.ascent();
    const auto layOut = [&](const QString &shown, QTextOption::WrapMode mode) {
        m_layout = std::make_shared<QTextLayout>(shown, scriptFont, const_cast<QPaintDevice *>(device));
        QTextOption option;
        option.setWrapMode(mode);
        m_layout->setTextOption(option);
        m_layout->setCacheEnabled(true);
        m_layout->beginLayout();
        m_lines = 0;
        for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
            line.setLineWidth(width);
            // Baselines where the primary font centres its line, whatever a fallback font adds.
            line.setPosition(QPointF(0, m_lines * lineHeight + baseline - line.ascent()));
            ++m_lines;
        }
        m_layout->endLayout();
    };
    if (maxLines == 1) {
        layOut(text, QTextOption::NoWrap);
        if (m_layout->lineAt(0).naturalTextWidth() > width)
            layOut(metrics.elidedText(text, Qt::ElideRight, width), QTextOption::NoWrap);
        return;
    }
    layOut(text, QTextOption::WrapAtWordBoundaryOrAnywhere);
}

double ShapedText::width() const
{
    double widest = 0;
    for (int i = 0; i < m_lines; ++i)
        widest = std::max(widest, m_layout->lineAt(i).naturalTextWidth());
    return widest;
}

void ShapedText::draw(QPainter &painter, const QPointF &topLeft) const
{
    if (m_layout)
        m_layout->draw(&painter, topLeft);
}

namespace ReportText {

namespace {
constexpr char16_t kFirstComplexScript = 0x0590; // Hebrew and after: shaped for real
} // namespace

WidthGauge::WidthGauge(const QFont &font, const QPaintDevice *device)
    : m_font(font)
    , m_device(device)
    , m_metrics(font, device)
    , m_advances(kFirstComplexScript, -1.0)
{ }

bool WidthGauge::fits(const QString &text, double width)
{
    double sum = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= kFirstComplexScript || (u >= 0x0300 && u < 0x0370)) // combining marks join their letter
            return exactWidth(text) <= width;
        double &advance = m_advances[u];
        if (advance < 0)
            advance = m_metrics.horizontalAdvance(c);
        sum += advance;
        if (sum > width)
            return exactWidth(text) <= width;
    }
    return true;
}

double WidthGauge::exactWidth(const QString &text) const
{
    const QFont font = ReportFonts::forText(m_font, text);
    return font == m_font ? m_metrics.horizontalAdvance(text)
                          : QFontMetricsF(font, m_device).horizontalAdvance(text);
}

QString WidthGauge::fitted(const QString &text, double width)
{
    if (fits(text, width))
        return text;
    const QFont font = ReportFonts::forText(m_font, text);
    return QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, width);
}

namespace {
/// Advances rounded to an eighth of a point (0.044 mm, a 600 dpi printer's dot): the PDF writer
/// then prints each glyph's offset with at most three decimals instead of six, which makes the
/// page streams smaller and quicker to compress.
double onGrid(double x)
{
    return std::round(x * 8) / 8;
}
} // namespace

GlyphPen::GlyphPen(const QFont &font, const QPaintDevice *device)
    : m_font(font)
    , m_raw(QRawFont::fromFont(QFont(font, device)))
    , m_metrics(font, device)
    , m_glyphs(kFirstComplexScript)
{
    m_run.setRawFont(m_raw);
}

bool GlyphPen::fillRun(const QString &text)
{
    m_indexes.resize(text.size());
    m_positions.resize(text.size());
    double x = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= kFirstComplexScript || (u >= 0x0300 && u < 0x0370))
            return false;
        Glyph &glyph = m_glyphs[u];
        if (glyph.advance < 0) {
            const QList<quint32> found = m_raw.glyphIndexesForString(QString(QChar(u)));
            glyph.index = found.isEmpty() ? 0 : found.front();
            glyph.advance = onGrid(m_metrics.horizontalAdvance(QChar(u)));
        }
        if (glyph.index == 0) // not in this font: the shaper finds a fallback font
            return false;
        m_indexes[i] = glyph.index;
        m_positions[i] = QPointF(x, 0);
        x += glyph.advance;
    }
    return true;
}

void GlyphPen::draw(QPainter &painter, const QPointF &origin, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!m_raw.isValid() || !fillRun(text)) {
        painter.setFont(m_font);
        drawFitted(painter, origin, text);
        return;
    }
    m_run.setGlyphIndexes(m_indexes);
    m_run.setPositions(m_positions);
    painter.drawGlyphRun(QPointF(onGrid(origin.x()), origin.y()), m_run);
}

void drawElided(QPainter &painter, const QRectF &rect, const QString &text, int flags)
{
    if (text.isEmpty())
        return;
    const QFont base = painter.font();
    const QFont font = ReportFonts::forText(base, text);
    if (font != base)
        painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QString shown = metrics.horizontalAdvance(text) <= rect.width()
        ? text
        : metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags | Qt::TextSingleLine, shown);
    if (font != base)
        painter.setFont(base);
}

QString fitted(const QString &text, const QFontMetricsF &metrics, double width)
{
    return metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

void drawFitted(QPainter &painter, const QPointF &origin, const QString &text)
{
    if (text.isEmpty())
        return;
    const QFont base = painter.font();
    const QFont font = ReportFonts::forText(base, text);
    if (font == base) {
        painter.drawText(origin, text);
        return;
    }
    painter.setFont(font);
    painter.drawText(origin, text);
    painter.setFont(base);
}

double fittingPointSize(const QFont &font, const QString &text, double width, double maxPoints,
                        double minPoints, const QPaintDevice *device)
{
    QFont probe = ReportFonts::forText(font, text);
    probe.setPointSizeF(maxPoints);
    const double advance = QFontMetricsF(probe, device).horizontalAdvance(text);
    if (advance <= width || advance <= 0)
        return maxPoints;
    // Text width scales with the size (to within hinting, which reports turn off).
    return std::max(minPoints, maxPoints * width / advance * 0.98);
}

QStringList wrap(const QString &text, const QFont &font, double width, const QPaintDevice *device)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    const QFont scriptFont = ReportFonts::forText(font, text);
    if (QFontMetricsF(scriptFont, device).horizontalAdvance(text) <= width)
        return {text};
    QTextLayout layout(text, scriptFont, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines;
}

QString elided(const QString &text, const QFont &font, double width, const QPaintDevice *device)
{
    return fitted(text, QFontMetricsF(ReportFonts::forText(font, text), device), width);
}

void drawLine(QPainter &painter, const QRectF &rect, const QString &text)
{
    if (text.isEmpty())
        return;
    // A point and a string: no line breaking, no second measuring.
    const QFontMetricsF metrics(ReportFonts::forText(painter.font(), text), painter.device());
    drawFitted(painter,
               QPointF(rect.left(), rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()),
               text);
}

void drawLines(QPainter &painter, const QPointF &topLeft, double width, double lineHeight,
               const QStringList &lines)
{
    double y = topLeft.y();
    for (const QString &line : lines) {
        drawLine(painter, QRectF(topLeft.x(), y, width, lineHeight), line);
        y += lineHeight;
    }
}

} // namespace ReportText

} // namespace Plenary
