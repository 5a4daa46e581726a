// list.hpp: the builtin functions and their help texts, for registry.cpp.
// Kept apart from builtin.hpp so that header stays the executor's contract.
// (Names that are C++ keywords get a trailing underscore: true_, export_.)
#pragma once

#include <string_view>

#include "builtins/builtin.hpp"

namespace forksh::builtins {

int alias(Shell& sh, const Args& args);
int unalias(Shell& sh, const Args& args);
int bracket(Shell& sh, const Args& args);
int test(Shell& sh, const Args& args);
int cd(Shell& sh, const Args& args);
int pwd(Shell& sh, const Args& args);
int shopt(Shell& sh, const Args& args);
int pushd(Shell& sh, const Args& args);
int popd(Shell& sh, const Args& args);
int dirs(Shell& sh, const Args& args);
int colon(Shell& sh, const Args& args);
int true_(Shell& sh, const Args& args);
int false_(Shell& sh, const Args& args);
int command(Shell& sh, const Args& args);
int hash(Shell& sh, const Args& args);
int type(Shell& sh, const Args& args);
int echo(Shell& sh, const Args& args);
int eval(Shell& sh, const Args& args);
int dot(Shell& sh, const Args& args);
int exec(Shell& sh, const Args& args);
int exit_(Shell& sh, const Args& args);
int return_(Shell& sh, const Args& args);
int break_(Shell& sh, const Args& args);
int continue_(Shell& sh, const Args& args);
int wait(Shell& sh, const Args& args);
int help(Shell& sh, const Args& args);
int getopts(Shell& sh, const Args& args);
int kill(Shell& sh, const Args& args);
int let(Shell& sh, const Args& args);
int local(Shell& sh, const Args& args);
int declare(Shell& sh, const Args& args);
int mapfile(Shell& sh, const Args& args);
int export_(Shell& sh, const Args& args);
int readonly(Shell& sh, const Args& args);
int unset(Shell& sh, const Args& args);
int printf(Shell& sh, const Args& args);
int read(Shell& sh, const Args& args);
int set(Shell& sh, const Args& args);
int shift(Shell& sh, const Args& args);
int times(Shell& sh, const Args& args);
int trap(Shell& sh, const Args& args);
int ulimit(Shell& sh, const Args& args);
int umask(Shell& sh, const Args& args);
int jobs(Shell& sh, const Args& args);
int fg(Shell& sh, const Args& args);
int bg(Shell& sh, const Args& args);
int disown(Shell& sh, const Args& args);
int history(Shell& sh, const Args& args);
int explain(Shell& sh, const Args& args);
int pinfo(Shell& sh, const Args& args);
int ptree(Shell& sh, const Args& args);
int timeline(Shell& sh, const Args& args);
int follow(Shell& sh, const Args& args);

extern const std::string_view alias_help;
extern const std::string_view unalias_help;
extern const std::string_view bracket_help;
extern const std::string_view test_help;
extern const std::string_view cd_help;
extern const std::string_view pwd_help;
extern const std::string_view shopt_help;
extern const std::string_view pushd_help;
extern const std::string_view popd_help;
extern const std::string_view dirs_help;
extern const std::string_view colon_help;
extern const std::string_view true_help;
extern const std::string_view false_help;
extern const std::string_view command_help;
extern const std::string_view hash_help;
extern const std::string_view type_help;
extern const std::string_view echo_help;
extern const std::string_view eval_help;
extern const std::string_view dot_help;
extern const std::string_view source_help;
extern const std::string_view exec_help;
extern const std::string_view exit_help;
extern const std::string_view return_help;
extern const std::string_view break_help;
extern const std::string_view continue_help;
extern const std::string_view wait_help;
extern const std::string_view help_help;
extern const std::string_view getopts_help;
extern const std::string_view kill_help;
extern const std::string_view let_help;
extern const std::string_view local_help;
extern const std::string_view declare_help;
extern const std::string_view mapfile_help;
extern const std::string_view export_help;
extern const std::string_view readonly_help;
extern const std::string_view unset_help;
extern const std::string_view printf_help;
extern const std::string_view read_help;
extern const std::string_view set_help;
extern const std::string_view shift_help;
extern const std::string_view times_help;
extern const std::string_view trap_help;
extern const std::string_view ulimit_help;
extern const std::string_view umask_help;
extern const std::string_view jobs_help;
extern const std::string_view fg_help;
extern const std::string_view bg_help;
extern const std::string_view disown_help;
extern const std::string_view history_help;
extern const std::string_view explain_help;
extern const std::string_view pinfo_help;
extern const std::string_view ptree_help;
extern const std::string_view timeline_help;
extern const std::string_view follow_help;

}  // namespace forksh::builtins
