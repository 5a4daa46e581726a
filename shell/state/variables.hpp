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

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace forksh {

// bash's arrays: `a=(x y)` is Indexed (sparse: only the indices set
// exist), `declare -A m` is Assoc (string keys).
enum class VarKind { Scalar, Indexed, Assoc };

struct Variable {
    std::string value;      // a scalar's value
    bool has_value = true;  // false for `export X` / `local X` with no value yet
    bool exported = false;  // (an array is never put in the environment, as in bash)
    bool readonly = false;
    bool integer = false;   // declare -i: every assignment is evaluated as arithmetic
    VarKind kind = VarKind::Scalar;
    std::map<int64_t, std::string> indexed;    // kind Indexed
    // kind Assoc. bash lists the keys in its hash table's order; ours are
    // sorted, which no script can rely on either way.
    std::map<std::string, std::string> assoc;
    bool is_array() const { return kind != VarKind::Scalar; }
    // The elements in order (a scalar with a value is one).
    std::vector<std::string> values() const;
    // The indices or keys in order (a scalar with a value has "0").
    std::vector<std::string> keys() const;
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
    // numbers, in this one place: Variables::find makes the array when it is
    // read, so $PIPESTATUS is the first one and ${PIPESTATUS[@]} all of them.
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

    // ---- arrays (bash) ----
    // a[index]=value (a scalar becomes an array, its value element 0).
    Result set_element(std::string_view name, int64_t index, std::string value);
    // m[key]=value on an associative array.
    Result set_key(std::string_view name, std::string key, std::string value);
    // Make `name` an array of `kind`; with `clear` its elements go (a=(...)),
    // otherwise a scalar's value becomes element 0 (declare -a x).
    Result make_array(std::string_view name, VarKind kind, bool clear);
    // The whole indexed array 0..n-1 from `values`, attributes kept
    // (for BASH_REMATCH, `read -a`, mapfile).
    Result set_array(std::string_view name, const std::vector<std::string>& values);
    // unset 'a[i]' (an index, or a key for an associative array).
    Result unset_element(std::string_view name, int64_t index);
    Result unset_key(std::string_view name, const std::string& key);
    // declare -i: the arithmetic evaluator (it lives in a higher layer,
    // which installs it). It returns the value as a decimal string.
    void set_integer_evaluator(std::function<std::string(const std::string&)> evaluate) {
        evaluate_integer_ = std::move(evaluate);
    }
    // Evaluate `expr` as arithmetic (for builtins: `unset 'a[i-1]'`,
    // declare -i); throws ShellError when it is not valid.
    int64_t evaluate_integer(const std::string& expr) const {
        return evaluate_integer_ ? std::stoll(evaluate_integer_(expr)) : std::stoll(expr);
    }
    // The attributes declare/local/typeset change (creating the variable
    // without a value if needed).
    Variable& declare(std::string_view name);
    // Mark exported/readonly (creating the variable without a value if needed).
    void set_exported(std::string_view name, bool exported = true);
    void set_readonly(std::string_view name);
    void set_allexport(bool on) { allexport_ = on; }

    // bash's variables, on with bash's dialect (Options::posix off): UID and
    // EUID (readonly), SECONDS (seconds since start, or since an assignment
    // counted from the value assigned), BASHPID (this process's pid, a
    // subshell's own where $$ stays the main shell's), PIPESTATUS and
    // RANDOM (a new number each time; an assignment seeds it). Off
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
    // The value to store: evaluated as arithmetic for an integer variable.
    std::string stored(const Variable& var, std::string value) const;
    std::function<std::string(const std::string&)> evaluate_integer_;
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
    mutable Variable pipe_status_array_;  // what find("PIPESTATUS") gives
    // Computes bash's dynamic variables (see set_bash_variables); nullptr
    // for any other name, or when that one was unset.
    const std::string* bash_dynamic(std::string_view name) const;
    const std::string* bash_ids(std::string_view name) const;
    bool bash_readonly(std::string_view name) const;
    bool bash_variables_ = false;
    bool seconds_unset_ = false;  // `unset SECONDS`: an ordinary name from then on (bash)
    bool bashpid_unset_ = false;
    bool random_unset_ = false;   // `unset RANDOM`, the same (bash)
    long seconds_at_start_ = 0;   // SECONDS=N: counts on from N
    long start_time_;
    mutable unsigned random_state_;
    mutable pid_t random_pid_;  // the process random_state_ belongs to
};

}  // namespace forksh
