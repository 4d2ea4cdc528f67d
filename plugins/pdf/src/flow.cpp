#include "flow.hpp"

#include <wardreport/exporter.hpp>

#include <cstdio>

namespace wardreport::pdf {
namespace {
constexpr double kEpsilon = 0.01;

std::string points(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f pt", v);
    return buf;
}
}  // namespace

std::vector<PagePlan> paginate(const std::vector<Item>& items, const std::vector<Group>& groups,
                               double portrait_height, double landscape_height) {
    if (landscape_height <= 0) landscape_height = portrait_height;
    std::vector<PagePlan> pages(1);
    if (!items.empty()) pages.back().landscape = items.front().landscape;
    double height = pages.back().landscape ? landscape_height : portrait_height;
    double y = 0;
    bool content = false;  // anything but a repeated header on this page yet
    auto new_page = [&](int group, bool landscape) {
        pages.emplace_back();
        pages.back().landscape = landscape;
        height = landscape ? landscape_height : portrait_height;
        y = 0;
        content = false;
        if (group >= 0) {
            const auto g = static_cast<std::size_t>(group);
            pages.back().placements.push_back(Placement{true, g, 0});
            y = groups[g].height;
        }
    };
    auto place = [&](std::size_t k) {
        if (content) y += items[k].space_before;
        pages.back().placements.push_back(Placement{false, k, y});
        y += items[k].height;
        content = true;
    };
    auto chain_height = [&](std::size_t from, std::size_t to) {
        double h = 0;
        for (std::size_t k = from; k <= to; ++k) h += items[k].height + (k > from || content ? items[k].space_before : 0);
        return h;
    };

    std::size_t i = 0;
    while (i < items.size()) {
        const bool land = items[i].landscape;
        if (land != pages.back().landscape) {
            if (content || !pages.back().placements.empty()) new_page(items[i].group, land);
            pages.back().landscape = land;
            height = land ? landscape_height : portrait_height;
        }
        if (items[i].break_before && content) new_page(items[i].group, land);
        std::size_t j = i;
        while (j + 1 < items.size() && items[j].keep_with_next && !items[j + 1].break_before &&
               items[j + 1].landscape == land)
            ++j;
        if (content && y + chain_height(i, j) > height + kEpsilon) new_page(items[i].group, land);
        if (y + chain_height(i, j) <= height + kEpsilon) {
            for (std::size_t k = i; k <= j; ++k) place(k);
        } else {
            // The chain alone is taller than a page: break it where it must break.
            for (std::size_t k = i; k <= j; ++k) {
                const double h = items[k].height + (content ? items[k].space_before : 0);
                if (content && y + h > height + kEpsilon) new_page(items[k].group, land);
                if (y + items[k].height > height + kEpsilon)
                    throw ExportError(items[k].where + ": " + points(items[k].height) +
                                      " tall, more than the " + points(height - y) +
                                      " a page has room for; shorten its text");
                place(k);
            }
        }
        i = j + 1;
    }
    return pages;
}

}  // namespace wardreport::pdf
