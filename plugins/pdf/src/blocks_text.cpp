// Text blocks: title, headings, paragraphs, lists, key figures, page breaks; shared helpers.
#include "builder.hpp"

#include "haru.hpp"
#include "text.hpp"

#include <wardreport/exporter.hpp>
#include <wardreport/vi_format.hpp>

#include <algorithm>
#include <utility>

namespace wardreport::pdf {

Geometry geometry_of(const doc::Layout& l) {
    Geometry g;
    g.page_width = mm_to_pt(l.page_width_mm);
    g.page_height = mm_to_pt(l.page_height_mm);
    if (l.landscape != (g.page_width > g.page_height)) std::swap(g.page_width, g.page_height);
    g.left = mm_to_pt(l.margin_left_mm);
    g.right = mm_to_pt(l.margin_right_mm);
    g.top = mm_to_pt(l.margin_top_mm);
    g.bottom = mm_to_pt(l.margin_bottom_mm);
    if (g.width() < 72 || g.height() < 72)
        throw ExportError("layout '" + l.profile + "': the margins leave less than an inch of the page");
    return g;
}

double baseline_offset(double size, double line_height) {
    return (line_height - 1.107 * size) / 2 + 0.891 * size;
}

void draw_line(Canvas& canvas, const Line& line, double x, double width, doc::Align align, double baseline,
               double size, double space) {
    const std::vector<double> xs = word_positions(line, width, align, space);
    for (std::size_t i = 0; i < line.words.size(); ++i) {
        double px = x + xs[i];
        for (const Piece& p : line.words[i].pieces) {
            canvas.text(px, baseline, p.face, size, p.text);
            px += p.width;
        }
    }
    for (const auto& [from, to] : underline_spans(line, xs))
        canvas.line(x + from, baseline + 0.12 * size, x + to, baseline + 0.12 * size, 0.05 * size);
}

void Outlines::add(Canvas& canvas, int level, const std::string& title, double top) {
    while (!stack_.empty() && stack_.back().first >= level) stack_.pop_back();
    HPDF_Outline parent = stack_.empty() ? nullptr : stack_.back().second;  // null: top level
    HPDF_Outline o = HPDF_CreateOutline(doc_.get(), parent, title.c_str(), HPDF_GetEncoder(doc_.get(), "UTF-8"));
    HPDF_Destination dest = HPDF_Page_CreateDestination(canvas.page());
    HPDF_Destination_SetFitH(dest, static_cast<HPDF_REAL>(canvas.page_height() - top + 6));
    HPDF_Outline_SetDestination(o, dest);
    HPDF_Outline_SetOpened(o, HPDF_TRUE);
    doc_.check("bookmark '" + title + "'");
    stack_.emplace_back(level, o);
}

Builder::Builder(const doc::Document& document, FontSet& fonts, Outlines& outlines)
    : doc_(document), layout_(document.layout), fonts_(fonts), outlines_(outlines),
      portrait_(geometry_of(document.layout)), geo_(portrait_) {
    doc::Layout turned = document.layout;
    turned.landscape = true;
    turned_ = geometry_of(turned);
}

std::vector<bool> turned_blocks(const doc::Document& d) {
    std::vector<bool> turned(d.blocks.size(), false);
    if (d.layout.landscape) return turned;
    for (std::size_t k = 0; k < d.blocks.size(); ++k) {
        const auto* t = std::get_if<doc::Table>(&d.blocks[k]);
        if (!t || !t->landscape_hint) continue;
        turned[k] = true;
        for (std::size_t j = k; j > 0 && std::holds_alternative<doc::Heading>(d.blocks[j - 1]); --j)
            turned[j - 1] = true;
    }
    return turned;
}

void Builder::build() {
    // A table too wide for portrait gets landscape pages of its own rather than being squeezed;
    // the page turns back after it.
    const std::vector<bool> turned = turned_blocks(doc_);
    for (std::size_t n = 0; n < doc_.blocks.size(); ++n) {
        where_ = "block " + std::to_string(n + 1);
        if (turned[n] != landscape_) {
            landscape_ = turned[n];
            geo_ = landscape_ ? turned_ : portrait_;
            pending_space_ = 0;  // the block starts a page
        }
        std::visit([this](const auto& block) { add(block); }, doc_.blocks[n]);
    }
}

std::string Builder::text(const std::string& s, Face face) {
    std::string t = nfc(s, where_);
    fonts_.check(face, t, where_);
    return t;
}

std::vector<Span> Builder::spans(const std::vector<doc::Run>& runs, const doc::TextStyle& style) {
    std::vector<Span> out;
    for (const doc::Run& r : runs) {
        const Face f = face_of(style.bold || r.bold, style.italic || r.italic);
        out.push_back(Span{text(r.text, f), f, style.underline || r.underline});
    }
    return out;
}

void Builder::push(Item item) {
    // Spaces collapse like CSS margins: a paragraph's space after and the next one's space
    // before make one gap, the larger of the two, not their sum.
    item.space_before = std::max(item.space_before, pending_space_);
    pending_space_ = 0;
    item.landscape = landscape_;
    if (item.where.empty()) item.where = where_;
    items_.push_back(std::move(item));
}

std::size_t Builder::add_lines(const std::vector<Span>& sp, const doc::TextStyle& style, doc::Align align,
                               double indent, double space_before) {
    const double size = style.size_pt, lh = line_height(size), width = geo_.width();
    std::vector<Line> lines = set_text(sp, width, indent, size, fonts_);
    if (lines.empty()) lines.emplace_back();  // an empty paragraph still takes its line
    const double space = space_width(size, fonts_);
    const double x = geo_.left, base = baseline_offset(size, lh);
    const std::size_t first = items_.size(), n = lines.size();
    for (std::size_t k = 0; k < n; ++k) {
        Item it;
        it.height = lh;
        it.space_before = k == 0 ? space_before : 0;
        // No orphan (first line alone at a page's foot) and no widow (last line alone on top).
        it.keep_with_next = k + 1 < n && (k == 0 || k + 2 == n);
        it.draw = [line = std::move(lines[k]), x, width, align, base, size, space](Canvas& c, double top) {
            draw_line(c, line, x, width, align, top + base, size, space);
        };
        push(std::move(it));
    }
    pending_space_ = std::max(pending_space_, style.space_after_pt);
    return first;
}

void Builder::add(const doc::Paragraph& p) {
    const doc::TextStyle st = role_style(layout_, p.role);
    const double indent = p.first_line_indent ? mm_to_pt(layout_.first_line_indent_mm) : 0;
    add_lines(spans(p.runs, st), st, p.align, indent, std::max(layout_.paragraph_spacing_pt, st.space_before_pt));
}

void Builder::add(const doc::List& l) {
    const doc::TextStyle st = role_style(layout_, l.role);
    const double indent = mm_to_pt(layout_.first_line_indent_mm);
    const Face face = face_of(st);
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        where_ += ", item " + std::to_string(i + 1);
        const std::string marker = l.marker == "1." ? std::to_string(i + 1) + "." : l.marker;
        std::vector<Span> sp{Span{text(marker, face) + " ", face, false}};
        for (Span& s : spans(l.items[i], st)) sp.push_back(std::move(s));
        add_lines(sp, st, doc::Align::Justify, indent, std::max(layout_.paragraph_spacing_pt, st.space_before_pt));
        where_.erase(where_.rfind(", item "));
    }
}

