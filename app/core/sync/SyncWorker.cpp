#include "SyncWorker.h"

#include "common/Clock.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>

namespace ck {

namespace {
QAtomicInteger<quint64> s_workerCounter;
}

SyncWorker::SyncWorker(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)),
      m_centralName(QStringLiteral("chainkeeper-central-%1").arg(++s_workerCounter))
{}

SyncWorker::~SyncWorker()
{
    closeCentral();
}

int SyncWorker::backoffMs(int failures, int minMs, int maxMs, double jitter01)
{
    if (failures <= 0)
        return minMs;
    const double base =
        std::min(static_cast<double>(maxMs),
                 static_cast<double>(minMs) * std::pow(2.0, std::min(failures - 1, 30)));
    const double jittered = base * (0.5 + std::clamp(jitter01, 0.0, 1.0));
    return static_cast<int>(std::clamp(jittered, 1.0, static_cast<double>(maxMs) * 1.5));
}

void SyncWorker::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
    }
    if (!m_ws) {
        Result<std::unique_ptr<Workstation>> w =
            Workstation::open(m_settings.storePath, m_settings.clock);
        if (!w) {
            Q_EMIT statusChanged(
                QStringLiteral("offline"), 0, {},
                QStringLiteral("sync cannot open the local store: %1").arg(w.error().message), 0,
                false);
            schedule(backoffMs(++m_failures, m_settings.minBackoffMs, m_settings.maxBackoffMs,
                               QRandomGenerator::global()->generateDouble()));
            return;
        }
        m_ws = std::move(w).value();
    }
    schedule(0);
}

void SyncWorker::syncNow()
{
    if (m_stopped || !m_timer)
        return;
    schedule(0);
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    closeCentral();
    m_ws.reset();
}

void SyncWorker::schedule(int ms)
{
    if (m_stopped || !m_timer)
        return;
    m_timer->start(ms);
}

void SyncWorker::closeCentral()
{
    if (!m_centralOpen)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_centralName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_centralName);
    m_centralOpen = false;
}

void SyncWorker::runRound()
{
    if (m_stopped)
        return;
    if (!m_ws) {
        start();
        return;
    }
    Store &store = m_ws->store();
    const SyncStatus before = SyncState::read(store);
    Q_EMIT statusChanged(QStringLiteral("syncing"), before.waiting, before.lastSuccessUtc,
                         before.lastError, before.clockOffsetMs, before.clockFlagged);

    SyncRoundReport report;
    if (!m_centralOpen) {
        Result<QSqlDatabase> db = SyncClient::connect(m_settings.url, m_settings.password,
                                                      m_centralName, m_settings.options);
        if (db) {
            m_centralOpen = true;
        } else {
            report.outcome = SyncRoundReport::Outcome::Unreachable;
            report.error = db.error().message;
            (void)SyncState::recordFailure(store, utcText(m_ws->clock().nowUtc()), report.error);
        }
    }
    if (m_centralOpen) {
        QSqlDatabase central = QSqlDatabase::database(m_centralName, false);
        SyncClient client(central, *m_ws, m_settings.options);
        report = client.round();
    }
    // A broken or refused round starts the next one on a fresh connection.
    if (!report.ok())
        closeCentral();

    const SyncStatus after = SyncState::read(store);
    Q_EMIT statusChanged(report.ok() ? QStringLiteral("online") : QStringLiteral("offline"),
                         after.waiting, after.lastSuccessUtc, after.lastError, after.clockOffsetMs,
                         after.clockFlagged);
    if (report.pulled > 0 || report.conflictsRaised > 0)
        Q_EMIT eventsImported(report.pulled);
    Q_EMIT roundFinished(report.ok(), report.elapsedMs);

    if (report.ok()) {
        m_failures = 0;
        schedule(m_settings.intervalMs);
    } else {
        ++m_failures;
        const int wait = backoffMs(m_failures, m_settings.minBackoffMs, m_settings.maxBackoffMs,
                                   QRandomGenerator::global()->generateDouble());
        spdlog::info("sync: next try in {} ms ({} failure(s) in a row)", wait, m_failures);
        schedule(wait);
    }
}

} // namespace ck
