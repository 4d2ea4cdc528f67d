// Report definitions (reports/*.yaml) and the building of format-neutral documents from them.
#pragma once

#include <wardreport/document.hpp>
#include <wardreport/model.hpp>

#include "util/diagnostics.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wardreport::report {

class Catalog {
public:
    Catalog();
    ~Catalog();
    Catalog(Catalog&&) noexcept;
    Catalog& operator=(Catalog&&) noexcept;

    // Loads every report definition of `dir` and the layout profiles of `dir`/profiles. A report
    // id or profile defined twice is an error naming both files. Returns false on any error.
    bool add_directory(const std::filesystem::path& dir, Diagnostics& diags);

    std::vector<std::string> ids() const;  // sorted
    bool contains(const std::string& id) const;
    std::string description(const std::string& id) const;  // one line
    std::string profile(const std::string& id) const;      // its layout profile: "hd36"
    std::string source(const std::string& id) const;       // the definition file

    // Whether `ward` holds the data report `id` needs (e.g. a resolution for theo-doi-chi-tieu).
    bool supports(const std::string& id, const Ward& ward) const;
    // What report `id` needs that `ward` lacks: the first path of its `requires` ("congress"), or "".
    std::string missing(const std::string& id, const Ward& ward) const;

    // A warning at each key of the ward's `documents` that is no report of the catalog but close
    // to one ("nghi-quyt": did you mean 'nghi-quyet'?). Other ids are left alone: a clerk may
    // register a report of a definition loaded elsewhere.
    void check_documents(const Ward& ward, Diagnostics& diags) const;

    // Builds report `id` for `ward`. `stem` names the ward's output files ("ky-son" gives
    // "ky-son-nghi-quyet"). Errors (a template that fails, a field the model lacks) are reported
    // against the definition's FILE:LINE; nullopt when there was one.
    std::optional<doc::Document> build(const std::string& id, const Ward& ward, const std::string& stem,
                                       Diagnostics& diags) const;

    // build() of a report written only when the ward holds what it requires: when it lacks one,
    // nullopt, `lacking` set to that path and nothing reported. One data tree serves both the
    // check and the document, where supports() then build() make one each.
    std::optional<doc::Document> build_if_supported(const std::string& id, const Ward& ward, const std::string& stem,
                                                    Diagnostics& diags, std::string& lacking) const;

    // The document format `format` (an id of --format) writes, when the definition of `document`
    // (one build() made) has columns written for other formats only (`formats:`): the document
    // without them. nullopt when the format writes it whole, the usual case: no copy is made.
    std::optional<doc::Document> for_format(const doc::Document& document, const std::string& format) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Every path of the data tree templates bind to, one per entry as "path  kind":
// kinds are figure, date, term, text, flag and list (its items' fields follow as "list[].field"), sorted.
// The members of a figure, date or term and the place fields of list items (index, first, ...)
// are the same everywhere and are not repeated. docs/report-definitions.md lists them all.
std::vector<std::string> data_fields();

// The built document, for debugging a definition: readable text, or JSON. In the JSON a cell is
// {"type", "number" (numeric types, exact), "text" (when not empty), "bold" (when set), "input"
// (the model path a spreadsheet's input cell goes back to, or a key figure mirrors; when set)}.
std::string document_text(const doc::Document& document);
std::string document_json(const doc::Document& document);

}  // namespace wardreport::report
