#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ck {

// A real PostgreSQL server for one test: a fresh cluster (initdb) in a temporary directory,
// listening on a free TCP port of 127.0.0.1 only (no Unix socket), fsync off. As root, initdb and
// pg_ctl run as the `postgres` user (PostgreSQL refuses root); otherwise as the current user. The
// superuser is `postgres` with a random password (SCRAM over TCP). The destructor stops the server
// (pg_ctl stop -m immediate) and removes the directory.
//
//     PgServer pg;
//     CK_REQUIRE_POSTGRES(pg);          // QSKIPs loudly when PostgreSQL is not installed
//     QVERIFY2(pg.start(), qPrintable(pg.lastError()));
//     CentralUrl::parse(pg.url())…
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Empty when PostgreSQL's server binaries and Qt's QPSQL driver are there; otherwise what is
    // missing and the apt-get line that installs it.
    static QString unavailableReason();
    // The directory of initdb and pg_ctl: $CK_PG_BINDIR, else the newest
    // /usr/lib/postgresql/<version>/bin, else where pg_ctl is on the PATH. Empty when none.
    static QString binDir();

    // Creates the cluster on the first call, then starts the server and waits until it accepts
    // connections (about a second). Returns false with lastError() set.
    bool start();
    // Stops at once (pg_ctl stop -m immediate): open connections break as on a crash.
    void stop();
    bool isRunning() const { return m_running; }
    QString lastError() const { return m_error; }

    int port() const { return m_port; }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QString superuser() { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return m_password; }
    QString dataDir() const;
    // postgresql://postgres:<password>@127.0.0.1:<port>/<database>[?<query>]
    QString url(const QString &database = QStringLiteral("postgres"),
                const QString &query = {}) const;
    // The same server as another role.
    QString urlFor(const QString &user, const QString &password,
                   const QString &database = QStringLiteral("postgres"),
                   const QString &query = {}) const;

    // Runs SQL as the superuser on a connection of its own (closed afterwards).
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres"));
    // pg_terminate_backend() on every session of that role; the number of sessions ended, or -1.
    int terminateBackends(const QString &role);

    // Makes a CA and a server certificate for CN=localhost (SAN IP:127.0.0.1, DNS:localhost) in
    // `dir` with the openssl command, and restarts the server with ssl=on. The CA is
    // `dir`/ca.crt (caCertificate()); connections may then ask for sslmode=verify-full.
    bool enableTls(const QString &dir);
    QString caCertificate() const { return m_caCert; }
    // A self-signed CA (ca.crt, ca.key) in `dir`: also what a test uses as the wrong CA.
    static bool makeCertificateAuthority(const QString &dir, const QString &commonName,
                                         QString *error);

private:
    bool runPg(const QString &program, const QStringList &arguments, int timeoutMs);
    bool runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs,
                         QString *output);
    bool giveToServerUser(const QString &path);
    QString logTail() const;

    QTemporaryDir m_dir;
    QString m_password;
    QString m_caCert;
    QStringList m_settings; // -c key=value given to every start
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    QString m_error;
};

} // namespace ck

// In a Qt Test function: skip, loudly, when the machine cannot run a PostgreSQL server.
#define CK_REQUIRE_POSTGRES()                                                                      \
    do {                                                                                           \
        const QString ckPgWhy = ::ck::PgServer::unavailableReason();                               \
        if (!ckPgWhy.isEmpty())                                                                    \
            QSKIP(qPrintable(QStringLiteral("*** SKIPPED: ") + ckPgWhy + QStringLiteral(" ***"))); \
    } while (false)
