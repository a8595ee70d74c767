// libkronik_heap_scramble.so: LD_PRELOADed into the graph.svg determinism test's child processes
// (test_summary.cpp). Before every fourth allocation it allocates a decoy block of a random size
// into one of 64 slots, freeing the slot's previous decoy: holes open all over the heap and
// later allocations land in them, so the order of heap addresses differs with the seed
// ($KRONIK_HEAP_SEED), as it can between processes of a loaded machine. A layout that depends
// on addresses (Graphviz 2.42's fdp does; docs/outputs.md) draws differently per seed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" void* __libc_malloc(std::size_t);
extern "C" void __libc_free(void*);

namespace {

std::uint64_t g_state = 0;
void* g_decoys[64];
thread_local bool t_inside = false;
volatile int g_lock = 0;

std::uint64_t next_random() {
  if (!g_state) {
    const char* seed = std::getenv("KRONIK_HEAP_SEED");
    g_state = (seed ? static_cast<std::uint64_t>(std::atoll(seed)) : 0) * 2654435761u + 1;
  }
  g_state = g_state * 6364136223846793005ull + 1442695040888963407ull;
  return g_state >> 33;
}

void scramble() {
  while (__sync_lock_test_and_set(&g_lock, 1)) {
  }
  const std::uint64_t r = next_random();
  if (r % 4 == 0) {
    void*& slot = g_decoys[(r >> 4) % 64];
    if (slot) __libc_free(slot);
    slot = __libc_malloc(16 + (r >> 10) % 32 * 16);
  }
  __sync_lock_release(&g_lock);
}

}  // namespace

extern "C" void* malloc(std::size_t n) noexcept {
  if (!t_inside) {
    t_inside = true;
    scramble();
    t_inside = false;
  }
  return __libc_malloc(n);
}
