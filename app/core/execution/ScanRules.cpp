#include "ScanRules.h"

#include "common/Logging.h"
#include "identity/ScanInput.h"
#include "recipe/ScanSpecReader.h"

#include <optional>

namespace ck {

namespace {

struct Expiry
{
    QDate date;
    std::optional<QTime> time; // absent: the item expires at the end of `date`
};

// The identity fields a scanned label carries, wherever in it they are.
struct Carried
{
    std::optional<QString> coi;
    std::optional<QString> din;
    std::optional<QString> productCode;
    std::optional<Expiry> expiry;

    void take(const IsbtStructure &s)
    {
        if (const auto *d = std::get_if<IsbtDin>(&s))
            din = d->din;
        else if (const auto *p = std::get_if<IsbtProductCode>(&s))
            productCode = p->code;
        else if (const auto *t = std::get_if<IsbtDateTime>(&s);
                 t && t->event == IsbtDateTime::Event::Expiration)
            expiry = Expiry{t->date, t->time};
        else if (const auto *c = std::get_if<IsbtCoi>(&s))
            coi = c->identifier;
    }
};

Carried carriedBy(const ScannedLabel &label)
{
    Carried c;
    std::visit(
        [&c](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, IsbtCompound>) {
                for (const IsbtStructure &s : v.structures)
                    c.take(s);
            } else if constexpr (std::is_same_v<T, SiteCoi>) {
                c.coi = v.identifier;
            } else if constexpr (std::is_same_v<T, Gs1Message>) {
                if (!v.expiryRaw.isEmpty())
                    c.expiry = Expiry{v.expiry, std::nullopt};
            } else {
                c.take(IsbtStructure(v));
            }
        },
        label.data);
    return c;
}

QString expiryText(const Expiry &e)
{
    return e.time ? QStringLiteral("%1 %2").arg(e.date.toString(Qt::ISODate),
                                                e.time->toString(QStringLiteral("HH:mm")))
                  : QStringLiteral("end of %1").arg(e.date.toString(Qt::ISODate));
}

// Label dates are the collecting facility's local dates and times; the terminal's local clock is
// the nearest thing to that the terminal has.
bool expired(const Expiry &e, const QDateTime &nowUtc)
{
    const QDateTime local = nowUtc.toLocalTime();
    if (!e.time)
        return local.date() > e.date;
    return local >= QDateTime(e.date, *e.time, Qt::LocalTime);
}

bool isIdentityCheck(const QString &check)
{
    return check != QLatin1String("notExpired");
}

} // namespace

QString scanSourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Scanner:
        return QStringLiteral("scanner");
    case ScanSource::Camera:
        return QStringLiteral("camera");
    case ScanSource::Typed:
        break;
    }
    return QStringLiteral("typed");
}

QString ScanJudgement::detail() const
{
    QString d = QStringLiteral("%1: expected %2, scanned %3").arg(verdict, expected, scanned);
    if (!error.isEmpty())
        d += QStringLiteral(" (%1)").arg(error);
    return d;
}

ScanRules::ScanRules(const Step &step, const BatchState &batch, const QDateTime &nowUtc)
    : m_step(step), m_batch(batch), m_now(nowUtc)
{}

IdentifyOptions ScanRules::identifyOptions(const QDateTime &nowUtc)
{
    IdentifyOptions o;
    o.today = nowUtc.toLocalTime().date();
    return o;
}

bool ScanRules::kindAccepted(ScannedLabel::Kind kind) const
{
    const QString &label = m_step.scan.label;
    if (label == QLatin1String("coi"))
        return kind == ScannedLabel::Kind::IsbtCoi || kind == ScannedLabel::Kind::SiteCoi;
    if (label == QLatin1String("site.coi"))
        return kind == ScannedLabel::Kind::SiteCoi;
    return ScannedLabel::kindName(kind) == label;
}

