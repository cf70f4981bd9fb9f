#pragma once

#include <optional>
#include <string_view>

namespace ck {

// ISO/IEC 7064 MOD 37-2, the "pure" check character system ISBT 128 uses for the Donation
// Identification Number (ST-001 v6.2.2, Appendix A, table RT035): 37 symbols 0-9, A-Z, '*' valued
// 0..36. A check value c makes (sum of a_i * 2^i over the data, plus c) congruent to 1 mod 37, so
// every single substitution and every adjacent transposition changes the check value. That is
// why the check character is the guard against a misread or mistyped donation number.
namespace Mod37_2 {

inline constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

// In the DIN bar code the flag characters 60..96 carry the check value plus 60 ("type 3" flags,
// ST-001 Table 3 [RT004] and Appendix A.2); they are not printed, the eye-readable K is.
inline constexpr int kFlagOffset = 60;

// The value of one character (0..36), or -1 when it is not in the alphabet (lower case included:
// ISBT 128 never encodes lower case in a DIN).
int valueOf(char c);

// The character for a value 0..36, or '\0' outside that range.
char characterFor(int value);

// The check value over `data` (the 13 DIN characters, without '=' and flags), or nothing when
// `data` is empty or holds a character outside the alphabet.
std::optional<int> checkValue(std::string_view data);
std::optional<char> checkCharacter(std::string_view data);

} // namespace Mod37_2
} // namespace ck
