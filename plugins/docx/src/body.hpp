// Turns the blocks of a document into the body of word/document.xml, checking every text on the
// way (text.hpp). One source file per kind of block, as in the pdf plugin. What the body needs
// beside document.xml (the lists' numbering, the charts' parts) is collected for the package.
#pragma once

#include <wardreport/document.hpp>

#include <pugixml.hpp>

#include <string>
#include <vector>

namespace wardreport::docx {

// A native chart: its part (word/charts/chartN.xml) and the workbook embedded for "Edit Data".
struct ChartPart {
    std::string xml;
    std::string workbook;
};

// What the body refers to outside document.xml.
struct BodyParts {
    std::vector<std::string> list_markers;  // one numbering definition per list: "-", "+", "1."
    std::vector<ChartPart> charts;          // chart k has the relationship id chart_rel_id(k)
};

inline std::string chart_rel_id(std::size_t k) { return "rIdChart" + std::to_string(k + 1); }

// Writes the content of <w:body> for `document`'s blocks to `sink`, ending with the last
// section's properties. Each block is built as XML (pugixml) and appended to the sink as soon as
// it is complete, a table row by row, so that a long table is never held as a tree: the tree is
// about five times the size of its text. `workbook_scratch` is a file the charts' workbooks may
// be written to and read back.
class BodyWriter {
public:
    BodyWriter(const doc::Document& document, std::string& sink, std::string workbook_scratch);
    BodyParts write();

private:
    void add(const doc::OfficialHeader& b);
    void add(const doc::Title& b);
    void add(const doc::Heading& b);
    void add(const doc::Paragraph& b);
    void add(const doc::List& b);
    void add(const doc::Table& b);
    void add(const doc::Chart& b);
    void add(const doc::KeyFigures& b);
    void add(const doc::Closing& b);
    void add(const doc::PageBreak& b);

    // NFC of `s`, checked drawable; errors name where_.
    std::string text(const std::string& s);
    // A paragraph of style `role` appended to `parent` (the body, or a table cell).
    pugi::xml_node paragraph(pugi::xml_node parent, const std::string& role);
    pugi::xml_node paragraph(const std::string& role) { return paragraph(body_, role); }
    // A run of the text `s`, checked; '\n' becomes a line break.
    void run(pugi::xml_node p, const std::string& s, bool bold = false, bool italic = false, bool underline = false);
    // The same for text checked already.
    void run_text(pugi::xml_node p, const std::string& t, bool bold = false, bool italic = false,
                  bool underline = false);
    // A paragraph that is only a horizontal rule `length_pt` long, centred in `width_pt`.
    void rule(pugi::xml_node parent, double length_pt, double width_pt, double space_after_pt = 0);
    // A table as wide as `widths_pt` (one grid column each), ruled or borderless, its columns fixed.
    pugi::xml_node table(const std::vector<double>& widths_pt, bool ruled);
    // A cell `width_pt` wide appended to `row`, its content centred vertically (data) or at the
    // top (the header's and the closing's columns); it must get at least one paragraph.
    pugi::xml_node cell(pugi::xml_node row, double width_pt, bool centred = true);
    // Appends what the body holds to the sink and empties it.
    void flush();
    // Tables: the title and unit note; one row of cells; the start of a table whose rows follow
    // one at a time (returns the end tag to append after the last).
    void table_caption(const doc::Table& t);
    void table_row(const std::vector<std::string>& values, const std::vector<bool>& bold,
                   const std::vector<double>& widths, const std::vector<const char*>& aligns, const char* role,
                   bool header);
    std::string start_streamed_table(const std::vector<double>& widths);
    // A tiny paragraph after a table: the pdf's space after it, and no two tables run together.
    void spacer();
    // Ends the current section here; the next one is turned (landscape) or not.
    void section_break(bool next_landscape);
    // Width of the text area of the current section, in points.
    double text_width_pt() const;

    const doc::Document& doc_;
    const doc::Layout& layout_;
    std::string& sink_;
    pugi::xml_document tree_;
    pugi::xml_node body_;  // the blocks not yet in the sink
    std::string scratch_;
    BodyParts parts_;
    std::string where_;
    bool landscape_ = false;     // the current section is turned
    bool first_section_ = true;  // the current section is the document's first
    int bookmarks_ = 0;
};

}  // namespace wardreport::docx
