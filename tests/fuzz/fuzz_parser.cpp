// fuzz_parser: libFuzzer entry point for the syntax layer. Any input must
// either parse or throw ParseError: no crash, no leak, no undefined
// behaviour, no stack overflow (nesting is capped). Each input is fed
//  - to parse_program and dump_ast,
//  - to dump_tokens,
//  - line by line to a Parser with aliases, recovering after each error,
//    the way the interactive shell uses it.
// Crashers found here become cases in tests/unit/test_parser_fuzz_regressions.cpp.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "shell/syntax/ast_dump.hpp"
#include "shell/syntax/parser.hpp"

using namespace forksh;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);

    try {
        ast::List list = parse_program(text);
        (void)dump_ast(list);
    } catch (const ParseError&) {
    }

    (void)dump_tokens(text);

    static const std::map<std::string, std::string, std::less<>> aliases = {
        {"a", "b "}, {"b", "a; c"}, {"ll", "ls -l"}, {"if2", "if true; then"}, {"e", ""}, {"q", "'"},
    };
    ParserOptions options;
    options.aliases = [](std::string_view name) -> const std::string* {
        auto it = aliases.find(name);
        return it == aliases.end() ? nullptr : &it->second;
    };
    std::size_t pos = 0;
    Parser parser(
        [&](std::string& line, bool) {
            if (pos >= text.size()) return false;
            std::size_t nl = text.find('\n', pos);
            std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
            line.append(text.substr(pos, end - pos));
            pos = end;
            return true;
        },
        options);
    for (int i = 0; i < 10000; ++i) {
        try {
            auto cmd = parser.next_command();
            if (!cmd) break;
            (void)dump_ast(*cmd);
            (void)parser.text_between(cmd->span, Span{parser.current_line(), 1});
        } catch (const ParseError& e) {
            if (e.kind() == ParseError::Kind::Incomplete) break;
            parser.recover();
        }
    }
    return 0;
}
