#include "import/yaml_edit.hpp"

#include "util/i18n.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>

namespace wardreport::import {

namespace {

struct Edit {
    std::size_t offset = 0;
    std::size_t erase = 0;
    std::string insert;
};

class Lines {
public:
    explicit Lines(const std::string& text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
    }
    std::size_t count() const { return starts_.size(); }
    std::string line(std::size_t l) const {
        const std::size_t a = starts_[l];
        const std::size_t b = text_.find('\n', a);
        return text_.substr(a, (b == std::string::npos ? text_.size() : b) - a);
    }
    std::size_t start(std::size_t l) const { return starts_[l]; }
    // The offset just after line `l` (its newline), where a new line goes.
    std::size_t after(std::size_t l) const { return l + 1 < starts_.size() ? starts_[l + 1] : text_.size(); }
    static int indent(const std::string& s) { return static_cast<int>(s.find_first_not_of(' ')); }
    static bool blank(const std::string& s) { return s.find_first_not_of(" \t\r") == std::string::npos; }
    static bool comment(const std::string& s) { return !blank(s) && s[s.find_first_not_of(" \t")] == '#'; }

    // The last line of a node that starts at `indent` and whose marks reach `last`: lines
    // indented deeper continue it (a folded scalar's lines), blank lines between them too.
    std::size_t end_of(std::size_t last, int indent) const {
        std::size_t l = last;
        for (std::size_t next = l + 1; next < count(); ++next) {
            const std::string s = line(next);
            if (blank(s)) continue;
            if (comment(s) || indent_of(s) <= indent) break;
            l = next;
        }
        return l;
    }

private:
    static int indent_of(const std::string& s) { return indent(s); }
    const std::string& text_;
    std::vector<std::size_t> starts_;
};

std::size_t last_line(const YAML::Node& n) {
    std::size_t l = n.Mark().line < 0 ? 0 : static_cast<std::size_t>(n.Mark().line);
    if (n.IsMap())
        for (auto it = n.begin(); it != n.end(); ++it) l = std::max({l, last_line(it->first), last_line(it->second)});
    else if (n.IsSequence())
        for (const YAML::Node& c : n) l = std::max(l, last_line(c));
    return l;
}

// map[key] of a mapping, or an undefined node: yaml-cpp throws on a key of a missing node.
YAML::Node child(const YAML::Node& map, const std::string& key) {
    if (map && map.IsMap() && map[key]) return map[key];
    return YAML::Node(YAML::NodeType::Undefined);
}

const std::string budget_prefix = "economy.budget_revenue.";

std::string entry(const Change& c) {
    return "{year: " + std::to_string(c.year) + ", value: " + c.new_value.to_string() + "}";
}

class Editor {
public:
    Editor(const std::string& text, const std::string& name, Diagnostics& diags)
        : text_(text), lines_(text), name_(name), diags_(diags) {}

    bool add(const YAML::Node& targets, const Change& c) {
        for (const YAML::Node& t : targets)
            if (t.IsMap() && t["id"] && t["id"].Scalar() == c.target) return c.assessment ? assess(t, c) : add_to(t, c);
        return fail(0, tr("target '{1}' is not in the data file", c.target));
    }

    // A statistics figure (figures.hpp): its scalar replaced where it is written, or its key
    // added to the figure's map; a plain number given a year becomes {value: …, year: …}.
    bool set_figure(const YAML::Node& root, const Change& c) {
        const auto dot = c.figure.rfind('.');
        const std::string owner = c.figure.substr(0, dot), field = c.figure.substr(dot + 1);
        const YAML::Node node = figure_owner(root, owner);
        if (!node && owner.compare(0, budget_prefix.size(), budget_prefix) == 0) return add_budget_year(root, owner, c);
        if (!node) return fail(0, tr("the data file has no {1} to write {2} into", owner, c.figure));
        const std::string value = c.new_value.to_string();
        if (node.IsScalar()) {
            // One edit for the scalar, which a new value and a new year both rewrite.
            const Change* new_value = find_figure(owner + ".value");
            const Change* new_year = find_figure(owner + ".year");
            if (field == "year" && new_value) return true;
            const std::string v = new_value ? new_value->new_value.to_string() : node.Scalar();
            return replace_scalar(node, new_year ? "{value: " + v + ", year: " + new_year->new_value.to_string() + "}" : v, c.figure);
        }
        if (!node.IsMap())
            return fail(node.Mark().line + 1,
                        tr("{1} is neither a number nor a mapping; write it as one, then import again", owner));
        if (node[field]) return replace_scalar(node[field], value, c.figure);
        return add_key(node, field + ": " + value, c.figure);
    }

