#pragma once

#include "Recipe.h"
#include "common/Result.h"

#include <QList>
#include <QMap>

#include <memory>

namespace ck {

class AccessControl;
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
    RecipeCatalog(Store &store, EventLog &log, AccessControl &access);
    ~RecipeCatalog();

    struct ImportResult
    {
        RecipeSummary recipe;
        bool alreadyPresent = false; // the same id, version and content was imported before
    };
    // Needs a signed-in user who may import recipes; the import is recorded as theirs.
    Result<ImportResult> importRecipe(const QByteArray &json);
    QList<RecipeSummary> list();
    // version 0: the highest approved version.
    Result<std::shared_ptr<const Recipe>> load(const QString &id, int version = 0);

private:
    Store &m_store;
    EventLog &m_log;
    AccessControl &m_access;
    QMap<QString, std::shared_ptr<const Recipe>> m_cache; // by content hash
};

} // namespace ck
