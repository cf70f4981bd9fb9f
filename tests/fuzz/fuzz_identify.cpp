// libFuzzer target: the whole path a scan takes, identify() (ScanInput, dispatch, every parser)
// and the JSON the CLI prints.
#include "identity/LabelIdentifier.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ck::IdentifyOptions options = [] {
        ck::IdentifyOptions o;
        o.today = QDate(2026, 1, 15);
        return o;
    }();
    const QByteArray raw(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ck::Result<ck::ScannedLabel> r = ck::identify(raw, options);
    if (r.ok()) {
        if (r->normalized.isEmpty() ||
            QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact).contains('\n'))
            std::abort();
    } else if (r.error().message.isEmpty() || r.error().message.contains(QLatin1Char('\n')) ||
               r.error().kind != ck::Error::Kind::BadInput) {
        std::abort(); // one line that says why, always "bad input"
    }
    return 0;
}
