#include "report/template.hpp"

#include "util/i18n.hpp"
#include "util/text.hpp"

#include <limits>

namespace wardreport::report {

const char* const literal_star = "\xEE\x80\x80";  // U+E000

namespace {

struct Tag {
    char kind;           // 'v' variable, '#', '^', '/', '!', '>', '=', '{', '&'
    std::string name;
    std::size_t offset;  // in the template
    std::string raw;     // "{{ name }}" as written
};

// Splits a template into its tags; the syntax kainjow reads with the default delimiters.
bool scan(const std::string& t, std::vector<Tag>& tags, std::string& error, std::size_t& error_at) {
    std::size_t at = 0;
    while ((at = t.find("{{", at)) != std::string::npos) {
        const bool triple = t.compare(at, 3, "{{{") == 0;
        const std::size_t end = t.find(triple ? "}}}" : "}}", at + (triple ? 3 : 2));
        if (end == std::string::npos) {
            error = tr("unclosed tag; expected \"}}\"");
            error_at = at;
            return false;
        }
        const std::size_t close = end + (triple ? 3 : 2);
        std::string inner = t.substr(at + (triple ? 3 : 2), end - at - (triple ? 3 : 2));
        Tag tag{'v', {}, at, t.substr(at, close - at)};
        if (triple) tag.kind = '{';
        else if (!inner.empty() && std::string("#^/!>=&").find(inner[0]) != std::string::npos) {
            tag.kind = inner[0];
            inner.erase(0, 1);
        }
        tag.name = kainjow::mustache::trim(inner);
        tags.push_back(std::move(tag));
        at = close;
    }
    return true;
}

// How often `raw` occurs in `t` before `offset`: which occurrence to point at in the file.
int occurrence(const std::string& t, const std::string& raw, std::size_t offset) {
    int n = 0;
    for (std::size_t at = t.find(raw); at != std::string::npos && at < offset; at = t.find(raw, at + raw.size())) ++n;
    return n;
}

// The keys of an object node, for "did you mean".
std::string nearest_key(const DataNode& node, const std::string& key) {
    std::string best;
    std::size_t best_d = std::numeric_limits<std::size_t>::max();
    for (const std::string& k : node.keys()) {
        const std::size_t d = text::edit_distance(k, key);
        if (d < best_d) {
            best_d = d;
            best = k;
        }
    }
    return best_d <= std::max<std::size_t>(2, key.size() / 3) ? best : std::string();
}

std::vector<std::string> split_path(const std::string& path) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = path.find('.', start);
        out.push_back(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) return out;
        start = dot + 1;
    }
}

}  // namespace

std::optional<DataNode> resolve(const Scope& scope, const std::string& path) {
    if (scope.empty()) return std::nullopt;
    if (path == ".") return scope.back();
    for (auto it = scope.rbegin(); it != scope.rend(); ++it)
        if (auto node = find_path(*it, path)) return node;
    return std::nullopt;
}

std::optional<DataNode> check_path(const Scope& scope, const std::string& path, const Origin& where, Diagnostics& diags) {
    if (auto node = resolve(scope, path)) return node;
    // Name the level where the path goes wrong: in the scope where the longest prefix is known
    // (the innermost on a tie), with the nearest field name there.
    const auto parts = split_path(path);
    std::string message = tr("unknown field '{1}'", path);
    std::size_t best_depth = 0;
    std::optional<DataNode> best_node;
    for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
        DataNode node = *it;
        std::size_t i = 0;
        for (; i < parts.size(); ++i) {
            auto next = node.get(parts[i]);
            if (!next) break;
            node = std::move(*next);
        }
        if (!best_node || i > best_depth) {
            best_depth = i;
            best_node = std::move(node);
        }
    }
    std::string known;
    for (std::size_t k = 0; k < best_depth; ++k) known += parts[k] + ".";
    if (best_node && best_node->keys().empty()) {
        message = tr("unknown field '{1}'; '{2}' has no fields", path, known.substr(0, known.size() - 1));
    } else {
        std::string near;
        if (best_depth == 0)  // any scope may hold the first name
            for (auto it = scope.rbegin(); it != scope.rend() && near.empty(); ++it) near = nearest_key(*it, parts[0]);
        else if (best_node)
            near = nearest_key(*best_node, parts[best_depth]);
        if (!near.empty()) message = tr("unknown field '{1}'; did you mean '{2}'?", path, known + near);
        else message = tr("unknown field '{1}'; expected a field of the ward data (see `wardreport reports --fields`)", path);
    }
    where.error(diags, message);
    return std::nullopt;
}

