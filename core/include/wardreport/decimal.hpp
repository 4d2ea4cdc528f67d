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
    static Decimal from_double(double v, int scale) {
        double r = std::round(v * std::pow(10.0, scale));
        return Decimal(static_cast<std::int64_t>(r), scale);
    }

    constexpr std::int64_t mantissa() const { return m_; }
    constexpr int scale() const { return scale_; }
    constexpr bool is_integer() const { return scale_ == 0 || m_ % pow10(scale_) == 0; }
    double to_double() const { return static_cast<double>(m_) / static_cast<double>(pow10(scale_)); }

    // The same value with `scale` decimals; rounds half away from zero when decimals are dropped.
    Decimal rescaled(int scale) const {
        if (scale == scale_) return *this;
        if (scale > scale_) return Decimal(m_ * pow10(scale - scale_), scale);
        std::int64_t div = pow10(scale_ - scale);
        std::int64_t q = m_ / div, rem = m_ % div;
        if (2 * (rem < 0 ? -rem : rem) >= div) q += (m_ < 0 ? -1 : 1);
        return Decimal(q, scale);
    }

    // Machine notation, every written decimal kept: "115.689", "68.3", "-2.10".
    std::string to_string() const {
        std::int64_t a = m_ < 0 ? -m_ : m_;
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

    // Exact sum; the result keeps the larger scale ("68.3" + "2.95" = "71.25").
    friend Decimal operator+(const Decimal& a, const Decimal& b) {
        int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        return Decimal(a.rescaled(s).m_ + b.rescaled(s).m_, s);
    }
    friend Decimal operator-(const Decimal& a, const Decimal& b) {
        int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        return Decimal(a.rescaled(s).m_ - b.rescaled(s).m_, s);
    }

private:
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
