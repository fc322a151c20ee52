#ifndef BEGELEID_ALLOCATOR_H
#define BEGELEID_ALLOCATOR_H

// Nothing to call: the module links jemalloc and sets its configuration (allocator.c).

#endif
