// field_split.hpp: field splitting by IFS (XCU 2.6.5), for the expander and
// for the `read` builtin. Pure functions, no system calls.
//
// The rules, for text that came from unquoted expansions:
//  - IFS whitespace (space, tab, newline when they are in IFS) at the start
//    and end is dropped, and a run of it inside separates two fields;
//  - every other IFS character, with any IFS whitespace around it,
//    separates two fields exactly: `a::b` with IFS=: is a, "", b; a
//    delimiter at the end closes the last field without opening a new one
//    (`a:` is one field);
//  - IFS unset behaves as " \t\n"; IFS empty means no splitting.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace forksh {

// A byte-indexed table of IFS characters, built once per expansion.
class Ifs {
  public:
    enum Kind : uint8_t { None = 0, White = 1, Other = 2 };

    // `value` is $IFS, or nullptr when IFS is unset.
    explicit Ifs(const std::string* value);

    Kind kind(char c) const { return static_cast<Kind>(table_[static_cast<unsigned char>(c)]); }
    bool is_delimiter(char c) const { return kind(c) != None; }
    // No splitting at all (IFS set to "").
    bool empty() const { return empty_; }
    // What joins "$*": the first character of IFS, none when IFS is empty,
    // a space when it is unset.
    std::string_view joiner() const { return {joiner_, joiner_len_}; }

  private:
    std::array<uint8_t, 256> table_{};
    bool empty_ = false;
    char joiner_[4] = {' '};  // one character: up to 4 bytes of UTF-8
    size_t joiner_len_ = 1;
};

// Where a split is between two pieces of text, so that a word made of several
// expansions is split as one string: `$a$b` with a="x " b=y is x, y.
struct SplitState {
    bool field_open = false;      // the current field exists (has text, or came from "")
    bool after_white_break = false;  // the last thing seen was IFS whitespace that ended a field
};

// Split `text` (all of it subject to splitting) into `sink`, which has
//   void add(std::string_view run);  // text of the current field
//   void finish();                   // end the current field (maybe empty)
// Text that must not be split (literal or quoted) is given to the sink by the
// caller directly, setting state.field_open and clearing after_white_break.
template <class Sink>
void split_into(std::string_view text, const Ifs& ifs, SplitState& state, Sink& sink) {
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        size_t start = i;
        while (i < n && !ifs.is_delimiter(text[i])) ++i;
        if (i > start) {
            sink.add(text.substr(start, i - start));
            state.field_open = true;
            state.after_white_break = false;
            continue;
        }
        if (ifs.kind(text[i]) == Ifs::White) {
            if (state.field_open) {
                sink.finish();
                state.field_open = false;
                state.after_white_break = true;
            }
        } else {
            // `a :b`: the whitespace already ended `a`, and it and the `:`
            // are one delimiter. Otherwise the `:` ends a field, maybe empty.
            if (state.field_open || !state.after_white_break) sink.finish();
            state.field_open = false;
            state.after_white_break = false;
        }
        ++i;
    }
}

// Split all of `text`: the fields of an unquoted `$x`.
std::vector<std::string> field_split(std::string_view text, const Ifs& ifs);

// `read name1 name2 ...`: split `line` for `count` names (count >= 1). The
// result has at most `count` strings (fewer when the line runs out: the caller
// sets the other names to ""). The last name gets the rest of the line with
// its delimiters, minus leading and trailing IFS whitespace and minus one
// trailing non-whitespace delimiter when only one field is left (`a:b:` with
// IFS=: and two names gives a, b; `a:b:c:` gives a, b:c:), as dash and bash do.
// `escaped` (optional, one flag per byte of line) marks characters that were
// backslash-quoted in the input: they never delimit.
std::vector<std::string> split_for_read(std::string_view line, const Ifs& ifs, size_t count,
                                        const std::vector<bool>* escaped = nullptr);

}  // namespace forksh
