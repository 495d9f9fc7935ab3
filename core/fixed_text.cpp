#include "core/fixed_text.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace pearlzone::core {

namespace {

std::string_view byToChars(double value, int decimals, FixedTextBuffer& buffer)
{
    const char* end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals).ptr;
    return std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

#if defined(__SIZEOF_INT128__)
// value times 10^decimals, rounded half to even, when value is non-negative and finite and the
// result fits 64 bits; false otherwise.
bool scaledExactly(double value, int decimals, std::uint64_t& scaled)
{
    static constexpr std::uint64_t kPowers[] = {1, 10, 100, 1000, 10000};
    std::uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const int exponent = static_cast<int>((bits >> 52) & 0x7ff);
    if ((bits >> 63) != 0 || exponent == 0x7ff || decimals < 0 || decimals > 4)
        return false;
    // value = mantissa * 2^power exactly.
    const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
    const std::uint64_t mantissa = exponent == 0 ? fraction : fraction | (std::uint64_t{1} << 52);
    const int power = (exponent == 0 ? 1 : exponent) - 1075;
    __extension__ typedef unsigned __int128 Wide;  // GCC and Clang (the #if above)
    const Wide product = static_cast<Wide>(mantissa) * kPowers[decimals];  // below 2^67
    Wide result;
    if (power >= 0) {
        if (power > 60)
            return false;
        result = product << power;
    } else if (-power > 68) {
        result = 0;  // below half a unit of the last decimal
    } else {
        const int shift = -power;
        result = product >> shift;
        const Wide rest = product - (result << shift);
        const Wide half = static_cast<Wide>(1) << (shift - 1);
        if (rest > half || (rest == half && (result & 1) != 0))
            ++result;
    }
    if (result >> 64 != 0)
        return false;
    scaled = static_cast<std::uint64_t>(result);
    return true;
}
#endif

}  // namespace

std::string_view fixedText(double value, int decimals, FixedTextBuffer& buffer)
{
#if defined(__SIZEOF_INT128__)
    std::uint64_t scaled = 0;
    if (scaledExactly(value, decimals, scaled)) {
        // The digits from the right, the point after `decimals` of them, at least one before it.
        char* end = buffer.data() + buffer.size();
        char* at = end;
        for (int digit = 0; digit < decimals || scaled > 0 || digit == decimals; ++digit) {
            if (digit == decimals && decimals > 0)
                *--at = '.';
            *--at = static_cast<char>('0' + scaled % 10);
            scaled /= 10;
        }
        return std::string_view(at, static_cast<std::size_t>(end - at));
    }
#endif
    return byToChars(value, decimals, buffer);
}

}  // namespace pearlzone::core
