// trace_event.cpp: the event builder (trace_event.hpp). It only gathers the
// fields and fills the template; trace.cpp adds the header (time, pid,
// parent, group, command) and makes the one write(2).
#include "shell/sys/trace_event.hpp"

#include "shell/sys/trace.hpp"
#include "shell/sys/trace_record.hpp"

namespace forksh::trace {

Event::Event(std::string_view kind, std::string_view text) : active_(on()), kind_(kind), text_(text) {}

Event& Event::num(const char* key, long long value) {
    if (active_) fields_.push_back(Field{key, true, value, {}});
    return *this;
}

Event& Event::str(const char* key, std::string_view value) {
    if (active_) fields_.push_back(Field{key, false, 0, std::string(value)});
    return *this;
}

Event& Event::list(const char* key, const std::vector<std::string>& items) {
    if (!active_) return *this;
    std::string joined;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) joined += list_separator;
        joined += items[i];
    }
    fields_.push_back(Field{key, false, 0, std::move(joined)});
    return *this;
}

Event& Event::as(std::string_view program) {
    as_ = program;
    return *this;
}

Event& Event::by(const Actor& actor) {
    actor_ = actor;
    return *this;
}

Event& Event::record_only() {
    record_only_ = true;
    return *this;
}

void Event::emit() {
    if (!active_ || (record_only_ && !settings().records)) return;
    write_event(kind_, as_, render_text(text_, fields_), fields_, actor_);
}

std::string render_text(std::string_view text, const std::vector<Event::Field>& fields) {
    std::string out;
    out.reserve(text.size() + 16);
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        size_t close = c == '{' ? text.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += c;
            continue;
        }
        std::string_view key = text.substr(i + 1, close - i - 1);
        const Event::Field* found = nullptr;
        for (const Event::Field& f : fields)
            if (key == f.key) found = &f;
        if (!found) {
            out += c;
            continue;
        }
        if (found->is_number) {
            out += std::to_string(found->number);
        } else {
            for (char v : found->text) {
                if (v == list_separator) out += ", ";
                else out += v;
            }
        }
        i = close;
    }
    return out;
}

}  // namespace forksh::trace
