// SPDX-License-Identifier: MIT
#include "pdfreport.h"

#include "database.h"
#include "eventsettings.h"
#include "eventstore.h"
#include "reportfonts.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QTextLayout>

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
    m_writer->setResolution(m_dpi);
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

bool PdfReport::beginPage()
{
    if (m_page > 0 && !m_writer->newPage())
        return false;
    ++m_page;
    if (!progress(m_page - 1, m_pageCount))
        return false;
    if (m_framed)
        paintFrame();
    return true;
}

Result<ReportOutcome> PdfReport::finish(qint64 items, const QString &itemNoun)
{
    m_painter.end();
    if (m_page != m_pageCount)
        return Error {
            QStringLiteral("report: laid out %1 page(s) but printed %2").arg(m_pageCount).arg(m_page), {}, 0};
    m_writer.reset(); // flushes the trailer into the file
    if (!m_file.commit())
        return Error {QStringLiteral("%1: cannot write: %2").arg(m_request.output, m_file.errorString()),
                      QStringLiteral("output"), 0};
    ReportOutcome outcome;
    outcome.file = m_request.output;
    outcome.pages = m_page;
    outcome.bytes = QFileInfo(m_request.output).size();
    outcome.items = items;
    outcome.itemNoun = itemNoun;
    if (m_request.progress)
        m_request.progress(1.0);
    return outcome;
}

QRectF PdfReport::sheet() const
{
    const QSizeF size = m_paper == Paper::A4Landscape ? QSizeF(297, 210) : QSizeF(210, 297);
    return {0, 0, mm(size.width()), mm(size.height())};
}

QRectF PdfReport::body() const
{
    const QRectF page = sheet();
    if (!m_framed)
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
    // Header: the event on the left, the report on the right, a rule below.
    const QRectF top(left, mm(kHeaderTop), width, line);
    p.setPen(Qt::black);
    p.setFont(m_headerBold);
    ReportText::drawElided(p, QRectF(top.left(), top.top(), width * 0.55, line), m_frame.eventName);
    ReportText::drawElided(p, QRectF(top.left() + width * 0.45, top.top(), width * 0.55, line), m_frame.title,
                           Qt::AlignRight | Qt::AlignVCenter);
    p.setFont(m_headerFont);
    p.setPen(kMuted);
    ReportText::drawElided(p, QRectF(top.left(), top.bottom(), width * 0.5, line), m_frame.eventDates);
    ReportText::drawElided(p, QRectF(top.left() + width * 0.4, top.bottom(), width * 0.6, line),
                           m_frame.subtitle, Qt::AlignRight | Qt::AlignVCenter);
    p.setPen(QPen(kRule, pt(0.6)));
    const double ruleY = mm(kBodyTop) - mm(3);
    p.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));

    // Footer: a rule, the generation time, the marking, the page number.
    const double footerRule = page.height() - mm(kBodyBottom) + mm(2);
    p.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
    const QRectF bottom(left, page.height() - mm(kFooterBaseline) - line, width, line);
    p.setPen(kMuted);
    p.setFont(m_headerFont);
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Generated %1 by Plenary").arg(m_generated));
    p.setPen(Qt::black);
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

void ShapedText::draw(QPainter &painter, const QPointF &topLeft) const
{
    if (m_layout)
        m_layout->draw(&painter, topLeft);
}

namespace ReportText {

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
    const QFontMetricsF metrics(ReportFonts::forText(font, text), device);
    return metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

void drawLine(QPainter &painter, const QRectF &rect, const QString &text)
{
    if (text.isEmpty())
        return;
    const QFont base = painter.font();
    const QFont font = ReportFonts::forText(base, text);
    if (font != base)
        painter.setFont(font);
    // A point and a string: no line breaking, no second measuring.
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(
        QPointF(rect.left(), rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()), text);
    if (font != base)
        painter.setFont(base);
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
