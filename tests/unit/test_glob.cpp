// Unit tests for shell/glob: pathname expansion in a scratch directory tree.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "shell/expand/glob.hpp"
#include "shell/text/pattern.hpp"

using forksh::glob_expand;
using forksh::pattern_escape;
using Fields = std::vector<std::string>;
namespace fs = std::filesystem;

namespace {

// A fresh directory under /tmp with the given files ("d/x" creates d too),
// removed at the end of the test.
struct Tree {
    std::string root;
    explicit Tree(std::initializer_list<std::string> files) {
        char name[] = "/tmp/forksh-glob-XXXXXX";
        REQUIRE(::mkdtemp(name) != nullptr);
        root = name;
        for (const std::string& f : files) {
            fs::path p = fs::path(root) / f;
            if (f.ends_with("/")) {
                fs::create_directories(p);
            } else {
                fs::create_directories(p.parent_path());
                std::ofstream(p.string()) << "x";
            }
        }
    }
    ~Tree() { fs::remove_all(root); }
    // The root, escaped, so that only `tail` acts as a pattern.
    std::string pattern(std::string_view tail) const { return pattern_escape(root) + "/" + std::string(tail); }
    // Expand and strip the root from each result.
    Fields glob(std::string_view tail) const {
        Fields out;
        glob_expand(pattern(tail), out);
        for (std::string& s : out) s = s.substr(root.size() + 1);
        return out;
    }
};

}  // namespace

TEST_CASE("glob: star lists matching names sorted", "[glob]") {
    Tree t({"b.c", "a.c", "c.h", "ab.c"});
    CHECK(t.glob("*.c") == Fields{"a.c", "ab.c", "b.c"});
    CHECK(t.glob("*") == Fields{"a.c", "ab.c", "b.c", "c.h"});
}

TEST_CASE("glob: no match appends nothing", "[glob]") {
    Tree t({"a"});
    Fields out{"keep"};
    CHECK(glob_expand(t.pattern("*.none"), out) == 0);
    CHECK(out == Fields{"keep"});
}

TEST_CASE("glob: returns the count it appended", "[glob]") {
    Tree t({"x1", "x2"});
    Fields out{"before"};
    CHECK(glob_expand(t.pattern("x?"), out) == 2);
    CHECK(out.size() == 3);
    CHECK(out[0] == "before");
}

TEST_CASE("glob: hidden files need an explicit dot", "[glob]") {
    Tree t({".hidden", "shown"});
    CHECK(t.glob("*") == Fields{"shown"});
    CHECK(t.glob("?hidden").empty());
    CHECK(t.glob(".h*") == Fields{".hidden"});
}

TEST_CASE("glob: .* includes . and .. as dash does", "[glob]") {
    Tree t({".a"});
    CHECK(t.glob(".*") == Fields{".", "..", ".a"});
}

TEST_CASE("glob: question mark and brackets", "[glob]") {
    Tree t({"f1", "f2", "f10", "g1"});
    CHECK(t.glob("f?") == Fields{"f1", "f2"});
    CHECK(t.glob("[fg]1") == Fields{"f1", "g1"});
    CHECK(t.glob("[!f]*") == Fields{"g1"});
    CHECK(t.glob("f[[:digit:]][[:digit:]]") == Fields{"f10"});
}

TEST_CASE("glob: wildcard in a directory component", "[glob]") {
    Tree t({"d1/x/f", "d2/f", "d3/g", "file"});
    CHECK(t.glob("*/f") == Fields{"d2/f"});
    CHECK(t.glob("d*/*") == Fields{"d1/x", "d2/f", "d3/g"});
    CHECK(t.glob("*/*/f") == Fields{"d1/x/f"});
}

TEST_CASE("glob: dir/*/file through literal and wildcard parts", "[glob]") {
    Tree t({"src/a/main.c", "src/b/main.c", "src/c/other.c"});
    CHECK(t.glob("src/*/main.c") == Fields{"src/a/main.c", "src/b/main.c"});
}

TEST_CASE("glob: trailing slash matches directories only", "[glob]") {
    Tree t({"dir/", "file"});
    CHECK(t.glob("*/") == Fields{"dir/"});
}

TEST_CASE("glob: escaped wildcards are literal", "[glob]") {
    Tree t({"a*", "ab"});
    CHECK(t.glob("a\\*") == Fields{"a*"});  // no wildcard: just an existence check
    CHECK(t.glob("\\a*") == Fields{"a*", "ab"});
    CHECK(t.glob("[a]\\*") == Fields{"a*"});
}

TEST_CASE("glob: names with spaces and special characters", "[glob]") {
    Tree t({"with space", "[x]", "q?"});
    CHECK(t.glob("with*") == Fields{"with space"});
    CHECK(t.glob("\\[*") == Fields{"[x]"});
    CHECK(t.glob("q\\?*") == Fields{"q?"});
}

TEST_CASE("glob: sorted byte-wise over whole paths", "[glob]") {
    Tree t({"a-b/x", "a/x", "B"});
    CHECK(t.glob("*") == Fields{"B", "a", "a-b"});
    CHECK(t.glob("*/x") == Fields{"a-b/x", "a/x"});
}

TEST_CASE("glob: literal last component must exist", "[glob]") {
    Tree t({"d1/f", "d2/g"});
    CHECK(t.glob("d*/f") == Fields{"d1/f"});
    CHECK(t.glob("d*/nothing").empty());
}

TEST_CASE("glob: a file is not searched as a directory", "[glob]") {
    Tree t({"file", "dir/entry"});
    CHECK(t.glob("*/*") == Fields{"dir/entry"});
}

TEST_CASE("glob: absolute pattern from the root", "[glob]") {
    Fields out;
    REQUIRE(glob_expand("/tm?", out) == 1);
    CHECK(out == Fields{"/tmp"});
}

TEST_CASE("glob: relative pattern reads the current directory", "[glob]") {
    Tree t({"rel1", "rel2"});
    std::string old = fs::current_path().string();
    REQUIRE(::chdir(t.root.c_str()) == 0);
    Fields out;
    glob_expand("rel*", out);
    REQUIRE(::chdir(old.c_str()) == 0);
    CHECK(out == Fields{"rel1", "rel2"});
}

TEST_CASE("glob: unreadable or missing directory gives nothing", "[glob]") {
    Fields out;
    CHECK(glob_expand("/nonexistent-forksh-dir/*", out) == 0);
    CHECK(out.empty());
}
