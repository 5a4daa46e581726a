// Unit tests for shell/expand: whole-word expansion on hand-built words (the
// parser is not needed), with a fake SubstitutionRunner for $(...).
//
// A backslash that comes from an unquoted expansion quotes the next character
// in pathname expansion and in `case` patterns (as dash, bash and POSIX 2024),
// and stays in the field when no pathname expansion happens.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "shell/base/diag.hpp"
#include "shell/expand/expand.hpp"
#include "shell/text/pattern.hpp"

using namespace forksh;
using Fields = std::vector<std::string>;

namespace {

// ---- building words by hand ----------------------------------------------------

ast::WordPart lit(std::string text) { return {ast::Literal{std::move(text)}, {}}; }
ast::WordPart sq(std::string text) { return {ast::SingleQuoted{std::move(text)}, {}}; }
ast::WordPart ansi(std::string text) { return {ast::AnsiCQuoted{std::move(text)}, {}}; }
ast::WordPart esc(std::string text) { return {ast::Escaped{std::move(text)}, {}}; }

template <class... P>
ast::Word word(P&&... parts) {
    ast::Word w;
    (w.parts.push_back(std::forward<P>(parts)), ...);
    return w;
}

template <class... P>
ast::WordPart dq(P&&... parts) {
    ast::DoubleQuoted d;
    (d.parts.push_back(std::forward<P>(parts)), ...);
    return {std::move(d), {}};
}

ast::WordPart param(std::string name, ast::ParamOp op = ast::ParamOp::Plain, bool colon = false) {
    ast::Parameter p;
    p.name = std::move(name);
    p.op = op;
    p.colon = colon;
    p.braced = op != ast::ParamOp::Plain;
    return {std::move(p), {3, 7}};
}

ast::WordPart param(std::string name, ast::ParamOp op, bool colon, ast::Word arg) {
    ast::WordPart part = param(std::move(name), op, colon);
    std::get<ast::Parameter>(part.node).arg = std::make_unique<ast::Word>(std::move(arg));
    return part;
}

ast::WordPart subst(std::string text) {
    ast::CommandSubst c;
    c.text = std::move(text);
    return {std::move(c), {}};
}

ast::WordPart arith(ast::Word expr) {
    ast::Arithmetic a;
    a.expr = std::make_unique<ast::Word>(std::move(expr));
    return {std::move(a), {2, 5}};
}

// ---- a shell around the expander --------------------------------------------------

struct FakeRunner : SubstitutionRunner {
    std::map<std::string, std::string> outputs;  // command text -> output
    std::vector<std::string> ran;
    Variables* vars = nullptr;
    std::string run_substitution(const ast::CommandSubst& s) override {
        ran.push_back(s.text);
        if (vars) vars->special().last_status = 7;
        return outputs[s.text];
    }
};

struct Shell {
    Variables vars;
    Options options;
    FakeRunner runner;
    Expander ex{vars, options, runner};
    Shell() {
        runner.vars = &vars;
        vars.unset("IFS");
    }
    void positional(Fields args) { vars.special().positional = std::move(args); }
    Fields fields(const ast::Word& w) {
        Fields out;
        ex.expand_fields(w, out);
        return out;
    }
    std::string error(const ast::Word& w) {
        try {
            fields(w);
        } catch (const ShellError& e) {
            CHECK(e.fatal());
            CHECK(e.status() == 2);
            return e.what();
        }
        return "(no error)";
    }
};

using Op = ast::ParamOp;

// A scratch directory for pathname expansion, removed at the end.
struct TempDir {
    std::string root;
    explicit TempDir(std::initializer_list<std::string> files) {
        char name[] = "/tmp/forksh-expand-XXXXXX";
        REQUIRE(::mkdtemp(name) != nullptr);
        root = name;
        for (const std::string& f : files) std::ofstream(root + "/" + f) << "x";
    }
    ~TempDir() { std::filesystem::remove_all(root); }
};

}  // namespace

// ---- literals and quotes ---------------------------------------------------------------

TEST_CASE("expand: a literal word is one field", "[expand]") {
    Shell sh;
    CHECK(sh.fields(word(lit("hello"))) == Fields{"hello"});
}

TEST_CASE("expand: literal text is never split", "[expand]") {
    Shell sh;
    sh.vars.set("IFS", "l");
    CHECK(sh.fields(word(lit("hello"))) == Fields{"hello"});
}

TEST_CASE("expand: quotes are removed", "[expand]") {
    Shell sh;
    CHECK(sh.fields(word(lit("a"), sq("b c"), dq(lit("d e")), esc(" "), ansi("\t"))) ==
          Fields{"ab cd e \t"});
}

TEST_CASE("expand: empty quotes give one empty field", "[expand]") {
    Shell sh;
    CHECK(sh.fields(word(dq())) == Fields{""});
    CHECK(sh.fields(word(sq(""))) == Fields{""});
}

TEST_CASE("expand: backslash inside double quotes stays", "[expand]") {
    Shell sh;
    CHECK(sh.fields(word(dq(lit("a\\b")))) == Fields{"a\\b"});
}

TEST_CASE("expand: list of words", "[expand]") {
    Shell sh;
    sh.vars.set("x", "1 2");
    std::vector<ast::Word> words;
    words.push_back(word(lit("a")));
    words.push_back(word(param("x")));
    words.push_back(word(dq(param("x"))));
    CHECK(sh.ex.expand_fields(words) == Fields{"a", "1", "2", "1 2"});
}

