// printf_format.cpp: the printf format language (see printf_format.hpp).
// No system calls: numbers are parsed with strtoimax/strtoumax/strtod and
// formatted with snprintf on conversion specifications built here.
#include "shell/text/printf_format.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cinttypes>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

#include "shell/text/escapes.hpp"

namespace forksh {

namespace {

// snprintf into a std::string. `spec` is always built by this file from
// validated flags, so a non-literal format is safe here.
template <typename... A>
void append_formatted(std::string& out, const std::string& spec, A... values) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    int n = std::snprintf(nullptr, 0, spec.c_str(), values...);
    if (n <= 0) return;
    size_t old = out.size();
    out.resize(old + static_cast<size_t>(n) + 1);
    std::snprintf(out.data() + old, static_cast<size_t>(n) + 1, spec.c_str(), values...);
    out.resize(old + static_cast<size_t>(n));
#pragma GCC diagnostic pop
}

// A width or precision larger than this is refused rather than allocated:
// 1 GiB, a field the memory of a machine that runs a shell can still hold
// (dash and bash print a width of 20,000,000); a larger one would only end
// in running out of memory, reported as such.
constexpr long max_field = 1L << 30;

class Formatter {
  public:
    Formatter(std::string_view format, std::span<const std::string> args) : format_(format), args_(args) {}

    PrintfResult run() {
        // The format is reused while arguments remain, but a pass that
        // consumed none (no conversions) is not repeated.
        do {
            size_t before = next_;
            if (!pass()) break;
            if (next_ == before) break;
        } while (next_ < args_.size());
        return std::move(result_);
    }

  private:
    std::string_view format_;
    std::span<const std::string> args_;
    size_t next_ = 0;
    PrintfResult result_;

    void error(std::string message) {
        result_.errors.push_back(std::move(message));
        result_.status = 1;
    }

    // The next argument, or "" when they have run out (POSIX: a missing
    // string is empty, a missing number is 0).
    const std::string& next_arg() {
        static const std::string empty;
        return next_ < args_.size() ? args_[next_++] : empty;
    }

    // A leading ' or " gives the code of the next character ('A -> 65).
    static bool char_code(const std::string& arg, long long& value) {
        if (arg.empty() || (arg[0] != '\'' && arg[0] != '"')) return false;
        value = arg.size() > 1 ? static_cast<unsigned char>(arg[1]) : 0;
        return true;
    }

    // Report a number that did not convert completely; `value` stays what
    // the prefix gave (0 for none), as dash and bash do.
    void check_end(const std::string& arg, const char* start, const char* end) {
        if (end == start)
            error(fmt::format("'{}': invalid number", arg));
        else if (*end != '\0')
            error(fmt::format("'{}': invalid number", arg));
    }

    intmax_t signed_arg(const std::string& arg) {
        long long code = 0;
        if (arg.empty()) return 0;
        if (char_code(arg, code)) return code;
        const char* start = arg.c_str();
        char* end = nullptr;
        errno = 0;
        intmax_t v = std::strtoimax(start, &end, 0);
        if (errno == ERANGE)
            error(fmt::format("'{}': number out of range", arg));
        else
            check_end(arg, start, end);
        return v;
    }

    uintmax_t unsigned_arg(const std::string& arg) {
        long long code = 0;
        if (arg.empty()) return 0;
        if (char_code(arg, code)) return static_cast<uintmax_t>(code);
        const char* start = arg.c_str();
        size_t skip = 0;
        while (start[skip] == ' ' || start[skip] == '\t' || start[skip] == '\n') ++skip;
        // A negative number wraps, as in C: printf %u -1 is 2^64-1.
        if (start[skip] == '-') return static_cast<uintmax_t>(signed_arg(arg));
        char* end = nullptr;
        errno = 0;
        uintmax_t v = std::strtoumax(start, &end, 0);
        if (errno == ERANGE)
            error(fmt::format("'{}': number out of range", arg));
        else
            check_end(arg, start, end);
        return v;
    }

    double float_arg(const std::string& arg) {
        long long code = 0;
        if (arg.empty()) return 0;
        if (char_code(arg, code)) return static_cast<double>(code);
        const char* start = arg.c_str();
        char* end = nullptr;
        errno = 0;
        double v = std::strtod(start, &end);
        if (errno == ERANGE && (v > 1 || v < -1))
            error(fmt::format("'{}': number out of range", arg));
        else
            check_end(arg, start, end);
        return v;
    }

    // A `*` width or precision: an integer argument, limited in size.
    // Too large is an error, as for a width written in the format, never a
    // silent cap: the output would not be what the script asked for.
    bool star_arg(int& value) {
        std::string text(next_arg());
        intmax_t v = signed_arg(text);
        if (v > max_field || v < -max_field) {
            error(fmt::format("'{}': field width or precision too large", text));
            return false;
        }
        value = static_cast<int>(v);
        return true;
    }

    static void pad(std::string& out, std::string_view text, int width, bool left) {
        size_t w = width < 0 ? static_cast<size_t>(-static_cast<long>(width)) : static_cast<size_t>(width);
        if (width < 0) left = true;
        size_t fill = w > text.size() ? w - text.size() : 0;
        if (!left) out.append(fill, ' ');
        out += text;
        if (left) out.append(fill, ' ');
    }

