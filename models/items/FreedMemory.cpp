#include "FreedMemory.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreedMemory {

void giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena, including the pages free in the middle of one
#endif
}

} // namespace FreedMemory
