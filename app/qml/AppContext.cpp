#include "AppContext.h"

#include <QLocale>

#include "SessionController.h"
#include "common/Clock.h"
#include "site/Workstation.h"
#include "store/Store.h"

#include <QJSEngine>
#include <QQmlEngine>

#include <spdlog/spdlog.h>

namespace ck {

namespace {
AppContext *s_instance = nullptr;
}

AppContext::AppContext(Workstation *workstation, bool isDemo, QString dataDir, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_isDemo(isDemo), m_dataDir(std::move(dataDir))
{
    // A clock in the top bar needs no more than one update a second.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AppContext::tick);
    m_tick.start();
    m_session = new SessionController(workstation, isDemo, this);
}

AppContext::~AppContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void AppContext::setInstance(AppContext *context)
{
    s_instance = context;
}

AppContext *AppContext::instance()
{
    return s_instance;
}

AppContext *AppContext::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine);
    if (!s_instance) {
        spdlog::error("QML asked for AppContext before the application created one");
        return nullptr;
    }
    // The engine would otherwise delete the singleton it was given; it belongs to runGui (or
    // the test setup), which outlives the engine.
    if (jsEngine)
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString AppContext::terminalId() const
{
    return m_workstation ? m_workstation->store().terminalId() : QString();
}

QDateTime AppContext::nowUtc() const
{
    return m_workstation ? m_workstation->clock().nowUtc() : QDateTime::currentDateTimeUtc();
}

QString AppContext::formatUtc(const QDateTime &time, const QString &format) const
{
    // QLocale, not QDateTime::toString: month and day names follow the operator's language.
    return time.isValid() ? QLocale().toString(time.toUTC(), format) : QString();
}

} // namespace ck
