// A large array made with PageAllocator leaves no page in memory once freed, on a worker thread
// too, where glibc keeps the top of the thread's heap; small arrays take the ordinary allocator.

#include "items/PageAllocator.h"

#include <QtTest>
#include <cstdlib>
#include <thread>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace {

// Pages of [begin, begin + bytes) still in memory: 0 once the range is unmapped.
size_t residentPages(const char* begin, size_t bytes)
{
    const size_t page = size_t(sysconf(_SC_PAGESIZE));
    const auto first = reinterpret_cast<uintptr_t>(begin) / page * page;
    const auto end = reinterpret_cast<uintptr_t>(begin) + bytes;
    std::vector<unsigned char> states((end - first + page - 1) / page);
    if (mincore(reinterpret_cast<void*>(first), end - first, states.data()) != 0)
        return 0; // ENOMEM: no longer mapped at all
    size_t resident = 0;
    for (const unsigned char state : states)
        resident += state & 1;
    return resident;
}

} // namespace

class tst_PageAllocator : public QObject
{
    Q_OBJECT

private slots:
    void aLargeArrayFreedOnAWorkerLeavesNoPage()
    {
        constexpr size_t bytes = size_t(16) << 20;
        const char* address = nullptr;
        size_t residentInUse = 0;
        size_t residentFreed = 0;
        std::thread worker([&] {
            // As after a million-row load: glibc maps a 24 MB block itself and, once it is freed,
            // serves blocks up to that size from this thread's own heap, whose top it keeps.
            // (Through a volatile pointer, which the compiler cannot drop as an unused block.)
            void* volatile earlier = std::malloc(size_t(24) << 20);
            std::free(earlier);
            {
                std::vector<char, PageAllocator<char>> array(bytes, 'x'); // every page written
                address = array.data();
                residentInUse = residentPages(address, bytes);
            }
            residentFreed = residentPages(address, bytes);
        });
        worker.join();
        const size_t pages = bytes / size_t(sysconf(_SC_PAGESIZE));
        QVERIFY2(residentInUse >= pages, qPrintable(QStringLiteral("%1 of %2 pages").arg(residentInUse).arg(pages)));
        QCOMPARE(residentFreed, size_t(0));
    }

    void smallAndLargeArraysHoldWhatIsPutInThem_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("a few") << qsizetype(3);
        QTest::newRow("just under a megabyte") << qsizetype(PageAllocator<quint64>::mappedFrom / 8 - 1);
        QTest::newRow("a megabyte") << qsizetype(PageAllocator<quint64>::mappedFrom / 8);
        QTest::newRow("grown past it") << qsizetype(PageAllocator<quint64>::mappedFrom / 8 * 3 + 5);
    }

    void smallAndLargeArraysHoldWhatIsPutInThem()
    {
        QFETCH(qsizetype, count);
        std::vector<quint64, PageAllocator<quint64>> values;
        for (qsizetype i = 0; i < count; ++i)
            values.push_back(quint64(i) * 2654435761u); // regrown on the way, across the threshold
        std::vector<quint64, PageAllocator<quint64>> copy = values;
        values.clear();
        values.shrink_to_fit();
        QCOMPARE(qsizetype(copy.size()), count);
        for (qsizetype i = 0; i < count; ++i) {
            if (copy[size_t(i)] != quint64(i) * 2654435761u)
                QFAIL(qPrintable(QStringLiteral("value %1 changed").arg(i)));
        }
    }

    void anImpossibleSizeIsABadAllocNotACrash()
    {
        PageAllocator<quint64> allocator;
        QVERIFY_THROWS_EXCEPTION(std::bad_alloc, allocator.allocate(size_t(1) << 60));
        QVERIFY_THROWS_EXCEPTION(std::bad_array_new_length, allocator.allocate(size_t(-1) / 4));
    }
};

QTEST_APPLESS_MAIN(tst_PageAllocator)
#include "tst_PageAllocator.moc"
