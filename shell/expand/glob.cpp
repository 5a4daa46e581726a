// glob.cpp: pathname expansion by walking directories with opendir/readdir,
// matching each name with pattern_match; lstat(2) checks literal last parts.
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

// `prefix` is the path so far, ending in `/` unless empty; component `i`
// comes next.
void walk(std::string& prefix, const std::vector<std::string_view>& parts, size_t i,
          std::vector<std::string>& out) {
    const bool last = i + 1 == parts.size();
    std::string_view part = parts[i];
    if (part.empty()) {
        // `dir/` at the end: the match must be a directory; `//` inside.
        if (last) {
            if (is_directory(prefix)) out.push_back(prefix);
        } else {
            size_t size = prefix.size();
            prefix += '/';
            walk(prefix, parts, i + 1, out);
            prefix.resize(size);
        }
        return;
    }
    const size_t size = prefix.size();
    if (!has_glob_chars(part)) {
        prefix += pattern_unescape(part);
        if (last) {
            if (exists(prefix)) out.push_back(prefix);
        } else {
            prefix += '/';
            walk(prefix, parts, i + 1, out);
        }
        prefix.resize(size);
        return;
    }
    DIR* dir = ::opendir(prefix.empty() ? "." : prefix.c_str());
    if (dir == nullptr) return;
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(dir)) {
        if (pattern_match(part, entry->d_name, PatternPathname | PatternPeriod))
            names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    for (const std::string& name : names) {
        prefix += name;
        if (last) {
            out.push_back(prefix);
        } else {
            prefix += '/';
            walk(prefix, parts, i + 1, out);
        }
        prefix.resize(size);
    }
}

}  // namespace

size_t glob_expand(std::string_view pattern, std::vector<std::string>& out) {
    const size_t before = out.size();
    std::vector<std::string_view> parts = split_components(pattern);
    std::string prefix;
    size_t first = 0;
    if (parts.size() > 1 && parts[0].empty()) {  // absolute: "/..."
        prefix = "/";
        first = 1;
    }
    walk(prefix, parts, first, out);
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
              [](const std::string& a, const std::string& b) { return std::strcmp(a.c_str(), b.c_str()) < 0; });
    return out.size() - before;
}

}  // namespace forksh
