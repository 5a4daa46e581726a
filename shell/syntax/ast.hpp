// ast.hpp: the syntax tree the parser builds and the executor walks.
//
// Why plain structs in std::variant (and not a class hierarchy): the tree is
// data, walked by a few visitors (executor, expander, --dump-ast, explain).
// With variants each visitor is one std::visit in one file, the compiler
// checks that every kind is handled, and ownership is just values, vectors
// and unique_ptr: the tree is freed when its root goes away. Function bodies
// are the one exception: a function outlives the text that defined it
// (`eval 'f() { ...; }'`), so its body is a shared_ptr the function table
// shares.
//
// The tree is parsed once; loops and functions run it again and again, never
// re-reading text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "shell/base/source.hpp"

namespace forksh::ast {

struct Word;
struct WordPart;
struct List;
struct Command;
struct Pipeline;

// ---- Words -----------------------------------------------------------------
// A word is a sequence of parts, kept as written so that the expander knows
// what was quoted: `a"$b"'c'` is Literal(a), DoubleQuoted[Parameter(b)],
// SingleQuoted(c).

// Unquoted text, subject to field splitting (if it came from an expansion) and
// pathname expansion. Also used for text inside double quotes.
struct Literal {
    std::string text;
};
// '...' : every character literal.
struct SingleQuoted {
    std::string text;
};
// $'...' : C-style escapes (\n, \t, \x41, \0101, \u00e9, \cX, \e), already decoded.
struct AnsiCQuoted {
    std::string text;
};
// \c : one character quoted by a backslash (outside or inside double quotes).
struct Escaped {
    std::string text;  // the character (one byte, or a whole UTF-8 sequence)
};
// "..." : parts inside are Literal, Escaped, Parameter, CommandSubst, Arithmetic.
struct DoubleQuoted {
    std::vector<WordPart> parts;
};

// The operator of ${name<op>word}.
enum class ParamOp {
    Plain,               // $name ${name}
    Length,              // ${#name}
    UseDefault,          // ${name-word}  ${name:-word}
    AssignDefault,       // ${name=word}  ${name:=word}
    ErrorIfUnset,        // ${name?word}  ${name:?word}
    UseAlternative,      // ${name+word}  ${name:+word}
    RemoveSmallestSuffix,  // ${name%pattern}
    RemoveLargestSuffix,   // ${name%%pattern}
    RemoveSmallestPrefix,  // ${name#pattern}
    RemoveLargestPrefix,   // ${name##pattern}
    // bash's forms (errors in POSIX, so they change no POSIX program):
    Substring,     // ${name:offset} ${name:offset:length}  (arg, arg2)
    ReplaceFirst,  // ${name/pattern/string}                (arg, arg2)
    ReplaceAll,    // ${name//pattern/string}
    ReplacePrefix, // ${name/#pattern/string}
    ReplaceSuffix, // ${name/%pattern/string}
    UpperFirst,    // ${name^pattern}
    UpperAll,      // ${name^^pattern}
    LowerFirst,    // ${name,pattern}
    LowerAll,      // ${name,,pattern}
    Names,         // ${!prefix*} ${!prefix@}: the names of the variables starting so
    Keys,          // ${!name[@]} ${!name[*]}: the indices (or keys) of an array
};

// $name, ${name...}: name is a variable name, a positional number ("1", "10")
// or a special parameter ("?", "$", "!", "#", "@", "*", "-", "0").
struct Parameter {
    std::string name;
    ParamOp op = ParamOp::Plain;
    bool colon = false;  // ${x:-w}: also when set but empty
    bool braced = false;
    std::unique_ptr<Word> arg;  // the word or pattern after the operator, if any
    std::unique_ptr<Word> arg2;  // ${x:o:length}, ${x/p/string}: the second word, if any
    std::unique_ptr<Word> subscript;  // ${a[i]}: the index or key as written (`@`, `*`: all)
    bool indirect = false;  // ${!name...}: name's value names the parameter
    bool names_star = false;  // ${!prefix*} (joined like $*), not ${!prefix@}
    // ${}, ${1a}, ${x;y}: no valid form. As in dash, this is not a
    // syntax error (`dash -n` accepts it); expanding it fails with "bad
    // substitution". `name` holds what was read as a name (maybe empty) and
    // `arg` the rest of the text up to the closing brace.
    bool bad = false;
    std::string text;  // the whole ${...} as written, for messages
};

// $(...) and `...`: the command list, parsed once at parse time.
struct CommandSubst {
    std::unique_ptr<List> body;
    std::string text;  // the source between the delimiters, for dumps and traces
    bool backquoted = false;
};

// $((...)): the expression text with its own expansions ($x, $(...)) as parts;
// after expansion the resulting string is evaluated as C integer arithmetic.
struct Arithmetic {
    std::unique_ptr<Word> expr;
};

// <(list) and >(list)  (bash): the list runs in a child whose stdout (for
// <) or stdin (for >) is a pipe; the word becomes /dev/fd/N, the shell's
// end of that pipe, for the command to open.
struct ProcessSubst {
    std::unique_ptr<List> body;
    std::string text;     // the source between the parentheses
    bool output = false;  // >(...): the command writes, the list reads
};

struct WordPart {
    std::variant<Literal, SingleQuoted, AnsiCQuoted, Escaped, DoubleQuoted, Parameter,
                 CommandSubst, Arithmetic, ProcessSubst>
        node;
    Span span;
};

struct Word {
    std::vector<WordPart> parts;
    std::string text;  // the word exactly as written (for aliases, dumps, messages)
    Span span;
};

// ${a[@]} and ${a[*]}: every element of the array.
inline bool subscript_is_all(const Parameter& p) {
    return p.subscript && (p.subscript->text == "@" || p.subscript->text == "*");
}

// ---- Redirections -----------------------------------------------------------

enum class RedirOp {
    Input,        // <
    Output,       // >
    Append,       // >>
    Clobber,      // >|
    ReadWrite,    // <>
    DupInput,     // <&   (target "-" closes)
    DupOutput,    // >&   (target "-" closes)
    HereDoc,      // <<
    HereDocStrip, // <<-  (leading tabs removed from body lines and delimiter)
    HereString,   // <<<  (bash)
    OutputBoth,   // &>   (bash: stdout and stderr to a file)
    AppendBoth,   // &>>  (bash: stdout and stderr appended to a file)
};

// The operator as written: for --dump-ast, explain and messages.
constexpr std::string_view redirect_op_text(RedirOp op) {
    switch (op) {
        case RedirOp::Input: return "<";
        case RedirOp::Output: return ">";
        case RedirOp::Append: return ">>";
        case RedirOp::Clobber: return ">|";
        case RedirOp::ReadWrite: return "<>";
        case RedirOp::DupInput: return "<&";
        case RedirOp::DupOutput: return ">&";
        case RedirOp::HereDoc: return "<<";
        case RedirOp::HereDocStrip: return "<<-";
        case RedirOp::HereString: return "<<<";
        case RedirOp::OutputBoth: return "&>";
        case RedirOp::AppendBoth: return "&>>";
    }
    return "?";
}

// &> and &>>: one file for both stdout and stderr.
constexpr bool writes_both(RedirOp op) {
    return op == RedirOp::OutputBoth || op == RedirOp::AppendBoth;
}

// The descriptor a redirection changes when it names none: 0 for the input
// forms (`<file`, `<<EOF`), 1 for the output forms (`>file`).
constexpr int default_fd(RedirOp op) {
    switch (op) {
        case RedirOp::Input:
        case RedirOp::ReadWrite:
        case RedirOp::DupInput:
        case RedirOp::HereDoc:
        case RedirOp::HereDocStrip:
        case RedirOp::HereString: return 0;
        default: return 1;
    }
}

struct HereDoc {
    std::string delimiter;  // after quote removal
    bool expand = true;     // false when any part of the delimiter was quoted
    Word body;              // expand: parts like inside "..." (but `"` literal);
                            // otherwise one Literal with the text as written
    // A body larger than heredoc_parts_limit keeps only body.text (its parts
    // stay empty): as parts, each `$x` costs about 70 bytes of AST, so a
    // 16 MB document full of expansions took 300 MB. Its syntax is still
    // checked when it is read, and it is cut at line ends where no expansion
    // is open; each piece is parsed again, one at a time, when the document
    // is expanded (parse_expansion_text, Expander::expand_heredoc).
    struct Piece {
        std::size_t offset = 0;  // into body.text
        Span span;               // where that text is in the script
    };
    std::vector<Piece> pieces;   // empty: body.parts holds the whole body
};

// Bodies up to this size keep their parts (a loop that runs the document
// again and again does not parse it again); larger ones are kept as pieces.
inline constexpr std::size_t heredoc_parts_limit = 64 * 1024;

struct Redirect {
    int fd = -1;  // explicit IO number (2>), or -1 for the operator's default
    RedirOp op = RedirOp::Input;
    Word target;  // file name, fd number or "-"; the delimiter word for here-docs
    std::unique_ptr<HereDoc> heredoc;  // set for HereDoc/HereDocStrip once its body is read
    Span span;
};

// ---- Commands -----------------------------------------------------------------

// One word inside NAME=( ... ): `value`, or `[key]=value`.
struct ArrayItem {
    std::unique_ptr<Word> key;  // null: the next index
    Word value;
};

// NAME=value, and bash's NAME+=value, NAME[index]=value, NAME=(items...)
struct Assignment {
    std::string name;
    Word value;
    Span span;
    bool append = false;                // +=
    std::unique_ptr<Word> subscript;    // NAME[index]=: the index or key as written
    bool array = false;                 // NAME=(...): `items` are the words inside
    std::vector<ArrayItem> items;
};

// [assignments] [words] with redirections anywhere among them.
struct SimpleCommand {
    std::vector<Assignment> assignments;
    std::vector<Word> words;
    std::vector<Redirect> redirects;
    // `declare a=(x y)`: words[word] is `a=`, and its array is here (bash).
    struct ArrayArgument {
        std::size_t word = 0;
        Assignment assignment;
    };
    std::vector<ArrayArgument> array_arguments;
};

// { list; }
struct BraceGroup {
    std::unique_ptr<List> body;
};
// ( list )
struct Subshell {
    std::unique_ptr<List> body;
};
// if c1; then b1; elif c2; then b2; else b3; fi
struct IfClause {
    struct Branch {
        std::unique_ptr<List> condition;
        std::unique_ptr<List> body;
    };
    std::vector<Branch> branches;       // if and each elif
    std::unique_ptr<List> else_body;    // may be null
};
// while c; do b; done   /   until c; do b; done
struct LoopClause {
    bool until = false;
    std::unique_ptr<List> condition;
    std::unique_ptr<List> body;
};
// for name [in words]; do body; done   (no `in`: loops over "$@")
struct ForClause {
    std::string name;
    bool has_in = false;
    std::vector<Word> words;
    std::unique_ptr<List> body;
    Span name_span;
};
// How a case item ends, and what happens after its body ran.
enum class CaseEnd {
    Break,        // ;;   the case command is done
    FallThrough,  // ;&   the next item's body runs too, its patterns untested (POSIX 2024)
    TestNext,     // ;;&  the next items' patterns are tested, as if nothing had matched (bash)
};

// select name [in words]; do body; done   (bash; not in strict POSIX mode)
// A numbered menu of the words on stderr, then a line read for each choice.
struct SelectClause {
    ForClause loop;  // written as a for loop is: name, `in` words, body
};

// case word in (p1|p2) body;; ... esac
struct CaseClause {
    struct Item {
        std::vector<Word> patterns;
        std::unique_ptr<List> body;  // may be null for an empty item: `a) ;;`
        Span span;
        CaseEnd end = CaseEnd::Break;
    };
    Word subject;
    std::vector<Item> items;
};
// name() compound-command [redirections]
struct FunctionDef {
    std::string name;
    std::shared_ptr<const Command> body;  // shared with the function table
    std::string text;  // the definition as written (declare -f prints it)
};

// time [-p] [pipeline]   (a reserved word in bash and ksh, not in dash)
// The whole pipeline is timed, not only its first command; `time` alone
// prints the shell's own times so far. Parsed as the one command of the
// outer pipeline, so that it runs, backgrounds and substitutes like any
// compound command.
struct TimedPipeline {
    bool posix_format = false;            // -p: "real 0.50" lines (XCU time)
    std::unique_ptr<Pipeline> pipeline;   // null for `time` alone
};

// ((expression))   (bash, ksh): status 0 when the value is not zero, 1 when
// it is zero or the expression is wrong. `expr` is expanded as $((...)) is.
struct ArithCommand {
    Word expr;
};
// for ((init; condition; step)); do body; done   (bash, ksh)
// An empty part does nothing; an empty condition is true.
struct ArithForClause {
    Word init;
    Word condition;
    Word step;
    std::unique_ptr<List> body;
};

// One part of a [[ ]] expression (bash's conditional command).
//   Word    [[ $x ]]           true when the word is not empty
//   Unary   [[ -f $file ]]     op "-f"; also -v NAME, -o OPTION
//   Binary  [[ $a == a* ]]     op "==", "=", "!=", "=~", "<", ">", "-eq", "-nt"...
//   Not     [[ ! e ]]          left
//   And/Or  [[ e && e ]]       left and right; && binds tighter than ||
// Parentheses only group: they leave no node.
struct CondExpr {
    enum class Kind { Word, Unary, Binary, Not, And, Or };
    Kind kind = Kind::Word;
    std::string op;
    std::vector<Word> words;                 // Word, Unary: 1; Binary: 2
    std::unique_ptr<CondExpr> left, right;
    Span span;
};

// [[ expression ]]   (bash; not a reserved word in strict POSIX mode)
// The words are expanded without field splitting or pathname expansion.
struct CondCommand {
    std::unique_ptr<CondExpr> expr;
};

struct Command {
    std::variant<SimpleCommand, BraceGroup, Subshell, IfClause, LoopClause, ForClause,
                 CaseClause, FunctionDef, TimedPipeline, ArithCommand, ArithForClause, CondCommand,
                 SelectClause>
        node;
    // Redirections after a compound command (`{ ...; } >out`); a simple
    // command keeps its own in SimpleCommand::redirects.
    std::vector<Redirect> redirects;
    Span span;
};

// ---- Lists ----------------------------------------------------------------------

// [!] command | command | ...
struct Pipeline {
    bool negated = false;
    std::vector<Command> commands;
    Span span;
    std::string text;  // the source text, as written (for job labels)
};

enum class AndOrOp { And, Or };

// pipeline (('&&' | '||') linebreak pipeline)*, left-associative.
struct AndOr {
    Pipeline first;
    std::vector<std::pair<AndOrOp, Pipeline>> rest;
    Span span;
    std::string text;  // the source text, as written (for job labels)
};

// One entry of a list, ended by `;`, newline or `&` (background).
struct ListItem {
    AndOr and_or;
    bool background = false;
    Span span;
};

// A sequence of and-or lists: a program, a compound_list, a function body.
struct List {
    std::vector<ListItem> items;
    Span span;
};

}  // namespace forksh::ast
