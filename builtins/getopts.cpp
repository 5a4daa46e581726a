// getopts.cpp: `getopts OPTSTRING NAME [ARG...]`, one option per call.
// No system calls. State between calls lives in OPTIND (the index of the
// next argument, 1-based, as POSIX says) plus, for grouped options like
// `-abc`, the position inside the current word, kept here: it is reset
// whenever OPTIND is assigned by someone else (`OPTIND=1` starts over).
#include <optional>
#include <string>
#include <vector>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view getopts_help =
    "Parse options, one per call, in a loop:\n"
    "    while getopts ab:c opt; do\n"
    "        case $opt in a) ...;; b) echo \"b with $OPTARG\";; ?) exit 2;; esac\n"
    "    done\n"
    "    shift $((OPTIND - 1))\n"
    "OPTSTRING lists the option letters; a letter followed by `:` takes an\n"
    "argument, which is put in OPTARG. NAME gets the letter, or `?` for an\n"
    "unknown option (with a message). A leading `:` in OPTSTRING makes it\n"
    "silent: NAME gets `?` with OPTARG set to the bad letter, or `:` when an\n"
    "argument is missing. ARGs default to the positional parameters.\n"
    "Exit status 0 while options remain, 1 at the first non-option (or `--`).\n";

namespace {
// Where we are inside a word of grouped options.
struct State {
    long last_optind = -1;  // OPTIND as we left it
    size_t word = 0;        // 0-based index of the word being taken apart
    size_t pos = 0;         // next letter in that word (0: none in progress)
};
State state;

// OPTIND as the script left it: 1 unless it holds a sensible index.
long read_optind(const Variables& vars) {
    long long n = 0;
    const std::string* v = vars.get("OPTIND");
    return v != nullptr && parse_decimal(*v, n) && n >= 1 && n < 1000000 ? static_cast<long>(n) : 1;
}

// One call: where it reports, and the variables it sets.
struct Call {
    Shell& sh;
    const Args& args;
    const std::string& name;
    int status = 0;

    // OPTARG set to `value`, or unset.
    void optarg(const std::optional<std::string>& value) {
        if (value)
            sh.vars().set("OPTARG", *value);
        else
            sh.vars().unset("OPTARG");
    }
    // OPTIND and NAME for the next call. 0, or 2 when NAME is readonly.
    int finish(long next_optind, std::string letter) {
        sh.vars().set("OPTIND", std::to_string(next_optind));
        state.last_optind = next_optind;
        return set_variable(sh, args, name, std::move(letter), status, 2) ? 0 : status;
    }
};

// No more options (a word that is not one, or `--`, whose index is skipped).
int end_of_options(Call& call, long next_optind) {
    call.optarg(std::nullopt);
    call.finish(next_optind, "?");
    return 1;
}

// A letter OPTSTRING does not list: `?`, and a message unless silent.
int unknown_option(Call& call, char c, bool silent, long next_optind) {
    if (silent) {
        call.optarg(std::string(1, c));
    } else {
        call.optarg(std::nullopt);
        call.sh.fail(call.args, std::string("illegal option -- ") + c);
    }
    return call.finish(next_optind, "?");
}

// A letter with an argument: the rest of its word (`-cVALUE`), else the next
// word (`words[next]`), else missing (`:` when silent, `?` and a message).
int option_argument(Call& call, char c, bool silent, const std::optional<std::string>& rest,
                    const std::vector<std::string>& words, long next) {
    // OPTIND points past the word being taken apart, as in dash.
    if (rest) {
        call.optarg(*rest);
        return call.finish(next + 1, std::string(1, c));
    }
    if (static_cast<size_t>(next) < words.size()) {
        call.optarg(words[static_cast<size_t>(next)]);
        return call.finish(next + 2, std::string(1, c));
    }
    if (silent) {
        call.optarg(std::string(1, c));
        return call.finish(next + 1, ":");
    }
    call.optarg(std::nullopt);
    call.sh.fail(call.args, std::string("option requires an argument -- ") + c);
    return call.finish(next + 1, "?");
}

}  // namespace

int getopts(Shell& sh, const Args& args) {
    if (args.count() < 3) return sh.usage_error(args, "missing operands");
    const std::string& optstring = args[1];
    Call call{sh, args, args[2]};
    if (!check_name(sh, args, call.name, call.status, 2)) return call.status;
    std::vector<std::string> words = args.count() > 3
                                         ? std::vector<std::string>(args.all().begin() + 3, args.all().end())
                                         : sh.vars().special().positional;
    bool silent = !optstring.empty() && optstring[0] == ':';

    long optind = read_optind(sh.vars());
    if (optind != state.last_optind) state.pos = 0;
    if (state.pos == 0) {
        size_t idx = static_cast<size_t>(optind - 1);
        if (idx >= words.size() || words[idx].size() < 2 || words[idx][0] != '-') return end_of_options(call, optind);
        if (words[idx] == "--") return end_of_options(call, optind + 1);
        state.word = idx;
        state.pos = 1;
    }

    const std::string& word = words[state.word];
    char c = word[state.pos++];
    long next = static_cast<long>(state.word) + 1;  // OPTIND once this word is done
    bool word_done = state.pos >= word.size();
    size_t at = c == ':' ? std::string::npos : optstring.find(c, silent ? 1 : 0);
    bool wants_arg = at != std::string::npos && at + 1 < optstring.size() && optstring[at + 1] == ':';
    if (!wants_arg) {
        if (word_done) state.pos = 0;
        // OPTIND points past the word being taken apart, as in dash.
        if (at == std::string::npos) return unknown_option(call, c, silent, next + 1);
        call.optarg(std::nullopt);
        return call.finish(next + 1, std::string(1, c));
    }
    std::optional<std::string> rest;
    if (!word_done) rest = word.substr(state.pos);
    state.pos = 0;
    return option_argument(call, c, silent, rest, words, next);
}

}  // namespace forksh::builtins
