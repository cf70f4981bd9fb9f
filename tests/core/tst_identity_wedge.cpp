// Keyboard-wedge scanners: WedgeDetector fed the key streams a scanner and a person produce, with
// their timestamps. Every row runs twice, once with the caller polling when pollAt() asks (as the
// event filter's timer does) and once with no poll until the end (a late timer, or none): a read
// must not depend on when the caller gets round to polling.
#include "identity/LabelIdentifier.h"
#include "identity/WedgeDetector.h"

#include <QTest>

using namespace ck;

Q_DECLARE_METATYPE(ck::WedgeConfig)
Q_DECLARE_METATYPE(QList<ck::WedgeKey>)
Q_DECLARE_METATYPE(ck::WedgeDetector::Field)

namespace {

constexpr qint64 kScannerGap = 8; // a scanner's 8 ms per character
constexpr qint64 kHumanGap = 160; // a person's

// `text` typed from `start`, one key every `gap` ms: \n is Enter, \t Tab, \b Backspace, \a an
// arrow key; anything else (GS and STX included) is a character.
QList<WedgeKey> keys(const QString &text, qint64 start, qint64 gap)
{
    QList<WedgeKey> out;
    qint64 t = start;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out.append(WedgeKey::control(WedgeKey::Kind::Enter, t));
        else if (c == QLatin1Char('\t'))
            out.append(WedgeKey::control(WedgeKey::Kind::Tab, t));
        else if (c == QLatin1Char('\b'))
            out.append(WedgeKey::control(WedgeKey::Kind::Backspace, t));
        else if (c == QLatin1Char('\a'))
            out.append(WedgeKey::control(WedgeKey::Kind::Other, t));
        else
            out.append(WedgeKey::of(c, t));
        t += gap;
    }
    return out;
}

QString shown(const WedgeKey &k)
{
    switch (k.kind) {
    case WedgeKey::Kind::Character:
        return QString(k.character);
    case WedgeKey::Kind::Enter:
        return QStringLiteral("\n");
    case WedgeKey::Kind::Tab:
        return QStringLiteral("\t");
    case WedgeKey::Kind::Backspace:
        return QStringLiteral("\b");
    case WedgeKey::Kind::Other:
        break;
    }
    return QStringLiteral("\a");
}

QString describe(const WedgeRead &r)
{
    return WedgeRead::sourceName(r.source) + QLatin1Char(':') +
           (r.ending == WedgeRead::Ending::Suffix ? QStringLiteral("suffix")
                                                  : QStringLiteral("timeout")) +
           QLatin1Char(':') + r.text;
}

struct Outcome
{
    QString field;     // the released keys, in order
    QStringList reads; // describe() of each read
    QList<WedgeRead> raw;
    int keysSeen = 0;
};

void take(Outcome &o, const WedgeOutput &out)
{
    for (const WedgeRead &r : out.reads) {
        o.reads.append(describe(r));
        o.raw.append(r);
    }
    for (const WedgeKey &k : out.release) {
        o.field += shown(k);
        ++o.keysSeen;
    }
}

Outcome run(const WedgeConfig &config, const QList<WedgeKey> &input, WedgeDetector::Field field,
            bool pollOnTime)
{
    WedgeDetector d(config);
    Outcome o;
    for (const WedgeKey &k : input) {
        if (pollOnTime) {
            const std::optional<qint64> at = d.pollAt();
            if (at && *at <= k.timeMs)
                take(o, d.poll(*at));
        }
        take(o, d.feed(k, field));
    }
    take(o, d.poll(input.isEmpty() ? 0 : input.last().timeMs + 10000));
    return o;
}

WedgeConfig config(const QString &prefix, WedgeConfig::Suffix suffix)
{
    WedgeConfig c;
    c.prefix = prefix;
    c.suffix = suffix;
    return c;
}

const QString kDin = QStringLiteral("=G12341765432170"); // ST-001 A.2
const QString kStx = QString(QChar(2));
const QString kGs = QString(QChar(0x1d));

} // namespace

