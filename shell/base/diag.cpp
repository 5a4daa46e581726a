// diag.cpp: formats and writes the shell's own messages (write(2) to fd 2).
#include "shell/base/diag.hpp"

#include <utility>

#include <fmt/format.h>

#include <algorithm>

#include "shell/base/output.hpp"

namespace forksh {

DiagContext& diag_context() {
    static DiagContext context;
    return context;
}

DiagScriptScope::DiagScriptScope(const std::string& script) {
    DiagContext& ctx = diag_context();
    // A function called from the file it was defined in (the usual case)
    // changes nothing: no copy on every call.
    if (script.empty() || (script == ctx.script && ctx.show_lines)) return;
    active_ = true;
    saved_script_ = std::exchange(ctx.script, script);
    saved_show_lines_ = std::exchange(ctx.show_lines, true);
}

DiagScriptScope::~DiagScriptScope() {
    if (!active_) return;
    DiagContext& ctx = diag_context();
    ctx.script = std::move(saved_script_);
    ctx.show_lines = saved_show_lines_;
}

std::string format_diag(std::string_view message, int line) {
    const DiagContext& ctx = diag_context();
    std::string text = ctx.program + ": ";
    if (!ctx.script.empty()) text += ctx.script + ": ";
    if (ctx.show_lines && line > 0) text += fmt::format("line {}: ", line);
    text += message;
    return text;
}

void report(std::string_view message, int line) {
    std::string text = format_diag(message, line);
    text += '\n';
    write_all(2, text);
}

void report_out_of_memory() {
    // By the time this runs the stack has unwound and the failed allocation's
    // neighbours are freed, so formatting a short message is safe.
    report("out of memory");
}

void report_raw(std::string_view text) { write_all(2, text); }

namespace {
// A syntax error quotes the user's text, which may be anything: a binary
// file run by mistake, a line megabytes long. Nothing raw reaches the
// terminal: control bytes, DEL and bytes that are not valid UTF-8 are shown
// as \xHH, and only a window of the line around the caret is quoted.
constexpr size_t window_before = 60;  // bytes of the line kept before the caret
constexpr size_t window_after = 60;
constexpr size_t message_limit = 200;

// Length of the valid UTF-8 sequence starting at s[i] (2-4), or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    size_t n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xc0) != 0x80) return 0;
    return n;
}

// One display unit of s at i: appends it (escaped if need be) to `out`,
// returns how many bytes it took; `width` gets its width on screen.
size_t append_unit(std::string_view s, size_t i, std::string& out, size_t& width) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
        if (size_t n = utf8_sequence(s, i)) {
            out.append(s.substr(i, n));
            width = 1;
            return n;
        }
    } else if (c >= 0x20 && c != 0x7f) {
        out += static_cast<char>(c);
        width = 1;
        return 1;
    } else if (c == '\t') {
        out += '\t';
        width = 1;
        return 1;
    }
    out += fmt::format("\\x{:02x}", c);
    width = 4;
    return 1;
}

std::string escaped(std::string_view s) {
    std::string out;
    size_t width;
    for (size_t i = 0; i < s.size();) i += append_unit(s, i, out, width);
    return out;
}

// Long messages (they quote a token) keep their start and end.
std::string cut_message(std::string_view message) {
    std::string text = escaped(message);
    if (text.size() <= message_limit) return text;
    size_t head = message_limit - 60;
    while (head > 0 && (static_cast<unsigned char>(text[head]) & 0xc0) == 0x80) --head;
    size_t tail = text.size() - 50;
    while (tail < text.size() && (static_cast<unsigned char>(text[tail]) & 0xc0) == 0x80) ++tail;
    return text.substr(0, head) + "..." + text.substr(tail);
}
}  // namespace

std::string quote_source_line(std::string_view line, int column) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || column <= 0) return "";
    size_t caret = std::min(static_cast<size_t>(column - 1), line.size());
    size_t begin = caret > window_before ? caret - window_before : 0;
    while (begin < caret && (static_cast<unsigned char>(line[begin]) & 0xc0) == 0x80) ++begin;
    size_t end = std::min(line.size(), caret + window_after);
    std::string quoted = "    ", marker = "    ";
    if (begin > 0) {
        quoted += "...";
        marker += "   ";
    }
    size_t width = 0;
    for (size_t i = begin; i < end;) {
        std::string unit;
        size_t n = append_unit(line, i, unit, width);
        quoted += unit;
        // Tabs stay tabs under the caret, so it lines up whatever the tab width.
        if (i < caret) marker += unit == "\t" ? std::string("\t") : std::string(width, ' ');
        i += n;
    }
    if (end < line.size()) quoted += "...";
    return quoted + "\n" + marker + "^\n";
}

void report_syntax_error(std::string_view message, Span span, std::string_view source_line) {
    std::string text = format_diag(cut_message(message), span.line) + "\n";
    text += quote_source_line(source_line, span.column);
    write_all(2, text);
}

}  // namespace forksh
