// glob.cpp: pathname expansion by walking directories with opendir/readdir,
// matching each name with pattern_match; lstat(2) checks literal last parts
// and, for globstar's `**`, which entries are directories to enter.
#include "shell/expand/glob.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

#include "shell/text/pattern.hpp"

namespace forksh {

namespace {

// Split at unescaped `/`. "/a/*" gives "", "a", "*"; "dir/" gives "dir", "".
std::vector<std::string_view> split_components(std::string_view pattern) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size() && pattern[i + 1] != '/') {
            ++i;
        } else if (pattern[i] == '/') {
            parts.push_back(pattern.substr(start, i - start));
            start = i + 1;
        }
    }
    parts.push_back(pattern.substr(start));
    return parts;
}

bool exists(const std::string& path) {
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0;
}

bool is_directory(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// A directory `**` may enter: a real one, not a symbolic link to one.
bool is_real_directory(const std::string& path, const dirent* entry) {
    if (entry->d_type != DT_UNKNOWN) return entry->d_type == DT_DIR;
    struct stat st;
    return ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string ascii_lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

// Does the wildcard component `part` match the directory entry `name`?
// With nocaseglob, `part` comes already in lower case (once per directory).
bool component_matches(std::string_view part, std::string_view name, GlobFlags flags) {
    // dotglob: hidden names match `*`, but `.` and `..` only a leading `.`.
    if (flags.dotglob && (name == "." || name == "..") && part[0] != '.') return false;
    const unsigned how =
        PatternPathname | (flags.dotglob ? 0u : PatternPeriod) | (flags.extglob ? PatternExtglob : 0u);
    if (flags.nocase) return pattern_match(part, ascii_lower(name), how);
    return pattern_match(part, name, how);
}

// The names of `dir` (the path so far: "" is "."), without . and .., and
// without hidden ones unless dotglob: what `**` sees.
std::vector<std::string> visible_entries(const std::string& prefix, GlobFlags flags, std::vector<bool>& enter) {
    std::vector<std::string> names;
    DIR* dir = ::opendir(prefix.empty() ? "." : prefix.c_str());
    if (dir == nullptr) return names;
    while (const dirent* entry = ::readdir(dir)) {
        std::string_view n(entry->d_name);
        if (n == "." || n == ".." || (n[0] == '.' && !flags.dotglob)) continue;
        names.emplace_back(n);
        enter.push_back(is_real_directory(prefix + names.back(), entry));
    }
    ::closedir(dir);
    return names;
}

void walk(std::string& prefix, const std::vector<std::string_view>& parts, size_t i, std::vector<std::string>& out,
          GlobFlags flags);

// Every visible name below `prefix`, at any depth (`**` at the end).
void list_below(std::string& prefix, std::vector<std::string>& out, GlobFlags flags) {
    std::vector<bool> enter;
    std::vector<std::string> names = visible_entries(prefix, flags, enter);
    const size_t size = prefix.size();
    for (size_t k = 0; k < names.size(); ++k) {
        prefix += names[k];
        out.push_back(prefix);
        if (enter[k]) {
            prefix += '/';
            list_below(prefix, out, flags);
        }
        prefix.resize(size);
    }
}

// globstar's `**` as component `i`: zero directories (the rest of the
// pattern right here), then each directory below, with `**` still to match.
// As the last component: the prefix itself and every name below it.
void walk_globstar(std::string& prefix, const std::vector<std::string_view>& parts, size_t i,
                   std::vector<std::string>& out, GlobFlags flags) {
    if (i + 1 == parts.size()) {
        if (!prefix.empty()) out.push_back(prefix);
        list_below(prefix, out, flags);
        return;
    }
    walk(prefix, parts, i + 1, out, flags);
    std::vector<bool> enter;
    std::vector<std::string> names = visible_entries(prefix, flags, enter);
    const size_t size = prefix.size();
    for (size_t k = 0; k < names.size(); ++k) {
        if (!enter[k]) continue;
        prefix += names[k] + "/";
        walk_globstar(prefix, parts, i, out, flags);
        prefix.resize(size);
    }
}

// `prefix` is the path so far, ending in `/` unless empty; component `i`
// comes next.
void walk(std::string& prefix, const std::vector<std::string_view>& parts, size_t i, std::vector<std::string>& out,
          GlobFlags flags) {
    const bool last = i + 1 == parts.size();
    std::string_view part = parts[i];
    if (flags.globstar && part == "**") {
        walk_globstar(prefix, parts, i, out, flags);
        return;
    }
    if (part.empty()) {
        // `dir/` at the end: the match must be a directory; `//` inside.
        if (last) {
            if (is_directory(prefix)) out.push_back(prefix);
        } else {
            size_t size = prefix.size();
            prefix += '/';
            walk(prefix, parts, i + 1, out, flags);
            prefix.resize(size);
        }
        return;
    }
    const size_t size = prefix.size();
    if (!has_glob_chars(part, flags.extglob ? PatternExtglob : 0u)) {
        prefix += pattern_unescape(part);
        if (last) {
            if (exists(prefix)) out.push_back(prefix);
        } else {
            prefix += '/';
            walk(prefix, parts, i + 1, out, flags);
        }
        prefix.resize(size);
        return;
    }
    DIR* dir = ::opendir(prefix.empty() ? "." : prefix.c_str());
    if (dir == nullptr) return;
    std::vector<std::string> names;
    const std::string pattern = flags.nocase ? ascii_lower(part) : std::string(part);
    while (const dirent* entry = ::readdir(dir)) {
        if (component_matches(pattern, entry->d_name, flags)) names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    for (const std::string& name : names) {
        prefix += name;
        if (last) {
            out.push_back(prefix);
        } else {
            prefix += '/';
            walk(prefix, parts, i + 1, out, flags);
        }
        prefix.resize(size);
    }
}

}  // namespace

size_t glob_expand(std::string_view pattern, std::vector<std::string>& out, GlobFlags flags) {
    const size_t before = out.size();
    std::vector<std::string_view> parts = split_components(pattern);
    std::string prefix;
    size_t first = 0;
    if (parts.size() > 1 && parts[0].empty()) {  // absolute: "/..."
        prefix = "/";
        first = 1;
    }
    walk(prefix, parts, first, out, flags);
    const auto from = out.begin() + static_cast<std::ptrdiff_t>(before);
    std::sort(from, out.end(),
              [](const std::string& a, const std::string& b) { return std::strcmp(a.c_str(), b.c_str()) < 0; });
    // `**/**` reaches a path along more than one route: list it once.
    if (flags.globstar) out.erase(std::unique(from, out.end()), out.end());
    return out.size() - before;
}

}  // namespace forksh
