// Exact decimal numbers. Official figures are written with a fixed number of decimals
// (68,3%; 115,689 km²) and must come out exactly as written: a binary double would print
// 68.29999. A Decimal keeps the digits (mantissa) and how many of them follow the point (scale).
#pragma once

#include <cstdint>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace wardreport {

namespace abi { struct Layout; }  // describes the private members (wardreport/abi.hpp)

class Decimal {
public:
    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t mantissa, int scale) : m_(mantissa), scale_(scale) {}
    static constexpr Decimal integer(std::int64_t v) { return Decimal(v, 0); }

    // Parses plain machine notation: optional sign, digits, optional "." and digits,
    // as YAML and JSON write numbers ("115.689", "-2.1", "20379"). No exponent, no
    // thousands separators, at most 18 significant digits and 9 decimals (so that comparing two
    // parsed numbers stays within 64 bits). nullopt on anything else.
    static std::optional<Decimal> parse(std::string_view s) {
        if (s.empty()) return std::nullopt;
        std::size_t i = 0;
        bool neg = false;
        if (s[0] == '+' || s[0] == '-') { neg = s[0] == '-'; ++i; }
        std::int64_t m = 0;
        int digits = 0, scale = 0;
        bool point = false, any = false;
        for (; i < s.size(); ++i) {
            char c = s[i];
            if (c == '.' && !point) { point = true; continue; }
            if (c < '0' || c > '9') return std::nullopt;
            any = true;
            if (m != 0 || c != '0') ++digits;
            if (digits > 18) return std::nullopt;
            m = m * 10 + (c - '0');
            if (point && ++scale > 9) return std::nullopt;
        }
        if (!any || (point && scale == 0)) return std::nullopt;
        return Decimal(neg ? -m : m, scale);
    }

    // Rounds a computed value (a percentage of progress, a converted unit) half away from zero.
    // A value that does not fit (|v·10^scale| ≥ 9.2e18) is clamped and NaN gives 0; callers that
    // can meet such values (sums, formulas over user data) use try_from_double.
    static Decimal from_double(double v, int scale) {
        if (std::isnan(v)) return Decimal(0, scale);
        double r = std::round(v * std::pow(10.0, scale));
        if (r >= kDoubleLimit) r = kDoubleLimit;
        if (r <= -kDoubleLimit) r = -kDoubleLimit;
        return Decimal(static_cast<std::int64_t>(r), scale);
    }
    // nullopt when v is not finite or v·10^scale, rounded, does not fit in 64 bits.
    static std::optional<Decimal> try_from_double(double v, int scale) {
        if (!std::isfinite(v)) return std::nullopt;
        const double r = std::round(v * std::pow(10.0, scale));
        if (!(std::fabs(r) < kDoubleLimit)) return std::nullopt;
        return Decimal(static_cast<std::int64_t>(r), scale);
    }

    constexpr std::int64_t mantissa() const { return m_; }
    constexpr int scale() const { return scale_; }
    constexpr bool is_integer() const { return scale_ == 0 || m_ % pow10(scale_) == 0; }
    double to_double() const { return static_cast<double>(m_) / static_cast<double>(pow10(scale_)); }

    // The same value with `scale` decimals; rounds half away from zero when decimals are dropped.
    // Saturates at the 64-bit limits when more decimals do not fit: use try_rescaled where that
    // can happen.
    Decimal rescaled(int scale) const {
        if (auto r = try_rescaled(scale)) return *r;
        return Decimal(m_ < 0 ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max(), scale);
    }
    // nullopt when the mantissa does not fit in 64 bits with `scale` decimals.
    std::optional<Decimal> try_rescaled(int scale) const {
        if (scale == scale_) return *this;
        if (scale > scale_) {
            std::int64_t m = 0;
            if (!scale_up(m_, scale - scale_, m)) return std::nullopt;
            return Decimal(m, scale);
        }
        const int drop = scale_ - scale;
        // 10^19 no longer fits: every mantissa is then below one unit, rounding to ±1 at most.
        if (drop > 18) {
            const bool half = drop == 19 && (m_ >= 5000000000000000000 || m_ <= -5000000000000000000);
            return Decimal(half ? (m_ < 0 ? -1 : 1) : 0, scale);
        }
        std::int64_t div = pow10(drop);
        std::int64_t q = m_ / div, rem = m_ % div;
        if (2 * (rem < 0 ? -rem : rem) >= div) q += (m_ < 0 ? -1 : 1);
        return Decimal(q, scale);
    }

    // Machine notation, every written decimal kept: "115.689", "68.3", "-2.10".
    std::string to_string() const {
        // Unsigned, so that the smallest mantissa, which has no positive counterpart, negates.
        const std::uint64_t a = m_ < 0 ? 0 - static_cast<std::uint64_t>(m_) : static_cast<std::uint64_t>(m_);
        std::string digits = std::to_string(a);
        if (scale_ > 0) {
            if (digits.size() <= static_cast<std::size_t>(scale_))
                digits.insert(0, static_cast<std::size_t>(scale_) - digits.size() + 1, '0');
            digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
        }
        return (m_ < 0 ? "-" : "") + digits;
    }

    friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
    friend bool operator!=(const Decimal& a, const Decimal& b) { return compare(a, b) != 0; }
    friend bool operator<(const Decimal& a, const Decimal& b) { return compare(a, b) < 0; }
    friend bool operator>(const Decimal& a, const Decimal& b) { return compare(a, b) > 0; }
    friend bool operator<=(const Decimal& a, const Decimal& b) { return compare(a, b) <= 0; }
    friend bool operator>=(const Decimal& a, const Decimal& b) { return compare(a, b) >= 0; }

    // Exact sum; the result keeps the larger scale ("68.3" + "2.95" = "71.25"). Saturates at the
    // 64-bit limits when the exact result does not fit: use checked_add where that can happen.
    friend Decimal operator+(const Decimal& a, const Decimal& b) {
        if (auto r = checked_add(a, b)) return *r;
        return saturated(a, b, b.m_);
    }
    friend Decimal operator-(const Decimal& a, const Decimal& b) {
        if (auto r = checked_sub(a, b)) return *r;
        return saturated(a, b, b.m_ == 0 ? 0 : (b.m_ < 0 ? 1 : -1));
    }
    // nullopt when the exact result does not fit in 64 bits at the larger scale.
    static std::optional<Decimal> checked_add(const Decimal& a, const Decimal& b) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        const auto x = a.try_rescaled(s), y = b.try_rescaled(s);
        std::int64_t r = 0;
        if (!x || !y || __builtin_add_overflow(x->m_, y->m_, &r)) return std::nullopt;
        return Decimal(r, s);
    }
    static std::optional<Decimal> checked_sub(const Decimal& a, const Decimal& b) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        const auto x = a.try_rescaled(s), y = b.try_rescaled(s);
        std::int64_t r = 0;
        if (!x || !y || __builtin_sub_overflow(x->m_, y->m_, &r)) return std::nullopt;
        return Decimal(r, s);
    }

