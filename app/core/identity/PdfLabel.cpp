#include "identity/PdfLabel.h"

#include "identity/PdfPage.h"

namespace ck::PdfLabel {

namespace {

constexpr double kMargin = 10.0;
constexpr int kQuietModules = 10;
constexpr double kLinearHeight = 24.0;
constexpr double kLinearModule = 2 * kDotPt;    // 0.25 mm
constexpr double kMinLinearModule = 1 * kDotPt; // 0.125 mm: the finest dot a label printer has
constexpr double kMatrixModule = 5 * kDotPt;    // 0.63 mm

// Dark modules as rectangles, one per horizontal run, so a Code 128 bar is one rectangle.
void draw(PdfPage &page, const BarcodeMatrix &m, double x, double top, double module,
          double linearHeight)
{
    for (int my = 0; my < m.height(); ++my) {
        const double h = m.isLinear() ? linearHeight : module;
        const double y = top - (my + 1) * h;
        for (int mx = 0; mx < m.width();) {
            if (!m.dark(mx, my)) {
                ++mx;
                continue;
            }
            int end = mx;
            while (end < m.width() && m.dark(end, my))
                ++end;
            page.rect(x + mx * module, y, (end - mx) * module, h);
            mx = end;
        }
    }
}

} // namespace

Result<QList<BarcodeMatrix>> symbols(const LabelSpec &spec)
{
    QList<BarcodeMatrix> out;
    const std::pair<BarcodeMatrix::Symbology, QByteArray> wanted[] = {
        {BarcodeMatrix::Symbology::Code128, spec.dinBarcode},
        {BarcodeMatrix::Symbology::Code128, spec.coiBarcode},
        {BarcodeMatrix::Symbology::DataMatrix, spec.dataMatrix()}};
    for (const auto &[symbology, data] : wanted) {
        Result<BarcodeMatrix> m = BarcodeMatrix::encode(symbology, data);
        if (!m)
            return m.error();
        out.append(std::move(m).value());
    }
    return out;
}

Result<QByteArray> render(const LabelSpec &spec)
{
    Result<QList<BarcodeMatrix>> codes = symbols(spec);
    if (!codes)
        return codes.error();
    const BarcodeMatrix &matrix = codes->at(2);
    const double matrixSize = matrix.width() * kMatrixModule;
    const double matrixX = kWidthPt - kMargin - matrixSize;
    const double room = matrixX - 2 * kMargin;

    PdfPage page(kWidthPt, kHeightPt);
    double y = kHeightPt - kMargin;
    const QString lines[] = {spec.dinLine(), spec.coiLine()};
    for (int i = 0; i < 2; ++i) {
        const BarcodeMatrix &code = codes->at(i);
        const int modules = code.width() + 2 * kQuietModules;
        const double module = modules * kLinearModule <= room ? kLinearModule : kMinLinearModule;
        if (modules * module > room)
            return Error::badInput(
                QStringLiteral("%1 is too long for a Code 128 on a 4 x 2 inch "
                               "label (%2 modules)")
                    .arg(QString::fromLatin1(i == 0 ? spec.dinBarcode : spec.coiBarcode))
                    .arg(code.width()));
        page.text(kMargin, y - 8, 9, true, lines[i]);
        y -= 11;
        draw(page, code, kMargin + kQuietModules * module, y, module, kLinearHeight);
        y -= kLinearHeight + 6;
    }
    for (const QString &line : spec.detailLines()) {
        page.text(kMargin, y - 7, 8, false, line);
        y -= 10;
    }
    draw(page, matrix, matrixX, kHeightPt - kMargin, kMatrixModule, 0);
    return page.toPdf(QStringLiteral("Container label %1").arg(spec.din.din));
}

} // namespace ck::PdfLabel
