#include "PgServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ck {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// A TCP port of 127.0.0.1 that nothing listens on right now.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString p;
    for (int i = 0; i < 24; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(
            static_cast<quint32>(sizeof alphabet - 1))]);
    return p;
}

bool runOpenssl(const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(5000)) {
        *error = QStringLiteral("openssl is not installed: apt-get install openssl");
        return false;
    }
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

} // namespace

// A test that crashed (or was killed) leaves its server running: the next PgServer stops the
// servers whose test process is gone and removes their directories.
namespace {
void stopOrphans()
{
    QDir tmp(QDir::tempPath());
    const QStringList dirs =
        tmp.entryList({QStringLiteral("ck-pgserver-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : dirs) {
        QDir dir(tmp.filePath(name));
        QFile owner(dir.filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        const QString data = dir.filePath(QStringLiteral("data"));
        if (QFileInfo::exists(data + QStringLiteral("/postmaster.pid"))) {
            QFile pidFile(data + QStringLiteral("/postmaster.pid"));
            if (pidFile.open(QIODevice::ReadOnly)) {
                const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
                if (postmaster > 0)
                    ::kill(static_cast<pid_t>(postmaster), SIGQUIT); // immediate shutdown
            }
            QThread::msleep(200);
        }
        dir.removeRecursively();
    }
}
} // namespace

PgServer::PgServer()
    : m_dir(QDir::tempPath() + QStringLiteral("/ck-pgserver-XXXXXX")), m_password(randomPassword())
{
    stopOrphans();
    QFile owner(m_dir.filePath(QStringLiteral("owner.pid")));
    if (owner.open(QIODevice::WriteOnly))
        owner.write(QByteArray::number(QCoreApplication::applicationPid()));
}

PgServer::~PgServer()
{
    stop();
}

QString PgServer::binDir()
{
    const QString env = qEnvironmentVariable("CK_PG_BINDIR");
    if (!env.isEmpty())
        return QFileInfo::exists(env + QStringLiteral("/pg_ctl")) ? env : QString();
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : found) {
        const QString bin = versions.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/pg_ctl")) &&
            QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    if (!onPath.isEmpty()) {
        const QString dir = QFileInfo(QFileInfo(onPath).canonicalFilePath()).absolutePath();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

QString PgServer::unavailableReason()
{
    if (binDir().isEmpty())
        return QStringLiteral("PostgreSQL is not installed: apt-get install postgresql");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed: apt-get install "
                              "libqt6sql6-psql");
    if (isRoot() && !::getpwnam("postgres"))
        return QStringLiteral("running as root, but there is no 'postgres' user to run the "
                              "server as: apt-get install postgresql creates it");
    return {};
}

QString PgServer::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool PgServer::giveToServerUser(const QString &path)
{
    if (!isRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw || ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
        m_error = QStringLiteral("cannot give %1 to the postgres user").arg(path);
        return false;
    }
    return true;
}

bool PgServer::runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs,
                               QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    if (isRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    arguments);
    else
        p.start(program, arguments);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return false;
    }
    const bool finished = p.waitForFinished(timeoutMs);
    *output = QString::fromLocal8Bit(p.readAll());
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish in %2 ms: %3")
                      .arg(program)
                      .arg(timeoutMs)
                      .arg(*output);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 failed (exit %2): %3").arg(program).arg(p.exitCode()).arg(*output);
        return false;
    }
    return true;
}

bool PgServer::runPg(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QString output;
    return runAsServerUser(binDir() + QLatin1Char('/') + program, arguments, timeoutMs, &output);
}

QString PgServer::logTail() const
{
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(2000));
}

