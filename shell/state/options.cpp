// options.cpp: the option table.
#include "shell/state/options.hpp"

namespace forksh {

namespace {
constexpr OptionInfo table[] = {
    {'a', "allexport", &Options::allexport}, {'B', "braceexpand", &Options::braceexpand},
    {'b', "notify", &Options::notify},
    {'C', "noclobber", &Options::noclobber}, {'e', "errexit", &Options::errexit},
    {'\0', "emacs", &Options::emacs},        {'\0', "explain", &Options::explain},
    {'\0', "follow", &Options::follow},      {'f', "noglob", &Options::noglob},       {'h', "hashall", &Options::hashall},
    {'\0', "ignoreeof", &Options::ignoreeof}, {'i', "interactive", &Options::interactive},
    {'m', "monitor", &Options::monitor},     {'n', "noexec", &Options::noexec},
    {'\0', "nolog", &Options::nolog},        {'u', "nounset", &Options::nounset},
    {'\0', "pipefail", &Options::pipefail},  {'\0', "posix", &Options::posix},
    {'p', "privileged", &Options::privileged},
    {'s', "stdin", &Options::stdin_commands},
    {'\0', "subreaper", &Options::subreaper}, {'\0', "trace", &Options::trace},
    {'v', "verbose", &Options::verbose},     {'\0', "vi", &Options::vi},
    {'x', "xtrace", &Options::xtrace},
};
constexpr OptionInfo shopts[] = {
    {'\0', "dotglob", &Options::dotglob},       {'\0', "extglob", &Options::extglob},
    {'\0', "failglob", &Options::failglob},
    {'\0', "globstar", &Options::globstar},     {'\0', "nocaseglob", &Options::nocaseglob},
    {'\0', "nullglob", &Options::nullglob},
};
}  // namespace

std::span<const OptionInfo> option_table() { return table; }

std::span<const OptionInfo> shopt_table() { return shopts; }

const OptionInfo* find_shopt(std::string_view name) {
    for (const OptionInfo& o : shopts)
        if (o.name == name) return &o;
    return nullptr;
}

const OptionInfo* find_option(std::string_view name) {
    for (const OptionInfo& o : table)
        if (o.name == name) return &o;
    return nullptr;
}

const OptionInfo* find_option(char letter) {
    for (const OptionInfo& o : table)
        if (letter != '\0' && o.letter == letter) return &o;
    return nullptr;
}

std::string_view spawn_method_name(SpawnMethod method) {
    switch (method) {
        case SpawnMethod::PosixSpawn: return "posix_spawn";
        case SpawnMethod::Vfork: return "vfork";
        case SpawnMethod::Fork: return "fork";
    }
    return "?";
}

ValuedOption set_valued_option(Options& options, std::string_view text) {
    size_t eq = text.find('=');
    if (eq == std::string_view::npos || text.substr(0, eq) != "spawn") return ValuedOption::NotValued;
    std::string_view value = text.substr(eq + 1);
    for (SpawnMethod m : {SpawnMethod::Vfork, SpawnMethod::PosixSpawn, SpawnMethod::Fork}) {
        if (value == spawn_method_name(m)) {
            options.spawn = m;
            return ValuedOption::Set;
        }
    }
    return ValuedOption::BadValue;
}

std::span<const ValuedOptionValue> valued_options(const Options& options) {
    // One entry today; a table so that `set -o` and `set +o` need no change for the next.
    static ValuedOptionValue values[1];
    values[0] = {"spawn", spawn_method_name(options.spawn)};
    return values;
}

std::string option_letters(const Options& options) {
    std::string letters;
    // -h is always on and changes nothing, so $- leaves it out, as dash does.
    for (const OptionInfo& o : table)
        if (o.letter != '\0' && o.letter != 'h' && options.*o.field) letters += o.letter;
    return letters;
}

}  // namespace forksh
