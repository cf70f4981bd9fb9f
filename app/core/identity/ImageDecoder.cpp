#include "identity/ImageDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cstdlib>

namespace ck::ImageDecoder {

namespace {

std::optional<Error> checkImage(const unsigned char *pixels, int width, int height, int rowStride)
{
    if (!pixels || width <= 0 || height <= 0 || rowStride < width)
        return Error::badInput(QStringLiteral("no image to decode (%1 x %2, row stride %3)")
                                   .arg(width)
                                   .arg(height)
                                   .arg(rowStride));
    return std::nullopt;
}

ZXing::DecodeHints labelHints()
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::DataMatrix |
                     ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    // Debian's ZXing 1.4 aborts (an assertion in Result::operator==, lineCount() == 1) when
    // try-harder merges the Code 128 results of its downscaled copies of a large, sharp image: a
    // label photographed or scanned at 400 dpi ended the process. Without the downscaled copies
    // the same images decode (tst_label_pdf paints labels up to 812 dpi and reads them back).
    hints.setTryDownscale(false);
    return hints;
}

Error nothingRead()
{
    return Error::badInput(QStringLiteral("no Code 128, Data Matrix or QR Code symbol could be "
                                          "read in the image"));
}

DecodedSymbol symbolOf(const ZXing::Result &r, int offsetX = 0, int offsetY = 0)
{
    DecodedSymbol s;
    // ZXing hands the symbology identifier apart from the text; a scanner sends it first.
    s.scan = QByteArray::fromStdString(r.symbologyIdentifier() + r.text());
    s.format = QString::fromStdString(ZXing::ToString(r.format()));
    const ZXing::Position &p = r.position();
    s.x = offsetX + (p.topLeft().x + p.topRight().x + p.bottomRight().x + p.bottomLeft().x) / 4;
    s.y = offsetY + (p.topLeft().y + p.topRight().y + p.bottomRight().y + p.bottomLeft().y) / 4;
    s.left =
        offsetX + std::min({p.topLeft().x, p.topRight().x, p.bottomRight().x, p.bottomLeft().x});
    s.right =
        offsetX + std::max({p.topLeft().x, p.topRight().x, p.bottomRight().x, p.bottomLeft().x});
    return s;
}

} // namespace

Result<DecodedSymbol> decodeLuminance(const unsigned char *pixels, int width, int height,
                                      int rowStride)
{
    if (std::optional<Error> e = checkImage(pixels, width, height, rowStride))
        return *e;
    const ZXing::ImageView image(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
    const ZXing::Result r = ZXing::ReadBarcode(image, labelHints());
    if (!r.isValid())
        return nothingRead();
    return symbolOf(r);
}

Result<QList<DecodedSymbol>> decodeAllLuminance(const unsigned char *pixels, int width, int height,
                                                int rowStride)
{
    if (std::optional<Error> e = checkImage(pixels, width, height, rowStride))
        return *e;
    const ZXing::ImageView image(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
    QList<DecodedSymbol> symbols;
    const int near = std::max(8, std::min(width, height) / 8);
    const auto add = [&](const ZXing::Result &r, int offsetX, int offsetY) {
        if (!r.isValid())
            return;
        DecodedSymbol s = symbolOf(r, offsetX, offsetY);
        // The same symbol found again from an overlapping window. A Code 128 is read along a
        // row, and another window may read it along another row of its bars: the same text
        // over the same columns, not far above or below, is the same symbol.
        const bool linear = s.format == QLatin1String("Code128");
        for (const DecodedSymbol &known : std::as_const(symbols)) {
            if (known.scan != s.scan)
                continue;
            const bool sameColumns = s.left <= known.right && known.left <= s.right;
            if (linear ? sameColumns && std::abs(known.y - s.y) < height / 4
                       : std::abs(known.x - s.x) < near && std::abs(known.y - s.y) < near)
                return;
        }
        symbols.append(std::move(s));
    };
    const ZXing::DecodeHints hints = labelHints();
    for (const ZXing::Result &r : ZXing::ReadBarcodes(image, hints))
        add(r, 0, 0);
    // ZXing 1.4's Data Matrix detector works outwards from the middle of the image and misses a
    // small symbol in a corner of a whole label. Half-size windows, overlapping by half, bring
    // each part of the label to the middle of one of them.
    const int halfW = width / 2;
    const int halfH = height / 2;
    if (halfW >= 64 && halfH >= 64)
        for (int ty = 0; ty < 3; ++ty)
            for (int tx = 0; tx < 3; ++tx) {
                const int left = tx * halfW / 2;
                const int top = ty * halfH / 2;
                for (const ZXing::Result &r :
                     ZXing::ReadBarcodes(image.cropped(left, top, halfW, halfH), hints))
                    add(r, left, top);
            }
    if (symbols.isEmpty())
        return nothingRead();
    // Reading order of a label, so that the output does not depend on ZXing's search order. Rows
    // within a tenth of the image's height count as one line.
    const int band = std::max(1, height / 10);
    std::sort(symbols.begin(), symbols.end(),
              [band](const DecodedSymbol &a, const DecodedSymbol &b) {
                  if (a.y / band != b.y / band)
                      return a.y < b.y;
                  return a.x < b.x;
              });
    return symbols;
}

} // namespace ck::ImageDecoder
