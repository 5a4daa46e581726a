// diag.cpp: formats and writes the shell's own messages (write(2) to fd 2).
#include "shell/diag.hpp"

#include <fmt/format.h>

#include "shell/output.hpp"

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

void report_raw(std::string_view text) { write_all(2, text); }

}  // namespace forksh
