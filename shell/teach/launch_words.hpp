// launch_words.hpp: the launch decision in words. The executor records each
// decision as codes (a `launch` record: what, launch, reason; see
// shell/os/launch.hpp); explain and the timeline say them with these.
#pragma once

#include <string_view>

namespace forksh::teach {

// "starts with vfork: ..." for "spawn"; "" for an unknown code.
std::string_view launch_words(std::string_view launch_code);
// "all the child must do before execve is ..." for "vfork-does-all".
std::string_view reason_words(std::string_view reason_code);

}  // namespace forksh::teach
