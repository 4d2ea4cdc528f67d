// The document as Markdown (CommonMark with GitHub tables). Generic over the document's blocks,
// so every report a definition builds comes out without code for that report.
#pragma once

#include <wardreport/document.hpp>

#include <ostream>

namespace markdown {

void write_document(const wardreport::doc::Document& document, std::ostream& out);

}  // namespace markdown
