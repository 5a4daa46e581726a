// privileges.cpp: getresuid, getresgid, setresgid, setresuid.
#include "shell/os/privileges.hpp"

#include <unistd.h>

namespace forksh::privileges {

bool ids_differ() { return ::getuid() != ::geteuid() || ::getgid() != ::getegid(); }

bool drop() {
    gid_t gid = ::getgid();
    uid_t uid = ::getuid();
    if (::setresgid(gid, gid, gid) != 0) return false;
    if (::setresuid(uid, uid, uid) != 0) return false;
    return true;
}

}  // namespace forksh::privileges
