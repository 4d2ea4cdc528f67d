// The layout fingerprint of the plugin contract. A plugin receives C++ objects (the document,
// its blocks, the exporter interface), so their layout *is* the binary interface: a member added
// to doc::Chart moves every later offset, and a plugin built against the old header would read
// the wrong bytes while its version number still matched. So every type that crosses the
// boundary is described here (size, alignment, each member's offset, size and kind, enumerator
// values, virtual functions in order, the standard library's own ABI), and the description is
// hashed at compile time. WARDREPORT_PLUGIN exports the hash the plugin was compiled with; the
// engine refuses a plugin whose hash differs from its own, whatever version it claims.
//
// Keeping it honest: each struct's listed members are counted against the struct's real member
// count at compile time (adding a member without listing it here does not compile), and the
// engine's tests pin the resulting figures, failing with "bump the SDK major version" when a
// change alters them.
#pragma once

#include <wardreport/date.hpp>
#include <wardreport/decimal.hpp>
#include <wardreport/document.hpp>
#include <wardreport/exporter.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace wardreport::abi {

// 64-bit FNV-1a, constexpr.
constexpr std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) {
        h ^= (v >> (8 * i)) & 0xFFu;
        h *= 0x100000001B3ull;
    }
    return h;
}
constexpr std::uint64_t mix(std::uint64_t h, std::string_view s) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return mix(h, s.size());
}

// What kind of thing a member is, beyond its size: an int turned float keeps the size.
template <class T>
constexpr std::uint64_t kind_of() {
    if (std::is_same_v<T, bool>) return 1;
    if (std::is_integral_v<T>) return std::is_signed_v<T> ? 2 : 3;
    if (std::is_floating_point_v<T>) return 4;
    if (std::is_enum_v<T>) return 5;
    if (std::is_pointer_v<T>) return 6;
    if (std::is_class_v<T>) return std::is_polymorphic_v<T> ? 8 : 7;
    return 9;
}

// Counting tries T{any, any, ...} with too few initializers on purpose.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
namespace detail {
// Converts to any member type: T{any, any, ...} compiles for exactly as many `any` as T has
// members (an aggregate's member count, as Boost.PFR counts it).
struct Any {
    template <class T>
    operator T&() const noexcept;  // declared only: used in unevaluated operands
};
template <class T, std::size_t... I>
constexpr auto braces(std::index_sequence<I...>, int) -> decltype(T{(void(I), Any{})...}, true) {
    return true;
}
template <class T, std::size_t... I>
constexpr bool braces(std::index_sequence<I...>, long) {
    return false;
}
template <class T, std::size_t N = 0>
constexpr std::size_t member_count() {
    if constexpr (N > 64) return N;
    else if constexpr (braces<T>(std::make_index_sequence<N + 1>{}, 0)) return member_count<T, N + 1>();
    else return N;
}
}  // namespace detail
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

// The description of one type, built member by member.
class Type {
public:
    constexpr Type(std::uint64_t h, std::string_view name, std::size_t size, std::size_t align)
        : h_(mix(mix(mix(h, name), size), align)) {}

    template <class M>
    constexpr Type& member(std::string_view name, std::size_t offset) {
        h_ = mix(mix(mix(mix(mix(h_, name), offset), sizeof(M)), alignof(M)), kind_of<M>());
        ++members_;
        return *this;
    }
    constexpr Type& value(std::string_view name, long long v) {  // an enumerator
        h_ = mix(mix(h_, name), static_cast<std::uint64_t>(v));
        return *this;
    }
    constexpr Type& virtual_function(std::string_view signature) {  // in declaration order
        h_ = mix(h_, signature);
        return *this;
    }
    // The hash, once every member is listed: fails to compile (a throw in a constant
    // expression) when the struct has members this description does not list.
    constexpr std::uint64_t done(std::size_t real_members) const {
        if (members_ != real_members) throw "abi.hpp: a contract type has a member its description does not list";
        return h_;
    }
    constexpr std::uint64_t done() const { return h_; }

private:
    std::uint64_t h_;
    std::size_t members_ = 0;
};

