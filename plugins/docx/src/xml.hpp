// XML parts built with pugixml, which escapes text and attribute values, serialised the same way
// every time (no indentation, UTF-8, the standalone declaration Word writes).
#pragma once

#include <pugixml.hpp>

#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>

namespace wardreport::docx {

namespace ns {
inline constexpr const char* w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr const char* a = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
inline constexpr const char* pr = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* ct = "http://schemas.openxmlformats.org/package/2006/content-types";
}  // namespace ns

using Attrs = std::initializer_list<std::pair<const char*, std::string>>;

// Appends the element <name attrs...> to `parent` and returns it.
pugi::xml_node elem(pugi::xml_node parent, const char* name, Attrs attrs = {});
// Appends <name>text</name>.
pugi::xml_node elem_text(pugi::xml_node parent, const char* name, const std::string& text, Attrs attrs = {});

// A new part whose root element is `root`, with the namespace declarations `xmlns`
// ({"w", ns::w} gives xmlns:w; an empty prefix the default namespace).
pugi::xml_node start_part(pugi::xml_document& doc, const char* root, Attrs xmlns);

std::string serialise(const pugi::xml_document& doc);
// Appends the XML of `node`'s children (not of `node` itself) to `out`.
void append_children(std::string& out, pugi::xml_node node);

// Units of WordprocessingML and DrawingML.
inline std::string twips_mm(double mm) { return std::to_string(std::lround(mm * 1440.0 / 25.4)); }
inline std::string twips_pt(double pt) { return std::to_string(std::lround(pt * 20.0)); }
inline std::string half_points(double pt) { return std::to_string(std::lround(pt * 2.0)); }
inline long emu_mm(double mm) { return std::lround(mm * 36000.0); }

}  // namespace wardreport::docx
