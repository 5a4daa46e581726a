// traps.hpp: what the shell does when a signal arrives (`trap`).
// Index 0 is the EXIT pseudo-signal. The signal handler only records that a
// trapped signal arrived (shell/os/signals.cpp); the executor runs the trap's
// command between commands, where it is safe to run shell code.
#pragma once

#include <string>
#include <vector>

namespace forksh {

enum class TrapAction { Default, Ignore, Command };

struct Trap {
    TrapAction action = TrapAction::Default;
    std::string command;
};

class Traps {
  public:
    explicit Traps(int max_signal) : traps_(static_cast<size_t>(max_signal) + 1) {}
    const Trap& get(int sig) const { return traps_.at(static_cast<size_t>(sig)); }
    void set(int sig, Trap trap) { traps_.at(static_cast<size_t>(sig)) = std::move(trap); }
    int size() const { return static_cast<int>(traps_.size()); }
    // A subshell keeps ignored signals but resets command traps (POSIX 2.12).
    void reset_for_subshell() {
        for (Trap& t : traps_)
            if (t.action == TrapAction::Command) t = Trap{};
    }

  private:
    std::vector<Trap> traps_;
};

}  // namespace forksh
