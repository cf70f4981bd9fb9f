#include "CentralCommand.h"
#include "Cli.h"

#include "sync/CentralSchema.h"
#include "sync/CentralUrl.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <cstdio>

namespace ck {

namespace {

const QString kConnection = QStringLiteral("chainkeeper-cli-central-admin");

using cli::exitFor;
using cli::fail;
using cli::out;

QString offsetText(const CentralTerminal &t)
{
    if (!t.hasClockOffset)
        return QStringLiteral("-");
    return QStringLiteral("%1%2 ms")
        .arg(t.clockOffsetMs > 0 ? QStringLiteral("+") : QString())
        .arg(t.clockOffsetMs);
}

int run(QSqlDatabase &db, const QStringList &args, const CentralUrl &url, const QStringList &suites)
{
    CentralSchema schema(db);
    const QString sub = args.value(1);
    if (sub == QLatin1String("init")) {
        const Result<CentralSchema::InitReport> r = schema.init();
        if (!r)
            return exitFor(r.error());
        if (r->from == r->to)
            out(QStringLiteral("central server %1: schema version %2, already up to date")
                    .arg(url.display())
                    .arg(r->to));
        else
            out(QStringLiteral("central server %1: schema version %2 (was %3)")
                    .arg(url.display())
                    .arg(r->to)
                    .arg(r->from));
        return ExitOk;
    }
    if (sub == QLatin1String("add-terminal")) {
        const Result<QString> password = schema.addTerminal(args.value(2), suites);
        if (!password)
            return exitFor(password.error());
        out(QStringLiteral("terminal %1 added: database role %2, suites %3")
                .arg(args.value(2), CentralSchema::roleFor(args.value(2)),
                     suites.join(QStringLiteral(", "))));
        out(QStringLiteral("password: %1").arg(*password));
        out(QStringLiteral("The password is shown this once; the server keeps only its SCRAM "
                           "hash. Give it to the terminal (chainkeeper sync --configure "
                           "--password-file FILE)."));
        return ExitOk;
    }
    if (sub == QLatin1String("terminals")) {
        const Result<QList<CentralTerminal>> list = schema.terminals();
        if (!list)
            return exitFor(list.error());
        if (list->isEmpty())
            out(QStringLiteral("no terminals (chainkeeper central add-terminal NAME --suite S)"));
        for (const CentralTerminal &t : *list) {
            out(QStringLiteral("%1\tsuites %2\tlast push %3\tseq %4\tclock offset %5\t%6")
                    .arg(t.name, t.suites.join(QLatin1Char(',')),
                         t.lastPushAt.isEmpty() ? QStringLiteral("never") : t.lastPushAt)
                    .arg(t.lastSeq)
                    .arg(offsetText(t), t.flagged ? QStringLiteral("FLAGGED: ") + t.flagReason
                                                  : QStringLiteral("ok")));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("clear-flag")) {
        const Result<bool> cleared = schema.clearFlag(args.value(2));
        if (!cleared)
            return exitFor(cleared.error());
        out(*cleared ? QStringLiteral("terminal %1 may push again").arg(args.value(2))
                     : QStringLiteral("terminal %1 was not flagged").arg(args.value(2)));
        return ExitOk;
    }
    return fail(ExitBadInput, QStringLiteral("unknown central command '%1'").arg(sub));
}

} // namespace

int centralCommand(const QStringList &args, const QCommandLineParser &parser,
                   const CentralCommandOptions &options)
{
    const QString sub = args.value(1);
    const QString usage = QStringLiteral(
        "usage: chainkeeper central init | add-terminal NAME --suite S [--suite S2] | terminals | "
        "clear-flag NAME, each with --url postgresql://ADMIN@HOST:PORT/DB");
    const bool named = sub == QLatin1String("add-terminal") || sub == QLatin1String("clear-flag");
    if ((sub != QLatin1String("init") && sub != QLatin1String("terminals") && !named) ||
        args.size() != (named ? 3 : 2))
        return fail(ExitBadInput, usage);
    if (!parser.isSet(options.url))
        return fail(ExitBadInput, QStringLiteral("give the server: --url postgresql://…"));
    Result<CentralUrl> url = CentralUrl::parse(parser.value(options.url));
    if (!url)
        return exitFor(url.error());
    CentralUrl u = *url;
    // A dead network is reported in seconds, not after the system's TCP timeout.
    bool hasTimeout = false;
    for (const auto &o : u.options)
        hasTimeout = hasTimeout || o.first == QLatin1String("connect_timeout");
    if (!hasTimeout)
        u.options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});

    int code = ExitOk;
    {
        QSqlDatabase db = u.addDatabase(kConnection);
        if (!db.open())
            code =
                fail(ExitCheckFailed, QStringLiteral("cannot connect to %1: %2")
                                          .arg(url->display(), db.lastError().text().simplified()));
        else
            code = run(db, args, *url, parser.values(options.suite));
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return code;
}

} // namespace ck
