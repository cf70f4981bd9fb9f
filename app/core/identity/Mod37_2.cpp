#include "identity/Mod37_2.h"

namespace ck::Mod37_2 {

int valueOf(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    if (c == '*')
        return 36;
    return -1;
}

char characterFor(int value)
{
    if (value < 0 || value >= static_cast<int>(kAlphabet.size()))
        return '\0';
    return kAlphabet[static_cast<std::size_t>(value)];
}

std::optional<int> checkValue(std::string_view data)
{
    if (data.empty())
        return std::nullopt;
    // The recursive form of ISO 7064 (section 7.1 of the standard, as in ST-001 A.3): multiplying
    // the running sum by 2 at each step gives the leftmost character the highest power of 2, and
    // reducing mod 37 every step keeps the sum small whatever the input length.
    int sum = 0;
    for (const char c : data) {
        const int v = valueOf(c);
        if (v < 0)
            return std::nullopt;
        sum = ((sum + v) * 2) % 37;
    }
    return (38 - sum) % 37;
}

std::optional<char> checkCharacter(std::string_view data)
{
    const std::optional<int> v = checkValue(data);
    if (!v)
        return std::nullopt;
    return characterFor(*v);
}

} // namespace ck::Mod37_2
