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
#include <optional>

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

// \W: the last component of the directory as \w shows it (~ and / whole).
std::string last_component(const std::string& cwd, const std::string& home) {
    std::string shown = tilde_path(cwd, home);
    if (shown == "~" || shown == "/") return shown;
    size_t slash = shown.rfind('/');
    return slash == std::string::npos ? shown : shown.substr(slash + 1);
}

// The text of an escape that shows a fact (\u \h \w \j \t ...); nullopt for
// any other escape.
std::optional<std::string> fact_escape(char e, const PromptInfo& info) {
    switch (e) {
        case 'u': return info.user;
        case 'h': return info.host.substr(0, info.host.find('.'));
        case 'H': return info.host;
        case 'w': return tilde_path(info.cwd, info.home);
        case 'W': return last_component(info.cwd, info.home);
        case '$': return std::string(info.root ? "#" : "$");
        case 'j': return std::to_string(info.jobs);
        case '?': return std::to_string(info.last_status);
        case '!': return std::to_string(info.history_number);
        case '#': return std::to_string(info.command_number);
        case 't': return time_text(info.now, "%H:%M:%S");
        case 'T': return time_text(info.now, "%I:%M:%S");
        case '@': return time_text(info.now, "%I:%M %p");
        case 'A': return time_text(info.now, "%H:%M");
        case 'd': return time_text(info.now, "%a %b %d");
        case 's': return info.shell_name;
        case 'v':
        case 'V': return info.version;
        case '\\': return std::string("\\");
        default: return std::nullopt;
    }
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
        if (std::optional<std::string> text = fact_escape(e, info)) {
            put(*text);
            continue;
        }
        switch (e) {
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 'a': out += '\a'; break;
            case 'e': out += '\033'; break;
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
