#include "CentralSchema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>

namespace ck {

namespace {

// The migrations are the files of packaging/central, included here as they are: each file's first
// line is `-- R"sql(` and its last `-- )sql"_ckSql`, SQL comments that make the file one C++ raw
// string literal, prefixed by `--` (a no-op below). One source for the installed files and the
// program, and the build recompiles when a file changes.
struct SqlText
{
    std::string_view text;
};
constexpr SqlText operator""_ckSql(const char *text, std::size_t size)
{
    return SqlText{std::string_view(text, size)};
}
constexpr SqlText operator--(SqlText s)
{
    return s;
}

constexpr SqlText kMigration001 =
#include "../../../packaging/central/001_schema.sql"
    ;

Error storageError(const QString &what, const QSqlError &e)
{
    return Error::storage(QStringLiteral("%1: %2").arg(what, e.text().simplified()));
}

QString quoteLiteral(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString quoteIdent(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString generatedPassword()
{
    // 32 characters of 57 (no look-alikes): about 186 bits.
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString p;
    for (int i = 0; i < 32; ++i)
        p += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(
            static_cast<quint32>(sizeof alphabet - 1))]);
    return p;
}

const QRegularExpression &terminalNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    return re;
}

const QRegularExpression &suitePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$"));
    return re;
}

} // namespace

const QList<CentralMigration> &CentralSchema::migrations()
{
    static const QList<CentralMigration> all = [] {
        QList<CentralMigration> list;
        list.append({1, QStringLiteral("001_schema.sql"), kMigration001.text});
        return list;
    }();
    return all;
}

int CentralSchema::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> CentralSchema::version()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('ck.schema_version') IS NOT NULL")) || !q.next())
        return storageError(QStringLiteral("cannot read the server's schema"), q.lastError());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM ck.schema_version")) ||
        !q.next())
        return storageError(QStringLiteral("cannot read ck.schema_version"), q.lastError());
    return q.value(0).toInt();
}

Result<CentralSchema::InitReport> CentralSchema::init()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding), current_setting("
                               "'server_version_num')::int FROM pg_database WHERE datname = "
                               "current_database()")) ||
        !q.next())
        return storageError(QStringLiteral("cannot read the database"), q.lastError());
    if (q.value(0).toString() != QLatin1String("UTF8"))
        return Error::refused(
            QStringLiteral("the database's encoding is %1; Chainkeeper needs UTF8 (createdb -E "
                           "UTF8 -T template0 …) so that the server hashes what terminals hash")
                .arg(q.value(0).toString()));
    if (q.value(1).toInt() < 110000)
        return Error::refused(QStringLiteral("PostgreSQL 11 or newer is needed (sha256)"));

    InitReport report;
    Result<int> before = version();
    if (!before)
        return before.error();
    report.from = *before;
    report.to = *before;
    for (const CentralMigration &m : migrations()) {
        if (!m_db.transaction())
            return storageError(QStringLiteral("cannot begin a transaction"), m_db.lastError());
        const auto rollback = [this] { m_db.rollback(); };
        // Two administrators running init at once: the second waits, then sees the new version.
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7206354178401)"))) {
            rollback();
            return storageError(QStringLiteral("cannot lock the schema"), q.lastError());
        }
        Result<int> current = version();
        if (!current) {
            rollback();
            return current.error();
        }
        if (*current > latestVersion()) {
            rollback();
            return Error::refused(
                QStringLiteral("the server's Chainkeeper schema is version %1, newer than this "
                               "program knows (%2): upgrade Chainkeeper; nothing was changed")
                    .arg(*current)
                    .arg(latestVersion()));
        }
        if (m.version <= *current) {
            rollback();
            report.to = *current;
            continue;
        }
        const QString sql = QString::fromUtf8(m.sql.data(), static_cast<qsizetype>(m.sql.size()));
        if (!q.exec(sql)) {
            const QSqlError e = q.lastError();
            rollback();
            return storageError(
                QStringLiteral("migration %1 failed, nothing of it was applied").arg(m.name), e);
        }
        Result<int> after = version();
        if (!after || *after != m.version) {
            rollback();
            return Error::storage(QStringLiteral("migration %1 did not record version %2")
                                      .arg(m.name)
                                      .arg(m.version));
        }
        if (!m_db.commit())
            return storageError(QStringLiteral("cannot commit migration %1").arg(m.name),
                                m_db.lastError());
        report.to = m.version;
    }
    return report;
}

QString CentralSchema::roleFor(const QString &terminalName)
{
    QString role = QStringLiteral("ck_term_");
    for (const QChar c : terminalName.toLower())
        role += (c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                 c == QLatin1Char('_'))
                    ? c
                    : QLatin1Char('_');
    return role;
}

