#include "RecipeCatalog.h"

#include "RecipeParser.h"
#include "execution/EventTypes.h"
#include "people/AccessControl.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ck {

RecipeCatalog::RecipeCatalog(Store &store, EventLog &log, AccessControl &access)
    : m_store(store), m_log(log), m_access(access)
{}
RecipeCatalog::~RecipeCatalog() = default;

Result<RecipeCatalog::ImportResult> RecipeCatalog::importRecipe(const QByteArray &json)
{
    // Importing an approved recipe releases it to the floor: that is QA's decision.
    if (Status s = m_access.require(Permission::ImportRecipe, QStringLiteral("import a recipe"));
        !s)
        return s.error();
    const QString actor = m_access.actor();
    Result<Recipe> parsed = parseRecipe(json);
    if (!parsed)
        return parsed.error();
    const Recipe &r = *parsed;
    ImportResult result;
    result.recipe = {r.id, r.version, r.title, r.status, QString::fromLatin1(r.contentHash), {}};

    Result<Event> e = m_log.record([&]() -> Result<EventDraft> {
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("SELECT content_hash FROM recipes WHERE id = ? AND version = ?"));
        q.addBindValue(r.id);
        q.addBindValue(r.version);
        if (!q.exec())
            return Error::storage(q.lastError().text());
        if (q.next()) {
            if (q.value(0).toString().toLatin1() == r.contentHash) {
                result.alreadyPresent = true;
                return Error::refused(QString()); // nothing to record
            }
            return Error::refused(
                QStringLiteral("recipe %1 version %2 is already imported with different "
                               "content; a changed recipe needs a new version")
                    .arg(r.id)
                    .arg(r.version));
        }
        EventDraft d;
        d.actor = actor;
        d.type = eventtype::RecipeImported;
        d.newValue = QStringLiteral("%1 v%2 (%3)").arg(r.id).arg(r.version).arg(r.status);
        d.payload.insert(QStringLiteral("recipe"), r.json);
        d.payload.insert(QStringLiteral("contentHash"), QString::fromLatin1(r.contentHash));
        return d;
    });
    if (!e && !result.alreadyPresent)
        return e.error();
    return result;
}

QList<RecipeSummary> RecipeCatalog::list()
{
    QList<RecipeSummary> out;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral(
            "SELECT id, version, title, status, content_hash, imported_at FROM recipes "
            "ORDER BY id, version")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<std::shared_ptr<const Recipe>> RecipeCatalog::load(const QString &id, int version)
{
    QSqlQuery q(m_store.db());
    if (version > 0) {
        q.prepare(QStringLiteral(
            "SELECT content, content_hash FROM recipes WHERE id = ? AND version = ?"));
        q.addBindValue(id);
        q.addBindValue(version);
    } else {
        q.prepare(QStringLiteral("SELECT content, content_hash FROM recipes WHERE id = ? AND "
                                 "status = 'approved' ORDER BY version DESC LIMIT 1"));
        q.addBindValue(id);
    }
    if (!q.exec())
        return Error::storage(q.lastError().text());
    if (!q.next())
        return Error::notFound(version > 0
                                   ? QStringLiteral("recipe %1 version %2 is not on this terminal")
                                         .arg(id)
                                         .arg(version)
                                   : QStringLiteral("no approved version of recipe %1 on this "
                                                    "terminal")
                                         .arg(id));
    const QString hash = q.value(1).toString();
    if (auto it = m_cache.constFind(hash); it != m_cache.constEnd())
        return *it;
    Result<Recipe> parsed = parseRecipe(q.value(0).toString().toUtf8());
    if (!parsed)
        return Error::storage(QStringLiteral("stored recipe %1 no longer parses: %2")
                                  .arg(id, parsed.error().message));
    if (parsed->contentHash != hash.toLatin1())
        return Error::storage(
            QStringLiteral("stored recipe %1 does not match its content hash").arg(id));
    auto shared = std::make_shared<const Recipe>(std::move(parsed).value());
    m_cache.insert(hash, shared);
    return shared;
}

} // namespace ck
