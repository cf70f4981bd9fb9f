#include "identity/LabelIdentifier.h"

#include "identity/ScanInput.h"

#include <QJsonArray>

namespace ck {

namespace {

using scan::quoted;

// The one refusal that means "no format Chainkeeper reads"; isUnknownFormat() looks for it.
const QString kNotALabel = QStringLiteral("is not a label Chainkeeper reads");

QString flagTypeName(IsbtDin::FlagType t)
{
    switch (t) {
    case IsbtDin::FlagType::None:
        return QStringLiteral("none");
    case IsbtDin::FlagType::IccbbaProcessControl:
        return QStringLiteral("process-control");
    case IsbtDin::FlagType::LocalProcessControl:
        return QStringLiteral("local-process-control");
    case IsbtDin::FlagType::CheckCharacter:
        return QStringLiteral("check-character");
    case IsbtDin::FlagType::Reserved:
        return QStringLiteral("reserved");
    case IsbtDin::FlagType::NotScanned:
        break;
    }
    return QStringLiteral("not-scanned");
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject fieldsOf(const IsbtDin &d)
{
    return {{QStringLiteral("structure"), QStringLiteral("001")},
            {QStringLiteral("form"), d.form == IsbtDin::Form::Barcode
                                         ? QStringLiteral("barcode")
                                         : QStringLiteral("eye-readable")},
            {QStringLiteral("din"), d.din},
            {QStringLiteral("facility"), d.facility},
            {QStringLiteral("year"), d.year},
            {QStringLiteral("sequence"), d.sequence},
            {QStringLiteral("flags"), orNull(d.flags)},
            {QStringLiteral("flagType"), flagTypeName(d.flagType)},
            {QStringLiteral("checkCharacter"), QString(d.checkCharacter)},
            {QStringLiteral("checkVerified"), d.checkVerified},
            {QStringLiteral("eyeReadable"), d.eyeReadable()}};
}

QJsonObject fieldsOf(const IsbtProductCode &p)
{
    return {{QStringLiteral("structure"), QStringLiteral("003")},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("productDescriptionCode"), p.productDescriptionCode},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("collectionType"), orNull(p.collectionType)},
            {QStringLiteral("division"), p.division}};
}

QJsonObject fieldsOf(const IsbtDateTime &d)
{
    return {{QStringLiteral("structure"),
             QStringLiteral("%1").arg(d.dataStructure, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("raw"), d.raw},
            {QStringLiteral("date"), isoDate(d.date)},
            {QStringLiteral("time"),
             d.time ? QJsonValue(d.time->toString(QStringLiteral("HH:mm"))) : QJsonValue()}};
}

QJsonObject fieldsOf(const IsbtCoi &c)
{
    return {{QStringLiteral("structure"), QStringLiteral("040")},
            {QStringLiteral("form"),
             c.form == IsbtCoi::Form::Barcode ? QStringLiteral("barcode") : QStringLiteral("text")},
            {QStringLiteral("identifier"), c.identifier},
            {QStringLiteral("facility"), c.facility},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("sequence"), c.sequence}};
}

QJsonObject fieldsOf(const Gs1Message &m)
{
    QJsonArray elements;
    for (const Gs1Element &e : m.elements)
        elements.append(
            QJsonObject{{QStringLiteral("ai"), e.ai}, {QStringLiteral("value"), e.value}});
    QJsonValue production;
    if (!m.productionRaw.isEmpty())
        production = m.productionDayGiven ? isoDate(m.production)
                                          : m.production.toString(QStringLiteral("yyyy-MM"));
    return {{QStringLiteral("gtin"), m.gtin},
            {QStringLiteral("lot"), orNull(m.lot)},
            {QStringLiteral("serial"), orNull(m.serial)},
            {QStringLiteral("expiry"), m.expiryRaw.isEmpty() ? QJsonValue() : isoDate(m.expiry)},
            {QStringLiteral("productionDate"), production},
            {QStringLiteral("elements"), elements}};
}

QJsonObject fieldsOf(const SiteCoi &c)
{
    return {{QStringLiteral("identifier"), c.identifier}, {QStringLiteral("pattern"), c.pattern}};
}

ScannedLabel fromIsbt(IsbtStructure s)
{
    ScannedLabel l;
    if (const auto *din = std::get_if<IsbtDin>(&s)) {
        l.kind = ScannedLabel::Kind::IsbtDin;
        l.normalized = din->din;
    } else if (const auto *p = std::get_if<IsbtProductCode>(&s)) {
        l.kind = ScannedLabel::Kind::IsbtProductCode;
        l.normalized = p->code;
    } else if (const auto *d = std::get_if<IsbtDateTime>(&s)) {
        l.kind = d->event == IsbtDateTime::Event::Expiration ? ScannedLabel::Kind::IsbtExpiration
                                                             : ScannedLabel::Kind::IsbtCollection;
        l.normalized = isoDate(d->date);
        if (d->time)
            l.normalized += QLatin1Char('T') + d->time->toString(QStringLiteral("HH:mm"));
    } else {
        const auto &coi = std::get<IsbtCoi>(s);
        l.kind = ScannedLabel::Kind::IsbtCoi;
        l.normalized = coi.identifier;
    }
    std::visit([&l](auto &&v) { l.data = std::move(v); }, std::move(s));
    return l;
}

QJsonObject fieldsOf(const IsbtCompound &c)
{
    QJsonArray structures;
    for (const IsbtStructure &s : c.structures) {
        QJsonObject one = fromIsbt(s).toJson();
        one.remove(QStringLiteral("symbology")); // the compound's, not each structure's
        structures.append(one);
    }
    return {{QStringLiteral("structure"), QStringLiteral("023")},
            {QStringLiteral("messageType"), c.messageType},
            {QStringLiteral("count"), static_cast<int>(c.structures.size())},
            {QStringLiteral("structures"), structures}};
}

Result<ScannedLabel> readCompound(std::string_view data)
{
    Result<IsbtCompound> c = Isbt128::parseCompound(data);
    if (!c)
        return c.error();
    QStringList parts;
    for (const IsbtStructure &s : c->structures)
        parts.append(fromIsbt(s).normalized);
    ScannedLabel l;
    l.kind = ScannedLabel::Kind::IsbtCompound;
    l.normalized = parts.join(QStringLiteral(" | "));
    l.data = std::move(c).value();
    return l;
}

template<typename T> Result<ScannedLabel> lift(Result<T> r, ScannedLabel::Kind kind)
{
    if (!r)
        return r.error();
    ScannedLabel l;
    l.kind = kind;
    l.data = std::move(r).value();
    return l;
}

Result<ScannedLabel> readGs1(std::string_view data, const QDate &today)
{
    Result<Gs1Message> m = !data.empty() && data[0] == '('
                               ? Gs1Parser::parseParenthesised(data, today)
                               : Gs1Parser::parseRaw(data, today);
    if (!m)
        return m.error();
    ScannedLabel l;
    l.kind = ScannedLabel::Kind::Gs1;
    l.normalized = m->normalized();
    l.data = std::move(m).value();
    return l;
}

bool looksLikeRawGs1(std::string_view data)
{
    // Without a symbology identifier and without GS, a raw GS1 string is recognised by the
    // GTIN that leads it ("01" and 14 digits): no ISBT 128 text, eye-readable DIN (a DIN never
    // starts with 0) or CoI starts so.
    return data.size() >= 16 && data.substr(0, 2) == "01" && scan::allDigits(data.substr(0, 16));
}

Result<ScannedLabel> dispatch(const ScanInput &in, const IdentifyOptions &options)
{
    const std::string_view data = scan::view(in.data);
    if (in.gs1Symbology)
        return readGs1(data, options.today);
    if (data.substr(0, Isbt128::kCompoundIdentifier.size()) == Isbt128::kCompoundIdentifier)
        return readCompound(data);
    if (data[0] == '=' || data[0] == '&') {
        Result<IsbtStructure> s = Isbt128::parse(data);
        if (!s)
            return s.error();
        return fromIsbt(std::move(s).value());
    }
    if (data[0] == '(' || in.hasGroupSeparator || looksLikeRawGs1(data))
        return readGs1(data, options.today);

    const QString text = QString::fromLatin1(in.data);
    if (options.siteCoi.matches(text)) {
        ScannedLabel l;
        l.kind = ScannedLabel::Kind::SiteCoi;
        l.normalized = text;
        l.data = SiteCoi{text, options.siteCoi.pattern()};
        return l;
    }
    if (data.size() == ChainOfIdentity::kIsbtContentLength &&
        ChainOfIdentity::looksLikeIsbtText(data)) {
        Result<ScannedLabel> l =
            lift(ChainOfIdentity::parseIsbtText(data), ScannedLabel::Kind::IsbtCoi);
        if (l)
            l.value().normalized = std::get<IsbtCoi>(l->data).identifier;
        return l;
    }
    if (Isbt128::looksLikeEyeReadableDin(data)) {
        Result<ScannedLabel> l =
            lift(Isbt128::parseEyeReadableDin(data), ScannedLabel::Kind::IsbtDin);
        if (l)
            l.value().normalized = std::get<IsbtDin>(l->data).din;
        return l;
    }
    if (ChainOfIdentity::looksLikeIsbtText(data))
        return ChainOfIdentity::parseIsbtText(data).error();
    return Error::badInput(
        QStringLiteral("%1 %2: not ISBT 128 (it would start with = or &), not GS1 ((01)… text, "
                       "or a GS1 bar code), not an eye-readable DIN (13 characters and the check "
                       "character), not an ISBT 128 CoI (CH and 13 characters), and not this "
                       "site's CoI format %3")
            .arg(quoted(data), kNotALabel, options.siteCoi.pattern()));
}

} // namespace

