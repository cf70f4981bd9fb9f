#include "UserCommand.h"

#include "Cli.h"
#include "CliSession.h"
#include "people/AccessControl.h"
#include "people/UserDirectory.h"
#include "site/Workstation.h"

#include <QTextStream>

#include <cstdio>

namespace ck {

namespace {
void say(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int refuse(const Error &e)
{
    std::fputs(("chainkeeper: " + e.message + '\n').toUtf8().constData(), stderr);
    return e.kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed;
}

int usage(const QString &text)
{
    return refuse(Error::badInput(QStringLiteral("usage: chainkeeper user %1").arg(text)));
}

} // namespace

int userCommand(Workstation &w, const QStringList &args, const QString &actingUser,
                const QString &name, const QString &badge, const QStringList &roles,
                const QString &reason)
{
    const QString sub = args.value(1);
    const QString target = args.value(2);
    if (sub == QLatin1String("list")) {
        for (const User &u : w.users().list())
            say(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(u.userId, u.status, u.roles.join(QLatin1Char(',')),
                         u.badgeId.isEmpty() ? QStringLiteral("-") : u.badgeId, u.printedName));
        if (!w.users().hasUsers())
            say(QStringLiteral("no users: create the first administrator with `chainkeeper user "
                               "init ID --name NAME`"));
        return ExitOk;
    }
    if (sub == QLatin1String("init")) {
        if (target.isEmpty() || name.isEmpty())
            return usage(QStringLiteral("init USER_ID --name \"FULL NAME\" [--badge BADGE]"));
        auto u = w.users().createFirstAdministrator(
            {target, name, badge, {}},
            readSecret(QStringLiteral("new password of %1").arg(target)));
        if (!u)
            return refuse(u.error());
        say(QStringLiteral("first administrator %1 created").arg(u->userId));
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        if (target.isEmpty() || name.isEmpty() || roles.isEmpty())
            return usage(QStringLiteral(
                "add USER_ID --name \"FULL NAME\" --role ROLE[,ROLE] [--badge BADGE] --as ADMIN"));
        if (Status s = signInAs(w, actingUser, QStringLiteral("an administrator")); !s)
            return refuse(s.error());
        auto u = w.users().add({target, name, badge, roles},
                               readSecret(QStringLiteral("initial password of %1").arg(target)));
        if (!u)
            return refuse(u.error());
        say(QStringLiteral("user %1 added (%2); the password must be changed at first sign-in")
                .arg(u->userId, u->roles.join(QStringLiteral(", "))));
        return ExitOk;
    }
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("reset-password") ||
        sub == QLatin1String("unlock") || sub == QLatin1String("roles")) {
        if (target.isEmpty() || reason.isEmpty() ||
            (sub == QLatin1String("roles") && roles.isEmpty()))
            return usage(QStringLiteral("%1 USER_ID%2 --reason TEXT --as USER")
                             .arg(sub, sub == QLatin1String("roles")
                                           ? QStringLiteral(" --role ROLE[,ROLE]")
                                           : QString()));
        if (Status s = signInAs(w, actingUser, QStringLiteral("an administrator")); !s)
            return refuse(s.error());
        Status s;
        if (sub == QLatin1String("deactivate"))
            s = w.users().deactivate(target, reason);
        else if (sub == QLatin1String("unlock"))
            s = w.users().unlock(target, reason);
        else if (sub == QLatin1String("roles"))
            s = w.users().setRoles(target, roles, reason);
        else
            s = w.users().resetPassword(
                target, readSecret(QStringLiteral("temporary password of %1").arg(target)), reason);
        if (!s)
            return refuse(s.error());
        say(QStringLiteral("%1: done for %2").arg(sub, target));
        return ExitOk;
    }
    if (sub == QLatin1String("change-password")) {
        if (actingUser.isEmpty() || args.size() != 2)
            return usage(QStringLiteral("change-password --as USER (current, then new password)"));
        if (Status s = signInAs(w, actingUser, QStringLiteral("the user themselves")); !s)
            return refuse(s.error());
        // The sign-in took the current password; the change proves it once more, as on screen.
        const QString current =
            readSecret(QStringLiteral("current password of %1").arg(actingUser));
        if (Status s = w.users().changeOwnPassword(
                current, readSecret(QStringLiteral("new password of %1").arg(actingUser)));
            !s)
            return refuse(s.error());
        say(QStringLiteral("password of %1 changed").arg(actingUser));
        return ExitOk;
    }
    if (sub == QLatin1String("policy")) {
        const PasswordPolicy p = w.access().policy();
        if (args.size() == 2) {
            say(QStringLiteral(
                    "password.minLength\t%1\npassword.historyDepth\t%2\npassword.expiryDays\t%3\n"
                    "signin.maxFailures\t%4\nsession.inactivityMinutes\t%5")
                    .arg(p.minLength)
                    .arg(p.historyDepth)
                    .arg(p.expiryDays)
                    .arg(p.maxFailedSignIns)
                    .arg(p.inactivityMinutes));
            return ExitOk;
        }
        if (args.size() != 4)
            return usage(QStringLiteral("policy [KEY VALUE --as ADMIN]"));
        if (Status s = signInAs(w, actingUser, QStringLiteral("an administrator")); !s)
            return refuse(s.error());
        if (Status s = w.users().setPolicy(args.at(2), args.at(3)); !s)
            return refuse(s.error());
        say(QStringLiteral("%1 = %2").arg(args.at(2), args.at(3)));
        return ExitOk;
    }
    return usage(QStringLiteral(
        "init|add|deactivate|reset-password|unlock|roles|change-password|policy|list"));
}

} // namespace ck
