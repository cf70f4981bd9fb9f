// bench_step_change: from a step action to the next step's card drawn, and resident memory.
//
// Figure 1: ms from calling the StepController action (acknowledge, enter, confirmCalculation)
//           that moves the batch to its next step, to the next frame swapped with that step's
//           card (the real Main.qml, offscreen), for every step of the rapid CAR-T recipe that
//           an operator finishes with one action (signatures, scans and the day-long hold
//           untimed).
// Baseline: ms from QQuickWindow::update() on the same window, unchanged, to its next frame,
//           measured between the step changes in the same run.
// Goal:     step change < 50 ms (median), reported with its ratio to the unchanged frame.
// Figure 2: VmRSS (/proc/self/status) with the demo loaded and the execution screen of the
//           CAR-T example (ORD-2026-0141, 58 steps) drawn.
// Baseline: VmRSS of bench_empty_window --rss (an empty Qt Quick window) after its first frame.
// Goal:     < 200 MB.
//
// The demo store is seeded in a temporary directory with a manual clock; the password hash cost
// is lowered (signatures are not timed). QT_QPA_PLATFORM defaults to offscreen.
//
// Usage: bench_step_change [--dir PARENT_DIR] [--baseline PATH]

#include "BenchCommon.h"

#include "AppContext.h"
#include "GuiMain.h"
#include "SettingsController.h"
#include "StepController.h"
#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "execution/ScanRules.h"
#include "people/AccessControl.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <vector>

using namespace ckbench;

namespace {

// Resident set size of this process in KiB, from the kernel's own accounting.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Waits for the window's next swapped frame; ms since `timer` started, or nullopt after 5 s.
std::optional<double> nextFrame(QQuickWindow *window, const QElapsedTimer &timer)
{
    QEventLoop loop;
    std::optional<double> at;
    const QMetaObject::Connection c =
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&]() {
            at = seconds(timer) * 1000.0;
            loop.quit();
        });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return at;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The same nominal values as tests/quick/tst_rail.qml for order 0143.
const QHash<QString, QString> kNominal = {
    {QStringLiteral("bag_integrity"), QStringLiteral("intact")},
    {QStringLiteral("temp_arrival"), QStringLiteral("5.0")},
    {QStringLiteral("collection_age"), QStringLiteral("12.0")},
    {QStringLiteral("apheresis_volume"), QStringLiteral("200")},
    {QStringLiteral("viability_receipt"), QStringLiteral("90.0")},
    {QStringLiteral("cd3_total"), QStringLiteral("2.00")},
    {QStringLiteral("enrichment_run"), QStringLiteral("CD3 program 4, run 17")},
    {QStringLiteral("enriched_cells"), QStringLiteral("1.50")},
    {QStringLiteral("cells_to_seed"), QStringLiteral("100")},
    {QStringLiteral("seeding_density"), QStringLiteral("1.00")},
    {QStringLiteral("vector_lot"), QStringLiteral("VL-2026-001")},
    {QStringLiteral("vector_titer"), QStringLiteral("1.00")},
    {QStringLiteral("moi"), QStringLiteral("3.0")},
    {QStringLiteral("harvest_density"), QStringLiteral("10.00")},
    {QStringLiteral("harvest_viability"), QStringLiteral("90.0")},
    {QStringLiteral("car_pct"), QStringLiteral("30.0")},
    {QStringLiteral("fill_volume"), QStringLiteral("30.0")},
    {QStringLiteral("freezer_program"), QStringLiteral("P-7 run 12")},
    {QStringLiteral("freeze_end_temp"), QStringLiteral("-90")},
    {QStringLiteral("qc_samples"), QStringLiteral("complete")},
    {QStringLiteral("qc_comment"), QStringLiteral("none")},
};

