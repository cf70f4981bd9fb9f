#include "identity/BarcodeMatrix.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace ck {

Result<BarcodeMatrix> BarcodeMatrix::encode(Symbology symbology, const QByteArray &data)
{
    const QString name = symbology == Symbology::Code128 ? QStringLiteral("Code 128")
                                                         : QStringLiteral("Data Matrix");
    if (data.isEmpty())
        return Error::badInput(QStringLiteral("nothing to encode in a %1 symbol").arg(name));
    for (const char c : data)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return Error::badInput(
                QStringLiteral("a %1 label symbol carries printable ASCII only").arg(name));
    ZXing::MultiFormatWriter writer(symbology == Symbology::Code128
                                        ? ZXing::BarcodeFormat::Code128
                                        : ZXing::BarcodeFormat::DataMatrix);
    // No quiet zone and no scaling: one bit per module; the label adds both at its own size.
    writer.setMargin(0);
    ZXing::BitMatrix bits;
    try {
        bits = writer.encode(data.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        // ZXing's writers report what they cannot encode by exception (too long for any symbol
        // size, a character outside the symbology).
        return Error::badInput(QStringLiteral("the %1 writer refused %2 characters: %3")
                                   .arg(name)
                                   .arg(data.size())
                                   .arg(QString::fromUtf8(e.what())));
    }
    if (bits.width() <= 0 || bits.height() <= 0)
        return Error::badInput(QStringLiteral("the %1 writer produced no symbol").arg(name));
    BarcodeMatrix m;
    m.m_symbology = symbology;
    m.m_width = bits.width();
    m.m_height = symbology == Symbology::Code128 ? 1 : bits.height();
    m.m_modules.resize(static_cast<std::size_t>(m.m_width) * static_cast<std::size_t>(m.m_height));
    for (int y = 0; y < m.m_height; ++y)
        for (int x = 0; x < m.m_width; ++x)
            m.m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m.m_width) +
                        static_cast<std::size_t>(x)] = bits.get(x, y);
    return m;
}

BarcodeMatrix::Raster BarcodeMatrix::raster(int scale, int quiet, int linearHeight) const
{
    Raster r;
    r.width = (m_width + 2 * quiet) * scale;
    r.height = isLinear() ? linearHeight + 2 * quiet * scale : (m_height + 2 * quiet) * scale;
    r.pixels = QByteArray(static_cast<qsizetype>(r.width) * r.height, '\xff');
    for (int py = 0; py < r.height; ++py) {
        int my = 0;
        if (isLinear()) {
            if (py < quiet * scale || py >= quiet * scale + linearHeight)
                continue;
        } else {
            my = py / scale - quiet;
            if (my < 0 || my >= m_height)
                continue;
        }
        for (int px = 0; px < r.width; ++px) {
            const int mx = px / scale - quiet;
            if (mx >= 0 && mx < m_width && dark(mx, my))
                r.pixels[static_cast<qsizetype>(py) * r.width + px] = '\0';
        }
    }
    return r;
}

} // namespace ck