// ---- parameters -------------------------------------------------------------------------

TEST_CASE("expand: variable value", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "value");
    CHECK(sh.fields(word(lit("<"), param("x"), lit(">"))) == Fields{"<value>"});
}

TEST_CASE("expand: unset variable is empty", "[expand][param]") {
    Shell sh;
    CHECK(sh.fields(word(lit("a"), param("nope"), lit("b"))) == Fields{"ab"});
}

TEST_CASE("expand: empty unquoted expansion makes no field", "[expand][param]") {
    Shell sh;
    sh.vars.set("e", "");
    CHECK(sh.fields(word(param("e"))).empty());
    CHECK(sh.fields(word(param("e"), param("e"))).empty());
    CHECK(sh.fields(word(param("nope"))).empty());
}

TEST_CASE("expand: quoted empty expansion makes an empty field", "[expand][param]") {
    Shell sh;
    sh.vars.set("e", "");
    CHECK(sh.fields(word(dq(param("e")))) == Fields{""});
    CHECK(sh.fields(word(param("e"), dq())) == Fields{""});
}

TEST_CASE("expand: positional parameters", "[expand][param]") {
    Shell sh;
    sh.positional({"one", "two", "three", "4", "5", "6", "7", "8", "9", "ten"});
    CHECK(sh.fields(word(param("1"))) == Fields{"one"});
    CHECK(sh.fields(word(param("3"))) == Fields{"three"});
    CHECK(sh.fields(word(param("10"))) == Fields{"ten"});
    CHECK(sh.fields(word(param("11"))).empty());
}

TEST_CASE("expand: special parameters", "[expand][param]") {
    Shell sh;
    sh.positional({"a", "b"});
    sh.vars.special().last_status = 3;
    sh.vars.special().shell_pid = 4242;
    sh.vars.special().arg0 = "myscript";
    CHECK(sh.fields(word(param("?"))) == Fields{"3"});
    CHECK(sh.fields(word(param("$"))) == Fields{"4242"});
    CHECK(sh.fields(word(param("#"))) == Fields{"2"});
    CHECK(sh.fields(word(param("0"))) == Fields{"myscript"});
}

TEST_CASE("expand: $- lists the option letters", "[expand][param]") {
    Shell sh;
    sh.options.errexit = true;
    sh.options.nounset = true;
    CHECK(sh.fields(word(param("-"))) == Fields{option_letters(sh.options)});
    std::string letters = sh.fields(word(param("-")))[0];
    CHECK(letters.find('e') != std::string::npos);
    CHECK(letters.find('u') != std::string::npos);
    CHECK(letters.find('x') == std::string::npos);
}

TEST_CASE("expand: $! is empty before any background job", "[expand][param]") {
    Shell sh;
    CHECK(sh.fields(word(dq(param("!")))) == Fields{""});
    sh.vars.special().last_background = 999;
    CHECK(sh.fields(word(param("!"))) == Fields{"999"});
}

TEST_CASE("expand: $! with set -u and no job is an error", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    CHECK(sh.error(word(param("!"))) == "!: parameter not set");
}

TEST_CASE("expand: set -u unset variable is a fatal error", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    CHECK(sh.error(word(param("nope"))) == "nope: parameter not set");
    CHECK(sh.error(word(param("1"))) == "1: parameter not set");
}

TEST_CASE("expand: set -u error carries the part's span", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    try {
        sh.fields(word(param("nope")));
        FAIL("no error");
    } catch (const ShellError& e) {
        CHECK(e.span() == Span{3, 7});
    }
}

TEST_CASE("expand: set -u allows $@ and $* with no parameters", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    CHECK(sh.fields(word(param("@"))).empty());
    CHECK(sh.fields(word(dq(param("*")))) == Fields{""});
    CHECK(sh.fields(word(param("#"))) == Fields{"0"});
}

TEST_CASE("expand: set -u allows ${x-default} and ${x+alt}", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(lit("d"))))) == Fields{"d"});
    CHECK(sh.fields(word(dq(param("x", Op::UseAlternative, false, word(lit("a"))))) ) == Fields{""});
}

TEST_CASE("expand: set -u applies to ${#x} and ${x%p}", "[expand][param]") {
    Shell sh;
    sh.options.nounset = true;
    CHECK(sh.error(word(param("x", Op::Length))) == "x: parameter not set");
    CHECK(sh.error(word(param("x", Op::RemoveSmallestSuffix, false, word(lit("a"))))) ==
          "x: parameter not set");
}

// ---- ${x-w} ${x=w} ${x?w} ${x+w} ------------------------------------------------------------

TEST_CASE("expand: ${x-word} and ${x:-word}", "[expand][param]") {
    Shell sh;
    sh.vars.set("set", "v");
    sh.vars.set("empty", "");
    CHECK(sh.fields(word(param("unset", Op::UseDefault, false, word(lit("d"))))) == Fields{"d"});
    CHECK(sh.fields(word(param("set", Op::UseDefault, false, word(lit("d"))))) == Fields{"v"});
    CHECK(sh.fields(word(dq(param("empty", Op::UseDefault, false, word(lit("d")))))) == Fields{""});
    CHECK(sh.fields(word(param("empty", Op::UseDefault, true, word(lit("d"))))) == Fields{"d"});
    CHECK(sh.fields(word(param("set", Op::UseDefault, true, word(lit("d"))))) == Fields{"v"});
}

