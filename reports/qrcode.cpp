// SPDX-License-Identifier: MIT
#include "qrcode.h"

#include <QHash>
#include <qrencode.h>

#include <memory>

namespace Plenary::QrCode {

QList<QRectF> rects(const QString &text, const QRectF &rect)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QList<QRectF> dark;
    if (!code || code->width <= 0)
        return dark;
    const int width = code->width;
    const double module = std::min(rect.width(), rect.height()) / double(width + 2 * QuietZone);
    const double left = rect.left() + QuietZone * module;
    const double top = rect.top() + QuietZone * module;
    const unsigned char *data = code->data;
    // Runs still growing downwards: (first column, end column) → index in `dark`.
    QHash<int, qsizetype> open;
    QHash<int, qsizetype> next;
    for (int row = 0; row < width; ++row) {
        next.clear();
        int column = 0;
        while (column < width) {
            if (!(data[row * width + column] & 1)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < width && (data[row * width + column] & 1))
                ++column;
            const int key = start * 1024 + column;
            if (const auto above = open.constFind(key); above != open.cend()) {
                dark[*above].setBottom(top + (row + 1) * module);
                next.insert(key, *above);
            } else {
                dark.append(
                    QRectF(left + start * module, top + row * module, (column - start) * module, module));
                next.insert(key, dark.size() - 1);
            }
        }
        open.swap(next);
    }
    return dark;
}

QPainterPath path(const QString &text, const QRectF &rect)
{
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (const QRectF &module : rects(text, rect))
        dark.addRect(module);
    return dark;
}

} // namespace Plenary::QrCode
