#include "RowRanks.h"

#include <algorithm>

void RowRanks::clear()
{
    m_runs.clear();
    m_before.clear();
}

void RowRanks::add(qint64 first, qint64 last)
{
    if (last < first)
        return;
    // The usual case: SQLite hands out the next row number, so new rows come after all others.
    if (m_runs.empty() || first > m_runs.back().last) {
        if (!m_runs.empty() && first == m_runs.back().last + 1) {
            m_runs.back().last = last;
            return;
        }
        m_before.push_back(size());
        m_runs.push_back({first, last});
        return;
    }
    // Rows inside the known range (an explicit row number): insert, then merge neighbours.
    auto it = std::lower_bound(m_runs.begin(), m_runs.end(), first,
                               [](const Run& run, qint64 row) { return run.first < row; });
    size_t i = size_t(it - m_runs.begin());
    m_runs.insert(it, {first, last});
    if (i + 1 < m_runs.size() && m_runs[i].last + 1 == m_runs[i + 1].first) {
        m_runs[i].last = m_runs[i + 1].last;
        m_runs.erase(m_runs.begin() + qsizetype(i) + 1);
    }
    if (i > 0 && m_runs[i - 1].last + 1 == m_runs[i].first) {
        m_runs[i - 1].last = m_runs[i].last;
        m_runs.erase(m_runs.begin() + qsizetype(i));
        --i;
    }
    m_before.resize(m_runs.size());
    renumber(i);
}

void RowRanks::remove(qint64 row)
{
    auto it = std::upper_bound(m_runs.begin(), m_runs.end(), row,
                               [](qint64 r, const Run& run) { return r < run.first; });
    if (it == m_runs.begin())
        return;
    --it;
    if (row > it->last)
        return; // not one of ours
    const size_t i = size_t(it - m_runs.begin());
    if (it->first == it->last) {
        m_runs.erase(it);
    } else if (row == it->first) {
        ++it->first;
    } else if (row == it->last) {
        --it->last;
    } else {
        const Run tail{row + 1, it->last};
        it->last = row - 1;
        m_runs.insert(it + 1, tail);
    }
    m_before.resize(m_runs.size());
    renumber(i);
}

qint64 RowRanks::at(qint64 rank) const
{
    // The last run that starts at or before `rank`.
    const auto it = std::upper_bound(m_before.begin(), m_before.end(), rank) - 1;
    const size_t i = size_t(it - m_before.begin());
    return m_runs[i].first + (rank - *it);
}

std::vector<std::pair<qint64, qint64>> RowRanks::segments(qint64 rank, qint64 count) const
{
    std::vector<std::pair<qint64, qint64>> ranges;
    if (rank < 0 || rank >= size() || count <= 0)
        return ranges;
    count = qMin(count, size() - rank);
    size_t i = size_t(std::upper_bound(m_before.begin(), m_before.end(), rank) - m_before.begin()) - 1;
    while (count > 0) {
        const qint64 start = m_runs[i].first + (rank - m_before[i]);
        const qint64 taken = qMin(count, m_runs[i].last - start + 1);
        ranges.emplace_back(start, start + taken - 1);
        rank += taken;
        count -= taken;
        ++i;
    }
    return ranges;
}

void RowRanks::renumber(size_t from)
{
    for (size_t i = from; i < m_runs.size(); ++i)
        m_before[i] = i == 0 ? 0 : m_before[i - 1] + length(m_runs[i - 1]);
}
