// trace_record.cpp: the event file's line format (see trace_record.hpp).
// Pure text: no system call here; the trace writes the line, the renderer
// reads it.
#include "shell/sys/trace_record.hpp"

#include <charconv>

namespace forksh::trace {

namespace {
void append_escaped(std::string& out, std::string_view value) {
    for (char c : value) {
        if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
}

std::string unescape(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '\\' || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        char c = value[++i];
        out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
    }
    return out;
}

template <typename T>
bool parse_number(std::string_view text, T& out) {
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}
}  // namespace

std::string_view Record::field(std::string_view key) const {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    return {};
}

bool Record::has(std::string_view key) const {
    for (const auto& [k, v] : fields)
        if (k == key) return true;
    return false;
}

long long Record::number(std::string_view key, long long fallback) const {
    long long n = 0;
    for (const auto& [k, v] : fields)
        if (k == key) return parse_number(v, n) ? n : fallback;
    return fallback;
}

std::string encode(const Record& r) {
    std::string out = "R1\t" + std::to_string(r.ns) + '\t' + std::to_string(r.pid) + '\t' + std::to_string(r.ppid) +
                      '\t' + std::to_string(r.pgid) + '\t';
    for (std::string_view part : {std::string_view(r.kind), std::string_view(r.as), std::string_view(r.command),
                                  std::string_view(r.text)}) {
        append_escaped(out, part);
        out += '\t';
    }
    out.pop_back();
    for (const auto& [key, value] : r.fields) {
        out += '\t';
        out += key;
        out += '=';
        append_escaped(out, value);
    }
    return out + '\n';
}

std::optional<Record> decode(std::string_view line) {
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    std::vector<std::string_view> parts;
    for (size_t start = 0;;) {
        size_t tab = line.find('\t', start);
        parts.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    if (parts.size() < 9 || parts[0] != "R1") return std::nullopt;
    Record r;
    if (!parse_number(parts[1], r.ns) || !parse_number(parts[2], r.pid) || !parse_number(parts[3], r.ppid) ||
        !parse_number(parts[4], r.pgid))
        return std::nullopt;
    r.kind = unescape(parts[5]);
    r.as = unescape(parts[6]);
    r.command = unescape(parts[7]);
    r.text = unescape(parts[8]);
    for (size_t i = 9; i < parts.size(); ++i) {
        size_t eq = parts[i].find('=');
        if (eq == std::string_view::npos) return std::nullopt;
        r.fields.emplace_back(std::string(parts[i].substr(0, eq)), unescape(parts[i].substr(eq + 1)));
    }
    return r;
}

}  // namespace forksh::trace
