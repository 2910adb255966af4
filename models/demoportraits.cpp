// SPDX-License-Identifier: MIT
#include "demoportraits.h"

#include "photostore.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <span>

namespace Plenary {

namespace {

QColor pick(QRandomGenerator &random, std::span<const QRgb> palette)
{
    return QColor(palette[random.bounded(quint32(palette.size()))]);
}

// Pale studio backdrops, as photo booths and consulates use.
constexpr QRgb kBackdrops[] = {0xe8eef5, 0xedf1f0, 0xf2efe9, 0xe6ebf2, 0xeeeeee, 0xe9eef0};
constexpr QRgb kSkin[] = {0xf1d3bc, 0xe5b897, 0xd29f7a, 0xb57e57, 0x8d5a3b, 0x6b4329, 0xf5dcc8, 0xc89474};
constexpr QRgb kHair[] = {0x2b211c, 0x3d2b1f, 0x1c1a19, 0x5a4332, 0x8a6f55, 0xa9a29a, 0x4a3a2e};
constexpr QRgb kJackets[] = {0x243447, 0x2f3b45, 0x3c3f44, 0x4a4f57, 0x1f2a38, 0x5b4a3f, 0x30445c};
constexpr QRgb kShirts[] = {0xffffff, 0xf3f6fa, 0xe3ecf6, 0xf6f1e7};

} // namespace

QImage demoPortrait(QRandomGenerator &random, int longHairPercent)
{
    const int w = PhotoStore::Width;
    const int h = PhotoStore::Height;
    QImage image(w, h, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    const QColor backdrop = pick(random, kBackdrops);
    QRadialGradient light(QPointF(w * 0.5, h * 0.35), h * 0.8);
    light.setColorAt(0, backdrop.lighter(104));
    light.setColorAt(1, backdrop.darker(108));
    painter.fillRect(image.rect(), light);

    const QColor skin = pick(random, kSkin);
    const QColor hair = pick(random, kHair);
    const QColor jacket = pick(random, kJackets);
    const QColor shirt = pick(random, kShirts);
    const double headWidth = w * (0.42 + random.bounded(6) / 100.0);
    const double headHeight = headWidth * (1.25 + random.bounded(10) / 100.0);
    const double cx = w * (0.49 + random.bounded(3) / 100.0);
    const double headTop = h * (0.10 + random.bounded(4) / 100.0);
    const QRectF head(cx - headWidth / 2, headTop, headWidth, headHeight);
    const bool longHair = int(random.bounded(100)) < longHairPercent;
    const bool noHair = !longHair && random.bounded(100) < 15;

    // Long hair falls behind the shoulders.
    if (longHair) {
        painter.setBrush(hair);
        painter.drawRoundedRect(QRectF(head.left() - headWidth * 0.12, head.top() - headHeight * 0.04,
                                       headWidth * 1.24, headHeight * 1.18),
                                headWidth * 0.5, headWidth * 0.5);
    }

    // Shoulders and jacket.
    const double shoulderTop = head.bottom() + h * 0.02;
    QPainterPath shoulders;
    shoulders.moveTo(-w * 0.05, h);
    shoulders.cubicTo(-w * 0.02, shoulderTop + h * 0.08, cx - w * 0.32, shoulderTop, cx,
                      shoulderTop - h * 0.005);
    shoulders.cubicTo(cx + w * 0.32, shoulderTop, w * 1.02, shoulderTop + h * 0.08, w * 1.05, h);
    shoulders.closeSubpath();
    QLinearGradient cloth(0, shoulderTop, 0, h);
    cloth.setColorAt(0, jacket.lighter(115));
    cloth.setColorAt(1, jacket.darker(120));
    painter.setBrush(cloth);
    painter.drawPath(shoulders);

    // Shirt collar: a V under the neck.
    QPainterPath collar;
    collar.moveTo(cx - headWidth * 0.32, shoulderTop - h * 0.005);
    collar.lineTo(cx, shoulderTop + h * 0.16);
    collar.lineTo(cx + headWidth * 0.32, shoulderTop - h * 0.005);
    collar.closeSubpath();
    painter.setBrush(shirt);
    painter.drawPath(collar);

    // Neck, then the head over it.
    const QRectF neck(cx - headWidth * 0.2, head.bottom() - headHeight * 0.2, headWidth * 0.4,
                      headHeight * 0.36);
    painter.setBrush(skin.darker(108));
    painter.drawRoundedRect(neck, headWidth * 0.1, headWidth * 0.1);
    QRadialGradient face(head.center() - QPointF(headWidth * 0.12, headHeight * 0.1), headWidth * 0.75);
    face.setColorAt(0, skin.lighter(106));
    face.setColorAt(1, skin.darker(112));
    painter.setBrush(face);
    painter.drawEllipse(head);

    // Hair on top of the head, down to a hairline that is higher in the middle than at the temples.
    if (!noHair) {
        const double hairline = head.top() + headHeight * (longHair ? 0.3 : 0.26);
        QPainterPath above;
        above.moveTo(0, 0);
        above.lineTo(w, 0);
        above.lineTo(w, hairline + headHeight * 0.08);
        above.lineTo(head.right(), hairline + headHeight * 0.08);
        above.quadTo(cx, hairline - headHeight * 0.16, head.left(), hairline + headHeight * 0.08);
        above.lineTo(0, hairline + headHeight * 0.08);
        above.closeSubpath();
        painter.save();
        painter.setClipPath(above);
        painter.setBrush(hair);
        painter.drawEllipse(head.adjusted(-headWidth * 0.05, -headHeight * 0.06, headWidth * 0.05, 0));
        painter.restore();
    }
    painter.end();
    return image;
}

} // namespace Plenary
