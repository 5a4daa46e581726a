// variables.cpp: the variable table, local scopes and the environment cache.
#include "shell/state/variables.hpp"
#include "shell/text/names.hpp"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "shell/text/charset.hpp"

namespace forksh {

Variables::Variables()
    : start_time_(::time(nullptr)), random_state_(static_cast<unsigned>(::getpid())), random_pid_(::getpid()) {
    special_.shell_pid = ::getpid();
}

void Variables::import_environment(char** envp) {
    // Every start runs this: size the table once (no rehash as it fills) and
    // move each name in rather than copying it twice.
    size_t count = 0;
    for (char** e = envp; e && *e; ++e) ++count;
    map_.reserve(map_.size() + count + 16);
    for (char** e = envp; e && *e; ++e) {
        std::string_view entry(*e);
        size_t eq = entry.find('=');
        if (eq == std::string_view::npos) continue;
        std::string name(entry.substr(0, eq));
        if (!is_valid_name(name)) continue;
        Variable& v = map_.try_emplace(std::move(name)).first->second;
        v.value.assign(entry.substr(eq + 1));
        v.has_value = true;
        v.exported = true;
    }
    environment_dirty_ = true;
    update_locale("LANG");
}

// POSIX: LC_ALL overrides LC_CTYPE, which overrides LANG. Only the character
// type matters to the shell (what ${#x} and `?` count).
void Variables::update_locale(std::string_view changed) {
    if (changed != "LC_ALL" && changed != "LC_CTYPE" && changed != "LANG") return;
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const std::string* value = get(name);
        if (value && !value->empty()) {
            set_ctype_locale(*value);
            return;
        }
    }
    set_ctype_locale("");
}

const Variable* Variables::find(std::string_view name) const {
    auto it = map_.find(std::string(name));
    if (it != map_.end()) return &it->second;
    // PIPESTATUS (bash) is an array made when it is read, from the statuses
    // the executor keeps (SpecialParams::pipe_status): no command has to
    // build one, and ${PIPESTATUS[@]} still gives each stage's status.
    if (bash_variables_ && name == "PIPESTATUS" && !special_.pipe_status.empty()) {
        pipe_status_array_.kind = VarKind::Indexed;
        pipe_status_array_.indexed.clear();
        for (size_t i = 0; i < special_.pipe_status.size(); ++i)
            pipe_status_array_.indexed[static_cast<int64_t>(i)] = std::to_string(special_.pipe_status[i]);
        return &pipe_status_array_;
    }
    return nullptr;
}

const std::string* Variables::get(std::string_view name) const {
    if (bash_readonly(name)) return bash_ids(name);
    const Variable* v = find(name);
    if (v == nullptr) {
        // Dynamic variables exist only while nobody has assigned or unset them.
        if (name == "LINENO") {
            dynamic_value_ = std::to_string(current_line_);
            return &dynamic_value_;
        }
        if (bash_variables_ && name == "RANDOM" && !random_unset_) {
            // A forked child starts with its parent's state: mixed with its
            // own pid, two $(echo $RANDOM) give two numbers (as in bash).
            if (pid_t me = ::getpid(); me != random_pid_) {
                random_state_ ^= static_cast<unsigned>(me) * 2654435761u;
                random_pid_ = me;
            }
            random_state_ = random_state_ * 1103515245u + 12345u;
            dynamic_value_ = std::to_string((random_state_ >> 16) & 0x7fff);
            return &dynamic_value_;
        }
        return bash_variables_ ? bash_dynamic(name) : nullptr;
    }
    if (v->kind == VarKind::Indexed) {
        auto element = v->indexed.find(0);
        return element == v->indexed.end() ? nullptr : &element->second;
    }
    if (v->kind == VarKind::Assoc) {
        auto element = v->assoc.find("0");
        return element == v->assoc.end() ? nullptr : &element->second;
    }
    return v->has_value ? &v->value : nullptr;
}

const std::string* Variables::bash_dynamic(std::string_view name) const {
    if (name == "SECONDS" && !seconds_unset_) {
        dynamic_value_ = std::to_string(seconds_at_start_ + (::time(nullptr) - start_time_));
        return &dynamic_value_;
    }
    // getpid(2) each time: in a subshell or a pipeline stage the forked
    // child answers with its own pid (the executor never expands a word with
    // $BASHPID in the parent for a child: shell/os/launch.cpp).
    if (name == "BASHPID" && !bashpid_unset_) {
        dynamic_value_ = std::to_string(::getpid());
        return &dynamic_value_;
    }
    return nullptr;  // (PIPESTATUS is an array: find() makes it, get() reads its element 0)
}

void Variables::set_bash_variables(bool on) { bash_variables_ = on; }

