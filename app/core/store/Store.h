#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace ck {

// The terminal's local SQLite database: one connection, WAL, synchronous=FULL, foreign keys on,
// schema migrated at open. A newer schema than this build knows is refused before anything is
// written to the file.
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // `path` may be ":memory:" for a throw-away store (dry runs, tests). `terminalId` is used
    // only when the store is created; an existing store keeps the id it was created with.
    static Result<std::unique_ptr<Store>> open(const QString &path, const QString &terminalId = {});

    static int latestSchemaVersion();

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &terminalId() const { return m_terminalId; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; any error from `work` or from SQLite rolls
    // everything back, so an action is stored whole or not at all.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_inTransaction; }

    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

private:
    Store() = default;
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_terminalId;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
};

// A null QString binds as SQL NULL; the store's text columns hold empty text instead.
QVariant bindable(const QVariant &value);

// The prepared statement for `sql` on this connection, compiled once and reused: statement
// compilation was a quarter of the audit trail's CPU time per event. Call finish() after use.
QSqlQuery *prepared(QSqlDatabase &db, const QString &sql, Error *error = nullptr);

// Runs one statement and turns a failure into an Error that names the statement's purpose.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

} // namespace ck
