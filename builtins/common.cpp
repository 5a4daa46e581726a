// common.cpp: helpers shared by the builtins (see common.hpp).
#include "builtins/common.hpp"

#include <cerrno>
#include <climits>

#include "shell/os/jobs.hpp"
#include "shell/shell.hpp"
#include "shell/sys/sys.hpp"
#include "shell/text/names.hpp"

namespace forksh::builtins {

std::string shell_quote(std::string_view text) {
    std::string quoted = "'";
    for (char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

bool parse_decimal(std::string_view text, long long& value) {
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    if (i == text.size()) return false;
    unsigned long long v = 0;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<unsigned>(c - '0');
        if (v > static_cast<unsigned long long>(LLONG_MAX)) return false;
    }
    value = negative ? -static_cast<long long>(v) : static_cast<long long>(v);
    return true;
}

int finish(Shell& sh, const Args& args, int status) {
    if (!sh.out().failed()) return status;
    int error_number = errno;
    sh.out().clear_failure();
    return sh.fail(args, "write error: " + sys::error_text(error_number ? error_number : EIO));
}

int soft_fail(Shell& sh, const Args& args, std::string_view message, int status) {
    sh.error(args.name() + ": " + std::string(message));
    return status;
}

bool check_name(Shell& sh, const Args& args, const std::string& name, int& status, int fail_status) {
    if (is_valid_name(name)) return true;
    status = sh.fail(args, name + ": bad variable name", fail_status);
    return false;
}

int fail_readonly(Shell& sh, const Args& args, const std::string& name, int fail_status) {
    return sh.fail(args, name + ": readonly variable", fail_status);
}

bool set_variable(Shell& sh, const Args& args, const std::string& name, std::string value, int& status,
                  int fail_status) {
    if (sh.vars().set(name, std::move(value)) != Variables::Result::Readonly) return true;
    status = fail_readonly(sh, args, name, fail_status);
    return false;
}

Job* select_job(Shell& sh, const Args& args, std::string_view spec, int& status, std::string_view no_current) {
    std::string error;
    Job* job = sh.jobs().resolve(spec.empty() ? "%+" : spec, error);
    if (job) return job;
    status = sh.fail(args, spec.empty() && !no_current.empty() ? std::string(no_current) : error);
    return nullptr;
}

}  // namespace forksh::builtins
