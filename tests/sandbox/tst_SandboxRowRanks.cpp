// The sandbox's RowRanks (position in creation order -> row), which turns a deep page into a row
// range: checked against a plain sorted list through random creations and deletions.

#include "RowRanks.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <vector>

class tst_SandboxRowRanks : public QObject
{
    Q_OBJECT
    static bool matches(const RowRanks& ranks, const std::vector<qint64>& rows)
    {
        if (ranks.size() != qint64(rows.size()))
            return false;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (ranks.at(qint64(i)) != rows[i])
                return false;
        }
        return true;
    }

private slots:
    void aSeededBlockIsOneRun()
    {
        RowRanks ranks;
        ranks.add(1, 1);
        ranks.add(5, 1000004);       // a seeded block after the admins of the other APIs
        ranks.add(1000005, 1000005); // the next creation extends it
        QCOMPARE(ranks.runCount(), 2);
        QCOMPARE(ranks.size(), qint64(1000002));
        QCOMPARE(ranks.at(0), qint64(1));
        QCOMPARE(ranks.at(1), qint64(5));
        QCOMPARE(ranks.at(900000), qint64(900004));
        QCOMPARE(ranks.at(1000001), qint64(1000005));
        // A first page spans the admin and the seeded block: two ranges, nothing in between.
        using Ranges = std::vector<std::pair<qint64, qint64>>;
        QCOMPARE(ranks.segments(0, 100), Ranges({{1, 1}, {5, 103}}));
        QCOMPARE(ranks.segments(900000, 100), Ranges({{900004, 900103}}));
        QCOMPARE(ranks.segments(1000000, 100), Ranges({{1000004, 1000005}})); // the end
        QCOMPARE(ranks.segments(1000002, 100), Ranges());
    }

    void deletionsSplitAndShrinkRuns()
    {
        RowRanks ranks;
        ranks.add(10, 19);
        ranks.remove(10); // first
        ranks.remove(19); // last
        ranks.remove(14); // middle: two runs
        ranks.remove(99); // not there: nothing
        QCOMPARE(ranks.runCount(), 2);
        QVERIFY(matches(ranks, {11, 12, 13, 15, 16, 17, 18}));
        ranks.add(14, 14); // back in the middle: the runs merge again
        QCOMPARE(ranks.runCount(), 1);
        QVERIFY(matches(ranks, {11, 12, 13, 14, 15, 16, 17, 18}));
        for (qint64 row = 11; row <= 18; ++row)
            ranks.remove(row);
        QCOMPARE(ranks.size(), qint64(0));
        QCOMPARE(ranks.runCount(), 0);
    }

    void randomCreationsAndDeletionsAgreeWithASortedList()
    {
        QRandomGenerator rng(42);
        RowRanks ranks;
        std::vector<qint64> rows;
        qint64 next = 1;
        for (int step = 0; step < 20000; ++step) {
            const quint32 what = rng.bounded(10);
            if (what < 5 || rows.empty()) {
                // New rows at the end, sometimes after rows of another API (a gap).
                next += rng.bounded(3);
                const qint64 count = 1 + rng.bounded(4);
                ranks.add(next, next + count - 1);
                for (qint64 r = next; r < next + count; ++r)
                    rows.push_back(r);
                next += count;
            } else if (what < 9) {
                const size_t i = rng.bounded(quint32(rows.size()));
                ranks.remove(rows[i]);
                rows.erase(rows.begin() + qsizetype(i));
            } else {
                // A row put back where one was deleted (an explicit row number).
                qint64 row = 1 + rng.bounded(quint32(next));
                if (std::binary_search(rows.begin(), rows.end(), row))
                    continue;
                ranks.add(row, row);
                rows.insert(std::lower_bound(rows.begin(), rows.end(), row), row);
            }
            if (step % 97 == 0) {
                QVERIFY2(matches(ranks, rows), qPrintable(QString::number(step)));
                // Any page, as ranges, lists exactly the rows at those positions.
                const qint64 from = rows.empty() ? 0 : rng.bounded(quint32(rows.size()));
                const qint64 count = 1 + rng.bounded(40);
                std::vector<qint64> listed;
                qint64 previousEnd = -1;
                for (const auto& [first, last] : ranks.segments(from, count)) {
                    QVERIFY(first <= last && first > previousEnd + 1); // ordered, disjoint, not adjacent
                    previousEnd = last;
                    for (qint64 r = first; r <= last; ++r)
                        listed.push_back(r);
                }
                const auto begin = rows.begin() + qsizetype(qMin<qint64>(from, qint64(rows.size())));
                QVERIFY(listed ==
                        std::vector<qint64>(begin, begin + qMin<qint64>(count, rows.end() - begin)));
            }
        }
        QVERIFY(matches(ranks, rows));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRowRanks)
#include "tst_SandboxRowRanks.moc"