// Members are described with offsetof, which standard-layout rules do not promise for classes
// holding std::string; GCC and Clang compute it exactly for these non-virtual aggregates.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
#endif
#define WARDREPORT_ABI_M(T, m) member<decltype(T::m)>(#m, offsetof(T, m))
#define WARDREPORT_ABI_E(E, v) value(#v, static_cast<long long>(E::v))
#define WARDREPORT_ABI_DONE(T) done(detail::member_count<T>())

struct Layout {
    static constexpr std::uint64_t decimal(std::uint64_t h) {
        // Private members: described from inside (Decimal befriends this struct).
        return Type(h, "Decimal", sizeof(Decimal), alignof(Decimal))
            .member<decltype(Decimal::m_)>("m_", offsetof(Decimal, m_))
            .member<decltype(Decimal::scale_)>("scale_", offsetof(Decimal, scale_))
            .done();
    }
};

constexpr std::uint64_t enums(std::uint64_t h) {
    using namespace doc;
    h = Type(h, "Align", sizeof(Align), alignof(Align)).WARDREPORT_ABI_E(Align, Left).WARDREPORT_ABI_E(Align, Center)
            .WARDREPORT_ABI_E(Align, Right).WARDREPORT_ABI_E(Align, Justify).done();
    h = Type(h, "PageNumberPosition", sizeof(PageNumberPosition), alignof(PageNumberPosition))
            .WARDREPORT_ABI_E(PageNumberPosition, None).WARDREPORT_ABI_E(PageNumberPosition, TopCenter)
            .WARDREPORT_ABI_E(PageNumberPosition, BottomCenter).WARDREPORT_ABI_E(PageNumberPosition, BottomRight).done();
    h = Type(h, "IssuerMark", sizeof(IssuerMark), alignof(IssuerMark)).WARDREPORT_ABI_E(IssuerMark, None)
            .WARDREPORT_ABI_E(IssuerMark, Star).WARDREPORT_ABI_E(IssuerMark, Rule).done();
    h = Type(h, "CellType", sizeof(CellType), alignof(CellType)).WARDREPORT_ABI_E(CellType, Empty)
            .WARDREPORT_ABI_E(CellType, Text).WARDREPORT_ABI_E(CellType, Integer).WARDREPORT_ABI_E(CellType, Decimal)
            .WARDREPORT_ABI_E(CellType, Percent).WARDREPORT_ABI_E(CellType, Money).done();
    h = Type(h, "Aggregate", sizeof(Aggregate), alignof(Aggregate)).WARDREPORT_ABI_E(Aggregate, None)
            .WARDREPORT_ABI_E(Aggregate, Sum).WARDREPORT_ABI_E(Aggregate, Label).done();
    h = Type(h, "ChartKind", sizeof(ChartKind), alignof(ChartKind)).WARDREPORT_ABI_E(ChartKind, Pie)
            .WARDREPORT_ABI_E(ChartKind, Bar).done();
    return h;
}

