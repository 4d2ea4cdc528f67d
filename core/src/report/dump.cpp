// document_text and document_json: the built document as text a person checks, or as JSON.
#include "report/report.hpp"

#include "util/text.hpp"

#include <wardreport/vi_format.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace wardreport::report {
namespace {

using nlohmann::json;

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t n = text::length(s);
    return n >= width ? s + "  " : s + std::string(width - n, ' ');
}

std::string join_runs(const std::vector<doc::Run>& runs) {
    std::string out;
    for (const doc::Run& r : runs) out += r.text;
    return out;
}

std::string value(double v) {
    std::string s = vi::number(v, 2);
    if (s.size() > 3 && s.compare(s.size() - 3, 3, ",00") == 0) s.erase(s.size() - 3);
    else if (s.find(',') != std::string::npos && s.back() == '0') s.pop_back();
    return s;
}

const char* type_name(doc::CellType t) {
    switch (t) {
        case doc::CellType::Empty: return "empty";
        case doc::CellType::Text: return "text";
        case doc::CellType::Integer: return "integer";
        case doc::CellType::Decimal: return "decimal";
        case doc::CellType::Percent: return "percent";
        case doc::CellType::Money: return "money";
    }
    return "";
}

const char* align_name(doc::Align a) {
    switch (a) {
        case doc::Align::Left: return "left";
        case doc::Align::Center: return "center";
        case doc::Align::Right: return "right";
        case doc::Align::Justify: return "justify";
    }
    return "";
}

struct TextWriter {
    const doc::Document& d;
    std::ostringstream os;

    void operator()(const doc::OfficialHeader& h) {
        std::vector<std::string> left, right;
        if (!h.superior_body.empty()) left.push_back(h.superior_body);
        for (const auto& l : h.issuing_body) left.push_back(l);
        if (d.layout.issuer_mark == doc::IssuerMark::Star) left.push_back("*");
        else if (d.layout.issuer_mark == doc::IssuerMark::Rule) left.push_back("———");
        if (!h.number.empty()) left.push_back(h.number);
        right.push_back(h.national_title);
        if (!h.motto.empty()) right.push_back(h.motto);
        // The place and date sit level with the number line.
        while (right.size() + 1 < left.size()) right.emplace_back();
        right.push_back(h.place_date);
        const std::size_t rows = std::max(left.size(), right.size());
        for (std::size_t i = 0; i < rows; ++i) {
            std::string l = i < left.size() ? left[i] : std::string();
            std::string r = i < right.size() ? right[i] : std::string();
            std::string lineout = r.empty() ? l : pad(l, 46) + r;
            while (!lineout.empty() && lineout.back() == ' ') lineout.pop_back();
            os << lineout << '\n';
        }
    }
    void operator()(const doc::Title& t) {
        if (!t.type.empty()) os << t.type << '\n';
        for (const auto& s : t.summary) os << s << '\n';
    }
    void operator()(const doc::Heading& h) { os << (h.number.empty() ? "" : h.number + " ") << h.text << '\n'; }
    void operator()(const doc::Paragraph& p) { os << join_runs(p.runs) << '\n'; }
    void operator()(const doc::List& l) {
        int n = 0;
        for (const auto& item : l.items)
            os << (l.marker == "1." ? std::to_string(++n) + "." : l.marker) << ' ' << join_runs(item) << '\n';
    }
    void operator()(const doc::Table& t) {
        if (!t.title.empty()) os << t.title << '\n';
        if (!t.unit_note.empty()) os << t.unit_note << '\n';
        std::string header;
        for (const auto& c : t.columns) {
            std::string title = c.title;
            std::replace(title.begin(), title.end(), '\n', ' ');
            header += (header.empty() ? "| " : " | ") + title;
        }
        os << header << " |\n";
        std::vector<doc::Cell> row;
        auto print = [&](const std::vector<doc::Cell>& cells) {
            std::string line;
            for (std::size_t k = 0; k < t.columns.size() && k < cells.size(); ++k)
                line += (k == 0 ? "| " : " | ") + vi::cell(cells[k], t.columns[k].decimals, t.columns[k].unit);
            os << line << " |\n";
        };
        for (std::size_t i = 0; i < t.size(); ++i) {
            t.rows->row(i, row);
            print(row);
        }
        if (!t.totals.empty()) print(t.totals);
        for (const auto& n : t.notes) os << n << '\n';
    }
    void operator()(const doc::Chart& c) {
        os << "[" << (c.kind == doc::ChartKind::Pie ? "Biểu đồ tròn" : "Biểu đồ cột") << "] " << c.title << '\n';
        for (std::size_t i = 0; i < c.categories.size(); ++i) {
            os << "  " << c.categories[i] << ':';
            for (const auto& s : c.series) {
                const auto& v = i < s.values.size() ? s.values[i] : std::nullopt;
                os << ' ' << (v ? value(*v) + (c.unit == "%" ? "%" : c.unit.empty() ? "" : " " + c.unit) : "—");
            }
            os << '\n';
        }
        if (c.reference) os << "  (mốc so sánh: " << value(*c.reference) << (c.unit == "%" ? "%" : "") << ")\n";
    }
    void operator()(const doc::KeyFigures& k) {
        if (!k.title.empty()) os << k.title << '\n';
        for (const auto& f : k.items)
            os << "- " << f.label << ": " << vi::cell(f.value) << (f.unit.empty() ? "" : " " + f.unit) << '\n';
    }
    void operator()(const doc::Closing& c) {
        os << c.recipients_label << '\n';
        for (const auto& r : c.recipients) os << "- " << r << '\n';
        os << '\n';
        for (const auto& a : c.authority) os << a << '\n';
        if (!c.title.empty()) os << c.title << '\n';
        os << '\n' << '\n';
        if (!c.signer.empty()) os << c.signer << '\n';
    }
    void operator()(const doc::PageBreak&) { os << "\f"; }
};

