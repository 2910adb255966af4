// SPDX-License-Identifier: MIT
#pragma once

#include "reportrequest.h"
#include "result.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextLayout>

#include <functional>
#include <memory>

namespace Plenary {

class Database;

/// What every page of a report says about itself: the shared frame.
struct PageFrameText
{
    QString title; ///< the report's name, in the header and the PDF's metadata
    QString subtitle; ///< its options in words ("By delegation · 14,212 participants")
    QString eventName;
    QString eventDates; ///< "18–20 May 2027 · Baku"
    QString marking; ///< "RESTRICTED" / "CONFIDENTIAL" when such content is included; empty otherwise
};

/// Text shaped once, when a report lays out, and painted as it is (long reports spend their time
/// shaping): `text` in the font its script needs, wrapped to `width` (or, with `maxLines` 1, on
/// one line cut with an ellipsis), its lines `lineHeight` apart. Cheap to copy.
class ShapedText
{
public:
    ShapedText() = default;
    ShapedText(const QString &text, const QFont &font, double width, double lineHeight,
               const QPaintDevice *device, int maxLines = 0);
    [[nodiscard]] int lineCount() const { return m_lines; }
    [[nodiscard]] double height() const { return m_lines * m_lineHeight; }
    [[nodiscard]] bool isEmpty() const { return m_lines == 0; }
    /// The widest line's width.
    [[nodiscard]] double width() const;
    /// Paints with the painter's pen, the first line's top at `topLeft`.
    void draw(QPainter &painter, const QPointF &topLeft) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    int m_lines = 0;
    double m_lineHeight = 0;
};

/// A PDF being written: the file (a QSaveFile, so a cancelled or failed report leaves nothing
/// behind), the writer, the painter, and the shared page frame: the event and the report's
/// title in the header; "Page X of Y", the generation time and the marking in the footer.
///
/// The page count must be known before the first page (the footer says "of Y"): reports lay
/// their pages out first, then paint them. Coordinates are device units; `mm()` and `pt()`
/// convert. Fonts are sized in points.
class PdfReport
{
public:
    enum class Paper { A4Portrait, A4Landscape };

    /// The frame text of `database`'s event, with `title` and `subtitle`.
    [[nodiscard]] static PageFrameText frameText(const Database &database, const QString &title,
                                                 const QString &subtitle, const ReportRequest &request);

    PdfReport(const ReportRequest &request, PageFrameText frame, Paper paper = Paper::A4Portrait);
    ~PdfReport();
    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    /// Opens the file; then `beginPage()` for each page and `finish()` at the end. A report
    /// that measures text to lay out opens first (the painter's device gives the metrics)
    /// and sets the page count before the first page.
    [[nodiscard]] Status open(int pageCount = 0);
    void setPageCount(int pageCount) { m_pageCount = std::max(1, pageCount); }
    /// This file holds pages `first` to `last` (1-based) of a report of pageCount() pages:
    /// one part of a report printed on several threads (see printPages()).
    void setPart(int first, int last);
    /// Starts the next page with its frame painted (a new sheet after the first); false when
    /// the request's progress callback asked to cancel.
    [[nodiscard]] bool beginPage();
    /// Closes the painter and commits the file; the outcome carries its size and pages.
    [[nodiscard]] Result<ReportOutcome> finish(qint64 items, const QString &itemNoun);

    /// A page without the frame (badges and name cards print edge to edge on their own grid).
    void setFramed(bool framed) { m_framed = framed; }

    [[nodiscard]] QPainter &painter() { return m_painter; }
    /// For QFontMetricsF: text measured at the PDF's resolution.
    [[nodiscard]] const QPaintDevice *device() const { return m_writer.get(); }
    /// The page's printable area inside the frame (or the whole sheet when unframed).
    [[nodiscard]] QRectF body() const { return bodyOf(m_paper, m_framed); }
    /// The whole sheet.
    [[nodiscard]] QRectF sheet() const { return sheetOf(m_paper); }
    /// The same before any file is open (reports lay out first).
    [[nodiscard]] static QRectF bodyOf(Paper paper, bool framed = true);
    [[nodiscard]] static QRectF sheetOf(Paper paper);
    /// Device units per inch: points, the PDF's own unit (shorter numbers in the file than at
    /// a printer's resolution, and text measures the same).
    static constexpr int kResolution = 72;
    [[nodiscard]] static constexpr double mm(double millimetres) { return millimetres * kResolution / 25.4; }
    [[nodiscard]] static constexpr double pt(double points) { return points * kResolution / 72.0; }
    [[nodiscard]] int pageNumber() const { return m_page; }
    [[nodiscard]] int pageCount() const { return m_pageCount; }

    /// Reports progress 0..1 for `done` of `total`; false when cancelled.
    [[nodiscard]] bool progress(qint64 done, qint64 total) const;

private:
    void paintFrame();

