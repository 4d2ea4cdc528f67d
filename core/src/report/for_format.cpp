#include "report/for_format.hpp"

#include <algorithm>

namespace wardreport::report {

namespace {

bool listed(const std::vector<std::string>& formats, const std::string& format) {
    return std::find(formats.begin(), formats.end(), format) != formats.end();
}

bool written_for(const FormatColumns& columns, const std::string& table, const std::string& key,
                 const std::string& format) {
    const auto t = columns.find(table);
    if (t == columns.end()) return true;
    const auto c = t->second.find(key);
    return c == t->second.end() || listed(c->second, format);
}

// Whether the table has an input row `format` leaves out.
bool drops_input_row(const FormatLimits& limits, const doc::Table& t, const std::string& format) {
    const auto in = limits.input_rows.find(t.id);
    return in != limits.input_rows.end() && !listed(in->second, format) && t.size() > 0;
}

// The rows of a table but its last: the input row, which the builder puts under the list's rows.
class AllButLast final : public doc::RowSource {
public:
    explicit AllButLast(std::shared_ptr<const doc::RowSource> rows) : rows_(std::move(rows)) {}
    std::size_t size() const override { return rows_->size() - 1; }
    void row(std::size_t i, std::vector<doc::Cell>& out) const override { rows_->row(i, out); }

private:
    std::shared_ptr<const doc::RowSource> rows_;
};

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

bool leaves_out(const doc::Document& document, const FormatLimits& limits, const std::string& format) {
    if (limits.empty()) return false;
    for (const doc::Block& b : document.blocks)
        if (const auto* t = std::get_if<doc::Table>(&b)) {
            if (drops_input_row(limits, *t, format)) return true;
            for (const doc::Column& c : t->columns)
                if (!written_for(limits.columns, t->id, c.key, format) ||
                    (!c.formula.empty() && !written_for(limits.formulas, t->id, c.key, format)))
                    return true;
        }
    return false;
}

doc::Document for_format(const doc::Document& document, const FormatLimits& limits, const std::string& format) {
    doc::Document out = document;
    // A table of the input row alone (a list the data does not have yet) has nothing to write.
    auto& blocks = out.blocks;
    blocks.erase(std::remove_if(blocks.begin(), blocks.end(), [&](const doc::Block& b) {
                     const auto* t = std::get_if<doc::Table>(&b);
                     return t && t->size() == 1 && drops_input_row(limits, *t, format);
                 }), blocks.end());
    for (doc::Block& b : blocks)
        if (auto* t = std::get_if<doc::Table>(&b)) {
            if (drops_input_row(limits, *t, format)) t->rows = std::make_shared<AllButLast>(t->rows);
            keep_columns(*t, limits, format);
        }
    return out;
}

}  // namespace wardreport::report
