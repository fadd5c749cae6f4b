#include "ScimPeerProcess.h"

#include <QDir>
#include <QFileInfo>

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
    return m_process.start(nodeProgram(), {dir.filePath(QStringLiteral("server.mjs")), QStringLiteral("0")},
                           timeoutMs, [this](const QByteArray& line) {
                               const QList<QByteArray> words = line.split(' ');
                               if (words.size() == 3 && words.at(0) == "AUTHDESK_PEER_TOKEN") {
                                   (words.at(1) == "admin" ? m_adminToken : m_readerToken) =
                                       QString::fromLatin1(words.at(2));
                               } else if (words.size() == 2 && words.at(0) == "AUTHDESK_PEER_READY") {
                                   m_baseUrl = QUrl(QString::fromUtf8(words.at(1)));
                                   return m_baseUrl.isValid() && m_baseUrl.port() > 0 &&
                                                  !m_adminToken.isEmpty() && !m_readerToken.isEmpty()
                                              ? ReadyLineProcess::Line::Ready
                                              : ReadyLineProcess::Line::Unusable;
                               }
                               return ReadyLineProcess::Line::NotYet;
                           });
}

void ScimPeerProcess::stop()
{
    m_process.stop();
}
