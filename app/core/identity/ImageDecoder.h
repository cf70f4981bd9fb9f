#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ck {

// A symbol found in a grey image, as a scanner would send it: the AIM symbology identifier, then
// the data, GS1 separators included. Feeding `scan` to identify() reads a camera frame the way a
// hand scanner's output is read. No QtGui here: the caller hands over 8-bit luminance (a QImage's
// Format_Grayscale8 bits, a camera frame's Y plane, a decoded test image), so the core and its
// fuzzers stay QtCore-only.
struct DecodedSymbol
{
    QByteArray scan;
    QString format; // ZXing's name for the symbology: "Code128", "DataMatrix", "QRCode"
    // Where the symbol is in the image: the centre of its outline, in pixels.
    int x = 0;
    int y = 0;
    // Its horizontal extent, in pixels: a Code 128's outline is the row it was read on.
    int left = 0;
    int right = 0;
};

namespace ImageDecoder {

// Code 128, Data Matrix and QR Code: the symbologies of ISBT 128 and GS1 labels. `rowStride` is
// the bytes from one row to the next (width when the rows are packed).
Result<DecodedSymbol> decodeLuminance(const unsigned char *pixels, int width, int height,
                                      int rowStride);

// Every symbol in the image (a container label carries several), top to bottom, then left to
// right. Refused when none can be read, as decodeLuminance.
Result<QList<DecodedSymbol>> decodeAllLuminance(const unsigned char *pixels, int width, int height,
                                                int rowStride);

} // namespace ImageDecoder
} // namespace ck
