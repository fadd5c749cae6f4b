// ProgressRate: the pace a long step shows beside its progress.
#include "operations/ProgressRate.h"

#include <QLocale>
#include <QTest>

class tst_ProgressRate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysNothingBeforeASecondOfWork()
    {
        QCOMPARE(ProgressRate::text(500, 1000, 999), QString());
        QCOMPARE(ProgressRate::text(0, 1000, 5000), QString());
        ProgressRate rate;
        QCOMPARE(rate.text(), QString()); // never started
        rate.start();
        rate.update(10, 100);
        QCOMPARE(rate.text(), QString()); // just started
    }

    void rateAndTimeLeft_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds left") << qint64(500) << qint64(1000) << qint64(2000)
                                      << QStringLiteral("250/s, about 2 s left");
        QTest::newRow("one second left") << qint64(100) << qint64(110) << qint64(1000)
                                         << QStringLiteral("100/s, about 1 s left");
        QTest::newRow("grouped digits") << qint64(123450) << qint64(1000000) << qint64(10000)
                                        << QStringLiteral("12,345/s, about 72 s left");
        QTest::newRow("minutes left") << qint64(12345) << qint64(1000000) << qint64(10000)
                                      << QStringLiteral("1,235/s, about 13 min left");
        QTest::newRow("rounded to the minute") << qint64(1000) << qint64(1000000) << qint64(10000)
                                               << QStringLiteral("100/s, about 167 min left");
        QTest::newRow("slower than one a second") << qint64(3) << qint64(10) << qint64(10000)
                                                  << QStringLiteral("0.3/s, about 24 s left");
        QTest::newRow("no total") << qint64(5000) << qint64(-1) << qint64(2000) << QStringLiteral("2,500/s");
        QTest::newRow("done") << qint64(10) << qint64(10) << qint64(2000) << QStringLiteral("5/s");
    }
    void rateAndTimeLeft()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(qint64, elapsedMs);
        QFETCH(QString, expected);
        QCOMPARE(ProgressRate::text(done, total, elapsedMs), expected);
    }

    void suffixEndsAProgressLine()
    {
        ProgressRate rate;
        QCOMPARE(rate.suffix(), QString());
        rate.start();
        rate.update(1, 10);
        QCOMPARE(rate.suffix(), QString()); // too early
        QTest::qSleep(1010);
        rate.update(5, 10);
        QVERIFY2(rate.suffix().startsWith(QLatin1String(" (")) && rate.suffix().endsWith(QLatin1String(" s left)")),
                 qPrintable(rate.suffix()));
    }

    void restartingForgetsTheEarlierPace()
    {
        ProgressRate rate;
        rate.start();
        rate.update(1000, 2000);
        rate.start();
        QCOMPARE(rate.text(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ProgressRate)
#include "tst_ProgressRate.moc"
