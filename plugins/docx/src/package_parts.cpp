#include "package_parts.hpp"

#include "body.hpp"
#include "section.hpp"
#include "text.hpp"
#include "xml.hpp"

#include <cstdio>

namespace wardreport::docx {
namespace {

const std::string kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kWordMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

void rel(pugi::xml_node root, const std::string& id, const std::string& type, const std::string& target) {
    elem(root, "Relationship", {{"Id", id}, {"Type", kOfficeRel + type}, {"Target", target}});
}

void override_part(pugi::xml_node root, const std::string& part, const std::string& type) {
    elem(root, "Override", {{"PartName", part}, {"ContentType", type}});
}

std::string property(const std::string& s, const char* what) {
    return checked_text(s, std::string("document property '") + what + "'");
}

}  // namespace

std::string content_types(std::size_t charts, bool page_numbers, bool footer) {
    pugi::xml_document d;
    pugi::xml_node t = start_part(d, "Types", {{"", ns::ct}});
    elem(t, "Default", {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
    elem(t, "Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
    if (charts)
        elem(t, "Default", {{"Extension", "xlsx"},
                           {"ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}});
    override_part(t, "/word/document.xml", kWordMl + "document.main+xml");
    override_part(t, "/word/styles.xml", kWordMl + "styles+xml");
    override_part(t, "/word/settings.xml", kWordMl + "settings+xml");
    override_part(t, "/word/numbering.xml", kWordMl + "numbering+xml");
    if (page_numbers) {
        const std::string kind = footer ? "footer" : "header";
        override_part(t, "/word/" + kind + "1.xml", kWordMl + kind + "+xml");
        override_part(t, "/word/" + kind + "2.xml", kWordMl + kind + "+xml");
    }
    for (std::size_t k = 0; k < charts; ++k)
        override_part(t, "/" + chart_name(k), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    override_part(t, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override_part(t, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    return serialise(d);
}

std::string package_rels() {
    pugi::xml_document d;
    pugi::xml_node r = start_part(d, "Relationships", {{"", ns::pr}});
    rel(r, "rId1", "officeDocument", "word/document.xml");
    elem(r, "Relationship", {{"Id", "rId2"},
                            {"Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"},
                            {"Target", "docProps/core.xml"}});
    rel(r, "rId3", "extended-properties", "docProps/app.xml");
    return serialise(d);
}

std::string document_rels(std::size_t charts, bool page_numbers, bool footer, bool first_page) {
    pugi::xml_document d;
    pugi::xml_node r = start_part(d, "Relationships", {{"", ns::pr}});
    rel(r, "rIdStyles", "styles", "styles.xml");
    rel(r, "rIdSettings", "settings", "settings.xml");
    rel(r, "rIdNumbering", "numbering", "numbering.xml");
    if (page_numbers) {
        const std::string kind = footer ? "footer" : "header";
        rel(r, kPagesRelId, kind, kind + "1.xml");
        if (first_page) rel(r, kFirstPageRelId, kind, kind + "2.xml");
    }
    for (std::size_t k = 0; k < charts; ++k) rel(r, chart_rel_id(k), "chart", chart_name(k).substr(5));
    return serialise(d);
}

std::string chart_rels(std::size_t n) {
    pugi::xml_document d;
    pugi::xml_node r = start_part(d, "Relationships", {{"", ns::pr}});
    rel(r, "rIdWorkbook", "package", "../embeddings/" + workbook_name(n).substr(16));
    return serialise(d);
}

std::string core_properties(const doc::Metadata& m) {
    pugi::xml_document d;
    pugi::xml_node cp = start_part(d, "cp:coreProperties",
                                   {{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
                                    {"dc", "http://purl.org/dc/elements/1.1/"},
                                    {"dcterms", "http://purl.org/dc/terms/"},
                                    {"xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    auto text = [&](const char* name, const std::string& v, const char* what) {
        if (!v.empty()) elem_text(cp, name, property(v, what));
    };
    text("dc:title", m.title, "title");
    text("dc:subject", m.subject, "subject");
    text("dc:creator", m.author, "author");
    text("cp:keywords", m.keywords, "keywords");
    if (m.date) {
        // The document's own date at midnight UTC (as the xlsx plugin dates its workbooks).
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", m.date->year, m.date->month, m.date->day);
        elem_text(cp, "dcterms:created", buf, {{"xsi:type", "dcterms:W3CDTF"}});
        elem_text(cp, "dcterms:modified", buf, {{"xsi:type", "dcterms:W3CDTF"}});
    }
    return serialise(d);
}

std::string app_properties(const doc::Metadata& m) {
    pugi::xml_document d;
    pugi::xml_node p = start_part(d, "Properties",
                                  {{"", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
    elem_text(p, "Application", "wardreport docx plugin");
    if (!m.company.empty()) elem_text(p, "Company", property(m.company, "company"));
    return serialise(d);
}

std::string settings() {
    pugi::xml_document d;
    pugi::xml_node s = start_part(d, "w:settings", {{"w", ns::w}});
    elem(s, "w:defaultTabStop", {{"w:val", "720"}});
    elem(s, "w:characterSpacingControl", {{"w:val", "doNotCompress"}});
    pugi::xml_node compat = elem(s, "w:compat");
    elem(compat, "w:compatSetting", {{"w:name", "compatibilityMode"},
                                    {"w:uri", "http://schemas.microsoft.com/office/word"}, {"w:val", "15"}});
    return serialise(d);
}

std::string numbering(const std::vector<std::string>& markers, double indent_mm) {
    pugi::xml_document d;
    pugi::xml_node n = start_part(d, "w:numbering", {{"w", ns::w}});
    for (std::size_t k = 0; k < markers.size(); ++k) {
        pugi::xml_node a = elem(n, "w:abstractNum", {{"w:abstractNumId", std::to_string(k)}});
        elem(a, "w:multiLevelType", {{"w:val", "singleLevel"}});
        pugi::xml_node lvl = elem(a, "w:lvl", {{"w:ilvl", "0"}});
        const bool numbered = markers[k] == "1.";
        elem(lvl, "w:start", {{"w:val", "1"}});
        elem(lvl, "w:numFmt", {{"w:val", numbered ? "decimal" : "bullet"}});
        elem(lvl, "w:suff", {{"w:val", "space"}});
        elem(lvl, "w:lvlText", {{"w:val", numbered ? "%1." : markers[k]}});
        elem(lvl, "w:lvlJc", {{"w:val", "left"}});
        elem(elem(lvl, "w:pPr"), "w:ind", {{"w:left", "0"}, {"w:firstLine", twips_mm(indent_mm)}});
    }
    for (std::size_t k = 0; k < markers.size(); ++k)
        elem(elem(n, "w:num", {{"w:numId", std::to_string(k + 1)}}), "w:abstractNumId", {{"w:val", std::to_string(k)}});
    return serialise(d);
}

}  // namespace wardreport::docx
