#pragma once

#include "common/Result.h"
#include "identity/LabelSpec.h"

#include <QByteArray>

namespace ck::ZplLabel {

// Zebra ZPL II for a 4 x 2 inch label at 203 dpi (812 x 406 dots): the DIN and the CoI as Code 128
// with their eye-readable lines, the details in font 0, and the ISBT 128 compound message as a
// Data Matrix (ECC 200) on the right. Refused when a bar code does not fit the label.
Result<QByteArray> render(const LabelSpec &spec);

inline constexpr int kDotsPerInch = 203;
inline constexpr int kWidthDots = 812;
inline constexpr int kHeightDots = 406;

} // namespace ck::ZplLabel
