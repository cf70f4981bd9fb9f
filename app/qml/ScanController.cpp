#include "ScanController.h"

#include "AppContext.h"
#include "StepController.h"
#include "execution/BatchManager.h"
#include "identity/WedgeDetector.h"
#include "people/SignatureService.h"
#include "recipe/ScanSpecReader.h"
#include "site/Workstation.h"

#include <QVariantMap>

namespace ck {

namespace {
BatchManager *manager()
{
    AppContext *context = AppContext::instance();
    return context && context->workstation() ? &context->workstation()->batches() : nullptr;
}

WedgeKey keyOf(const QVariantMap &k)
{
    const qint64 time = k.value(QStringLiteral("time")).toLongLong();
    switch (k.value(QStringLiteral("key")).toInt()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return WedgeKey::control(WedgeKey::Kind::Enter, time);
    case Qt::Key_Tab:
        return WedgeKey::control(WedgeKey::Kind::Tab, time);
    case Qt::Key_Backspace:
        return WedgeKey::control(WedgeKey::Kind::Backspace, time);
    default:
        break;
    }
    const QString text = k.value(QStringLiteral("text")).toString();
    if (text.size() != 1)
        return WedgeKey::control(WedgeKey::Kind::Other, time);
    return WedgeKey::of(text.front(), time);
}
} // namespace

ScanController::ScanController(QObject *parent) : QObject(parent) {}

void ScanController::setStep(StepController *step)
{
    if (m_step == step)
        return;
    if (m_step)
        disconnect(m_step, nullptr, this, nullptr);
    m_step = step;
    if (m_step)
        connect(m_step, &StepController::stepChanged, this, &ScanController::refresh);
    refresh();
    Q_EMIT stepChanged();
}

void ScanController::refresh()
{
    m_labelText.clear();
    m_container.clear();
    m_checks.clear();
    m_stopDetail.clear();
    m_stopExceptionId.clear();
    // What the step controller has just loaded: the step change reads the store once.
    if (const Step *s = m_step ? m_step->activeStep() : nullptr; s && s->kind == StepKind::Scan) {
        m_labelText = scanlabel::describe(s->scan.label);
        m_container = s->scan.container;
        m_checks = s->scan.match;
    }
    if (const BatchState *b = m_step ? m_step->loadedBatch() : nullptr) {
        for (const ExceptionRecord &x : b->openExceptions()) {
            if (x.kind == QLatin1String("identity_mismatch")) {
                m_stopExceptionId = x.id;
                m_stopDetail = x.detail;
            }
        }
    }
    Q_EMIT changed();
}

bool ScanController::recorded(bool ok, const QString &error)
{
    m_error = ok ? QString() : error;
    if (m_step)
        m_step->reload(); // the step moved on, or the batch stopped; refresh() follows
    else
        refresh();
    if (AppContext *context = AppContext::instance())
        context->notifyBatchesChanged();
    return ok;
}

bool ScanController::scanKeys(const QVariantList &keys)
{
    BatchManager *m = manager();
    if (!m || !m_step || !m_step->loaded())
        return recorded(false, tr("No batch is open."));
    // Timing decides: a scanner's burst is a scan, anything at a person's pace is typed.
    WedgeDetector detector;
    QList<WedgeRead> reads;
    for (const QVariant &k : keys)
        reads += detector.feed(keyOf(k.toMap()), WedgeDetector::Field::Scan).reads;
    if (reads.isEmpty())
        return recorded(false, tr("Nothing was scanned."));
    const WedgeRead &read = reads.last();
    const bool typed = read.source == WedgeRead::Source::Typed;
    Result<Event> e = m->scan(m_step->batchId(), m_step->stepId(), read.text,
                              typed ? ScanSource::Typed : ScanSource::Scanner);
    // Typed identity is refused and nothing recorded; the text is kept for an override.
    m_typedText = typed && !e ? read.text : QString();
    return recorded(static_cast<bool>(e), e ? QString() : e.error().message);
}

bool ScanController::overrideTypedIdentity(const QString &reason, const QString &userId,
                                           const QString &password)
{
    BatchManager *m = manager();
    if (!m || !m_step || m_typedText.isEmpty())
        return recorded(false, tr("There is no typed identity to approve."));
    SignatureRequest approval;
    approval.meaning = QStringLiteral("approved");
    approval.userId = userId.trimmed();
    approval.password = password;
    Result<Event> e = m->overrideTypedIdentity(m_step->batchId(), m_step->stepId(), m_typedText,
                                               reason, approval);
    if (e)
        m_typedText.clear();
    return recorded(static_cast<bool>(e), e ? QString() : e.error().message);
}

void ScanController::clearError()
{
    m_error.clear();
    m_typedText.clear();
    Q_EMIT changed();
}

} // namespace ck
