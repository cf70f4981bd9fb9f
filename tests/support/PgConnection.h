#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ck {

// A QPSQL connection of a test's own to the central server (a URL as PgServer::url() gives),
// closed and removed when it goes out of scope. Tests add the calls they make.
class PgConnection
{
public:
    PgConnection(const QString &url, const QString &namePrefix);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

protected:
    QString m_error;

private:
    QString m_name;
    bool m_open = false;
};

} // namespace ck
