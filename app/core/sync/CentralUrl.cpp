#include "CentralUrl.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace ck {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// Settings that take a whole number of seconds (or milliseconds) or 0/1.
const QStringList kNumericOptions = {
    QStringLiteral("connect_timeout"),  QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),  QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout")};
const QStringList kTextOptions = {QStringLiteral("sslcrl"), QStringLiteral("application_name"),
                                  QStringLiteral("target_session_attrs")};

// libpq's conninfo quoting: single quotes, with backslash and quote escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

Error bad(const QString &url, const QString &why)
{
    QString shown = url;
    // Never echo a password: cut the user info out of the text shown.
    const qsizetype at = shown.indexOf(QLatin1Char('@'));
    const qsizetype scheme = shown.indexOf(QStringLiteral("://"));
    if (at > 0 && scheme > 0 && at > scheme)
        shown = shown.left(scheme + 3) + QStringLiteral("…@") + shown.mid(at + 1);
    return Error::badInput(QStringLiteral("bad server URL %1: %2").arg(shown, why));
}

} // namespace

Result<CentralUrl> CentralUrl::parse(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://")))
        return bad(trimmed, QStringLiteral("it must start with postgresql://"));
    const QUrl u(trimmed, QUrl::StrictMode);
    if (!u.isValid())
        return bad(trimmed, u.errorString());
    CentralUrl c;
    c.host = u.host(QUrl::FullyDecoded);
    if (c.host.contains(QLatin1Char(',')))
        return bad(trimmed, QStringLiteral("only one host is supported"));
    if (u.port() == 0)
        return bad(trimmed, QStringLiteral("port 0"));
    c.port = u.port(5432);
    c.user = u.userName(QUrl::FullyDecoded);
    c.password = u.password(QUrl::FullyDecoded);
    QString path = u.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return bad(trimmed, QStringLiteral("the path must be just the database name"));
    c.database = path;
    if (!u.fragment().isEmpty())
        return bad(trimmed, QStringLiteral("a URL fragment (#…) means nothing here"));

    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (value.contains(QLatin1Char(';')))
            return bad(trimmed, QStringLiteral("%1 must not contain ';'").arg(key));
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return bad(trimmed, QStringLiteral("sslmode must be one of %1, not '%2'")
                                        .arg(kSslModes.join(QStringLiteral(", ")), value));
            c.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            c.sslRootCert = value;
        } else if (key == QLatin1String("sslcert")) {
            c.sslCert = value;
        } else if (key == QLatin1String("sslkey")) {
            c.sslKey = value;
        } else if (kNumericOptions.contains(key)) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0)
                return bad(trimmed,
                           QStringLiteral("%1 must be a whole number, not '%2'").arg(key, value));
            c.options.append({key, value});
        } else if (kTextOptions.contains(key)) {
            c.options.append({key, value});
        } else if (key == QLatin1String("host") || key == QLatin1String("port") ||
                   key == QLatin1String("user") || key == QLatin1String("password") ||
                   key == QLatin1String("dbname")) {
            return bad(trimmed, QStringLiteral("write %1 in the URL itself, not as ?%1=").arg(key));
        } else {
            return bad(trimmed, QStringLiteral("unknown setting '%1'").arg(key));
        }
    }
    return c;
}

QString CentralUrl::connectOptions() const
{
    QStringList parts;
    const auto add = [&parts](const QString &key, const QString &value) {
        if (!value.isEmpty())
            parts += key + QLatin1Char('=') + quoted(value);
    };
    add(QStringLiteral("sslmode"), sslMode);
    add(QStringLiteral("sslrootcert"), sslRootCert);
    add(QStringLiteral("sslcert"), sslCert);
    add(QStringLiteral("sslkey"), sslKey);
    for (const auto &[key, value] : options)
        add(key, value);
    return parts.join(QLatin1Char(';'));
}

QString CentralUrl::display() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    u.setPort(port);
    if (!user.isEmpty())
        u.setUserName(user);
    u.setPath(QLatin1Char('/') + database);
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, value);
    };
    add(QStringLiteral("sslmode"), sslMode);
    add(QStringLiteral("sslrootcert"), sslRootCert);
    add(QStringLiteral("sslcert"), sslCert);
    add(QStringLiteral("sslkey"), sslKey);
    for (const auto &[key, value] : options)
        add(key, value);
    u.setQuery(q);
    return u.toString();
}

void CentralUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions());
}

QSqlDatabase CentralUrl::addDatabase(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    applyTo(db);
    return db;
}

} // namespace ck