    std::vector<Edit>& edits() { return edits_; }
    void all_changes(const std::vector<Change>& changes) { all_ = &changes; }

private:
    bool fail(int line, const std::string& m) {
        diags_.error(name_, line, 0, m);
        return false;
    }

    bool add_to(const YAML::Node& t, const Change& c) {
        const int line = t.Mark().line + 1;
        if (t.Style() == YAML::EmitterStyle::Flow)
            return fail(line, tr("target '{1}' is written on one line ({{...}); import edits only targets written one "
                                 "key a line: write it so, then import again", c.target));
        const YAML::Node actuals = t["actuals"];
        if (actuals && actuals.IsSequence() && actuals.size() > 0) {
            if (actuals.Style() == YAML::EmitterStyle::Flow)
                return fail(actuals.Mark().line + 1,
                            tr("the actuals of target '{1}' are written as [...]; import edits one result a line ('- "
                               "{{year: 2026, value: 42.3}'): write them so, then import again", c.target));
            for (const YAML::Node& a : actuals)
                if (a.IsMap() && a["year"] && a["year"].Scalar() == std::to_string(c.year)) return replace(a["value"], c);
            return append(actuals, c);
        }
        if (actuals && !actuals.IsNull())
            return fail(actuals.Mark().line + 1, tr("the actuals of target '{1}' are empty ([]); write 'actuals:' with no "
                                                    "value or remove it, then import again", c.target));
        return new_actuals(t, c);
    }

    // A qualitative target's `status:` replaced, added after its last key, or, for "chưa đánh
    // giá", its line removed (only a line of its own: one a comment or other keys share is left
    // to the clerk).
    bool assess(const YAML::Node& t, const Change& c) {
        const std::string what = tr("target '{1}': its status", c.target);
        const YAML::Node status = t["status"];
        if (c.new_status) {
            const std::string key = status_key(*c.new_status);
            return status ? replace_scalar(status, key, what) : add_key(t, "status: " + key, what);
        }
        if (!status) return true;
        const auto l = static_cast<std::size_t>(std::max(0, status.Mark().line));
        const std::string s = lines_.line(l);
        const std::string own = "status: " + status.Scalar();
        const std::size_t from = s.find_first_not_of(' ');
        const std::string rest = from == std::string::npos ? std::string() : s.substr(from);
        if (t.Style() == YAML::EmitterStyle::Flow || (rest != own && rest != own + "\r"))
            return fail(static_cast<int>(l) + 1, tr("{1} is not written on a line of its own ('status: {2}'); delete it "
                                                    "by hand", what, status.Scalar()));
        edits_.push_back({lines_.start(l), lines_.after(l) - lines_.start(l), ""});
        return true;
    }

    // The value scalar replaced where it is written, its quotes included.
    bool replace(const YAML::Node& v, const Change& c) {
        const std::string what = tr("target '{1}': the result for {2}", c.target, c.year);
        if (!v) return fail(0, tr("{1} has no value to replace", what));
        return replace_scalar(v, c.new_value.to_string(), what);
    }

    const Change* find_figure(const std::string& path) const {
        if (all_)
            for (const Change& c : *all_)
                if (c.figure == path) return &c;
        return nullptr;
    }

    static YAML::Node figure_owner(const YAML::Node& root, const std::string& owner) {
        if (owner.compare(0, budget_prefix.size(), budget_prefix) == 0) {
            const YAML::Node list = child(child(root, "economy"), "budget_revenue");
            if (list && list.IsSequence())
                for (const YAML::Node& b : list)
                    if (b.IsMap() && b["year"] && b["year"].Scalar() == owner.substr(budget_prefix.size())) return b;
            return YAML::Node(YAML::NodeType::Undefined);
        }
        const auto dot = owner.find('.');
        return child(child(root, owner.substr(0, dot)), owner.substr(dot + 1));
    }

