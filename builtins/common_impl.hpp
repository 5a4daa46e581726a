// common_impl.hpp: the template part of common.hpp.
#pragma once

#include "shell/shell.hpp"

namespace forksh::builtins {

template <typename F>
size_t parse_options(Shell& sh, const Args& args, std::string_view letters, std::string_view with_arg, F on,
                     int& status) {
    size_t i = 1;
    for (; i < args.count(); ++i) {
        const std::string& w = args[i];
        if (w == "--") return i + 1;
        if (w.size() < 2 || w[0] != '-') return i;
        for (size_t j = 1; j < w.size(); ++j) {
            char c = w[j];
            if (with_arg.find(c) != std::string_view::npos) {
                std::string arg;
                if (j + 1 < w.size()) {
                    arg = w.substr(j + 1);
                } else if (i + 1 < args.count()) {
                    arg = args[++i];
                } else {
                    status = sh.usage_error(args, std::string("-") + c + ": option requires an argument");
                    return 0;
                }
                on(c, arg);
                break;
            }
            if (letters.find(c) == std::string_view::npos) {
                status = sh.usage_error(args, std::string("-") + c + ": invalid option");
                return 0;
            }
            on(c, std::string());
        }
    }
    return i;
}

}  // namespace forksh::builtins
