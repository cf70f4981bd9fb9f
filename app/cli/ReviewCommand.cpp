#include "ReviewCommand.h"

#include "Cli.h"

#include "deviations/ExceptionReview.h"
#include "execution/BatchManager.h"
#include "site/Workstation.h"
#include "store/EventLog.h"

#include <QJsonDocument>

#include <cstdio>

namespace ck {

namespace {

void line(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int reviewCommand(Workstation &w, const QStringList &positional, bool json)
{
    if (positional.size() != 2) {
        std::fputs("chainkeeper: usage: chainkeeper review BATCH [--json]\n", stderr);
        return ExitBadInput;
    }
    Result<BatchState> batch = w.batches().batch(positional.at(1));
    if (!batch) {
        std::fputs(("chainkeeper: " + batch.error().message + '\n').toUtf8().constData(), stderr);
        return batch.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed;
    }
    const QList<ReviewItem> items = ExceptionReview::build(w.log().events(batch->id), *batch);
    if (json) {
        const QJsonObject o{{QStringLiteral("batch"), batch->id},
                            {QStringLiteral("orderNo"), batch->orderNo},
                            {QStringLiteral("state"), batch->state},
                            {QStringLiteral("disposition"), batch->disposition()},
                            {QStringLiteral("items"), ExceptionReview::toJson(items)}};
        line(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        line(QStringLiteral("batch %1 (order %2): %3, disposition %4, %5 item(s) to review")
                 .arg(batch->id, batch->orderNo, batch->state, batch->disposition())
                 .arg(items.size()));
        for (const ReviewItem &i : items)
            line(QStringLiteral("  %1  %2  %3  %4  %5  [%6]")
                     .arg(i.at, i.kind, i.person,
                          i.stepId.isEmpty() ? QStringLiteral("-") : i.stepId, i.summary,
                          i.eventId));
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace ck