json cell_json(const doc::Cell& c) {
    json j{{"type", type_name(c.type)}};
    if (c.type != doc::CellType::Empty && c.type != doc::CellType::Text) j["number"] = c.number.to_string();
    if (!c.text.empty()) j["text"] = c.text;
    if (c.bold) j["bold"] = true;
    if (!c.input.empty()) j["input"] = c.input;  // only then: cells that are no input keep their shape
    return j;
}

json runs_json(const std::vector<doc::Run>& runs) {
    json out = json::array();
    for (const auto& r : runs) {
        json j{{"text", r.text}};
        if (r.bold) j["bold"] = true;
        if (r.italic) j["italic"] = true;
        if (r.underline) j["underline"] = true;
        out.push_back(j);
    }
    return out;
}

struct JsonWriter {
    json operator()(const doc::OfficialHeader& h) const {
        return json{{"type", "header"}, {"superior_body", h.superior_body}, {"issuing_body", h.issuing_body},
                    {"number", h.number}, {"national_title", h.national_title}, {"motto", h.motto},
                    {"place_date", h.place_date}};
    }
    json operator()(const doc::Title& t) const { return json{{"type", "title"}, {"doc_type", t.type}, {"summary", t.summary}}; }
    json operator()(const doc::Heading& h) const {
        return json{{"type", "heading"}, {"level", h.level}, {"number", h.number}, {"text", h.text}, {"anchor", h.anchor}};
    }
    json operator()(const doc::Paragraph& p) const {
        return json{{"type", "paragraph"}, {"role", p.role}, {"align", align_name(p.align)},
                    {"first_line_indent", p.first_line_indent}, {"runs", runs_json(p.runs)}};
    }
    json operator()(const doc::List& l) const {
        json items = json::array();
        for (const auto& i : l.items) items.push_back(runs_json(i));
        return json{{"type", "list"}, {"marker", l.marker}, {"role", l.role}, {"items", items}};
    }
    json operator()(const doc::Table& t) const {
        json cols = json::array(), rows = json::array();
        for (const auto& c : t.columns) {
            json j{{"key", c.key}, {"title", c.title}, {"type", type_name(c.type)}, {"decimals", c.decimals},
                   {"align", align_name(c.align)}, {"width", c.width}};
            if (!c.unit.empty()) j["unit"] = c.unit;
            if (!c.formula.empty()) j["formula"] = c.formula;
            if (c.total != doc::Aggregate::None) j["total"] = c.total == doc::Aggregate::Sum ? "sum" : "label";
            cols.push_back(j);
        }
        std::vector<doc::Cell> row;
        for (std::size_t i = 0; i < t.size(); ++i) {
            t.rows->row(i, row);
            json r = json::array();
            for (const auto& c : row) r.push_back(cell_json(c));
            rows.push_back(r);
        }
        json totals = json::array();
        for (const auto& c : t.totals) totals.push_back(cell_json(c));
        return json{{"type", "table"}, {"id", t.id}, {"title", t.title}, {"unit_note", t.unit_note}, {"columns", cols},
                    {"rows", rows}, {"totals", totals}, {"notes", t.notes},
                    {"landscape_hint", t.landscape_hint}};
    }
    json operator()(const doc::Chart& c) const {
        json series = json::array();
        for (const auto& s : c.series) {
            json values = json::array();
            for (const auto& v : s.values) values.push_back(v ? json(*v) : json(nullptr));
            series.push_back(json{{"name", s.name}, {"column", s.column}, {"values", values}});
        }
        return json{{"type", "chart"}, {"kind", c.kind == doc::ChartKind::Pie ? "pie" : "bar"}, {"id", c.id},
                    {"title", c.title}, {"unit", c.unit}, {"categories", c.categories}, {"series", series},
                    {"table", c.table}, {"category_column", c.category_column},
                    {"reference", c.reference ? json(*c.reference) : json(nullptr)}};
    }
    json operator()(const doc::KeyFigures& k) const {
        json items = json::array();
        for (const auto& f : k.items) items.push_back(json{{"label", f.label}, {"value", cell_json(f.value)}, {"unit", f.unit}});
        return json{{"type", "key_figures"}, {"title", k.title}, {"items", items}};
    }
    json operator()(const doc::Closing& c) const {
        return json{{"type", "closing"}, {"recipients_label", c.recipients_label}, {"recipients", c.recipients},
                    {"authority", c.authority}, {"title", c.title}, {"signer", c.signer}};
    }
    json operator()(const doc::PageBreak&) const { return json{{"type", "page_break"}}; }
};

