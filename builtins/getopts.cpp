// getopts.cpp: `getopts OPTSTRING NAME [ARG...]`, one option per call.
// No system calls. State between calls lives in OPTIND (the index of the
// next argument, 1-based, as POSIX says) plus, for grouped options like
// `-abc`, the position inside the current word, kept here: it is reset
// whenever OPTIND is assigned by someone else (`OPTIND=1` starts over).
#include <string>

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
}  // namespace

int getopts(Shell& sh, const Args& args) {
    if (args.count() < 3) return sh.usage_error(args, "missing operands");
    const std::string& optstring = args[1];
    const std::string& name = args[2];
    int status = 0;
    if (!check_name(sh, args, name, status, 2)) return status;
    std::vector<std::string> words = args.count() > 3
                                         ? std::vector<std::string>(args.all().begin() + 3, args.all().end())
                                         : sh.vars().special().positional;
    bool silent = !optstring.empty() && optstring[0] == ':';
    Variables& vars = sh.vars();

    long optind = 1;
    if (const std::string* v = vars.get("OPTIND")) {
        long long n = 0;
        if (parse_decimal(*v, n) && n >= 1 && n < 1000000) optind = static_cast<long>(n);
    }
    if (optind != state.last_optind) state.pos = 0;

    auto finish_call = [&](long next_optind, std::string letter) {
        vars.set("OPTIND", std::to_string(next_optind));
        state.last_optind = next_optind;
        return set_variable(sh, args, name, std::move(letter), status, 2) ? 0 : status;
    };

    if (state.pos == 0) {
        size_t idx = static_cast<size_t>(optind - 1);
        if (idx >= words.size() || words[idx].size() < 2 || words[idx][0] != '-') {
            vars.unset("OPTARG");
            finish_call(optind, "?");
            return 1;
        }
        if (words[idx] == "--") {
            vars.unset("OPTARG");
            finish_call(optind + 1, "?");
            return 1;
        }
        state.word = idx;
        state.pos = 1;
    }

    const std::string& word = words[state.word];
    char c = word[state.pos++];
    long next = static_cast<long>(state.word) + 1;  // OPTIND once this word is done
    bool word_done = state.pos >= word.size();
    // OPTIND points past the word being taken apart, as in dash.
    long new_optind = next + 1;

    size_t at = c == ':' ? std::string::npos : optstring.find(c, silent ? 1 : 0);
    if (at == std::string::npos) {
        if (word_done) state.pos = 0;
        if (silent) {
            vars.set("OPTARG", std::string(1, c));
        } else {
            vars.unset("OPTARG");
            sh.fail(args, std::string("illegal option -- ") + c);
        }
        return finish_call(new_optind, "?");
    }
    bool wants_arg = at + 1 < optstring.size() && optstring[at + 1] == ':';
    if (!wants_arg) {
        if (word_done) state.pos = 0;
        vars.unset("OPTARG");
        return finish_call(new_optind, std::string(1, c));
    }
    size_t rest = state.pos;
    state.pos = 0;
    if (!word_done) {
        // `-cVALUE`: the rest of this word is the argument.
        vars.set("OPTARG", word.substr(rest));
        return finish_call(new_optind, std::string(1, c));
    }
    if (static_cast<size_t>(next) < words.size()) {
        vars.set("OPTARG", words[static_cast<size_t>(next)]);
        return finish_call(next + 2, std::string(1, c));
    }
    if (silent) {
        vars.set("OPTARG", std::string(1, c));
        return finish_call(new_optind, ":");
    }
    vars.unset("OPTARG");
    sh.fail(args, std::string("option requires an argument -- ") + c);
    return finish_call(new_optind, "?");
}

}  // namespace forksh::builtins
