// timeline: draw a saved trace (an event file) as a picture: an HTML page
// with an SVG timeline, or a Trace Event Format file for Perfetto. So a
// lesson can record first (`forksh --trace=run.events lesson.sh`) and draw
// later (`timeline run.events run.html`). The work is in timeline_model.cpp
// (replay), timeline_html.cpp and timeline_json.cpp (renderings).
// System calls: open/read of EVENTS and open/write of OUT (std::fstream).
#include "builtins/common.hpp"
#include "builtins/list.hpp"
#include "shell/teach/timeline_model.hpp"
#include "shell/shell.hpp"

namespace forksh::builtins {

const std::string_view timeline_help =
    "Draw a saved trace as a picture of every process it shows.\n"
    "  timeline EVENTS OUT.html   one self-contained page (what it shows: below)\n"
    "  timeline EVENTS OUT.json   the same events in the Trace Event Format, for\n"
    "                             ui.perfetto.dev or chrome://tracing\n"
    "Record EVENTS with  forksh --trace=run.events script.sh  (or\n"
    "set -o trace=run.events); `forksh --trace=t.html ...` records and draws\n"
    "in one go, when the shell exits (a shell that ends by `exec` or is killed\n"
    "leaves t.html.events behind: draw it with  timeline t.html.events t.html).\n"
    "Exit status 0; 1 if EVENTS cannot be read or OUT written; 2 for a usage error.\n";

int timeline(Shell& sh, const Args& args) {
    if (args.count() != 3) return sh.usage_error(args, "needs an event file and the picture to write");
    std::string error;
    // The user names the page: it may replace an old one, but never
    // through a symbolic link.
    if (!timeline::render_file(args[1], args[2], true, error)) return sh.fail(args, error);
    return 0;
}

}  // namespace forksh::builtins
