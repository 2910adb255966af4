// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QPainter>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace Plenary {

class PdfReport;

/// Pages of a report made of pieces of known height, laid out before anything is painted (the
/// frame needs "of Y"). Pieces come in groups (a session, a speaker's row, a paragraph): a group
/// that fits on a page is never split; a longer one breaks between its pieces. A heading keeps
/// with the group after it, and a page that opens inside a section repeats the section's
/// heading, "(continued)".
class ReportFlow
{
public:
    /// Paints a piece in `rect`: the body's width, the piece's height.
    using Paint = std::function<void(QPainter &painter, const QRectF &rect)>;
    /// Paints the repeated heading of `section` at the top of a page that opens inside it.
    using PaintContinued = std::function<void(QPainter &painter, const QRectF &rect, const QString &section)>;

    /// `pageHeight`: the body's height in device units.
    explicit ReportFlow(double pageHeight)
        : m_pageHeight(pageHeight)
    { }

    /// The repeated heading and its height; none by default.
    void setContinued(double height, PaintContinued paint);
    /// What every page starts with (a table's column titles), and its height.
    void setPageHeader(double height, Paint paint);
    /// A section heading (a day, a room, a session): starts a section, keeps with what follows.
    void heading(double height, const QString &section, Paint paint);
    /// Starts a group: the pieces added until the next group or heading stay together if they can.
    void group();
    /// A piece of the current group.
    void add(double height, Paint paint);
    /// Vertical space that is dropped at the top of a page.
    void space(double height);

    /// Lays out the pages (once, after the last piece); the number of pages, at least 1.
    int paginate();
    /// Paints every page through `pdf` (open, page count set by paginate()); false when cancelled.
    [[nodiscard]] bool paint(PdfReport &pdf) const;
    [[nodiscard]] bool isEmpty() const { return m_pieces.empty(); }

private:
    struct Piece
    {
        double height = 0;
        Paint paint;
        int section = -1; ///< index into m_sections
        bool heading = false;
        bool groupStart = false;
        bool space = false;
    };
    struct Page
    {
        std::size_t first = 0;
        int continued = -1; ///< the section whose heading is repeated, -1 when none
    };

    [[nodiscard]] std::size_t groupEnd(std::size_t first) const;
    [[nodiscard]] double heightOf(std::size_t first, std::size_t end) const;

    double m_pageHeight;
    double m_continuedHeight = 0;
    double m_pageHeaderHeight = 0;
    Paint m_pageHeader;
    PaintContinued m_continued;
    std::vector<QString> m_sections;
    std::vector<Piece> m_pieces;
    std::vector<Page> m_pages;
    bool m_nextStartsGroup = true;
};

} // namespace Plenary
