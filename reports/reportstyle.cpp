// SPDX-License-Identifier: MIT
#include "reportstyle.h"

#include "reportfonts.h"

namespace Plenary::ReportStyle {

double headingHeight(const PdfReport &pdf)
{
    return pdf.pt(24);
}

void paintHeading(QPainter &painter, const PdfReport &pdf, const QRectF &rect, const QString &title,
                  const QString &note)
{
    const QRectF band(rect.left(), rect.top() + pdf.pt(5), rect.width(), rect.height() - pdf.pt(8));
    painter.fillRect(band, kBand);
    const QRectF text = band.adjusted(pdf.pt(5), 0, -pdf.pt(5), 0);
    painter.setPen(Qt::black);
    painter.setFont(ReportFonts::font(11, QFont::Bold));
    ReportText::drawElided(
        painter, QRectF(text.left(), text.top(), text.width() * (note.isEmpty() ? 1.0 : 0.65), text.height()),
        title);
    if (!note.isEmpty()) {
        painter.setFont(ReportFonts::font(8));
        painter.setPen(kMuted);
        ReportText::drawElided(
            painter,
            QRectF(text.left() + text.width() * 0.45, text.top(), text.width() * 0.55, text.height()), note,
            Qt::AlignRight | Qt::AlignVCenter);
    }
}

ReportFlow flowFor(const PdfReport &pdf)
{
    ReportFlow flow(pdf.body().height());
    const PdfReport *report = &pdf;
    flow.setContinued(headingHeight(pdf),
                      [report](QPainter &painter, const QRectF &rect, const QString &section) {
                          paintHeading(painter, *report, rect, section + QStringLiteral(" (continued)"));
                      });
    return flow;
}

void paintRule(QPainter &painter, const PdfReport &pdf, const QRectF &rect)
{
    painter.setPen(QPen(kRule, pdf.pt(0.5)));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

void addNote(ReportFlow &flow, const PdfReport &pdf, const QString &text)
{
    flow.group();
    flow.add(pdf.pt(16), [text](QPainter &painter, const QRectF &rect) {
        painter.setFont(ReportFonts::font(9));
        painter.setPen(kMuted);
        ReportText::drawElided(painter, rect, text);
    });
}

} // namespace Plenary::ReportStyle