// UID and EUID: from getuid(2) and geteuid(2), never from the environment
// (an inherited UID=0 must not make a script think it runs as root). Not in
// the table, so `set` does not list them and `eval "$(set)"` does not trip
// over them; readonly all the same (bash_readonly).
const std::string* Variables::bash_ids(std::string_view name) const {
    if (name == "UID") dynamic_value_ = std::to_string(::getuid());
    else if (name == "EUID") dynamic_value_ = std::to_string(::geteuid());
    else return nullptr;
    return &dynamic_value_;
}

bool Variables::bash_readonly(std::string_view name) const {
    return bash_variables_ && (name == "UID" || name == "EUID");
}

std::vector<std::string> Variable::values() const {
    std::vector<std::string> all;
    if (kind == VarKind::Indexed)
        for (const auto& entry : indexed) all.push_back(entry.second);
    else if (kind == VarKind::Assoc)
        for (const auto& entry : assoc) all.push_back(entry.second);
    else if (has_value)
        all.push_back(value);
    return all;
}

std::vector<std::string> Variable::keys() const {
    std::vector<std::string> all;
    if (kind == VarKind::Indexed)
        for (const auto& entry : indexed) all.push_back(std::to_string(entry.first));
    else if (kind == VarKind::Assoc)
        for (const auto& entry : assoc) all.push_back(entry.first);
    else if (has_value)
        all.push_back("0");
    return all;
}

std::string Variables::stored(const Variable& var, std::string value) const {
    if (!var.integer || !evaluate_integer_) return value;
    return evaluate_integer_(value);
}

Variables::Result Variables::set_element(std::string_view name, int64_t index, std::string value) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    Variable& v = it->second;
    if (inserted) v.has_value = false;
    if (v.readonly) return Result::Readonly;
    if (v.kind == VarKind::Assoc) return set_key(name, std::to_string(index), std::move(value));
    value = stored(v, std::move(value));
    if (v.kind == VarKind::Scalar) make_array(name, VarKind::Indexed, false);
    v.indexed[index] = std::move(value);
    v.has_value = true;
    return Result::Ok;
}

Variables::Result Variables::set_key(std::string_view name, std::string key, std::string value) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    Variable& v = it->second;
    if (inserted) v.has_value = false;
    if (v.readonly) return Result::Readonly;
    if (v.kind != VarKind::Assoc) make_array(name, VarKind::Assoc, false);
    v.assoc[std::move(key)] = stored(v, std::move(value));
    v.has_value = true;
    return Result::Ok;
}

Variables::Result Variables::make_array(std::string_view name, VarKind kind, bool clear) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    Variable& v = it->second;
    if (v.readonly) return Result::Readonly;
    if (clear || inserted) {
        v.indexed.clear();
        v.assoc.clear();
    } else if (v.kind == VarKind::Scalar && v.has_value) {
        if (kind == VarKind::Indexed)
            v.indexed[0] = std::move(v.value);
        else
            v.assoc["0"] = std::move(v.value);
    } else if (v.kind != kind) {
        v.indexed.clear();  // indexed to associative (or back): start empty
        v.assoc.clear();
    }
    note_change(v);  // an exported scalar that becomes an array leaves the environment
    v.value.clear();
    v.kind = kind;
    v.has_value = true;
    return Result::Ok;
}

Variables::Result Variables::set_array(std::string_view name, const std::vector<std::string>& values) {
    if (Result r = make_array(name, VarKind::Indexed, true); r != Result::Ok) return r;
    Variable& v = map_.find(std::string(name))->second;
    for (size_t i = 0; i < values.size(); ++i) v.indexed[static_cast<int64_t>(i)] = stored(v, values[i]);
    return Result::Ok;
}

Variables::Result Variables::unset_element(std::string_view name, int64_t index) {
    auto it = map_.find(std::string(name));
    if (it == map_.end()) return Result::Ok;
    Variable& v = it->second;
    if (v.readonly) return Result::Readonly;
    if (v.kind == VarKind::Assoc) return unset_key(name, std::to_string(index));
    if (v.kind == VarKind::Scalar) return index == 0 ? unset(name) : Result::Ok;
    v.indexed.erase(index);
    return Result::Ok;
}

Variables::Result Variables::unset_key(std::string_view name, const std::string& key) {
    auto it = map_.find(std::string(name));
    if (it == map_.end()) return Result::Ok;
    Variable& v = it->second;
    if (v.readonly) return Result::Readonly;
    if (v.kind != VarKind::Assoc) return Result::Ok;
    v.assoc.erase(key);
    return Result::Ok;
}

Variable& Variables::declare(std::string_view name) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    if (inserted) it->second.has_value = false;
    environment_dirty_ = true;
    return it->second;
}

