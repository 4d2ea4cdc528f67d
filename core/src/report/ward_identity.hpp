// The one text that says which ward a document is about. The builder stamps it on every document
// (doc::Metadata::ward) and `wardreport import` compares a workbook's stamp with the data file it
// is asked to update, so a workbook of another ward is refused instead of overwriting figures.
#pragma once

#include <wardreport/model.hpp>

#include <string>

namespace wardreport {

// The administrative code when the data gives one ("99999"), else kind, name and province
// ("phường Kỳ Sơn, Phú Thọ"): the code stays when a ward is renamed, the name is all some files have.
std::string ward_identity(const Ward& ward);

}  // namespace wardreport
