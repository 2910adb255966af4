// SPDX-License-Identifier: MIT
#pragma once

#include "pdfreport.h"
#include "reportflow.h"

#include <QColor>

namespace Plenary::ReportStyle {

// The colours the agenda reports share with the list of participants.
inline const QColor kMuted(0x55, 0x60, 0x6e);
inline const QColor kBand(0xec, 0xf0, 0xf5);
inline const QColor kRule(0xd5, 0xdb, 0xe2);
inline const QColor kMarking(0xb4, 0x23, 0x18);

/// A shaded heading band (a day, a room, a session) with `note` on its right; its height.
double headingHeight(const PdfReport &pdf);
void paintHeading(QPainter &painter, const PdfReport &pdf, const QRectF &rect, const QString &title,
                  const QString &note = {});
/// The flow of `pdf`'s body, its "(continued)" heading a band like paintHeading's.
[[nodiscard]] ReportFlow flowFor(const PdfReport &pdf);
/// A hairline across `rect`'s bottom.
void paintRule(QPainter &painter, const PdfReport &pdf, const QRectF &rect);
/// A line of small muted text, elided ("No sessions match"): a whole-width note.
void addNote(ReportFlow &flow, const PdfReport &pdf, const QString &text);

} // namespace Plenary::ReportStyle
