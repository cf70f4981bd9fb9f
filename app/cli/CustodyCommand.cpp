#include "CustodyCommand.h"

#include "Cli.h"

#include "execution/BatchManager.h"
#include "site/Workstation.h"

#include <QJsonDocument>

#include <cstdio>

namespace ck {

namespace {

void line(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

QString actionText(const QString &action)
{
    if (action == QLatin1String("handed_over"))
        return QStringLiteral("handed over");
    return action;
}

QString linkText(const CustodyLink &l)
{
    QString where = l.terminal;
    if (!l.suite.isEmpty())
        where += QStringLiteral(", ") + l.suite;
    if (!l.place.isEmpty())
        where += QStringLiteral(", ") + l.place;
    QString text = QStringLiteral("  %1  %2  step %3").arg(l.at, actionText(l.action), l.step);
    if (l.action == QLatin1String("received"))
        return text +
               QStringLiteral("  by %1 (%2, %3)  at %4").arg(l.by, l.printedName, l.role, where);
    text += QStringLiteral("  %1  %2  by %3")
                .arg(l.identity.isEmpty() ? QStringLiteral("-") : l.identity, l.verdict, l.by);
    if (!l.to.isEmpty())
        text += QStringLiteral(" to %1").arg(l.to);
    return text + QStringLiteral("  at %1 (%2)").arg(where, l.source);
}

} // namespace

int custodyCommand(Workstation &w, const QStringList &positional, bool json)
{
    if (positional.size() != 2) {
        std::fputs("chainkeeper: usage: chainkeeper custody BATCH [--json]\n", stderr);
        return ExitBadInput;
    }
    Result<CustodyReport> report = w.batches().custody(positional.at(1));
    if (!report) {
        std::fputs(("chainkeeper: " + report.error().message + '\n').toUtf8().constData(), stderr);
        return report.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed;
    }
    if (json) {
        line(QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented))
                 .trimmed());
    } else {
        line(QStringLiteral("batch %1 (order %2), CoI %3, DIN %4")
                 .arg(report->batchId, report->orderNo, report->coiId,
                      report->din.isEmpty() ? QStringLiteral("not bound") : report->din));
        if (report->containers.isEmpty())
            line(QStringLiteral("no container scanned yet"));
        for (const CustodyChain &c : report->containers) {
            line(c.role.isEmpty() ? c.container
                                  : QStringLiteral("%1 (%2)").arg(c.container, c.role));
            for (const CustodyLink &l : c.links)
                line(linkText(l));
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace ck
