// completion.hpp: what TAB offers, by where the cursor is:
//   in command position (start of line, after ; | & && || ( ` $( and the
//   words then do else elif if while until ! {): command names: builtins,
//   functions, aliases and executables in $PATH;
//   a word starting with $ or ${: variable names;
//   a word starting with %: job specs (%1, %sleep);
//   anywhere else, or when the word has a '/': file names, with spaces and
//   other special characters quoted (my\ file.txt).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace forksh {

class Shell;
struct ReadlineLibrary;

enum class CompletionKind { Command, File, Variable, Job };

// `line` is the text before the cursor, `start` where the word being
// completed begins in it.
CompletionKind classify_completion(std::string_view line, size_t start);

// The candidates for `word` of a kind other than File (which Readline does).
std::vector<std::string> completion_candidates(Shell& sh, CompletionKind kind, std::string_view word);

// Set the completion hooks (word breaks, quoting) of the loaded Readline to the above.
void install_completion(Shell& sh, const ReadlineLibrary& readline);

}  // namespace forksh