    // A budget year the file does not have (the workbook's blank row): one entry
    // "- {year: 2026, value: 41.2, plan: 40}", written with the year's result, in year order.
    bool add_budget_year(const YAML::Node& root, const std::string& owner, const Change& c) {
        const std::string year = owner.substr(budget_prefix.size());
        const Change* value = find_figure(owner + ".value");
        if (!value) return fail(0, tr("the data file has no {1} to write {2} into", owner, c.figure));
        if (&c != value) return true;  // the plan goes into the entry the result writes
        const YAML::Node list = child(child(root, "economy"), "budget_revenue");
        std::string text = "{year: " + year + ", value: " + value->new_value.to_string();
        if (const Change* plan = find_figure(owner + ".plan")) text += ", plan: " + plan->new_value.to_string();
        if (list && list.Style() == YAML::EmitterStyle::Flow)
            return fail(list.Mark().line + 1, tr("'budget_revenue' is written as [...]; import adds one year a line ('- "
                                                 "{{year: 2026, value: 41.2}'): write it so, then import again"));
        if (!list || list.IsNull()) return first_budget_year(root, text + "}", year);
        if (!list.IsSequence() || list.size() == 0)
            return fail(list.Mark().line + 1, tr("the data file has no 'economy: budget_revenue:' list to add {1} to", year));
        // In the unit of the last year, when it is not the default one.
        const YAML::Node last = list[list.size() - 1];
        if (last.IsMap() && last["unit"] && last["unit"].IsScalar() && last["unit"].Scalar() != "tỷ đồng")
            text += ", unit: \"" + last["unit"].Scalar() + "\"";
        text += "}";
        const long y = std::strtol(year.c_str(), nullptr, 10);
        for (const YAML::Node& b : list) {
            const long other = b.IsMap() && b["year"] && b["year"].IsScalar() ? std::strtol(b["year"].Scalar().c_str(), nullptr, 10) : 0;
            if (other <= y) continue;
            const std::size_t dash = item_dash(b, year);
            if (dash == std::string::npos) return false;
            const auto l = static_cast<std::size_t>(b.Mark().line);
            edits_.push_back({lines_.start(l), 0, std::string(dash, ' ') + "- " + text + eol()});
            return true;
        }
        const std::size_t dash = item_dash(last, year);
        if (dash == std::string::npos) return false;
        add_line(lines_.end_of(last_line(last), static_cast<int>(dash)), std::string(dash, ' ') + "- " + text);
        return true;
    }

    // The first budget year of a file without one: 'budget_revenue:' with its entry at the end of
    // 'economy:' (or under an empty 'budget_revenue:'), or a new 'economy:' section after the
    // sections the data format puts before it (ward, geography, party), indented as they are.
    bool first_budget_year(const YAML::Node& root, const std::string& entry_text, const std::string& year) {
        const YAML::Node economy = child(root, "economy");
        if (economy && economy.IsMap() && economy.size() > 0) {
            if (economy.Style() == YAML::EmitterStyle::Flow)
                return fail(economy.Mark().line + 1, tr("'economy' is written on one line ({{...}); import adds "
                                                        "'budget_revenue:' under it one key a line: write it so, then import again"));
            const int indent = economy.begin()->first.Mark().column;
            const std::string pad(static_cast<std::size_t>(indent), ' ');
            if (economy["budget_revenue"]) {  // 'budget_revenue:' with nothing under it
                const auto l = static_cast<std::size_t>(std::max(0, key_line(economy, "budget_revenue")));
                add_line(l, pad + "  - " + entry_text);
                return true;
            }
            add_line(lines_.end_of(last_line(economy), indent), pad + "budget_revenue:\n" + pad + "  - " + entry_text);
            return true;
        }
        if (economy) return fail(key_line(root, "economy") + 1, tr("'economy' has nothing under it; write its first key "
                                                                   "'budget_revenue:' on the next line, then import again"));
        for (const char* before : {"party", "geography", "ward"}) {
            const YAML::Node section = child(root, before);
            if (!section || !section.IsMap() || section.size() == 0 || section.Style() == YAML::EmitterStyle::Flow) continue;
            const std::string pad(static_cast<std::size_t>(section.begin()->first.Mark().column), ' ');
            const std::size_t end = lines_.end_of(last_line(section), 0);
            // Set apart by a blank line when the sections are.
            const bool apart = end + 1 < lines_.count() && Lines::blank(lines_.line(end + 1));
            add_line(end, std::string(apart ? "\n" : "") + "economy:\n" + pad + "budget_revenue:\n" + pad + "  - " + entry_text);
            return true;
        }
        return fail(0, tr("the data file has no 'economy: budget_revenue:' list to add {1} to", year));
    }

