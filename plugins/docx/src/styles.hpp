// word/styles.xml: one paragraph style per role of the layout profile (sizes, weights,
// alignment, spacing), so a clerk restyles a whole kind of text at once; the headings are Word's
// own "heading 1..3" (the navigation pane lists them), the body is "Normal".
#pragma once

#include <wardreport/document.hpp>

#include <string>

namespace wardreport::docx {

// The style id of a role: "heading1" → "Heading1", "body" → "Normal", "doc_type" → "Title".
std::string style_id(const std::string& role);

// The font Word documents are set in: the profile's family, with Liberation Serif (which the
// pdf embeds) named as the Times New Roman it is metric-compatible with and offices have.
std::string font_name(const doc::Layout& layout);

std::string styles_part(const doc::Layout& layout);

// The w:jc value of an alignment ("both" for justified).
const char* jc(doc::Align a);

// The styles' table cell padding, in points (as the pdf plugin pads its cells).
inline constexpr double kCellPadPt = 3;
inline constexpr double kCellPadYPt = 2.5;

}  // namespace wardreport::docx
