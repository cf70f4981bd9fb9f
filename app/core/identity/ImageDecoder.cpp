#include "identity/ImageDecoder.h"

#include <ZXing/ReadBarcode.h>

namespace ck::ImageDecoder {

Result<DecodedSymbol> decodeLuminance(const unsigned char *pixels, int width, int height,
                                      int rowStride)
{
    if (!pixels || width <= 0 || height <= 0 || rowStride < width)
        return Error::badInput(QStringLiteral("no image to decode (%1 x %2, row stride %3)")
                                   .arg(width)
                                   .arg(height)
                                   .arg(rowStride));
    const ZXing::ImageView image(pixels, width, height, ZXing::ImageFormat::Lum, rowStride);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::DataMatrix |
                     ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result r = ZXing::ReadBarcode(image, hints);
    if (!r.isValid())
        return Error::badInput(QStringLiteral("no Code 128, Data Matrix or QR Code symbol could "
                                              "be read in the image"));
    DecodedSymbol s;
    // ZXing hands the symbology identifier apart from the text; a scanner sends it first.
    s.scan = QByteArray::fromStdString(r.symbologyIdentifier() + r.text());
    s.format = QString::fromStdString(ZXing::ToString(r.format()));
    return s;
}

} // namespace ck::ImageDecoder