QString ScannedLabel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::IsbtDin:
        return QStringLiteral("isbt128.din");
    case Kind::IsbtProductCode:
        return QStringLiteral("isbt128.product_code");
    case Kind::IsbtExpiration:
        return QStringLiteral("isbt128.expiration");
    case Kind::IsbtCollection:
        return QStringLiteral("isbt128.collection");
    case Kind::IsbtCoi:
        return QStringLiteral("isbt128.coi");
    case Kind::Gs1:
        return QStringLiteral("gs1");
    case Kind::IsbtCompound:
        return QStringLiteral("isbt128.compound");
    case Kind::SiteCoi:
        break;
    }
    return QStringLiteral("site.coi");
}

QJsonObject ScannedLabel::toJson() const
{
    QJsonObject fields = std::visit([](const auto &v) { return fieldsOf(v); }, data);
    return {{QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("symbology"), orNull(symbology)},
            {QStringLiteral("normalized"), normalized},
            {QStringLiteral("fields"), fields}};
}

bool isUnknownFormat(const Error &refusal)
{
    return refusal.message.contains(kNotALabel);
}

Result<ScannedLabel> identify(const QByteArray &raw, const IdentifyOptions &options)
{
    Result<ScanInput> in = scan::read(raw);
    if (!in)
        return in.error();
    Result<ScannedLabel> label = dispatch(*in, options);
    if (label)
        label.value().symbology = in->symbology;
    return label;
}

} // namespace ck
