// libFuzzer target: the `label` command's input. The bytes are split at newlines into the
// request's fields (DIN, product, CoI, initials, expiry, container, batch); a refused request must
// say why in one line, and an accepted one must print: ZPL with balanced fields, and a Data Matrix
// that identify() reads back as the same structures. The PDF is left out: QPdfWriter needs a
// QGuiApplication and QtGui, which the QtCore-only fuzzers do not build; its layout refuses what
// the ZPL refuses (the same grid, the same Code 128 check), and tst_label_pdf tests it.
#include "identity/LabelSpec.h"
#include "identity/ZplLabel.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> f =
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)).split('\n');
    const auto field = [&f](qsizetype i) { return QString::fromLatin1(f.value(i)); };
    ck::LabelRequest r;
    r.din = field(0);
    r.productCode = field(1);
    r.coi = field(2);
    r.initials = field(3);
    r.expiry = field(4);
    r.containerId = field(5);
    r.batchId = field(6);
    const ck::Result<ck::LabelSpec> spec = ck::LabelSpec::fromRequest(r);
    if (!spec) {
        if (spec.error().message.isEmpty() || spec.error().message.contains(QLatin1Char('\n')) ||
            spec.error().kind != ck::Error::Kind::BadInput)
            std::abort();
        return 0;
    }
    const ck::Result<ck::ScannedLabel> back = ck::identify(spec->dataMatrix());
    if (!back || back->kind != ck::ScannedLabel::Kind::IsbtCompound ||
        !back->normalized.startsWith(spec->din.din))
        std::abort();
    const ck::Result<QByteArray> zpl = ck::ZplLabel::render(*spec);
    if (zpl && (zpl->count("^FD") != zpl->count("^FS") || zpl->count("^XA") != 1 ||
                !zpl->endsWith("^XZ\n")))
        std::abort();
    if (!zpl && zpl.error().message.isEmpty())
        std::abort();
    return 0;
}
