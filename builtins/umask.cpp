// umask.cpp: `umask [-S] [MODE]`, the file-mode creation mask.
// System call: umask(2), which sets the mask and returns the old one (there
// is no call that only reads it, so reading is two calls: set, set back).
// Runs in the shell itself: a child's mask would die with the child, and
// every later child inherits the shell's mask across fork and execve.
#include <sys/stat.h>

#include <string>

#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view umask_help =
    "Show or set the file-mode creation mask: permission bits that newly\n"
    "created files will NOT get (open(2) and mkdir(2) clear them).\n"
    "  umask            print the mask in octal (0022)\n"
    "  umask -S         print the permissions it allows: u=rwx,g=rx,o=rx\n"
    "  umask 027        set it in octal\n"
    "  umask g-w,o=     change it like chmod: who (u g o a), + - =, r w x\n"
    "Exit status 0, or 1 for an invalid mode. System call: umask(2).\n";

namespace {

mode_t current_mask() {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

std::string symbolic(mode_t mask) {
    mode_t allowed = ~mask & 0777;
    std::string out;
    const char* who = "ugo";
    for (int k = 0; k < 3; ++k) {
        int shift = 6 - 3 * k;
        if (k > 0) out += ',';
        out += who[k];
        out += '=';
        if (allowed & (04 << shift)) out += 'r';
        if (allowed & (02 << shift)) out += 'w';
        if (allowed & (01 << shift)) out += 'x';
    }
    return out;
}

// chmod-style clauses applied to the allowed permissions; false when invalid.
bool apply_symbolic(const std::string& text, mode_t& allowed) {
    size_t i = 0;
    for (;;) {
        mode_t who = 0;
        while (i < text.size() && std::string_view("ugoa").find(text[i]) != std::string_view::npos) {
            char c = text[i++];
            who |= c == 'u' ? 0700 : c == 'g' ? 070 : c == 'o' ? 07 : 0777;
        }
        if (who == 0) who = 0777;
        if (i >= text.size() || std::string_view("+-=").find(text[i]) == std::string_view::npos) return false;
        while (i < text.size() && std::string_view("+-=").find(text[i]) != std::string_view::npos) {
            char op = text[i++];
            mode_t bits = 0;
            if (i < text.size() && std::string_view("ugo").find(text[i]) != std::string_view::npos) {
                // Copy another class's permissions: u=g.
                char from = text[i++];
                int shift = from == 'u' ? 6 : from == 'g' ? 3 : 0;
                mode_t three = (allowed >> shift) & 07;
                bits = three << 6 | three << 3 | three;
            } else {
                while (i < text.size() && std::string_view("rwxXst").find(text[i]) != std::string_view::npos) {
                    char p = text[i++];
                    if (p == 'r') bits |= 0444;
                    if (p == 'w') bits |= 0222;
                    if (p == 'x' || p == 'X') bits |= 0111;
                    // s and t have no meaning in a umask.
                }
            }
            bits &= who;
            if (op == '+') allowed |= bits;
            if (op == '-') allowed &= ~bits;
            if (op == '=') allowed = (allowed & ~who) | bits;
        }
        if (i == text.size()) return true;
        if (text[i] != ',') return false;
        ++i;
    }
}

}  // namespace

int umask(Shell& sh, const Args& args) {
    bool show_symbolic = false;
    int status = 0;
    size_t first = parse_options(
        sh, args, "S", "", [&](char, const std::string&) { show_symbolic = true; }, status);
    if (first == 0) return status;
    if (args.count() - first > 1) return sh.usage_error(args, "too many arguments");

    if (first == args.count()) {
        mode_t mask = current_mask();
        sh.out().clear_failure();
        if (show_symbolic)
            sh.out().print("{}\n", symbolic(mask));
        else
            sh.out().print("{:04o}\n", static_cast<unsigned>(mask));
        return finish(sh, args, 0);
    }

    const std::string& mode = args[first];
    mode_t mask = 0;
    if (mode[0] >= '0' && mode[0] <= '9') {
        // Only the permission bits count: 1777 and 0777777 give 0777, as in
        // dash (the mask has no other bits to set).
        for (char c : mode) {
            if (c < '0' || c > '7') return sh.fail(args, mode + ": invalid octal number");
            mask = (mask * 8 + static_cast<mode_t>(c - '0')) & 07777;
        }
    } else {
        mode_t allowed = ~current_mask() & 0777;
        if (!apply_symbolic(mode, allowed)) return sh.fail(args, mode + ": invalid symbolic mode");
        mask = ~allowed & 0777;
    }
    // With a MODE, -S only says how to read it: the mask is set silently
    // (dash; POSIX asks for output only without a MODE).
    ::umask(mask);
    return 0;
}

}  // namespace forksh::builtins
