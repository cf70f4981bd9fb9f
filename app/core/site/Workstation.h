#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace ck {

class AccessControl;
class BatchManager;
class BatchProjection;
class Clock;
class DeviationManager;
class DeviationProjection;
class EventLog;
class RecipeCatalog;
class PeopleProjection;
class RecipeProjection;
class SignatureService;
class Store;
class UserDirectory;

// Everything one terminal runs on, wired once: the store, the log with its projections, the
// recipe catalog and the batch manager. The GUI, the command line and the tests all open this.
class Workstation
{
public:
    ~Workstation();

    // `clock` may be null for the system clock; a given clock must outlive the workstation.
    static Result<std::unique_ptr<Workstation>>
    open(const QString &storePath, const Clock *clock = nullptr, const QString &terminalId = {});

    Store &store() { return *m_store; }
    EventLog &log() { return *m_log; }
    RecipeCatalog &recipes() { return *m_recipes; }
    BatchManager &batches() { return *m_batches; }
    DeviationManager &deviations() { return *m_deviations; }
    AccessControl &access() { return *m_access; }
    UserDirectory &users() { return *m_users; }
    SignatureService &signatures() { return *m_signatures; }
    const Clock &clock() const { return *m_clock; }

    // The data directory of this user: QStandardPaths' AppDataLocation unless overridden.
    static QString defaultDataDir();
    static QString storePathIn(const QString &dataDir);

private:
    Workstation() = default;

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<RecipeProjection> m_recipeProjection;
    std::unique_ptr<BatchProjection> m_batchProjection;
    std::unique_ptr<DeviationProjection> m_deviationProjection;
    std::unique_ptr<PeopleProjection> m_peopleProjection;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<AccessControl> m_access;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<SignatureService> m_signatures;
    std::unique_ptr<RecipeCatalog> m_recipes;
    std::unique_ptr<BatchManager> m_batches;
    std::unique_ptr<DeviationManager> m_deviations;
};

} // namespace ck
