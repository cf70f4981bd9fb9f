#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <string_view>

namespace ck {

// One versioned migration of the central server's schema (packaging/central/NNN_*.sql, compiled
// into the program).
struct CentralMigration
{
    int version = 0;
    QString name; // the file name, e.g. "001_schema.sql"
    std::string_view sql;
};

// A terminal as the server sees it (ck.terminal_status()).
struct CentralTerminal
{
    QString name;
    QString role;
    QStringList suites;
    qint64 lastSeq = 0;
    QString lastPushAt; // UTC text, empty before the first push
    QString lastTerminalUtc;
    bool hasClockOffset = false;
    qint64 clockOffsetMs = 0;
    bool flagged = false;
    QString flagReason;
};

// The central PostgreSQL server, as its administrator works it: creates or upgrades schema `ck`
// (owned by the connected role), adds terminal roles, lists terminals, clears flags. The
// connection must be open and belong to a role that may create schemas in the database and roles
// in the cluster (CREATEROLE), e.g. the database's owner with CREATEROLE.
class CentralSchema
{
public:
    explicit CentralSchema(QSqlDatabase db) : m_db(std::move(db)) {}

    static const QList<CentralMigration> &migrations();
    static int latestVersion();

    // 0 when the database has no Chainkeeper schema yet.
    Result<int> version();

    struct InitReport
    {
        int from = 0;
        int to = 0;
    };
    // Applies every migration newer than the server's version, each in its own transaction with
    // its version row, under an advisory lock (two inits at once do not collide). Refuses a
    // server whose schema is newer than this program knows, and a database not in UTF8.
    Result<InitReport> init();

    // Creates the LOGIN role ck_term_<name> (member of ck_terminal) with a generated password,
    // and the terminal's row. The password is returned once; the server keeps only its SCRAM
    // verifier, computed here so that the password never travels in a statement either.
    Result<QString> addTerminal(const QString &name, const QStringList &suites);
    Result<QList<CentralTerminal>> terminals();
    // True when the terminal was flagged and is now cleared; false when it was not flagged.
    Result<bool> clearFlag(const QString &name);

    // The database role of a terminal name: "ck_term_" + the name in lower case, every character
    // but a-z, 0-9 and _ replaced by _.
    static QString roleFor(const QString &terminalName);
    // SCRAM-SHA-256 verifier of a password as PostgreSQL stores it (RFC 5802/7677, 4096
    // iterations).
    static QString scramVerifier(const QString &password, const QByteArray &salt);

private:
    QSqlDatabase m_db;
};

} // namespace ck