bool PgServer::start()
{
    m_error.clear();
    if (m_running)
        return true;
    const QString why = unavailableReason();
    if (!why.isEmpty()) {
        m_error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (!m_initialised) {
        // The server user must reach the directory; nobody else needs to.
        if (!giveToServerUser(m_dir.path()))
            return false;
        const QString pwFile = m_dir.filePath(QStringLiteral("pw"));
        QFile pw(pwFile);
        if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("cannot write %1").arg(pwFile);
            return false;
        }
        pw.close();
        if (!giveToServerUser(pwFile))
            return false;
        if (!runPg(
                QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                 QStringLiteral("--pwfile=") + pwFile, QStringLiteral("--auth-host=scram-sha-256"),
                 QStringLiteral("--auth-local=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                 QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                60000))
            return false;
        QFile::remove(pwFile);
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free TCP port on 127.0.0.1");
            return false;
        }
        m_initialised = true;
    }
    QStringList settings = {
        QStringLiteral("-p %1").arg(m_port), QStringLiteral("-c listen_addresses=127.0.0.1"),
        QStringLiteral("-c unix_socket_directories=''"), QStringLiteral("-c fsync=off"),
        QStringLiteral("-c max_connections=150")};
    settings += m_settings;
    if (!runPg(QStringLiteral("pg_ctl"),
               {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("30"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                settings.join(QLatin1Char(' '))},
               40000)) {
        m_error += QStringLiteral("\nserver log:\n") + logTail();
        return false;
    }
    m_running = true;
    return true;
}

void PgServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QString output;
    runAsServerUser(binDir() + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"),
                     QStringLiteral("immediate"), QStringLiteral("-D"), dataDir()},
                    30000, &output);
}

QString PgServer::url(const QString &database, const QString &query) const
{
    return urlFor(superuser(), m_password, database, query);
}

QString PgServer::urlFor(const QString &user, const QString &password, const QString &database,
                         const QString &query) const
{
    QString u =
        QStringLiteral("postgresql://") + QString::fromLatin1(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        u += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
    u += QStringLiteral("@%1:%2/").arg(host()).arg(m_port) +
         QString::fromLatin1(QUrl::toPercentEncoding(database));
    if (!query.isEmpty())
        u += QLatin1Char('?') + query;
    return u;
}

bool PgServer::exec(const QString &sql, const QString &database)
{
    const QString name =
        QStringLiteral("ck_pgserver_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(superuser());
        db.setPassword(m_password);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                m_error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int PgServer::terminateBackends(const QString &role)
{
    const QString name =
        QStringLiteral("ck_pgserver_") + QUuid::createUuid().toString(QUuid::Id128);
    int ended = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(superuser());
        db.setPassword(m_password);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                                     "FROM pg_stat_activity WHERE usename = ? AND pid <> "
                                     "pg_backend_pid()"));
            q.addBindValue(role);
            if (q.exec() && q.next())
                ended = q.value(0).toInt();
            else
                m_error = q.lastError().text();
            db.close();
        } else {
            m_error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ended;
}

bool PgServer::makeCertificateAuthority(const QString &dir, const QString &commonName,
                                        QString *error)
{
    QDir().mkpath(dir);
    return runOpenssl(
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"),
         QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt")},
        dir, error);
}

bool PgServer::enableTls(const QString &dir)
{
    m_error.clear();
    if (!makeCertificateAuthority(dir, QStringLiteral("Chainkeeper test CA"), &m_error))
        return false;
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                                     "basicConstraints=CA:FALSE\n"
                                                     "keyUsage=digitalSignature,keyEncipherment\n"
                                                     "extendedKeyUsage=serverAuth\n") < 0) {
        m_error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return false;
    }
    ext.close();
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                     QStringLiteral("-keyout"), QStringLiteral("server.key"),
                     QStringLiteral("-out"), QStringLiteral("server.csr")},
                    dir, &m_error) ||
        !runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("3"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
                     QStringLiteral("-out"), QStringLiteral("server.crt")},
                    dir, &m_error))
        return false;
    // The server reads its key from its own directory, owned by it, mode 0600.
    const bool wasRunning = m_running;
    if (!m_initialised && !start())
        return false;
    for (const QString &file : {QStringLiteral("server.crt"), QStringLiteral("server.key")}) {
        const QString target = QDir(dataDir()).filePath(file);
        QFile::remove(target);
        if (!QFile::copy(QDir(dir).filePath(file), target)) {
            m_error = QStringLiteral("cannot copy %1 into the data directory").arg(file);
            return false;
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!giveToServerUser(target))
            return false;
    }
    m_caCert = QDir(dir).filePath(QStringLiteral("ca.crt"));
    m_settings = {QStringLiteral("-c ssl=on"), QStringLiteral("-c ssl_cert_file=server.crt"),
                  QStringLiteral("-c ssl_key_file=server.key")};
    stop();
    Q_UNUSED(wasRunning);
    return start();
}

} // namespace ck
