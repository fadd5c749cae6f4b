#include "UserSortRanks.h"

#include "UserTextSnapshot.h"

#include <QtConcurrent/QtConcurrentRun>
#include <numeric>

namespace {

using Field = UserRowStore::Field;
constexpr std::array<Field, 3> rankedFields{Field::Username, Field::Email, Field::Name};

} // namespace

UserSortRanks::UserSortRanks(const UserRowStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(300);
    connect(&m_quiet, &QTimer::timeout, this, &UserSortRanks::start);
    connect(&m_watcher, &QFutureWatcher<RanksPtr>::finished, this, &UserSortRanks::finished);
}

UserSortRanks::~UserSortRanks()
{
    // A build still running finishes its current column on its own copy and is dropped.
    if (m_cancelled)
        *m_cancelled = true;
}

void UserSortRanks::setPackingLimit(Index slotCount)
{
    m_packingLimit = std::min(slotCount, Index(1) << Ranks::PackedBits);
}

int UserSortRanks::fieldSlot(Field field)
{
    const auto found = std::find(rankedFields.begin(), rankedFields.end(), field);
    return found == rankedFields.end() ? -1 : int(found - rankedFields.begin());
}

size_t UserSortRanks::changedSince(const Ranks& ranks) const
{
    return size_t(m_store.size() - ranks.covered) + (m_store.rewritten().size() - ranks.rewrittenCount);
}

size_t UserSortRanks::mergeLimit() const
{
    // Up to 1% of the rows (at least a thousand) are merged in by comparing, in well under a
    // millisecond each; beyond that the ranks are built again.
    return std::max<size_t>(1000, size_t(m_store.size()) / 100);
}

bool UserSortRanks::isStale(const Ranks& ranks) const
{
    return ranks.epoch != m_store.epoch() || changedSince(ranks) > mergeLimit();
}

bool UserSortRanks::isWorthRebuilding() const
{
    // A few edits are merged in at each click; a build costs a core for seconds at a million
    // rows, so it waits until a quarter of what a click would merge has changed.
    return !m_ranks || m_ranks->epoch != m_store.epoch() || changedSince(*m_ranks) > mergeLimit() / 4;
}

bool UserSortRanks::isUsable() const
{
    return m_ranks && !isStale(*m_ranks);
}

void UserSortRanks::storeChanged()
{
    if (m_ranks && m_ranks->epoch != m_store.epoch())
        m_ranks.reset(); // ranks of rows that are gone
    if (m_watcher.isRunning() && m_buildingEpoch != m_store.epoch())
        *m_cancelled = true; // building for rows that are gone: stops after its current column
    if (m_store.size() < qsizetype(m_minimumSlots)) {
        m_quiet.stop();
        return;
    }
    if (isWorthRebuilding())
        m_quiet.start(); // restarts: pages still arriving keep postponing the build
}

void UserSortRanks::start()
{
    if (m_watcher.isRunning()) {
        m_quiet.start(); // look again once this build is in
        return;
    }
    if (!isWorthRebuilding())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_buildingEpoch = m_store.epoch();
    m_watcher.setFuture(QtConcurrent::run(&UserSortRanks::build, m_store.snapshot(), m_cancelled, m_packingLimit));
}

void UserSortRanks::finished()
{
    const RanksPtr ranks = m_watcher.result();
    if (!ranks || ranks->epoch != m_store.epoch())
        return; // cancelled, or the store was cleared meanwhile
    m_ranks = ranks;
    emit built();
}

UserSortRanks::RanksPtr UserSortRanks::build(std::shared_ptr<const UserTextSnapshot> snapshot,
                                             std::shared_ptr<std::atomic_bool> cancelled, Index packingLimit)
{
    RanksPtr ranks;
    try {
        ranks = buildRanks(*snapshot, *cancelled, packingLimit);
    } catch (const std::bad_alloc&) {
        return {}; // no ranks: clicks compare, as for a small table
    }
    return ranks;
}

UserSortRanks::RanksPtr UserSortRanks::buildRanks(const UserTextSnapshot& snapshot, const std::atomic_bool& cancelled,
                                                  Index packingLimit)
{
    auto ranks = std::make_shared<Ranks>();
    ranks->epoch = snapshot.epoch();
    ranks->covered = snapshot.size();
    ranks->rewrittenCount = snapshot.rewrittenCount();
    std::vector<Index, PageAllocator<Index>> order(snapshot.size());
    ranks->packed = order.size() <= packingLimit;
    if (ranks->packed)
        ranks->words.assign(order.size(), 0);
    for (size_t f = 0; f < rankedFields.size(); ++f) {
        if (cancelled)
            return {};
        const Field field = rankedFields[f];
        const auto bytesOf = [&snapshot, field](Index slot) { return snapshot.bytes(slot, field); };
        std::iota(order.begin(), order.end(), Index(0));
        sortByText(order, bytesOf, false);
        // Equal texts share the rank of the first of them, so that either direction keeps ties
        // in slot order.
        if (!ranks->packed)
            ranks->byField[f].resize(order.size());
        quint32 group = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && UserRowStore::compareTexts(bytesOf(order[i]).view(), bytesOf(order[i - 1]).view()) != 0)
                group = quint32(i);
            if (ranks->packed)
                ranks->words[order[i]] |= quint64(group) << (Ranks::PackedBits * f);
            else
                ranks->byField[f][order[i]] = group;
        }
    }
    return ranks;
}

bool UserSortRanks::sort(Field field, bool descending, std::vector<Index>& rows) const
{
    const int f = fieldSlot(field);
    if (f < 0 || !isUsable())
        return false;
    const Ranks& ranks = *m_ranks;
    const auto rankOf = [&ranks, f](Index slot) { return ranks.rank(size_t(f), slot); };
    if (changedSince(ranks) == 0) {
        sortByKey(rows, ranks.covered, rankOf, descending);
        return true;
    }
    // Rows added or rewritten since the ranks were built are compared and merged in.
    std::vector<bool> changed(size_t(m_store.size()));
    for (size_t slot = ranks.covered; slot < changed.size(); ++slot)
        changed[slot] = true;
    const std::vector<Index>& log = m_store.rewritten();
    for (size_t i = ranks.rewrittenCount; i < log.size(); ++i)
        changed[log[i]] = true;
    std::vector<Index> ranked;
    std::vector<Index> compared;
    ranked.reserve(rows.size());
    for (const Index row : rows)
        (changed[row] ? compared : ranked).push_back(row);
    sortByKey(ranked, ranks.covered, rankOf, descending);
    if (compared.empty()) {
        rows.swap(ranked);
        return true;
    }
    const auto before = [this, field, descending](Index a, Index b) {
        const int c = m_store.compare(a, b, field);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a < b;
    };
    std::sort(compared.begin(), compared.end(), before);
    rows.clear();
    auto from = ranked.begin();
    for (const Index row : compared) {
        const auto to = std::lower_bound(from, ranked.end(), row, before);
        rows.insert(rows.end(), from, to);
        rows.push_back(row);
        from = to;
    }
    rows.insert(rows.end(), from, ranked.end());
    return true;
}
