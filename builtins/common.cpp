// common.cpp: helpers shared by the builtins (see common.hpp).
#include "builtins/common.hpp"

#include <fcntl.h>

#include <fmt/format.h>

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

// "value", with \ " $ ` escaped; $'...' when it holds a control character
// (bash's form, so the line reads back the same value).
std::string declare_quote(std::string_view value) {
    bool control = false;
    for (unsigned char c : value) control = control || c < 0x20 || c == 0x7f;
    std::string out;
    if (control) {
        out = "$'";
        for (unsigned char c : value) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            case '\\': out += "\\\\"; break;
            case '\'': out += "\\'"; break;
            default:
                if (c < 0x20 || c == 0x7f)
                    out += fmt::format("\\{:03o}", c);
                else
                    out += static_cast<char>(c);
            }
        }
        return out + "'";
    }
    out = "\"";
    for (char c : value) {
        if (c == '\\' || c == '"' || c == '$' || c == '`') out += '\\';
        out += c;
    }
    return out + "\"";
}

namespace {
std::string key_text(const std::string& key) {
    bool plain = !key.empty();
    for (char c : key) plain = plain && is_name_char(static_cast<unsigned char>(c));
    return plain ? key : declare_quote(key);
}
}  // namespace

std::string array_text(const Variable& var) {
    std::string text = "(";
    if (var.kind == VarKind::Indexed) {
        bool first = true;
        for (const auto& [index, value] : var.indexed) {
            text += fmt::format("{}[{}]={}", first ? "" : " ", index, declare_quote(value));
            first = false;
        }
    } else {
        for (const auto& [key, value] : var.assoc) text += fmt::format("[{}]={} ", key_text(key), declare_quote(value));
    }
    return text + ")";
}

// declare -p: `declare -ax a=([0]="x" [1]="y")`.
std::string declaration(const std::string& name, const Variable& var) {
    std::string flags;
    if (var.kind == VarKind::Indexed) flags += 'a';
    if (var.kind == VarKind::Assoc) flags += 'A';
    if (var.integer) flags += 'i';
    if (var.readonly) flags += 'r';
    if (var.exported) flags += 'x';
    std::string text = fmt::format("declare -{} {}", flags.empty() ? "-" : flags, name);
    if (var.is_array()) return var.has_value ? text + "=" + array_text(var) : text;
    if (!var.has_value) return text;
    return text + "=" + declare_quote(var.value);
}

std::optional<std::string> parse_fd_operand(const std::string& text, int& fd) {
    long long number = -1;
    if (!parse_decimal(text, number) || number < 0 || number > INT_MAX)
        return text + ": invalid file descriptor specification";
    if (::fcntl(static_cast<int>(number), F_GETFD) == -1) return text + ": invalid file descriptor: " + sys::error_text(errno);
    fd = static_cast<int>(number);
    return std::nullopt;
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