TEST_CASE("expand: default word is expanded and split when unquoted", "[expand][param]") {
    Shell sh;
    sh.vars.set("y", "1 2");
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(param("y"), lit("3"))))) ==
          Fields{"1", "23"});
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(dq(lit("a b")), lit("c"))))) ==
          Fields{"a bc"});
    CHECK(sh.fields(word(dq(param("x", Op::UseDefault, false, word(param("y"))))) ) ==
          Fields{"1 2"});
}

TEST_CASE("expand: literal text of an unquoted default word is split", "[expand][param]") {
    Shell sh;
    sh.vars.set("y", "Y");
    // dash: ${x-a b} is two fields, ${x-"a b"} one, "${x-a b}" one.
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(lit("a b"))))) == Fields{"a", "b"});
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(dq(lit("a b"))))) ) == Fields{"a b"});
    CHECK(sh.fields(word(dq(param("x", Op::UseDefault, false, word(lit("a b")))))) == Fields{"a b"});
    CHECK(sh.fields(word(param("y", Op::UseAlternative, true, word(param("y"), lit(" c"))))) ==
          Fields{"Y", "c"});
}

TEST_CASE("expand: ${x-} with x unset gives no field", "[expand][param]") {
    Shell sh;
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word()))).empty());
    CHECK(sh.fields(word(param("x", Op::UseDefault, false, word(dq())))) == Fields{""});
}

TEST_CASE("expand: default word gets tilde expansion", "[expand][param]") {
    Shell sh;
    sh.vars.set("HOME", "/home/me");
    CHECK(sh.fields(word(param("x", Op::UseDefault, true, word(lit("~/d"))))) == Fields{"/home/me/d"});
}

TEST_CASE("expand: ${x=word} assigns and expands", "[expand][param]") {
    Shell sh;
    CHECK(sh.fields(word(param("x", Op::AssignDefault, false, word(lit("a b"))))) ==
          Fields{"a", "b"});
    REQUIRE(sh.vars.get("x") != nullptr);
    CHECK(*sh.vars.get("x") == "a b");
}

TEST_CASE("expand: ${x:=word} assigns when empty, ${x=word} does not", "[expand][param]") {
    Shell sh;
    sh.vars.set("e", "");
    CHECK(sh.fields(word(dq(param("e", Op::AssignDefault, false, word(lit("w")))))) == Fields{""});
    CHECK(*sh.vars.get("e") == "");
    CHECK(sh.fields(word(param("e", Op::AssignDefault, true, word(lit("w"))))) == Fields{"w"});
    CHECK(*sh.vars.get("e") == "w");
}

TEST_CASE("expand: ${x=word} assigns the value after quote removal", "[expand][param]") {
    Shell sh;
    sh.vars.set("y", "Y");
    sh.fields(word(param("x", Op::AssignDefault, false, word(sq("a*"), param("y")))));
    CHECK(*sh.vars.get("x") == "a*Y");
}

TEST_CASE("expand: ${1=word} cannot assign", "[expand][param]") {
    Shell sh;
    CHECK(sh.error(word(param("1", Op::AssignDefault, false, word(lit("w"))))) ==
          "1: cannot assign in this way");
    sh.positional({"set"});
    CHECK(sh.fields(word(param("1", Op::AssignDefault, true, word(lit("w"))))) == Fields{"set"});
}

TEST_CASE("expand: ${x:=word} on a readonly unset variable is an error", "[expand][param]") {
    Shell sh;
    sh.vars.set_readonly("r");
    CHECK(sh.error(word(param("r", Op::AssignDefault, true, word(lit("w"))))) == "r: is read only");
}

TEST_CASE("expand: ${x=word} on a readonly set variable just expands", "[expand][param]") {
    Shell sh;
    sh.vars.set("r", "1");
    sh.vars.set_readonly("r");
    CHECK(sh.fields(word(param("r", Op::AssignDefault, true, word(lit("w"))))) == Fields{"1"});
}

TEST_CASE("expand: ${x?word} error messages", "[expand][param]") {
    Shell sh;
    CHECK(sh.error(word(param("x", Op::ErrorIfUnset, false, word(lit("hello world"))))) ==
          "x: hello world");
    CHECK(sh.error(word(param("x", Op::ErrorIfUnset, false))) == "x: parameter not set");
    CHECK(sh.error(word(param("x", Op::ErrorIfUnset, true))) == "x: parameter null or not set");
}

TEST_CASE("expand: ${x:?} on an empty value is an error, ${x?} is not", "[expand][param]") {
    Shell sh;
    sh.vars.set("e", "");
    CHECK(sh.error(word(param("e", Op::ErrorIfUnset, true))) == "e: parameter null or not set");
    CHECK(sh.fields(word(dq(param("e", Op::ErrorIfUnset, false)))) == Fields{""});
}

TEST_CASE("expand: ${x?word} with x set gives its value", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "v");
    CHECK(sh.fields(word(param("x", Op::ErrorIfUnset, true, word(lit("msg"))))) == Fields{"v"});
}

TEST_CASE("expand: ${x+word} and ${x:+word}", "[expand][param]") {
    Shell sh;
    sh.vars.set("set", "v");
    sh.vars.set("empty", "");
    CHECK(sh.fields(word(param("set", Op::UseAlternative, false, word(lit("alt"))))) == Fields{"alt"});
    CHECK(sh.fields(word(param("unset", Op::UseAlternative, false, word(lit("alt"))))).empty());
    CHECK(sh.fields(word(param("empty", Op::UseAlternative, false, word(lit("alt"))))) == Fields{"alt"});
    CHECK(sh.fields(word(param("empty", Op::UseAlternative, true, word(lit("alt"))))).empty());
}

