// privileges.hpp: privileged mode (`set -p`). A shell started set-user-ID or
// set-group-ID (effective ids differ from the real ones) gives the extra
// rights up at once unless -p asks to keep them, as POSIX sh, dash and bash do:
// a setuid shell must not run the user's $ENV or PATH lookups as someone else.
#pragma once

namespace forksh::privileges {

// Real and effective user or group ids differ (getresuid/getresgid).
bool ids_differ();

// setresgid(rgid, rgid, rgid), then setresuid(ruid, ruid, ruid): gid first,
// while we still have the rights to change it; saved ids too, so the rights
// cannot be taken back later. Returns false with errno set on failure.
bool drop();

}  // namespace forksh::privileges
