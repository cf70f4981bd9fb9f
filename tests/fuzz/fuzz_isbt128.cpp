// libFuzzer target: the ISBT 128 parsers, fed raw bytes (no ScanInput in front, so they must stand
// on their own), with round-trip oracles: what one form accepts, the other must accept alike.
#include "identity/ChainOfIdentity.h"
#include "identity/Isbt128Parser.h"
#include "identity/Mod37_2.h"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ck;
    const std::string_view in(reinterpret_cast<const char *>(data), size);

    const Result<IsbtStructure> s = Isbt128::parse(in);
    if (s.ok()) {
        if (const auto *din = std::get_if<IsbtDin>(&*s)) {
            // The eye-readable text of an accepted DIN reads back as the same DIN.
            const std::string text = din->eyeReadable().toStdString();
            const Result<IsbtDin> back = Isbt128::parseEyeReadableDin(text);
            if (!back.ok() || back->din != din->din)
                std::abort();
        }
    } else if (s.error().message.isEmpty()) {
        std::abort(); // every refusal says why
    }

    const Result<IsbtDin> typed = Isbt128::parseEyeReadableDin(in);
    if (typed.ok() &&
        Mod37_2::checkCharacter(typed->din.toStdString()) != typed->checkCharacter.toLatin1())
        std::abort();

    (void)Isbt128::parseDin(in);
    (void)Isbt128::parseProductCode(in);
    (void)Isbt128::parseDateTime(in);
    (void)Isbt128::looksLikeEyeReadableDin(in);
    (void)ChainOfIdentity::parseIsbtBarcode(in);
    (void)ChainOfIdentity::parseIsbtText(in);
    (void)Mod37_2::checkValue(in);
    return 0;
}
