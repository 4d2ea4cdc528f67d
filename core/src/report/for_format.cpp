#include "report/for_format.hpp"

#include <algorithm>

namespace wardreport::report {

namespace {

bool written_for(const FormatColumns& columns, const std::string& table, const std::string& key,
                 const std::string& format) {
    const auto t = columns.find(table);
    if (t == columns.end()) return true;
    const auto c = t->second.find(key);
    return c == t->second.end() || std::find(c->second.begin(), c->second.end(), format) != c->second.end();
}

// The rows of a table through the columns kept (their indexes in the original).
class KeptColumns final : public doc::RowSource {
public:
    KeptColumns(std::shared_ptr<const doc::RowSource> rows, std::vector<std::size_t> kept)
        : rows_(std::move(rows)), kept_(std::move(kept)) {}
    std::size_t size() const override { return rows_->size(); }
    void row(std::size_t i, std::vector<doc::Cell>& out) const override {
        std::vector<doc::Cell> all;
        rows_->row(i, all);
        out.resize(kept_.size());
        for (std::size_t k = 0; k < kept_.size(); ++k) out[k] = std::move(all[kept_[k]]);
    }

private:
    std::shared_ptr<const doc::RowSource> rows_;
    std::vector<std::size_t> kept_;
};

void keep_columns(doc::Table& t, const FormatLimits& limits, const std::string& format) {
    for (doc::Column& c : t.columns)
        if (!written_for(limits.formulas, t.id, c.key, format)) c.formula.clear();
    std::vector<std::size_t> kept;
    for (std::size_t k = 0; k < t.columns.size(); ++k)
        if (written_for(limits.columns, t.id, t.columns[k].key, format)) kept.push_back(k);
    if (kept.size() == t.columns.size()) return;
    std::vector<doc::Column> cols;
    std::vector<doc::Cell> totals;
    for (std::size_t k : kept) {
        cols.push_back(std::move(t.columns[k]));
        if (k < t.totals.size()) totals.push_back(std::move(t.totals[k]));
    }
    t.columns = std::move(cols);
    if (!t.totals.empty()) t.totals = std::move(totals);
    t.rows = std::make_shared<KeptColumns>(t.rows, std::move(kept));
}

}  // namespace

bool drops_columns(const doc::Document& document, const FormatLimits& limits, const std::string& format) {
    if (limits.empty()) return false;
    for (const doc::Block& b : document.blocks)
        if (const auto* t = std::get_if<doc::Table>(&b))
            for (const doc::Column& c : t->columns)
                if (!written_for(limits.columns, t->id, c.key, format) ||
                    (!c.formula.empty() && !written_for(limits.formulas, t->id, c.key, format)))
                    return true;
    return false;
}

doc::Document for_format(const doc::Document& document, const FormatLimits& limits, const std::string& format) {
    doc::Document out = document;
    for (doc::Block& b : out.blocks)
        if (auto* t = std::get_if<doc::Table>(&b)) keep_columns(*t, limits, format);
    return out;
}

}  // namespace wardreport::report
