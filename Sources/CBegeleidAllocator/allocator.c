// The allocator of the `begeleid` binary on Linux: jemalloc (Debian's libjemalloc2), linked
// dynamically ahead of glibc, so that it serves every malloc and free of the process, the C
// libraries' too. A build spends much of its time allocating and freeing small objects (Swift's
// strings, arrays and dictionaries, on every core); against glibc's malloc, jemalloc took 8 to 18 %
// off the CPU time of a full build of 1,000 notes (docs/performance.md, issue 18).
//
// jemalloc reads this variable at start-up. One arena for all threads: on this two-core machine
// it was no slower than one arena per thread or per core (each thread still has its own cache
// of small blocks), and the peak memory of a build of 10,000 notes stayed below glibc's
// (91 against 94 MB); jemalloc's default, four arenas a core, raised it to 102 MB.
// `MALLOC_CONF` in the environment still overrides it (for measuring).
#include "begeleid_allocator.h"

#if defined(__linux__)
const char *malloc_conf = "narenas:1";
#endif
