#include "identity/ZplLabel.h"

#include "identity/BarcodeMatrix.h"

namespace ck::ZplLabel {

namespace {

constexpr int kMargin = 24;
constexpr int kDataMatrixModule = 6; // dots: 0.75 mm, readable by any hand scanner
constexpr int kLinearHeight = 64;
constexpr int kQuietModules = 10; // Code 128 needs ten modules clear on either side

// ^FD data with ^ ~ and \ written as hex escapes under ^FH, so no field can end the command or
// start another.
QByteArray field(const QByteArray &data)
{
    QByteArray escaped;
    bool needsHex = false;
    for (const char c : data) {
        if (c == '^' || c == '~' || c == '\\') {
            escaped += '\\' + QByteArray::number(static_cast<uchar>(c), 16).toUpper();
            needsHex = true;
        } else {
            escaped += c;
        }
    }
    return (needsHex ? QByteArray("^FH\\^FD") : QByteArray("^FD")) + escaped + "^FS\n";
}

QByteArray at(int x, int y)
{
    return "^FO" + QByteArray::number(x) + ',' + QByteArray::number(y);
}

QByteArray text(int x, int y, int height, const QString &line)
{
    const QByteArray h = QByteArray::number(height);
    return at(x, y) + "^A0N," + h + ',' + h + field(line.toLatin1());
}

} // namespace

Result<QByteArray> render(const LabelSpec &spec)
{
    const QByteArray matrixData = spec.dataMatrix();
    Result<BarcodeMatrix> matrix =
        BarcodeMatrix::encode(BarcodeMatrix::Symbology::DataMatrix, matrixData);
    if (!matrix)
        return matrix.error();
    const int matrixSize = matrix->width() * kDataMatrixModule;
    const int matrixX = kWidthDots - kMargin - matrixSize;

    QByteArray zpl = "^XA\n^CI0\n^PW" + QByteArray::number(kWidthDots) + "\n^LL" +
                     QByteArray::number(kHeightDots) + "\n^LH0,0\n";
    int y = 16;
    const auto linear = [&](const QString &line, const QByteArray &data) -> std::optional<Error> {
        Result<BarcodeMatrix> code = BarcodeMatrix::encode(BarcodeMatrix::Symbology::Code128, data);
        if (!code)
            return code.error();
        // Two dots (0.25 mm) a module where it fits beside the Data Matrix, else one: the
        // printer's resolution allows no size in between.
        const int room = matrixX - 2 * kMargin;
        const int modules = code->width() + 2 * kQuietModules;
        const int moduleDots = modules * 2 <= room ? 2 : 1;
        if (modules * moduleDots > room)
            return Error::badInput(QStringLiteral("%1 is too long for a Code 128 on a 4 x 2 inch "
                                                  "label (%2 modules, room for %3)")
                                       .arg(QString::fromLatin1(data))
                                       .arg(code->width())
                                       .arg(room - 2 * kQuietModules));
        zpl += text(kMargin, y, 28, line);
        y += 34;
        zpl += at(kMargin + kQuietModules * moduleDots, y) + "^BY" +
               QByteArray::number(moduleDots) + ",3," + QByteArray::number(kLinearHeight) +
               "^BCN," + QByteArray::number(kLinearHeight) + ",N,N,N,A" + field(data);
        y += kLinearHeight + 12;
        return std::nullopt;
    };
    if (std::optional<Error> e = linear(spec.dinLine(), spec.dinBarcode))
        return *e;
    if (std::optional<Error> e = linear(spec.coiLine(), spec.coiBarcode))
        return *e;
    for (const QString &line : spec.detailLines()) {
        zpl += text(kMargin, y, 24, line);
        y += 28;
    }
    zpl += at(matrixX, 24) + "^BXN," + QByteArray::number(kDataMatrixModule) + ",200" +
           field(matrixData);
    zpl += "^PQ1\n^XZ\n";
    return zpl;
}

} // namespace ck::ZplLabel