json layout_json(const doc::Layout& l) {
    json styles = json::object();
    for (const auto& [role, s] : l.styles)
        styles[role] = json{{"size_pt", s.size_pt}, {"bold", s.bold}, {"italic", s.italic}, {"underline", s.underline},
                            {"caps", s.caps}, {"align", align_name(s.align)}, {"space_before_pt", s.space_before_pt},
                            {"space_after_pt", s.space_after_pt}};
    const char* pages[] = {"none", "top-center", "bottom-center", "bottom-right"};
    const char* marks[] = {"none", "star", "rule"};
    return json{{"profile", l.profile}, {"description", l.description}, {"page_width_mm", l.page_width_mm},
                {"page_height_mm", l.page_height_mm}, {"landscape", l.landscape},
                {"margins_mm", {{"top", l.margin_top_mm}, {"bottom", l.margin_bottom_mm}, {"left", l.margin_left_mm},
                                {"right", l.margin_right_mm}}},
                {"font_family", l.font_family}, {"styles", styles}, {"line_spacing", l.line_spacing},
                {"first_line_indent_mm", l.first_line_indent_mm}, {"paragraph_spacing_pt", l.paragraph_spacing_pt},
                {"header_left_share", l.header_left_share}, {"issuer_mark", marks[static_cast<int>(l.issuer_mark)]},
                {"issuer_rule_share", l.issuer_rule_share}, {"number_colon", l.number_colon},
                {"page_numbers", pages[static_cast<int>(l.page_numbers)]}, {"number_first_page", l.number_first_page}};
}

}  // namespace

std::string document_text(const doc::Document& document) {
    TextWriter w{document, {}};
    bool first = true;
    for (const doc::Block& b : document.blocks) {
        if (!first) w.os << '\n';
        first = false;
        std::visit(w, b);
    }
    return w.os.str();
}

std::string document_json(const doc::Document& document) {
    json blocks = json::array();
    for (const doc::Block& b : document.blocks) blocks.push_back(std::visit(JsonWriter{}, b));
    const auto& m = document.meta;
    json meta{{"title", m.title}, {"author", m.author}, {"subject", m.subject}, {"keywords", m.keywords},
              {"company", m.company}, {"date", nullptr}};
    if (m.date) meta["date"] = json{{"year", m.date->year}, {"month", m.date->month}, {"day", m.date->day}};
    return json{{"report", document.report}, {"file_stem", document.file_stem}, {"meta", meta},
                {"layout", layout_json(document.layout)}, {"blocks", blocks}}
        .dump(2);
}

}  // namespace wardreport::report
