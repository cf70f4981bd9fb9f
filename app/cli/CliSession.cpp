#include "CliSession.h"

#include "people/AccessControl.h"
#include "site/Workstation.h"

#include <QTextStream>

#include <cstdio>

namespace ck {

QString readSecret(const QString &prompt)
{
    std::fputs(QStringLiteral("%1: ").arg(prompt).toUtf8().constData(), stderr);
    static QTextStream in(stdin);
    return in.readLine();
}

Status signInAs(Workstation &w, const QString &actingUser, const QString &whoIsNeeded)
{
    if (actingUser.isEmpty())
        return Error::badInput(QStringLiteral("this command needs --as USER, %1").arg(whoIsNeeded));
    Result<Session> s =
        w.access().signIn(actingUser, readSecret(QStringLiteral("password of %1").arg(actingUser)));
    if (!s)
        return s.error();
    return {};
}

} // namespace ck
