// field_split.cpp: IFS tables, field splitting and the `read` builtin's
// splitting. No system calls.
#include "shell/text/field_split.hpp"

#include "shell/text/charset.hpp"

namespace forksh {

Ifs::Ifs(const std::string* value) {
    std::string_view chars = value != nullptr ? std::string_view(*value) : " \t\n";
    for (char c : chars) {
        bool white = c == ' ' || c == '\t' || c == '\n';
        table_[static_cast<unsigned char>(c)] = white ? White : Other;
    }
    empty_ = chars.empty();
    if (chars.empty()) {
        joiner_len_ = 0;
    } else {
        // The first character, not byte: in a UTF-8 locale IFS=é joins "$*"
        // with é whole (bash); in C it is the first byte (dash).
        joiner_len_ = char_length(chars, 0);
        chars.copy(joiner_, joiner_len_);
    }
}

namespace {

struct VectorSink {
    std::vector<std::string>& fields;
    std::string current;
    void add(std::string_view run) { current += run; }
    void finish() {
        fields.push_back(std::move(current));
        current.clear();
    }
};

}  // namespace

std::vector<std::string> field_split(std::string_view text, const Ifs& ifs) {
    std::vector<std::string> fields;
    if (ifs.empty()) {
        if (!text.empty()) fields.emplace_back(text);
        return fields;
    }
    VectorSink sink{fields, {}};
    SplitState state;
    split_into(text, ifs, state, sink);
    if (state.field_open) sink.finish();
    return fields;
}

std::vector<std::string> split_for_read(std::string_view line, const Ifs& ifs, size_t count,
                                        const std::vector<bool>* escaped) {
    std::vector<std::string> out;
    const size_t n = line.size();
    auto kind = [&](size_t i) {
        if (escaped != nullptr && i < escaped->size() && (*escaped)[i]) return Ifs::None;
        return ifs.kind(line[i]);
    };
    auto skip_white = [&](size_t i) {
        while (i < n && kind(i) == Ifs::White) ++i;
        return i;
    };
    size_t pos = skip_white(0);
    while (out.size() + 1 < count && pos < n) {
        size_t start = pos;
        while (pos < n && kind(pos) == Ifs::None) ++pos;
        out.emplace_back(line.substr(start, pos - start));
        // The delimiter: whitespace, at most one other IFS character, whitespace.
        pos = skip_white(pos);
        if (pos < n && kind(pos) == Ifs::Other) pos = skip_white(pos + 1);
    }
    if (out.size() + 1 == count && pos < n) {
        size_t end = n;
        while (end > pos && kind(end - 1) == Ifs::White) --end;
        // One field followed by one delimiter: drop the delimiter.
        if (end > pos && kind(end - 1) == Ifs::Other) {
            size_t body_end = end - 1;
            while (body_end > pos && kind(body_end - 1) == Ifs::White) --body_end;
            bool other_delimiter = false;
            for (size_t i = pos; i < body_end && !other_delimiter; ++i)
                other_delimiter = kind(i) != Ifs::None;
            if (!other_delimiter) end = body_end;
        }
        out.emplace_back(line.substr(pos, end - pos));
    }
    return out;
}

}  // namespace forksh
