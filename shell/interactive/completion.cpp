// completion.cpp: TAB completion through Readline's hooks
// (rl_attempted_completion_function, rl_filename_quoting_function, ...), set
// and read through the table of the loaded library (readline_library.hpp).
// System calls: opendir/readdir and access(X_OK) over the $PATH directories.
#include "shell/interactive/completion.hpp"

#include <dirent.h>
#include <pwd.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <set>

#include "builtins/builtin.hpp"
#include "shell/interactive/readline_library.hpp"
#include "shell/os/jobs.hpp"
#include "shell/shell.hpp"

namespace forksh {

namespace {

Shell* completing_shell = nullptr;
const ReadlineLibrary* rl = nullptr;

// Characters that end a word for completion (bash's set: `$` and `{` are
// not among them, so `$HO` and `${HO` are words of their own).
char word_breaks[] = " \t\n\"'@><=;|&(:";
char quote_chars[] = "'\"";
// Characters a file name must have quoted to be read back as one word.
char filename_specials[] = " \t\n\\\"'@<>=;|&()#$`?*[!:{~";

bool is_keyword_before_command(std::string_view word) {
    static constexpr std::string_view words[] = {"then", "do", "else", "elif", "if", "while",
                                                  "until", "!", "{", "time", "exec", "command"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

bool is_assignment(std::string_view word) {
    size_t eq = word.find('=');
    if (eq == std::string_view::npos || eq == 0) return false;
    for (size_t i = 0; i < eq; ++i) {
        char c = word[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    }
    return !std::isdigit(static_cast<unsigned char>(word[0]));
}

// Is the word that starts at `start` in command position?
bool command_position(std::string_view line, size_t start) {
    size_t i = start;
    while (i > 0 && (line[i - 1] == ' ' || line[i - 1] == '\t')) --i;
    if (i == 0) return true;
    char c = line[i - 1];
    if (std::strchr(";|&(`{\n", c)) return true;
    // The previous word: a keyword, or an assignment in command position.
    size_t end = i;
    while (i > 0 && !std::strchr(" \t;|&(`\n", line[i - 1])) --i;
    std::string_view previous = line.substr(i, end - i);
    if (is_keyword_before_command(previous)) return true;
    if (is_assignment(previous)) return command_position(line, i);
    return false;
}

std::vector<std::string> command_names(Shell& sh, std::string_view prefix) {
    std::set<std::string> names;
    auto take = [&](std::string_view name) {
        if (name.substr(0, prefix.size()) == prefix) names.emplace(name);
    };
    for (const builtins::Builtin& b : builtins::all()) take(b.name);
    for (const auto& [name, body] : sh.functions().all()) take(name);
    for (const auto& [name, value] : sh.aliases().all()) take(name);
    for (std::string_view kw : {"if", "then", "else", "elif", "fi", "case", "esac", "for", "while",
                                "until", "do", "done", "in", "time"})
        take(kw);
    const std::string* path = sh.vars().get("PATH");
    std::string_view dirs = path ? std::string_view(*path) : std::string_view();
    while (!dirs.empty() || path) {
        size_t colon = dirs.find(':');
        std::string dir(dirs.substr(0, colon));
        if (dir.empty()) dir = ".";
        if (DIR* d = ::opendir(dir.c_str())) {
            while (dirent* e = ::readdir(d)) {
                std::string_view name = e->d_name;
                if (name == "." || name == ".." || name.substr(0, prefix.size()) != prefix) continue;
                std::string full = dir + "/" + std::string(name);
                struct stat st {};
                if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(full.c_str(), X_OK) == 0)
                    names.emplace(name);
            }
            ::closedir(d);
        }
        if (colon == std::string_view::npos) break;
        dirs.remove_prefix(colon + 1);
    }
    return {names.begin(), names.end()};
}

std::vector<std::string> variable_names(Shell& sh, std::string_view word) {
    bool braced = word.substr(0, 2) == "${";
    std::string_view prefix = word.substr(braced ? 2 : 1);
    std::vector<std::string> out;
    for (const auto& [name, var] : sh.vars().sorted())
        if (std::string_view(name).substr(0, prefix.size()) == prefix)
            out.push_back((braced ? "${" : "$") + name + (braced ? "}" : ""));
    return out;
}

std::vector<std::string> job_specs(Shell& sh, std::string_view word) {
    std::set<std::string> out;
    for (const Job& job : sh.jobs().all()) {
        if (job.id == 0) continue;
        std::string number = "%" + std::to_string(job.id);
        std::string name = "%" + job.text.substr(0, job.text.find(' '));
        for (const std::string& spec : {number, name})
            if (std::string_view(spec).substr(0, word.size()) == word) out.insert(spec);
    }
    return {out.begin(), out.end()};
}

// The candidates of the current completion, handed out one by one.
std::vector<std::string> pending;
size_t pending_next = 0;

char* next_candidate(const char*, int state) {
    if (state == 0) pending_next = 0;
    if (pending_next >= pending.size()) return nullptr;
    return ::strdup(pending[pending_next++].c_str());
}

char** attempt_completion(const char* text, int start, int end) {
    std::string line(*rl->rl_line_buffer, static_cast<size_t>(end));
    CompletionKind kind = classify_completion(line, static_cast<size_t>(start));
    std::string word = text;
    if (kind == CompletionKind::File) {
        // `~ro` TAB: user names first (getpwent), as bash; Readline's file
        // name completion does not offer them. No user: files named ~...
        if (word.size() > 0 && word[0] == '~' && word.find('/') == std::string::npos) {
            char** users = rl->rl_completion_matches(text, rl->rl_username_completion_function);
            if (users) {
                *rl->rl_attempted_completion_over = 1;
                return users;
            }
        }
        return nullptr;  // Readline's own file name completion
    }
    *rl->rl_attempted_completion_over = 1;
    pending = completion_candidates(*completing_shell, kind, word);
    if (kind == CompletionKind::Variable && word.substr(0, 2) == "${") *rl->rl_completion_append_character = '\0';
    if (pending.empty()) return nullptr;
    return rl->rl_completion_matches(text, next_candidate);
}

// A leading `~` or `~user` (up to the first '/') stays unquoted, so that the
// shell still expands it: `cd ~/d` TAB gives `cd ~/docs/`, not `cd \~/docs/`
// (which names a directory called `~`). A word starting with `~` that is not
// a tilde prefix (no such user: a file named `~x`) is quoted as before.
// System call: getpwnam's reads of /etc/passwd (or NSS).
size_t tilde_prefix_length(const char* text) {
    if (text[0] != '~') return 0;
    const char* slash = std::strchr(text, '/');
    std::string user = slash ? std::string(text + 1, slash) : std::string(text + 1);
    if (!user.empty() && (user.find_first_of(filename_specials) != std::string::npos || !::getpwnam(user.c_str())))
        return 0;
    return slash ? static_cast<size_t>(slash - text) : std::strlen(text);
}

// my file -> my\ file ; inside '...' or "..." the quote is kept open and
// Readline closes it after a unique match.
char* quote_filename(char* text, int, char* quote_pointer) {
    char quote = quote_pointer ? *quote_pointer : '\0';
    std::string out;
    if (quote == '\'') {
        out = "'";
        for (const char* p = text; *p; ++p) out += *p == '\'' ? std::string("'\\''") : std::string(1, *p);
    } else if (quote == '"') {
        out = "\"";
        for (const char* p = text; *p; ++p) {
            if (std::strchr("$`\"\\", *p)) out += '\\';
            out += *p;
        }
    } else {
        const char* p = text;
        size_t prefix = tilde_prefix_length(text);
        out.append(p, prefix);
        for (p += prefix; *p; ++p) {
            // A '~' inside a word is an ordinary character (no expansion).
            if (std::strchr(filename_specials, *p) && (*p != '~' || p == text)) out += '\\';
            out += *p;
        }
    }
    return ::strdup(out.c_str());
}

char* dequote_filename(char* text, int quote) {
    std::string out;
    for (const char* p = text; *p; ++p) {
        if (*p == '\\' && p[1] && (quote == 0 || (quote == '"' && std::strchr("$`\"\\", p[1])))) ++p;
        out += *p;
    }
    return ::strdup(out.c_str());
}

// A break character preceded by an odd number of backslashes is part of the word.
int char_is_quoted(char* text, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && text[i] == '\\'; --i) ++backslashes;
    return backslashes % 2;
}

}  // namespace

CompletionKind classify_completion(std::string_view line, size_t start) {
    char first = start < line.size() ? line[start] : '\0';
    if (first == '$') return CompletionKind::Variable;
    if (first == '%') return CompletionKind::Job;
    // A quote just before the word: a file name being typed in quotes.
    if (start > 0 && (line[start - 1] == '\'' || line[start - 1] == '"')) return CompletionKind::File;
    if (command_position(line, start) && line.find('/', start) == std::string_view::npos)
        return CompletionKind::Command;
    return CompletionKind::File;
}

std::vector<std::string> completion_candidates(Shell& sh, CompletionKind kind, std::string_view word) {
    switch (kind) {
        case CompletionKind::Command: return command_names(sh, word);
        case CompletionKind::Variable: return variable_names(sh, word);
        case CompletionKind::Job: return job_specs(sh, word);
        case CompletionKind::File: break;
    }
    return {};
}

void install_completion(Shell& sh, const ReadlineLibrary& readline) {
    completing_shell = &sh;
    rl = &readline;
    *rl->rl_attempted_completion_function = attempt_completion;
    *rl->rl_completer_word_break_characters = word_breaks;
    *rl->rl_basic_word_break_characters = word_breaks;
    *rl->rl_completer_quote_characters = quote_chars;
    *rl->rl_filename_quote_characters = filename_specials;
    *rl->rl_filename_quoting_function = quote_filename;
    *rl->rl_filename_dequoting_function = dequote_filename;
    *rl->rl_char_is_quoted_p = char_is_quoted;
}

}  // namespace forksh
