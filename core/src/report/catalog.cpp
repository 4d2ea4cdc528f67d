#include "report/builder.hpp"
#include "report/definition.hpp"
#include "report/profile.hpp"
#include "report/report.hpp"
#include "load/yaml_file.hpp"
#include "util/i18n.hpp"
#include "yaml/reader.hpp"

#include <algorithm>
#include <map>
#include <system_error>

namespace fs = std::filesystem;

namespace wardreport::report {

struct Catalog::Impl {
    std::map<std::string, Profile> profiles;
    std::map<std::string, Definition> definitions;
};

Catalog::Catalog() : impl_(std::make_unique<Impl>()) {}
Catalog::~Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;

namespace {

// A definition or a profile: what a ward file's text may not hold, neither may theirs (their
// texts reach every document they make), except in formulas, which are not shown.
std::optional<YAML::Node> load_yaml_file(const fs::path& file, Diagnostics& diags, std::shared_ptr<const yaml::File>& src) {
    return load::load_yaml(file, diags, src, tr("a report definition"), {"formula"});
}

// The YAML files of `dir`, sorted so that runs are reproducible.
std::vector<fs::path> yaml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".yaml") out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

// Report and profile ids are file names: lower-case ASCII letters, digits and "-".
bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

bool Catalog::add_directory(const fs::path& dir, Diagnostics& diags) {
    const std::size_t before = diags.error_count();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        diags.error(dir.string(), 0, 0, tr("not a directory of report definitions"));
        return false;
    }
    for (const fs::path& file : yaml_files(dir / "profiles")) {
        const std::string id = file.stem().string();
        std::shared_ptr<const yaml::File> src;
        auto root = load_yaml_file(file, diags, src);
        if (!root) continue;
        const yaml::Reader in(yaml::Source(src, diags));
        if (!valid_id(id)) {
            in.error(*root, tr("profile file name '{1}' is not a valid id; expected lower-case letters, digits and '-'", id));
            continue;
        }
        if (auto it = impl_->profiles.find(id); it != impl_->profiles.end()) {
            in.error(*root, tr("layout profile '{1}' is already defined in {2}", id, it->second.origin.name()));
            continue;
        }
        if (auto p = read_profile(*root, id, in)) impl_->profiles.emplace(id, std::move(*p));
    }
    for (const fs::path& file : yaml_files(dir)) {
        const std::string id = file.stem().string();
        std::shared_ptr<const yaml::File> src;
        auto root = load_yaml_file(file, diags, src);
        if (!root) continue;
        const yaml::Reader in(yaml::Source(src, diags));
        if (!valid_id(id)) {
            in.error(*root, tr("report file name '{1}' is not a valid report id; expected lower-case letters, digits and '-'", id));
            continue;
        }
        if (auto it = impl_->definitions.find(id); it != impl_->definitions.end()) {
            diags.error(file.string(), 0, 0, tr("report '{1}' is already defined in {2}", id, it->second.origin.name()));
            continue;
        }
        if (auto d = read_definition(*root, id, impl_->profiles, in)) impl_->definitions.emplace(id, std::move(*d));
    }
    return diags.error_count() == before;
}

std::vector<std::string> Catalog::ids() const {
    std::vector<std::string> out;
    for (const auto& kv : impl_->definitions) out.push_back(kv.first);
    return out;
}

bool Catalog::contains(const std::string& id) const { return impl_->definitions.count(id) > 0; }

std::string Catalog::description(const std::string& id) const {
    auto it = impl_->definitions.find(id);
    return it != impl_->definitions.end() ? it->second.description : std::string();
}

std::string Catalog::profile(const std::string& id) const {
    auto it = impl_->definitions.find(id);
    return it != impl_->definitions.end() ? it->second.profile.id : std::string();
}

std::string Catalog::source(const std::string& id) const {
    auto it = impl_->definitions.find(id);
    return it != impl_->definitions.end() ? it->second.origin.name() : std::string();
}

bool Catalog::supports(const std::string& id, const Ward& ward) const {
    auto it = impl_->definitions.find(id);
    return it != impl_->definitions.end() && satisfies(it->second, ward);
}

std::string Catalog::missing(const std::string& id, const Ward& ward) const {
    auto it = impl_->definitions.find(id);
    return it != impl_->definitions.end() ? missing_requirement(it->second, ward) : std::string();
}

void Catalog::check_documents(const Ward& ward, Diagnostics& diags) const {
    const std::vector<std::string> known = ids();
    for (const auto& [key, at] : ward.source.document_keys) {
        if (contains(key)) continue;
        const std::string guess = yaml::closest(key, known);
        if (!guess.empty())
            diags.warning(ward.source.file, at.first, at.second,
                          tr("documents: '{1}' is not a report id wardreport knows; did you mean '{2}'? "
                             "(other ids are fine for reports of your own)", key, guess));
    }
}

std::optional<doc::Document> Catalog::build(const std::string& id, const Ward& ward, const std::string& stem,
                                            Diagnostics& diags) const {
    auto it = impl_->definitions.find(id);
    if (it == impl_->definitions.end()) {
        std::string known;
        for (const auto& kv : impl_->definitions) known += (known.empty() ? "" : ", ") + kv.first;
        diags.error(id, 0, 0, tr("no report definition '{1}'; expected one of: {2}", id, known));
        return std::nullopt;
    }
    return build_document(it->second, ward, stem, diags);
}

std::optional<doc::Document> Catalog::build_if_supported(const std::string& id, const Ward& ward,
                                                         const std::string& stem, Diagnostics& diags,
                                                         std::string& lacking) const {
    lacking.clear();
    auto it = impl_->definitions.find(id);
    if (it == impl_->definitions.end()) return build(id, ward, stem, diags);
    // build_document checks `requires:` first, on the tree it builds; only a build that failed
    // needs the second look that tells a lacking requirement from another error.
    Diagnostics own;
    std::optional<doc::Document> d = build_document(it->second, ward, stem, own);
    if (!d && !(lacking = missing_requirement(it->second, ward)).empty()) return std::nullopt;
    for (const Diagnostic& x : own.all()) diags.add(x);
    return d;
}

std::optional<doc::Document> Catalog::for_format(const doc::Document& document, const std::string& format) const {
    auto it = impl_->definitions.find(document.report);
    if (it == impl_->definitions.end() || !leaves_out(document, it->second.format_limits, format)) return std::nullopt;
    return report::for_format(document, it->second.format_limits, format);
}

}  // namespace wardreport::report
