# Finds GNU Readline (Debian: libreadline-dev) and defines Readline::History:
# the headers of both libraries and the shared History library (libhistory.so,
# the part of Readline without terminal code), which forksh links. Readline
# itself is not linked: the line editor dlopen()s libreadline.so.N at run time
# (shell/interactive/readline_library.hpp), so only its headers are needed here.
find_path(Readline_INCLUDE_DIR NAMES readline/readline.h)
find_library(Readline_HISTORY_LIBRARY NAMES history)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Readline DEFAULT_MSG Readline_HISTORY_LIBRARY Readline_INCLUDE_DIR)
if(Readline_FOUND AND NOT TARGET Readline::History)
  add_library(Readline::History UNKNOWN IMPORTED)
  set_target_properties(Readline::History PROPERTIES
    IMPORTED_LOCATION "${Readline_HISTORY_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Readline_INCLUDE_DIR}")
endif()
mark_as_advanced(Readline_INCLUDE_DIR Readline_HISTORY_LIBRARY)
