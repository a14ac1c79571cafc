#include "common/free_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace folio {

void return_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

}  // namespace folio
