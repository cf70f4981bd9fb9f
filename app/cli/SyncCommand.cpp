#include "SyncCommand.h"

#include "Cli.h"

#include "common/Clock.h"
#include "site/Workstation.h"
#include "store/Store.h"
#include "sync/CentralUrl.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <cstdio>

namespace ck {

namespace {

using cli::fail;
using cli::out;

struct Target
{
    QString url;
    QString password;
};

// --central, else the URL kept by `sync --configure`; the password from the URL, else
// --password-file, else $CHAINKEEPER_CENTRAL_PASSWORD, else the kept password file.
Result<Target> target(Workstation &w, const QCommandLineParser &parser, const SyncCommandOptions &o)
{
    const CentralConfig kept = SyncState::config(w.store());
    Target t;
    t.url = parser.isSet(o.central) ? parser.value(o.central) : kept.url;
    if (t.url.isEmpty())
        return Error::badInput(
            QStringLiteral("no central server: give --central postgresql://ROLE@HOST:PORT/DB, or "
                           "keep one with `chainkeeper sync --configure --central URL`"));
    if (parser.isSet(o.passwordFile)) {
        Result<QString> p = SyncClient::password(parser.value(o.passwordFile));
        if (!p)
            return p.error();
        t.password = *p;
    } else {
        t.password = qEnvironmentVariable("CHAINKEEPER_CENTRAL_PASSWORD");
        if (t.password.isEmpty() && !kept.passwordFile.isEmpty()) {
            Result<QString> p = SyncClient::password(kept.passwordFile);
            if (!p)
                return p.error();
            t.password = *p;
        }
    }
    return t;
}

int configure(Workstation &w, const QCommandLineParser &parser, const SyncCommandOptions &o)
{
    if (!parser.isSet(o.central) && !parser.isSet(o.passwordFile) && !parser.isSet(o.clockLimit) &&
        !parser.isSet(o.offlineWarn))
        return fail(ExitBadInput,
                    QStringLiteral("usage: chainkeeper sync --configure [--central URL] "
                                   "[--password-file FILE] [--clock-limit-ms MS] "
                                   "[--offline-warn-minutes MINUTES]"));
    CentralConfig c = SyncState::config(w.store());
    if (parser.isSet(o.central)) {
        Result<CentralUrl> url = CentralUrl::parse(parser.value(o.central));
        if (!url)
            return fail(ExitBadInput, url.error().message);
        // The password never goes into the store: a URL that carries one is kept without it.
        c.url = url->display();
    }
    if (parser.isSet(o.passwordFile))
        c.passwordFile = parser.value(o.passwordFile);
    if (parser.isSet(o.clockLimit)) {
        bool ok = false;
        const qint64 ms = parser.value(o.clockLimit).toLongLong(&ok);
        if (!ok || ms <= 0)
            return fail(ExitBadInput, QStringLiteral("--clock-limit-ms takes a positive number"));
        c.clockLimitMs = ms;
    }
    if (parser.isSet(o.offlineWarn)) {
        bool ok = false;
        const int minutes = parser.value(o.offlineWarn).toInt(&ok);
        if (!ok || minutes <= 0)
            return fail(ExitBadInput,
                        QStringLiteral("--offline-warn-minutes takes a positive number"));
        c.offlineWarnMinutes = minutes;
    }
    if (Status s = SyncState::setConfig(w.store(), c); !s)
        return fail(ExitCheckFailed, s.error().message);
    out(QStringLiteral("central server: %1%2; clock limit %3 ms; other terminals offline after "
                       "%4 min")
            .arg(c.configured() ? c.url : QStringLiteral("not configured"),
                 c.passwordFile.isEmpty()
                     ? QString()
                     : QStringLiteral(" (password from %1)").arg(c.passwordFile))
            .arg(c.clockLimitMs)
            .arg(c.offlineWarnMinutes));
    return ExitOk;
}

int once(Workstation &w, const Target &t)
{
    const QString name = QStringLiteral("chainkeeper-cli-central");
    int code = ExitOk;
    {
        Result<QSqlDatabase> db = SyncClient::connect(t.url, t.password, name);
        if (!db) {
            (void)SyncState::recordFailure(w.store(), utcText(w.clock().nowUtc()),
                                           db.error().message);
            return fail(ExitCheckFailed, db.error().message);
        }
        QSqlDatabase central = *db;
        SyncClient client(central, w);
        const SyncRoundReport r = client.round();
        if (!r.ok()) {
            code = fail(ExitCheckFailed, r.error);
        } else {
            out(QStringLiteral("pushed %1 event(s) (%2 already there), pulled %3 (%4 already "
                               "here), %5 sync conflict(s) found, %6 raised here; %7 waiting; "
                               "server holds this terminal up to sequence %8; clock offset %9 ms")
                    .arg(r.pushed)
                    .arg(r.pushDuplicates)
                    .arg(r.pulled)
                    .arg(r.pullDuplicates)
                    .arg(r.conflicts)
                    .arg(r.conflictsRaised)
                    .arg(r.waiting)
                    .arg(r.serverLastSeq)
                    .arg(r.clockOffsetMs));
            if (r.clockFlagged)
                std::fputs("chainkeeper: warning: this terminal's clock is off the server's by "
                           "more than the limit\n",
                           stderr);
            if (!r.conflictError.isEmpty())
                std::fputs(("chainkeeper: warning: " + r.conflictError + '\n').toUtf8().constData(),
                           stderr);
            if (r.waiting > 0)
                code = fail(ExitCheckFailed,
                            QStringLiteral("%1 event(s) recorded during the sync still wait")
                                .arg(r.waiting));
        }
        central.close();
    }
    QSqlDatabase::removeDatabase(name);
    return code;
}

int status(Workstation &w, const QCommandLineParser &parser, const SyncCommandOptions &o)
{
    const SyncStatus s = SyncState::read(w.store());
    const CentralConfig c = SyncState::config(w.store());
    out(QStringLiteral("terminal: %1").arg(w.store().terminalId()));
    QString where = c.configured() ? c.url : QStringLiteral("not configured");
    if (parser.isSet(o.central)) {
        Result<CentralUrl> u = CentralUrl::parse(parser.value(o.central));
        where = u ? u->display() : u.error().message;
    }
    out(QStringLiteral("central server: %1").arg(where));
    out(QStringLiteral("own events: %1; acknowledged by the server: %2; waiting: %3")
            .arg(s.localLastSeq)
            .arg(s.acknowledgedSeq)
            .arg(s.waiting));
    out(QStringLiteral("pulled up to server position: %1").arg(s.pullCursor));
    out(QStringLiteral("last successful sync: %1")
            .arg(s.lastSuccessUtc.isEmpty() ? QStringLiteral("never") : s.lastSuccessUtc));
    out(QStringLiteral("last error: %1")
            .arg(s.lastError.isEmpty()
                     ? QStringLiteral("none")
                     : QStringLiteral("%1 (%2)").arg(s.lastError, s.lastErrorUtc)));
    out(QStringLiteral("clock offset at the last push: %1 ms (limit %2 ms)%3")
            .arg(s.clockOffsetMs)
            .arg(c.clockLimitMs)
            .arg(s.clockFlagged ? QStringLiteral(" — FLAGGED") : QString()));
    out(QStringLiteral("sync conflicts: %1 raised here, %2 pending")
            .arg(s.conflictsRaised)
            .arg(s.conflictsPending));
    const QString statusUtc = SyncState::terminalStatusUtc(w.store());
    if (statusUtc.isEmpty()) {
        out(QStringLiteral("other terminals: not known yet (no successful sync)"));
    } else {
        const std::vector<TerminalWarning> warnings =
            SyncState::staleTerminals(w.store(), c.offlineWarnMinutes, w.clock().nowUtc());
        out(QStringLiteral("other terminals offline for %1 min or more, or flagged (as of %2): %3")
                .arg(c.offlineWarnMinutes)
                .arg(statusUtc)
                .arg(warnings.empty() ? QStringLiteral("none") : QString::number(warnings.size())));
        for (const TerminalWarning &t : warnings) {
            QString line =
                QStringLiteral("  %1 (%2): ")
                    .arg(t.name, t.suites.isEmpty() ? QStringLiteral("no suite")
                                                    : t.suites.join(QStringLiteral(", ")));
            if (t.offlineMinutes < 0)
                line += QStringLiteral("never pushed");
            else
                line += QStringLiteral("last push %1, %2 min ago%3")
                            .arg(t.lastPushUtc)
                            .arg(t.offlineMinutes)
                            .arg(t.stale ? QStringLiteral(" — OFFLINE") : QString());
            if (t.flagged)
                line += QStringLiteral(" — FLAGGED: %1").arg(t.flagReason);
            out(line);
        }
    }
    if (!parser.isSet(o.central) && !c.configured())
        return ExitOk;
    Result<Target> t = target(w, parser, o);
    if (!t) {
        out(QStringLiteral("server position: unknown (%1)").arg(t.error().message));
        return ExitOk;
    }
    const QString name = QStringLiteral("chainkeeper-cli-central-status");
    {
        SyncOptions quick;
        quick.connectTimeoutSeconds = 3;
        Result<QSqlDatabase> db = SyncClient::connect(t->url, t->password, name, quick);
        if (!db) {
            out(QStringLiteral("server position: unknown (%1)").arg(db.error().message));
            return ExitOk;
        }
        QSqlDatabase central = *db;
        SyncClient client(central, w);
        Result<QJsonObject> p = client.lastPushed();
        if (p)
            out(QStringLiteral("server position: sequence %1 of this terminal (hash %2)")
                    .arg(p->value(QStringLiteral("lastSeq")).toInteger())
                    .arg(p->value(QStringLiteral("lastHash")).toString().left(12)));
        else
            out(QStringLiteral("server position: unknown (%1)").arg(p.error().message));
        central.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ExitOk;
}

} // namespace

int syncCommand(Workstation &w, const QCommandLineParser &parser, const SyncCommandOptions &o)
{
    if (parser.isSet(o.configure))
        return configure(w, parser, o);
    if (parser.isSet(o.status))
        return status(w, parser, o);
    if (!parser.isSet(o.once))
        return fail(ExitBadInput,
                    QStringLiteral("usage: chainkeeper sync --once | --status | --configure "
                                   "[--central URL] [--password-file FILE]"));
    Result<Target> t = target(w, parser, o);
    if (!t)
        return fail(t.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed,
                    t.error().message);
    return once(w, *t);
}

} // namespace ck
