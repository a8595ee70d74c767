// cgraph memory discipline with per-graph arenas (see layout_memory.h for why).
#include "layout_memory.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <set>

#include <graphviz/cgraph.h>

namespace kronik::export_detail {

namespace {

// Address space one graph may use (reserved, not committed: pages cost memory only when used).
// A summary graph needs a few megabytes; past the end an arena falls back to malloc.
constexpr std::size_t kArenaBytes = std::size_t{1} << 30;
constexpr std::size_t kAlign = 16;

struct Arena {
  char* base = nullptr;
  std::size_t used = 0;

  bool owns(const void* p) const {
    const auto a = reinterpret_cast<std::uintptr_t>(p), b = reinterpret_cast<std::uintptr_t>(base);
    return a >= b && a < b + kArenaBytes;
  }
  void* take(std::size_t n) {
    const std::size_t size = (n + kAlign - 1) / kAlign * kAlign;
    if (size > kArenaBytes - used) return nullptr;
    void* p = base + used;  // fresh pages of an anonymous mapping are zero, as cgraph wants
    used += size;
    return p;
  }
};

bool g_arena_mode = false;        // guarded by graphviz_mutex(), as every cgraph call
Agmemdisc_t g_default{};           // cgraph's own discipline, for graphs opened outside a scope
std::set<const void*> g_arenas;    // the states that are ours

Arena* arena_of(void* state) { return g_arenas.count(state) ? static_cast<Arena*>(state) : nullptr; }

// A graph opened in arena mode gets an Arena as its state; any other graph keeps cgraph's own
// discipline and state, whenever it is freed.
void* open_heap(Agdisc_t* disc) {
  if (g_arena_mode) {
    void* base = ::mmap(nullptr, kArenaBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base != MAP_FAILED) {
      auto* arena = new Arena{static_cast<char*>(base), 0};
      g_arenas.insert(arena);
      return arena;
    }  // no address space: cgraph's own then, correct but not address-ordered
  }
  return g_default.open ? g_default.open(disc) : nullptr;
}

void* alloc(void* state, std::size_t n) {
  if (Arena* arena = arena_of(state)) {
    if (void* p = arena->take(n)) return p;
    void* p = std::malloc(n);  // arena full (an unbounded summary): malloc, zeroed like cgraph's
    if (p) std::memset(p, 0, n);
    return p;
  }
  return g_default.alloc(state, n);
}

void* resize(void* state, void* ptr, std::size_t old, std::size_t n) {
  Arena* arena = arena_of(state);
  if (!arena) return g_default.resize(state, ptr, old, n);
  if (ptr && !arena->owns(ptr)) {
    void* p = std::realloc(ptr, n);
    if (p && n > old) std::memset(static_cast<char*>(p) + old, 0, n - old);
    return p;
  }
  void* p = alloc(state, n);
  if (p && ptr) std::memcpy(p, ptr, old < n ? old : n);
  return p;
}

void release(void* state, void* ptr) {
  Arena* arena = arena_of(state);
  if (!arena) return g_default.free(state, ptr);
  if (!arena->owns(ptr)) std::free(ptr);  // arena memory goes with the arena
}

void close_heap(void* state) {
  Arena* arena = arena_of(state);
  if (!arena) {
    if (g_default.close) g_default.close(state);
    return;
  }
  g_arenas.erase(arena);
  ::munmap(arena->base, kArenaBytes);
  delete arena;
}

// Installed once, for good: a graph opened before may be freed at any time after.
void install() {
  static const bool done = [] {
    g_default = AgMemDisc;
    AgMemDisc.open = open_heap;
    AgMemDisc.alloc = alloc;
    AgMemDisc.resize = resize;
    AgMemDisc.free = release;
    AgMemDisc.close = close_heap;
    return true;
  }();
  (void)done;
}

}  // namespace

LayoutArena::LayoutArena() {
  install();
  g_arena_mode = true;
}

LayoutArena::~LayoutArena() { g_arena_mode = false; }

}  // namespace kronik::export_detail
