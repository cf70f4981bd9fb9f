#include "PgConnection.h"

#include "sync/CentralUrl.h"

#include <QSqlError>
#include <QUuid>

namespace ck {

PgConnection::PgConnection(const QString &url, const QString &namePrefix)
    : m_name(namePrefix + QUuid::createUuid().toString(QUuid::Id128))
{
    const Result<CentralUrl> u = CentralUrl::parse(url);
    if (!u)
        qFatal("bad url: %s", qPrintable(u.error().message));
    QSqlDatabase db = u->addDatabase(m_name);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

PgConnection::~PgConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace ck
