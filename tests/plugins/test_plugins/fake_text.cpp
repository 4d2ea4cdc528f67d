// A well-behaved test plugin: format "fake-text" writes the document's text, one block a line,
// so that render can be tested without the pdf and xlsx plugins.
#include <wardreport/plugin.hpp>
#include <wardreport/vi_format.hpp>

#include <fstream>
#include <type_traits>

namespace {

struct Printer {
    std::ostream& out;
    void operator()(const wardreport::doc::OfficialHeader& h) const { out << "header: " << h.place_date << '\n'; }
    void operator()(const wardreport::doc::Title& t) const { out << "title: " << t.type << '\n'; }
    void operator()(const wardreport::doc::Heading& h) const { out << "heading: " << h.number << ' ' << h.text << '\n'; }
    void operator()(const wardreport::doc::Paragraph& p) const {
        out << "paragraph:";
        for (const auto& r : p.runs) out << ' ' << r.text;
        out << '\n';
    }
    void operator()(const wardreport::doc::List& l) const { out << "list: " << l.items.size() << " items\n"; }
    void operator()(const wardreport::doc::Table& t) const {
        out << "table " << t.id << ": " << t.title << '\n';
        std::vector<wardreport::doc::Cell> cells;
        for (std::size_t i = 0; i < t.size(); ++i) {
            t.rows->row(i, cells);
            out << "   ";
            for (std::size_t c = 0; c < cells.size() && c < t.columns.size(); ++c)
                out << " | " << wardreport::vi::cell(cells[c], t.columns[c].decimals, t.columns[c].unit);
            out << '\n';
        }
    }
    void operator()(const wardreport::doc::Chart& c) const { out << "chart: " << c.title << '\n'; }
    void operator()(const wardreport::doc::KeyFigures& k) const { out << "key figures: " << k.title << '\n'; }
    void operator()(const wardreport::doc::Closing& c) const { out << "closing: " << c.signer << '\n'; }
    void operator()(const wardreport::doc::PageBreak&) const { out << "page break\n"; }
};

class FakeText final : public wardreport::Exporter {
public:
    wardreport::PluginInfo info() const override {
        return {"fake", "0.0.1", "test plugin: the document as plain text",
                {{"fake-text", "txt", "text/plain"}}};
    }
    void write(const wardreport::doc::Document& document, const std::string&,
               const std::filesystem::path& out) override {
        std::ofstream file(out, std::ios::binary);
        file << "report: " << document.report << '\n';
        for (const auto& block : document.blocks) std::visit(Printer{file}, block);
        if (!file) throw wardreport::ExportError("cannot write " + out.string());
    }
};

}  // namespace

WARDREPORT_PLUGIN(FakeText)
