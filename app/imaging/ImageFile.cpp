#include "ImageFile.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace ck::ImageFile {

namespace {

// Luminance over white: a transparent PNG background is white paper, not the black its
// transparent pixels' colour would give.
QByteArray luminanceOverWhite(const QImage &argb)
{
    QByteArray lum(static_cast<qsizetype>(argb.width()) * argb.height(), '\0');
    for (int y = 0; y < argb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = row[x];
            const int a = qAlpha(p);
            const int grey = (qRed(p) * 299 + qGreen(p) * 587 + qBlue(p) * 114) / 1000;
            lum[static_cast<qsizetype>(y) * argb.width() + x] =
                static_cast<char>((grey * a + 255 * (255 - a)) / 255);
        }
    }
    return lum;
}

} // namespace

Result<QList<DecodedSymbol>> decodeSymbols(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error::badInput(QStringLiteral("cannot read image %1: no such file").arg(path));
    QImageReader reader(path);
    // A camera or phone photo is stored upright only through its EXIF orientation.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return Error::badInput(QStringLiteral("cannot read image %1: %2 (PNG and JPEG are read)")
                                   .arg(path, reader.errorString()));
    Result<QList<DecodedSymbol>> symbols = [&]() -> Result<QList<DecodedSymbol>> {
        if (!image.hasAlphaChannel()) {
            const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
            return ImageDecoder::decodeAllLuminance(grey.constBits(), grey.width(), grey.height(),
                                                    static_cast<int>(grey.bytesPerLine()));
        }
        const QByteArray lum = luminanceOverWhite(image.convertToFormat(QImage::Format_ARGB32));
        return ImageDecoder::decodeAllLuminance(reinterpret_cast<const uchar *>(lum.constData()),
                                                image.width(), image.height(), image.width());
    }();
    if (!symbols)
        return Error::badInput(QStringLiteral("%1 (%2 x %3 pixels): %4")
                                   .arg(path)
                                   .arg(image.width())
                                   .arg(image.height())
                                   .arg(symbols.error().message));
    return symbols;
}

} // namespace ck::ImageFile
