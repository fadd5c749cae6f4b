#pragma once
// The texts of a UserRowStore's slots at one moment, for work on another thread (building sort
// ranks) while the store goes on taking rows: it shares the store's arenas, whose records are
// never rewritten in place, and keeps its own copy of where each slot's record was.

#include "PageAllocator.h"
#include "UserRowStore.h"

class UserTextSnapshot
{
public:
    // Each slot's record address; freed on the worker, so its pages go straight back.
    using Records = std::vector<quint32, PageAllocator<quint32>>;

    UserTextSnapshot(std::vector<std::shared_ptr<char[]>> chunks, Records records, QList<QByteArray> domains,
                     quint64 epoch, size_t rewrittenCount);

    // Slots 0..size()-1 as they were.
    UserRowStore::Index size() const { return UserRowStore::Index(m_records.size()); }
    FieldBytes bytes(UserRowStore::Index index, UserRowStore::Field field) const;
    // The store's epoch and the length of its rewrite log when this was taken.
    quint64 epoch() const { return m_epoch; }
    size_t rewrittenCount() const { return m_rewrittenCount; }

private:
    std::vector<std::shared_ptr<char[]>> m_chunks;
    Records m_records;
    QList<QByteArray> m_domains; // the store's interned email domains (shared, never changed)
    quint64 m_epoch;
    size_t m_rewrittenCount;
};