private:
    friend struct abi::Layout;

    // The largest magnitude a rounded double is taken as a mantissa from (just under 2^63).
    static constexpr double kDoubleLimit = 9.2e18;

    // The limit an overflowing sum or difference goes to: the sign of the larger-magnitude
    // operand, `b_sign` carrying b's contribution (negated for a difference).
    static Decimal saturated(const Decimal& a, const Decimal& b, std::int64_t b_sign) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        const bool a_big = compare(abs_of(a), abs_of(b)) >= 0;
        const bool negative = a_big ? a.m_ < 0 : b_sign < 0;
        return Decimal(negative ? std::numeric_limits<std::int64_t>::min() : std::numeric_limits<std::int64_t>::max(), s);
    }
    static Decimal abs_of(const Decimal& d) {
        return Decimal(d.m_ < 0 ? (d.m_ == std::numeric_limits<std::int64_t>::min() ? std::numeric_limits<std::int64_t>::max() : -d.m_) : d.m_, d.scale_);
    }

    static constexpr std::int64_t pow10(int n) {
        std::int64_t r = 1;
        for (int i = 0; i < n; ++i) r *= 10;
        return r;
    }
    // m × 10^by, false when it does not fit in 64 bits.
    static bool scale_up(std::int64_t m, int by, std::int64_t& out) {
        if (m == 0) { out = 0; return true; }
        if (by > 18) return false;
        const std::int64_t p = pow10(by);
        const std::int64_t limit = std::numeric_limits<std::int64_t>::max() / p;
        if (m > limit || m < -limit) return false;
        out = m * p;
        return true;
    }
    // Exact, and without overflow: a side too large to bring to the common scale is larger in
    // magnitude than anything the other side (already at that scale) can hold.
    static int compare(const Decimal& a, const Decimal& b) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        std::int64_t x = 0, y = 0;
        const bool fits_a = scale_up(a.m_, s - a.scale_, x);
        const bool fits_b = scale_up(b.m_, s - b.scale_, y);
        if (!fits_a) return a.m_ < 0 ? -1 : 1;
        if (!fits_b) return b.m_ < 0 ? 1 : -1;
        return x < y ? -1 : (x > y ? 1 : 0);
    }

    std::int64_t m_ = 0;
    int scale_ = 0;
};

}  // namespace wardreport
