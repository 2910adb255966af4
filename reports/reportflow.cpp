// SPDX-License-Identifier: MIT
#include "reportflow.h"

#include "pdfreport.h"

namespace Plenary {

void ReportFlow::setContinued(double height, PaintContinued paint)
{
    m_continuedHeight = height;
    m_continued = std::move(paint);
}

void ReportFlow::setPageHeader(double height, Paint paint)
{
    m_pageHeaderHeight = height;
    m_pageHeader = std::move(paint);
}

void ReportFlow::heading(double height, const QString &section, Paint paint)
{
    m_sections.push_back(section);
    m_pieces.push_back({height, std::move(paint), int(m_sections.size()) - 1, true, true, false});
    m_nextStartsGroup = true;
}

void ReportFlow::group()
{
    m_nextStartsGroup = true;
}

void ReportFlow::add(double height, Paint paint)
{
    m_pieces.push_back(
        {height, std::move(paint), int(m_sections.size()) - 1, false, m_nextStartsGroup, false});
    m_nextStartsGroup = false;
}

void ReportFlow::space(double height)
{
    m_pieces.push_back({height, {}, int(m_sections.size()) - 1, false, true, true});
    m_nextStartsGroup = true;
}

std::size_t ReportFlow::groupEnd(std::size_t first) const
{
    std::size_t end = first + 1;
    while (end < m_pieces.size() && !m_pieces[end].groupStart)
        ++end;
    return end;
}

double ReportFlow::heightOf(std::size_t first, std::size_t end) const
{
    double height = 0;
    for (std::size_t i = first; i < end; ++i)
        height += m_pieces[i].height;
    return height;
}

int ReportFlow::paginate()
{
    m_pages.clear();
    const double pageHeight = m_pageHeight - m_pageHeaderHeight;
    double used = 0;
    bool fresh = true;
    const auto newPage = [&](std::size_t first) {
        while (first < m_pieces.size() && m_pieces[first].space)
            ++first; // no space at the top of a page
        const Piece *piece = first < m_pieces.size() ? &m_pieces[first] : nullptr;
        const int continued =
            piece && !piece->heading && piece->section >= 0 && m_continued ? piece->section : -1;
        m_pages.push_back({first, continued});
        used = continued >= 0 ? m_continuedHeight : 0;
        fresh = true;
        return first;
    };
    std::size_t i = newPage(0);
    while (i < m_pieces.size()) {
        const std::size_t end = groupEnd(i);
        const double height = heightOf(i, end);
        if (m_pieces[i].space) {
            if (fresh) {
                i = end;
            } else if (used + height > pageHeight) {
                i = newPage(end);
            } else {
                used += height;
                i = end;
            }
            continue;
        }
        double need = height;
        if (m_pieces[i].heading && end < m_pieces.size()) {
            // A heading keeps with the next group, or with its first piece when that group is long.
            const std::size_t nextEnd = groupEnd(end);
            const double next = heightOf(end, nextEnd);
            need += next <= pageHeight - m_continuedHeight - height ? next : m_pieces[end].height;
        }
        if (height > pageHeight - m_continuedHeight) {
            // Longer than any page: flows piece by piece from where it is.
            for (std::size_t j = i; j < end; ++j) {
                if (used + m_pieces[j].height > pageHeight && !fresh)
                    newPage(j);
                used += m_pieces[j].height;
                fresh = false;
            }
            i = end;
            continue;
        }
        if (used + need <= pageHeight || fresh) {
            used += height;
            fresh = false;
            i = end;
            continue;
        }
        i = newPage(i);
    }
    return int(m_pages.size());
}

bool ReportFlow::paint(PdfReport &pdf) const
{
    const QRectF body = pdf.body();
    QPainter &painter = pdf.painter();
    for (std::size_t page = 0; page < m_pages.size(); ++page) {
        if (!pdf.beginPage())
            return false;
        double y = body.top();
        if (m_pageHeader) {
            painter.save();
            m_pageHeader(painter, QRectF(body.left(), y, body.width(), m_pageHeaderHeight));
            painter.restore();
            y += m_pageHeaderHeight;
        }
        if (m_pages[page].continued >= 0) {
            painter.save();
            m_continued(painter, QRectF(body.left(), y, body.width(), m_continuedHeight),
                        m_sections[std::size_t(m_pages[page].continued)]);
            painter.restore();
            y += m_continuedHeight;
        }
        const std::size_t end = page + 1 < m_pages.size() ? m_pages[page + 1].first : m_pieces.size();
        for (std::size_t i = m_pages[page].first; i < end; ++i) {
            const Piece &piece = m_pieces[i];
            if (piece.paint) {
                painter.save();
                piece.paint(painter, QRectF(body.left(), y, body.width(), piece.height));
                painter.restore();
            }
            y += piece.height;
        }
    }
    return true;
}

} // namespace Plenary
