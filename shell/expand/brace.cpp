// brace.cpp: brace expansion, by bash's rules (bash 5.2 is the oracle):
//   - a brace expression is a `{` and its `}` with, between them and outside
//     any inner braces, a comma or a `..` that is not just before the `}`:
//     `{a}`, `{}` and `{a..}` are plain text;
//   - the first `{` that opens one is expanded: the text before it is put in
//     front of each result, and the text after its `}` is expanded the same
//     way and put behind each (`{a,b}{1,2}` is a1 a2 b1 b2);
//   - with a comma anywhere inside, the inside is cut at its top-level commas
//     and each alternative is expanded again, which is how braces nest;
//   - without one, the inside must be a sequence X..Y[..STEP] of integers or
//     of single letters; otherwise the braces stay as written.
// No system calls.
#include "shell/expand/brace.hpp"

#include <fmt/format.h>

#include <climits>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace forksh {

namespace {

// One character of the word's unquoted text, or one whole other part: brace
// expansion never looks inside quotes or expansions.
struct Unit {
    const ast::WordPart* part = nullptr;
    char c = '\0';
};
using Units = std::span<const Unit>;
using Words = std::vector<BraceWord>;
constexpr size_t npos = std::string::npos;

bool is(Units text, size_t i, char c) { return i < text.size() && text[i].part == nullptr && text[i].c == c; }

// From `from`, the index of the first `want` outside inner braces, or npos.
// A `}` ends a brace expression only after a comma or a `..` at its level.
// As bash does, a `{` at the start of the text that is followed by `}` opens
// nothing: `{},a}` stays as it is.
size_t find_at_level(Units text, size_t from, char want) {
    int depth = 0;
    bool separated = want != '}';
    for (size_t i = from; i < text.size(); ++i) {
        if (text[i].part != nullptr) continue;
        char c = text[i].c;
        if (c == want && depth == 0 && separated) {
            if (c == '{' && i == 0 && is(text, 1, '}')) continue;
            return i;
        }
        if (c == '{') {
            ++depth;
        } else if (c == '}' && depth > 0) {
            --depth;
        } else if (want == '}' && depth == 0 &&
                   (c == ',' || (c == '.' && is(text, i + 1, '.') && !is(text, i + 2, '}')))) {
            separated = true;
        }
    }
    return npos;
}

// ---- building words ---------------------------------------------------------

void append_text(BraceWord& word, std::string_view text) {
    if (text.empty()) return;
    if (word.empty() || word.back().part != nullptr) word.emplace_back();
    word.back().text += text;
}

void append(BraceWord& word, const BraceWord& more) {
    for (const BracePiece& piece : more) {
        if (piece.part != nullptr) {
            word.push_back(piece);
        } else {
            append_text(word, piece.text);
        }
    }
}

BraceWord as_word(Units text) {
    BraceWord word;
    for (const Unit& unit : text) {
        if (unit.part != nullptr) {
            word.push_back({{}, unit.part});
        } else {
            append_text(word, std::string_view(&unit.c, 1));
        }
    }
    return word;
}

// Each word of `left` followed by each word of `right`, left's order first.
Words cross(const Words& left, const Words& right) {
    Words result;
    result.reserve(left.size() * right.size());
    for (const BraceWord& head : left) {
        for (const BraceWord& tail : right) {
            result.push_back(head);
            append(result.back(), tail);
        }
    }
    return result;
}

// ---- sequences ----------------------------------------------------------------

// An integer as strtoimax reads it ([+-]digits), from the start of `text`;
// `used` is how many characters it took. nullopt when there are no digits or
// the value does not fit in 64 bits.
std::optional<int64_t> read_integer(std::string_view text, size_t& used) {
    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    size_t digits = i;
    uint64_t magnitude = 0;
    const uint64_t limit = negative ? uint64_t(INT64_MAX) + 1 : uint64_t(INT64_MAX);
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        uint64_t digit = uint64_t(text[i] - '0');
        if (magnitude > (limit - digit) / 10) return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    if (i == digits) return std::nullopt;
    used = i;
    if (negative) return magnitude == limit ? INT64_MIN : -int64_t(magnitude);
    return int64_t(magnitude);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

enum class Kind { Integer, Letter };

struct Sequence {
    Kind kind = Kind::Integer;
    int64_t first = 0;
    int64_t last = 0;
    int64_t step = 1;
    int width = 0;  // zero-padded to this many characters when > 0: {01..10}
};

// The first or last term's zero padding: `01` and `-01` ask for their
// width, `1` and `0` do not.
bool asks_padding(std::string_view term) {
    return (term.size() > 1 && term[0] == '0') || (term.size() > 2 && term[0] == '-' && term[1] == '0');
}

// `inside` (the text between the braces) read as X..Y[..STEP].
std::optional<Sequence> read_sequence(std::string_view inside) {
    size_t dots = inside.find("..");
    if (dots == npos) return std::nullopt;
    std::string_view lhs = inside.substr(0, dots);
    std::string_view rhs = inside.substr(dots + 2);
    if (lhs.empty() || rhs.empty()) return std::nullopt;

    Sequence seq;
    size_t used = 0;
    std::optional<int64_t> lhs_number = read_integer(lhs, used);
    if (lhs_number && used == lhs.size()) {
        seq.kind = Kind::Integer;
        seq.first = *lhs_number;
    } else if (lhs.size() == 1 && is_ascii_letter(lhs[0])) {
        seq.kind = Kind::Letter;
        seq.first = static_cast<unsigned char>(lhs[0]);
    } else {
        return std::nullopt;
    }

    // The last term must be of the same kind, then maybe `..STEP`.
    size_t last_length = 0;
    if (seq.kind == Kind::Integer) {
        bool starts_number = is_digit(rhs[0]) || ((rhs[0] == '+' || rhs[0] == '-') && rhs.size() > 1 && is_digit(rhs[1]));
        std::optional<int64_t> last = starts_number ? read_integer(rhs, last_length) : std::nullopt;
        if (!last) return std::nullopt;
        seq.last = *last;
    } else {
        if (!is_ascii_letter(rhs[0])) return std::nullopt;
        seq.last = static_cast<unsigned char>(rhs[0]);
        last_length = 1;
    }
    std::string_view rest = rhs.substr(last_length);
    if (!rest.empty()) {
        if (!rest.starts_with("..") || rest.size() == 2) return std::nullopt;
        std::string_view step_text = rest.substr(2);
        std::optional<int64_t> step = read_integer(step_text, used);
        if (!step || used != step_text.size()) return std::nullopt;
        seq.step = *step;
    }

    if (seq.kind == Kind::Integer) {
        std::string_view last_text = rhs.substr(0, last_length);
        if (asks_padding(lhs) || asks_padding(last_text))
            seq.width = static_cast<int>(std::max(lhs.size(), last_text.size()));
    }
    return seq;
}

// The terms of `seq`, in order. The step's sign is taken from the direction
// (`{1..10..-3}` counts up), a step of 0 is 1, and a sequence of more than
// INT_MAX terms is no sequence, as in bash.
std::optional<std::vector<std::string>> sequence_terms(Sequence seq) {
    if (seq.step == 0) seq.step = 1;
    if ((seq.first > seq.last && seq.step > 0) || (seq.first < seq.last && seq.step < 0)) {
        if (seq.step == INT64_MIN) return std::nullopt;
        seq.step = -seq.step;
    }
    int64_t distance = 0;
    if (__builtin_sub_overflow(seq.last, seq.first, &distance) || distance < INT64_MIN + 3 || distance > INT64_MAX - 2)
        return std::nullopt;
    uint64_t span = distance < 0 ? uint64_t(-distance) : uint64_t(distance);
    uint64_t stride = seq.step < 0 ? uint64_t(0) - uint64_t(seq.step) : uint64_t(seq.step);
    if (span / stride > uint64_t(INT_MAX) - 3) return std::nullopt;

    std::vector<std::string> terms;
    terms.reserve(span / stride + 1);
    for (int64_t n = seq.first;;) {
        if (seq.kind == Kind::Letter) {
            terms.emplace_back(1, static_cast<char>(n));
        } else if (seq.width > 0) {
            // bash pads with printf's %0*d of an int.
            terms.push_back(fmt::format("{:0{}d}", static_cast<int>(n), seq.width));
        } else {
            terms.push_back(fmt::format("{}", n));
        }
        if (__builtin_add_overflow(n, seq.step, &n)) break;
        if ((seq.step < 0 && n < seq.last) || (seq.step > 0 && n > seq.last)) break;
    }
    return terms;
}

// The words of `inside` as a sequence, or nullopt when it is none. Any part
// that is not unquoted text makes it none: `{1..$n}` stays as written.
std::optional<Words> expand_sequence(Units inside) {
    std::string text;
    for (const Unit& unit : inside) {
        if (unit.part != nullptr) return std::nullopt;
        text += unit.c;
    }
    std::optional<Sequence> seq = read_sequence(text);
    if (!seq) return std::nullopt;
    std::optional<std::vector<std::string>> terms = sequence_terms(*seq);
    if (!terms) return std::nullopt;
    Words words(terms->size());
    for (size_t i = 0; i < terms->size(); ++i) append_text(words[i], (*terms)[i]);
    return words;
}

// ---- the expansion ----------------------------------------------------------------

std::optional<Words> expand_first(Units text);

Words expand_all(Units text) {
    std::optional<Words> words = expand_first(text);
    if (words) return std::move(*words);
    return {as_word(text)};
}

// {a,b,c}: each alternative, itself expanded, in order.
Words expand_alternatives(Units inside) {
    Words result;
    size_t start = 0;
    for (;;) {
        size_t comma = find_at_level(inside, start, ',');
        size_t end = comma == npos ? inside.size() : comma;
        Words some = expand_all(inside.subspan(start, end - start));
        for (BraceWord& word : some) result.push_back(std::move(word));
        if (comma == npos) return result;
        start = comma + 1;
    }
}

// The words of `text` when it holds a brace expression; nullopt when it
// stays as it is.
std::optional<Words> expand_first(Units text) {
    size_t open = npos;
    size_t close = npos;
    for (size_t from = 0;; from = open + 1) {
        open = find_at_level(text, from, '{');
        if (open == npos) return std::nullopt;
        close = find_at_level(text, open + 1, '}');
        if (close != npos) break;
    }
    Units inside = text.subspan(open + 1, close - open - 1);
    Units after = text.subspan(close + 1);

    Words middle;
    bool has_comma = false;
    for (size_t i = 0; i < inside.size() && !has_comma; ++i) has_comma = is(inside, i, ',');
    if (has_comma) {
        middle = expand_alternatives(inside);
    } else if (std::optional<Words> seq = expand_sequence(inside)) {
        middle = std::move(*seq);
    } else if (!after.empty()) {
        // Not a sequence (`{1..x}`), but what follows may still expand.
        middle = {as_word(text.subspan(open, close - open + 1))};
    } else {
        return std::nullopt;
    }

    Words result = cross({as_word(text.first(open))}, middle);
    if (!after.empty()) result = cross(result, expand_all(after));
    return result;
}

}  // namespace

bool has_unquoted_brace(const ast::Word& word) {
    for (const ast::WordPart& part : word.parts) {
        const auto* lit = std::get_if<ast::Literal>(&part.node);
        if (lit != nullptr && lit->text.find('{') != std::string::npos) return true;
    }
    return false;
}

std::vector<BraceWord> brace_expand(const ast::Word& word) {
    std::vector<Unit> units;
    for (const ast::WordPart& part : word.parts) {
        if (const auto* lit = std::get_if<ast::Literal>(&part.node)) {
            for (char c : lit->text) units.push_back({nullptr, c});
        } else {
            units.push_back({&part, '\0'});
        }
    }
    return expand_first(units).value_or(Words{});
}

}  // namespace forksh
