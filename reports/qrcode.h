// SPDX-License-Identifier: MIT
#pragma once

#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace Plenary::QrCode {

/// The dark modules of the QR code of `text` (error correction level M, libqrencode) as one
/// path of rectangles, one per run of dark modules in a row, scaled into the square `rect`,
/// which includes the quiet zone of 4 modules on each side. A path, not a rectangle per
/// module: a badge's code is then a few hundred bytes of PDF. Empty when `text` cannot be
/// encoded.
[[nodiscard]] QPainterPath path(const QString &text, const QRectF &rect);

/// The quiet zone around the symbol, in modules (ISO/IEC 18004).
inline constexpr int QuietZone = 4;

} // namespace Plenary::QrCode
