#include "common/free_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Under AddressSanitizer the heap is the sanitizer's: glibc's malloc_trim walks arenas glibc
// never set up, and crashes on a thread that has not allocated through it.
#if defined(__SANITIZE_ADDRESS__)
#define FOLIO_SANITIZED_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOLIO_SANITIZED_HEAP 1
#endif
#endif

namespace folio {

void return_free_memory() {
#if defined(__GLIBC__) && !defined(FOLIO_SANITIZED_HEAP)
  malloc_trim(0);
#endif
}

}  // namespace folio
