// diag.cpp: formats and writes the shell's own messages (write(2) to fd 2).
#include "shell/base/diag.hpp"

#include <fmt/format.h>

#include "shell/base/output.hpp"

namespace forksh {

DiagContext& diag_context() {
    static DiagContext context;
    return context;
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
