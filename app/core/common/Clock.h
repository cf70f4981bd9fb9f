#pragma once

#include <QDateTime>

namespace ck {

// All time in the core comes through a Clock, so that tests and dry runs can drive time windows
// and timers without waiting, and so that no code reads the wall clock behind the log's back.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC))
        : m_now(start.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMinutes(double m) { m_now = m_now.addMSecs(static_cast<qint64>(m * 60000.0)); }

private:
    QDateTime m_now;
};

// The one text form of a UTC instant used in events and projections: fixed width, millisecond
// precision, always with Z, so that it sorts and hashes the same on every terminal and server.
inline QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

inline QDateTime parseUtcText(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

} // namespace ck
