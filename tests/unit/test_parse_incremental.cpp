// test_parse_incremental.cpp: Parser::next_command reads one complete
// command at a time and asks its InputSource for a line only when it needs
// one; current_line, text_between and recover.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

namespace {

// Hands out lines one at a time and remembers what the parser asked for.
struct LineFeeder {
    std::vector<std::string> lines;
    std::size_t next = 0;
    std::vector<bool> continuation_flags;

    InputSource source() {
        return [this](std::string& line, bool continuation) {
            continuation_flags.push_back(continuation);
            if (next >= lines.size()) return false;
            line += lines[next++];
            return true;
        };
    }
};

std::string error_text(Parser& parser) {
    try {
        parser.next_command();
    } catch (const ParseError& e) {
        return std::string(e.kind() == ParseError::Kind::Incomplete ? "Incomplete " : "Syntax ") +
               std::to_string(e.span().line) + ":" + std::to_string(e.span().column) + " " + e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("parser: next_command reads no further than the end of its command", "[parser][incremental]") {
    LineFeeder feed{{"echo a\n", "echo b\n"}};
    Parser parser(feed.source());
    auto first = parser.next_command();
    REQUIRE(first);
    CHECK(first->items.size() == 1);
    CHECK(feed.next == 1);  // the second line is still unread (a script's `read` may want it)
    auto second = parser.next_command();
    REQUIRE(second);
    CHECK(feed.next == 2);
    CHECK_FALSE(parser.next_command());
}

TEST_CASE("parser: the input source is told when a command continues", "[parser][incremental]") {
    LineFeeder feed{{"if true\n", "then :\n", "fi\n"}};
    Parser parser(feed.source());
    REQUIRE(parser.next_command());
    CHECK(feed.continuation_flags == std::vector<bool>{false, true, true});
}

TEST_CASE("parser: a backslash-newline asks for a continuation line", "[parser][incremental]") {
    LineFeeder feed{{"echo a \\\n", "b\n"}};
    Parser parser(feed.source());
    auto cmd = parser.next_command();
    REQUIRE(cmd);
    CHECK(dump_ast(*cmd) == R"(List @1:1
  AndOr @1:1
    Pipeline @1:1
      Simple @1:1
        word 'echo' @1:1 [Literal "echo"]
        word 'a' @1:6 [Literal "a"]
        word 'b' @2:1 [Literal "b"]
)");
    CHECK(feed.continuation_flags == std::vector<bool>{false, true});
}

TEST_CASE("parser: here-document bodies are read before the command is returned", "[parser][incremental]") {
    LineFeeder feed{{"cat <<EOF\n", "body\n", "EOF\n", "echo next\n"}};
    Parser parser(feed.source());
    REQUIRE(parser.next_command());
    CHECK(feed.next == 3);
}

TEST_CASE("parser: an empty line gives an empty command", "[parser][incremental]") {
    Parser parser(std::string_view("\n# comment\necho\n"));
    auto empty = parser.next_command();
    REQUIRE(empty);
    CHECK(empty->items.empty());
    auto comment = parser.next_command();
    REQUIRE(comment);
    CHECK(comment->items.empty());
    auto echo = parser.next_command();
    REQUIRE(echo);
    CHECK(echo->items.size() == 1);
    CHECK_FALSE(parser.next_command());
}

TEST_CASE("parser: a last line without a newline is still a command", "[parser][incremental]") {
    Parser parser(std::string_view("a\nb"));
    REQUIRE(parser.next_command());
    auto b = parser.next_command();
    REQUIRE(b);
    CHECK(b->items.size() == 1);
    CHECK_FALSE(parser.next_command());
}

TEST_CASE("parser: current_line is the line of the next command", "[parser][incremental]") {
    Parser parser(std::string_view("a\nif b\nthen c\nfi\nd\n"));
    CHECK(parser.current_line() == 1);
    parser.next_command();
    CHECK(parser.current_line() == 2);
    parser.next_command();
    CHECK(parser.current_line() == 5);
}

TEST_CASE("parser: first_line shifts every line number", "[parser][incremental]") {
    ParserOptions options;
    options.first_line = 10;
    Parser parser(std::string_view("\n  fi\n"), options);
    parser.next_command();
    CHECK(error_text(parser) == "Syntax 11:3 syntax error: unexpected 'fi'");
}

TEST_CASE("parser: text_between gives back the text of a command", "[parser][incremental]") {
    Parser parser(std::string_view("sleep 1 | cat &\nwhile a\ndo b; done\n"));
    auto first = parser.next_command();
    REQUIRE(first);
    CHECK(parser.text_between(Span{1, 1}, Span{1, 14}) == "sleep 1 | cat");
    auto loop = parser.next_command();
    REQUIRE(loop);
    CHECK(parser.text_between(loop->span, Span{3, 11}) == "while a\ndo b; done");
}

TEST_CASE("parser: recover skips the rest of a bad line", "[parser][incremental]") {
    Parser parser(std::string_view("echo a ) b c\necho ok\n"));
    CHECK(error_text(parser) == "Syntax 1:8 syntax error: unexpected ')'");
    parser.recover();
    auto next = parser.next_command();
    REQUIRE(next);
    CHECK(dump_ast(*next) == R"(List @2:1
  AndOr @2:1
    Pipeline @2:1
      Simple @2:1
        word 'echo' @2:1 [Literal "echo"]
        word 'ok' @2:6 [Literal "ok"]
)");
}

TEST_CASE("parser: recover after an error at a newline keeps the next line", "[parser][incremental]") {
    Parser parser(std::string_view("for\necho ok\n"));
    CHECK(error_text(parser) == "Syntax 1:4 syntax error: unexpected newline (expecting 'name')");
    parser.recover();
    auto next = parser.next_command();
    REQUIRE(next);
    CHECK(next->items.size() == 1);
    CHECK(next->span == Span{2, 1});
}

TEST_CASE("parser: recover after an error in a here-document line", "[parser][incremental]") {
    Parser parser(std::string_view("cat <<EOF )\nbody\nEOF\necho ok\n"));
    CHECK(error_text(parser) == "Syntax 1:11 syntax error: unexpected ')'");
    parser.recover();
    // The here-document was abandoned with its command: its body lines are
    // read as commands, as in dash.
    auto body = parser.next_command();
    REQUIRE(body);
    CHECK(body->span == Span{2, 1});
}

TEST_CASE("parser: input that ends inside a command is incomplete", "[parser][incremental]") {
    LineFeeder feed{{"echo 'a\n", "b\n"}};
    Parser parser(feed.source());
    CHECK(error_text(parser) == "Incomplete 1:6 syntax error: unterminated quoted string");
    CHECK(feed.continuation_flags == std::vector<bool>{false, true, true});
}

TEST_CASE("parser: parse_program joins all complete commands", "[parser][incremental]") {
    ast::List list = parse_program("a\n\nb; c &\n");
    REQUIRE(list.items.size() == 3);
    CHECK(list.items[2].background);
    CHECK(list.items[1].span == Span{3, 1});
}

// Commands nested in commands are bounded by the stack left alone
// (shell/base/stack_guard.hpp), so the column where it stops depends on the
// build; what must hold: too deep is a syntax error, never a crash, and
// nesting a few hundred deep still parses. 200,000 levels are more than
// any stack here holds.
TEST_CASE("parser: nesting too deep is a syntax error, not a crash", "[parser][incremental]") {
    // `( ` with a blank: `((` would be bash's arithmetic command.
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += "( ";
    CHECK_THAT(error_text(*std::make_unique<Parser>(std::string_view(deep))),
               Catch::Matchers::Contains("syntax error: nesting too deep"));
    std::string fine;
    for (int i = 0; i < 400; ++i) fine += "( ";
    fine += "true" + std::string(400, ')');
    CHECK(error_text(*std::make_unique<Parser>(std::string_view(fine))) == "no error");
}

TEST_CASE("parser: deeply nested $( is a syntax error, not a crash", "[parser][incremental]") {
    std::string deep;
    for (int i = 0; i < 5200; ++i) deep += "$(";
    Parser parser{std::string_view(deep)};
    CHECK_THAT(error_text(parser), Catch::Matchers::Contains("syntax error: nesting too deep"));
}

TEST_CASE("parser: deeply nested ${x:- is a syntax error, not a crash", "[parser][incremental]") {
    std::string deep;
    for (int i = 0; i < 5200; ++i) deep += "${x:-\"";  // the quotes count nothing
    Parser parser{std::string_view(deep)};
    CHECK_THAT(error_text(parser), Catch::Matchers::Contains("syntax error: nesting too deep"));
}
