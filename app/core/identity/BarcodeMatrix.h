#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <vector>

namespace ck {

// The modules of one bar code, encoded by ZXing's writer: one row for Code 128, a square grid
// for Data Matrix. A label draws it at its own module size (vector rectangles in a PDF) and a test
// rasterises it to read it back, so the same modules are printed and checked.
class BarcodeMatrix
{
public:
    enum class Symbology
    {
        Code128,
        DataMatrix
    };

    // Refused when the writer cannot encode `data` (empty, or characters the symbology lacks).
    static Result<BarcodeMatrix> encode(Symbology symbology, const QByteArray &data);

    Symbology symbology() const { return m_symbology; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    bool dark(int x, int y) const
    {
        return m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_width) +
                         static_cast<std::size_t>(x)];
    }
    bool isLinear() const { return m_symbology == Symbology::Code128; }

    // 8-bit luminance (0 dark, 255 light), rows packed: every module `scale` pixels wide and
    // high (a Code 128 is `linearHeight` pixels high), with `quiet` light modules all round.
    struct Raster
    {
        int width = 0;
        int height = 0;
        QByteArray pixels;
    };
    Raster raster(int scale, int quiet, int linearHeight = 60) const;

private:
    Symbology m_symbology = Symbology::Code128;
    int m_width = 0;
    int m_height = 0;
    std::vector<bool> m_modules;
};

} // namespace ck
