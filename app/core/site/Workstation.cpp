#include "Workstation.h"

#include "common/Clock.h"
#include "deviations/DeviationManager.h"
#include "deviations/DeviationProjection.h"
#include "execution/BatchManager.h"
#include "execution/BatchProjection.h"
#include "people/AccessControl.h"
#include "people/PeopleProjection.h"
#include "people/SignatureService.h"
#include "people/UserDirectory.h"
#include "recipe/RecipeCatalog.h"
#include "recipe/RecipeProjection.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QDir>
#include <QStandardPaths>

namespace ck {

Workstation::~Workstation() = default;

Result<std::unique_ptr<Workstation>> Workstation::open(const QString &storePath, const Clock *clock,
                                                       const QString &terminalId)
{
    std::unique_ptr<Workstation> w(new Workstation);
    if (!clock) {
        w->m_ownClock = std::make_unique<SystemClock>();
        clock = w->m_ownClock.get();
    }
    w->m_clock = clock;
    if (storePath != QLatin1String(":memory:")) {
        const QString dir = QFileInfo(storePath).absolutePath();
        if (!QDir().mkpath(dir))
            return Error::storage(QStringLiteral("cannot create the data directory %1").arg(dir));
    }
    Result<std::unique_ptr<Store>> store = Store::open(storePath, terminalId);
    if (!store)
        return store.error();
    w->m_store = std::move(store).value();
    w->m_recipeProjection = std::make_unique<RecipeProjection>();
    w->m_batchProjection = std::make_unique<BatchProjection>();
    w->m_deviationProjection = std::make_unique<DeviationProjection>();
    w->m_peopleProjection = std::make_unique<PeopleProjection>();
    w->m_log = std::make_unique<EventLog>(*w->m_store, *clock);
    w->m_log->addProjection(w->m_recipeProjection.get());
    w->m_log->addProjection(w->m_batchProjection.get());
    w->m_log->addProjection(w->m_deviationProjection.get());
    w->m_log->addProjection(w->m_peopleProjection.get());
    w->m_access = std::make_unique<AccessControl>(*w->m_store, *w->m_log, *clock);
    w->m_users = std::make_unique<UserDirectory>(*w->m_store, *w->m_log, *w->m_access);
    w->m_signatures = std::make_unique<SignatureService>(*w->m_store, *w->m_log, *w->m_access);
    w->m_recipes = std::make_unique<RecipeCatalog>(*w->m_store, *w->m_log, *w->m_access);
    w->m_batches = std::make_unique<BatchManager>(*w->m_store, *w->m_log, *w->m_recipes,
                                                  *w->m_access, *w->m_signatures, *clock);
    w->m_deviations = std::make_unique<DeviationManager>(*w->m_store, *w->m_batches);
    return w;
}

QString Workstation::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workstation::storePathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("chainkeeper.sqlite"));
}

} // namespace ck
