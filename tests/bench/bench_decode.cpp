// Decode time per label image: ck::ImageDecoder (ZXing-cpp, as `identify --image` and the camera
// use it) beside zbar, the decoder most Linux scanning tools use, on the same images in the same
// run. The images are rendered by zint (an independent encoder) at several module sizes: the
// ISBT 128 DIN and CoI as Code 128, and the label's compound-message Data Matrix (zbar reads no
// Data Matrix; those rows show ZXing alone). Prints figures only; see README.md.
#include "BenchCommon.h"

#include "identity/ImageDecoder.h"

#include <QCoreApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <zbar.h>

using namespace ckbench;
using namespace zbar; // zbar.h puts its C API in this namespace when compiled as C++

namespace {

struct Sample
{
    QString name;
    QString zintSymbology; // zint's -b
    QByteArray data;
    int scale;
    bool zbarReads;
};

QImage render(const QString &zint, const QTemporaryDir &dir, const Sample &s)
{
    const QString file =
        dir.filePath(QStringLiteral("%1-%2.png").arg(s.zintSymbology).arg(s.scale));
    QProcess p;
    p.start(zint, {QStringLiteral("-b"), s.zintSymbology, QStringLiteral("-d"),
                   QString::fromLatin1(s.data), QStringLiteral("--quietzones"),
                   QStringLiteral("--scale=%1").arg(s.scale), QStringLiteral("--filetype=PNG"),
                   QStringLiteral("-o"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        die(QStringLiteral("zint failed for %1: %2")
                .arg(s.name, QString::fromLocal8Bit(p.readAllStandardError())));
    return QImage(file).convertToFormat(QImage::Format_Grayscale8);
}

// zbar wants packed rows.
QByteArray packed(const QImage &img)
{
    QByteArray out;
    out.reserve(qsizetype(img.width()) * img.height());
    for (int y = 0; y < img.height(); ++y)
        out.append(reinterpret_cast<const char *>(img.constScanLine(y)), img.width());
    return out;
}

QByteArray zbarDecode(zbar_image_scanner_t *scanner, const QByteArray &pixels, int w, int h)
{
    zbar_image_t *image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, static_cast<unsigned>(w), static_cast<unsigned>(h));
    zbar_image_set_data(image, pixels.constData(), static_cast<unsigned long>(pixels.size()),
                        nullptr);
    QByteArray text;
    if (zbar_scan_image(scanner, image) > 0)
        text = zbar_symbol_get_data(zbar_image_first_symbol(image));
    zbar_image_destroy(image);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = static_cast<int>(intOption(args, QStringLiteral("--rounds"), 50));
    const QString zint = QStandardPaths::findExecutable(QStringLiteral("zint"));
    if (zint.isEmpty())
        die(QStringLiteral("zint is not installed (apt-get install zint)"));
    QTemporaryDir dir;

    const QByteArray din = "=G12341765432100";
    const QByteArray coi = "&/CHA999926ABC123";
    const QByteArray matrix = "=+04000=G12341765432100=<S12954A0&>0260902359&/CHA999926ABC123";
    QList<Sample> samples;
    for (const int scale : {1, 2, 4})
        samples.append({QStringLiteral("DIN Code 128 x%1").arg(scale), QStringLiteral("20"), din,
                        scale, true});
    for (const int scale : {2, 4})
        samples.append({QStringLiteral("CoI Code 128 x%1").arg(scale), QStringLiteral("20"), coi,
                        scale, true});
    for (const int scale : {2, 4, 8})
        samples.append({QStringLiteral("Data Matrix x%1").arg(scale), QStringLiteral("71"), matrix,
                        scale, false});

    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_CODE128, ZBAR_CFG_ENABLE, 1);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);

    print(QStringLiteral("decode: median ms per image over %1 rounds (ck::ImageDecoder = ZXing-cpp "
                         "%2, zbar %3)")
              .arg(rounds)
              .arg(QStringLiteral("1.4"), QStringLiteral("0.23")));
    print(QStringLiteral("%1 %2 %3 %4 %5")
              .arg(QStringLiteral("image"), -22)
              .arg(QStringLiteral("pixels"), -10)
              .arg(QStringLiteral("ck ms"), 9)
              .arg(QStringLiteral("zbar ms"), 9)
              .arg(QStringLiteral("ck/zbar"), 8));
    std::vector<double> ratios;
    for (const Sample &s : samples) {
        const QImage img = render(zint, dir, s);
        const QByteArray pixels = packed(img);
        const auto *bits = reinterpret_cast<const unsigned char *>(pixels.constData());
        // One untimed run of each, which also checks that each reads the right data.
        const ck::Result<ck::DecodedSymbol> ours =
            ck::ImageDecoder::decodeLuminance(bits, img.width(), img.height(), img.width());
        if (!ours || !ours->scan.endsWith(s.data))
            die(QStringLiteral("%1: ck::ImageDecoder did not read %2").arg(s.name, s.data));
        const bool zbarOk =
            s.zbarReads && zbarDecode(scanner, pixels, img.width(), img.height()) == s.data;
        std::vector<double> ckMs, zbarMs;
        QElapsedTimer t;
        for (int r = 0; r < rounds; ++r) {
            t.start();
            const auto d =
                ck::ImageDecoder::decodeLuminance(bits, img.width(), img.height(), img.width());
            ckMs.push_back(seconds(t) * 1000.0);
            if (!d)
                die(QStringLiteral("%1: decode failed in round %2").arg(s.name).arg(r));
            if (zbarOk) {
                t.start();
                const QByteArray z = zbarDecode(scanner, pixels, img.width(), img.height());
                zbarMs.push_back(seconds(t) * 1000.0);
                if (z != s.data)
                    die(QStringLiteral("%1: zbar failed in round %2").arg(s.name).arg(r));
            }
        }
        const double ck = median(ckMs);
        const QString size = QStringLiteral("%1x%2").arg(img.width()).arg(img.height());
        if (zbarOk) {
            const double z = median(zbarMs);
            ratios.push_back(ck / z);
            print(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(s.name, -22)
                      .arg(size, -10)
                      .arg(ck, 9, 'f', 3)
                      .arg(z, 9, 'f', 3)
                      .arg(QString::number(ck / z, 'f', 2) + QLatin1Char('x'), 8));
        } else {
            print(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(s.name, -22)
                      .arg(size, -10)
                      .arg(ck, 9, 'f', 3)
                      .arg(s.zbarReads ? QStringLiteral("misread") : QStringLiteral("n/a"), 9)
                      .arg(QString(), 8));
        }
    }
    zbar_image_scanner_destroy(scanner);
    print(QStringLiteral("decode: median ck/zbar over the Code 128 images %1x (informational; no "
                         "goal: a label is decoded once per scan)")
              .arg(median(ratios), 0, 'f', 2));
    return 0;
}
