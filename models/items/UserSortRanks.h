#pragma once
// Sorting a million rows in milliseconds. For each text column (username, email, name) a rank
// per store slot is worked out on another thread once the store has been quiet for a moment, so
// a click on a header only orders small integers: two stable radix passes instead of a million
// string comparisons on the UI thread. Rows changed or added since the ranks were built are
// sorted by comparing their texts and merged in, and the ranks are built again once too many
// have changed. The order is exactly the one UserRowStore::compare gives, ties in arrival order.

#include "PageAllocator.h"
#include "UserRowStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <array>
#include <atomic>
#include <memory>
#include <vector>

class UserTextSnapshot;

class UserSortRanks : public QObject
{
    Q_OBJECT
public:
    using Index = UserRowStore::Index;

    explicit UserSortRanks(const UserRowStore& store, QObject* parent = nullptr);
    ~UserSortRanks() override;

    // Below this many slots nothing is built: comparing takes a few milliseconds there.
    void setMinimumSlots(Index count) { m_minimumSlots = count; }
    Index minimumSlots() const { return m_minimumSlots; }
    // Up to this many slots (at most 2^21) the three ranks of a slot share 8 bytes instead of 12.
    void setPackingLimit(Index slotCount);
    // How long the store must stay unchanged before ranks are built.
    void setQuietInterval(int milliseconds) { m_quiet.setInterval(milliseconds); }
    // To be called after the store changed (rows added, replaced or cleared).
    void storeChanged();

    // Orders `rows` (distinct live slots) by a text field, ties in slot order. False when there are
    // no ranks for the store as it is now, or too many rows changed since: the caller compares.
    bool sort(UserRowStore::Field field, bool descending, std::vector<Index>& rows) const;
    bool isBuilding() const { return m_watcher.isRunning(); }
    // Ranks cover the store closely enough for sort() to use them.
    bool isUsable() const;

    // Orders `rows` (distinct slots below slotCount) by keyOf(slot), ties in slot order, with
    // stable radix passes: linear in the rows, whatever the keys.
    template <typename KeyOf>
    static void sortByKey(std::vector<Index>& rows, size_t slotCount, KeyOf keyOf, bool descending);
    // Orders `rows` by bytesOf(slot) as UserRowStore::compare orders texts, ties in slot order,
    // by comparing: what the ranks are built with, and what a click does without them.
    template <typename Rows, typename BytesOf>
    static void sortByText(Rows& rows, BytesOf bytesOf, bool descending);

signals:
    // Ranks for the store as it was a moment ago are ready.
    void built();

private:
    struct Ranks
    {
        quint64 epoch = 0;
        Index covered = 0;          // slots 0..covered-1 have ranks
        size_t rewrittenCount = 0;  // the store's rewrite log was this long
        // Per slot, the group rank of its username, email and name. Up to 2^21 slots the three
        // share one 8-byte word (21 bits each) instead of three 4-byte ones.
        // Made on a worker thread: their pages are handed back when ranks are replaced.
        bool packed = false;
        std::vector<quint64, PageAllocator<quint64>> words;
        std::array<std::vector<quint32, PageAllocator<quint32>>, 3> byField;
        static constexpr int PackedBits = 21;
        quint32 rank(size_t field, Index slot) const
        {
            if (packed)
                return quint32(words[slot] >> (PackedBits * field)) & ((1u << PackedBits) - 1);
            return byField[field][slot];
        }
    };
    using RanksPtr = std::shared_ptr<const Ranks>;

    static RanksPtr build(std::shared_ptr<const UserTextSnapshot> snapshot,
                          std::shared_ptr<std::atomic_bool> cancelled, Index packingLimit);
    static RanksPtr buildRanks(const UserTextSnapshot& snapshot, const std::atomic_bool& cancelled,
                               Index packingLimit);
    static int fieldSlot(UserRowStore::Field field);
    size_t changedSince(const Ranks& ranks) const;
    size_t mergeLimit() const;
    bool isStale(const Ranks& ranks) const;
    bool isWorthRebuilding() const;
    void start();
    void finished();

    const UserRowStore& m_store;
    Index m_minimumSlots = 50000;
    Index m_packingLimit = Index(1) << Ranks::PackedBits;
    QTimer m_quiet;
    QFutureWatcher<RanksPtr> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_buildingEpoch = 0; // the store's epoch the running build was started for
    RanksPtr m_ranks;
};

template <typename KeyOf>
void UserSortRanks::sortByKey(std::vector<Index>& rows, size_t slotCount, KeyOf keyOf, bool descending)
{
    // Slot order first, so that the stable passes leave ties in it.
    if (rows.size() * 16 < slotCount) {
        std::sort(rows.begin(), rows.end());
    } else {
        std::vector<bool> present(slotCount);
        for (const Index row : rows)
            present[row] = true;
        size_t at = 0;
        for (size_t slot = 0; slot < slotCount; ++slot) {
            if (present[slot])
                rows[at++] = Index(slot);
        }
    }
    // Two passes of 16 bits, moving 4-byte slots and looking keys up again, rather than moving
    // (key, slot) pairs: half the fresh memory, whose page faults cost more than the lookups.
    const auto keyAt = [&keyOf, descending](Index slot) -> quint32 {
        const quint32 key = keyOf(slot);
        return descending ? ~key : key;
    };
    std::vector<quint32> low(65537), high(65537);
    for (const Index row : rows) {
        const quint32 key = keyAt(row);
        ++low[(key & 0xFFFF) + 1];
        ++high[(key >> 16) + 1];
    }
    std::vector<Index> spare;
    for (const int shift : {0, 16}) {
        std::vector<quint32>& start = shift == 0 ? low : high;
        if (std::find(start.begin(), start.end(), quint32(rows.size())) != start.end())
            continue; // every key has the same 16 bits here: nothing to move
        for (size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        spare.resize(rows.size());
        for (const Index row : rows)
            spare[start[(keyAt(row) >> shift) & 0xFFFF]++] = row;
        rows.swap(spare);
    }
}

template <typename Rows, typename BytesOf>
void UserSortRanks::sortByText(Rows& rows, BytesOf bytesOf, bool descending)
{
    // (prefix, slot) pairs: most comparisons are integer ones; equal prefixes fall back to the
    // whole texts.
    struct Key
    {
        quint64 prefix;
        Index slot;
    };
    std::vector<Key, PageAllocator<Key>> keys(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        keys[i] = {UserRowStore::sortPrefixOf(bytesOf(rows[i]).view()), rows[i]};
    std::sort(keys.begin(), keys.end(), [&bytesOf, descending](const Key& a, const Key& b) {
        if (a.prefix != b.prefix)
            return descending ? a.prefix > b.prefix : a.prefix < b.prefix;
        const int c = UserRowStore::compareTexts(bytesOf(a.slot).view(), bytesOf(b.slot).view());
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.slot < b.slot; // ties keep arrival order either way
    });
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = keys[i].slot;
}