    const ReportRequest &m_request;
    PageFrameText m_frame;
    Paper m_paper;
    bool m_framed = true;
    int m_page = 0;
    int m_pageCount = 0;
    int m_printed = 0; ///< pages in this file
    int m_lastPage = 0; ///< of this file, when it is a part
    bool m_part = false;
    QString m_generated;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QFont m_headerFont;
    QFont m_headerBold;
    /// The frame's texts that every page repeats, shaped for the first page.
    std::vector<ShapedText> m_frameTexts;
};

/// A paint device at the reports' resolution for measuring text while laying out, before any
/// file is open.
class MeasuringDevice
{
public:
    MeasuringDevice();
    [[nodiscard]] const QPaintDevice *device() const { return &m_writer; }

private:
    QBuffer m_sink;
    QPdfWriter m_writer;
};

/// Runs `work(first, end)` over [0, count) cut into one slice per core (one slice when there
/// is little to do), each on a thread of its own, and returns when all are done.
void inSlices(std::size_t count, const std::function<void(std::size_t, std::size_t)> &work);

/// Paints one page of a laid-out report: `(pdf, index)`, index 0-based, after the frame.
using PagePainter = std::function<void(PdfReport &, int)>;

/// Prints a report laid out as `pageCount` pages. Long reports print on several threads at
/// once, each writing a part that libqpdf then joins into one file: each thread asks
/// `makePagePainter` once for a painter of its own (which may keep fonts and caches, not
/// shared between threads) and that painter must only read shared data. Short reports and
/// PDF/A print on this thread. Progress and cancel as in `request`.
[[nodiscard]] Result<ReportOutcome> printPages(const ReportRequest &request, const PageFrameText &frame,
                                               PdfReport::Paper paper, bool framed, int pageCount,
                                               const std::function<PagePainter()> &makePagePainter,
                                               qint64 items, const QString &itemNoun);

/// Text helpers every report uses.
namespace ReportText {
/// Measures many short strings fast: Latin, Greek and Cyrillic text as the sum of cached
/// character advances (an upper bound, kerning only narrows), anything else and anything
/// close to the limit shaped for real. Shaping every cell of a 100,000-name list twice (to
/// measure, to draw) was the report's largest cost.
class WidthGauge
{
public:
    WidthGauge(const QFont &font, const QPaintDevice *device);
    /// `text` as it fits `width`: whole, or elided at the end.
    [[nodiscard]] QString fitted(const QString &text, double width);
    [[nodiscard]] bool fits(const QString &text, double width);
    [[nodiscard]] const QFontMetricsF &metrics() const { return m_metrics; }

private:
    /// Shaped for real, in the font the text's script prints in.
    [[nodiscard]] double exactWidth(const QString &text) const;

    QFont m_font;
    const QPaintDevice *m_device;
    QFontMetricsF m_metrics;
    std::vector<double> m_advances; ///< by code point below U+0590; negative: not measured yet
};

/// Draws strings of the simple scripts (every character below U+0590 but the combining marks:
/// Latin, Greek, Cyrillic) as glyph runs from cached glyph indexes and advances, with no
/// shaping and no font resolved per string: those were most of the cost of painting a
/// 100,000-name list. The advances are QFontMetricsF's, so the text stands where WidthGauge
/// measured it. Anything else, or a character the font lacks, goes through drawFitted() in
/// this pen's font. Not thread-safe: one per painting thread.
class GlyphPen
{
public:
    GlyphPen(const QFont &font, const QPaintDevice *device);
    /// `text` from `origin` on its baseline, in the painter's pen; may change the painter's font.
    void draw(QPainter &painter, const QPointF &origin, const QString &text);

private:
    struct Glyph
    {
        quint32 index = 0;
        double advance = -1; ///< negative: not looked up yet
    };
    /// False when `text` needs the fallback.
    bool fillRun(const QString &text);

    QFont m_font;
    QRawFont m_raw;
    QFontMetricsF m_metrics;
    std::vector<Glyph> m_glyphs; ///< by code point below U+0590
    QList<quint32> m_indexes;
    QList<QPointF> m_positions;
    QGlyphRun m_run;
};

/// `text` drawn in `rect`, elided at the end if it does not fit, in the font its script needs.
void drawElided(QPainter &painter, const QRectF &rect, const QString &text,
                int flags = Qt::AlignLeft | Qt::AlignVCenter);
/// `text` as it fits `width` in `metrics`' font: whole, or elided at the end.
[[nodiscard]] QString fitted(const QString &text, const QFontMetricsF &metrics, double width);
/// Text already fitted, drawn on its baseline at `origin` in the font its script needs: the
/// cheapest way to print many short strings (no layout, one shaping).
void drawFitted(QPainter &painter, const QPointF &origin, const QString &text);
/// The largest point size ≤ `maxPoints` (≥ `minPoints`) at which `text` fits `width` on one line.
[[nodiscard]] double fittingPointSize(const QFont &font, const QString &text, double width, double maxPoints,
                                      double minPoints, const QPaintDevice *device);
/// `text` broken into lines no wider than `width` where Unicode allows a break (spaces, and
/// between Han characters), in the font its script needs; a word wider than the line is cut.
[[nodiscard]] QStringList wrap(const QString &text, const QFont &font, double width,
                               const QPaintDevice *device);
/// `text` cut to `width` with an ellipsis when it does not fit, measured in the font its script needs.
[[nodiscard]] QString elided(const QString &text, const QFont &font, double width,
                             const QPaintDevice *device);
/// `text` known to fit (a line of `wrap()`, or `elided()`) drawn on one line in `rect`, vertically
/// centred, without measuring it again: what long reports paint most.
void drawLine(QPainter &painter, const QRectF &rect, const QString &text);
/// Lines of `wrap()` drawn from `topLeft` down, `lineHeight` apart (device units); `width` is
/// the width they were wrapped to.
void drawLines(QPainter &painter, const QPointF &topLeft, double width, double lineHeight,
               const QStringList &lines);
} // namespace ReportText

} // namespace Plenary
