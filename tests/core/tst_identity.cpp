// Parsing what is scanned: ISBT 128 and GS1 structures from the standards' published examples,
// bar code images made by an independent generator (zint) and read back by ZXing, and damaged
// input of every kind a cleanroom scanner or keyboard produces.
//
// Sources of the good vectors (each is also checked by our own computation below):
//  [ST-001]  ICCBBA, ISBT 128 Standard Technical Specification ST-001 v6.2.2 (2023):
//            Appendix A.1 worked check character example "G1234 17 654321" -> K = A;
//            A.2 type 3 flags: "=G12341765432170"; Figure 2 "A9999 21 123456", flags 01, K = 3;
//            2.4.3 Figures 3 and 4, product codes "S12954A0" and "T1295003";
//            2.4.40 structure 040 "&/CHαppppyynnnnnn".
//  [ST-012]  ICCBBA, ISBT 128 and the Single European Code ST-012 v1.4.0, 6.2 "Data Matrix symbol
//            1": "=Z54991712345600", "=<T0416003", "&>0183652359" (= expiry 2018-12-31).
//  [GS1-GS]  GS1 General Specifications: the example GTIN 09521234543213 (GS1 prefix 952 is
//            reserved for examples) and the element string order (01)(17)(10).
//  [GS1-DL]  GS1 Digital Link standard: the example GTIN 09506000134352.
//  [DEMO]    resources/demo/orders.json: the demo site's CoI "COI-DEMO-7Q2K-4815".
#include "identity/ChainOfIdentity.h"
#include "identity/Gs1Parser.h"
#include "identity/ImageDecoder.h"
#include "identity/Isbt128Parser.h"
#include "identity/LabelIdentifier.h"
#include "identity/Mod37_2.h"
#include "identity/ScanInput.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {

// A fixed "today" so GS1's two-digit years resolve the same on every run.
IdentifyOptions fixedOptions()
{
    IdentifyOptions o;
    o.today = QDate(2026, 1, 15);
    return o;
}

Result<ScannedLabel> read(const QByteArray &raw)
{
    return identify(raw, fixedOptions());
}

std::string_view sv(const QByteArray &b)
{
    return scan::view(b);
}

// DINs of the ISBT 128 shape, deterministic: facility letter (no O) + 4 digits, year, sequence.
QList<QByteArray> someDins(int count)
{
    QRandomGenerator rng(20260115);
    QList<QByteArray> dins = {"G123417654321", "A999921123456", "Z549917123456"};
    const QByteArray letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
    while (dins.size() < count) {
        QByteArray d;
        d += letters.at(rng.bounded(letters.size()));
        for (int i = 0; i < 12; ++i)
            d += static_cast<char>('0' + rng.bounded(10));
        dins.append(d);
    }
    return dins;
}

// Zint writes BMP; reading it here keeps the core tests QtCore-only (no QImage).
struct GreyImage
{
    int width = 0;
    int height = 0;
    QByteArray pixels; // 8-bit luminance, rows packed
};

quint32 le32(const QByteArray &b, qsizetype at)
{
    return static_cast<quint32>(static_cast<uchar>(b.at(at))) |
           static_cast<quint32>(static_cast<uchar>(b.at(at + 1))) << 8 |
           static_cast<quint32>(static_cast<uchar>(b.at(at + 2))) << 16 |
           static_cast<quint32>(static_cast<uchar>(b.at(at + 3))) << 24;
}
quint16 le16(const QByteArray &b, qsizetype at)
{
    return static_cast<quint16>(static_cast<uchar>(b.at(at)) | static_cast<uchar>(b.at(at + 1))
                                                                   << 8);
}