constexpr std::uint64_t text_blocks(std::uint64_t h) {
    using namespace doc;
    h = Type(h, "Date", sizeof(Date), alignof(Date)).WARDREPORT_ABI_M(Date, year).WARDREPORT_ABI_M(Date, month)
            .WARDREPORT_ABI_M(Date, day).WARDREPORT_ABI_DONE(Date);
    h = Type(h, "TextStyle", sizeof(TextStyle), alignof(TextStyle)).WARDREPORT_ABI_M(TextStyle, size_pt)
            .WARDREPORT_ABI_M(TextStyle, bold).WARDREPORT_ABI_M(TextStyle, italic).WARDREPORT_ABI_M(TextStyle, underline)
            .WARDREPORT_ABI_M(TextStyle, caps).WARDREPORT_ABI_M(TextStyle, align)
            .WARDREPORT_ABI_M(TextStyle, space_before_pt).WARDREPORT_ABI_M(TextStyle, space_after_pt)
            .WARDREPORT_ABI_DONE(TextStyle);
    using L = doc::Layout;
    h = Type(h, "Layout", sizeof(L), alignof(L)).WARDREPORT_ABI_M(L, profile).WARDREPORT_ABI_M(L, description)
            .WARDREPORT_ABI_M(L, page_width_mm).WARDREPORT_ABI_M(L, page_height_mm).WARDREPORT_ABI_M(L, landscape)
            .WARDREPORT_ABI_M(L, margin_top_mm).WARDREPORT_ABI_M(L, margin_bottom_mm)
            .WARDREPORT_ABI_M(L, margin_left_mm).WARDREPORT_ABI_M(L, margin_right_mm)
            .WARDREPORT_ABI_M(L, font_family).WARDREPORT_ABI_M(L, styles).WARDREPORT_ABI_M(L, line_spacing)
            .WARDREPORT_ABI_M(L, first_line_indent_mm).WARDREPORT_ABI_M(L, paragraph_spacing_pt)
            .WARDREPORT_ABI_M(L, header_left_share).WARDREPORT_ABI_M(L, issuer_mark)
            .WARDREPORT_ABI_M(L, issuer_rule_share).WARDREPORT_ABI_M(L, number_colon)
            .WARDREPORT_ABI_M(L, page_numbers).WARDREPORT_ABI_M(L, number_first_page).WARDREPORT_ABI_DONE(L);
    h = Type(h, "Run", sizeof(Run), alignof(Run)).WARDREPORT_ABI_M(Run, text).WARDREPORT_ABI_M(Run, bold)
            .WARDREPORT_ABI_M(Run, italic).WARDREPORT_ABI_M(Run, underline).WARDREPORT_ABI_DONE(Run);
    h = Type(h, "OfficialHeader", sizeof(OfficialHeader), alignof(OfficialHeader))
            .WARDREPORT_ABI_M(OfficialHeader, superior_body).WARDREPORT_ABI_M(OfficialHeader, issuing_body)
            .WARDREPORT_ABI_M(OfficialHeader, number).WARDREPORT_ABI_M(OfficialHeader, national_title)
            .WARDREPORT_ABI_M(OfficialHeader, motto).WARDREPORT_ABI_M(OfficialHeader, place_date)
            .WARDREPORT_ABI_DONE(OfficialHeader);
    h = Type(h, "Title", sizeof(Title), alignof(Title)).WARDREPORT_ABI_M(Title, type)
            .WARDREPORT_ABI_M(Title, summary).WARDREPORT_ABI_DONE(Title);
    h = Type(h, "Heading", sizeof(Heading), alignof(Heading)).WARDREPORT_ABI_M(Heading, level)
            .WARDREPORT_ABI_M(Heading, number).WARDREPORT_ABI_M(Heading, text).WARDREPORT_ABI_M(Heading, anchor)
            .WARDREPORT_ABI_DONE(Heading);
    h = Type(h, "Paragraph", sizeof(Paragraph), alignof(Paragraph)).WARDREPORT_ABI_M(Paragraph, runs)
            .WARDREPORT_ABI_M(Paragraph, role).WARDREPORT_ABI_M(Paragraph, align)
            .WARDREPORT_ABI_M(Paragraph, first_line_indent).WARDREPORT_ABI_DONE(Paragraph);
    h = Type(h, "List", sizeof(List), alignof(List)).WARDREPORT_ABI_M(List, items).WARDREPORT_ABI_M(List, marker)
            .WARDREPORT_ABI_M(List, role).WARDREPORT_ABI_DONE(List);
    return h;
}

