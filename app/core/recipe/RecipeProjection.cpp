#include "RecipeProjection.h"

#include "execution/EventTypes.h"
#include "store/Event.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace ck {

Status RecipeProjection::apply(QSqlDatabase &db, const Event &event)
{
    if (event.type != eventtype::RecipeImported)
        return {};
    const QJsonObject p = event.payloadObject();
    const QJsonObject recipe = p[u"recipe"].toObject();
    return exec(
        db,
        QStringLiteral("INSERT INTO recipes (id, version, title, status, content_hash, content, "
                       "imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?)"),
        {recipe[u"id"].toString(), recipe[u"version"].toInt(), recipe[u"title"].toString(),
         recipe[u"status"].toString(), p[u"contentHash"].toString(),
         QString::fromUtf8(QJsonDocument(recipe).toJson(QJsonDocument::Compact)), event.utc,
         event.actor});
}

} // namespace ck
