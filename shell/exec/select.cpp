// select.cpp: bash's select loop. It prints the words as a numbered menu on
// stderr (in columns that fit $COLUMNS, laid out as bash lays them out),
// prints $PS3 (default "#? ") and reads one line with the read builtin,
// which sets REPLY: a number of the menu sets NAME to that word, anything
// else sets it to "", an empty line shows the menu again. The body runs after
// each answer; `break` or the end of input ends the loop (status 1 then, with
// a newline on stdout, as in bash). System calls: write(2) for the menu, and
// those of `read` (read(2) on fd 0).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "shell/base/output.hpp"
#include "shell/exec/exec.hpp"

namespace forksh {

namespace {

// How many columns a word takes on the screen: its UTF-8 characters.
size_t display_length(std::string_view word) {
    size_t length = 0;
    for (char c : word)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++length;
    return length;
}

size_t digits(size_t n) {
    size_t count = 1;
    while (n >= 10) {
        n /= 10;
        ++count;
    }
    return count;
}

// Blanks from column `from` to `to`, as tabs where a tab stop is passed.
void indent(std::string& out, size_t from, size_t to) {
    const size_t tab = 8;
    while (from < to) {
        if (to / tab > from / tab) {
            out += '\t';
            from += tab - from % tab;
        } else {
            out += ' ';
            ++from;
        }
    }
}

// The menu, numbered down the columns: as many columns of the widest entry
// as $COLUMNS allows, and one column when everything fits in a row.
std::string menu_text(const std::vector<std::string>& words, size_t columns) {
    size_t widest = 0;
    for (const std::string& w : words) widest = std::max(widest, display_length(w));
    const size_t number_width = digits(words.size());
    const size_t entry = widest + number_width + 2 + 2;  // "12) word" and two blanks
    size_t cols = std::max<size_t>(1, columns / entry);
    size_t rows = (words.size() + cols - 1) / cols;
    cols = (words.size() + rows - 1) / rows;
    if (rows == 1) {
        rows = cols;
        cols = 1;
    }
    const size_t first_width = digits(rows);
    std::string out;
    for (size_t row = 0; row < rows; ++row) {
        size_t pos = 0;
        for (size_t i = row;; i += rows) {
            size_t width = pos == 0 ? first_width : number_width;
            out += fmt::format("{:>{}}) {}", i + 1, width, words[i]);
            size_t used = width + 2 + display_length(words[i]);
            if (i + rows >= words.size()) break;
            indent(out, pos + used, pos + entry);
            pos += entry;
        }
        out += '\n';
    }
    return out;
}

// The menu's number in `reply` (blanks and a sign allowed, as bash's
// legal_number), or 0 when it is none.
size_t menu_choice(const std::string& reply, size_t count) {
    size_t i = reply.find_first_not_of(" \t\n");
    if (i == std::string::npos) return 0;
    if (reply[i] == '+') ++i;
    size_t start = i;
    size_t value = 0;
    while (i < reply.size() && reply[i] >= '0' && reply[i] <= '9') {
        value = value * 10 + size_t(reply[i++] - '0');
        if (value > count) return 0;
    }
    if (i == start || reply.find_first_not_of(" \t\n", i) != std::string::npos) return 0;
    return value;
}

}  // namespace

int Executor::run_select(const ast::SelectClause& clause) {
    const ast::ForClause& select = clause.loop;
    std::vector<std::string> words =
        select.has_in ? expander_.expand_fields(select.words) : vars_.special().positional;
    if (words.empty()) return 0;
    const builtins::Builtin* read = builtins::find("read");
    int status = 0;
    bool show_menu = true;
    LoopScope loop(loop_depth_);  // a loop for break and continue
    for (;;) {
        std::string choice;
        for (;;) {
            if (show_menu) {
                const std::string* columns = vars_.get("COLUMNS");
                size_t width = columns ? std::strtoul(columns->c_str(), nullptr, 10) : 0;
                write_all(2, menu_text(words, width > 0 ? width : 80));
            }
            const std::string* ps3 = vars_.get("PS3");
            write_all(2, ps3 ? *ps3 : "#? ");
            if (read->fn(facade_, builtins::Args({"read"})) != 0) {
                write_all(1, "\n");
                return 1;  // end of input
            }
            const std::string* reply = vars_.get("REPLY");
            if (reply == nullptr || reply->empty()) {
                show_menu = true;
                continue;
            }
            if (size_t n = menu_choice(*reply, words.size())) choice = words[n - 1];
            break;
        }
        if (vars_.set(select.name, choice) == Variables::Result::Readonly) {
            report(select.name + ": is read only", select.name_span.line);
            return 1;
        }
        status = run_list(*select.body);
        if (loop_must_end()) break;
        // As in ksh and bash: the menu again only when the body emptied REPLY.
        const std::string* reply = vars_.get("REPLY");
        show_menu = reply == nullptr || reply->empty();
    }
    return status;
}

}  // namespace forksh
