#pragma once

#include "common/Result.h"
#include "identity/BarcodeMatrix.h"
#include "identity/LabelSpec.h"

#include <QByteArray>
#include <QList>

namespace ck::PdfLabel {

// A 4 x 2 inch PDF label with the same content as the ZPL one: the DIN and CoI Code 128 with
// their eye-readable lines, the details, and the compound-message Data Matrix. The bar codes are
// ZXing's modules drawn as rectangles at multiples of a 203 dpi printer dot, so a thermal
// printer prints them without resampling.
Result<QByteArray> render(const LabelSpec &spec);

// The symbols render() draws, in the order it draws them (DIN, CoI, Data Matrix): what a test
// reads back, and what a preview would show.
Result<QList<BarcodeMatrix>> symbols(const LabelSpec &spec);

inline constexpr double kWidthPt = 288.0; // 4 in
inline constexpr double kHeightPt = 144.0;
// One 203 dpi dot in points.
inline constexpr double kDotPt = 72.0 / 203.0;

} // namespace ck::PdfLabel
