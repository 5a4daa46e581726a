// diag.cpp: formats and writes the shell's own messages (write(2) to fd 2).
#include "shell/base/diag.hpp"

#include <utility>

#include <fmt/format.h>

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

void report_syntax_error(std::string_view message, Span span, std::string_view source_line) {
    std::string text = format_diag(message, span.line) + "\n";
    while (!source_line.empty() && (source_line.back() == '\n' || source_line.back() == '\r'))
        source_line.remove_suffix(1);
    if (!source_line.empty() && span.column > 0) {
        text += "    " + std::string(source_line) + "\n    ";
        // Tabs stay tabs under the caret, so it lines up whatever the tab width.
        for (int i = 0; i + 1 < span.column && static_cast<size_t>(i) < source_line.size(); ++i)
            text += source_line[static_cast<size_t>(i)] == '\t' ? '\t' : ' ';
        text += "^\n";
    }
    write_all(2, text);
}

}  // namespace forksh
