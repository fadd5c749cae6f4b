#include "UserTextSnapshot.h"

UserTextSnapshot::UserTextSnapshot(std::vector<std::shared_ptr<char[]>> chunks, Records records,
                                   QList<QByteArray> domains, quint64 epoch, size_t rewrittenCount)
    : m_chunks(std::move(chunks))
    , m_records(std::move(records))
    , m_domains(std::move(domains))
    , m_epoch(epoch)
    , m_rewrittenCount(rewrittenCount)
{
}

FieldBytes UserTextSnapshot::bytes(UserRowStore::Index index, UserRowStore::Field field) const
{
    constexpr int bits = UserRowStore::ChunkBits;
    const quint32 address = m_records[index];
    return UserRowStore::fieldOf(m_chunks[address >> bits].get() + (address & ((1u << bits) - 1)), field,
                                 m_domains);
}
