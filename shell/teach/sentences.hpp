// sentences.hpp: one sentence for each kind of trace event, for a student
// who knows C but not yet how a shell works. `--trace=explain` prints each
// under the first line of its kind; `explain` and the timeline's pop-ups
// show them too. The trace (shell/sys/trace.cpp) gets them from here at
// start-up (install_sentences), so no layer below this one holds prose.
#pragma once

#include <span>
#include <string_view>

namespace forksh::teach {

// The sentence for an event kind ("fork", "execve", ...), "" if none.
std::string_view sentence(std::string_view kind);
// Every kind that has a sentence (for tests and `help trace`).
std::span<const std::string_view> sentence_kinds();
// Hand the sentences to the trace (explain mode).
void install_sentences();

}  // namespace forksh::teach