// ---- ${#x} and patterns -------------------------------------------------------------------------

TEST_CASE("expand: ${#x} counts characters of the locale", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "caf\xc3\xa9");
    sh.vars.set("LC_ALL", "C.UTF-8");
    CHECK(sh.fields(word(param("x", Op::Length))) == Fields{"4"});
    sh.vars.set("LC_ALL", "C");  // bytes
    CHECK(sh.fields(word(param("x", Op::Length))) == Fields{"5"});
    sh.vars.unset("LC_ALL");
    CHECK(sh.fields(word(param("nope", Op::Length))) == Fields{"0"});
}

TEST_CASE("expand: ${#@} and ${#*} count positional parameters", "[expand][param]") {
    Shell sh;
    sh.positional({"a b", "c"});
    CHECK(sh.fields(word(param("@", Op::Length))) == Fields{"2"});
    CHECK(sh.fields(word(param("*", Op::Length))) == Fields{"2"});
}

TEST_CASE("expand: prefix and suffix removal", "[expand][param]") {
    Shell sh;
    sh.vars.set("p", "/a/b/c");
    CHECK(sh.fields(word(param("p", Op::RemoveSmallestSuffix, false, word(lit("/*"))))) == Fields{"/a/b"});
    CHECK(sh.fields(word(dq(param("p", Op::RemoveLargestSuffix, false, word(lit("/*")))))) == Fields{""});
    CHECK(sh.fields(word(param("p", Op::RemoveSmallestPrefix, false, word(lit("*/"))))) == Fields{"a/b/c"});
    CHECK(sh.fields(word(param("p", Op::RemoveLargestPrefix, false, word(lit("*/"))))) == Fields{"c"});
}

TEST_CASE("expand: quoted pattern characters are literal in ${x#p}", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "abc");
    sh.vars.set("star", "*");
    // ${x#$star}: an unquoted expansion keeps its meaning: the empty prefix.
    CHECK(sh.fields(word(param("x", Op::RemoveSmallestPrefix, false, word(param("star"))))) == Fields{"abc"});
    CHECK(sh.fields(word(param("x", Op::RemoveLargestPrefix, false, word(param("star"))))).empty());
    // ${x##"$star"}: a literal star, which abc does not start with.
    CHECK(sh.fields(word(param("x", Op::RemoveLargestPrefix, false, word(dq(param("star")))))) == Fields{"abc"});
    sh.vars.set("y", "*abc");
    CHECK(sh.fields(word(param("y", Op::RemoveLargestPrefix, false, word(sq("*"))))) == Fields{"abc"});
}

TEST_CASE("expand: pattern of '${x#*}' is active inside double quotes", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "abc");
    CHECK(sh.fields(word(dq(param("x", Op::RemoveLargestPrefix, false, word(lit("*")))))) == Fields{""});
}

TEST_CASE("expand: pattern removal on $@ works per parameter", "[expand][param]") {
    Shell sh;
    sh.positional({"ab", "ac"});
    CHECK(sh.fields(word(dq(param("@", Op::RemoveSmallestPrefix, false, word(lit("a")))))) ==
          Fields{"b", "c"});
    CHECK(sh.fields(word(dq(param("*", Op::RemoveSmallestPrefix, false, word(lit("a")))))) ==
          Fields{"b c"});
}

TEST_CASE("expand: result of removal is split when unquoted", "[expand][param]") {
    Shell sh;
    sh.vars.set("x", "a b.txt");
    CHECK(sh.fields(word(param("x", Op::RemoveSmallestSuffix, false, word(lit(".txt"))))) ==
          Fields{"a", "b"});
}

// ---- field splitting -------------------------------------------------------------------------

TEST_CASE("expand: unquoted expansion is split on default IFS", "[expand][split]") {
    Shell sh;
    sh.vars.set("x", "  a  b\tc\n");
    CHECK(sh.fields(word(param("x"))) == Fields{"a", "b", "c"});
}

TEST_CASE("expand: quoted expansion is not split", "[expand][split]") {
    Shell sh;
    sh.vars.set("x", " a b ");
    CHECK(sh.fields(word(dq(param("x")))) == Fields{" a b "});
}

TEST_CASE("expand: split result joins surrounding text", "[expand][split]") {
    Shell sh;
    sh.vars.set("x", "a b");
    CHECK(sh.fields(word(param("x"), dq(lit("c d")), param("x"))) == Fields{"a", "bc da", "b"});
    sh.vars.set("s", " ");
    CHECK(sh.fields(word(lit("a"), param("s"), lit("b"))) == Fields{"a", "b"});
}

TEST_CASE("expand: whitespace expansion next to empty quotes", "[expand][split]") {
    Shell sh;
    sh.vars.set("s", " ");
    CHECK(sh.fields(word(param("s"), dq())) == Fields{""});
}

TEST_CASE("expand: IFS with non-whitespace delimiters", "[expand][split]") {
    Shell sh;
    sh.vars.set("IFS", ":");
    sh.vars.set("x", "a::b:");
    CHECK(sh.fields(word(param("x"))) == Fields{"a", "", "b"});
}