const ck::SiteUser &demoUser(const QString &userId)
{
    for (const ck::SiteUser &u : ck::DemoSite::users()) {
        if (u.userId == userId)
            return u;
    }
    die(QStringLiteral("the demo site has no %1").arg(userId));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        print(QStringLiteral("usage: bench_step_change [--dir PARENT_DIR] [--baseline PATH]"));
        return 0;
    }
    const QString parent = stringOption(args, QStringLiteral("--dir"), QDir::tempPath());
    const QString baseline =
        stringOption(args, QStringLiteral("--baseline"), QStringLiteral(BENCH_EMPTY_WINDOW_BINARY));
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("ck-bench-step-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary directory in %1").arg(parent));
    spdlog::set_level(spdlog::level::off);
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    ck::ManualClock clock(QDateTime::currentDateTimeUtc());
    auto opened = ck::Workstation::open(ck::Workstation::storePathIn(dir.path()), &clock,
                                        QStringLiteral("T-BENCH"));
    if (!opened)
        die(opened.error().message);
    std::unique_ptr<ck::Workstation> ws = std::move(opened).value();
    ws->access().setHashCost({1, size_t(8) << 20});
    if (ck::Status s = ck::DemoSite::seed(*ws); !s)
        die(s.error().message);
    const ck::SiteUser &supervisor = demoUser(QStringLiteral("demo.supervisor"));
    if (auto in = ws->access().signIn(supervisor.userId, supervisor.password); !in)
        die(in.error().message);
    ck::AppContext context(ws.get(), true, dir.path());
    ck::AppContext::setInstance(&context);
    ck::SettingsController settings(dir.filePath(QStringLiteral("settings.conf")));
    ck::SettingsController::setInstance(&settings);

    QQmlApplicationEngine engine;
    ck::prepareQmlEngine(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Chainkeeper/Ui/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        die(QStringLiteral("Main.qml did not load"));
    auto *c = qvariant_cast<ck::StepController *>(window->property("controller"));
    if (!c)
        die(QStringLiteral("Main.qml exposes no controller"));
    QElapsedTimer t;
    t.start();
    if (!nextFrame(window, t))
        die(QStringLiteral("no first frame"));

    // Memory: the execution screen of the 58-step CAR-T example, drawn.
    QMetaObject::invokeMethod(window, "openBatch",
                              Q_ARG(QVariant, QStringLiteral("B-ORD-2026-0141")));
    if (!c->start())
        die(c->errorText());
    settle(300);
    const qint64 rss = rssKiB();

    QProcess empty;
    empty.start(baseline, {QStringLiteral("--rss")});
    qint64 emptyRss = -1;
    if (empty.waitForFinished(30000)) {
        for (const QByteArray &line : empty.readAllStandardOutput().split('\n')) {
            if (line.startsWith("rss_kb "))
                emptyRss = line.mid(7).trimmed().toLongLong();
        }
    }
    if (emptyRss <= 0)
        die(QStringLiteral("%1 --rss printed no rss_kb line").arg(baseline));

    // Step changes on the rapid recipe, each beside an unchanged frame.
    QMetaObject::invokeMethod(window, "openBatch",
                              Q_ARG(QVariant, QStringLiteral("B-ORD-2026-0143")));
    if (!c->start())
        die(c->errorText());
    settle(200);
    std::vector<double> change, unchanged;
    for (int guard = 0; guard < 80 && c->hasActiveStep(); ++guard) {
        const QString id = c->stepId();
        if (!c->signatureDue().isEmpty()) {
            const ck::SiteUser &who = demoUser(c->signatureDue() == QLatin1String("performed")
                                                   ? QStringLiteral("demo.supervisor")
                                                   : QStringLiteral("demo.qa"));
            if (!c->sign(who.userId, who.password))
                die(QStringLiteral("signature at %1: %2").arg(id, c->errorText()));
            settle(20);
            continue;
        }
        if (c->kind() == QLatin1String("scan")) {
            // A label read by the scanner, untimed: the bag's chain-of-identity id or its DIN.
            const QString label = id.contains(QLatin1String("coi"))
                                      ? QStringLiteral("COI-DEMO-9LPW-0042")
                                      : QStringLiteral("=A99992112345600");
            if (!ws->batches().scan(c->batchId(), id, label, ck::ScanSource::Scanner))
                die(QStringLiteral("scan at %1 refused").arg(id));
            c->reload();
            settle(20);
            continue;
        }
        if (c->kind() == QLatin1String("timer")) {
            if (!(c->timerRunning() ? c->stopTimer() : c->startTimer()))
                die(QStringLiteral("timer %1: %2").arg(id, c->errorText()));
            settle(20);
            continue;
        }
        if (id == QLatin1String("harvest_start")) {
            // The hold before harvest: the idle session locks, the same person unlocks.
            clock.advanceMinutes(1380);
            if (ck::Status s = ws->access().lockNow(); !s)
                die(s.error().message);
            if (ck::Status s = ws->access().unlock(supervisor.password); !s)
                die(s.error().message);
        }

        settle(20);
        QElapsedTimer u;
        u.start();
        window->update();
        if (const std::optional<double> ms = nextFrame(window, u))
            unchanged.push_back(*ms);

        QElapsedTimer a;
        a.start();
        bool ok = false;
        if (c->kind() == QLatin1String("instruction"))
            ok = c->acknowledge();
        else if (c->kind() == QLatin1String("calculation"))
            ok = c->confirmCalculation();
        else if (kNominal.contains(id))
            ok = c->enter(kNominal.value(id));
        if (!ok)
            die(QStringLiteral("step %1 (%2): %3").arg(id, c->kind(), c->errorText()));
        const std::optional<double> ms = nextFrame(window, a);
        // Only a move to another step counts: the card was rebuilt for it.
        if (ms && c->stepId() != id)
            change.push_back(*ms);
    }
    if (change.empty() || unchanged.empty())
        die(QStringLiteral("no step change was measured"));

    const double med = median(change);
    const double base = median(unchanged);
    print(QStringLiteral("bench_step_change: %1 step changes, QT_QPA_PLATFORM=%2")
              .arg(change.size())
              .arg(qEnvironmentVariable("QT_QPA_PLATFORM")));
    print(QStringLiteral("  step change ms: %1").arg(joined(change, 1)));
    print(QStringLiteral("  unchanged frame ms: %1").arg(joined(unchanged, 1)));
    print(QStringLiteral("step change: %1 ms (max %2)  unchanged frame: %3 ms  ratio %4x  "
                         "(goal < 50 ms)  %5")
              .arg(med, 0, 'f', 1)
              .arg(*std::max_element(change.begin(), change.end()), 0, 'f', 1)
              .arg(base, 0, 'f', 1)
              .arg(med / base, 0, 'f', 1)
              .arg(verdict(med < 50.0)));
    print(QStringLiteral("resident memory: %1 MB  empty Qt Quick window: %2 MB  ratio %3x  "
                         "(goal < 200 MB)  %4")
              .arg(static_cast<double>(rss) / 1024.0, 0, 'f', 0)
              .arg(static_cast<double>(emptyRss) / 1024.0, 0, 'f', 0)
              .arg(static_cast<double>(rss) / static_cast<double>(emptyRss), 0, 'f', 1)
              .arg(verdict(rss < 200 * 1024)));
    ck::SettingsController::setInstance(nullptr);
    ck::AppContext::setInstance(nullptr);
    return 0;
}
