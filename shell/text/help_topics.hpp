// help_topics.hpp: the concept pages of `help` (fork, pipe, zombie...): one
// table of plain text, read by the help builtin and by the "command not
// found" hint (`fork` -> "try `help fork`"), so the two cannot disagree.
#pragma once

#include <span>
#include <string_view>

namespace forksh {

struct HelpTopic {
    std::string_view name;     // what the student types after `help`
    std::string_view summary;  // one line, for the list of topics
    std::string_view text;     // the page: what, system calls, what to type
    std::string_view lessons;  // file names in scripts/lessons/, space-separated
};

// Every topic, in the order `help` lists them (the order to read them in).
std::span<const HelpTopic> help_topics();

// The topic called NAME, or nullptr.
const HelpTopic* find_help_topic(std::string_view name);

}  // namespace forksh
