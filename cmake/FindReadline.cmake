# Finds GNU Readline (Debian: libreadline-dev) and defines Readline::Readline
# (the shared library) and, when libreadline.a and libtinfo.a are installed
# (libreadline-dev and libncurses-dev ship them), Readline::Static: the same
# library linked into the binary, with the terminfo library it needs.
find_path(Readline_INCLUDE_DIR NAMES readline/readline.h)
find_library(Readline_LIBRARY NAMES readline)
find_library(Readline_STATIC_LIBRARY NAMES libreadline.a)
find_library(Readline_TINFO_STATIC_LIBRARY NAMES libtinfo.a)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Readline DEFAULT_MSG Readline_LIBRARY Readline_INCLUDE_DIR)
if(Readline_FOUND AND NOT TARGET Readline::Readline)
  add_library(Readline::Readline UNKNOWN IMPORTED)
  set_target_properties(Readline::Readline PROPERTIES
    IMPORTED_LOCATION "${Readline_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Readline_INCLUDE_DIR}")
endif()
if(Readline_FOUND AND Readline_STATIC_LIBRARY AND Readline_TINFO_STATIC_LIBRARY
   AND NOT TARGET Readline::Static)
  add_library(Readline::Static INTERFACE IMPORTED)
  set_target_properties(Readline::Static PROPERTIES
    INTERFACE_LINK_LIBRARIES "${Readline_STATIC_LIBRARY};${Readline_TINFO_STATIC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Readline_INCLUDE_DIR}")
endif()
mark_as_advanced(Readline_INCLUDE_DIR Readline_LIBRARY Readline_STATIC_LIBRARY
                 Readline_TINFO_STATIC_LIBRARY)