Variables::Result Variables::set(std::string_view name, std::string value) {
    if (bash_variables_ && name == "RANDOM" && !random_unset_) {
        // Assigning RANDOM seeds the generator, as in bash.
        random_state_ = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
        random_pid_ = ::getpid();
        return Result::Ok;
    }
    if (bash_readonly(name)) return Result::Readonly;
    if (bash_variables_ && !map_.contains(std::string(name))) {
        // SECONDS=N counts on from N (bash: a value that is not a number is 0);
        // an assignment to BASHPID has no effect, as in bash.
        if (name == "SECONDS" && !seconds_unset_) {
            seconds_at_start_ = std::strtol(value.c_str(), nullptr, 10);
            start_time_ = ::time(nullptr);
            return Result::Ok;
        }
        if (name == "BASHPID" && !bashpid_unset_) return Result::Ok;
    }
    auto [it, inserted] = map_.try_emplace(std::string(name));
    Variable& v = it->second;
    if (v.readonly) return Result::Readonly;
    if (v.is_array()) {  // a=x on an array sets its element 0, as in bash
        return v.kind == VarKind::Indexed ? set_element(name, 0, std::move(value)) : set_key(name, "0", std::move(value));
    }
    v.value = stored(v, std::move(value));
    v.has_value = true;
    if (allexport_) v.exported = true;
    note_change(v);
    if (name == "PATH") ++path_generation_;
    if (!name.empty() && name[0] == 'L') update_locale(name);
    return Result::Ok;
}

Variables::Result Variables::unset(std::string_view name) {
    if (bash_readonly(name)) return Result::Readonly;
    if (bash_variables_ && name == "SECONDS") seconds_unset_ = true;
    if (bash_variables_ && name == "BASHPID") bashpid_unset_ = true;
    if (bash_variables_ && name == "RANDOM") random_unset_ = true;
    auto it = map_.find(std::string(name));
    if (it == map_.end()) return Result::Ok;
    if (it->second.readonly) return Result::Readonly;
    note_change(it->second);
    map_.erase(it);
    if (name == "PATH") ++path_generation_;
    if (!name.empty() && name[0] == 'L') update_locale(name);
    return Result::Ok;
}

void Variables::set_exported(std::string_view name, bool exported) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    if (inserted) it->second.has_value = false;
    it->second.exported = exported;
    environment_dirty_ = true;
}

void Variables::set_readonly(std::string_view name) {
    auto [it, inserted] = map_.try_emplace(std::string(name));
    if (inserted) it->second.has_value = false;
    it->second.readonly = true;
}

void Variables::push_scope() { scopes_.emplace_back(); }

bool Variables::make_local(std::string_view name) {
    if (scopes_.empty()) return false;
    auto& scope = scopes_.back();
    for (const Saved& s : scope)
        if (s.name == name) return true;  // already local here
    auto it = map_.find(std::string(name));
    if (it == map_.end()) {
        scope.push_back({std::string(name), std::nullopt});
    } else {
        scope.push_back({std::string(name), it->second});
        // The local starts with the outer value (as dash and bash do for
        // `local x` without a value... bash unsets it; dash keeps it). We
        // follow dash: the value stays, attributes stay.
    }
    return true;
}

void Variables::pop_scope() {
    if (scopes_.empty()) return;
    auto scope = std::move(scopes_.back());
    scopes_.pop_back();
    // Restore in reverse order, so a name saved twice ends with its oldest value.
    for (auto it = scope.rbegin(); it != scope.rend(); ++it) {
        auto cur = map_.find(it->name);
        if (cur != map_.end()) note_change(cur->second);
        if (it->name == "PATH") ++path_generation_;
        if (it->old) {
            map_[it->name] = *it->old;
            note_change(*it->old);
        } else if (cur != map_.end()) {
            map_.erase(cur);
        }
        update_locale(it->name);
    }
}

std::vector<std::pair<std::string, const Variable*>> Variables::sorted() const {
    std::vector<std::pair<std::string, const Variable*>> all;
    all.reserve(map_.size());
    for (const auto& [name, var] : map_) all.emplace_back(name, &var);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return all;
}

char* const* Variables::environment() {
    if (environment_dirty_) {
        env_strings_.clear();
        for (const auto& [name, var] : map_)
            if (var.exported && var.has_value && !var.is_array()) env_strings_.push_back(name + "=" + var.value);
        env_pointers_.clear();
        for (std::string& s : env_strings_) env_pointers_.push_back(s.data());
        env_pointers_.push_back(nullptr);
        environment_dirty_ = false;
    }
    return env_pointers_.data();
}

}  // namespace forksh
