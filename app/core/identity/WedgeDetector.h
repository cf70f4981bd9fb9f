#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace ck {

// One key as the window system delivered it, with the event's own timestamp (ms, any origin but
// monotonic). A keyboard-wedge scanner sends GS (ASCII 29) and STX (ASCII 2) as control
// characters, so those are Character keys; Enter and Tab are keys of their own because they are
// the scanners' suffixes.
struct WedgeKey
{
    enum class Kind
    {
        Character, // printable or a control character the field does not act on (GS, STX)
        Enter,
        Tab,
        Backspace,
        Other // arrows, function keys, shortcuts: never part of a scan
    };
    Kind kind = Kind::Character;
    QChar character; // Character only
    qint64 timeMs = 0;

    static WedgeKey of(QChar c, qint64 timeMs) { return {Kind::Character, c, timeMs}; }
    static WedgeKey control(Kind kind, qint64 timeMs) { return {kind, QChar(), timeMs}; }
    bool operator==(const WedgeKey &) const = default;
};

struct WedgeConfig
{
    enum class Suffix
    {
        Enter,
        Tab,
        None
    };
    // Sent before every read when the scanner is set up so (STX is usual); empty: none. With a
    // prefix, keys that cannot start one go to the field at once, without any delay.
    QString prefix;
    Suffix suffix = Suffix::Enter;
    // Scanners send a character every 5-15 ms, people 80-300 ms apart: a gap above this ends a
    // burst.
    int maxScannerGapMs = 30;
    // The shortest data a read may hold. The shortest structure Chainkeeper reads (ISBT 128
    // expiration date, "=>cyyjjj") has 8; a person's fast key pair has 2.
    int minLength = 6;
};

// A completed read: the text for identify() and how it came.
struct WedgeRead
{
    enum class Source
    {
        Scanner, // every key within the scanner gap: a machine read the label
        Typed    // in a scan field, at a person's pace (or edited): typed identity
    };
    enum class Ending
    {
        Suffix,  // the configured suffix (or Enter in a scan field)
        Timeout, // the burst stopped; with a suffix configured, the read may be cut short
    };
    QString text; // without prefix and suffix
    Source source = Source::Scanner;
    Ending ending = Ending::Suffix;
    int keys = 0;           // keys of the read, prefix and suffix included
    double meanGapMs = 0.0; // between consecutive keys of the read
    qint64 maxGapMs = 0;

    // The bytes as a scanner would have sent them, for identify(); anything outside ASCII is kept
    // as UTF-8 so that identify() refuses it by name.
    QByteArray raw() const { return text.toUtf8(); }
    static QString sourceName(Source s)
    {
        return s == Source::Scanner ? QStringLiteral("scanner") : QStringLiteral("typed");
    }
};

// What to do after a key or a poll: first hand each read to the scan handler, then deliver the
// released keys, in order, to the focused field. A key that is neither released now nor part of
// a read is held: it is released later, or was part of a read.
struct WedgeOutput
{
    QList<WedgeRead> reads;
    QList<WedgeKey> release;
};

// Tells keyboard-wedge scanner input from a person's typing by key timing and the configured
// prefix and suffix. Pure logic: the caller (an event filter) feeds every key with its timestamp
// and polls with the current time; nothing here reads a clock, so every case is testable.
//
// In an ordinary field, keys that may start a burst are held until the timing says what they
// are: a fast burst of at least minLength becomes a read (the keys are swallowed), anything else
// is released in order. In a scan field every key reaches the field at once (a person sees what
// they type) and Enter or the suffix completes the entry, classified by its timing.
class WedgeDetector
{
public:
    enum class Field
    {
        Ordinary,
        Scan
    };

    explicit WedgeDetector(WedgeConfig config = {});

    const WedgeConfig &config() const { return m_config; }

    WedgeOutput feed(const WedgeKey &key, Field field = Field::Ordinary);
    // The time has come to `nowMs` without a key: ends a burst that has stopped.
    WedgeOutput poll(qint64 nowMs);
    // When the caller should poll next (the held burst may have ended by then), if anything is
    // pending.
    std::optional<qint64> pollAt() const;

private:
    struct Pending
    {
        QList<WedgeKey> keys; // as received, prefix included, for release
        QString text;         // after the prefix
        int prefixMatched = 0;
        qint64 gapSum = 0;
        qint64 gapMax = 0;
        bool slow = false;   // a gap above the scanner's (scan field only)
        bool edited = false; // Backspace or another key (scan field only)
        bool empty() const { return keys.isEmpty(); }
    };

    bool prefixComplete() const;
    bool isSuffix(WedgeKey::Kind kind) const;
    void add(const WedgeKey &key);
    WedgeRead readOf(WedgeRead::Source source, WedgeRead::Ending ending) const;
    bool scannerLike() const;
    void endByGap(WedgeOutput &out);
    void releaseAll(WedgeOutput &out);
    void feedOrdinary(const WedgeKey &key, WedgeOutput &out);
    void feedScanField(const WedgeKey &key, WedgeOutput &out);
    void startOrdinary(const WedgeKey &key, WedgeOutput &out);
    void giveUpPrefix(WedgeOutput &out);
    void emitRead(WedgeRead::Source source, WedgeRead::Ending ending, WedgeOutput &out);

    WedgeConfig m_config;
    Pending m_pending;
    Field m_field = Field::Ordinary;
    // After a burst too long for a label, the rest of it is not a read either: it passes until
    // the keys pause.
    std::optional<qint64> m_floodingSince;
};

} // namespace ck
