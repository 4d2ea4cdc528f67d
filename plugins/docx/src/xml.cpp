#include "xml.hpp"

#include <sstream>

namespace wardreport::docx {

pugi::xml_node elem(pugi::xml_node parent, const char* name, Attrs attrs) {
    pugi::xml_node n = parent.append_child(name);
    for (const auto& [k, v] : attrs) n.append_attribute(k).set_value(v.c_str());
    return n;
}

pugi::xml_node elem_text(pugi::xml_node parent, const char* name, const std::string& text, Attrs attrs) {
    pugi::xml_node n = elem(parent, name, attrs);
    n.append_child(pugi::node_pcdata).set_value(text.c_str());
    return n;
}

pugi::xml_node start_part(pugi::xml_document& doc, const char* root, Attrs xmlns) {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    decl.append_attribute("standalone").set_value("yes");
    pugi::xml_node n = doc.append_child(root);
    for (const auto& [prefix, uri] : xmlns) {
        const std::string attr = *prefix ? std::string("xmlns:") + prefix : std::string("xmlns");
        n.append_attribute(attr.c_str()).set_value(uri.c_str());
    }
    return n;
}

std::string serialise(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    // format_no_declaration skips only the automatic one: the part's own declaration node is kept.
    return out.str();
}

void append_children(std::string& out, pugi::xml_node node) {
    struct Sink final : pugi::xml_writer {
        std::string& s;
        explicit Sink(std::string& to) : s(to) {}
        void write(const void* data, size_t size) override { s.append(static_cast<const char*>(data), size); }
    } sink(out);
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling())
        n.print(sink, "", pugi::format_raw, pugi::encoding_utf8);
}

}  // namespace wardreport::docx
