#include "ScimPeerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

ScimPeerProcess::~ScimPeerProcess()
{
    stop();
}

QString ScimPeerProcess::serverDirectory()
{
    return QStringLiteral(AUTHDESK_SCIM_PEER_DIR);
}

QString ScimPeerProcess::packagesDirectory()
{
    return QDir(serverDirectory()).absoluteFilePath(QStringLiteral("../betterauth"));
}

QString ScimPeerProcess::nodeProgram()
{
    const QByteArray overridden = qgetenv("AUTHDESK_NODE");
    return overridden.isEmpty() ? QStringLiteral("node") : QString::fromLocal8Bit(overridden);
}

QUrl ScimPeerProcess::scimRoot() const
{
    QUrl root = m_baseUrl;
    root.setPath(QStringLiteral("/api/auth/scim/v2"));
    return root;
}

bool ScimPeerProcess::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_adminToken.clear();
    m_readerToken.clear();
    const QDir packages(packagesDirectory());
    if (!QFileInfo::exists(
            packages.filePath(QStringLiteral("node_modules/@better-auth/scim/package.json")))) {
        m_error =
            QStringLiteral("@better-auth/scim is not installed in %1: run tests/peers/setup (needs npm)")
                .arg(packages.absolutePath());
        return false;
    }
    const QDir dir(serverDirectory());
    m_process.setWorkingDirectory(dir.absolutePath());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(nodeProgram(), {dir.filePath(QStringLiteral("server.mjs")), QStringLiteral("0")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(nodeProgram(), m_process.errorString());
        return false;
    }
    // Reads whole lines only: a token may arrive split across two reads.
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
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.at(0) == "AUTHDESK_PEER_TOKEN") {
                (words.at(1) == "admin" ? m_adminToken : m_readerToken) = QString::fromLatin1(words.at(2));
            } else if (words.size() == 2 && words.at(0) == "AUTHDESK_PEER_READY") {
                m_baseUrl = QUrl(QString::fromUtf8(words.at(1)));
                if (m_baseUrl.isValid() && m_baseUrl.port() > 0 && !m_adminToken.isEmpty() &&
                    !m_readerToken.isEmpty())
                    return true;
                // Never the line itself: it may follow the tokens' lines in a garbled answer.
                m_error = QStringLiteral("the SCIM peer announced an unusable URL or no tokens");
                stop();
                return false;
            }
        }
    }
    m_error = QStringLiteral("the SCIM peer was not ready (exit code %1); stderr:\n%2")
                  .arg(m_process.state() == QProcess::Running ? QStringLiteral("none, still running")
                                                              : QString::number(m_process.exitCode()),
                       QString::fromLocal8Bit(m_process.readAllStandardError()));
    stop();
    return false;
}

void ScimPeerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