    // The line of `key` in the block mapping `map`, or -1.
    static int key_line(const YAML::Node& map, const std::string& key) {
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it->first.IsScalar() && it->first.Scalar() == key) return it->first.Mark().line;
        return -1;
    }

    // The column of the '- ' an item of a block list starts with, alone on its line before it.
    std::size_t item_dash(const YAML::Node& item, const std::string& year) {
        const auto l = static_cast<std::size_t>(std::max(0, item.Mark().line));
        const std::string s = lines_.line(l);
        const auto col = static_cast<std::size_t>(std::max(0, item.Mark().column));
        const std::size_t dash = s.rfind('-', col == 0 ? 0 : col - 1);
        if (dash == std::string::npos || s.find_first_not_of(' ') != dash) {
            fail(static_cast<int>(l) + 1, tr("the budget of the data file is not written one '- ' item a line; write it "
                                             "so, then import again to add {1}", year));
            return std::string::npos;
        }
        return dash;
    }

    // `key: value` added to a mapping: before the closing brace of a {…} one, or as a line after
    // the last of a block one, at its keys' indentation.
    bool add_key(const YAML::Node& map, const std::string& entry_text, const std::string& what) {
        if (map.Style() == YAML::EmitterStyle::Flow) {
            const std::size_t close = closing_brace(static_cast<std::size_t>(std::max(0, map.Mark().pos)));
            if (close == std::string::npos) return fail(map.Mark().line + 1, tr("{1}: cannot find the end of its {{…}", what));
            std::size_t at = close;
            while (at > 0 && text_[at - 1] == ' ') --at;
            edits_.push_back({at, 0, ", " + entry_text});
            return true;
        }
        const int indent = map.begin()->first.Mark().column;
        add_line(lines_.end_of(last_line(map), indent), std::string(static_cast<std::size_t>(indent), ' ') + entry_text);
        return true;
    }

    // The '}' closing the flow mapping opened at `open`, outside quotes and nested brackets.
    std::size_t closing_brace(std::size_t open) const {
        int depth = 0;
        char quote = 0;
        for (std::size_t i = open; i < text_.size(); ++i) {
            const char ch = text_[i];
            if (quote) {
                if (ch == quote) quote = 0;
                continue;
            }
            if (ch == '"' || ch == '\'') quote = ch;
            else if (ch == '{' || ch == '[') ++depth;
            else if (ch == '}' || ch == ']') {
                if (--depth == 0) return ch == '}' ? i : std::string::npos;
            } else if (ch == '#' && i > 0 && text_[i - 1] == ' ') {
                return std::string::npos;  // a comment inside a flow mapping: leave it to the clerk
            }
        }
        return std::string::npos;
    }

    bool replace_scalar(const YAML::Node& v, const std::string& with, const std::string& what) {
        if (!v.IsScalar() || v.Mark().pos < 0) return fail(0, tr("{1} has no value to replace", what));
        const auto pos = static_cast<std::size_t>(v.Mark().pos);
        const std::string& s = v.Scalar();
        std::size_t len = 0;
        if (pos < text_.size() && (text_[pos] == '"' || text_[pos] == '\'')) {
            const std::size_t close = text_.find(text_[pos], pos + 1);
            if (close != std::string::npos && text_.compare(pos + 1, s.size(), s) == 0 && close == pos + 1 + s.size()) len = s.size() + 2;
        } else if (text_.compare(pos, s.size(), s) == 0) {
            len = s.size();
        }
        if (len == 0)
            return fail(v.Mark().line + 1, tr("{1} is not written as a plain number; write it as one, then import again", what));
        edits_.push_back({pos, len, with});
        return true;
    }

