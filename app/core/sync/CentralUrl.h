#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace ck {

// Where the central PostgreSQL server is, read from a libpq connection URI:
//   postgresql://[user[:password]@]host[:port][/database][?key=value&…]
// ("postgres://" too). Percent-escapes are decoded; an IPv6 host is written in brackets. The
// query may carry these libpq settings, passed on to the QPSQL driver as connect options:
//   sslmode (disable|allow|prefer|require|verify-ca|verify-full), sslrootcert, sslcert, sslkey,
//   sslcrl, connect_timeout (seconds), application_name, keepalives, keepalives_idle,
//   keepalives_interval, keepalives_count, tcp_user_timeout (ms), target_session_attrs.
// Anything else is refused, naming the key, so that a typo (sslmod=…) never silently weakens TLS.
struct CentralUrl
{
    QString host; // empty: the local Unix socket
    int port = 5432;
    QString database; // empty: libpq's default (the user name)
    QString user;     // empty: libpq's default (the OS user)
    QString password; // empty: none in the URL (libpq may still read PGPASSWORD or ~/.pgpass)
    QString sslMode;
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    // The other settings above, in the order given: key, value.
    QList<QPair<QString, QString>> options;

    static Result<CentralUrl> parse(const QString &url);

    // "key=value;key=value" as QSqlDatabase::setConnectOptions takes it for QPSQL (values quoted
    // for libpq).
    QString connectOptions() const;
    // The URL again, with the password left out (for logs and messages).
    QString display() const;
    // Host, port, database, user, password and connect options onto a QPSQL connection.
    void applyTo(QSqlDatabase &db) const;
    // A new QPSQL connection of that name with applyTo() done (not opened).
    QSqlDatabase addDatabase(const QString &connectionName) const;
};

} // namespace ck