Result<ScanJudgement> ScanRules::judge(const QByteArray &raw) const
{
    const ScanSpec &spec = m_step.scan;
    if (spec.match.contains(QStringLiteral("din")) && m_batch.din.isEmpty() && !spec.bindDin)
        return Error::refused(
            QStringLiteral("step '%1' checks the DIN, but batch %2 has no DIN yet: the step that "
                           "binds it was skipped")
                .arg(m_step.id, m_batch.id));
    ScanJudgement j;
    const QString wanted = scanlabel::describe(spec.label);
    Result<ScannedLabel> label = identify(raw, identifyOptions(m_now));
    if (!label) {
        j.verdict =
            isUnknownFormat(label.error()) ? scanverdict::UnknownFormat : scanverdict::Invalid;
        j.error = label.error().message;
        j.expected = wanted;
        j.scanned = scan::quoted(scan::view(raw));
        j.checks.append({QStringLiteral("label"), wanted, j.scanned, false});
        return j;
    }
    j.label = label->toJson();
    j.identity = label->normalized;
    const QString kind = ScannedLabel::kindName(label->kind);
    if (!kindAccepted(label->kind)) {
        j.verdict = scanverdict::Mismatch;
        j.expected = wanted;
        j.scanned = QStringLiteral("%1 %2").arg(kind, label->normalized);
        j.checks.append({QStringLiteral("label"), wanted, j.scanned, false});
        return j;
    }
    j.checks.append({QStringLiteral("label"), wanted, kind, true});
    check(*label, j);
    return j;
}

void ScanRules::check(const ScannedLabel &label, ScanJudgement &j) const
{
    const ScanSpec &spec = m_step.scan;
    const Carried c = carriedBy(label);
    auto absent = [](const char *what) { return QStringLiteral("no %1 on the label").arg(what); };
    for (const QString &name : spec.match) {
        ScanCheck k{name, {}, {}, false};
        if (name == QLatin1String("coi")) {
            k.expected = QStringLiteral("CoI ") + m_batch.coiId;
            k.scanned = c.coi ? QStringLiteral("CoI ") + *c.coi : absent("CoI");
            k.ok = c.coi && *c.coi == m_batch.coiId;
        } else if (name == QLatin1String("din")) {
            k.scanned = c.din ? QStringLiteral("DIN ") + *c.din : absent("DIN");
            if (m_batch.din.isEmpty()) {
                // The first DIN scanned where the recipe binds it becomes the batch's.
                k.expected = QStringLiteral("a DIN to bind to the batch");
                k.ok = c.din.has_value();
                if (k.ok)
                    j.bindsDin = *c.din;
            } else {
                k.expected = QStringLiteral("DIN ") + m_batch.din;
                k.ok = c.din && *c.din == m_batch.din;
            }
        } else if (name == QLatin1String("productCode")) {
            k.expected =
                QStringLiteral("product code ") + spec.productCodes.join(QStringLiteral(" or "));
            k.scanned = c.productCode ? QStringLiteral("product code ") + *c.productCode
                                      : absent("product code");
            for (const QString &code : spec.productCodes) {
                // Five characters name the product at this stage in any division.
                if (c.productCode &&
                    (code.size() == 5 ? c.productCode->startsWith(code) : *c.productCode == code))
                    k.ok = true;
            }
        } else {
            k.expected = QStringLiteral("not expired at %1 (terminal time)")
                             .arg(m_now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            k.scanned = c.expiry ? QStringLiteral("expiry ") + expiryText(*c.expiry)
                                 : absent("expiry date");
            k.ok = c.expiry && !expired(*c.expiry, m_now);
        }
        j.checks.append(k);
    }
    // An identity that differs outweighs an expiry: it is the wrong bag, not an old one.
    const ScanCheck *failed = nullptr;
    for (const ScanCheck &k : j.checks) {
        if (!k.ok && isIdentityCheck(k.check)) {
            failed = &k;
            break;
        }
    }
    for (const ScanCheck &k : j.checks) {
        if (!failed && !k.ok)
            failed = &k;
    }
    if (!failed) {
        j.verdict = scanverdict::Match;
        return;
    }
    j.bindsDin.clear();
    const bool expiredOnly = !isIdentityCheck(failed->check) && c.expiry.has_value();
    j.verdict = expiredOnly ? scanverdict::Expired : scanverdict::Mismatch;
    j.expected = failed->expected;
    j.scanned = failed->scanned;
}

QJsonObject ScanRules::payload(const ScanAttempt &attempt, const ScanJudgement &j) const
{
    const ScanSpec &spec = m_step.scan;
    QJsonArray checks;
    for (const ScanCheck &k : j.checks)
        checks.append(QJsonObject{{QStringLiteral("check"), k.check},
                                  {QStringLiteral("expected"), k.expected},
                                  {QStringLiteral("scanned"), k.scanned},
                                  {QStringLiteral("ok"), k.ok}});
    QJsonObject o{
        {QStringLiteral("step"), m_step.id},
        {QStringLiteral("raw"), attempt.raw},
        {QStringLiteral("source"), scanSourceName(attempt.source)},
        {QStringLiteral("label"), j.label},
        {QStringLiteral("verdict"), j.verdict},
        {QStringLiteral("identity"), j.identity},
        {QStringLiteral("expected"), j.expected},
        {QStringLiteral("scanned"), j.scanned},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("container"), spec.container},
        {QStringLiteral("registers"), spec.registers},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("terminal"), attempt.terminal},
                                                 {QStringLiteral("suite"), m_batch.suite},
                                                 {QStringLiteral("place"), attempt.place}}}};
    if (spec.registers && !spec.role.isEmpty())
        o.insert(QStringLiteral("role"), spec.role);
    if (!j.error.isEmpty())
        o.insert(QStringLiteral("error"), j.error);
    if (!j.bindsDin.isEmpty())
        o.insert(QStringLiteral("bindsDin"), j.bindsDin);
    if (!spec.handOverTo.isEmpty())
        o.insert(QStringLiteral("handOverTo"), spec.handOverTo);
    if (!attempt.approval.isEmpty())
        o.insert(QStringLiteral("approval"), attempt.approval);
    return o;
}

