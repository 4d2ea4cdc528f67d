// The documents of every report of both samples, as the engine builds them: the real input of
// the tests that run writers on many documents. Header-only, so that the support library itself
// links nothing of the engine; the tests that include it link wardreport_engine.
#pragma once

#include "load/loader.hpp"
#include "report/report.hpp"
#include "support/support.hpp"
#include "util/diagnostics.hpp"

#include <wardreport/document.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

namespace wrtest {

// Every report of the built-in catalog, and of `extra_reports` (folders under the source tree),
// that supports the sample, for both samples in turn.
inline std::vector<wardreport::doc::Document> sample_documents(const std::vector<std::string>& extra_reports = {}) {
    wardreport::report::Catalog catalog;
    wardreport::Diagnostics diags;
    REQUIRE(catalog.add_directory(source_path("reports"), diags));
    for (const std::string& dir : extra_reports) REQUIRE(catalog.add_directory(source_path(dir), diags));
    std::vector<wardreport::doc::Document> docs;
    for (const char* name : {"ky-son", "xa-minh-hoa-demo"}) {
        const std::optional<wardreport::Ward> ward = wardreport::load::load_file(sample(std::string(name) + ".yaml"), diags);
        REQUIRE(ward);
        for (const std::string& id : catalog.ids()) {
            if (!catalog.supports(id, *ward)) continue;
            std::optional<wardreport::doc::Document> d = catalog.build(id, *ward, name, diags);
            REQUIRE(d);
            docs.push_back(std::move(*d));
        }
    }
    return docs;
}

}  // namespace wrtest
