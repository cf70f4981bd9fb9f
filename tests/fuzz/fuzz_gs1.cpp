// libFuzzer target: the GS1 element string parsers, both forms, on raw bytes and at two "today"s
// (the century window moves with the date), with a round-trip oracle: the normalized text of an
// accepted scan parses back to the same message.
#include "identity/Gs1Parser.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check(const ck::Result<ck::Gs1Message> &m, QDate today)
{
    if (!m.ok()) {
        if (m.error().message.isEmpty())
            std::abort();
        return;
    }
    if (m->gtin.size() != 14 || m->expiry.isValid() == m->expiryRaw.isEmpty())
        std::abort();
    const std::string normalized = m->normalized().toStdString();
    const ck::Result<ck::Gs1Message> back = ck::Gs1Parser::parseParenthesised(normalized, today);
    if (!back.ok() || back->normalized() != m->normalized())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view in(reinterpret_cast<const char *>(data), size);
    for (const QDate today : {QDate(2026, 1, 15), QDate(2075, 6, 30)}) {
        check(ck::Gs1Parser::parseParenthesised(in, today), today);
        check(ck::Gs1Parser::parseRaw(in, today), today);
    }
    return 0;
}
