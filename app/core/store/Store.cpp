#include "Store.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ck {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString sqlError(const QSqlError &e)
{
    const QString db = e.databaseText();
    return db.isEmpty() ? e.text() : db;
}
} // namespace

namespace {
// Statements by connection, then by SQL text. A connection is used by one thread at a time, the
// map itself by all of them.
struct StatementCache
{
    QMutex mutex;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> byConnection;
};
StatementCache &statementCache()
{
    static StatementCache cache;
    return cache;
}
} // namespace

QSqlQuery *prepared(QSqlDatabase &db, const QString &sql, Error *error)
{
    StatementCache &cache = statementCache();
    QMutexLocker lock(&cache.mutex);
    auto &statements = cache.byConnection[db.connectionName()];
    auto it = statements.find(sql);
    if (it == statements.end()) {
        auto q = std::make_shared<QSqlQuery>(db);
        if (!q->prepare(sql)) {
            if (error)
                *error = Error::storage(
                    QStringLiteral("cannot prepare statement: %1").arg(sqlError(q->lastError())));
            return nullptr;
        }
        it = statements.insert(sql, q);
    }
    return it->get();
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    Error error;
    QSqlQuery *q = prepared(db, sql, &error);
    if (!q)
        return error;
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(static_cast<int>(i), bindable(binds.at(i)));
    const bool ok = q->exec();
    const QString message = ok ? QString() : sqlError(q->lastError());
    q->finish();
    if (!ok)
        return Error::storage(message);
    return {};
}

Store::~Store()
{
    {
        StatementCache &cache = statementCache();
        QMutexLocker lock(&cache.mutex);
        cache.byConnection.remove(m_connectionName);
    }
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QString &terminalId)
{
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_connectionName = QStringLiteral("chainkeeper-store-%1").arg(++s_connectionCounter);
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!store->m_db.open())
        return Error::storage(QStringLiteral("cannot open the local store %1: %2")
                                  .arg(path, sqlError(store->m_db.lastError())));

    // Read the version before anything else touches the file: a newer schema is left untouched.
    {
        QSqlQuery q(store->m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return Error::storage(QStringLiteral("%1 is not a Chainkeeper store: %2")
                                      .arg(path, sqlError(q.lastError())));
        store->m_schemaVersion = q.value(0).toInt();
    }
    if (store->m_schemaVersion > latestSchemaVersion())
        return Error::refused(
            QStringLiteral("the local store %1 has schema version %2, newer than this Chainkeeper "
                           "knows (%3); it was not changed — use a newer Chainkeeper")
                .arg(path)
                .arg(store->m_schemaVersion)
                .arg(latestSchemaVersion()));

    const bool inMemory = path == QLatin1String(":memory:");
    const QStringList pragmas = {
        inMemory ? QStringLiteral("PRAGMA journal_mode=MEMORY")
                 : QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery q(store->m_db);
        if (!q.exec(p))
            return Error::storage(QStringLiteral("%1 failed: %2").arg(p, sqlError(q.lastError())));
    }
    if (Status s = store->migrate(); !s)
        return s.error();

    store->m_terminalId = store->meta(QStringLiteral("terminal_id"));
    if (store->m_terminalId.isEmpty()) {
        QString id = terminalId.trimmed();
        if (id.isEmpty())
            id =
                QStringLiteral("T-") + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
        if (Status s = store->setMeta(QStringLiteral("terminal_id"), id); !s)
            return s.error();
        store->m_terminalId = id;
    }
    return store;
}

Status Store::migrate()
{
    const auto &migrations = schemaMigrations();
    for (int v = m_schemaVersion; v < static_cast<int>(migrations.size()); ++v) {
        Status s = transaction([&]() -> Status {
            for (const QString &sql : migrations[static_cast<size_t>(v)]) {
                if (Status st = exec(m_db, sql); !st)
                    return Error::storage(QStringLiteral("schema migration %1 -> %2 failed: %3")
                                              .arg(v)
                                              .arg(v + 1)
                                              .arg(st.error().message));
            }
            return exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        });
        if (!s)
            return s;
        m_schemaVersion = v + 1;
    }
    return {};
}

Status Store::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work(); // nested call joins the outer transaction
    if (Status s = exec(m_db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Error::storage(
            QStringLiteral("cannot start a transaction: %1").arg(s.error().message));
    m_inTransaction = true;
    Status result = work();
    m_inTransaction = false;
    if (result) {
        if (Status c = exec(m_db, QStringLiteral("COMMIT")); !c) {
            (void)exec(m_db, QStringLiteral("ROLLBACK"));
            return Error::storage(QStringLiteral("commit failed: %1").arg(c.error().message));
        }
        return {};
    }
    (void)exec(m_db, QStringLiteral("ROLLBACK"));
    return result;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Store::setMeta(const QString &key, const QString &value)
{
    return exec(m_db,
                QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

} // namespace ck
