// SPDX-License-Identifier: MIT
#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace Plenary::QrCode {

QPainterPath path(const QString &text, const QRectF &rect)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QPainterPath dark;
    // Rows overlap by a hair so that anti-aliased viewers show no seams between them; all
    // rectangles turn the same way, so the winding rule fills the overlaps once.
    dark.setFillRule(Qt::WindingFill);
    if (!code || code->width <= 0)
        return dark;
    const int width = code->width;
    const double module = std::min(rect.width(), rect.height()) / double(width + 2 * QuietZone);
    const double left = rect.left() + QuietZone * module;
    const double top = rect.top() + QuietZone * module;
    const unsigned char *data = code->data;
    for (int row = 0; row < width; ++row) {
        int column = 0;
        while (column < width) {
            if (!(data[row * width + column] & 1)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < width && (data[row * width + column] & 1))
                ++column;
            dark.addRect(left + start * module, top + row * module, (column - start) * module,
                         row + 1 < width ? module * 1.03 : module);
        }
    }
    return dark;
}

} // namespace Plenary::QrCode
