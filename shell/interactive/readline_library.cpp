// readline_library.cpp: dlopen(3) of the system's libreadline and dlsym(3) of
// the symbols in FORKSH_READLINE_SYMBOLS (readline_library.hpp).
// System calls: those of dlopen (open, read, mmap, mprotect, close), once.
#include "shell/interactive/readline_library.hpp"

#include <dlfcn.h>

#include <string>

namespace forksh {

namespace {

// "libreadline.so.8": the soname whose ABI the headers describe. The package
// depends on libreadline8, which installs it.
#define FORKSH_STRINGIFY2(x) #x
#define FORKSH_STRINGIFY(x) FORKSH_STRINGIFY2(x)
constexpr const char* soname = "libreadline.so." FORKSH_STRINGIFY(RL_VERSION_MAJOR);

struct Loaded {
    ReadlineLibrary table;
    bool ok = false;
    std::string error;
};

Loaded load() {
    Loaded out;
    // RTLD_NOW: every symbol bound before the first call, as the hardened
    // link binds forksh's own (-z now). RTLD_LOCAL: only this table sees it.
    void* handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = ::dlerror();
        out.error = why ? why : soname;
        return out;
    }
    // dlsym returns void*; each entry gets its declared type back.
#define FORKSH_READLINE_LOOKUP(name)                                                      \
    out.table.name = reinterpret_cast<decltype(out.table.name)>(::dlsym(handle, #name)); \
    if (out.table.name == nullptr) {                                                     \
        out.error = std::string(soname) + ": no symbol " #name;                           \
        return out;                                                                      \
    }
    FORKSH_READLINE_SYMBOLS(FORKSH_READLINE_LOOKUP)
#undef FORKSH_READLINE_LOOKUP
    // The handle is never closed: Readline stays loaded for the session.
    out.ok = true;
    return out;
}

}  // namespace

const ReadlineLibrary* readline_library(const char** error) {
    static const Loaded loaded = load();
    if (error != nullptr) *error = loaded.error.c_str();
    return loaded.ok ? &loaded.table : nullptr;
}

}  // namespace forksh
