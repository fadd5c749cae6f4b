#pragma once
// Maps a position in one API's creation order to the user's row number, so that a page at
// `offset` becomes ranges of rows (`row BETWEEN a AND b`) instead of a walk past every earlier
// row, which is what LIMIT/OFFSET does.
//
// The rows are kept as runs of consecutive row numbers: a seeded block is one run and each
// later creation usually extends the last one, so a million users cost a few bytes. Deleting
// a user splits its run. Lookups are a binary search over the runs.

#include <QtGlobal>
#include <utility>
#include <vector>

class RowRanks
{
public:
    void clear();
    // Rows first..last are new and all belong to this API.
    void add(qint64 first, qint64 last);
    void remove(qint64 row);
    qint64 size() const { return m_runs.empty() ? 0 : m_before.back() + length(m_runs.back()); }
    // The row at position `rank` (0-based) in row order; rank must be below size().
    qint64 at(qint64 rank) const;
    // The rows at positions rank..rank+count-1 (as far as there are any), as ranges of
    // consecutive rows in row order: every row of a range belongs to this API, and no row of
    // another API lies inside one (rows of other APIs only lie between them).
    std::vector<std::pair<qint64, qint64>> segments(qint64 rank, qint64 count) const;
    qsizetype runCount() const { return qsizetype(m_runs.size()); }

private:
    struct Run
    {
        qint64 first;
        qint64 last;
    };
    static qint64 length(const Run& run) { return run.last - run.first + 1; }
    // Recomputes the positions of the runs from index `from` on.
    void renumber(size_t from);

    std::vector<Run> m_runs;      // sorted, disjoint, never adjacent (adjacent runs are merged)
    std::vector<qint64> m_before; // m_before[i]: number of rows in the runs before run i
};
