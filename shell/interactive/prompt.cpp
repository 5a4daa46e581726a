// prompt.cpp: PS1/PS2 escapes and expansion. System calls: getuid,
// getpwuid (user name), gethostname, time/localtime (for \t and friends).
#include "shell/interactive/prompt.hpp"

#include <pwd.h>
#include <stdio.h>
#include <readline/readline.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <memory>

#include "shell/base/diag.hpp"
#include "shell/exec/exec.hpp"
#include "shell/state/history.hpp"
#include "shell/os/jobs.hpp"
#include "shell/syntax/parser.hpp"
#include "shell/shell.hpp"

namespace forksh {

namespace {

std::string quoted(std::string_view text, bool quote) {
    if (!quote) return std::string(text);
    std::string out;
    for (char c : text) {
        if (c == '$' || c == '`' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string time_text(std::time_t now, const char* format) {
    struct tm tm {};
    localtime_r(&now, &tm);
    char buffer[64];
    // The formats are the few literals in expand_prompt_escapes.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    size_t n = std::strftime(buffer, sizeof buffer, format, &tm);
#pragma GCC diagnostic pop
    return std::string(buffer, n);
}

std::string tilde_path(const std::string& cwd, const std::string& home) {
    if (!home.empty() && home != "/" && cwd.compare(0, home.size(), home) == 0 &&
        (cwd.size() == home.size() || cwd[home.size()] == '/'))
        return "~" + cwd.substr(home.size());
    return cwd;
}

}  // namespace

std::string expand_prompt_escapes(std::string_view ps, const PromptInfo& info, bool quote_for_expansion) {
    std::string out;
    auto put = [&](std::string_view text) { out += quoted(text, quote_for_expansion); };
    for (size_t i = 0; i < ps.size(); ++i) {
        char c = ps[i];
        if (c != '\\' || i + 1 == ps.size()) {
            out += c;
            continue;
        }
        char e = ps[++i];
        switch (e) {
            case 'u': put(info.user); break;
            case 'h': put(info.host.substr(0, info.host.find('.'))); break;
            case 'H': put(info.host); break;
            case 'w': put(tilde_path(info.cwd, info.home)); break;
            case 'W': {
                std::string shown = tilde_path(info.cwd, info.home);
                if (shown != "~" && shown != "/") {
                    size_t slash = shown.rfind('/');
                    if (slash != std::string::npos) shown = shown.substr(slash + 1);
                }
                put(shown);
                break;
            }
            case '$': put(info.root ? "#" : "$"); break;
            case 'j': put(std::to_string(info.jobs)); break;
            case '?': put(std::to_string(info.last_status)); break;
            case '!': put(std::to_string(info.history_number)); break;
            case '#': put(std::to_string(info.command_number)); break;
            case 't': put(time_text(info.now, "%H:%M:%S")); break;
            case 'T': put(time_text(info.now, "%I:%M:%S")); break;
            case '@': put(time_text(info.now, "%I:%M %p")); break;
            case 'A': put(time_text(info.now, "%H:%M")); break;
            case 'd': put(time_text(info.now, "%a %b %d")); break;
            case 's': put(info.shell_name); break;
            case 'v':
            case 'V': put(info.version); break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 'a': out += '\a'; break;
            case 'e': out += '\033'; break;
            case '\\': put("\\"); break;
            case '[': out += RL_PROMPT_START_IGNORE; break;
            case ']': out += RL_PROMPT_END_IGNORE; break;
            default:
                if (e >= '0' && e <= '7') {
                    // \nnn: up to three octal digits.
                    int value = 0, digits = 0;
                    while (digits < 3 && i < ps.size() && ps[i] >= '0' && ps[i] <= '7') {
                        value = value * 8 + (ps[i] - '0');
                        ++i;
                        ++digits;
                    }
                    --i;
                    put(std::string(1, static_cast<char>(value)));
                } else {
                    out += '\\';
                    out += e;
                }
        }
    }
    return out;
}

PromptInfo make_prompt_info(Shell& sh, long command_number) {
    PromptInfo info;
    info.command_number = command_number;
    if (const std::string* user = sh.vars().get("USER"))
        info.user = *user;
    else if (struct passwd* pw = ::getpwuid(::getuid()))
        info.user = pw->pw_name;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0) info.host = host;
    if (const std::string* pwd = sh.vars().get("PWD")) info.cwd = *pwd;
    if (const std::string* home = sh.vars().get("HOME")) info.home = *home;
    for (const Job& job : sh.jobs().all())
        if (job.id != 0) ++info.jobs;
    info.last_status = sh.last_status();
    std::vector<history::Entry> entries = history::entries();
    info.history_number = entries.empty() ? 1 : entries.back().number + 1;
    info.root = ::geteuid() == 0;
    info.now = std::time(nullptr);
    return info;
}

std::string expand_parameters(Shell& sh, const std::string& text) {
    return sh.executor().expander().expand_text(text);
}

std::string make_prompt(Shell& sh, bool continuation, long command_number) {
    const std::string* ps = sh.vars().get(continuation ? "PS2" : "PS1");
    std::string text = ps ? *ps : std::string(continuation ? "> " : "");
    if (text.empty()) return text;
    PromptInfo info = make_prompt_info(sh, command_number);
    try {
        return expand_parameters(sh, expand_prompt_escapes(text, info, true));
    } catch (const ParseError&) {
    } catch (const ShellError& e) {
        report(e.what());
    } catch (const std::exception&) {
    }
    return expand_prompt_escapes(text, info, false);
}

}  // namespace forksh
