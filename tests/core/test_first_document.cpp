// The first YAML document of a ward file and what follows it: a ward file whose root is a map
// at column 0 with no document marker or directive at the start of a line is parsed once; every
// other text is read again for a second document or a stray token, with the same answers.
#include "load/first_document.hpp"

#include <catch2/catch.hpp>

#include <string>

using wardreport::load::read_first_document;

TEST_CASE("the first document: nothing after a plain ward file, a second one found wherever it starts") {
    const auto plain = read_first_document("# a comment\nward:\n  name: Kỳ Sơn\nnote: \"x --- y\"\nlist:\n- a\n");
    CHECK(plain.root.IsMap());
    CHECK(plain.root["ward"]["name"].as<std::string>() == "Kỳ Sơn");
    CHECK_FALSE(plain.second_start);
    CHECK_FALSE(plain.stray);

    // After the first document: a marker, a directive and a marker, a root indented less.
    for (const char* text : {"a: 1\n---\nb: 2\n", "a: 1\n%YAML 1.2\n---\nb: 2\n", "  a: 1\nb: 2\n",
                             "a: 1\n# c\n--- \nb\n"}) {
        INFO(text);
        const auto two = read_first_document(text);
        CHECK(two.root.IsMap());
        CHECK(two.second_start);
    }
    // An empty document after the end marker is none.
    const auto ended = read_first_document("a: 1\n...\n");
    CHECK(ended.root.IsMap());
    CHECK_FALSE(ended.second_start);
    CHECK_FALSE(ended.stray);
    // A document marker inside a quoted text is yaml-cpp's syntax error, as before.
    CHECK_THROWS_AS(read_first_document("a: \"x\n---\ny\"\n"), YAML::Exception);
    // A flow root is read again: what follows it is not part of it.
    CHECK_THROWS_AS(read_first_document("[1, 2]\n]\n"), YAML::Exception);
}
