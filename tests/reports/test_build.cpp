// The three built-in reports built from the Kỳ Sơn sample: the document layer (blocks, cell
// types, formulas, cached values) and the text, which must carry the article's figures.
#include "helpers.hpp"

#include <nlohmann/json.hpp>

using namespace wardreport;
using namespace wrtest;

TEST_CASE("nghi-quyet from the Kỳ Sơn sample", "[build][nghi-quyet]") {
    const report::Catalog c = builtin_catalog();
    const Ward w = load_sample("ky-son.yaml");
    REQUIRE(c.supports("nghi-quyet", w));
    const doc::Document d = build(c, "nghi-quyet", w);
    CHECK(d.report == "nghi-quyet");
    CHECK(d.file_stem == "test-nghi-quyet");
    REQUIRE(d.meta.date.has_value());
    CHECK(*d.meta.date == Date{2025, 7, 23});
    CHECK(d.meta.title == "Nghị quyết Đại hội đại biểu Đảng bộ phường Kỳ Sơn lần thứ I, nhiệm kỳ 2025 - 2030");

    const auto headers = blocks_of<doc::OfficialHeader>(d);
    REQUIRE(headers.size() == 1);
    const doc::OfficialHeader& h = *headers[0];
    CHECK(h.superior_body == "ĐẢNG BỘ TỈNH PHÚ THỌ");
    CHECK(h.issuing_body == std::vector<std::string>{"ĐẠI HỘI ĐẠI BIỂU", "ĐẢNG BỘ PHƯỜNG KỲ SƠN", "LẦN THỨ I"});
    CHECK(h.national_title == "ĐẢNG CỘNG SẢN VIỆT NAM");
    CHECK(h.number == "Số 01-NQ/ĐH");
    CHECK(h.motto.empty());
    CHECK(h.place_date == "Kỳ Sơn, ngày 23 tháng 7 năm 2025");

    const auto titles = blocks_of<doc::Title>(d);
    REQUIRE(titles.size() == 1);
    CHECK(titles[0]->type == "NGHỊ QUYẾT");
    // One entry a line, broken as adopted resolutions are: the congress, then the term.
    CHECK(titles[0]->summary == std::vector<std::string>{"ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG KỲ SƠN LẦN THỨ\u00A0I,", "NHIỆM KỲ 2025 - 2030"});

    // Parts I-, II-, ... in order, items 1., 2. restarting in each part.
    std::vector<std::string> parts;
    for (const doc::Heading* hd : blocks_of<doc::Heading>(d))
        if (hd->level == 1) parts.push_back(hd->number);
        else CHECK((hd->number == "1." || hd->number == "2." || hd->number == "3."));
    CHECK(parts == std::vector<std::string>{"I-", "II-", "III-", "IV-", "V-", "VI-", "VII-"});

    const auto paragraphs = blocks_of<doc::Paragraph>(d);
    REQUIRE(paragraphs.size() > 3);
    const std::string preamble = paragraphs[0]->runs.at(0).text;
    CHECK(preamble.back() == ',');
    CHECK_THAT(preamble, Catch::Contains("nhiệm kỳ 2025 - 2030 diễn ra từ ngày 22/7/2025 đến ngày 23/7/2025, với 220 đại biểu"));
    CHECK_THAT(preamble, Catch::Contains("220 đại biểu đại diện cho 1.789 đảng viên"));
    // "QUYẾT NGHỊ" alone, bold, centred.
    REQUIRE(paragraphs[1]->runs.size() == 1);
    CHECK(paragraphs[1]->runs[0].text == "QUYẾT NGHỊ");
    CHECK(paragraphs[1]->runs[0].bold);
    CHECK(paragraphs[1]->align == doc::Align::Center);

    const auto closings = blocks_of<doc::Closing>(d);
    REQUIRE(closings.size() == 1);
    CHECK(closings[0]->authority == std::vector<std::string>{"T/M ĐOÀN CHỦ TỊCH"});
    CHECK(closings[0]->signer.empty());  // not in the data: not invented
    REQUIRE_FALSE(closings[0]->recipients.empty());
    CHECK(closings[0]->recipients.back().back() == '.');

    const std::string text = report::document_text(d);
    for (const char* fact : {"1.789 đảng viên", "54 tổ chức cơ sở đảng", "57 đảng viên mới", "220 đại biểu",
                             "921 tỷ đồng, tăng 557 tỷ đồng so với năm 2020", "ước đạt 921 tỷ đồng",
                             "4 hợp tác xã, 206 doanh nghiệp và 870 hộ kinh doanh",
                             "Đại hội đề ra 17 chỉ tiêu chủ yếu, cụ thể như sau:", "Gồm 13 chỉ tiêu, trong đó có:",
                             "thu NSNN trên địa bàn đạt 50 tỷ đồng", "Tổng giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "Đại hội xác định 2 khâu đột phá:",
                             "Tập trung đột phá trong công tác chỉnh trang đô thị;",
                             "Đại hội đề ra 5 nhiệm vụ, giải pháp trọng tâm", "\nQUYẾT NGHỊ\n",
                             "Ban Thường vụ gồm 10 đồng chí", "Hoàng Văn Minh", "xây dựng phường Kỳ Sơn theo hướng đô thị văn minh”."})
        CHECK_THAT(text, Catch::Contains(fact));
    CHECK_THAT(text, Catch::Contains("I- TÁN THÀNH"));
    CHECK_THAT(text, !Catch::Contains("{{"));
}