namespace {

// Mustache features a definition has no use for, named at the tag; false when `tag` is one.
bool supported(const Tag& tag, const Origin& at, Diagnostics& diags) {
    switch (tag.kind) {
        case '>':
            at.error(diags, tr("bad template: partials are not supported in report definitions; expected a field, "
                               "a section {{{{#field}}...{{{{/field}} or a comment"));
            return false;
        case '=':
            at.error(diags, tr("bad template: changing the delimiters is not supported; expected {{{{ and }}"));
            return false;
        case '{':
        case '&':
            at.error(diags, tr("bad template: unescaped output is not needed (nothing is escaped); write {{{{{1}}}",
                               tag.name));
            return false;
        default: return true;
    }
}

// A value or section tag: its name is checked against the scope, and a section opens the scope of
// its node (a list's first item). False after reporting a problem.
bool check_name_tag(const Tag& tag, const Origin& at, Scope& stack, std::vector<const Tag*>& open, Diagnostics& diags) {
    if (tag.name.empty()) {
        at.error(diags, tr("bad template: empty tag; expected a field name"));
        return false;
    }
    const auto node = check_path(stack, tag.name, at, diags);
    if (tag.kind == '#' || tag.kind == '^') {
        const DataNode inner = tag.kind == '^' ? stack.back()
                               : node && node->is_list() && node->size() > 0 ? node->items()[0]
                               : node ? *node : stack.back();
        stack.push_back(inner);
        open.push_back(&tag);
    } else if (node && (node->is_map() || node->is_list() || node->is_leaf_with_fields())) {
        at.error(diags, node->is_list()
                            ? tr("bad template: '{1}' is a list, not a value; expected one of its fields", tag.name)
                        : node->get("text")
                            ? tr("bad template: '{1}' is a group of fields, not a value; expected one of its "
                                 "fields (e.g. {1}.text)", tag.name)
                            : tr("bad template: '{1}' is a group of fields, not a value; expected one of its "
                                 "fields", tag.name));
        return false;
    }
    return node.has_value();
}

// A '*' from the data is shown as itself, not read as the start of *italic* (literal_star).
std::string escape_star(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '*') out += literal_star;
        else out += c;
    }
    return out;
}

}  // namespace

std::optional<Template> Template::compile(const std::string& source, const Origin& origin, const Scope& scope,
                                          Diagnostics& diags) {
    std::vector<Tag> tags;
    std::string error;
    std::size_t error_at = 0;
    if (!scan(source, tags, error, error_at)) {
        const std::string rest = source.substr(error_at, 12);
        origin.locate(rest, occurrence(source, rest, error_at)).error(diags, tr("bad template: {1}", error));
        return std::nullopt;
    }
    bool ok = true;
    Scope stack = scope;
    std::vector<const Tag*> open;
    for (const Tag& tag : tags) {
        const Origin at = origin.locate(tag.raw, occurrence(source, tag.raw, tag.offset));
        if (tag.kind == '!') continue;
        if (!supported(tag, at, diags)) {
            ok = false;
        } else if (tag.kind == '/') {
            if (open.empty() || open.back()->name != tag.name) {
                at.error(diags, open.empty() ? tr("bad template: {{{{/{1}}} closes no open section", tag.name)
                                             : tr("bad template: {{{{/{1}}} closes no open section; expected {{{{/{2}}}",
                                                  tag.name, open.back()->name));
                return std::nullopt;
            }
            open.pop_back();
            stack.pop_back();
        } else {
            ok = check_name_tag(tag, at, stack, open, diags) && ok;
        }
    }
    if (!open.empty()) {
        const Tag& t = *open.back();
        origin.locate(t.raw, occurrence(source, t.raw, t.offset))
            .error(diags, tr("bad template: section '{1}' is not closed; expected {{{{/{1}}}", t.name));
        return std::nullopt;
    }
    auto compiled = std::make_shared<kainjow::mustache::mustache>(source);
    if (!compiled->is_valid()) {
        origin.error(diags, tr("bad template: {1}", compiled->error_message()));
        return std::nullopt;
    }
    compiled->set_custom_escape(escape_star);
    if (!ok) return std::nullopt;
    Template t;
    t.source_ = source;
    t.origin_ = origin;
    t.compiled_ = std::move(compiled);
    return t;
}

std::string Template::render(const std::vector<const MData*>& stack) const {
    kainjow::mustache::context<std::string> ctx;
    for (const MData* d : stack) ctx.push(d);
    return compiled_->render(ctx);
}

// kainjow's set() and push_back() copy what they are given, so a tree built with them copies
// each leaf once per level above it (a third of building a document went to those copies and
// freeing them). A placeholder is stored instead and the child moved into it: the stored
// value is not const, only the accessors are.
MData to_mustache(const DataNode& node) {
    switch (node.kind()) {
        case DataNode::Kind::Map: {
            MData out{MData::type::object};
            for (const auto& [key, member] : node.members()) {
                out.set(key, MData(false));
                *const_cast<MData*>(out.get(key)) = to_mustache(member);
            }
            return out;
        }
        case DataNode::Kind::Figure:
        case DataNode::Kind::Date:
        case DataNode::Kind::Term: {
            MData out{MData::type::object};
            for (const std::string& key : node.keys()) {
                out.set(key, MData(false));
                *const_cast<MData*>(out.get(key)) = to_mustache(node[key]);
            }
            return out;
        }
        case DataNode::Kind::List: {
            MData out{MData::type::list};
            for (const DataNode& item : node.items()) {
                out.push_back(MData(false));
                const_cast<MData&>(out.list_value().back()) = to_mustache(item);
            }
            return out;
        }
        case DataNode::Kind::Text: return node.text().empty() ? MData(false) : MData(node.text());
        case DataNode::Kind::Flag: return MData(node.flag());
        case DataNode::Kind::Null: return MData(false);
    }
    return MData(false);
}

}  // namespace wardreport::report