TEST_CASE("expand: IFS mixed whitespace and colon", "[expand][split]") {
    Shell sh;
    sh.vars.set("IFS", " :");
    sh.vars.set("x", "a : :b");
    CHECK(sh.fields(word(param("x"))) == Fields{"a", "", "b"});
    sh.vars.set("y", " :b");
    CHECK(sh.fields(word(param("y"))) == Fields{"", "b"});
}

TEST_CASE("expand: empty IFS does not split", "[expand][split]") {
    Shell sh;
    sh.vars.set("IFS", "");
    sh.vars.set("x", "  a  b  ");
    CHECK(sh.fields(word(param("x"))) == Fields{"  a  b  "});
    sh.vars.set("e", "");
    CHECK(sh.fields(word(param("e"))).empty());
}

TEST_CASE("expand: splitting spans several expansions of one word", "[expand][split]") {
    Shell sh;
    sh.vars.set("IFS", ":");
    sh.vars.set("a", "x:");
    sh.vars.set("b", ":y");
    CHECK(sh.fields(word(param("a"), param("b"))) == Fields{"x", "", "y"});
}

TEST_CASE("expand: command substitution is split when unquoted", "[expand][split]") {
    Shell sh;
    sh.runner.outputs["ls"] = "one two\nthree";
    CHECK(sh.fields(word(subst("ls"))) == Fields{"one", "two", "three"});
    CHECK(sh.fields(word(dq(subst("ls")))) == Fields{"one two\nthree"});
}

TEST_CASE("expand: arithmetic result is split by IFS", "[expand][split]") {
    Shell sh;
    sh.vars.set("IFS", "1");
    CHECK(sh.fields(word(arith(word(lit("212"))))) == Fields{"2", "2"});
}

// ---- $@ and $* --------------------------------------------------------------------------------

TEST_CASE("expand: '$@' keeps each parameter whole", "[expand][at]") {
    Shell sh;
    sh.positional({"a b", "", "c"});
    CHECK(sh.fields(word(dq(param("@")))) == Fields{"a b", "", "c"});
}

TEST_CASE("expand: '$@' joins text to the first and last field", "[expand][at]") {
    Shell sh;
    sh.positional({"1", "2"});
    CHECK(sh.fields(word(dq(lit("a"), param("@"), lit("b")))) == Fields{"a1", "2b"});
    sh.positional({"1"});
    CHECK(sh.fields(word(dq(lit("a"), param("@"), lit("b")))) == Fields{"a1b"});
}

TEST_CASE("expand: '$@' with no parameters is no field", "[expand][at]") {
    Shell sh;
    CHECK(sh.fields(word(dq(param("@")))).empty());
    CHECK(sh.fields(word(dq(param("@"), param("@")))).empty());
}

TEST_CASE("expand: '$@' with no parameters but other quoted text", "[expand][at]") {
    Shell sh;
    CHECK(sh.fields(word(dq(param("@")), dq())) == Fields{""});
    CHECK(sh.fields(word(dq(lit("a"), param("@")))) == Fields{"a"});
    CHECK(sh.fields(word(dq(param("x"), param("@")))) == Fields{""});
}

TEST_CASE("expand: '${@:-}' with no parameters is one empty field", "[expand][at]") {
    Shell sh;
    CHECK(sh.fields(word(dq(param("@", Op::UseDefault, true, word())))) == Fields{""});
    sh.positional({"a", "b"});
    CHECK(sh.fields(word(dq(param("@", Op::UseDefault, true, word())))) == Fields{"a", "b"});
}

TEST_CASE("expand: unquoted $@ splits each parameter", "[expand][at]") {
    Shell sh;
    sh.positional({"a b", "c"});
    CHECK(sh.fields(word(lit("x"), param("@"), lit("y"))) == Fields{"xa", "b", "cy"});
    CHECK(sh.fields(word(param("*"))) == Fields{"a", "b", "c"});
}

TEST_CASE("expand: unquoted $@ drops empty parameters", "[expand][at]") {
    Shell sh;
    sh.positional({"a", "", "b"});
    CHECK(sh.fields(word(param("@"))) == Fields{"a", "b"});
}

TEST_CASE("expand: unquoted $* with empty IFS keeps parameters apart", "[expand][at]") {
    Shell sh;
    sh.vars.set("IFS", "");
    sh.positional({"a b", "c"});
    CHECK(sh.fields(word(param("*"))) == Fields{"a b", "c"});
}

TEST_CASE("expand: unquoted $@ with a colon IFS", "[expand][at]") {
    Shell sh;
    sh.vars.set("IFS", ":");
    sh.positional({"a", ":b"});
    CHECK(sh.fields(word(param("@"))) == Fields{"a", "b"});
}

TEST_CASE("expand: '$*' joins with the first IFS character", "[expand][at]") {
    Shell sh;
    sh.positional({"a", "b c"});
    CHECK(sh.fields(word(dq(param("*")))) == Fields{"a b c"});
    sh.vars.set("IFS", ":-");
    CHECK(sh.fields(word(dq(param("*")))) == Fields{"a:b c"});
    sh.vars.set("IFS", "");
    CHECK(sh.fields(word(dq(param("*")))) == Fields{"ab c"});
}

TEST_CASE("expand: '$*' with no parameters is one empty field", "[expand][at]") {
    Shell sh;
    CHECK(sh.fields(word(dq(param("*")))) == Fields{""});
}

