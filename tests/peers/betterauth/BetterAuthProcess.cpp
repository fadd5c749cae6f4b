#include "BetterAuthProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>

BetterAuthProcess::~BetterAuthProcess()
{
    stop();
}

QString BetterAuthProcess::serverDirectory()
{
    return QStringLiteral(AUTHDESK_BETTERAUTH_PEER_DIR);
}

QString BetterAuthProcess::nodeProgram()
{
    const QByteArray overridden = qgetenv("AUTHDESK_NODE");
    return overridden.isEmpty() ? QStringLiteral("node") : QString::fromLocal8Bit(overridden);
}

bool BetterAuthProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_stderr.clear();
    const QDir dir(serverDirectory());
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/better-auth/package.json")))) {
        m_error = QStringLiteral("better-auth is not installed in %1: run tests/peers/setup (needs npm)")
                      .arg(dir.absolutePath());
        return false;
    }
    // A fresh admin password per run, handed over in the environment only.
    m_adminPassword = QStringLiteral("peer-") +
                      QString::number(QRandomGenerator::system()->generate64(), 36) +
                      QString::number(QRandomGenerator::system()->generate64(), 36);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AUTHDESK_PEER_ADMIN_PASSWORD"), m_adminPassword);
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(dir.absolutePath());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(nodeProgram(), {dir.filePath(QStringLiteral("server.mjs")), QStringLiteral("0")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(nodeProgram(), m_process.errorString());
        return false;
    }
    const QByteArray marker("AUTHDESK_PEER_READY ");
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
            m_baseUrl =
                QUrl(QString::fromUtf8(buffer.mid(at + marker.size(), end - at - marker.size()).trimmed()));
            if (m_baseUrl.isValid() && m_baseUrl.port() > 0)
                return true;
            m_error = QStringLiteral("the peer announced an unusable URL: ") + QString::fromUtf8(buffer);
            stop();
            return false;
        }
    }
    m_stderr = m_process.readAllStandardError();
    m_error = QStringLiteral("the better-auth peer was not ready (exit code %1); stderr:\n%2")
                  .arg(m_process.state() == QProcess::Running ? QStringLiteral("none, still running")
                                                              : QString::number(m_process.exitCode()),
                       QString::fromLocal8Bit(m_stderr));
    stop();
    return false;
}

void BetterAuthProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