TEST_CASE("bao-cao-thong-ke from the Kỳ Sơn sample", "[build][thong-ke]") {
    const report::Catalog c = builtin_catalog();
    const Ward w = load_sample("ky-son.yaml");
    const doc::Document d = build(c, "bao-cao-thong-ke", w);
    const doc::OfficialHeader& h = *blocks_of<doc::OfficialHeader>(d).at(0);
    CHECK(h.issuing_body == std::vector<std::string>{"ỦY BAN NHÂN DÂN", "PHƯỜNG KỲ SƠN"});
    CHECK(h.national_title == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    CHECK(h.motto == "Độc lập - Tự do - Hạnh phúc");
    // No registration in the data: the number and the date are left blank, never invented.
    CHECK(h.number == "Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-UBND");
    CHECK(h.place_date.rfind("Kỳ Sơn, ngày", 0) == 0);
    CHECK(h.place_date.find("2025") == std::string::npos);
    CHECK_FALSE(d.meta.date.has_value());

    // Ethnic composition: percent cells with the exact written value, and a pie bound to them.
    const doc::Table* ethnic = d.find_table("dan-toc");
    REQUIRE(ethnic);
    REQUIRE(ethnic->size() == 3);
    const std::size_t share = column(*ethnic, "share");
    CHECK(ethnic->columns[share].type == doc::CellType::Percent);
    CHECK(ethnic->columns[share].decimals == 1);
    CHECK(ethnic->columns[share].align == doc::Align::Right);
    CHECK(row(*ethnic, 0)[column(*ethnic, "name")].text == "Mường");
    CHECK(row(*ethnic, 0)[share].type == doc::CellType::Percent);
    CHECK(row(*ethnic, 0)[share].number == *Decimal::parse("68.3"));
    CHECK(row(*ethnic, 2)[share].number == *Decimal::parse("2.9"));
    // The article gives no head counts: the optional "Số người" column is left out, not printed
    // empty (never 0 either).
    CHECK(ethnic->columns.size() == 3);
    for (const auto& col : ethnic->columns) CHECK(col.key != "people");
    CHECK(row(*ethnic, 0).size() == 3);
    CHECK(row(*ethnic, 1)[column(*ethnic, "stt")].number == Decimal::integer(2));
    const auto charts = blocks_of<doc::Chart>(d);
    REQUIRE(charts.size() == 1);
    CHECK(charts[0]->kind == doc::ChartKind::Pie);
    CHECK(charts[0]->table == "dan-toc");
    CHECK(charts[0]->category_column == "name");
    CHECK(charts[0]->categories == std::vector<std::string>{"Mường", "Kinh", "Dao và các dân tộc khác"});
    REQUIRE(charts[0]->series.size() == 1);
    CHECK(charts[0]->series[0].column == "share");
    CHECK(charts[0]->series[0].values == std::vector<std::optional<double>>{68.3, 28.9, 2.9});

    // Area and population: one value column, each figure keeps the digits it was written with.
    const doc::Table* area = d.find_table("dien-tich-dan-so");
    REQUIRE(area);
    REQUIRE(area->size() == 2);  // no households in the data: the row is left out
    const std::size_t v = column(*area, "value");
    CHECK(area->columns[v].decimals == 3);
    CHECK(row(*area, 0)[v].number == *Decimal::parse("115.689"));
    CHECK(vi::cell(row(*area, 0)[v], area->columns[v].decimals) == "115,689");
    CHECK(row(*area, 1)[v].number == Decimal::integer(20379));
    CHECK(vi::cell(row(*area, 1)[v], area->columns[v].decimals) == "20.379");

    const doc::Table* production = d.find_table("gia-tri-san-xuat");
    REQUIRE(production);
    CHECK(row(*production, 0)[column(*production, "value")].number == Decimal::integer(921));
    CHECK(row(*production, 0)[column(*production, "change")].number == Decimal::integer(557));
    CHECK(row(*production, 0)[column(*production, "since")].text == "2020");
    REQUIRE(production->notes.size() == 1);
    CHECK(production->notes[0] == "Giá trị CN-TTCN năm 2025 là số ước tính.");

    const doc::KeyFigures& k = *blocks_of<doc::KeyFigures>(d).at(0);
    CHECK(k.items.size() == 5);  // households unknown: left out
    CHECK(k.items[0].label == "Diện tích tự nhiên");
    CHECK(k.items[0].unit == "km²");
    CHECK(vi::cell(k.items[0].value) == "115,689");
    // A key figure a table further on shows as an input names that input (spreadsheets make it a
    // formula of it); the area, no input anywhere, names none.
    CHECK(k.items[0].value.input.empty());
    CHECK(k.items[1].label == "Dân số");
    CHECK(k.items[1].value.input == "geography.population.value");
    CHECK(row(*area, 1)[v].input == k.items[1].value.input);
    // No budget year in the data: the budget table is the blank row alone, for a clerk to type the
    // first year in a spreadsheet (test_columns: the views of the other formats have no table).
    const doc::Table* budget = d.find_table("thu-ngan-sach");
    REQUIRE(budget);
    CHECK(budget->size() == 1);
    CHECK(doc::is_input_row(row(*budget, 0)));
    CHECK(row(*budget, 0)[column(*budget, "year")].input == "economy.budget_revenue.new.year");

    const std::string text = report::document_text(d);
    for (const char* fact : {"115,689 km²", "20.379 người", "| Mường | 68,3% |", "| Kinh | 28,9% |",
                             "| Dao và các dân tộc khác | 2,9% |", "| Đảng viên | người | 1.789 |",
                             "| Tổ chức cơ sở đảng trực thuộc | tổ chức | 54 |", "| Doanh nghiệp | doanh nghiệp | 206 |",
                             "| 921 | tỷ đồng | +557 | 2020 |", "phường Kỳ Sơn, xã Độc Lập và xã Mông Hóa",
                             "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "- Lưu: VT."})
        CHECK_THAT(text, Catch::Contains(fact));
}

TEST_CASE("document_json carries the typed cells and formulas", "[build][json]") {
    const report::Catalog c = builtin_catalog();
    const doc::Document d = build(c, "theo-doi-chi-tieu", load_sample("ky-son.yaml"));
    const auto j = nlohmann::json::parse(report::document_json(d));
    CHECK(j["report"] == "theo-doi-chi-tieu");
    CHECK(j["layout"]["profile"] == "hd36");
    CHECK(j["layout"]["landscape"] == true);
    bool found = false;
    for (const auto& b : j["blocks"])
        if (b["type"] == "table") {
            found = true;
            bool formula = false;
            for (const auto& col : b["columns"]) formula = formula || col.value("formula", "") == "{actual}/{target}*100";
            CHECK(formula);
            CHECK(b["rows"].size() == 5);
            // TT is the group-numbered "1.1"; the baseline 206 of Doanh nghiệp is a typed number.
            CHECK(b["rows"][0][0]["type"] == "text");
            CHECK(b["rows"][0][0]["text"] == "1.1");
            std::size_t baseline = 0;
            for (std::size_t k = 0; k < b["columns"].size(); ++k)
                if (b["columns"][k]["key"] == "baseline") baseline = k;
            REQUIRE(baseline > 0);
            CHECK(b["rows"][2][baseline]["type"] == "decimal");
            CHECK(b["rows"][2][baseline]["number"] == "206");
            // An input cell says where its value goes; every other cell has no "input" at all.
            std::size_t actual = 0;
            for (std::size_t k = 0; k < b["columns"].size(); ++k)
                if (b["columns"][k]["key"] == "actual") actual = k;
            REQUIRE(actual > 0);
            CHECK(b["rows"][0][actual]["input"].get<std::string>().rfind("resolution.targets.", 0) == 0);
            CHECK_FALSE(b["rows"][0][baseline].contains("input"));
        }
    CHECK(found);
    // A key figure names the input it mirrors.
    const auto s = nlohmann::json::parse(report::document_json(build(c, "bao-cao-thong-ke", load_sample("ky-son.yaml"))));
    bool population = false;
    for (const auto& b : s["blocks"])
        if (b["type"] == "key_figures")
            for (const auto& i : b["items"]) {
                if (i["label"] == "Dân số") population = i["value"]["input"] == "geography.population.value";
                if (i["label"] == "Diện tích tự nhiên") CHECK_FALSE(i["value"].contains("input"));
            }
    CHECK(population);
}

TEST_CASE("the fictional sample with every field builds all three reports", "[build]") {
    const report::Catalog c = builtin_catalog();
    const Ward w = load_sample("xa-minh-hoa-demo.yaml");
    for (const std::string& id : c.ids()) {
        INFO(id);
        REQUIRE(c.supports(id, w));
        const doc::Document d = build(c, id, w);
        CHECK_FALSE(d.blocks.empty());
        CHECK_THAT(report::document_text(d), !Catch::Contains("{{"));
    }
}

TEST_CASE("parts whose data is absent disappear", "[build][when]") {
    const report::Catalog c = builtin_catalog();
    Ward w = load_sample("ky-son.yaml");
    w.economy = Economy{};
    w.resolution->breakthroughs.clear();
    w.resolution->stated_breakthroughs.reset();
    w.documents.clear();
    const doc::Document d = build(c, "nghi-quyet", w);
    const std::string text = report::document_text(d);
    // Part I keeps only its item on the Party: the economy's has no data.
    CHECK_THAT(text, !Catch::Contains("2. Về phát triển kinh tế - xã hội\n\nTổng giá trị"));
    CHECK_THAT(text, !Catch::Contains("Tổng giá trị sản xuất"));
    CHECK_THAT(text, !Catch::Contains("KHÂU ĐỘT PHÁ"));
    CHECK_THAT(text, !Catch::Contains("hợp tác xã"));
    // Still numbered without gaps.
    std::vector<std::string> parts;
    for (const doc::Heading* h : blocks_of<doc::Heading>(d))
        if (h->level == 1) parts.push_back(h->number);
    CHECK(parts == std::vector<std::string>{"I-", "II-", "III-", "IV-", "V-", "VI-"});
    // Without a registration: blank number, date from the congress's last day (the day the
    // resolution is adopted), default signature block.
    const doc::OfficialHeader& h = *blocks_of<doc::OfficialHeader>(d).at(0);
    CHECK(h.number == "Số \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-NQ/ĐH");
    CHECK(h.place_date == "Kỳ Sơn, ngày 23 tháng 7 năm 2025");
    CHECK(blocks_of<doc::Closing>(d).at(0)->authority == std::vector<std::string>{"T/M ĐOÀN CHỦ TỊCH"});
    // Without a congress the resolution is not offered, and building it says why.
    w.congress.reset();
    CHECK_FALSE(c.supports("nghi-quyet", w));
    Diagnostics diags;
    CHECK_FALSE(c.build("nghi-quyet", w, "x", diags).has_value());
    // At the ward file (the congress's line, which this test emptied in memory), saying what to add.
    CHECK_THAT(messages(diags), Catch::Contains("ky-son.yaml:"));
    CHECK_THAT(messages(diags), Catch::Contains(": error: report 'nghi-quyet' needs 'congress', which the ward data does not "
                                                "have; add a 'congress:' section"));
    CHECK_THAT(messages(diags), !Catch::Contains("nghi-quyet.yaml"));
}

TEST_CASE("report wording: the ethnic share column says % once, in its cells", "[build]") {
    const doc::Document d = build(builtin_catalog(), "bao-cao-thong-ke", load_sample("ky-son.yaml"));
    const std::string text = report::document_text(d);
    CHECK_THAT(text, Catch::Contains("| TT | Dân tộc | Tỷ lệ so với dân số |\n"));
    CHECK_THAT(text, Catch::Contains("| 1 | Mường | 68,3% |\n"));
    CHECK_THAT(text, !Catch::Contains("(%) |"));
}