TEST_CASE("expand: $@ in a string context is joined", "[expand][at]") {
    Shell sh;
    sh.positional({"a", "b"});
    CHECK(sh.ex.expand_string(word(dq(param("@")))) == "a b");
    sh.vars.set("IFS", ":");
    CHECK(sh.ex.expand_string(word(param("@"))) == "a:b");
    CHECK(sh.ex.expand_string(word(param("*"))) == "a:b");
}

// ---- command substitution and arithmetic ---------------------------------------------------------

TEST_CASE("expand: command substitution asks the runner", "[expand][subst]") {
    Shell sh;
    sh.runner.outputs["date"] = "today";
    CHECK(sh.fields(word(lit("<"), subst("date"), lit(">"))) == Fields{"<today>"});
    CHECK(sh.runner.ran == Fields{"date"});
    CHECK(sh.vars.special().last_status == 7);
}

TEST_CASE("expand: empty command substitution makes no field unquoted", "[expand][subst]") {
    Shell sh;
    CHECK(sh.fields(word(subst("true"))).empty());
    CHECK(sh.fields(word(dq(subst("true")))) == Fields{""});
}

TEST_CASE("expand: substitutions run left to right", "[expand][subst]") {
    Shell sh;
    sh.fields(word(subst("first"), dq(subst("second")), subst("third")));
    CHECK(sh.runner.ran == Fields{"first", "second", "third"});
}

TEST_CASE("expand: arithmetic expansion", "[expand][arith]") {
    Shell sh;
    sh.vars.set("x", "4");
    CHECK(sh.fields(word(arith(word(lit("1 + "), param("x"), lit(" * 2"))))) == Fields{"9"});
    CHECK(sh.fields(word(arith(word(lit("x * x"))))) == Fields{"16"});
    CHECK(sh.fields(word(arith(word(lit("-3"))))) == Fields{"-3"});
}

TEST_CASE("expand: arithmetic assignment sets the variable", "[expand][arith]") {
    Shell sh;
    CHECK(sh.fields(word(arith(word(lit("n = 5 * 2"))))) == Fields{"10"});
    CHECK(*sh.vars.get("n") == "10");
}

TEST_CASE("expand: arithmetic error is fatal with status 2", "[expand][arith]") {
    Shell sh;
    CHECK(sh.error(word(arith(word(lit("1/0"))))) == "1/0: division by zero");
}

TEST_CASE("expand: arithmetic text can contain quotes and substitutions", "[expand][arith]") {
    Shell sh;
    sh.runner.outputs["echo 3"] = "3";
    CHECK(sh.fields(word(arith(word(dq(lit("2")), lit("*"), subst("echo 3"))))) == Fields{"6"});
}

TEST_CASE("expand: arithmetic on a readonly variable is an error", "[expand][arith]") {
    Shell sh;
    sh.vars.set("r", "1");
    sh.vars.set_readonly("r");
    CHECK(sh.error(word(arith(word(lit("r += 1"))))) == "r: is read only");
}

// ---- tilde ------------------------------------------------------------------------------------

TEST_CASE("expand: tilde alone and with a path", "[expand][tilde]") {
    Shell sh;
    sh.vars.set("HOME", "/home/me");
    CHECK(sh.fields(word(lit("~"))) == Fields{"/home/me"});
    CHECK(sh.fields(word(lit("~/bin"))) == Fields{"/home/me/bin"});
}

TEST_CASE("expand: tilde result is not split or globbed", "[expand][tilde]") {
    Shell sh;
    sh.vars.set("HOME", "/my home/*");
    CHECK(sh.fields(word(lit("~"))) == Fields{"/my home/*"});
}

TEST_CASE("expand: tilde only at the start, unquoted", "[expand][tilde]") {
    Shell sh;
    sh.vars.set("HOME", "/h");
    CHECK(sh.fields(word(lit("a~"))) == Fields{"a~"});
    CHECK(sh.fields(word(sq("~"))) == Fields{"~"});
    CHECK(sh.fields(word(esc("~"), lit("/x"))) == Fields{"~/x"});
    CHECK(sh.fields(word(lit("~"), dq(lit("/x")))) == Fields{"~/x"});
}

TEST_CASE("expand: tilde prefix followed by an expansion is not expanded", "[expand][tilde]") {
    Shell sh;
    sh.vars.set("u", "root");
    CHECK(sh.fields(word(lit("~"), param("u"))) == Fields{"~root"});
}

TEST_CASE("expand: ~root uses the password database", "[expand][tilde]") {
    Shell sh;
    CHECK(sh.fields(word(lit("~root"))) == Fields{"/root"});
    CHECK(sh.fields(word(lit("~root/x"))) == Fields{"/root/x"});
}

TEST_CASE("expand: ~unknown user is left unchanged", "[expand][tilde]") {
    Shell sh;
    CHECK(sh.fields(word(lit("~no-such-user-forksh/x"))) == Fields{"~no-such-user-forksh/x"});
}

TEST_CASE("expand: HOME unset falls back to the password entry", "[expand][tilde]") {
    Shell sh;
    sh.vars.unset("HOME");
    std::string home = sh.fields(word(lit("~")))[0];
    CHECK(!home.empty());
    CHECK(home != "~");
    CHECK(home[0] == '/');
}

TEST_CASE("expand: empty HOME gives an empty tilde", "[expand][tilde]") {
    Shell sh;
    sh.vars.set("HOME", "");
    CHECK(sh.fields(word(lit("~/x"))) == Fields{"/x"});
}

