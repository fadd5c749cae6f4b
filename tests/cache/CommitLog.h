#pragma once
// What a sync's commit logged (CacheWriter's category "authdesk.cache.commit", from any thread)
// while one of these lives: tests read which way the commit wrote the users and why.

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <algorithm>

class CommitLog
{
public:
    CommitLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("authdesk.cache.commit.info=true"));
        m_previous = qInstallMessageHandler(&CommitLog::keep);
    }
    ~CommitLog()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        clear();
    }
    CommitLog(const CommitLog&) = delete;
    CommitLog& operator=(const CommitLog&) = delete;

    qsizetype linesStarting(const QString& start) const
    {
        const QMutexLocker lock(&m_lock);
        return std::count_if(m_lines.cbegin(), m_lines.cend(), [&](const QString& line) { return line.startsWith(start); });
    }
    void clear()
    {
        const QMutexLocker lock(&m_lock);
        m_lines.clear();
    }

private:
    static void keep(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        if (qstrcmp(context.category, "authdesk.cache.commit") != 0)
            return;
        const QMutexLocker lock(&m_lock);
        m_lines << message;
    }
    static inline QMutex m_lock;
    static inline QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