constexpr std::uint64_t data_blocks(std::uint64_t h) {
    using namespace doc;
    h = Type(h, "Cell", sizeof(Cell), alignof(Cell)).WARDREPORT_ABI_M(Cell, type).WARDREPORT_ABI_M(Cell, number)
            .WARDREPORT_ABI_M(Cell, text).WARDREPORT_ABI_M(Cell, bold).WARDREPORT_ABI_M(Cell, input)
            .WARDREPORT_ABI_DONE(Cell);
    h = Type(h, "Column", sizeof(Column), alignof(Column)).WARDREPORT_ABI_M(Column, key)
            .WARDREPORT_ABI_M(Column, title).WARDREPORT_ABI_M(Column, type).WARDREPORT_ABI_M(Column, decimals)
            .WARDREPORT_ABI_M(Column, unit).WARDREPORT_ABI_M(Column, align).WARDREPORT_ABI_M(Column, width)
            .WARDREPORT_ABI_M(Column, formula).WARDREPORT_ABI_M(Column, total).WARDREPORT_ABI_DONE(Column);
    h = Type(h, "RowSource", sizeof(RowSource), alignof(RowSource))
            .virtual_function("~RowSource()")
            .virtual_function("std::size_t size() const")
            .virtual_function("void row(std::size_t, std::vector<Cell>&) const")
            .done();
    h = Type(h, "VectorRows", sizeof(VectorRows), alignof(VectorRows)).done();
    h = Type(h, "Table", sizeof(Table), alignof(Table)).WARDREPORT_ABI_M(Table, id).WARDREPORT_ABI_M(Table, title)
            .WARDREPORT_ABI_M(Table, unit_note).WARDREPORT_ABI_M(Table, columns).WARDREPORT_ABI_M(Table, rows)
            .WARDREPORT_ABI_M(Table, totals).WARDREPORT_ABI_M(Table, notes)
            .WARDREPORT_ABI_M(Table, landscape_hint).WARDREPORT_ABI_DONE(Table);
    h = Type(h, "Series", sizeof(Series), alignof(Series)).WARDREPORT_ABI_M(Series, name)
            .WARDREPORT_ABI_M(Series, values).WARDREPORT_ABI_M(Series, column).WARDREPORT_ABI_DONE(Series);
    h = Type(h, "Chart", sizeof(Chart), alignof(Chart)).WARDREPORT_ABI_M(Chart, kind).WARDREPORT_ABI_M(Chart, id)
            .WARDREPORT_ABI_M(Chart, title).WARDREPORT_ABI_M(Chart, unit).WARDREPORT_ABI_M(Chart, categories)
            .WARDREPORT_ABI_M(Chart, series).WARDREPORT_ABI_M(Chart, table)
            .WARDREPORT_ABI_M(Chart, category_column).WARDREPORT_ABI_M(Chart, reference)
            .WARDREPORT_ABI_DONE(Chart);
    h = Type(h, "KeyFigure", sizeof(KeyFigure), alignof(KeyFigure)).WARDREPORT_ABI_M(KeyFigure, label)
            .WARDREPORT_ABI_M(KeyFigure, value).WARDREPORT_ABI_M(KeyFigure, unit).WARDREPORT_ABI_DONE(KeyFigure);
    h = Type(h, "KeyFigures", sizeof(KeyFigures), alignof(KeyFigures)).WARDREPORT_ABI_M(KeyFigures, title)
            .WARDREPORT_ABI_M(KeyFigures, items).WARDREPORT_ABI_DONE(KeyFigures);
    h = Type(h, "Closing", sizeof(Closing), alignof(Closing)).WARDREPORT_ABI_M(Closing, recipients_label)
            .WARDREPORT_ABI_M(Closing, recipients).WARDREPORT_ABI_M(Closing, authority)
            .WARDREPORT_ABI_M(Closing, title).WARDREPORT_ABI_M(Closing, signer).WARDREPORT_ABI_DONE(Closing);
    h = Type(h, "PageBreak", sizeof(PageBreak), alignof(PageBreak)).WARDREPORT_ABI_DONE(PageBreak);
    return h;
}

