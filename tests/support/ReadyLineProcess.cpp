#include "ReadyLineProcess.h"

#include <QDeadlineTimer>

bool ReadyLineProcess::start(const QString& program, const QStringList& arguments, int timeoutMs,
                             const LineReader& read)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start (%2): %3").arg(m_name, program, m_process.errorString());
        return false;
    }
    // Whole lines only: an announcement may arrive split across two reads.
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        buffer += m_process.readAllStandardOutput();
        qsizetype end = 0;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end).trimmed();
            buffer.remove(0, end + 1);
            switch (read(line)) {
            case Line::NotYet:
                break;
            case Line::Ready:
                return true;
            case Line::Unusable:
                // Never the line itself: it may hold a token.
                return fail(QStringLiteral("announced something unusable"));
            }
        }
    }
    return fail(QStringLiteral("was not ready (exit code %1)")
                    .arg(m_process.state() == QProcess::Running ? QStringLiteral("none, still running")
                                                                : QString::number(m_process.exitCode())));
}

bool ReadyLineProcess::fail(const QString& reason)
{
    m_stderr = m_process.readAllStandardError();
    m_error =
        m_name + QLatin1Char(' ') + reason + QStringLiteral("; stderr:\n") + QString::fromLocal8Bit(m_stderr);
    stop();
    return false;
}

void ReadyLineProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ReadyLineProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
