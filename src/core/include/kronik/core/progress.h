// kronik/core/progress.h: how long-running library phases report how far they are.
//
// Usage (a front end):
//   kronik::ProgressFn show = [](std::string_view phase, std::uint64_t done, std::uint64_t total) {
//     std::fprintf(stderr, "\r%.*s %llu/%llu", int(phase.size()), phase.data(), ...);
//   };
//   graph.build(merge_config, show);
//
// Contract for the libraries that call it:
//   - `phase` names the phase in a few lower-case words ("analyse", "re-date", "merge events",
//     "write graph.svg"); the view is valid only during the call.
//   - `done` counts items finished so far in that phase and never decreases; `total` is the number
//     of items when known, 0 when unknown. A phase ends with one call where done == total.
//   - Calls are cheap to make but not free: libraries call at most every few hundred items or when
//     a phase starts and ends, never per token.
//   - Calls may come from any thread, and from several threads at once: the callee synchronises.
//   - An empty ProgressFn means "nobody listens"; callers test it before calling.
// Progress never changes results: outputs are byte-identical with or without a listener.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace kronik {

using ProgressFn = std::function<void(std::string_view phase, std::uint64_t done, std::uint64_t total)>;

/// Calls `fn` when it is set (the one-line guard every phase needs).
inline void report_progress(const ProgressFn& fn, std::string_view phase, std::uint64_t done, std::uint64_t total) {
  if (fn) fn(phase, done, total);
}

}  // namespace kronik
