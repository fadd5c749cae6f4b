#pragma once
// An allocator for the large arrays a worker thread makes (the sort ranks and their build's
// scratch) whose pages go back to the system the moment they are freed. glibc hands freed memory
// back from the main thread's heap, but never from the top of a worker thread's own heap: after
// a million users' ranks were built, the build's 20 bytes per user of scratch stayed in the
// console's memory for good (FreedMemory::giveBack cannot reach them). Arrays under a megabyte,
// and systems without mmap, take the ordinary allocator.

#include <cstddef>
#include <memory>
#include <new>

#if defined(__unix__)
#include <sys/mman.h>
#endif

template <typename T>
class PageAllocator
{
public:
    using value_type = T;
    // From this size on, an array has pages of its own.
    static constexpr std::size_t mappedFrom = std::size_t(1) << 20;

    PageAllocator() noexcept = default;
    template <typename U>
    PageAllocator(const PageAllocator<U>&) noexcept
    {
    }

    T* allocate(std::size_t count)
    {
        if (count > std::size_t(-1) / sizeof(T))
            throw std::bad_array_new_length();
#if defined(__unix__)
        if (isMapped(count)) {
            void* pages = mmap(nullptr, count * sizeof(T), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (pages == MAP_FAILED)
                throw std::bad_alloc();
            return static_cast<T*>(pages);
        }
#endif
        return std::allocator<T>().allocate(count);
    }

    void deallocate(T* array, std::size_t count) noexcept
    {
#if defined(__unix__)
        if (isMapped(count)) {
            munmap(array, count * sizeof(T));
            return;
        }
#endif
        std::allocator<T>().deallocate(array, count);
    }

    // Every PageAllocator can free what another allocated: the size alone decides where it went.
    template <typename U>
    bool operator==(const PageAllocator<U>&) const noexcept
    {
        return true;
    }

private:
    static bool isMapped(std::size_t count) { return count * sizeof(T) >= mappedFrom; }
};
