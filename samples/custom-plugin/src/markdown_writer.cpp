#include "markdown_writer.hpp"

#include <wardreport/vi_format.hpp>

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace markdown {
namespace {

namespace doc = wardreport::doc;

// Characters that would start Markdown syntax are shown as themselves.
std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' ||
            c == '#' || c == '|')
            out += '\\';
        out += c;
    }
    return out;
}

// In a table cell a line break must stay inside the cell.
std::string cell_text(const std::string& s) {
    std::string out;
    for (char c : escape(s)) {
        if (c == '\n') out += "<br>";
        else out += c;
    }
    return out;
}

// `text` between emphasis markers ("*", "**"). Markdown ignores a marker next to white space,
// so leading and trailing spaces (also the no-break spaces of a blank date) go outside.
std::string emphasis(const std::string& text, const std::string& marker) {
    const std::string nbsp = "\xC2\xA0";
    std::size_t begin = 0, end = text.size();
    for (;;) {
        if (begin < end && text[begin] == ' ') ++begin;
        else if (text.compare(begin, nbsp.size(), nbsp) == 0 && begin + nbsp.size() <= end) begin += nbsp.size();
        else break;
    }
    for (;;) {
        if (end > begin && text[end - 1] == ' ') --end;
        else if (end >= begin + nbsp.size() && text.compare(end - nbsp.size(), nbsp.size(), nbsp) == 0) end -= nbsp.size();
        else break;
    }
    if (begin == end) return text;
    return text.substr(0, begin) + marker + text.substr(begin, end - begin) + marker + text.substr(end);
}

std::string runs_text(const std::vector<doc::Run>& runs) {
    std::string out;
    for (const doc::Run& r : runs) {
        std::string t = escape(r.text);
        if (r.italic) t = emphasis(t, "*");
        if (r.bold) t = emphasis(t, "**");
        out += t;
    }
    return out;
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
    out << '|';
    for (const std::string& c : cells) out << ' ' << c << " |";
    out << '\n';
}

const char* align_rule(doc::Align a) {
    switch (a) {
        case doc::Align::Right: return "---:";
        case doc::Align::Center: return ":---:";
        default: return "---";
    }
}

