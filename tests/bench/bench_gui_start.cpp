// bench_gui_start: GUI start to first frame of the product against an empty Qt Quick window.
//
// Figure:   ms from QProcess::start of
//             chainkeeper --demo --data-dir <tmp> --quit-after-first-frame
//           to reading its stdout line "first frame" (printed when the first frame is swapped).
// Baseline: the same for bench_empty_window (QGuiApplication + an empty QML Window).
// Goal:     chainkeeper < 1.5 x baseline (medians of R alternating runs each).
//
// The first run of the demo seeds the store, so one untimed warm-up run of each program comes
// first. QT_QPA_PLATFORM defaults to offscreen; set it (e.g. xcb under xvfb-run) to override.
//
// Usage: bench_gui_start [--runs R] [--timeout-ms MS] [--app PATH] [--baseline PATH]
//                        [--dir PARENT_DIR]

#include "BenchCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <optional>
#include <vector>

using namespace ckbench;

namespace {

struct Run
{
    std::optional<double> msToFirstFrame; // empty: the line never came
    QString failure;                      // why it never came, or what went wrong after it
    bool flagUnsupported = false;         // it rejected the option, or ran on without the line
};

QString tail(const QByteArray &text, int lines)
{
    QStringList all = QString::fromLocal8Bit(text).trimmed().split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QStringLiteral(" | "));
}