// The block variant: its alternatives in order (a writer's std::visit depends on the index).
template <std::size_t... I>
constexpr std::uint64_t block_alternatives(std::uint64_t h, std::index_sequence<I...>) {
    ((h = mix(mix(h, sizeof(std::variant_alternative_t<I, doc::Block>)),
              alignof(std::variant_alternative_t<I, doc::Block>))),
     ...);
    return h;
}

constexpr std::uint64_t document(std::uint64_t h) {
    using namespace doc;
    h = Type(h, "Block", sizeof(Block), alignof(Block)).done();
    h = block_alternatives(mix(h, std::variant_size_v<Block>), std::make_index_sequence<std::variant_size_v<Block>>{});
    h = Type(h, "Metadata", sizeof(Metadata), alignof(Metadata)).WARDREPORT_ABI_M(Metadata, title)
            .WARDREPORT_ABI_M(Metadata, author).WARDREPORT_ABI_M(Metadata, subject)
            .WARDREPORT_ABI_M(Metadata, keywords).WARDREPORT_ABI_M(Metadata, company)
            .WARDREPORT_ABI_M(Metadata, date).WARDREPORT_ABI_M(Metadata, ward)
            .WARDREPORT_ABI_DONE(Metadata);
    h = Type(h, "Document", sizeof(Document), alignof(Document)).WARDREPORT_ABI_M(Document, report)
            .WARDREPORT_ABI_M(Document, file_stem).WARDREPORT_ABI_M(Document, meta)
            .WARDREPORT_ABI_M(Document, layout).WARDREPORT_ABI_M(Document, blocks).WARDREPORT_ABI_DONE(Document);
    return h;
}

constexpr std::uint64_t exporter(std::uint64_t h) {
    h = Type(h, "FormatInfo", sizeof(FormatInfo), alignof(FormatInfo)).WARDREPORT_ABI_M(FormatInfo, name)
            .WARDREPORT_ABI_M(FormatInfo, extension).WARDREPORT_ABI_M(FormatInfo, mime)
            .WARDREPORT_ABI_DONE(FormatInfo);
    h = Type(h, "PluginInfo", sizeof(PluginInfo), alignof(PluginInfo)).WARDREPORT_ABI_M(PluginInfo, name)
            .WARDREPORT_ABI_M(PluginInfo, version).WARDREPORT_ABI_M(PluginInfo, description)
            .WARDREPORT_ABI_M(PluginInfo, formats).WARDREPORT_ABI_DONE(PluginInfo);
    h = Type(h, "ExportError", sizeof(ExportError), alignof(ExportError)).done();
    h = Type(h, "Exporter", sizeof(Exporter), alignof(Exporter))
            .virtual_function("~Exporter()")
            .virtual_function("PluginInfo info() const")
            .virtual_function("void write(const doc::Document&, const std::string&, const std::filesystem::path&)")
            .done();
    return h;
}

#undef WARDREPORT_ABI_M
#undef WARDREPORT_ABI_E
#undef WARDREPORT_ABI_DONE
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

// The standard library the contract's types are made of (std::string's layout differs between
// libstdc++'s two ABIs and libc++) and the pointer width. Not the compiler: GCC and Clang
// building against the same libstdc++ lay these types out alike, and give the same fingerprint.
constexpr std::uint64_t toolchain(std::uint64_t h) {
    h = mix(h, sizeof(void*));
#if defined(_GLIBCXX_USE_CXX11_ABI)
    h = mix(h, _GLIBCXX_USE_CXX11_ABI);
#endif
#if defined(_LIBCPP_VERSION)
    h = mix(h, std::string_view("libc++"));
#endif
    return h;
}

// The fingerprint of everything a plugin and the engine exchange.
constexpr std::uint64_t fingerprint() {
    std::uint64_t h = 0xCBF29CE484222325ull;  // FNV offset basis
    h = toolchain(h);
    h = Layout::decimal(h);
    h = enums(h);
    h = text_blocks(h);
    h = data_blocks(h);
    h = document(h);
    return exporter(h);
}

inline constexpr std::uint64_t kFingerprint = fingerprint();

}  // namespace wardreport::abi
