#pragma once
// Handing memory freed by a large piece of work back to the system. glibc keeps what a program
// frees for its next allocations and, past a size it raises as the program goes, never returns
// it: after a million users were loaded, or a filter on them cleared, 6-30 bytes per user of
// freed pages still counted in the console's memory. It reaches only the main thread's heap
// fully: what a worker frees takes PageAllocator. Elsewhere this does nothing.

namespace FreedMemory {

// 1.6-4.4 ms with a million users loaded (timed in bench_users_model); call after work that
// freed megabytes, not per row.
void giveBack();

} // namespace FreedMemory