Status ScanRules::checkOrderCoi(const Recipe &recipe, const QString &coiId)
{
    const Result<ScannedLabel> coi =
        identify(coiId.toUtf8(), identifyOptions(QDateTime::currentDateTimeUtc()));
    for (const Step &s : recipe.steps) {
        if (s.kind != StepKind::Scan || !s.scan.match.contains(QStringLiteral("coi")))
            continue;
        QString why;
        if (!coi)
            why = QStringLiteral("it is not a CoI Chainkeeper reads (an ISBT 128 CH… identifier "
                                 "or the site's format)");
        else if (coi->normalized != coiId)
            why = QStringLiteral("write the identifier itself, %1")
                      .arg(maskIdentifier(coi->normalized));
        else if (s.scan.label == QLatin1String("site.coi") &&
                 coi->kind != ScannedLabel::Kind::SiteCoi)
            why = QStringLiteral("it is not in the site's CoI format");
        else if (s.scan.label != QLatin1String("site.coi") &&
                 s.scan.label != QLatin1String("coi") && coi->kind != ScannedLabel::Kind::IsbtCoi)
            why = QStringLiteral("it is not an ISBT 128 CoI");
        else if (coi->kind != ScannedLabel::Kind::SiteCoi &&
                 coi->kind != ScannedLabel::Kind::IsbtCoi)
            why = QStringLiteral("it reads as %1, not as a CoI")
                      .arg(ScannedLabel::kindName(coi->kind));
        if (!why.isEmpty())
            return Error::badInput(
                QStringLiteral("the order's CoI %1 can never match scan step '%2' of recipe %3, "
                               "which reads %4: %5")
                    .arg(maskIdentifier(coiId), s.id, recipe.id, scanlabel::describe(s.scan.label),
                         why));
    }
    return {};
}

} // namespace ck