std::optional<GreyImage> readBmp(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray b = f.readAll();
    if (b.size() < 54 || !b.startsWith("BM"))
        return std::nullopt;
    const qsizetype dataOffset = le32(b, 10);
    const qsizetype headerSize = le32(b, 14);
    const int width = static_cast<int>(le32(b, 18));
    const int rawHeight = static_cast<int>(le32(b, 22));
    const int bpp = le16(b, 28);
    if (le32(b, 30) != 0 || width <= 0 || rawHeight == 0 ||
        (bpp != 1 && bpp != 8 && bpp != 24 && bpp != 32))
        return std::nullopt;
    const bool topDown = rawHeight < 0;
    const int height = topDown ? -rawHeight : rawHeight;
    const qsizetype rowBytes = ((static_cast<qsizetype>(width) * bpp + 31) / 32) * 4;
    if (dataOffset + rowBytes * height > b.size())
        return std::nullopt;
    const auto grey = [](int r, int g, int bl) {
        return static_cast<char>((r * 299 + g * 587 + bl * 114) / 1000);
    };
    const qsizetype palette = 14 + headerSize;
    GreyImage img;
    img.width = width;
    img.height = height;
    img.pixels.resize(static_cast<qsizetype>(width) * height);
    for (int y = 0; y < height; ++y) {
        const qsizetype row = dataOffset + rowBytes * (topDown ? y : height - 1 - y);
        for (int x = 0; x < width; ++x) {
            int r = 0, g = 0, bl = 0;
            if (bpp <= 8) {
                const int index = bpp == 1
                                      ? (static_cast<uchar>(b.at(row + x / 8)) >> (7 - x % 8)) & 1
                                      : static_cast<uchar>(b.at(row + x));
                const qsizetype entry = palette + 4 * index;
                bl = static_cast<uchar>(b.at(entry));
                g = static_cast<uchar>(b.at(entry + 1));
                r = static_cast<uchar>(b.at(entry + 2));
            } else {
                const qsizetype p = row + static_cast<qsizetype>(x) * (bpp / 8);
                bl = static_cast<uchar>(b.at(p));
                g = static_cast<uchar>(b.at(p + 1));
                r = static_cast<uchar>(b.at(p + 2));
            }
            img.pixels[static_cast<qsizetype>(y) * width + x] = grey(r, g, bl);
        }
    }
    return img;
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- ISO 7064 Mod 37-2 ------------------------------------------------------------------

    void mod37_2PublishedExamples_data()
    {
        QTest::addColumn<QByteArray>("din");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("character");
        // [ST-001] A.1: weighted sum 146178, mod 37 = 28, 38 - 28 = 10 -> 'A'.
        QTest::newRow("ST-001 A.1 G1234 17 654321") << QByteArray("G123417654321") << 10 << "A";
        // [ST-001] Figure 2: check character 3.
        QTest::newRow("ST-001 Fig.2 A9999 21 123456") << QByteArray("A999921123456") << 3 << "3";
    }
    void mod37_2PublishedExamples()
    {
        QFETCH(QByteArray, din);
        QFETCH(int, value);
        QFETCH(QString, character);
        QCOMPARE(Mod37_2::checkValue(sv(din)).value_or(-1), value);
        QCOMPARE(QString(QLatin1Char(Mod37_2::checkCharacter(sv(din)).value_or('?'))), character);
    }

    void mod37_2RefusesCharactersOutsideItsAlphabet()
    {
        QVERIFY(!Mod37_2::checkValue("").has_value());
        QVERIFY(!Mod37_2::checkValue("g123417654321").has_value());
        QVERIFY(!Mod37_2::checkValue("G12341765432 ").has_value());
        QCOMPARE(Mod37_2::characterFor(36), '*');
        QCOMPARE(Mod37_2::characterFor(37), '\0');
        QCOMPARE(Mod37_2::valueOf('*'), 36);
    }

    // The check character computed the textbook way (sum of value * 2^position, ISO 7064 / ST-001
    // A.1 steps 1-6) by an independent implementation in Python, against ours (the recursive form).
    void mod37_2MatchesIndependentPythonImplementation()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the independent Mod 37-2 cross-check did NOT run");
        const QByteArray script = R"(import sys
A = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
for line in sys.stdin:
    s = line.strip()
    if s:
        total = sum(A.index(c) * 2 ** (len(s) - i) for i, c in enumerate(s))
        print(A[(38 - total % 37) % 37])
)";
        const QList<QByteArray> dins = someDins(2000);
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QString::fromLatin1(script)});
        QVERIFY(p.waitForStarted());
        p.write(dins.join('\n') + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QList<QByteArray> theirs = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(theirs.size(), dins.size());
        for (qsizetype i = 0; i < dins.size(); ++i)
            QCOMPARE(QByteArray(1, Mod37_2::checkCharacter(sv(dins.at(i))).value_or('?')),
                     theirs.at(i).trimmed());
    }

    // ISO 7064 MOD 37-2 detects every single substitution and every adjacent transposition;
    // checked exhaustively over 300 DINs: each of the 12 adjacent swaps, each of the 13 x 36
    // substitutions.
    void mod37_2CatchesEverySubstitutionAndAdjacentTransposition()
    {
        int transpositions = 0;
        for (const QByteArray &din : someDins(300)) {
            const char k = *Mod37_2::checkCharacter(sv(din));
            for (qsizetype i = 0; i + 1 < din.size(); ++i) {
                if (din.at(i) == din.at(i + 1))
                    continue;
                QByteArray swapped = din;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(*Mod37_2::checkCharacter(sv(swapped)) != k,
                         (din + " / " + swapped).constData());
                ++transpositions;
            }
            for (qsizetype i = 0; i < din.size(); ++i)
                for (const char c : Mod37_2::kAlphabet) {
                    if (c == din.at(i) || c == '*')
                        continue;
                    QByteArray changed = din;
                    changed[i] = c;
                    QVERIFY(*Mod37_2::checkCharacter(sv(changed)) != k);
                }
        }
        QVERIFY(transpositions > 3000);
    }

    // The same through identify(): a typed DIN with two digits swapped is refused, never read as
    // another donation.
    void swappedDigitsInATypedDinAreRefused()
    {
        for (const QByteArray &din : someDins(60)) {
            const char k = *Mod37_2::checkCharacter(sv(din));
            QVERIFY(read(din + k).ok());
            for (qsizetype i = 5; i + 1 < din.size(); ++i) {
                if (din.at(i) == din.at(i + 1))
                    continue;
                QByteArray swapped = din;
                std::swap(swapped[i], swapped[i + 1]);
                const Result<ScannedLabel> r = read(swapped + k);
                QVERIFY2(!r.ok(), swapped.constData());
                QVERIFY(r.error().message.startsWith(QStringLiteral("DIN check character is")));
            }
        }
    }

    // --- Good scans ---------------------------------------------------------------------------

    void identifiesPublishedExamples_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");

        // ISBT 128 DIN
        QTest::newRow("ST-001 A.2 DIN, type 3 flags 70")
            << QByteArray("=G12341765432170") << "isbt128.din"
            << "G123417654321"
            << "flagType"
            << "check-character";
        QTest::newRow("ST-001 A.1 eye-readable with spaces")
            << QByteArray("G1234 17 654321 A") << "isbt128.din"
            << "G123417654321"
            << "checkCharacter"
            << "A";
        QTest::newRow("ST-001 A.1 eye-readable typed in lower case, no spaces")
            << QByteArray("g123417654321a") << "isbt128.din"
            << "G123417654321"
            << "form"
            << "eye-readable";
        QTest::newRow("ST-001 Fig.2 DIN, flags 01 (container 1 of a set)")
            << QByteArray("=A99992112345601") << "isbt128.din"
            << "A999921123456"
            << "flagType"
            << "process-control";
        QTest::newRow("ST-001 Fig.2 eye-readable, K = 3")
            << QByteArray("A9999 21 123456 3") << "isbt128.din"
            << "A999921123456"
            << "eyeReadable"
            << "A9999 21 123456 3";
        QTest::newRow("ST-012 6.2 DIN, flags 00") << QByteArray("=Z54991712345600") << "isbt128.din"
                                                  << "Z549917123456"
                                                  << "flagType"
                                                  << "none";
        QTest::newRow("DIN with local flags 45") << QByteArray("=A99992112345645") << "isbt128.din"
                                                 << "A999921123456"
                                                 << "flagType"
                                                 << "local-process-control";
        QTest::newRow("DIN behind the ]C0 symbology identifier, CR LF after")
            << QByteArray("]C0=G12341765432170\r\n") << "isbt128.din"
            << "G123417654321"
            << "flags"
            << "70";
        // ISBT 128 product code
        QTest::newRow("ST-001 Fig.3 product code S12954A0 (cellular therapy)")
            << QByteArray("=<S12954A0") << "isbt128.product_code"
            << "S12954A0"
            << "collectionType"
            << "4";
        QTest::newRow("ST-001 Fig.4 product code T1295003 (tissue)")
            << QByteArray("=<T1295003") << "isbt128.product_code"
            << "T1295003"
            << "division"
            << "003";
        QTest::newRow("ST-012 6.2 product code T0416003")
            << QByteArray("=<T0416003") << "isbt128.product_code"
            << "T0416003"
            << "category"
            << "tissue";
        // ISBT 128 dates
        QTest::newRow("ST-012 6.2 expiration &>0183652359 = 2018-12-31 23:59")
            << QByteArray("&>0183652359") << "isbt128.expiration"
            << "2018-12-31T23:59"
            << "date"
            << "2018-12-31";
        QTest::newRow("expiration date only =>") << QByteArray("=>026032") << "isbt128.expiration"
                                                 << "2026-02-01"
                                                 << "structure"
                                                 << "004";
        QTest::newRow("collection &* on 29 Feb of a leap year")
            << QByteArray("&*0240601030") << "isbt128.collection"
            << "2024-02-29T10:30"
            << "time"
            << "10:30";
        QTest::newRow("collection =* day 366 of leap year 2024")
            << QByteArray("=*024366") << "isbt128.collection"
            << "2024-12-31"
            << "structure"
            << "006";
        QTest::newRow("collection at midnight 0000")
            << QByteArray("&*0260150000") << "isbt128.collection"
            << "2026-01-15T00:00"
            << "time"
            << "00:00";
        // Chain of identity
        QTest::newRow("coi040 bar code, layout of ST-001 2.4.40")
            << QByteArray("&/CHA999926ABC123") << "isbt128.coi"
            << "CHA999926ABC123"
            << "facility"
            << "A9999";
        QTest::newRow("coi040 as text on a non-ISBT label")
            << QByteArray("CHA999926ABC123") << "isbt128.coi"
            << "CHA999926ABC123"
            << "form"
            << "text";
        QTest::newRow("DEMO site CoI") << QByteArray("COI-DEMO-7Q2K-4815") << "site.coi"
                                       << "COI-DEMO-7Q2K-4815"
                                       << "identifier"
                                       << "COI-DEMO-7Q2K-4815";
        // GS1
        QTest::newRow("GS1-GS parenthesised (01)(17)(10)")
            << QByteArray("(01)09521234543213(17)251231(10)ABC123") << "gs1"
            << "(01)09521234543213(10)ABC123(17)251231"
            << "expiry"
            << "2025-12-31";
        QTest::newRow("GS1-GS parenthesised with spaces between elements")
            << QByteArray("(01) 09521234543213 (17) 251231 (10) ABC123") << "gs1"
            << "(01)09521234543213(10)ABC123(17)251231"
            << "lot"
            << "ABC123";
        QTest::newRow("GS1-GS raw GS1-128 ]C1 with GS after the lot")
            << QByteArray("]C1010952123454321310ABC123\x1d"
                          "17251231")
            << "gs1"
            << "(01)09521234543213(10)ABC123(17)251231"
            << "gtin"
            << "09521234543213";
        QTest::newRow("GS1-DL raw GS1 DataMatrix ]d2, expiry day 00 = last day")
            << QByteArray("]d20109506000134352172402001"
                          "0LOT-7\x1d"
                          "21SN0042")
            << "gs1"
            << "(01)09506000134352(10)LOT-7(17)240200(21)SN0042"
            << "expiry"
            << "2024-02-29";
        QTest::newRow("GS1 raw with the leading FNC1 a scanner sent as GS")
            << QByteArray("]d2\x1d"
                          "0109506000134352")
            << "gs1"
            << "(01)09506000134352"
            << "gtin"
            << "09506000134352";
        QTest::newRow("GS1 raw without symbology identifier, GTIN first")
            << QByteArray("0109506000134352"
                          "11250615"
                          "21A-1")
            << "gs1"
            << "(01)09506000134352(11)250615(21)A-1"
            << "productionDate"
            << "2025-06-15";
        QTest::newRow("GS1 (11) production day 00: month only")
            << QByteArray("(01)09506000134352(11)250600") << "gs1"
            << "(01)09506000134352(11)250600"
            << "productionDate"
            << "2025-06";
        QTest::newRow("GS1 serial of 20 characters, the maximum")
            << QByteArray("(01)09521234543213(21)ABCDEFGHIJ0123456789") << "gs1"
            << "(01)09521234543213(21)ABCDEFGHIJ0123456789"
            << "serial"
            << "ABCDEFGHIJ0123456789";
        QTest::newRow("GS1 raw lot with '(' (found by fuzz_gs1): escaped in the text form")
            << QByteArray("]d20109506000134352"
                          "10LO(-7\x1d"
                          "21SN1")
            << "gs1"
            << "(01)09506000134352(10)LO\\(-7(21)SN1"
            << "lot"
            << "LO(-7";
        QTest::newRow("GS1 parenthesised lot with an escaped '('")
            << QByteArray("(01)09506000134352(10)LO\\(-7(21)SN1") << "gs1"
            << "(01)09506000134352(10)LO\\(-7(21)SN1"
            << "lot"
            << "LO(-7";
        QTest::newRow("GS1 QR ]Q3") << QByteArray("]Q30109521234543213") << "gs1"
                                    << "(01)09521234543213"
                                    << "gtin"
                                    << "09521234543213";
    }
    void identifiesPublishedExamples()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, kind);
        QFETCH(QString, normalized);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const Result<ScannedLabel> r = read(raw);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(ScannedLabel::kindName(r->kind), kind);
        QCOMPARE(r->normalized, normalized);
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(json.value(QStringLiteral("normalized")).toString(), normalized);
        QCOMPARE(json.value(QStringLiteral("fields")).toObject().value(field).toString(), value);
    }

    void dinFieldsAreTyped()
    {
        const Result<ScannedLabel> r = read("]C0=G12341765432170");
        QVERIFY(r.ok());
        QCOMPARE(r->symbology, QStringLiteral("]C0"));
        const IsbtDin &d = std::get<IsbtDin>(r->data);
        QCOMPARE(d.facility, QStringLiteral("G1234"));
        QCOMPARE(d.year, QStringLiteral("17"));
        QCOMPARE(d.sequence, QStringLiteral("654321"));
        QCOMPARE(d.flagType, IsbtDin::FlagType::CheckCharacter);
        QVERIFY(d.checkVerified);
        QCOMPARE(d.checkCharacter, QLatin1Char('A'));
        // A bar code with process-control flags carries no check of its own to verify.
        QVERIFY(!std::get<IsbtDin>(read("=A99992112345601")->data).checkVerified);
    }

    void gs1FieldsAreTyped()
    {
        const Result<ScannedLabel> r = read("]C1010952123454321317251231"
                                            "10ABC123");
        QVERIFY(r.ok());
        const Gs1Message &m = std::get<Gs1Message>(r->data);
        QCOMPARE(m.gtin, QStringLiteral("09521234543213"));
        QCOMPARE(m.expiry, QDate(2025, 12, 31));
        QCOMPARE(m.lot, QStringLiteral("ABC123"));
        QCOMPARE(m.elements.size(), 3);
        QCOMPARE(m.elements.at(1).ai, QStringLiteral("17")); // scan order kept
    }

    void jsonIsOneCompactLineWithAFixedShape()
    {
        const Result<ScannedLabel> r = read("=G12341765432170");
        QVERIFY(r.ok());
        const QByteArray json = QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact);
        QVERIFY(!json.contains('\n'));
        const QJsonObject o = r->toJson();
        QCOMPARE(o.keys(),
                 QStringList({QStringLiteral("fields"), QStringLiteral("kind"),
                              QStringLiteral("normalized"), QStringLiteral("symbology")}));
        QVERIFY(o.value(QStringLiteral("symbology")).isNull());
        QCOMPARE(
            o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("din")).toString(),
            QStringLiteral("G123417654321"));
    }

    void gs1CenturyFollowsTheSlidingWindow()
    {
        // GS1 General Specifications 7.12: 51..99 years ahead -> previous century; 50..99 behind
        // -> next century.
        QCOMPARE(Gs1Parser::yearOf(75, QDate(2026, 1, 1)), 2075);
        QCOMPARE(Gs1Parser::yearOf(77, QDate(2026, 1, 1)), 1977);
        QCOMPARE(Gs1Parser::yearOf(0, QDate(2075, 6, 1)), 2100);
        QCOMPARE(Gs1Parser::yearOf(25, QDate(2075, 6, 1)), 2125);
        QCOMPARE(Gs1Parser::yearOf(26, QDate(2075, 6, 1)), 2026);
    }

    void gtinCheckDigitsOfPublishedGtins()
    {
        // Each verified by hand with weights 3,1,3,... from the right.
        QCOMPARE(Gs1Parser::checkDigit("0952123454321"), 3); // [GS1-GS]
        QCOMPARE(Gs1Parser::checkDigit("0950600013435"), 2); // [GS1-DL]
        QCOMPARE(Gs1Parser::checkDigit("0000000000000"), 0);
    }

    // --- Damaged scans ------------------------------------------------------------------------

    void refusesDamagedInput_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("message");

        // wrong check characters
        QTest::newRow("eye-readable DIN, wrong check character")
            << QByteArray("G1234 17 654321 K")
            << "DIN check character is 'K', the number G123417654321 computes 'A'";
        QTest::newRow("DIN bar code, type 3 flags of another number")
            << QByteArray("=G12341765432171")
            << "DIN flags 71 carry check character 'B', the number G123417654321 computes 'A'";
        QTest::newRow("eye-readable DIN without its check character")
            << QByteArray("G1234 17 654321") << "has no check character";
        QTest::newRow("eye-readable DIN, check character not in the alphabet")
            << QByteArray("G1234 17 654321 #") << "check character '#' must be";
        QTest::newRow("GTIN check digit wrong")
            << QByteArray("(01)09521234543217(17)251231")
            << "GTIN check digit 7 does not match computed 3 in (01)09521234543217";
        // swapped digits
        QTest::newRow("eye-readable DIN, two sequence digits swapped")
            << QByteArray("G1234 17 654312 A") << "DIN check character is 'A'";
        QTest::newRow("GTIN, two adjacent digits swapped")
            << QByteArray("(01)09521234543123") << "GTIN check digit 3 does not match computed";
        // truncated
        QTest::newRow("DIN bar code truncated")
            << QByteArray("=G1234176543") << "has 11 characters after '='; a DIN bar code has 15";
        QTest::newRow("product code truncated")
            << QByteArray("=<S1295") << "has 5 characters after =<; a product code has 8";
        QTest::newRow("expiration truncated")
            << QByteArray("&>018365235") << "needs 10 digits after the data identifier";
        QTest::newRow("GS1 GTIN truncated") << QByteArray("(01)0952123454321")
                                            << "(01) GTIN needs 14 digits, '0952123454321' has 13";
        QTest::newRow("GS1 raw truncated inside the expiry")
            << QByteArray("]C1010952123454321317251") << "(17) expiry needs 6 digits, '251' has 3";
        QTest::newRow("GS1 raw, a GS cuts a fixed field short") << QByteArray("]C101095212345\x1d"
                                                                              "17251231")
                                                                << "(01) GTIN needs 14 digits";
        QTest::newRow("CoI truncated")
            << QByteArray("&/CHA999926ABC")
            << "has 12 characters after the data identifier; it needs 15";
        QTest::newRow("symbology identifier alone")
            << QByteArray("]C1") << "only the symbology identifier ]C1";
        // wrong data identifiers
        QTest::newRow("blood group where a DIN was asked")
            << QByteArray("=%5100")
            << "ISBT 128 Blood Groups [ABO and RhD] (data identifier =%, "
               "data structure 002)";
        QTest::newRow("compound message")
            << QByteArray("=+05000=Z54991712345600")
            << "Compound Message (data identifier =+, data structure 023)";
        QTest::newRow("single European code &,4")
            << QByteArray("&,4PL001499Z549917123456A00T041600320181231") << "Single European Code";
        QTest::newRow("facility-defined &a")
            << QByteArray("&a1234") << "not defined by ICCBBA (data identifier &a";
        QTest::newRow("unknown identifier &X")
            << QByteArray("&X1234") << "'&X', which is not an ISBT 128 data identifier";
        QTest::newRow("DIN facility starting with O")
            << QByteArray("=O12341765432100") << "never starts with the letter O";
        QTest::newRow("DIN with a letter in the sequence")
            << QByteArray("=G123417654A2100") << "sequence number '654A21' must be six digits";
        QTest::newRow("DIN with flag character I")
            << QByteArray("=G1234176543210I") << "flag characters '0I' must be digits";
        QTest::newRow("product code of an unassigned category")
            << QByteArray("=<Z12954A0") << "product category 'Z' is not assigned";
        QTest::newRow("product code with a capital in place 8")
            << QByteArray("=<S12954AB") << "character 8 must be a small letter or a digit";
        QTest::newRow("CoI with the letter O in the facility")
            << QByteArray("&/CHO999926ABC123") << "is not a facility identification number";
        QTest::newRow("CoI without CH") << QByteArray("&/XXA999926ABC123") << "must start with CH";
        QTest::newRow("CoI with a small letter in the sequence")
            << QByteArray("&/CHA999926abc123") << "may hold only capital letters and digits";
        QTest::newRow("GS separator inside ISBT 128 data")
            << QByteArray("=G1234176543\x1d"
                          "2170")
            << "holds a space or a control character";
        QTest::newRow("unknown AI, parenthesised") << QByteArray("(01)09521234543213(240)ABC")
                                                   << "application identifier (240) is not one";
        QTest::newRow("unknown AI, raw") << QByteArray("]d20109521234543213"
                                                       "30"
                                                       "12")
                                         << "the application identifier at position 17 ('3012'…)";
        QTest::newRow("GS1 without (01)")
            << QByteArray("(10)ABC123(17)251231") << "has no (01) GTIN";
        QTest::newRow("AI twice") << QByteArray("(01)09521234543213(10)A(10)B")
                                  << "AI (10) appears twice";
        QTest::newRow("lot over 20 characters")
            << QByteArray("(01)09521234543213(10)ABCDEFGHIJKLMNOPQRSTU")
            << "(10) lot is 21 characters long; GS1 allows at most 20";
        QTest::newRow("raw lot runs into the serial without GS")
            << QByteArray("]C1010952123454321310ABC123456789012345"
                          "21X")
            << "(10) lot is 21 characters long";
        QTest::newRow("lot with a space") << QByteArray("(01)09521234543213(10)AB C1")
                                          << "character ' ' at position 3 is not allowed";
        QTest::newRow("empty lot")
            << QByteArray("(01)09521234543213(10)(17)251231") << "(10) lot is empty";
        QTest::newRow("parenthesis never closed")
            << QByteArray("(01)09521234543213(17") << "is never closed";
        // real dates
        QTest::newRow("GS1 (17) Feb 30")
            << QByteArray("(01)09521234543213(17)250230")
            << "(17) expiry 250230: day 30 does not exist in February 2025";
        QTest::newRow("GS1 (17) month 13")
            << QByteArray("(01)09521234543213(17)251332") << "(17) expiry 251332: month 13";
        QTest::newRow("GS1 (11) Feb 29 of a common year")
            << QByteArray("(01)09521234543213(11)250229")
            << "(11) production date 250229: day 29 does not exist in February 2025";
        QTest::newRow("ISBT day 366 of common year 2025")
            << QByteArray("&>0253662359") << "day 366 of 2025 does not exist (2025 has 365 days)";
        QTest::newRow("ISBT day 000") << QByteArray("=*025000") << "day 000 does not exist";
        QTest::newRow("ISBT day 999") << QByteArray("=>025999") << "day 999 of 2025 does not exist";
        QTest::newRow("ISBT hour 24") << QByteArray("&>0253652400") << "hour 24";
        QTest::newRow("ISBT minute 60") << QByteArray("&*0250011260") << "minute 60";
        QTest::newRow("ISBT date with a letter")
            << QByteArray("&>02536523A9") << "must be digits only";
        // bytes no label carries
        QTest::newRow("non-ASCII byte (UTF-8 é)") << QByteArray("=G1234176543\xc3\xa9"
                                                                "70")
                                                  << "byte 0xC3 at position 13 is not ASCII";
        QTest::newRow("Latin-1 byte") << QByteArray("COI-DEMO-7Q2K-48\xb5"
                                                    "5")
                                      << "byte 0xB5 at position 17 is not ASCII";
        QTest::newRow("embedded NUL") << QByteArray("=G123417\0"
                                                    "65432170",
                                                    16)
                                      << "control character 0x00 at position 9";
        QTest::newRow("escape character")
            << QByteArray("\x1b[A=G12341765432170") << "control character 0x1B at position 1";
        QTest::newRow("DEL") << QByteArray("(01)0952123454\x7f"
                                           "3213")
                             << "control character 0x7F";
        QTest::newRow("10 000-character input")
            << QByteArray(10000, 'A') << "the scan is 10000 bytes long";
        QTest::newRow("513 characters, one past the limit")
            << QByteArray("=") + QByteArray(512, '1') << "the scan is 513 bytes long";
        QTest::newRow("empty") << QByteArray() << "the scan is empty";
        QTest::newRow("only spaces and Enter") << QByteArray("   \r\n") << "the scan is empty";
        QTest::newRow("']' without a symbology identifier")
            << QByteArray("]!=G12341765432170") << "carries no symbology identifier";
        QTest::newRow("nothing Chainkeeper reads")
            << QByteArray("hello world") << "is not a label Chainkeeper reads";
        QTest::newRow("demo CoI with a lower-case letter")
            << QByteArray("COI-DEMO-7q2K-4815") << "is not a label Chainkeeper reads";
    }
    void refusesDamagedInput()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, message);
        const Result<ScannedLabel> r = read(raw);
        QVERIFY2(!r.ok(), r.ok() ? qPrintable(r->normalized) : "");
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
        QVERIFY(r.error().message.size() < 600); // one readable line, whatever was scanned
    }

    // --- Chain of identity: structure 040 and the site's own format ----------------------------

    void coi040AssumedLayoutIsPinned()
    {
        // The one place the licensed layout is assumed (ChainOfIdentity.h): a site holding ST-028
        // that finds it different changes those lines and these together.
        QCOMPARE(QByteArray(ChainOfIdentity::kIsbtDataIdentifier.data(),
                            static_cast<qsizetype>(ChainOfIdentity::kIsbtDataIdentifier.size())),
                 QByteArray("&/"));
        QCOMPARE(ChainOfIdentity::kIsbtContentLength, std::size_t(15));
        const Result<IsbtCoi> c = ChainOfIdentity::parseIsbtBarcode("&/CHW123426A1B2C3");
        QVERIFY(c.ok());
        QCOMPARE(c->facility, QStringLiteral("W1234"));
        QCOMPARE(c->year, QStringLiteral("26"));
        QCOMPARE(c->sequence, QStringLiteral("A1B2C3"));
    }

    void siteSetsItsOwnCoiFormat()
    {
        Result<SiteCoiFormat> f = SiteCoiFormat::fromPattern(QStringLiteral("[A-Z]{3}-[0-9]{6}"));
        QVERIFY(f.ok());
        IdentifyOptions o = fixedOptions();
        o.siteCoi = *f;
        const Result<ScannedLabel> r = identify("KTE-004211", o);
        QVERIFY(r.ok());
        QCOMPARE(r->kind, ScannedLabel::Kind::SiteCoi);
        QCOMPARE(std::get<SiteCoi>(r->data).pattern, QStringLiteral("[A-Z]{3}-[0-9]{6}"));
        // Anchored although the site wrote no ^ $: a longer string that contains one is refused.
        QVERIFY(!identify("XKTE-004211", o).ok());
        QVERIFY(!identify("KTE-0042111", o).ok());
        // The demo format is no longer this site's.
        QVERIFY(!identify("COI-DEMO-7Q2K-4815", o).ok());
        // ISBT 128 scans are read as ever.
        QVERIFY(identify("=G12341765432170", o).ok());
    }

    void badSiteCoiFormatsAreRefused()
    {
        const Result<SiteCoiFormat> invalid = SiteCoiFormat::fromPattern(QStringLiteral("COI-(["));
        QVERIFY(!invalid.ok());
        QVERIFY(invalid.error().message.contains(QStringLiteral("not a valid regular expression")));
        QVERIFY(!SiteCoiFormat::fromPattern(QStringLiteral(".*")).ok());
        QVERIFY(!SiteCoiFormat::fromPattern(QStringLiteral("  ")).ok());
        QVERIFY(SiteCoiFormat::demo().matches(QStringLiteral("COI-DEMO-3HX8-1623")));
    }

    // --- Robustness (the fuzzers go much further; this runs in every build, ASan's included) ----

    void randomBytesNeverCrash()
    {
        QRandomGenerator rng(4815);
        const QByteArray alphabet =
            QByteArray("=&<>*/()[]%CH0123456789ABGKSTWZ]Cd12 \x1d\r\n") + QByteArray("\0\xff", 2);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray b;
            const int n = rng.bounded(40);
            for (int j = 0; j < n; ++j)
                b += alphabet.at(rng.bounded(alphabet.size()));
            const Result<ScannedLabel> r = read(b);
            if (r.ok()) {
                ++accepted;
                QVERIFY(!r->toJson().isEmpty());
            } else {
                QVERIFY(!r.error().message.isEmpty());
            }
        }
        QVERIFY(accepted < 20000);
    }

    // --- Bar code images made by zint, read back by ZXing ------------------------------------

    void barcodeImages_data()
    {
        QTest::addColumn<QStringList>("zintArgs");
        QTest::addColumn<QString>("symbology");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("Code 128: ST-001 A.2 DIN")
            << QStringList{"-b", "20", "-d", "=G12341765432170"} << "]C0"
            << "isbt128.din"
            << "G123417654321";
        QTest::newRow("Code 128: ST-001 Fig.3 product code")
            << QStringList{"-b", "20", "-d", "=<S12954A0"} << "]C0"
            << "isbt128.product_code"
            << "S12954A0";
        QTest::newRow("Code 128: ST-012 6.2 expiration")
            << QStringList{"-b", "20", "-d", "&>0183652359"} << "]C0"
            << "isbt128.expiration"
            << "2018-12-31T23:59";
        QTest::newRow("Data Matrix: coi040")
            << QStringList{"-b", "71", "-d", "&/CHA999926ABC123"} << "]d1"
            << "isbt128.coi"
            << "CHA999926ABC123";
        QTest::newRow("Code 128: demo site CoI")
            << QStringList{"-b", "20", "-d", "COI-DEMO-7Q2K-4815"} << "]C0"
            << "site.coi"
            << "COI-DEMO-7Q2K-4815";
        QTest::newRow("GS1-128: (01)(17)(10)(21)")
            << QStringList{"-b", "16", "-d", "[01]09521234543213[17]251231[10]ABC123[21]S-1"}
            << "]C1"
            << "gs1"
            << "(01)09521234543213(10)ABC123(17)251231(21)S-1";
        QTest::newRow("GS1 DataMatrix: (01)(17)(10)(21)")
            << QStringList{"-b", "71", "--gs1", "-d",
                           "[01]09506000134352[17]240200[10]LOT-7[21]SN0042"}
            << "]d2"
            << "gs1"
            << "(01)09506000134352(10)LOT-7(17)240200(21)SN0042";
        QTest::newRow("GS1 QR Code: (01)(10)")
            << QStringList{"-b", "58", "--gs1", "-d", "[01]09521234543213[10]A1"} << "]Q3"
            << "gs1"
            << "(01)09521234543213(10)A1";
    }
    void barcodeImages()
    {
        QFETCH(QStringList, zintArgs);
        QFETCH(QString, symbology);
        QFETCH(QString, kind);
        QFETCH(QString, normalized);
        const QString zint = QStandardPaths::findExecutable(QStringLiteral("zint"));
        if (zint.isEmpty())
            QSKIP("*** zint is not installed (apt-get install zint): the bar code image tests did "
                  "NOT run ***");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bmp = dir.filePath(QStringLiteral("symbol.bmp"));
        QProcess p;
        p.start(zint, zintArgs +
                          QStringList{QStringLiteral("--quietzones"), QStringLiteral("--scale=3"),
                                      QStringLiteral("--filetype=BMP"), QStringLiteral("-o"), bmp});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const std::optional<GreyImage> img = readBmp(bmp);
        QVERIFY2(img.has_value(), "zint's BMP could not be read");
        const Result<DecodedSymbol> decoded = ImageDecoder::decodeLuminance(
            reinterpret_cast<const unsigned char *>(img->pixels.constData()), img->width,
            img->height, img->width);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        const Result<ScannedLabel> r = read(decoded->scan);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->symbology, symbology);
        QCOMPARE(ScannedLabel::kindName(r->kind), kind);
        QCOMPARE(r->normalized, normalized);
    }

    void imageWithoutASymbolIsRefused()
    {
        const QByteArray white(64 * 64, '\xff');
        const Result<DecodedSymbol> r = ImageDecoder::decodeLuminance(
            reinterpret_cast<const unsigned char *>(white.constData()), 64, 64, 64);
        QVERIFY(!r.ok());
        QVERIFY(!ImageDecoder::decodeLuminance(nullptr, 0, 0, 0).ok());
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
