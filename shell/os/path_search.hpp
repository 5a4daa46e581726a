// path_search.hpp: finding a command in $PATH, remembered in a hash table
// (the `hash` builtin shows it; `hash -r` and assigning PATH clear it).
// A lookup is a series of stat(2)/access(2) calls, one per PATH directory;
// remembering the answer saves them on the next run of the same command.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace forksh {

// The search path when PATH is unset: at start-up PATH gets this value, and
// a search after `unset PATH` uses it (dash's default).
inline constexpr std::string_view default_path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// PATH's value, or default_path when it is unset.
inline std::string_view path_or_default(const std::string* path_var) {
    return path_var ? std::string_view(*path_var) : default_path;
}

// The system's standard utilities path, for `command -p` and `type -p`:
// confstr(_CS_PATH), which POSIX defines for exactly this.
std::string standard_path();

class PathCache {
  public:
    // Full path of `name` found in `path` (the value of $PATH), consulting and
    // filling the cache. A name containing '/' is returned as it is.
    std::optional<std::string> find(std::string_view name, std::string_view path);
    // Forget everything if PATH was assigned since the table was filled
    // (`generation` is Variables::path_generation()).
    void sync(unsigned generation) {
        if (generation != generation_) {
            table_.clear();
            generation_ = generation;
        }
    }
    // Search without touching the cache (`command -p`, `type`).
    static std::optional<std::string> search(std::string_view name, std::string_view path);
    void forget(std::string_view name);
    void clear() { table_.clear(); }
    struct Entry {
        std::string path;
        int hits = 0;
    };
    const std::map<std::string, Entry, std::less<>>& all() const { return table_; }

  private:
    std::map<std::string, Entry, std::less<>> table_;
    unsigned generation_ = 0;
};

}  // namespace forksh
