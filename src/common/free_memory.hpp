// Gives the memory that a long render has freed back to the system.
#pragma once

namespace folio {

// malloc keeps freed memory for the process's next allocations: a render that has freed its
// pages' frames (tens of megabytes for a long issue) would otherwise still hold them while the
// PDF is serialised, and the peak resident size counts both. Returns free pages of every malloc
// arena to the system (glibc's malloc_trim; nothing elsewhere). Costs about a millisecond.
void return_free_memory();

}  // namespace folio
