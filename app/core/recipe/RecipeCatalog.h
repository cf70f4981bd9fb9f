#pragma once

#include "Recipe.h"
#include "common/Result.h"

#include <QList>
#include <QMap>

#include <memory>

namespace ck {

class EventLog;
class Store;

struct RecipeSummary
{
    QString id;
    int version = 0;
    QString title;
    QString status;
    QString contentHash;
    QString importedAt;
};

// The recipes this terminal holds. Importing validates completely and records the whole recipe
// in the audit trail; a version once imported never changes.
class RecipeCatalog
{
public:
    RecipeCatalog(Store &store, EventLog &log);
    ~RecipeCatalog();

    struct ImportResult
    {
        RecipeSummary recipe;
        bool alreadyPresent = false; // the same id, version and content was imported before
    };
    Result<ImportResult> importRecipe(const QByteArray &json, const QString &actor);
    QList<RecipeSummary> list();
    // version 0: the highest approved version.
    Result<std::shared_ptr<const Recipe>> load(const QString &id, int version = 0);

private:
    Store &m_store;
    EventLog &m_log;
    QMap<QString, std::shared_ptr<const Recipe>> m_cache; // by content hash
};

} // namespace ck
