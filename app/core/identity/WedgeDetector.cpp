#include "identity/WedgeDetector.h"

#include "identity/ScanInput.h"

#include <algorithm>

namespace ck {

WedgeDetector::WedgeDetector(WedgeConfig config) : m_config(std::move(config))
{
    m_config.maxScannerGapMs = std::max(1, m_config.maxScannerGapMs);
    m_config.minLength = std::max(1, m_config.minLength);
}

bool WedgeDetector::prefixComplete() const
{
    return m_config.prefix.isEmpty() || m_pending.prefixMatched == m_config.prefix.size();
}

bool WedgeDetector::isSuffix(WedgeKey::Kind kind) const
{
    switch (m_config.suffix) {
    case WedgeConfig::Suffix::Enter:
        return kind == WedgeKey::Kind::Enter;
    case WedgeConfig::Suffix::Tab:
        return kind == WedgeKey::Kind::Tab;
    case WedgeConfig::Suffix::None:
        break;
    }
    return false;
}

void WedgeDetector::add(const WedgeKey &key)
{
    if (!m_pending.keys.isEmpty()) {
        // A clock that steps back (the caller mixes sources) must not look like a fast burst
        // longer than it was, nor underflow the mean.
        const qint64 gap = std::max<qint64>(0, key.timeMs - m_pending.keys.last().timeMs);
        m_pending.gapSum += gap;
        m_pending.gapMax = std::max(m_pending.gapMax, gap);
        if (gap > m_config.maxScannerGapMs)
            m_pending.slow = true;
    }
    m_pending.keys.append(key);
}

WedgeRead WedgeDetector::readOf(WedgeRead::Source source, WedgeRead::Ending ending) const
{
    WedgeRead r;
    r.text = m_pending.text;
    r.source = source;
    r.ending = ending;
    r.keys = static_cast<int>(m_pending.keys.size());
    r.meanGapMs =
        r.keys > 1 ? static_cast<double>(m_pending.gapSum) / static_cast<double>(r.keys - 1) : 0.0;
    r.maxGapMs = m_pending.gapMax;
    return r;
}

void WedgeDetector::emitRead(WedgeRead::Source source, WedgeRead::Ending ending, WedgeOutput &out)
{
    out.reads.append(readOf(source, ending));
    m_pending = {};
}

bool WedgeDetector::scannerLike() const
{
    return prefixComplete() && !m_pending.slow && !m_pending.edited &&
           m_pending.text.size() >= m_config.minLength;
}

void WedgeDetector::releaseAll(WedgeOutput &out)
{
    out.release.append(m_pending.keys);
    m_pending = {};
}

void WedgeDetector::endByGap(WedgeOutput &out)
{
    if (scannerLike())
        emitRead(WedgeRead::Source::Scanner, WedgeRead::Ending::Timeout, out);
    else
        releaseAll(out);
}

void WedgeDetector::startOrdinary(const WedgeKey &key, WedgeOutput &out)
{
    if (key.kind != WedgeKey::Kind::Character) {
        out.release.append(key);
        return;
    }
    if (m_config.prefix.isEmpty()) {
        add(key);
        m_pending.text += key.character;
    } else if (key.character == m_config.prefix.at(0)) {
        add(key);
        m_pending.prefixMatched = 1;
    } else {
        out.release.append(key); // cannot start a read: no delay for the person typing
    }
}

void WedgeDetector::feedOrdinary(const WedgeKey &key, WedgeOutput &out)
{
    if (m_floodingSince) {
        if (key.timeMs - *m_floodingSince <= m_config.maxScannerGapMs) {
            m_floodingSince = key.timeMs;
            out.release.append(key);
            return;
        }
        m_floodingSince.reset();
    }
    if (!m_pending.empty() && key.timeMs - m_pending.keys.last().timeMs > m_config.maxScannerGapMs)
        endByGap(out);
    if (m_pending.empty()) {
        startOrdinary(key, out);
        return;
    }
    if (key.kind == WedgeKey::Kind::Character) {
        if (!prefixComplete()) {
            if (key.character == m_config.prefix.at(m_pending.prefixMatched)) {
                add(key);
                ++m_pending.prefixMatched;
            } else {
                releaseAll(out);
                startOrdinary(key, out);
            }
            return;
        }
        add(key);
        m_pending.text += key.character;
        // Longer than any label: a stuck key or pasted text, not a read.
        if (m_pending.text.size() > scan::kMaxLength) {
            releaseAll(out);
            m_floodingSince = key.timeMs;
        }
        return;
    }
    if (isSuffix(key.kind) && prefixComplete() && m_pending.text.size() >= m_config.minLength) {
        add(key);
        emitRead(WedgeRead::Source::Scanner, WedgeRead::Ending::Suffix, out);
        return;
    }
    // A scanner sends nothing else inside a burst: these were a person's keys.
    releaseAll(out);
    out.release.append(key);
}

void WedgeDetector::giveUpPrefix(WedgeOutput &out)
{
    // The held prefix characters were typed into the scan field after all: they join the entry.
    for (const WedgeKey &k : std::as_const(m_pending.keys)) {
        m_pending.text += k.character;
        out.release.append(k);
    }
    m_pending.prefixMatched = -1;
}

void WedgeDetector::feedScanField(const WedgeKey &key, WedgeOutput &out)
{
    const bool waitingForPrefix =
        !m_config.prefix.isEmpty() && m_pending.prefixMatched >= 0 && !prefixComplete();
    const bool late =
        !m_pending.empty() && key.timeMs - m_pending.keys.last().timeMs > m_config.maxScannerGapMs;
    if (late && m_config.suffix == WedgeConfig::Suffix::None && scannerLike())
        emitRead(WedgeRead::Source::Scanner, WedgeRead::Ending::Timeout, out);
    else if (late && waitingForPrefix && m_pending.prefixMatched > 0)
        giveUpPrefix(out);

    switch (key.kind) {
    case WedgeKey::Kind::Character:
        if (!m_config.prefix.isEmpty() && m_pending.prefixMatched >= 0 && !prefixComplete()) {
            if (key.character == m_config.prefix.at(m_pending.prefixMatched)) {
                add(key);
                ++m_pending.prefixMatched;
                return;
            }
            giveUpPrefix(out);
        }
        add(key);
        m_pending.text += key.character;
        out.release.append(key);
        return;
    case WedgeKey::Kind::Backspace:
        if (!m_pending.text.isEmpty()) {
            add(key);
            m_pending.text.chop(1);
            m_pending.edited = true;
        }
        out.release.append(key);
        return;
    case WedgeKey::Kind::Enter:
    case WedgeKey::Kind::Tab:
        // Enter submits a scan field whatever the scanner's suffix: that is how a person ends
        // what they typed.
        if (key.kind == WedgeKey::Kind::Enter || isSuffix(key.kind)) {
            if (m_pending.text.isEmpty()) {
                releaseAll(out);
                out.release.append(key);
                return;
            }
            const bool scanner =
                scannerLike() && isSuffix(key.kind) &&
                key.timeMs - m_pending.keys.last().timeMs <= m_config.maxScannerGapMs;
            add(key);
            emitRead(scanner ? WedgeRead::Source::Scanner : WedgeRead::Source::Typed,
                     WedgeRead::Ending::Suffix, out);
            return;
        }
        break;
    case WedgeKey::Kind::Other:
        break;
    }
    // Arrows, Tab that is no suffix, shortcuts: the field acts on them, the entry is no longer
    // the keys in order.
    if (!m_pending.empty())
        m_pending.edited = true;
    out.release.append(key);
}

WedgeOutput WedgeDetector::feed(const WedgeKey &key, Field field)
{
    WedgeOutput out;
    if (field != m_field) {
        // Focus moved between two keys: what was pending belonged to the other field. Held keys
        // go out as they came; a scan field's entry was already shown.
        if (m_field == Field::Ordinary)
            endByGap(out);
        else if (m_pending.prefixMatched > 0 && !prefixComplete())
            out.release.append(m_pending.keys);
        m_pending = {};
        m_field = field;
    }
    if (field == Field::Ordinary)
        feedOrdinary(key, out);
    else
        feedScanField(key, out);
    return out;
}

WedgeOutput WedgeDetector::poll(qint64 nowMs)
{
    WedgeOutput out;
    if (m_pending.empty() || nowMs - m_pending.keys.last().timeMs <= m_config.maxScannerGapMs)
        return out;
    if (m_field == Field::Ordinary) {
        endByGap(out);
    } else if (m_config.suffix == WedgeConfig::Suffix::None && scannerLike()) {
        emitRead(WedgeRead::Source::Scanner, WedgeRead::Ending::Timeout, out);
    } else if (!m_config.prefix.isEmpty() && m_pending.prefixMatched > 0 && !prefixComplete()) {
        giveUpPrefix(out);
        m_pending.slow = true;
    }
    return out;
}

std::optional<qint64> WedgeDetector::pollAt() const
{
    if (m_pending.empty())
        return std::nullopt;
    const qint64 at = m_pending.keys.last().timeMs + m_config.maxScannerGapMs + 1;
    if (m_field == Field::Ordinary)
        return at;
    const bool heldPrefix =
        !m_config.prefix.isEmpty() && m_pending.prefixMatched > 0 && !prefixComplete();
    if (heldPrefix || (m_config.suffix == WedgeConfig::Suffix::None && scannerLike()))
        return at;
    return std::nullopt;
}

} // namespace ck
