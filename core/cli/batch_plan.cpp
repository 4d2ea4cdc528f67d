#include "batch_plan.hpp"

#include "util/i18n.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::cli::batch {
namespace {

bool is_ward_file(const fs::path& p) {
    const std::string ext = p.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

// A non-negative integer, or -1.
long number(const char* s) {
    if (!s || !*s) return -1;
    char* end = nullptr;
    const long v = std::strtol(s, &end, 10);
    return *end == '\0' && v >= 0 ? v : -1;
}

// Decodes one UTF-8 character at s[i]; 0 when invalid. `len` gets its length.
char32_t decode(const std::string& s, std::size_t i, std::size_t& len) {
    const auto b = static_cast<unsigned char>(s[i]);
    len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return len = 1, 0;
    char32_t c = len == 1 ? b : b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto t = static_cast<unsigned char>(s[i + k]);
        if ((t & 0xC0) != 0x80) return len = 1, 0;
        c = (c << 6) | (t & 0x3F);
    }
    return c;
}

// Characters that change how text is shown rather than being shown: bidi controls, zero widths.
bool invisible(char32_t c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
           c == 0xFEFF || (c >= 0x80 && c < 0xA0) || c == 0xAD;
}

}  // namespace

std::vector<fs::path> find_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& errors) {
    std::set<fs::path> found;
    for (const std::string& in : inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            for (fs::recursive_directory_iterator it(in, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_regular_file(ec) && is_ward_file(it->path())) found.insert(it->path().lexically_normal());
            if (ec) errors.push_back(in + ": error: " + tr("cannot read the folder: {1}", ec.message()).text);
        } else if (fs::exists(in, ec)) {
            found.insert(fs::path(in).lexically_normal());
        } else {
            errors.push_back(in + ": error: " + tr("no such file or folder").text);
        }
    }
    return {found.begin(), found.end()};
}

std::optional<Shard> choose_shard(const std::string& option, std::string& error) {
    Shard s;
    if (!option.empty()) {
        const auto slash = option.find('/');
        const long k = slash == std::string::npos ? -1 : number(option.substr(0, slash).c_str());
        const long n = slash == std::string::npos ? -1 : number(option.substr(slash + 1).c_str());
        if (k < 1 || n < 1 || k > n) {
            error = tr("--shard '{1}': expected K/N with 1 <= K <= N, e.g. --shard 2/8", option);
            return std::nullopt;
        }
        return Shard{static_cast<int>(k - 1), static_cast<int>(n)};
    }
    const auto from_env = [&](const char* index_var, const char* count_var, long min) -> std::optional<Shard> {
        const long i = number(std::getenv(index_var)), n = number(std::getenv(count_var));
        if (i < 0 || n < 1 || i - min >= n || i < min) {
            error = tr("{1} and {2} must both be set, with {1} below the count; or give --shard K/N", index_var,
                       count_var);
            return std::nullopt;
        }
        return Shard{static_cast<int>(i - min), static_cast<int>(n)};
    };
    if (std::getenv("JOB_COMPLETION_INDEX")) return from_env("JOB_COMPLETION_INDEX", "JOB_COMPLETIONS", 0);
    if (std::getenv("SLURM_ARRAY_TASK_ID")) {
        const long min = std::max(0L, number(std::getenv("SLURM_ARRAY_TASK_MIN")));
        return from_env("SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", min);
    }
    return s;
}

std::string safe_name(const std::string& stem) {
    std::string out;
    for (std::size_t i = 0, len = 0; i < stem.size() && out.size() < 100; i += len) {
        const char32_t c = decode(stem, i, len);
        const bool ascii_ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                              c == '-' || c == '_' || c == '.';
        if (c == ' ') out += '-';
        else if (ascii_ok || (c >= 0xA0 && !invisible(c) && out.size() + len <= 100)) out.append(stem, i, len);
        else if (c < 0xA0 || invisible(c)) out += '_';
        else break;  // a character that would not fit whole
    }
    if (out.empty() || out[0] == '.' || out[0] == '-') out.insert(out.begin(), '_');
    return out;
}

std::vector<Ward> plan(const std::vector<fs::path>& inputs, Shard shard) {
    std::vector<Ward> out;
    std::set<std::string> taken;  // lower-case: also unique on case-insensitive file systems
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::string base = safe_name(inputs[i].stem().string());
        std::string name = base;
        for (int n = 2;; ++n) {
            std::string key = name;
            std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
            if (taken.insert(key).second) break;
            name = base + "-" + std::to_string(n);
        }
        if (static_cast<int>(i % static_cast<std::size_t>(shard.count)) == shard.index) out.push_back({inputs[i], name});
    }
    return out;
}

}  // namespace wardreport::cli::batch
