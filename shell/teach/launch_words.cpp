// launch_words.cpp: the words of launch_words.hpp. No system calls.
#include "shell/teach/launch_words.hpp"

namespace forksh::teach {

namespace {
struct Words {
    std::string_view code, words;
};

constexpr Words launches[] = {
    {"in-shell", "runs inside the shell: no new process"},
    {"spawn", "is spawned (its child borrows the shell's memory until its execve)"},
    {"fork-exec", "forks (the child, a copy of the shell, sets itself up, then calls execve)"},
    {"exec-in-place", "is exec'd in place (this process calls execve and becomes the program)"},
    {"fork", "forks (a copy of the shell runs it)"},
    {"not-found", "starts nothing: not found"},
};

constexpr Words reasons[] = {
    {"in-shell", "it is a builtin, a function, an assignment or a compound command"},
    {"not-found", "it is not a builtin, a function or a program in PATH"},
    {"subshell-in-child-tail", "this child has nothing else to do, so it runs the ( ) list itself"},
    {"subshell-forks", "( ) runs shell code in a copy of the shell"},
    {"child-has-nothing-else", "this forked child has nothing left to do after it"},
    {"spawn-set-to-fork", "set -o spawn=fork asks for the classic fork"},
    {"words-need-child", "its words need $( ), $(( )) or an assignment expanded in the child"},
    {"posix-spawn-cannot-ignore",
     "a signal must start ignored, and posix_spawn can only set signals to their default"},
    {"background-needs-ignore",
     "a background job of a script must ignore SIGINT and SIGQUIT, and posix_spawn can only set signals "
     "to their default"},
    {"posix-spawn-does-all", "posix_spawn can do all the child's set-up"},
    {"vfork-does-all", "all the child must do before execve is plain system calls, listed by the shell beforehand"},
    {"here-document", "a here-document's text is written by the shell into a pipe for a forked child"},
    {"noclobber", "set -C: the child must look at the file before it opens it"},
    {"redirect-word-needs-child", "a redirection's word needs $( ), $(( )) or an assignment expanded in the child"},
    {"copies-closed-fd", "it copies a descriptor closed just before, which a forked child reports"},
    {"bad-fd-number", "a bad descriptor number is reported by a forked child"},
    {"fd-not-open", "a descriptor that is not open is reported by a forked child"},
    {"empty-file-name", "an empty file name is reported by a forked child"},
    {"word-did-not-expand", "a redirection's word failed to expand, which a forked child reports"},
    {"cannot-open", "the file cannot be opened, and a forked child says why"},
    {"writes-directory", "the file is a directory, and a forked child says so"},
    {"open-may-block", "opening a FIFO or a device could block, and the shell waits for a spawned child's open"},
};

template <size_t N>
std::string_view find(const Words (&table)[N], std::string_view code) {
    for (const Words& w : table)
        if (w.code == code) return w.words;
    return {};
}
}  // namespace

std::string_view launch_words(std::string_view launch_code) { return find(launches, launch_code); }
std::string_view reason_words(std::string_view reason_code) { return find(reasons, reason_code); }

}  // namespace forksh::teach
