// test_prompt.cpp: PS1/PS2 backslash escapes (expand_prompt_escapes).
#include <catch2/catch.hpp>

#include <cstdio>
#include <ctime>
#include <string>

#include <readline/readline.h>

#include "shell/interactive/prompt.hpp"

using forksh::PromptInfo;
using forksh::expand_prompt_escapes;

namespace {
PromptInfo sample() {
    PromptInfo info;
    info.user = "alice";
    info.host = "box.example.org";
    info.cwd = "/home/alice/src/forksh";
    info.home = "/home/alice";
    info.jobs = 2;
    info.last_status = 127;
    info.history_number = 42;
    info.root = false;
    struct tm tm {};
    tm.tm_year = 126;
    tm.tm_mon = 4;
    tm.tm_mday = 26;
    tm.tm_hour = 14;
    tm.tm_min = 5;
    tm.tm_sec = 9;
    tm.tm_isdst = -1;
    info.now = std::mktime(&tm);
    return info;
}
}  // namespace

TEST_CASE("prompt: the default PS1 shows the forksh mark, user, short host, ~-directory and $", "[prompt]") {
    CHECK(expand_prompt_escapes(forksh::default_ps1, sample()) == "(forksh) alice@box:~/src/forksh$ ");
    PromptInfo info = sample();
    info.root = true;
    CHECK(expand_prompt_escapes(forksh::default_ps1, info) == "(forksh) alice@box:~/src/forksh# ");
}

TEST_CASE("prompt: backslash-$ is # for root", "[prompt]") {
    PromptInfo info = sample();
    info.root = true;
    CHECK(expand_prompt_escapes("\\$", info) == "#");
}

TEST_CASE("prompt: backslash-w and backslash-W abbreviate the home directory", "[prompt]") {
    PromptInfo info = sample();
    CHECK(expand_prompt_escapes("\\W", info) == "forksh");
    info.cwd = "/home/alice";
    CHECK(expand_prompt_escapes("\\w \\W", info) == "~ ~");
    info.cwd = "/home/alicea";  // not under $HOME, only a common prefix
    CHECK(expand_prompt_escapes("\\w", info) == "/home/alicea");
    info.cwd = "/";
    CHECK(expand_prompt_escapes("\\W", info) == "/");
}

TEST_CASE("prompt: backslash-h backslash-H backslash-j backslash-? backslash-! and the time escapes", "[prompt]") {
    PromptInfo info = sample();
    CHECK(expand_prompt_escapes("\\h|\\H", info) == "box|box.example.org");
    CHECK(expand_prompt_escapes("[\\j] \\? \\!", info) == "[2] 127 42");
    CHECK(expand_prompt_escapes("\\t", info) == "14:05:09");
    CHECK(expand_prompt_escapes("\\A", info) == "14:05");
}

TEST_CASE("prompt: backslash-n backslash-e backslash-backslash octal, and backslash-open-bracket backslash- close-bracket as Readline's invisible markers", "[prompt]") {
    PromptInfo info = sample();
    CHECK(expand_prompt_escapes("a\\nb", info) == "a\nb");
    CHECK(expand_prompt_escapes("\\e[1m", info) == "\033[1m");
    CHECK(expand_prompt_escapes("\\\\", info) == "\\");
    CHECK(expand_prompt_escapes("\\101", info) == "A");
    std::string colored = expand_prompt_escapes("\\[\\e[32m\\]$ ", info);
    CHECK(colored == std::string(1, RL_PROMPT_START_IGNORE) + "\033[32m" +
                         std::string(1, RL_PROMPT_END_IGNORE) + "$ ");
}

TEST_CASE("prompt: unknown escapes and a trailing backslash stay as written", "[prompt]") {
    CHECK(expand_prompt_escapes("\\q x\\", sample()) == "\\q x\\");
}

TEST_CASE("prompt: quoted for expansion: what escapes produce cannot be expanded again", "[prompt]") {
    PromptInfo info = sample();
    info.cwd = "/tmp/$HOME`x`";
    CHECK(expand_prompt_escapes("\\w $X", info, true) == "/tmp/\\$HOME\\`x\\` $X");
    CHECK(expand_prompt_escapes("\\$", info, true) == "\\$");
}
