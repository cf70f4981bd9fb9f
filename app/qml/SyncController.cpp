#include "SyncController.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "site/Workstation.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <QThread>
#include <QVariantMap>

#include <spdlog/spdlog.h>

namespace ck {

namespace {
SyncController *s_instance = nullptr;
}

SyncController::SyncController(Workstation *workstation, QObject *parent)
    : QObject(parent), m_workstation(workstation)
{
    if (!s_instance)
        s_instance = this;
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &SyncController::refreshLocal);
    refreshLocal();
    m_poll.start();
    if (!m_workstation || m_workstation->store().path() == QLatin1String(":memory:"))
        return;

    const CentralConfig config = SyncState::config(m_workstation->store());
    if (!config.configured())
        return;
    SyncWorker::Settings settings;
    settings.storePath = m_workstation->store().path();
    settings.url = config.url;
    Result<QString> password = SyncClient::password(config.passwordFile);
    if (password) {
        settings.password = *password;
    } else {
        m_lastError = password.error().message;
        spdlog::warn("sync: {}", m_lastError.toStdString());
    }
    m_configured = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("chainkeeper-sync"));
    m_worker = new SyncWorker(settings);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncController::onWorkerStatus);
    connect(m_worker, &SyncWorker::eventsImported, this, [] {
        if (AppContext *context = AppContext::instance())
            context->notifyBatchesChanged();
    });
    m_thread->start();
}

SyncController::~SyncController()
{
    if (m_thread) {
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    if (s_instance == this)
        s_instance = nullptr;
}

SyncController *SyncController::instance()
{
    return s_instance;
}

SyncController *SyncController::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine);
    if (!s_instance) {
        AppContext *context = AppContext::instance();
        // Belongs to the context (and goes with it), not to the engine.
        new SyncController(context ? context->workstation() : nullptr, context);
    }
    if (jsEngine)
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncController::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::refreshLocal()
{
    if (!m_workstation)
        return;
    const SyncStatus s = SyncState::read(m_workstation->store());
    bool any = s.waiting != m_waiting;
    m_waiting = s.waiting;
    if (!m_configured) {
        any = any || s.lastSuccessUtc != m_lastSyncUtc;
        m_lastSyncUtc = s.lastSuccessUtc;
    }
    if (any)
        Q_EMIT changed();
    refreshTerminals();
}

void SyncController::refreshTerminals()
{
    Store &store = m_workstation->store();
    const CentralConfig config = SyncState::config(store);
    QVariantList list;
    for (const TerminalWarning &t : SyncState::staleTerminals(store, config.offlineWarnMinutes,
                                                              m_workstation->clock().nowUtc()))
        list.append(QVariantMap{{QStringLiteral("name"), t.name},
                                {QStringLiteral("suites"), t.suites.join(QStringLiteral(", "))},
                                {QStringLiteral("lastPushUtc"), t.lastPushUtc},
                                {QStringLiteral("offlineMinutes"), t.offlineMinutes},
                                {QStringLiteral("stale"), t.stale},
                                {QStringLiteral("flagged"), t.flagged},
                                {QStringLiteral("reason"), t.flagReason}});
    if (list == m_offlineTerminals && config.offlineWarnMinutes == m_offlineWarnMinutes)
        return;
    m_offlineTerminals = list;
    m_offlineWarnMinutes = config.offlineWarnMinutes;
    Q_EMIT terminalsChanged();
}

void SyncController::onWorkerStatus(const QString &state, qint64 waiting,
                                    const QString &lastSuccessUtc, const QString &lastError,
                                    qint64 clockOffsetMs, bool clockFlagged)
{
    Q_UNUSED(clockOffsetMs);
    m_state = state;
    m_waiting = waiting;
    m_lastSyncUtc = lastSuccessUtc;
    m_lastError = lastError;
    m_clockFlagged = clockFlagged;
    Q_EMIT changed();
}

} // namespace ck