    // One pass over the format. Returns false when output must stop
    // (\c in %b, or a bad directive).
    bool pass() {
        std::string& out = result_.output;
        size_t i = 0;
        while (i < format_.size()) {
            char c = format_[i++];
            if (c == '\\') {
                decode_escape(format_, i, out, printf_format_escapes);
            } else if (c != '%') {
                out += c;
            } else if (i < format_.size() && format_[i] == '%') {
                out += '%';
                ++i;
            } else if (!directive(i - 1, i)) {
                return false;
            }
        }
        return true;
    }

    // A conversion specification, %[flags][width][.precision][hlLjq]conv,
    // with `*` already replaced by its argument.
    struct Spec {
        std::string flags;
        int width = 0;  // 0: none; negative (from `*`): left-justified
        bool has_precision = false;
        int precision = 0;
        char conv = '\0';
        bool left() const { return flags.find('-') != std::string::npos; }
    };

    // The directive whose % is at format_[start]; i is just after the %.
    // Returns false when output must stop.
    bool directive(size_t start, size_t& i) {
        Spec spec;
        if (!read_spec(start, i, spec)) return false;
        if (convert(spec)) return true;
        if (spec.conv == '\0' || std::string_view("sbcdiouxXeEfFgGaA").find(spec.conv) == std::string_view::npos)
            error(fmt::format("'{}': invalid directive", format_.substr(start, i - start)));
        return false;
    }

    // Everything after the % up to and including the conversion character.
    // False after reporting an error.
    bool read_spec(size_t start, size_t& i, Spec& spec) {
        while (i < format_.size() && std::string_view("-+ #0").find(format_[i]) != std::string_view::npos)
            spec.flags += format_[i++];
        if (!read_field(start, i, spec.width)) return false;
        if (i < format_.size() && format_[i] == '.') {
            ++i;
            spec.has_precision = true;
            if (!read_field(start, i, spec.precision)) return false;
        }
        // C length modifiers mean nothing here (all integers are intmax_t);
        // accept them so formats copied from C work.
        while (i < format_.size() && std::string_view("hlLjq").find(format_[i]) != std::string_view::npos)
            ++i;
        if (i >= format_.size()) {
            error(fmt::format("'{}': missing format character", format_.substr(start)));
            return false;
        }
        spec.conv = format_[i++];
        return true;
    }

    // A width or a precision: digits, or `*` for the next argument.
    bool read_field(size_t start, size_t& i, int& value) {
        if (i < format_.size() && format_[i] == '*') {
            if (!star_arg(value)) return false;
            ++i;
            return true;
        }
        return read_number(i, value, start);
    }

    bool read_number(size_t& i, int& value, size_t start) {
        long v = 0;
        while (i < format_.size() && format_[i] >= '0' && format_[i] <= '9') {
            v = v * 10 + (format_[i] - '0');
            if (v > max_field) {
                error(fmt::format("'{}': field width or precision too large", format_.substr(start, i + 1 - start)));
                return false;
            }
            ++i;
        }
        value = static_cast<int>(v);
        return true;
    }

    // Returns false to stop all output (\c, or an unknown conversion).
    bool convert(const Spec& spec) {
        switch (spec.conv) {
        case 's': add_text(next_arg(), spec); return true;
        case 'b': {
            std::string text;
            bool stopped = !append_escapes(next_arg(), text, echo_escapes);
            add_text(text, spec);
            return !stopped;
        }
        case 'c': {
            const std::string& arg = next_arg();
            // An empty argument gives a NUL byte, as in dash and bash.
            char ch = arg.empty() ? '\0' : arg[0];
            pad(result_.output, std::string_view(&ch, 1), spec.width, spec.left());
            return true;
        }
        case 'd':
        case 'i': add_number(spec, signed_arg(next_arg())); return true;
        case 'o':
        case 'u':
        case 'x':
        case 'X': add_number(spec, unsigned_arg(next_arg())); return true;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A': add_number(spec, float_arg(next_arg())); return true;
        default: return false;
        }
    }

    // %s and %b: at most `precision` bytes of the text, padded to the width.
    void add_text(std::string_view text, const Spec& spec) {
        if (spec.has_precision && spec.precision >= 0 && static_cast<size_t>(spec.precision) < text.size())
            text = text.substr(0, static_cast<size_t>(spec.precision));
        pad(result_.output, text, spec.width, spec.left());
    }

    // A number through snprintf, on a specification rebuilt from the
    // validated flags: "%<flags>*[.*][j]<conv>", width and precision passed
    // as arguments (j: the integers are intmax_t or uintmax_t).
    template <typename T>
    void add_number(const Spec& spec, T value) {
        std::string c_spec = "%" + spec.flags + "*";
        if (spec.has_precision) c_spec += ".*";
        if constexpr (std::is_integral_v<T>) c_spec += 'j';
        c_spec += spec.conv;
        if (spec.has_precision)
            append_formatted(result_.output, c_spec, spec.width, spec.precision, value);
        else
            append_formatted(result_.output, c_spec, spec.width, value);
    }
};

}  // namespace

PrintfResult format_printf(std::string_view format, std::span<const std::string> args) {
    return Formatter(format, args).run();
}

}  // namespace forksh
