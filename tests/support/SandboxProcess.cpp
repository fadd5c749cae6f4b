#include "SandboxProcess.h"

#include <QDeadlineTimer>

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    const QByteArray overridden = qgetenv("AUTHDESK_SANDBOX");
    return overridden.isEmpty() ? QStringLiteral(AUTHDESK_SANDBOX_PATH) : QString::fromLocal8Bit(overridden);
}

bool SandboxProcess::start(const QStringList& arguments, int timeoutMs)
{
    stop();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    args += arguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executablePath(), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("sandbox did not start: ") + m_process.errorString();
        return false;
    }
    const QByteArray marker("AUTHDESK_SANDBOX_READY ");
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        buffer += m_process.readAllStandardOutput();
        const qsizetype at = buffer.indexOf(marker);
        const qsizetype end = at < 0 ? -1 : buffer.indexOf('\n', at);
        if (end > at) {
            const QByteArray url = buffer.mid(at + marker.size(), end - at - marker.size()).trimmed();
            m_rootUrl = QUrl(QString::fromUtf8(url));
            return m_rootUrl.isValid();
        }
    }
    m_stderr = m_process.readAllStandardError();
    m_error = QStringLiteral("sandbox was not ready in time; stderr: ") + QString::fromLocal8Bit(m_stderr);
    stop();
    return false;
}

QUrl SandboxProcess::apiUrl(const QString& api) const
{
    QUrl url = m_rootUrl;
    url.setPath(QLatin1Char('/') + api);
    return url;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
