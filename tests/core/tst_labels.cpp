// Container labels, the QtCore part: the label spec refuses what a scan would refuse, the ZPL
// carries the right fields, and each symbol ZXing's writer encodes reads back to exactly the data
// asked for. Then the command line: `label --format zpl`, its refusals, and `identify --image`, as
// processes. The painted label and its PDF (QtGui) are tst_label_pdf.
#include "identity/BarcodeMatrix.h"
#include "identity/ImageDecoder.h"
#include "identity/Isbt128Compound.h"
#include "identity/LabelSpec.h"
#include "identity/ScanInput.h"
#include "identity/ZplLabel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {

LabelRequest reference()
{
    LabelRequest r;
    r.din = QStringLiteral("G1234 17 654321 A"); // ST-001 A.1
    r.productCode = QStringLiteral("S12954A0");  // ST-001 Figure 3
    r.coi = QStringLiteral("CHA999926ABC123");
    r.initials = QStringLiteral("jd");
    r.expiry = QStringLiteral("2026-03-31T23:59");
    r.containerId = QStringLiteral("C-01");
    r.batchId = QStringLiteral("B-2026-0042");
    return r;
}

LabelSpec referenceSpec()
{
    Result<LabelSpec> s = LabelSpec::fromRequest(reference());
    if (!s)
        qFatal("reference label refused: %s", qPrintable(s.error().message));
    return *s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Grey
{
    int width = 0;
    int height = 0;
    QByteArray pixels;
};

quint32 crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (const char byte : data) {
        c ^= static_cast<uchar>(byte);
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xffffffffu;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
    return b;
}

// A greyscale PNG, so that the image tests need no QtGui: zlib from qCompress (its first four
// bytes are Qt's length prefix), one filter byte per row.
QByteArray png(const Grey &g)
{
    const auto chunk = [](const QByteArray &type, const QByteArray &data) {
        return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
    };
    QByteArray raw;
    for (int y = 0; y < g.height; ++y)
        raw += '\0' + g.pixels.mid(qsizetype(y) * g.width, g.width);
    const QByteArray ihdr =
        be32(quint32(g.width)) + be32(quint32(g.height)) + QByteArray("\x08\x00\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
           chunk("IDAT", qCompress(raw, 9).mid(4)) + chunk("IEND", {});
}

Grey sideBySide(const Grey &a, const Grey &b)
{
    Grey g;
    g.width = a.width + b.width;
    g.height = qMax(a.height, b.height);
    g.pixels = QByteArray(qsizetype(g.width) * g.height, '\xff');
    for (int y = 0; y < g.height; ++y) {
        if (y < a.height)
            g.pixels.replace(qsizetype(y) * g.width, a.width,
                             a.pixels.mid(qsizetype(y) * a.width, a.width));
        if (y < b.height)
            g.pixels.replace(qsizetype(y) * g.width + a.width, b.width,
                             b.pixels.mid(qsizetype(y) * b.width, b.width));
    }
    return g;
}

Grey fromRaster(const BarcodeMatrix::Raster &r)
{
    return {r.width, r.height, r.pixels};
}

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run chainkeeper(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CHAINKEEPER_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QStringList labelArgs(const QString &format, const QString &out)
{
    const LabelRequest r = reference();
    return {QStringLiteral("label"),
            QStringLiteral("--din"),
            r.din,
            QStringLiteral("--product"),
            r.productCode,
            QStringLiteral("--coi"),
            r.coi,
            QStringLiteral("--initials"),
            r.initials,
            QStringLiteral("--expiry"),
            r.expiry,
            QStringLiteral("--container"),
            r.containerId,
            QStringLiteral("--batch"),
            r.batchId,
            QStringLiteral("--format"),
            format,
            QStringLiteral("--out"),
            out};
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    // --- The spec: every field read by the parser that reads it back --------------------------

    void referenceSpecFields()
    {
        const LabelSpec s = referenceSpec();
        QCOMPARE(s.dinBarcode, QByteArray("=G12341765432100"));
        QCOMPARE(s.productBarcode, QByteArray("=<S12954A0"));
        // 2026-03-31 is day 090: century 0, year 26.
        QCOMPARE(s.expiryBarcode, QByteArray("&>0260902359"));
        QCOMPARE(s.coiBarcode, QByteArray("&/CHA999926ABC123"));
        QCOMPARE(s.initials, QStringLiteral("JD"));
        QCOMPARE(s.dataMatrix(),
                 QByteArray("=+04000=G12341765432100=<S12954A0&>0260902359&/CHA999926ABC123"));
    }

    void expiryEncodingMatchesPublishedExample()
    {
        // ST-012 v1.4.0 6.2: "&>0183652359" is the expiry 2018-12-31 23:59.
        LabelRequest r = reference();
        r.expiry = QStringLiteral("2018-12-31T23:59");
        QCOMPARE(LabelSpec::fromRequest(r)->expiryBarcode, QByteArray("&>0183652359"));
        r.expiry = QStringLiteral("2028-02-29");
        const Result<LabelSpec> leap = LabelSpec::fromRequest(r);
        QCOMPARE(leap->expiryBarcode, QByteArray("=>028060")); // structure 004, day 60
        QCOMPARE(leap->expiry.dataStructure, 4);
        QCOMPARE(leap->expiryText(), QStringLiteral("2028-02-29"));
    }

    void acceptedForms()
    {
        LabelRequest r = reference();
        r.din = QStringLiteral("=G12341765432170"); // bar code form: its flags are kept
        r.productCode = QStringLiteral("=<S12954A0");
        r.coi = QStringLiteral("COI-DEMO-7Q2K-4815"); // the demo site's own CoI format
        r.containerId.clear();
        r.batchId.clear();
        const Result<LabelSpec> s = LabelSpec::fromRequest(r);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->dinBarcode, QByteArray("=G12341765432170"));
        QVERIFY(!s->isbtCoi);
        QCOMPARE(s->coiBarcode, QByteArray("COI-DEMO-7Q2K-4815"));
        // A site CoI is no ISBT 128 structure: the Data Matrix carries the other three.
        QCOMPARE(s->dataMatrix(), QByteArray("=+03000=G12341765432170=<S12954A0&>0260902359"));
        QCOMPARE(s->detailLines().size(), 3);
        r.din = QStringLiteral("g123417654321a");
        QCOMPARE(LabelSpec::fromRequest(r)->din.din, QStringLiteral("G123417654321"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("DIN check character") << "din"
                                             << "G1234 17 654321 B"
                                             << "--din: DIN check character is 'B', the number "
                                                "G123417654321 computes 'A'";
        QTest::newRow("DIN without check character")
            << "din"
            << "G1234 17 654321"
            << "--din: eye-readable DIN 'G1234 17 654321' has no "
               "check character";
        QTest::newRow("DIN bar code flags disagree") << "din"
                                                     << "=G12341765432171"
                                                     << "carry check character";
        QTest::newRow("product code too short") << "product"
                                                << "S1295"
                                                << "--product: product code '=<S1295' has 5 "
                                                   "characters after =<";
        QTest::newRow("product code lower case") << "product"
                                                 << "s12954A0"
                                                 << "must start with a capital letter";
        QTest::newRow("CoI is a product code")
            << "coi"
            << "=<S12954A0"
            << "reads as isbt128.product_code, not as a chain-of-identity";
        QTest::newRow("CoI unreadable") << "coi"
                                        << "patient 7"
                                        << "is not a label Chainkeeper reads";
        QTest::newRow("CoI 040 truncated") << "coi"
                                           << "CHA999926ABC"
                                           << "--coi:";
        QTest::newRow("initials with dots") << "initials"
                                            << "J.D."
                                            << "--initials: 'J.D.'";
        QTest::newRow("initials too long") << "initials"
                                           << "ABCDE"
                                           << "1 to 4 letters";
        QTest::newRow("expiry format") << "expiry"
                                       << "31/03/2026"
                                       << "--expiry: '31/03/2026'";
        QTest::newRow("expiry day") << "expiry"
                                    << "2026-02-30"
                                    << "not a calendar date";
        QTest::newRow("expiry time") << "expiry"
                                     << "2026-03-31T24:00"
                                     << "not a time of day";
        QTest::newRow("expiry century") << "expiry"
                                        << "1999-12-31"
                                        << "2000-2999";
        QTest::newRow("container with a ZPL command") << "container"
                                                      << "C^XZ"
                                                      << "--container";
        QTest::newRow("batch too long") << "batch" << QString(40, QLatin1Char('B')) << "--batch";
    }
    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        LabelRequest r = reference();
        QString *target = field == "din"        ? &r.din
                          : field == "product"  ? &r.productCode
                          : field == "coi"      ? &r.coi
                          : field == "initials" ? &r.initials
                          : field == "expiry"   ? &r.expiry
                          : field == "batch"    ? &r.batchId
                                                : &r.containerId;
        *target = value;
        const Result<LabelSpec> s = LabelSpec::fromRequest(r);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::BadInput);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    // --- ISBT 128 compound message (structure 023) --------------------------------------------

    void compoundRoundTrip()
    {
        const QByteArray m = Isbt128::compoundMessage(
            {"=Z54991712345600", "=<T0416003", "&>0183652359"}); // ST-012 6.2 symbol 1
        QCOMPARE(m, QByteArray("=+03000=Z54991712345600=<T0416003&>0183652359"));
        const Result<IsbtCompound> c = Isbt128::parseCompound(scan::view(m));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->messageType, QStringLiteral("000"));
        QCOMPARE(c->raw, (QList<QString>{"=Z54991712345600", "=<T0416003", "&>0183652359"}));
        QVERIFY(std::holds_alternative<IsbtDin>(c->structures.at(0)));
        const Result<ScannedLabel> l = identify(m);
        QVERIFY(l.ok());
        QCOMPARE(ScannedLabel::kindName(l->kind), QStringLiteral("isbt128.compound"));
        QCOMPARE(l->normalized, QStringLiteral("Z549917123456 | T0416003 | 2018-12-31T23:59"));
        const QJsonArray parts = l->toJson()[u"fields"][u"structures"].toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(1)[u"kind"].toString(), QStringLiteral("isbt128.product_code"));
    }

    void compoundRefusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("message");
        QTest::newRow("fewer than announced")
            << QByteArray("=+02000=Z54991712345600") << "announces 2 data structures; it holds 1";
        QTest::newRow("more than announced")
            << QByteArray("=+01000=Z54991712345600=<T0416003") << "follows the last of them";
        QTest::newRow("no header") << QByteArray("=+0=Z54991712345600") << "has no header";
        QTest::newRow("none announced") << QByteArray("=+00000") << "announces no data structure";
        QTest::newRow("a structure not read") << QByteArray("=+02000=Z54991712345600=%5100")
                                              << "structure 2 of the compound message: '=%5100' "
                                                 "is ISBT 128 Blood Groups";
        QTest::newRow("cut short") << QByteArray("=+02000=Z54991712345600=<T04160")
                                   << "is cut short: it needs 10 characters";
        QTest::newRow("a damaged DIN inside")
            << QByteArray("=+01000=O12341765432100") << "structure 1 of the compound message";
    }
    void compoundRefusals()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, message);
        const Result<ScannedLabel> r = identify(raw);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    // --- ZPL ----------------------------------------------------------------------------------

    void zplMatchesTheReferenceLabel()
    {
        const Result<QByteArray> zpl = ZplLabel::render(referenceSpec());
        QVERIFY(zpl.ok());
        const QByteArray golden = readAll(
            QStringLiteral(CHAINKEEPER_RESOURCES_DIR "/../tests/core/data/label_reference.zpl"));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(*zpl, golden);
    }

    void zplFields()
    {
        const LabelSpec s = referenceSpec();
        const QByteArray zpl = *ZplLabel::render(s);
        QVERIFY(zpl.startsWith("^XA\n"));
        QVERIFY(zpl.endsWith("^XZ\n"));
        QCOMPARE(zpl.count("^XA"), 1);
        QVERIFY(zpl.contains("^PW812\n^LL406\n"));
        QVERIFY(zpl.contains("^BCN,64,N,N,N,A^FD=G12341765432100^FS"));
        QVERIFY(zpl.contains("^BCN,64,N,N,N,A^FD&/CHA999926ABC123^FS"));
        QVERIFY(zpl.contains("^BXN,6,200^FD" + s.dataMatrix() + "^FS"));
        for (const QString &line : {s.dinLine(), s.coiLine()})
            QVERIFY(zpl.contains("^A0N,28,28^FD" + line.toLatin1() + "^FS"));
        for (const QString &line : s.detailLines())
            QVERIFY(zpl.contains("^A0N,24,24^FD" + line.toLatin1() + "^FS"));
        QCOMPARE(zpl.count("^FD"), zpl.count("^FS"));
        // Every field origin lies on the label.
        static const QRegularExpression fo(QStringLiteral("\\^FO(\\d+),(\\d+)"));
        auto it = fo.globalMatch(QString::fromLatin1(zpl));
        int origins = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY(m.captured(1).toInt() < ZplLabel::kWidthDots);
            QVERIFY(m.captured(2).toInt() < ZplLabel::kHeightDots);
            ++origins;
        }
        QCOMPARE(origins, 2 + 2 + s.detailLines().size() + 1);
    }

    void zplEscapesACaretInASiteCoi()
    {
        IdentifyOptions o;
        o.siteCoi = *SiteCoiFormat::fromPattern(QStringLiteral("CO\\^[0-9]{4}"));
        LabelRequest r = reference();
        r.coi = QStringLiteral("CO^1234");
        const Result<LabelSpec> s = LabelSpec::fromRequest(r, o);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const QByteArray zpl = *ZplLabel::render(*s);
        QVERIFY(zpl.contains("^FH\\^FDCO\\5E1234^FS"));
        QVERIFY(!zpl.contains("CO^1234"));
    }

    // --- The symbols ------------------------------------------------------------------------

    void eachSymbolReadsBack_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("1 pixel a module") << 1;
        QTest::newRow("2 pixels a module") << 2;
        QTest::newRow("5 pixels a module") << 5;
    }
    void eachSymbolReadsBack()
    {
        QFETCH(int, scale);
        const LabelSpec s = referenceSpec();
        const std::pair<BarcodeMatrix::Symbology, QByteArray> symbols[] = {
            {BarcodeMatrix::Symbology::Code128, s.dinBarcode},
            {BarcodeMatrix::Symbology::Code128, s.coiBarcode},
            {BarcodeMatrix::Symbology::DataMatrix, s.dataMatrix()}};
        const QByteArray expected[] = {"]C0" + s.dinBarcode, "]C0" + s.coiBarcode,
                                       "]d1" + s.dataMatrix()};
        for (qsizetype i = 0; i < 3; ++i) {
            const Result<BarcodeMatrix> code =
                BarcodeMatrix::encode(symbols[i].first, symbols[i].second);
            QVERIFY(code.ok());
            const BarcodeMatrix::Raster r = code->raster(scale, 10, 40);
            const Result<DecodedSymbol> d = ImageDecoder::decodeLuminance(
                reinterpret_cast<const uchar *>(r.pixels.constData()), r.width, r.height, r.width);
            QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
            QCOMPARE(d->scan, expected[i]);
        }
        QVERIFY(!BarcodeMatrix::encode(BarcodeMatrix::Symbology::Code128, {}).ok());
        QVERIFY(!BarcodeMatrix::encode(BarcodeMatrix::Symbology::DataMatrix, "caf\xc3\xa9").ok());
    }

    // --- The command line ---------------------------------------------------------------------

    void labelCommandWritesZpl()
    {
        const QString zplPath = dir.filePath(QStringLiteral("l.zpl"));
        Run r = chainkeeper(labelArgs(QStringLiteral("zpl"), zplPath));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(zplPath), *ZplLabel::render(referenceSpec()));
        QVERIFY(r.out.startsWith("wrote " + zplPath.toUtf8() + ": zpl label"));

        r = chainkeeper(labelArgs(QStringLiteral("zpl"), QStringLiteral("-")));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, *ZplLabel::render(referenceSpec()));
    }

    void labelCommandRefusesBeforeWriting_data()
    {
        QTest::addColumn<QStringList>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad DIN check character")
            << QStringList{"--din", "G1234 17 654321 B"} << "--din: DIN check character is 'B'";
        QTest::newRow("bad product code")
            << QStringList{"--product", "S1295"} << "--product: product code";
        QTest::newRow("unknown format") << QStringList{"--format", "png"} << "neither pdf nor zpl";
    }
    void labelCommandRefusesBeforeWriting()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, message);
        const QString out = dir.filePath(QStringLiteral("refused.pdf"));
        QStringList args = labelArgs(QStringLiteral("pdf"), out);
        args[args.indexOf(change.at(0)) + 1] = change.at(1);
        const Run r = chainkeeper(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("chainkeeper: ")) && r.err.contains(message),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.out.isEmpty());
    }

    void labelCommandNeedsEveryField()
    {
        QStringList args = labelArgs(QStringLiteral("zpl"), dir.filePath(QStringLiteral("x")));
        args.remove(args.indexOf(QStringLiteral("--coi")), 2);
        const Run r = chainkeeper(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("label needs --coi")), qPrintable(r.err));
    }

    void identifyImageOneSymbol()
    {
        const QString zint = QStandardPaths::findExecutable(QStringLiteral("zint"));
        if (zint.isEmpty())
            QSKIP("*** zint is not installed (apt-get install zint): this test did NOT run ***");
        const QString file = dir.filePath(QStringLiteral("din.png"));
        QProcess p;
        p.start(zint, {"-b", "20", "-d", "=G12341765432170", "--quietzones", "--scale=2",
                       "--filetype=PNG", "-o", file});
        QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
        const Run r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"kind"].toString(), QStringLiteral("isbt128.din"));
        QCOMPARE(o[u"normalized"].toString(), QStringLiteral("G123417654321"));
        QCOMPARE(o[u"source"].toString(), QStringLiteral("image"));
        QCOMPARE(o[u"symbology"].toString(), QStringLiteral("]C0"));
        QCOMPARE(o[u"symbologyName"].toString(), QStringLiteral("Code 128"));
        QCOMPARE(o[u"fields"][u"checkCharacter"].toString(), QStringLiteral("A"));
    }

    void identifyImageWithAForeignSymbol()
    {
        const Result<BarcodeMatrix> din =
            BarcodeMatrix::encode(BarcodeMatrix::Symbology::Code128, "=G12341765432170");
        const Result<BarcodeMatrix> other =
            BarcodeMatrix::encode(BarcodeMatrix::Symbology::DataMatrix, "hello world");
        const Grey g =
            sideBySide(fromRaster(din->raster(3, 10, 120)), fromRaster(other->raster(6, 4)));
        const QString file = dir.filePath(QStringLiteral("mixed.png"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png(g));
        f.close();
        const Run r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"), file});
        QCOMPARE(r.code, 2);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        // Reading order: the Data Matrix's centre is higher up than the Code 128's.
        QVERIFY(all.at(0)[u"error"].toString().contains(QStringLiteral("not a label")));
        QCOMPARE(all.at(0)[u"symbologyName"].toString(), QStringLiteral("Data Matrix"));
        QCOMPARE(all.at(1)[u"normalized"].toString(), QStringLiteral("G123417654321"));
        QVERIFY(!all.at(1).toObject().contains(QStringLiteral("error")));
        QVERIFY2(r.err.contains(QStringLiteral("symbol 1 of 2 (Data Matrix)")), qPrintable(r.err));
    }

    void identifyImageRefusals()
    {
        const QString blank = dir.filePath(QStringLiteral("blank.png"));
        QFile f(blank);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(png({80, 40, QByteArray(80 * 40, '\xff')}));
        f.close();
        Run r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"), blank});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no Code 128, Data Matrix or QR Code symbol")),
                 qPrintable(r.err));

        const QString notImage = dir.filePath(QStringLiteral("text.png"));
        QFile t(notImage);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("not an image");
        t.close();
        r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"), notImage});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("chainkeeper: cannot read image")),
                 qPrintable(r.err));

        r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"),
                         dir.filePath(QStringLiteral("missing.png"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no such file")));

        r = chainkeeper(
            {QStringLiteral("identify"), QStringLiteral("--image"), blank, QStringLiteral("X")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("no TEXT with --image")));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
