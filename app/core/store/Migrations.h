#pragma once

#include <QStringList>

#include <vector>

namespace ck {

// Schema migrations, oldest first: element i moves the schema from version i to version i + 1.
// Migrations are only ever appended; a released one is never edited.
const std::vector<QStringList> &schemaMigrations();

} // namespace ck
