#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace ck {

// The options of `chainkeeper central`, registered with the command line's parser.
struct CentralCommandOptions
{
    QCommandLineOption url{
        QStringLiteral("url"),
        QStringLiteral("central: the server, postgresql://ADMIN@HOST:PORT/DB[?sslmode=verify-full"
                       "&sslrootcert=FILE] (password from PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("URL")};
    QCommandLineOption suite{QStringLiteral("suite"),
                             QStringLiteral("central add-terminal: a suite the terminal works in "
                                            "(repeat for more)."),
                             QStringLiteral("SUITE")};

    QList<QCommandLineOption> all() const { return {url, suite}; }
};

// `chainkeeper central init | add-terminal NAME --suite S… | terminals | clear-flag NAME`, each
// with --url: the administrator's side of the central PostgreSQL server (no local store needed).
// Exit 0 done, 1 the server refused or could not be reached, 2 bad input.
int centralCommand(const QStringList &positional, const QCommandLineParser &parser,
                   const CentralCommandOptions &options);

} // namespace ck
