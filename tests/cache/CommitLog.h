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
    // Turns the category's info messages on (and, as it goes, every filter rule off: tests set
    // none of their own); other messages go on to the handler before it, QTest's.
    CommitLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("authdesk.cache.commit.info=true"));
        m_previous = qInstallMessageHandler(&CommitLog::keep);
    }
    ~CommitLog()
    {
        qInstallMessageHandler(m_previous);
        m_previous = nullptr;
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
    static void keep(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (qstrcmp(context.category, "authdesk.cache.commit") != 0) {
            if (m_previous)
                m_previous(type, context, message);
            return;
        }
        const QMutexLocker lock(&m_lock);
        m_lines << message;
    }
    static inline QMutex m_lock;
    static inline QStringList m_lines;
    static inline QtMessageHandler m_previous = nullptr;
};