Run runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
            int timeoutMs)
{
    Run run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setReadChannel(QProcess::StandardOutput);

    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForStarted(timeoutMs)) {
        run.failure = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return run;
    }
    auto scanLines = [&]() {
        while (p.canReadLine()) {
            if (p.readLine().trimmed() == "first frame") {
                run.msToFirstFrame = seconds(t) * 1000.0;
                return true;
            }
        }
        return false;
    };
    while (!scanLines()) {
        const qint64 remaining = timeoutMs - t.elapsed();
        if (remaining <= 0 || p.state() == QProcess::NotRunning)
            break;
        p.waitForReadyRead(static_cast<int>(remaining));
    }
    if (!run.msToFirstFrame) {
        // A last line without a newline, once the process has gone.
        if (p.state() == QProcess::NotRunning && p.readAll().trimmed() == "first frame")
            run.msToFirstFrame = seconds(t) * 1000.0;
    }

    if (run.msToFirstFrame) {
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished(5000);
            run.failure = QStringLiteral("it printed \"first frame\" but did not quit within 15 s");
        }
        return run;
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        run.failure =
            QStringLiteral("no \"first frame\" line within %1 s and still running (killed)")
                .arg(timeoutMs / 1000.0, 0, 'f', 1);
        run.flagUnsupported = true;
    } else {
        run.failure = p.exitStatus() == QProcess::NormalExit
                          ? QStringLiteral("it exited (code %1) without printing \"first frame\"")
                                .arg(p.exitCode())
                          : QStringLiteral("it crashed without printing \"first frame\"");
    }
    const QByteArray stderrText = p.readAllStandardError();
    if (stderrText.contains("quit-after-first-frame")) // "Unknown option 'quit-after-first-frame'."
        run.flagUnsupported = true;
    const QString err = tail(stderrText, 3);
    if (!err.isEmpty())
        run.failure += QStringLiteral("; stderr: ") + err;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        print(QStringLiteral(
            "usage: bench_gui_start [--runs R (5)] [--timeout-ms MS (30000)] [--app PATH] "
            "[--baseline PATH] [--dir PARENT_DIR]"));
        return 0;
    }
    const qint64 runs = intOption(args, QStringLiteral("--runs"), 5);
    const int timeoutMs = static_cast<int>(intOption(args, QStringLiteral("--timeout-ms"), 30000));
    const QString chainkeeper =
        stringOption(args, QStringLiteral("--app"), QStringLiteral(BENCH_CHAINKEEPER_BINARY));
    const QString baseline =
        stringOption(args, QStringLiteral("--baseline"), QStringLiteral(BENCH_EMPTY_WINDOW_BINARY));
    const QString parent = stringOption(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("ck-bench-gui-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary directory in %1").arg(parent));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList appArgs = {QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                                 dir.filePath(QStringLiteral("data")),
                                 QStringLiteral("--quit-after-first-frame")};

    print(QStringLiteral("bench_gui_start: %1 alternating runs each, QT_QPA_PLATFORM=%2")
              .arg(runs)
              .arg(env.value(QStringLiteral("QT_QPA_PLATFORM"))));
    print(QStringLiteral("  app:      %1 %2").arg(chainkeeper, appArgs.join(QLatin1Char(' '))));
    print(QStringLiteral("  baseline: %1").arg(baseline));

    // Warm-up, untimed: seeds the demo store and brings both programs' libraries into the cache.
    const Run warmApp = runOnce(chainkeeper, appArgs, env, timeoutMs);
    const Run warmBase = runOnce(baseline, {}, env, timeoutMs);
    if (!warmBase.msToFirstFrame)
        die(QStringLiteral("the baseline bench_empty_window failed: %1").arg(warmBase.failure));
    print(QStringLiteral("  warm-up (seeds the demo store): chainkeeper %1  empty window %2 ms")
              .arg(warmApp.msToFirstFrame
                       ? QString::number(*warmApp.msToFirstFrame, 'f', 0) + QStringLiteral(" ms")
                       : QStringLiteral("no first frame"))
              .arg(*warmBase.msToFirstFrame, 0, 'f', 0));

    std::vector<double> appMs, baseMs;
    QString appFailure = warmApp.msToFirstFrame ? QString() : warmApp.failure;
    bool flagUnsupported = warmApp.flagUnsupported;
    for (qint64 i = 0; i < runs; ++i) {
        std::optional<double> a, b;
        for (int k = 0; k < 2; ++k) {
            if ((k + i) % 2 == 0) {
                if (!appFailure.isEmpty())
                    continue; // once it cannot produce the figure, do not wait for it again
                const Run r = runOnce(chainkeeper, appArgs, env, timeoutMs);
                a = r.msToFirstFrame;
                if (!a) {
                    appFailure = r.failure;
                    flagUnsupported = r.flagUnsupported;
                } else if (!r.failure.isEmpty())
                    print(QStringLiteral("  warning: chainkeeper: %1").arg(r.failure));
            } else {
                const Run r = runOnce(baseline, {}, env, timeoutMs);
                if (!r.msToFirstFrame)
                    die(QStringLiteral("the baseline bench_empty_window failed: %1")
                            .arg(r.failure));
                b = r.msToFirstFrame;
            }
        }
        if (a)
            appMs.push_back(*a);
        baseMs.push_back(*b);
        print(
            QStringLiteral("  run %1: chainkeeper %2  empty window %3 ms")
                .arg(i + 1)
                .arg(a ? QString::number(*a, 'f', 0) + QStringLiteral(" ms") : QStringLiteral("-"))
                .arg(*b, 0, 'f', 0));
    }

    const double base = median(baseMs);
    if (!appFailure.isEmpty()) {
        print(QStringLiteral("gui start: NOT MEASURED  empty window: %1 ms  (goal < 1.5x)")
                  .arg(base, 0, 'f', 0));
        print((flagUnsupported
                   ? QStringLiteral("chainkeeper does not support --quit-after-first-frame: %1")
                   : QStringLiteral("chainkeeper failed before its first frame: %1"))
                  .arg(appFailure));
        return 1;
    }
    const double started = median(appMs);
    const double ratio = started / base;
    print(QStringLiteral("gui start: %1 ms  empty window: %2 ms  ratio %3x  (goal < 1.5x)  %4")
              .arg(started, 0, 'f', 0)
              .arg(base, 0, 'f', 0)
              .arg(ratio, 0, 'f', 2)
              .arg(verdict(ratio < 1.5)));
    return 0;
}