    // A new line after the last result, at the same indentation.
    bool append(const YAML::Node& actuals, const Change& c) {
        const YAML::Node last = actuals[actuals.size() - 1];
        const auto l = static_cast<std::size_t>(last.Mark().line);
        const std::string s = lines_.line(l);
        const auto col = static_cast<std::size_t>(last.Mark().column);
        const std::size_t dash = s.rfind('-', col == 0 ? 0 : col - 1);
        if (dash == std::string::npos || s.find_first_not_of(' ') != dash)
            return fail(static_cast<int>(l) + 1, tr("the actuals of target '{1}' are not written one '- ' item a line; "
                                                    "write them so, then import again", c.target));
        const std::size_t end = lines_.end_of(last_line(last), static_cast<int>(dash));
        add_line(end, std::string(dash, ' ') + "- " + entry(c));
        return true;
    }

    // 'actuals:' with the one result, after the target's last key.
    bool new_actuals(const YAML::Node& t, const Change& c) {
        const YAML::Node first_key = t.begin()->first;
        const int indent = first_key.Mark().column;
        std::size_t end = lines_.end_of(last_line(t), indent);
        std::string block = std::string(static_cast<std::size_t>(indent), ' ') + "actuals:\n" +
                            std::string(static_cast<std::size_t>(indent) + 2, ' ') + "- " + entry(c);
        if (t["actuals"]) {  // 'actuals:' with nothing under it: replace that line
            const auto l = static_cast<std::size_t>(t["actuals"].Mark().line);
            const std::string s = lines_.line(l);
            if (Lines::indent(s) != indent || s.find("actuals:") != static_cast<std::size_t>(indent))
                return fail(static_cast<int>(l) + 1, tr("target '{1}': cannot place the result under its 'actuals'", c.target));
            const std::size_t len = !s.empty() && s.back() == '\r' ? s.size() - 1 : s.size();
            edits_.push_back({lines_.start(l), len, with_eol(block)});
            return true;
        }
        add_line(end, block);
        return true;
    }

    void add_line(std::size_t after_line, const std::string& s) {
        const std::size_t at = lines_.after(after_line);
        const bool needs_newline = at == text_.size() && !text_.empty() && text_.back() != '\n';
        edits_.push_back({at, 0, (needs_newline ? eol() : "") + with_eol(s) + eol()});
    }

    // A file saved on Windows keeps its CRLF line ends in the lines added.
    std::string eol() const { return text_.find("\r\n") != std::string::npos ? "\r\n" : "\n"; }
    std::string with_eol(const std::string& s) const {
        std::string out;
        for (char c : s) out += c == '\n' ? eol() : std::string(1, c);
        return out;
    }

    const std::string& text_;
    Lines lines_;
    std::string name_;
    Diagnostics& diags_;
    std::vector<Edit> edits_;
    const std::vector<Change>* all_ = nullptr;
};

}  // namespace

std::optional<std::string> apply_changes(const std::string& text, const std::vector<Change>& changes,
                                         const std::string& name, Diagnostics& diags) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        diags.error(name, e.mark.line + 1, e.mark.column + 1, e.msg);
        return std::nullopt;
    }
    const YAML::Node targets = child(child(root, "resolution"), "targets");
    Editor editor(text, name, diags);
    editor.all_changes(changes);
    bool ok = true;
    for (const Change& c : changes) {
        if (!c.figure.empty()) {
            ok = editor.set_figure(root, c) && ok;
        } else if (!targets || !targets.IsSequence()) {
            diags.error(name, 0, 0, tr("the data file has no 'resolution: targets:' list to write results into"));
            return std::nullopt;
        } else {
            ok = editor.add(targets, c) && ok;
        }
    }
    if (!ok) return std::nullopt;
    std::vector<Edit> edits = editor.edits();
    // From the end, so that earlier offsets stay valid; two lines added at one place keep the
    // order of the changes.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.offset > b.offset; });
    std::string out = text;
    for (const Edit& e : edits) out.replace(e.offset, e.erase, e.insert);
    return out;
}

}  // namespace wardreport::import
