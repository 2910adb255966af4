// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace Plenary::QrCode {

/// The quiet zone around the symbol, in modules (ISO/IEC 18004).
inline constexpr int QuietZone = 4;

/// The dark modules of the QR code of `text` (error correction level M, libqrencode) as
/// rectangles scaled into the square `rect`, which includes the quiet zone: each run of dark
/// modules in a row is one rectangle, and a run repeated in the rows below grows downwards
/// instead of starting another. Drawn with QPainter::drawRects and no pen, a badge's code is
/// then about a hundred "re" operators in the PDF, not one per module. Empty when `text`
/// cannot be encoded.
[[nodiscard]] QList<QRectF> rects(const QString &text, const QRectF &rect);

/// The same rectangles as one path (winding fill).
[[nodiscard]] QPainterPath path(const QString &text, const QRectF &rect);

} // namespace Plenary::QrCode
