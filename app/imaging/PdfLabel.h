#pragma once

#include "common/Result.h"
#include "identity/LabelSpec.h"

#include <QByteArray>

namespace ck::PdfLabel {

// A one-page 4 x 2 inch PDF of the label LabelPainter lays out, written by QPdfWriter: the bar
// code modules are filled rectangles on whole 203 dpi dots (vector, sharp at any printer
// resolution), the text DejaVu Sans, embedded. `dotsPerInch` is QPdfWriter's resolution, 203 or
// 300; any other is refused. Needs a QGuiApplication (QPdfWriter draws text through QtGui's font
// database): refused, not aborted, without one. Refused as bad input when the label does not fit.
Result<QByteArray> render(const LabelSpec &spec, int dotsPerInch = 203);

inline constexpr double kWidthPt = 288.0; // 4 in
inline constexpr double kHeightPt = 144.0;

} // namespace ck::PdfLabel
