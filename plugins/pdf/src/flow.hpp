// Pagination. Blocks become a sequence of items (a line of text, a table row, a chart, the
// header...) that are never cut; items chained with keep_with_next move to the next page
// together (a heading with the first lines after it, the first two and last two lines of a
// paragraph against orphans and widows, the last lines before the signature). A page that
// starts inside a table begins with the table's header rows again.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace wardreport::pdf {

class Canvas;

// Draws an item whose top edge is `top` points below the top of the content area.
using Draw = std::function<void(Canvas&, double top)>;

struct Item {
    double height = 0;
    double space_before = 0;    // dropped at the top of a page
    bool keep_with_next = false;
    bool break_before = false;  // an explicit page break
    int group = -1;             // a table's rows: the header group repeated on a new page
    bool landscape = false;     // on landscape pages of a portrait document (a wide table)
    std::string where;          // for errors: "table 'dan-so', row 12"
    Draw draw;
};

// The header rows of a table, repeated at the top of each page its rows continue on.
struct Group {
    double height = 0;
    Draw draw;
};

struct Placement {
    bool group = false;         // a repeated header rather than an item
    std::size_t index = 0;      // into the items or the groups
    double top = 0;
};

struct PagePlan {
    std::vector<Placement> placements;
    bool landscape = false;     // turned: the items are Item::landscape ones
};

// Places `items` on pages `height` points tall, or `landscape_height` for Item::landscape
// items (0: as tall as the others); a change of orientation starts a new page, and a keep
// chain never crosses it. Throws ExportError when one item (with the header of its group) is
// taller than a page.
std::vector<PagePlan> paginate(const std::vector<Item>& items, const std::vector<Group>& groups, double height,
                               double landscape_height = 0);

}  // namespace wardreport::pdf