class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}

    void operator()(const doc::OfficialHeader& h) {
        for (const std::string* s : {&h.national_title, &h.motto, &h.superior_body})
            if (!s->empty()) out_ << "**" << escape(*s) << "**  \n";
        for (const std::string& line : h.issuing_body) out_ << escape(line) << "  \n";
        if (!h.number.empty()) out_ << escape(h.number) << "  \n";
        if (!h.place_date.empty()) out_ << emphasis(escape(h.place_date), "*") << "\n";
        out_ << '\n';
    }

    void operator()(const doc::Title& t) {
        out_ << "# " << escape(t.type) << "\n\n";
        for (const std::string& line : t.summary) out_ << "**" << escape(line) << "**  \n";
        if (!t.summary.empty()) out_ << '\n';
    }

    void operator()(const doc::Heading& h) {
        // The document's own title is the only level-1 heading of the Markdown file.
        const int level = h.level < 1 ? 2 : h.level > 3 ? 4 : h.level + 1;
        out_ << std::string(static_cast<std::size_t>(level), '#') << ' ';
        if (!h.number.empty()) out_ << escape(h.number) << ' ';
        out_ << escape(h.text) << "\n\n";
    }

    void operator()(const doc::Paragraph& p) { out_ << runs_text(p.runs) << "\n\n"; }

    void operator()(const doc::List& l) {
        int n = 0;
        for (const auto& item : l.items) {
            if (l.marker == "1.") out_ << ++n << ". ";
            else out_ << "- ";
            out_ << runs_text(item) << '\n';
        }
        out_ << '\n';
    }

    void operator()(const doc::Table& t) {
        if (!t.title.empty()) out_ << "**" << escape(t.title) << "**\n\n";
        if (!t.unit_note.empty()) out_ << emphasis(escape(t.unit_note), "*") << "\n\n";
        std::vector<std::string> header, rule;
        for (const doc::Column& c : t.columns) {
            std::string title = c.title;
            if (c.type == doc::CellType::Money && !c.unit.empty()) title += " (" + c.unit + ")";
            header.push_back(cell_text(title));
            rule.push_back(align_rule(c.align));
        }
        write_row(out_, header);
        write_row(out_, rule);

        // Money columns name their unit in the header, so their cells show the number alone.
        std::vector<doc::Cell> cells;
        for (std::size_t i = 0; i < t.size(); ++i) {
            t.rows->row(i, cells);
            std::vector<std::string> row;
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const doc::Cell cell = c < cells.size() ? cells[c] : doc::Cell{};
                std::string text = cell_text(wardreport::vi::cell(cell, t.columns[c].decimals));
                if (cell.bold && !text.empty()) text = "**" + text + "**";
                row.push_back(text);
            }
            write_row(out_, row);
        }
        // The totals come computed from the engine: an unknown total is an empty cell.
        if (!t.totals.empty()) {
            std::vector<std::string> row;
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const doc::Cell total = c < t.totals.size() ? t.totals[c] : doc::Cell{};
                const std::string text = cell_text(wardreport::vi::cell(total, t.columns[c].decimals));
                row.push_back(text.empty() ? text : "**" + text + "**");
            }
            write_row(out_, row);
        }
        out_ << '\n';
        for (const std::string& note : t.notes) out_ << emphasis(escape(note), "*") << "\n\n";
    }

    // A chart becomes the table of its values: Markdown has no pictures of its own.
    void operator()(const doc::Chart& c) {
        if (!c.title.empty()) out_ << "**" << escape(c.title) << "**\n\n";
        std::vector<std::string> header{""}, rule{"---"};
        for (const doc::Series& s : c.series) {
            header.push_back(cell_text(s.name.empty() ? c.unit : s.name));
            rule.push_back("---:");
        }
        write_row(out_, header);
        write_row(out_, rule);
        for (std::size_t i = 0; i < c.categories.size(); ++i) {
            std::vector<std::string> row{cell_text(c.categories[i])};
            for (const doc::Series& s : c.series) {
                const bool known = i < s.values.size() && s.values[i].has_value();
                std::string v;
                if (known) {
                    wardreport::Decimal d = wardreport::Decimal::from_double(*s.values[i], 1);
                    v = wardreport::vi::number(d.is_integer() ? d.rescaled(0) : d);
                }
                if (known && c.unit == "%") v += "%";
                row.push_back(v);
            }
            write_row(out_, row);
        }
        out_ << '\n';
    }

    void operator()(const doc::KeyFigures& k) {
        if (!k.title.empty()) out_ << "**" << escape(k.title) << "**\n\n";
        for (const doc::KeyFigure& f : k.items) {
            out_ << "- " << escape(f.label) << ": " << escape(wardreport::vi::cell(f.value));
            if (!f.unit.empty()) out_ << ' ' << escape(f.unit);
            out_ << '\n';
        }
        out_ << '\n';
    }

    void operator()(const doc::Closing& c) {
        for (const std::string& line : c.authority) out_ << "**" << escape(line) << "**  \n";
        if (!c.title.empty()) out_ << "**" << escape(c.title) << "**  \n";
        if (!c.signer.empty()) out_ << "**" << escape(c.signer) << "**\n";
        out_ << '\n';
        if (!c.recipients.empty()) {
            out_ << emphasis(escape(c.recipients_label), "*") << "\n\n";
            for (const std::string& r : c.recipients) out_ << "- " << escape(r) << '\n';
            out_ << '\n';
        }
    }

    void operator()(const doc::PageBreak&) { out_ << "---\n\n"; }

private:
    std::ostream& out_;
};

}  // namespace

void write_document(const doc::Document& document, std::ostream& out) {
    Writer writer(out);
    for (const doc::Block& block : document.blocks) std::visit(writer, block);
}

}  // namespace markdown