// ---- pathname expansion ----------------------------------------------------------------------------

TEST_CASE("expand: unquoted star globs", "[expand][glob]") {
    TempDir d({"a.c", "b.c", "c.h"});
    Shell sh;
    CHECK(sh.fields(word(lit(d.root + "/*.c"))) == Fields{d.root + "/a.c", d.root + "/b.c"});
}

TEST_CASE("expand: no match keeps the word with quotes removed", "[expand][glob]") {
    TempDir d({"a"});
    Shell sh;
    CHECK(sh.fields(word(lit(d.root + "/*.none"), sq("x"))) == Fields{d.root + "/*.nonex"});
    CHECK(sh.fields(word(lit(d.root + "/["), sq("*"), lit("*"))) == Fields{d.root + "/[**"});
}

TEST_CASE("expand: quoted glob characters are literal", "[expand][glob]") {
    TempDir d({"a*", "ab"});
    Shell sh;
    CHECK(sh.fields(word(lit(d.root + "/a"), sq("*"))) == Fields{d.root + "/a*"});
    CHECK(sh.fields(word(lit(d.root + "/a"), dq(lit("*")), lit("*"))) == Fields{d.root + "/a*"});
    CHECK(sh.fields(word(lit(d.root + "/"), esc("a"), lit("*"))) == Fields{d.root + "/a*", d.root + "/ab"});
}

TEST_CASE("expand: quoted characters inside a bracket are literal", "[expand][glob]") {
    TempDir d({"-", "b"});
    Shell sh;
    // [a"-"c] is the set {a, -, c}: it matches - and not b.
    CHECK(sh.fields(word(lit(d.root + "/[a"), dq(lit("-")), lit("c]"))) == Fields{d.root + "/-"});
}

TEST_CASE("expand: glob characters from unquoted expansions are active", "[expand][glob]") {
    TempDir d({"x1", "x2"});
    Shell sh;
    sh.vars.set("p", d.root + "/x*");
    CHECK(sh.fields(word(param("p"))) == Fields{d.root + "/x1", d.root + "/x2"});
    CHECK(sh.fields(word(dq(param("p")))) == Fields{d.root + "/x*"});
}

TEST_CASE("expand: set -f turns globbing off", "[expand][glob]") {
    TempDir d({"x1"});
    Shell sh;
    sh.options.noglob = true;
    CHECK(sh.fields(word(lit(d.root + "/x*"))) == Fields{d.root + "/x*"});
}

TEST_CASE("expand: each split field is globbed separately", "[expand][glob]") {
    TempDir d({"a1", "b1"});
    Shell sh;
    sh.vars.set("p", d.root + "/a* " + d.root + "/b*");
    CHECK(sh.fields(word(param("p"))) == Fields{d.root + "/a1", d.root + "/b1"});
}

TEST_CASE("expand: backslash from an expansion stays when nothing globs", "[expand][glob]") {
    Shell sh;
    sh.vars.set("x", "a\\b");
    CHECK(sh.fields(word(param("x"))) == Fields{"a\\b"});
    sh.vars.set("y", "/nonexistent-forksh/\\*");
    CHECK(sh.fields(word(param("y"))) == Fields{"/nonexistent-forksh/\\*"});
    sh.vars.set("z", "/nonexistent-forksh/a\\b*");  // a pattern without a match: unchanged
    CHECK(sh.fields(word(param("z"))) == Fields{"/nonexistent-forksh/a\\b*"});
}

TEST_CASE("expand: backslash from an expansion quotes in pathname expansion", "[expand][glob]") {
    TempDir d({"a*", "a\\b", "ab"});
    Shell sh;
    sh.vars.set("x", d.root + "/a\\*");  // nothing special left: not a pattern, kept
    CHECK(sh.fields(word(param("x"))) == Fields{d.root + "/a\\*"});
    sh.vars.set("x", d.root + "/a\\b*");  // \b is b
    CHECK(sh.fields(word(param("x"))) == Fields{d.root + "/ab"});
    sh.vars.set("x", d.root + "/\\a?");
    CHECK(sh.fields(word(param("x"))) == Fields{d.root + "/a*", d.root + "/ab"});
}

// ---- strings, assignments, patterns, here-documents ---------------------------------------------------

TEST_CASE("expand: expand_string neither splits nor globs", "[expand][string]") {
    Shell sh;
    sh.vars.set("x", " a  * ");
    CHECK(sh.ex.expand_string(word(param("x"), lit("*"))) == " a  * *");
}

TEST_CASE("expand: expand_string removes quotes and expands tilde", "[expand][string]") {
    Shell sh;
    sh.vars.set("HOME", "/h");
    CHECK(sh.ex.expand_string(word(lit("~/f"), sq("'x'"), dq(lit("y")))) == "/h/f'x'y");
    CHECK(sh.ex.expand_string(word()) == "");
}

TEST_CASE("expand: assignment expands tilde after = and each colon", "[expand][assign]") {
    Shell sh;
    sh.vars.set("HOME", "/h");
    CHECK(sh.ex.expand_assignment(word(lit("~:~/a:b~:~root"))) == "/h:/h/a:b~:/root");
    CHECK(sh.ex.expand_assignment(word(lit("a:~"))) == "a:/h");
}

