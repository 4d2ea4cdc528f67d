// Shared by the reports tests: temporary definition folders, the built-in catalog, sample wards.
#pragma once

#include "load/loader.hpp"
#include "report/report.hpp"
#include "support/support.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/document.hpp>
#include <wardreport/model.hpp>
#include <wardreport/vi_format.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>

namespace wrtest {

namespace fs = std::filesystem;

inline fs::path builtin_reports() { return source_path("reports"); }

inline std::string messages(const wardreport::Diagnostics& d) {
    std::ostringstream os;
    d.print(os);
    return os.str();
}

inline wardreport::report::Catalog builtin_catalog() {
    wardreport::report::Catalog c;
    wardreport::Diagnostics d;
    INFO(messages(d));
    REQUIRE(c.add_directory(builtin_reports(), d));
    return c;
}

inline wardreport::Ward load_sample(const std::string& name) {
    wardreport::Diagnostics d;
    auto w = wardreport::load::load_file(sample(name), d);
    INFO(messages(d));
    REQUIRE(w.has_value());
    return *w;
}

inline wardreport::doc::Document build(const wardreport::report::Catalog& c, const std::string& id,
                                       const wardreport::Ward& w) {
    wardreport::Diagnostics d;
    auto doc = c.build(id, w, "test", d);
    INFO(messages(d));
    REQUIRE(doc.has_value());
    return std::move(*doc);
}

template <class T>
std::vector<const T*> blocks_of(const wardreport::doc::Document& d) {
    std::vector<const T*> out;
    for (const auto& b : d.blocks)
        if (auto p = std::get_if<T>(&b)) out.push_back(p);
    return out;
}

inline std::vector<wardreport::doc::Cell> row(const wardreport::doc::Table& t, std::size_t i) {
    std::vector<wardreport::doc::Cell> r;
    t.rows->row(i, r);
    return r;
}

inline std::size_t column(const wardreport::doc::Table& t, const std::string& key) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].key == key) return i;
    FAIL("no column " << key);
    return 0;
}

}  // namespace wrtest
