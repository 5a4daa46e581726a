// path_search.cpp: PATH search with stat(2) and access(2).
#include "shell/os/path_search.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace forksh {

namespace {
bool is_executable_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}
}  // namespace

std::optional<std::string> PathCache::search(std::string_view name, std::string_view path) {
    if (name.find('/') != std::string_view::npos) return std::string(name);
    std::optional<std::string> first_existing;
    size_t start = 0;
    while (start <= path.size()) {
        size_t colon = path.find(':', start);
        if (colon == std::string_view::npos) colon = path.size();
        std::string_view dir = path.substr(start, colon - start);
        // An empty entry in PATH means the current directory (POSIX).
        std::string candidate = dir.empty() ? std::string(name) : std::string(dir) + "/" + std::string(name);
        if (is_executable_file(candidate)) return candidate;
        struct stat st {};
        // Remember a non-executable match: running it gives "Permission denied" (126),
        // which is more helpful than "command not found".
        if (!first_existing && ::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode))
            first_existing = candidate;
        start = colon + 1;
    }
    return first_existing;
}

std::optional<std::string> PathCache::find(std::string_view name, std::string_view path) {
    if (name.find('/') != std::string_view::npos) return std::string(name);
    auto it = table_.find(name);
    if (it != table_.end()) {
        ++it->second.hits;
        return it->second.path;
    }
    std::optional<std::string> found = search(name, path);
    if (found && ::access(found->c_str(), X_OK) == 0) table_[std::string(name)] = Entry{*found, 1};
    return found;
}

void PathCache::forget(std::string_view name) {
    auto it = table_.find(name);
    if (it != table_.end()) table_.erase(it);
}

std::string standard_path() {
    size_t n = ::confstr(_CS_PATH, nullptr, 0);
    if (n == 0) return "/bin:/usr/bin";
    std::string path(n, '\0');
    ::confstr(_CS_PATH, path.data(), n);
    path.resize(n - 1);
    return path;
}

}  // namespace forksh
