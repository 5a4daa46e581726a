// variables.hpp: shell variables, the environment, positional and special
// parameters, and `local` scopes.
//
// One hash map holds every variable. `local` (and the temporary assignments
// of `VAR=x builtin`) save the old entry on a scope stack and put it back when
// the scope ends: dynamic scoping, as dash and bash do it, at the cost of one
// map lookup per access.
//
// The environment handed to execve is rebuilt only when an exported variable
// changed since the last command (no copy per command).
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace forksh {

struct Variable {
    std::string value;
    bool has_value = true;  // false for `export X` / `local X` with no value yet
    bool exported = false;
    bool readonly = false;
};

// The parameters that are not variables: $? $$ $! $0 $1... $#
struct SpecialParams {
    int last_status = 0;    // $?
    pid_t shell_pid = 0;    // $$ (the main shell's pid, also in subshells)
    pid_t last_background = 0;  // $! (0: none yet)
    std::string arg0 = "forksh";  // $0
    std::vector<std::string> positional;  // $1 ...
    // PIPESTATUS (bash): the status of each command of the last foreground
    // pipeline, set by the executor (shell/exec/pipeline.cpp). Kept here as
    // numbers, in this one place: $PIPESTATUS is the first one (Variables::
    // get); ${PIPESTATUS[@]} needs the arrays of the arrays branch.
    std::vector<int> pipe_status;
};

class Variables {
  public:
    Variables();

    // Import the process environment (all exported).
    void import_environment(char** envp);

    // Value of a variable, or nullptr when unset (or set without a value).
    // Dynamic variables (LINENO, RANDOM, and bash's SECONDS, BASHPID,
    // PIPESTATUS, UID, EUID) are computed here.
    const std::string* get(std::string_view name) const;
    const Variable* find(std::string_view name) const;
    bool is_set(std::string_view name) const { return get(name) != nullptr; }

    enum class Result { Ok, Readonly };
    // Assign; fails (without changing anything) when the variable is readonly.
    // `allexport` (set -a) exports on assignment.
    Result set(std::string_view name, std::string value);
    Result unset(std::string_view name);
    // Mark exported/readonly (creating the variable without a value if needed).
    void set_exported(std::string_view name, bool exported = true);
    void set_readonly(std::string_view name);
    void set_allexport(bool on) { allexport_ = on; }

    // bash's variables, on with bash's dialect (Options::posix off): UID and
    // EUID (readonly), SECONDS (seconds since start, or since an assignment
    // counted from the value assigned), BASHPID (this process's pid, a
    // subshell's own where $$ stays the main shell's) and PIPESTATUS. Off
    // (strict POSIX), none exists, and each name is an ordinary variable a
    // script may use, as in dash (UID and EUID are never in the table, so
    // `set -o posix` frees those names at once).
    void set_bash_variables(bool on);
    // `local NAME`: from now until the innermost scope ends, NAME is this
    // scope's own. Returns false outside any scope.
    bool make_local(std::string_view name);
    void push_scope();
    void pop_scope();
    size_t scope_depth() const { return scopes_.size(); }

    // All variables sorted by name (for `set`, `export -p`, `readonly -p`).
    std::vector<std::pair<std::string, const Variable*>> sorted() const;

    // NULL-terminated "NAME=value" array for execve, cached until an
    // exported variable changes.
    char* const* environment();

    // Line of the command being run, for $LINENO and error messages.
    void set_current_line(int line) { current_line_ = line; }
    int current_line() const { return current_line_; }

    // Bumped by every assignment to PATH (even to the same value), which
    // POSIX says makes the shell forget remembered command locations.
    unsigned path_generation() const { return path_generation_; }

    SpecialParams& special() { return special_; }
    const SpecialParams& special() const { return special_; }

  private:
    // Re-reads LC_ALL/LC_CTYPE/LANG into the LC_CTYPE locale when `changed`
    // is one of them.
    void update_locale(std::string_view changed);
    void note_change(const Variable& var) {
        if (var.exported) environment_dirty_ = true;
    }
    struct Saved {
        std::string name;
        std::optional<Variable> old;  // nullopt: did not exist before
    };
    std::unordered_map<std::string, Variable> map_;
    std::vector<std::vector<Saved>> scopes_;
    SpecialParams special_;
    bool allexport_ = false;
    int current_line_ = 0;
    unsigned path_generation_ = 0;
    bool environment_dirty_ = true;
    std::vector<std::string> env_strings_;
    std::vector<char*> env_pointers_;
    mutable std::string dynamic_value_;  // storage for LINENO/RANDOM/SECONDS results
    // Computes bash's dynamic variables (see set_bash_variables); nullptr
    // for any other name, or when that one was unset.
    const std::string* bash_dynamic(std::string_view name) const;
    const std::string* bash_ids(std::string_view name) const;
    bool bash_readonly(std::string_view name) const;
    bool bash_variables_ = false;
    bool seconds_unset_ = false;  // `unset SECONDS`: an ordinary name from then on (bash)
    bool bashpid_unset_ = false;
    long seconds_at_start_ = 0;   // SECONDS=N: counts on from N
    long start_time_;
    mutable unsigned random_state_;
    mutable pid_t random_pid_;  // the process random_state_ belongs to
};

}  // namespace forksh
