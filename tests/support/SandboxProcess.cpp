#include "SandboxProcess.h"

QString SandboxProcess::executablePath()
{
    const QByteArray overridden = qgetenv("AUTHDESK_SANDBOX");
    return overridden.isEmpty() ? QStringLiteral(AUTHDESK_SANDBOX_PATH) : QString::fromLocal8Bit(overridden);
}

bool SandboxProcess::start(const QStringList& arguments, int timeoutMs)
{
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    args += arguments;
    const QByteArray marker("AUTHDESK_SANDBOX_READY ");
    return m_process.start(executablePath(), args, timeoutMs, [this, &marker](const QByteArray& line) {
        if (!line.startsWith(marker))
            return ReadyLineProcess::Line::NotYet;
        m_rootUrl = QUrl(QString::fromUtf8(line.mid(marker.size())));
        return m_rootUrl.isValid() ? ReadyLineProcess::Line::Ready : ReadyLineProcess::Line::Unusable;
    });
}

QUrl SandboxProcess::apiUrl(const QString& api) const
{
    QUrl url = m_rootUrl;
    url.setPath(QLatin1Char('/') + api);
    return url;
}

void SandboxProcess::stop()
{
    m_process.stop();
}

void SandboxProcess::kill()
{
    m_process.kill();
}
