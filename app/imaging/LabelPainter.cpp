#include "LabelPainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ck {

namespace {

// The ZPL label's grid (ZplLabel.cpp), so that both outputs print the same label.
constexpr int kMargin = 24;
constexpr int kTop = 16;
constexpr int kMatrixModule = 6; // dots: 0.75 mm, readable by any hand scanner
constexpr int kLinearHeight = 64;
constexpr int kQuietModules = 10; // Code 128 needs ten modules clear on either side
constexpr int kLineStep = 34;     // from an identifier's line to its bar code
constexpr int kCodeGap = 12;      // below a bar code
constexpr int kDetailStep = 28;
// DejaVu Sans em sizes in dots: ~9.2 pt for the identifiers, ~7.8 pt for the details, within the
// ZPL's font 0 lines (28 and 24 dots a cell).
constexpr int kLineFont = 26;
constexpr int kDetailFont = 22;
constexpr int kTextGap = 16; // between a text line and the Data Matrix beside it

// Dark modules as rectangles, one per horizontal run: a Code 128 bar is one rectangle.
void addRuns(QList<LabelPainter::Bar> &bars, const BarcodeMatrix &m, int x, int y, int module,
             int rowHeight)
{
    for (int my = 0; my < m.height(); ++my) {
        for (int mx = 0; mx < m.width();) {
            if (!m.dark(mx, my)) {
                ++mx;
                continue;
            }
            int end = mx;
            while (end < m.width() && m.dark(end, my))
                ++end;
            bars.append(
                {QRect(x + mx * module, y + my * rowHeight, (end - mx) * module, rowHeight)});
            mx = end;
        }
    }
}

} // namespace

Result<LabelPainter> LabelPainter::layout(const LabelSpec &spec)
{
    LabelPainter label;
    const std::pair<BarcodeMatrix::Symbology, QByteArray> wanted[] = {
        {BarcodeMatrix::Symbology::Code128, spec.dinBarcode},
        {BarcodeMatrix::Symbology::Code128, spec.coiBarcode},
        {BarcodeMatrix::Symbology::DataMatrix, spec.dataMatrix()}};
    for (const auto &[symbology, data] : wanted) {
        Result<BarcodeMatrix> m = BarcodeMatrix::encode(symbology, data);
        if (!m)
            return m.error();
        label.m_symbols.append(std::move(m).value());
    }
    const BarcodeMatrix &matrix = label.m_symbols.at(2);
    const int matrixSize = matrix.width() * kMatrixModule;
    const int matrixX = kWidthDots - kMargin - matrixSize;
    const int matrixBottom = kMargin + matrix.height() * kMatrixModule;
    addRuns(label.m_bars, matrix, matrixX, kMargin, kMatrixModule, kMatrixModule);

    // Beside the Data Matrix a line may reach up to it; below it, up to the right margin.
    const auto roomAt = [&](int y, int height) {
        return (y < matrixBottom + kTextGap && y + height > kMargin - kTextGap
                    ? matrixX - kTextGap
                    : kWidthDots - kMargin) -
               kMargin;
    };
    int y = kTop;
    const QString lines[] = {spec.dinLine(), spec.coiLine()};
    for (int i = 0; i < 2; ++i) {
        const BarcodeMatrix &code = label.m_symbols.at(i);
        // Two dots (0.25 mm) a module where it fits beside the Data Matrix, else one: the
        // printer's resolution allows no size in between.
        const int room = matrixX - 2 * kMargin;
        const int modules = code.width() + 2 * kQuietModules;
        const int module = modules * 2 <= room ? 2 : 1;
        if (modules * module > room)
            return Error::badInput(QStringLiteral("%1 is too long for a Code 128 on a 4 x 2 inch "
                                                  "label (%2 modules, room for %3)")
                                       .arg(QString::fromLatin1(wanted[i].second))
                                       .arg(code.width())
                                       .arg(room - 2 * kQuietModules));
        label.m_texts.append({QPoint(kMargin, y), kLineFont, roomAt(y, kLineStep), lines[i]});
        y += kLineStep;
        addRuns(label.m_bars, code, kMargin + kQuietModules * module, y, module, kLinearHeight);
        y += kLinearHeight + kCodeGap;
    }
    for (const QString &line : spec.detailLines()) {
        label.m_texts.append({QPoint(kMargin, y), kDetailFont, roomAt(y, kDetailStep), line});
        y += kDetailStep;
    }
    return label;
}

QFont LabelPainter::font(int pixelSize)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    // Outlines as designed: a line measured here has the same width in the PDF as in an image,
    // whatever the hinting of the device.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void LabelPainter::paint(QPainter &painter, int dotsPerInch) const
{
    painter.save();
    const qreal scale = qreal(dotsPerInch) / kDotsPerInch;
    painter.scale(scale, scale);
    // The modules lie on whole dots: at the printer's resolution antialiasing has nothing to
    // smooth, and anywhere else it would print module edges grey.
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const Bar &bar : m_bars)
        painter.fillRect(bar.dots, Qt::black);
    painter.setPen(Qt::black);
    for (const Text &t : m_texts) {
        const QFont f = font(t.pixelSize);
        painter.setFont(f);
        const QFontMetricsF metrics(f, painter.device());
        const qreal width = metrics.horizontalAdvance(t.text);
        const QPointF baseline(t.topLeft.x(), t.topLeft.y() + metrics.ascent());
        if (width <= t.room) {
            painter.drawText(baseline, t.text);
            continue;
        }
        // Narrowed, not cut: an identifier is printed whole or the label is wrong.
        painter.save();
        painter.translate(baseline);
        painter.scale(t.room / width, 1.0);
        painter.drawText(QPointF(0, 0), t.text);
        painter.restore();
    }
    painter.restore();
}

QImage LabelPainter::image(int dotsPerInch) const
{
    QImage image(kWidthDots * dotsPerInch / kDotsPerInch, kHeightDots * dotsPerInch / kDotsPerInch,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paint(painter, dotsPerInch);
    painter.end();
    return image;
}

} // namespace ck
