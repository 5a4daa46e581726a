// expand.hpp: word expansion, in POSIX order (XCU 2.6), after bash's brace
// expansion (brace.hpp) for command words:
//   tilde -> parameter, command substitution, arithmetic (left to right)
//   -> field splitting (IFS) -> pathname expansion -> quote removal.
//
// The expander knows nothing of processes. Command substitution needs to run
// commands, so it asks a SubstitutionRunner, which the executor implements
// (shell/exec/command_subst.cpp): a lower layer declares the interface it needs,
// a higher one fills it in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shell/expand/brace.hpp"
#include "shell/syntax/ast.hpp"
#include "shell/text/field_split.hpp"
#include "shell/state/options.hpp"
#include "shell/state/variables.hpp"

namespace forksh {

class SubstitutionRunner {
  public:
    virtual ~SubstitutionRunner() = default;
    // Run `body` with its standard output captured; return that output with
    // trailing newlines removed. Sets $? (vars.special().last_status) to the
    // status of the commands, so `x=$(false)` leaves $? = 1.
    virtual std::string run_substitution(const ast::CommandSubst& subst) = 0;
    // <(list) and >(list): start the list in a child connected by a pipe;
    // return the path of the shell's end ("/dev/fd/N"), which stays open
    // until the command being run ends.
    virtual std::string start_process_subst(const ast::ProcessSubst& subst);
};

// Expansion errors (`${x?}`, set -u, bad arithmetic) throw ShellError
// (shell/base/diag.hpp) with fatal() true: POSIX says a non-interactive shell exits.
class Expander {
  public:
    Expander(Variables& vars, const Options& options, SubstitutionRunner& runner)
        : vars_(vars), options_(options), runner_(runner) {}

    // Command words and `for` lists: every expansion, field splitting and
    // pathname expansion; appends the resulting fields (maybe none, maybe many).
    void expand_fields(const ast::Word& word, std::vector<std::string>& fields);
    std::vector<std::string> expand_fields(const std::vector<ast::Word>& words);

    // One string, no field splitting and no pathname expansion: assignment
    // values (with tilde expansion after `=` and each `:`), the `case` subject,
    // redirection targets, ${x:-word} arguments.
    std::string expand_string(const ast::Word& word);
    std::string expand_assignment(const ast::Word& word);
    // A redirection's file name or fd: as expand_string, after brace
    // expansion when it is on (`>log{1..1}`); more than one word is an
    // "ambiguous redirect" (status 1), as in bash.
    std::string expand_redirect_target(const ast::Word& word);
    // `export a=$x`, `readonly r=~/x`: a word whose first `name_length`
    // characters are NAME=, expanded as one string, the value as an
    // assignment's (tilde after = and :, no splitting, no globbing).
    std::string expand_declaration(const ast::Word& word, size_t name_length);
    // The same, appended to `fields`, after brace expansion when it is on:
    // bash makes `export a={1,2}` into `export a=1 a=2`.
    void expand_declaration(const ast::Word& word, size_t name_length, std::vector<std::string>& fields);

    // A pattern for `case`, ${x#pattern}, ...: expanded, with the characters
    // that came from quotes escaped by a backslash so the matcher (pattern.hpp)
    // takes them literally.
    std::string expand_pattern(const ast::Word& word);
    // The regular expression of [[ x =~ re ]] (bash): expanded, with the
    // characters that came from quotes escaped for an ERE, so "a.b" matches
    // only a dot.
    std::string expand_regex(const ast::Word& word);
    // The string of ${x/pattern/string}: like a pattern, with a quoted `&`
    // escaped too (a bare one stands for the match: replace_pattern).
    std::string expand_replacement(const ast::Word& word);

    // A here-document body (HereDoc::expand true): parameter, command and
    // arithmetic expansion only.
    std::string expand_heredoc(const ast::Word& body);
    // A here-document's body, also one kept in pieces (ast::HereDoc).
    std::string expand_heredoc(const ast::HereDoc& doc);

    // A text expanded the way a here-document body is ($, ` and \ are
    // special, quotes are not): for prompts (PS1, PS2) and PS4 of set -x.
    // Each distinct text is parsed once and remembered. $? is unchanged.
    std::string expand_text(const std::string& text);

  private:
    // Brace expansion (brace.hpp) is bash's: on unless in strict POSIX mode
    // or turned off with `set +B`.
    bool brace_expansion_on() const;
    // Each word brace expansion made, through every other expansion.
    void expand_brace_words(const std::vector<BraceWord>& words, Span span, std::vector<std::string>& fields);

    // One expansion in progress: the fields or string being built, and how
    // (expand.cpp). A member so it can reach vars_, options_ and runner_.
    struct Context;

    // The IFS table of the last split, rebuilt only when $IFS changes.
    const Ifs& ifs();

    Variables& vars_;
    const Options& options_;
    SubstitutionRunner& runner_;
    std::optional<Ifs> ifs_;
    std::string ifs_value_;  // the value ifs_ was built from
    bool ifs_unset_ = false;
    bool ifs_utf8_ = false;  // ... and the locale it was cut in (its joiner is one character)
};

}  // namespace forksh
