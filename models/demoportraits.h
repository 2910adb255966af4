// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QRandomGenerator>

namespace Plenary {

/// A placeholder passport photo for the demo: a soft background and a head-and-shoulders
/// silhouette in tones drawn from `random`, with no face (nobody real is pictured).
/// 350 × 450 pixels; the same generator state gives the same picture. `longHairPercent` is the
/// chance of long hair (the demo follows the honorific: "Ms." more often than "Mr.").
[[nodiscard]] QImage demoPortrait(QRandomGenerator &random, int longHairPercent = 40);

} // namespace Plenary