class TestIdentityWedge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streams_data()
    {
        QTest::addColumn<WedgeConfig>("cfg");
        QTest::addColumn<QList<WedgeKey>>("input");
        QTest::addColumn<WedgeDetector::Field>("field");
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<QStringList>("expectedReads");

        const auto ordinary = WedgeDetector::Field::Ordinary;
        const auto scanField = WedgeDetector::Field::Scan;
        const WedgeConfig enter = config({}, WedgeConfig::Suffix::Enter);
        const WedgeConfig none = config({}, WedgeConfig::Suffix::None);
        const WedgeConfig tab = config({}, WedgeConfig::Suffix::Tab);
        const WedgeConfig stx = config(kStx, WedgeConfig::Suffix::Enter);

        QTest::newRow("scanner burst with Enter")
            << enter << keys(kDin + "\n", 1000, kScannerGap) << ordinary << QString()
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("scanner burst with Tab, Tab configured")
            << tab << keys(kDin + "\t", 1000, kScannerGap) << ordinary << QString()
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("Tab after a burst when Enter is the suffix: not a read")
            << enter << keys(kDin + "\t", 1000, kScannerGap) << ordinary << kDin + "\t"
            << QStringList{};
        QTest::newRow("scanner burst without suffix, flushed by timeout")
            << none << keys(kDin, 1000, kScannerGap) << ordinary << QString()
            << QStringList{"scanner:timeout:" + kDin};
        QTest::newRow("suffix configured but not sent: flushed, marked timeout")
            << enter << keys(kDin, 1000, kScannerGap) << ordinary << QString()
            << QStringList{"scanner:timeout:" + kDin};
        QTest::newRow("human typing passes through")
            << enter << keys("hello world\n", 1000, kHumanGap) << ordinary << "hello world\n"
            << QStringList{};
        QTest::newRow("human typing, no suffix configured")
            << none << keys("hello world", 1000, kHumanGap) << ordinary << "hello world"
            << QStringList{};
        QTest::newRow("fast key pair, then slowly")
            << enter << keys("th", 1000, 20) + keys("e cat\n", 1180, kHumanGap) << ordinary
            << "the cat\n"
            << QStringList{};
        QTest::newRow("five fast keys: one short of a read")
            << enter << keys("abcde", 1000, 10) + keys("f\n", 1300, kHumanGap) << ordinary
            << "abcdef\n"
            << QStringList{};
        QTest::newRow("prefix configured and present")
            << stx << keys(kStx + kDin + "\n", 1000, kScannerGap) << ordinary << QString()
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("prefix configured, absent: a fast burst is not a read")
            << stx << keys(kDin + "\n", 1000, kScannerGap) << ordinary << kDin + "\n"
            << QStringList{};
        QTest::newRow("prefix configured, typed by hand")
            << stx << keys(kStx + "abcdefgh\n", 1000, kHumanGap) << ordinary << kStx + "abcdefgh\n"
            << QStringList{};
        QTest::newRow("two-character prefix broken after its first")
            << config("#!", WedgeConfig::Suffix::Enter) << keys("#x" + kDin + "\n", 1000, 8)
            << ordinary << "#x" + kDin + "\n"
            << QStringList{};
        QTest::newRow("interrupted burst: both parts end as reads of their own")
            << enter << keys("=G1234", 1000, kScannerGap) + keys("1765432170\n", 1300, kScannerGap)
            << ordinary << QString()
            << QStringList{"scanner:timeout:=G1234", "scanner:suffix:1765432170"};
        QTest::newRow("burst interrupted after four keys: those are typing")
            << enter << keys("=G12", 1000, kScannerGap) + keys("341765432170\n", 1300, kScannerGap)
            << ordinary << "=G12" << QStringList{"scanner:suffix:341765432170"};
        QTest::newRow("arrow key inside a burst releases what came before it")
            << enter << keys("=G1234\a1765432170\n", 1000, kScannerGap) << ordinary << "=G1234\a"
            << QStringList{"scanner:suffix:1765432170"};
        QTest::newRow("typing before and after a scan")
            << enter
            << keys("ab", 1000, kHumanGap) + keys(kDin + "\n", 1600, kScannerGap) +
                   keys("cd\n", 2200, kHumanGap)
            << ordinary << "abcd\n"
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("GS1 element string with GS inside the burst")
            << enter
            << keys("0109521234543213" + kGs + "10ABC123" + kGs + "21S-1\n", 1000, kScannerGap)
            << ordinary << QString()
            << QStringList{"scanner:suffix:0109521234543213" + kGs + "10ABC123" + kGs + "21S-1"};
        QTest::newRow("stuck key: longer than any label, released")
            << enter << keys(QString(600, QLatin1Char('x')), 1000, 5) << ordinary
            << QString(600, QLatin1Char('x')) << QStringList{};
        QTest::newRow("scan field, typed by hand: typed identity")
            << enter << keys("G1234 17 654321 A\n", 1000, kHumanGap) << scanField
            << "G1234 17 654321 A" << QStringList{"typed:suffix:G1234 17 654321 A"};
        QTest::newRow("scan field, scanned")
            << enter << keys(kDin + "\n", 1000, kScannerGap) << scanField << kDin
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("scan field, fast but corrected with Backspace: typed")
            << enter << keys(kDin + "1\b\n", 1000, kScannerGap) << scanField << kDin + "1\b"
            << QStringList{"typed:suffix:" + kDin};
        QTest::newRow("scan field, prefix present: prefix not shown")
            << stx << keys(kStx + kDin + "\n", 1000, kScannerGap) << scanField << kDin
            << QStringList{"scanner:suffix:" + kDin};
        QTest::newRow("scan field, prefix missing: typed")
            << stx << keys(kDin + "\n", 1000, kScannerGap) << scanField << kDin
            << QStringList{"typed:suffix:" + kDin};
        QTest::newRow("scan field, no suffix: a scanner burst ends by timeout")
            << none << keys(kDin, 1000, kScannerGap) << scanField << kDin
            << QStringList{"scanner:timeout:" + kDin};
        QTest::newRow("scan field, no suffix: typing waits for Enter")
            << none << keys("G1234 17 654321 A\n", 1000, kHumanGap) << scanField
            << "G1234 17 654321 A" << QStringList{"typed:suffix:G1234 17 654321 A"};
        QTest::newRow("scan field, Enter alone passes")
            << enter << keys("\n", 1000, kHumanGap) << scanField << "\n"
            << QStringList{};
    }
    void streams()
    {
        QFETCH(WedgeConfig, cfg);
        QFETCH(QList<WedgeKey>, input);
        QFETCH(WedgeDetector::Field, field);
        QFETCH(QString, expectedField);
        QFETCH(QStringList, expectedReads);
        for (const bool pollOnTime : {true, false}) {
            const Outcome o = run(cfg, input, field, pollOnTime);
            QCOMPARE(o.field, expectedField);
            QCOMPARE(o.reads, expectedReads);
            // Every key is accounted for exactly once: released, or part of a read.
            int inReads = 0;
            for (const WedgeRead &r : o.raw)
                inReads += r.keys;
            if (field == WedgeDetector::Field::Ordinary)
                QCOMPARE(o.keysSeen + inReads, input.size());
        }
    }

    void gapsAreMeasured()
    {
        WedgeDetector d;
        WedgeOutput out;
        for (const WedgeKey &k : keys(kDin + "\n", 500, kScannerGap))
            out = d.feed(k);
        QCOMPARE(out.reads.size(), 1);
        QCOMPARE(out.reads.first().keys, kDin.size() + 1);
        QCOMPARE(out.reads.first().meanGapMs, double(kScannerGap));
        QCOMPARE(out.reads.first().maxGapMs, kScannerGap);

        WedgeDetector typed;
        QList<WedgeKey> k = keys("CHA999926ABC123", 0, 120);
        k[5].timeMs += 300; // a pause for thought, then on at the same pace
        for (qsizetype i = 6; i < k.size(); ++i)
            k[i].timeMs += 300;
        k.append(WedgeKey::control(WedgeKey::Kind::Enter, k.last().timeMs + 200));
        for (const WedgeKey &key : k)
            out = typed.feed(key, WedgeDetector::Field::Scan);
        QCOMPARE(out.reads.size(), 1);
        QCOMPARE(out.reads.first().source, WedgeRead::Source::Typed);
        QCOMPARE(out.reads.first().maxGapMs, qint64(420));
        QCOMPARE(out.reads.first().meanGapMs, (14 * 120 + 300 + 200) / 15.0);
    }

    void pollAtSaysWhenTheBurstCanEnd()
    {
        WedgeDetector d;
        QVERIFY(!d.pollAt());
        QVERIFY(d.feed(WedgeKey::of(QLatin1Char('a'), 100)).release.isEmpty()); // held
        QCOMPARE(d.pollAt(), std::optional<qint64>(131));
        QVERIFY(d.poll(130).release.isEmpty()); // not yet: a scanner could still send
        const WedgeOutput out = d.poll(131);
        QCOMPARE(out.release.size(), 1);
        QVERIFY(!d.pollAt());

        // With a prefix, a key that cannot start one is never held.
        WedgeDetector p(config(kStx, WedgeConfig::Suffix::Enter));
        QCOMPARE(p.feed(WedgeKey::of(QLatin1Char('a'), 100)).release.size(), 1);
        QVERIFY(!p.pollAt());
    }

    void aScannedReadIsIdentified()
    {
        // The whole path of a wedge scan: keys -> read -> identify(), with the AIM symbology
        // identifier a scanner sends first.
        WedgeDetector d(config(kStx, WedgeConfig::Suffix::Enter));
        WedgeOutput out;
        for (const WedgeKey &k : keys(kStx + "]C0" + kDin + "\n", 0, 6))
            out = d.feed(k);
        QCOMPARE(out.reads.size(), 1);
        const Result<ScannedLabel> l = identify(out.reads.first().raw());
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().message));
        QCOMPARE(l->symbology, QStringLiteral("]C0"));
        QCOMPARE(l->normalized, QStringLiteral("G123417654321"));
    }

    void focusMovingMidBurstReleasesTheHeldKeys()
    {
        WedgeDetector d;
        d.feed(WedgeKey::of(QLatin1Char('x'), 0));
        const WedgeOutput out =
            d.feed(WedgeKey::of(QLatin1Char('y'), 5), WedgeDetector::Field::Scan);
        QCOMPARE(out.release.size(), 2);
        QCOMPARE(out.release.at(0).character, QLatin1Char('x'));
        QCOMPARE(out.release.at(1).character, QLatin1Char('y'));
    }
};

QTEST_GUILESS_MAIN(TestIdentityWedge)
#include "tst_identity_wedge.moc"