void Builder::add(const doc::Heading& h) {
    const int level = std::clamp(h.level, 1, 3);
    const doc::TextStyle st = role_style(layout_, "heading" + std::to_string(level));
    const Face face = face_of(st);
    const std::string title = text(h.number.empty() ? h.text : h.number + " " + h.text, face);
    const double indent = st.align == doc::Align::Justify ? mm_to_pt(layout_.first_line_indent_mm) : 0;
    const std::size_t first = add_lines({Span{title, face, st.underline}}, st, st.align, indent,
                                        std::max(layout_.paragraph_spacing_pt, st.space_before_pt));
    // The bookmark is made when the first line is drawn, on the page it lands on.
    Draw line = std::move(items_[first].draw);
    items_[first].draw = [this, line = std::move(line), level, title](Canvas& c, double top) {
        outlines_.add(c, level, title, top);
        line(c, top);
    };
    // A heading never ends a page: it goes with what follows (the first two lines of it).
    items_.back().keep_with_next = true;
}

void Builder::add(const doc::Title& t) {
    const doc::TextStyle type = role_style(layout_, "doc_type");
    const doc::TextStyle sum = role_style(layout_, "summary");
    add_lines({Span{text(t.type, face_of(type)), face_of(type), type.underline}}, type, doc::Align::Center, 0,
              type.space_before_pt);
    items_.back().keep_with_next = true;
    // The summary's lines as one text (its space after comes after the last line only).
    double widest = 0;
    std::string joined;
    for (const std::string& s : t.summary) {
        const std::string line = text(s, face_of(sum));
        widest = std::max(widest, fonts_.width(face_of(sum), sum.size_pt, line));
        joined += (joined.empty() ? "" : "\n") + line;
    }
    if (t.summary.empty()) return;
    const std::size_t first =
        add_lines({Span{joined, face_of(sum), sum.underline}}, sum, doc::Align::Center, 0, sum.space_before_pt);
    for (std::size_t i = first; i < items_.size(); ++i) items_[i].keep_with_next = true;
    // A short rule right under the summary, centred.
    const double after = pending_space_;
    pending_space_ = 0;
    Item rule;
    const double len = std::max(36.0, widest * layout_.issuer_rule_share);
    const double cx = geo_.left + geo_.width() / 2;
    rule.height = 10;
    rule.keep_with_next = true;
    rule.draw = [cx, len](Canvas& c, double top) { c.line(cx - len / 2, top + 3, cx + len / 2, top + 3, 0.6); };
    push(std::move(rule));
    pending_space_ = std::max(after, 6.0);
}

void Builder::add(const doc::KeyFigures& k) {
    const doc::TextStyle st = role_style(layout_, "key_figure");
    const double indent = mm_to_pt(layout_.first_line_indent_mm);
    if (!k.title.empty()) {
        const Face f = face_of(true, st.italic);
        add_lines({Span{text(k.title, f), f, false}}, st, doc::Align::Left, indent,
                  std::max(layout_.paragraph_spacing_pt, st.space_before_pt));
        items_.back().keep_with_next = true;
    }
    const Face label = face_of(st), value = face_of(true, st.italic);
    for (std::size_t i = 0; i < k.items.size(); ++i) {
        const doc::KeyFigure& f = k.items[i];
        where_ += ", figure " + std::to_string(i + 1);
        std::string v = vi::cell(f.value, -1, f.value.type == doc::CellType::Money ? f.unit : std::string());
        if (!f.unit.empty() && f.value.type != doc::CellType::Money) v += (f.unit == "%" ? "" : " ") + f.unit;
        add_lines({Span{"- " + text(f.label, label) + ": ", label, false}, Span{text(v, value), value, false}},
                  st, doc::Align::Justify, indent, layout_.paragraph_spacing_pt / 2);
        where_.erase(where_.rfind(", figure "));
    }
}

void Builder::add(const doc::PageBreak&) {
    Item it;
    it.break_before = true;
    it.draw = [](Canvas&, double) {};
    push(std::move(it));
    pending_space_ = 0;
}

}  // namespace wardreport::pdf