QString CentralSchema::scramVerifier(const QString &password, const QByteArray &salt)
{
    // PBKDF2-HMAC-SHA-256 with one output block: U1 = HMAC(P, salt || 1), Ui = HMAC(P, Ui-1).
    constexpr int iterations = 4096;
    const QByteArray key = password.toUtf8();
    QByteArray u = hmac(key, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(key, u);
        for (qsizetype j = 0; j < salted.size(); ++j)
            salted[j] = static_cast<char>(salted[j] ^ u[j]);
    }
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<QString> CentralSchema::addTerminal(const QString &name, const QStringList &suites)
{
    if (!terminalNamePattern().match(name).hasMatch())
        return Error::badInput(QStringLiteral("terminal name '%1': 1 to 40 letters, digits, '.', "
                                              "'_' or '-', starting with a letter or digit")
                                   .arg(name));
    if (suites.isEmpty())
        return Error::badInput(QStringLiteral("a terminal needs at least one suite (--suite S)"));
    for (const QString &s : suites) {
        if (!suitePattern().match(s).hasMatch())
            return Error::badInput(
                QStringLiteral("suite '%1': letters, digits, spaces, '.', '_' or '-'").arg(s));
    }
    Result<int> v = version();
    if (!v)
        return v.error();
    if (*v == 0)
        return Error::refused(QStringLiteral(
            "the server has no Chainkeeper schema yet: run chainkeeper central init"));

    const QString role = roleFor(name);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM ck.terminals WHERE name = ? OR db_role "
                             "= ?) + (SELECT count(*) FROM pg_roles WHERE rolname = ?)"));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(role);
    if (!q.exec() || !q.next())
        return storageError(QStringLiteral("cannot read the terminals"), q.lastError());
    if (q.value(0).toInt() > 0)
        return Error::refused(
            QStringLiteral("terminal %1 (role %2) already exists").arg(name, role));

    const QString password = generatedPassword();
    QByteArray salt(16, '\0');
    for (char &c : salt)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    const QString verifier = scramVerifier(password, salt);

    if (!m_db.transaction())
        return storageError(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    // CREATE ROLE takes no parameters; the role is [a-z0-9_] and the verifier base64 and '$:'.
    const QStringList statements = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE ck_terminal")
            .arg(quoteIdent(role), quoteLiteral(verifier)),
        // A terminal's role reaches ck only through ck_terminal's EXECUTE grants.
        QStringLiteral("ALTER ROLE %1 SET search_path = ck").arg(quoteIdent(role))};
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            const QSqlError e = q.lastError();
            m_db.rollback();
            return storageError(QStringLiteral("cannot create role %1").arg(role), e);
        }
    }
    q.prepare(QStringLiteral("INSERT INTO ck.terminals (name, db_role, suites) VALUES (?, ?, "
                             "string_to_array(?, '\x1f'))"));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(suites.join(QChar(0x1f)));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        m_db.rollback();
        return storageError(QStringLiteral("cannot add terminal %1").arg(name), e);
    }
    if (!m_db.commit())
        return storageError(QStringLiteral("cannot commit terminal %1").arg(name),
                            m_db.lastError());
    return password;
}

Result<QList<CentralTerminal>> CentralSchema::terminals()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ck.terminal_status()::text")) || !q.next())
        return storageError(QStringLiteral("cannot read the terminals"), q.lastError());
    QList<CentralTerminal> list;
    const QJsonArray rows = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        CentralTerminal t;
        t.name = o[u"name"].toString();
        t.role = o[u"role"].toString();
        for (const QJsonValue &s : o[u"suites"].toArray())
            t.suites += s.toString();
        t.lastSeq = o[u"lastSeq"].toInteger();
        t.lastPushAt = o[u"lastPushAt"].toString();
        t.lastTerminalUtc = o[u"lastTerminalUtc"].toString();
        t.hasClockOffset = o[u"clockOffsetMs"].isDouble();
        t.clockOffsetMs = o[u"clockOffsetMs"].toInteger();
        t.flagged = o[u"flagged"].toBool();
        t.flagReason = o[u"flagReason"].toString();
        list.append(t);
    }
    return list;
}

Result<bool> CentralSchema::clearFlag(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ck.terminals WHERE name = ?)"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return storageError(QStringLiteral("cannot read the terminals"), q.lastError());
    if (!q.value(0).toBool())
        return Error::notFound(QStringLiteral("no terminal %1 on the server").arg(name));
    q.prepare(QStringLiteral("SELECT ck.clear_flag(?)"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return storageError(QStringLiteral("cannot clear the flag of %1").arg(name), q.lastError());
    return q.value(0).toBool();
}

} // namespace ck
