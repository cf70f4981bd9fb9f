#pragma once

// Small helpers shared by the benchmark programs: argument parsing, medians and the one result
// line format ("figure  baseline  ratio  (goal)  PASS/MISS"). Header-only on purpose: each
// benchmark is a single translation unit plus this file.

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace ckbench {

inline void print(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &message)
{
    std::fflush(stdout);
    std::fputs(("error: " + message + '\n').toLocal8Bit().constData(), stderr);
    std::exit(2);
}

// The value of `--name N` (or `--name=N`) as a positive integer, or `fallback` when absent.
inline qint64 intOption(const QStringList &args, const QString &name, qint64 fallback)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString text;
        if (args.at(i) == name && i + 1 < args.size())
            text = args.at(i + 1);
        else if (args.at(i).startsWith(name + QLatin1Char('=')))
            text = args.at(i).mid(name.size() + 1);
        else
            continue;
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < 1)
            die(QStringLiteral("%1 needs a positive integer, got '%2'").arg(name, text));
        return v;
    }
    return fallback;
}

inline QString stringOption(const QStringList &args, const QString &name,
                            const QString &fallback = {})
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 1);
    }
    return fallback;
}

inline bool hasFlag(const QStringList &args, const QString &name)
{
    return args.contains(name);
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

inline QString joined(const std::vector<double> &values, int decimals)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', decimals);
    return parts.join(QStringLiteral(" "));
}

// Seconds since `timer` was started, with nanosecond resolution.
inline double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

inline QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

} // namespace ckbench