TEST_CASE("expand: assignment does not expand a quoted tilde", "[expand][assign]") {
    Shell sh;
    sh.vars.set("HOME", "/h");
    CHECK(sh.ex.expand_assignment(word(lit("a:"), sq("~"))) == "a:~");
    CHECK(sh.ex.expand_assignment(word(sq("~"), lit(":~"))) == "~:/h");
}

TEST_CASE("expand: assignment value is not split or globbed", "[expand][assign]") {
    Shell sh;
    sh.vars.set("x", "a   b *");
    CHECK(sh.ex.expand_assignment(word(param("x"))) == "a   b *");
}

TEST_CASE("expand: expand_pattern escapes quoted characters", "[expand][pattern]") {
    Shell sh;
    sh.vars.set("star", "*");
    CHECK(sh.ex.expand_pattern(word(lit("a*"), sq("*?"), dq(lit("[x]")))) == "a*\\*\\?\\[x\\]");
    CHECK(sh.ex.expand_pattern(word(param("star"), dq(param("star")))) == "*\\*");
    CHECK(sh.ex.expand_pattern(word(esc("*"))) == "\\*");
}

TEST_CASE("expand: expand_pattern results match as case does", "[expand][pattern]") {
    Shell sh;
    sh.vars.set("x", "*");
    CHECK(pattern_match(sh.ex.expand_pattern(word(param("x"))), "abc"));
    CHECK_FALSE(pattern_match(sh.ex.expand_pattern(word(dq(param("x")))), "abc"));
    CHECK(pattern_match(sh.ex.expand_pattern(word(dq(param("x")))), "*"));
    CHECK(pattern_match(sh.ex.expand_pattern(word(lit("a"), sq("b*"))), "ab*"));
    CHECK_FALSE(pattern_match(sh.ex.expand_pattern(word(lit("a"), sq("b*"))), "abc"));
}

TEST_CASE("expand: backslash from an unquoted expansion quotes in a pattern", "[expand][pattern]") {
    Shell sh;
    sh.vars.set("x", "\\*");
    CHECK(pattern_match(sh.ex.expand_pattern(word(param("x"))), "*"));
    CHECK_FALSE(pattern_match(sh.ex.expand_pattern(word(param("x"))), "a"));
}

TEST_CASE("expand: here-document body: expansions, no splitting, no tilde", "[expand][heredoc]") {
    Shell sh;
    sh.vars.set("HOME", "/h");
    sh.vars.set("x", "a  b *");
    sh.runner.outputs["cmd"] = "out";
    CHECK(sh.ex.expand_heredoc(word(lit("~ "), param("x"), lit(" "), subst("cmd"), lit(" "),
                                    arith(word(lit("1+1"))), esc("$"), lit("\n"))) ==
          "~ a  b * out 2$\n");
}

TEST_CASE("expand: here-document keeps backslashes and quotes of literal text", "[expand][heredoc]") {
    Shell sh;
    CHECK(sh.ex.expand_heredoc(word(lit("a \\q \"b\" 'c'\n"))) == "a \\q \"b\" 'c'\n");
}

TEST_CASE("expand: errors in expand_string are fatal too", "[expand][string]") {
    Shell sh;
    try {
        sh.ex.expand_string(word(param("x", Op::ErrorIfUnset, true)));
        FAIL("no error");
    } catch (const ShellError& e) {
        CHECK(std::string(e.what()) == "x: parameter null or not set");
        CHECK(e.fatal());
    }
}

TEST_CASE("expand: a bad substitution fails when expanded", "[expand][param]") {
    Shell sh;
    ast::WordPart part = param("x", Op::Plain, false, word(lit("a")));
    auto& p = std::get<ast::Parameter>(part.node);
    p.bad = true;
    p.arg->text = "/a/b";
    CHECK(sh.error(word(std::move(part))) == "${x/a/b}: bad substitution");
}

TEST_CASE("expand: brace expansion before the other expansions", "[expand][brace]") {
    Shell sh;
    sh.vars.set("a", "1 2");
    // {x,$a}: the parameter is copied into the second word, then split.
    CHECK(sh.fields(word(lit("{x,"), param("a"), lit("}y"))) == Fields{"xy", "1", "2y"});
    // The quoted comma and brace are not the expression's: {a"b,c"}.
    CHECK(sh.fields(word(lit("{a"), dq(lit("b,c")), lit("}"))) == Fields{"{ab,c}"});
    CHECK(sh.fields(word(lit("{01..3}"))) == Fields{"01", "02", "03"});
    // $(...) runs once per word made.
    sh.runner.outputs["n"] = "N";
    CHECK(sh.fields(word(lit("{p,q}"), subst("n"))) == Fields{"pN", "qN"});
    CHECK(sh.runner.ran.size() == 2);
}

TEST_CASE("expand: no brace expansion in strict POSIX mode or with set +B", "[expand][brace]") {
    Shell sh;
    sh.options.posix = true;
    CHECK(sh.fields(word(lit("{a,b}"))) == Fields{"{a,b}"});
    sh.options.posix = false;
    sh.options.braceexpand = false;
    CHECK(sh.fields(word(lit("{a,b}"))) == Fields{"{a,b}"});
    sh.options.braceexpand = true;
    CHECK(sh.fields(word(lit("{a,b}"))) == Fields{"a", "b"});
    // Assignment values and strings are never brace-expanded.
    CHECK(sh.ex.expand_assignment(word(lit("{a,b}"))) == "{a,b}");
}
