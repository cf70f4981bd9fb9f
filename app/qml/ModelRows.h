#pragma once

#include <QAbstractItemModel>
#include <QVariantMap>

namespace ck {

// One row of a list model as {role name: value}, for QML's model.get(row): the same for every
// model, from its own roleNames() and data().
inline QVariantMap rowAsMap(const QAbstractItemModel &model, int row)
{
    QVariantMap map;
    if (row < 0 || row >= model.rowCount())
        return map;
    const QModelIndex index = model.index(row, 0);
    const QHash<int, QByteArray> names = model.roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), model.data(index, it.key()));
    return map;
}

} // namespace ck
