// Container labels as painted (QtGui): LabelPainter's label, rasterised at a printer's resolution,
// reads back through ImageDecoder to exactly the data asked for, its modules on whole printer
// dots; the PDF QPdfWriter writes of it has the page, title and fonts it should; `chainkeeper
// label --format pdf` writes that PDF on a machine without a display. Runs under a
// QGuiApplication on the offscreen platform (ctest sets QT_QPA_PLATFORM).
#include "LabelPainter.h"
#include "PdfLabel.h"

#include "identity/ImageDecoder.h"
#include "identity/LabelSpec.h"
#include "identity/ZplLabel.h"

#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

LabelSpec specFor(const LabelRequest &r, const IdentifyOptions &options = {})
{
    Result<LabelSpec> s = LabelSpec::fromRequest(r, options);
    if (!s)
        qFatal("label refused: %s", qPrintable(s.error().message));
    return *s;
}

QList<QByteArray> expectedScans(const LabelSpec &s)
{
    QList<QByteArray> e{"]C0" + s.dinBarcode, "]C0" + s.coiBarcode, "]d1" + s.dataMatrix()};
    std::sort(e.begin(), e.end());
    return e;
}

QList<QByteArray> decodeImage(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const Result<QList<DecodedSymbol>> r = ImageDecoder::decodeAllLuminance(
        grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()));
    QList<QByteArray> out;
    if (r)
        for (const DecodedSymbol &s : *r)
            out.append(s.scan);
    std::sort(out.begin(), out.end());
    return out;
}

// A PDF text string as QPdfWriter writes it: UTF-16BE after a byte order mark.
QByteArray pdfText(const QString &text)
{
    QByteArray out("(\xfe\xff");
    for (const QChar c : text)
        for (const char byte : {char(c.unicode() >> 8), char(c.unicode() & 0xff)}) {
            if (byte == '(' || byte == ')' || byte == '\\')
                out += '\\';
            out += byte;
        }
    return out + ')';
}

// The PDF without the value of its /CreationDate, the one field Qt 6.4 varies (PdfLabel.cpp).
QByteArray withoutCreationDate(QByteArray pdf)
{
    const qsizetype at = pdf.indexOf("/CreationDate (");
    if (at >= 0)
        pdf.remove(at, pdf.indexOf(')', at) + 1 - at);
    return pdf;
}

// 4 x 2 inch in points; Qt writes the numbers with six decimals.
bool hasLabelMediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox \\[0 0 288(\\.0+)? 144(\\.0+)?\\]"));
    return box.match(QString::fromLatin1(pdf)).hasMatch();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int grey(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y));
}

// The union of the bars `rowHeight` dots high: 6, the Data Matrix's rows; 64, a Code 128's bars,
// of the topmost one only (the DIN's).
QRect boundingBox(const QList<LabelPainter::Bar> &bars, int rowHeight)
{
    int top = LabelPainter::kHeightDots;
    for (const LabelPainter::Bar &b : bars)
        if (b.dots.height() == rowHeight)
            top = std::min(top, b.dots.top());
    QRect box;
    for (const LabelPainter::Bar &b : bars)
        if (b.dots.height() == rowHeight && (rowHeight != 64 || b.dots.top() == top))
            box = box.united(b.dots);
    return box;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

// The command as on a server: no display, no QT_QPA_PLATFORM.
Run chainkeeper(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
                                QStringLiteral("WAYLAND_DISPLAY")})
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHAINKEEPER_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

// Options first, the command last: `label` is found among option values all the same.
QStringList labelArgs(const QString &out)
{
    const LabelRequest r = reference();
    return {
        QStringLiteral("--din"),    r.din,     QStringLiteral("--product"),   r.productCode,
        QStringLiteral("--coi"),    r.coi,     QStringLiteral("--initials"),  r.initials,
        QStringLiteral("--expiry"), r.expiry,  QStringLiteral("--container"), r.containerId,
        QStringLiteral("--batch"),  r.batchId, QStringLiteral("--format"),    QStringLiteral("pdf"),
        QStringLiteral("--out"),    out,       QStringLiteral("label")};
}

} // namespace

class TestLabelPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    // --- The painted label --------------------------------------------------------------------

    void paintedLabelReadsBack_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("coi");
        QTest::addColumn<QString>("sitePattern");
        const QString isbt = QStringLiteral("CHA999926ABC123");
        QTest::newRow("ISBT 128 CoI, 203 dpi") << 203 << isbt << QString();
        QTest::newRow("ISBT 128 CoI, 300 dpi") << 300 << isbt << QString();
        // Sharp and large, as a flatbed scan: ZXing's downscaling aborted on these.
        QTest::newRow("ISBT 128 CoI, 406 dpi") << 406 << isbt << QString();
        QTest::newRow("ISBT 128 CoI, 812 dpi") << 812 << isbt << QString();
        QTest::newRow("demo site CoI") << 203 << QStringLiteral("COI-DEMO-7Q2K-4815") << QString();
        QTest::newRow("site CoI with a caret")
            << 203 << QStringLiteral("CO^1234") << QStringLiteral("CO\\^[0-9]{4}");
        // 40 characters of code set B: one dot a module, the finest the printer has.
        QTest::newRow("long site CoI, one dot a module")
            << 203 << QStringLiteral("COI-") + QString(36, QLatin1Char('X'))
            << QStringLiteral("COI-[A-Z]{30,60}");
    }
    void paintedLabelReadsBack()
    {
        // Painted at the printer's resolution and at 300 dpi, decoded: exactly the DIN, the CoI
        // and the compound message come back, with the symbology a scanner would send.
        QFETCH(int, dpi);
        QFETCH(QString, coi);
        QFETCH(QString, sitePattern);
        IdentifyOptions options;
        if (!sitePattern.isEmpty())
            options.siteCoi = *SiteCoiFormat::fromPattern(sitePattern);
        LabelRequest r = reference();
        r.coi = coi;
        const LabelSpec s = specFor(r, options);
        const Result<LabelPainter> label = LabelPainter::layout(s);
        QVERIFY2(label.ok(), label.ok() ? "" : qPrintable(label.error().message));
        const QImage image = label->image(dpi);
        QCOMPARE(image.size(), QSize(4 * dpi, 2 * dpi));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        QCOMPARE(decodeImage(image), expectedScans(s));
        QCOMPARE(label->symbols().size(), 3);
        QCOMPARE(label->symbols().at(2).symbology(), BarcodeMatrix::Symbology::DataMatrix);
    }

    void symbolsLieOnWholeDots()
    {
        // At 203 dpi every pixel of a symbol is one printer dot, black or white, nothing between:
        // the modules of ZXing's writer at whole dots, no edge antialiased grey.
        const Result<LabelPainter> label = LabelPainter::layout(specFor(reference()));
        QVERIFY(label.ok());
        const QImage image = label->image(LabelPainter::kDotsPerInch);
        const BarcodeMatrix &din = label->symbols().at(0);
        const QRect code = boundingBox(label->bars(), 64);
        QCOMPARE(code.width() % din.width(), 0);
        const int module = code.width() / din.width();
        QCOMPARE(module, 2);
        for (int y = code.top(); y <= code.bottom(); ++y)
            for (int x = code.left(); x <= code.right(); ++x)
                QCOMPARE(grey(image, x, y), din.dark((x - code.left()) / module, 0) ? 0 : 255);
        const BarcodeMatrix &matrix = label->symbols().at(2);
        const QRect square = boundingBox(label->bars(), 6);
        QCOMPARE(square.size(), QSize(6 * matrix.width(), 6 * matrix.height()));
        QCOMPARE(square.right(), LabelPainter::kWidthDots - 24 - 1); // the right margin, 3 mm
        for (int y = square.top(); y <= square.bottom(); ++y)
            for (int x = square.left(); x <= square.right(); ++x)
                QCOMPARE(grey(image, x, y),
                         matrix.dark((x - square.left()) / 6, (y - square.top()) / 6) ? 0 : 255);
    }

    void textIsDejaVuSansWhereLaidOut()
    {
        const QFontInfo info(LabelPainter::font(24));
        QCOMPARE(info.family(), QStringLiteral("DejaVu Sans"));
        const LabelSpec s = specFor(reference());
        const Result<LabelPainter> label = LabelPainter::layout(s);
        const QImage image = label->image(LabelPainter::kDotsPerInch);
        QStringList texts;
        for (const LabelPainter::Text &t : label->texts()) {
            texts.append(t.text);
            int dark = 0;
            for (int y = t.topLeft.y(); y < t.topLeft.y() + t.pixelSize; ++y)
                for (int x = t.topLeft.x(); x < t.topLeft.x() + t.room; ++x)
                    dark += grey(image, x, y) < 128;
            QVERIFY2(dark > 10 * t.text.size(), qPrintable(t.text));
        }
        QCOMPARE(texts, QStringList({s.dinLine(), s.coiLine()}) + s.detailLines());
    }

    void longTextIsNarrowedNotCut()
    {
        // Batch and container ids of 32 characters make a detail line wider than the label: it is
        // narrowed to fit between the margins, and every line stays clear of the Data Matrix.
        LabelRequest r = reference();
        r.batchId = QStringLiteral("B-2026-") + QString(25, QLatin1Char('W'));
        r.containerId = QStringLiteral("C-") + QString(30, QLatin1Char('M'));
        const LabelSpec s = specFor(r);
        const Result<LabelPainter> label = LabelPainter::layout(s);
        const QImage image = label->image(LabelPainter::kDotsPerInch);
        const LabelPainter::Text &last = label->texts().constLast();
        QVERIFY(last.text.contains(s.batchId) && last.text.contains(s.containerId));
        QVERIFY(
            QFontMetricsF(LabelPainter::font(last.pixelSize), &image).horizontalAdvance(last.text) >
            1.3 * last.room);
        const QRect matrix = boundingBox(label->bars(), 6);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const bool inMargin = x >= LabelPainter::kWidthDots - 24 || x < 24;
                const bool inMatrix = matrix.contains(x, y);
                if (inMargin || (!inMatrix && x > matrix.left() - 16 && y <= matrix.bottom()))
                    QVERIFY2(grey(image, x, y) == 255,
                             qPrintable(QStringLiteral("dark at %1,%2").arg(x).arg(y)));
            }
        // Something of the line's end is printed near the right margin: narrowed, not cut.
        int dark = 0;
        for (int y = last.topLeft.y(); y < last.topLeft.y() + last.pixelSize; ++y)
            for (int x = last.topLeft.x() + last.room - 40; x < last.topLeft.x() + last.room; ++x)
                dark += grey(image, x, y) < 128;
        QVERIFY(dark > 0);
        QCOMPARE(decodeImage(image), expectedScans(s));
    }

    void codeTooLongIsRefused()
    {
        // 50 characters of code set B do not fit beside the Data Matrix even at one dot a module:
        // the painter refuses as the ZPL does, and no PDF is made.
        IdentifyOptions options;
        options.siteCoi = *SiteCoiFormat::fromPattern(QStringLiteral("COI-[A-Z]{30,60}"));
        LabelRequest r = reference();
        r.coi = QStringLiteral("COI-") + QString(50, QLatin1Char('X'));
        const LabelSpec s = specFor(r, options);
        const Result<LabelPainter> label = LabelPainter::layout(s);
        QVERIFY(!label.ok());
        QCOMPARE(label.error().kind, Error::Kind::BadInput);
        QVERIFY2(label.error().message.contains(QStringLiteral("too long for a Code 128")),
                 qPrintable(label.error().message));
        QVERIFY(!ZplLabel::render(s).ok());
        const Result<QByteArray> pdf = PdfLabel::render(s);
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().message, label.error().message);
    }

    // --- The PDF ------------------------------------------------------------------------------

    void pdfStructure_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203 dpi") << 203;
        QTest::newRow("300 dpi") << 300;
    }
    void pdfStructure()
    {
        QFETCH(int, dpi);
        const LabelSpec s = specFor(reference());
        const Result<QByteArray> rendered = PdfLabel::render(s, dpi);
        QVERIFY2(rendered.ok(), rendered.ok() ? "" : qPrintable(rendered.error().message));
        const QByteArray pdf = *rendered;
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        QVERIFY2(hasLabelMediaBox(pdf), pdf.left(2000).constData());
        QVERIFY(pdf.contains("/Title " + pdfText(QStringLiteral("Container label G123417654321"))));
        QVERIFY(pdf.contains("/Creator " + pdfText(QStringLiteral("Chainkeeper"))));
        // One font, embedded: DejaVu Sans (one face keeps the bytes the same, LabelPainter.h).
        QCOMPARE(pdf.count("/FontFile2"), 1);
        QVERIFY(pdf.contains("/BaseFont /DejaVuSans\n") || pdf.contains("/BaseFont /DejaVuSans "));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
        // The cross-reference table points at each object.
        const qsizetype startxref = pdf.lastIndexOf("startxref\n");
        const qsizetype xref = pdf.mid(startxref + 10).split('\n').first().toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));
        const QList<QByteArray> table = pdf.mid(xref).split('\n');
        const int objects = table.at(1).split(' ').at(1).toInt();
        QVERIFY(objects > 8);
        for (int i = 1; i < objects; ++i) {
            const qsizetype offset = table.at(2 + i).left(10).toLongLong();
            QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(i) + " 0 obj"),
                     table.at(2 + i).constData());
        }
        // The same label, the same bytes, but for the time of writing Qt 6.4 always records.
        QCOMPARE(pdf.count("/CreationDate (D:"), 1);
        QCOMPARE(withoutCreationDate(*PdfLabel::render(s, dpi)), withoutCreationDate(pdf));
        LabelRequest other = reference();
        other.initials = QStringLiteral("AB");
        QVERIFY(withoutCreationDate(*PdfLabel::render(specFor(other), dpi)) !=
                withoutCreationDate(pdf));
    }

    void pdfRefusesAnUnsupportedResolution()
    {
        const Result<QByteArray> pdf = PdfLabel::render(specFor(reference()), 150);
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().kind, Error::Kind::BadInput);
        QVERIFY(pdf.error().message.contains(QStringLiteral("203 or 300 dpi")));
    }

    // --- The command line ---------------------------------------------------------------------

    void labelCommandWritesPdf()
    {
        const QString path = dir.filePath(QStringLiteral("l.pdf"));
        Run r = chainkeeper(labelArgs(path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QByteArray pdf = readAll(path);
        QVERIFY(r.out.startsWith("wrote " + path.toUtf8() + ": pdf label, " +
                                 QByteArray::number(pdf.size()) + " bytes, DIN G1234 17 654321 A"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 4096, QByteArray::number(pdf.size()).constData());
        QVERIFY(hasLabelMediaBox(pdf));
        QVERIFY(pdf.contains("/Title " + pdfText(QStringLiteral("Container label G123417654321"))));
        // The command writes what the library renders.
        QCOMPARE(withoutCreationDate(pdf),
                 withoutCreationDate(*PdfLabel::render(specFor(reference()))));

        r = chainkeeper(labelArgs(QStringLiteral("-")));
        QCOMPARE(r.code, 0);
        QCOMPARE(withoutCreationDate(r.out), withoutCreationDate(pdf));
    }

    void labelCommandRefusesWithoutWritingAPdf()
    {
        QStringList args = labelArgs(dir.filePath(QStringLiteral("refused.pdf")));
        args[args.indexOf(QStringLiteral("--expiry")) + 1] = QStringLiteral("2026-02-30");
        const Run r = chainkeeper(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("chainkeeper: --expiry: '2026-02-30' is not a calendar "
                                       "date\n"));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("refused.pdf"))));
    }

    void identifyImageWholeLabel()
    {
        // The label as a 203 dpi printer puts it on paper, text and all, saved as a PNG: all
        // three symbols, and nothing the text might look like.
        const Result<LabelPainter> label = LabelPainter::layout(specFor(reference()));
        const QString file = dir.filePath(QStringLiteral("label.png"));
        QVERIFY(label->image(LabelPainter::kDotsPerInch).save(file));
        const Run r = chainkeeper({QStringLiteral("identify"), QStringLiteral("--image"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 3);
        QStringList kinds;
        for (const QJsonValue &v : all) {
            kinds.append(v[u"kind"].toString());
            QCOMPARE(v[u"source"].toString(), QStringLiteral("image"));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{"isbt128.coi", "isbt128.compound", "isbt128.din"}));
        for (const QJsonValue &v : all)
            if (v[u"kind"].toString() == QLatin1String("isbt128.compound")) {
                QCOMPARE(v[u"symbologyName"].toString(), QStringLiteral("Data Matrix"));
                QCOMPARE(v[u"fields"][u"count"].toInt(), 4);
            }
    }
};

QTEST_MAIN(TestLabelPdf)
#include "tst_label_pdf.moc"
