// Unit tests for shell/field_split: IFS splitting and the `read` splitter.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "shell/text/field_split.hpp"

using forksh::field_split;
using forksh::Ifs;
using forksh::split_for_read;
using Fields = std::vector<std::string>;

namespace {

Fields split(std::string_view text, const std::string* ifs_value) {
    Ifs ifs(ifs_value);
    return field_split(text, ifs);
}

Fields split(std::string_view text, std::string ifs_value) { return split(text, &ifs_value); }

Fields read_split(std::string_view line, std::string ifs_value, size_t count) {
    Ifs ifs(&ifs_value);
    return split_for_read(line, ifs, count);
}

}  // namespace

TEST_CASE("field_split: unset IFS is space, tab, newline", "[field_split]") {
    CHECK(split("  a \t b\nc  ", nullptr) == Fields{"a", "b", "c"});
}

TEST_CASE("field_split: whitespace collapses and trims", "[field_split]") {
    CHECK(split("   a    b   ", " ") == Fields{"a", "b"});
    CHECK(split("a", " ") == Fields{"a"});
}

TEST_CASE("field_split: empty and all-whitespace input give no field", "[field_split]") {
    CHECK(split("", " ").empty());
    CHECK(split("    ", " ").empty());
    CHECK(split("\t\n", nullptr).empty());
}

TEST_CASE("field_split: empty IFS does not split", "[field_split]") {
    CHECK(split("  a  b  ", "") == Fields{"  a  b  "});
    CHECK(split("", "").empty());
}

TEST_CASE("field_split: non-whitespace delimiters are exact", "[field_split]") {
    CHECK(split("a::b", ":") == Fields{"a", "", "b"});
    CHECK(split(":a", ":") == Fields{"", "a"});
    CHECK(split("a:b:c", ":") == Fields{"a", "b", "c"});
}

TEST_CASE("field_split: one trailing delimiter makes no empty last field", "[field_split]") {
    CHECK(split("a:", ":") == Fields{"a"});
    CHECK(split("a::", ":") == Fields{"a", ""});
    CHECK(split(":", ":") == Fields{""});
}

TEST_CASE("field_split: non-whitespace IFS keeps spaces in fields", "[field_split]") {
    CHECK(split(" a : b ", ":") == Fields{" a ", " b "});
}

TEST_CASE("field_split: whitespace around a non-whitespace delimiter joins it", "[field_split]") {
    CHECK(split("a : b", " :") == Fields{"a", "b"});
    CHECK(split("a  :  b", " :") == Fields{"a", "b"});
    CHECK(split("a:  b", " :") == Fields{"a", "b"});
}

TEST_CASE("field_split: two non-whitespace delimiters with spaces between", "[field_split]") {
    CHECK(split("a : :b", " :") == Fields{"a", "", "b"});
}

TEST_CASE("field_split: leading whitespace then delimiter gives an empty field", "[field_split]") {
    // dash: IFS=' :'; x=' :b'; set -- $x  gives "" and b.
    CHECK(split(" :b", " :") == Fields{"", "b"});
}

TEST_CASE("field_split: only some whitespace in IFS", "[field_split]") {
    CHECK(split("a\tb c", "\t") == Fields{"a", "b c"});
    CHECK(split("a\n\nb", "\n") == Fields{"a", "b"});
}

TEST_CASE("field_split: IFS joiner for $*", "[field_split]") {
    std::string colon = ":x", empty;
    CHECK(Ifs(nullptr).joiner() == " ");
    CHECK(Ifs(&colon).joiner() == ":");
    CHECK(Ifs(&empty).joiner().empty());
    CHECK(Ifs(&empty).empty());
    CHECK_FALSE(Ifs(&colon).empty());
}

TEST_CASE("field_split: kinds of IFS characters", "[field_split]") {
    std::string value = " :";
    Ifs ifs(&value);
    CHECK(ifs.kind(' ') == Ifs::White);
    CHECK(ifs.kind(':') == Ifs::Other);
    CHECK(ifs.kind('\t') == Ifs::None);
    CHECK(ifs.kind('a') == Ifs::None);
}

TEST_CASE("field_split: bytes above 127 are never delimiters unless in IFS", "[field_split]") {
    CHECK(split("caf\xc3\xa9 x", " ") == Fields{"caf\xc3\xa9", "x"});
}

TEST_CASE("field_split: read split: one name gets the line trimmed", "[field_split][read]") {
    CHECK(read_split("  a b  ", " \t\n", 1) == Fields{"a b"});
    CHECK(read_split("a b c", " \t\n", 1) == Fields{"a b c"});
}

TEST_CASE("field_split: read split: last name gets the rest with separators", "[field_split][read]") {
    CHECK(read_split("  a  b  c  ", " :", 2) == Fields{"a", "b  c"});
    CHECK(read_split("a:b:c:", ":", 2) == Fields{"a", "b:c:"});
    CHECK(read_split("a:b::", ":", 2) == Fields{"a", "b::"});
}

TEST_CASE("field_split: read split: one trailing delimiter is dropped from a lone last field", "[field_split][read]") {
    CHECK(read_split("a:b:", ":", 2) == Fields{"a", "b"});
    CHECK(read_split("a::", ":", 2) == Fields{"a", ""});
    CHECK(read_split(" a : b : ", " :", 2) == Fields{"a", "b"});
    CHECK(read_split("  a:b:  ", " :", 1) == Fields{"a:b:"});
}

TEST_CASE("field_split: read split: fewer fields than names", "[field_split][read]") {
    CHECK(read_split("a", ":", 3) == Fields{"a"});
    CHECK(read_split("a:", ":", 2) == Fields{"a"});
    CHECK(read_split(":", ":", 2) == Fields{""});
    CHECK(read_split("   ", " ", 2).empty());
    CHECK(read_split("", " ", 1).empty());
}

TEST_CASE("field_split: read split: empty first field", "[field_split][read]") {
    CHECK(read_split("::b", ":", 2) == Fields{"", ":b"});
    CHECK(read_split(":b", ":", 2) == Fields{"", "b"});
}

TEST_CASE("field_split: read split: one field per name", "[field_split][read]") {
    CHECK(read_split("1 2 3", " ", 3) == Fields{"1", "2", "3"});
    CHECK(read_split("1 2 3 4", " ", 3) == Fields{"1", "2", "3 4"});
}

TEST_CASE("field_split: read split: empty IFS gives the whole line to the first name", "[field_split][read]") {
    CHECK(read_split(" a b ", "", 2) == Fields{" a b "});
}

TEST_CASE("field_split: read split: escaped characters never delimit", "[field_split][read]") {
    Ifs ifs(nullptr);
    std::string line = "a b c";  // as if read saw `a\ b c`
    std::vector<bool> escaped{false, true, false, false, false};
    CHECK(split_for_read(line, ifs, 2, &escaped) == Fields{"a b", "c"});
    std::string trailing = "a ";  // `a\ ` : the escaped space stays
    std::vector<bool> escaped2{false, true};
    CHECK(split_for_read(trailing, ifs, 1, &escaped2) == Fields{"a "});
}
