// Building a document: a definition applied to the data tree of one ward.
#pragma once

#include "report/definition.hpp"

#include <wardreport/document.hpp>
#include <wardreport/model.hpp>

#include <optional>
#include <string>

namespace wardreport::report {

// The data-tree options a definition implies (which registration, fallbacks, number style).
struct DocumentOptions;
DocumentOptions document_options(const Definition& def);

// Whether the ward holds every path the definition requires.
bool satisfies(const Definition& def, const Ward& ward);

// The first path of the definition's `requires` the ward data lacks ("congress"), or "".
std::string missing_requirement(const Definition& def, const Ward& ward);

std::optional<doc::Document> build_document(const Definition& def, const Ward& ward, const std::string& stem,
                                            Diagnostics& diags);

}  // namespace wardreport::report
