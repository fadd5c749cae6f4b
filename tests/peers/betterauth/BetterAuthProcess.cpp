#include "BetterAuthProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>

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
    m_process.setEnvironment(environment);
    m_process.setWorkingDirectory(dir.absolutePath());
    const QByteArray marker("AUTHDESK_PEER_READY ");
    return m_process.start(nodeProgram(), {dir.filePath(QStringLiteral("server.mjs")), QStringLiteral("0")},
                           timeoutMs, [this, &marker](const QByteArray& line) {
                               if (!line.startsWith(marker))
                                   return ReadyLineProcess::Line::NotYet;
                               m_baseUrl = QUrl(QString::fromUtf8(line.mid(marker.size())));
                               return m_baseUrl.isValid() && m_baseUrl.port() > 0
                                          ? ReadyLineProcess::Line::Ready
                                          : ReadyLineProcess::Line::Unusable;
                           });
}

void BetterAuthProcess::stop()
{
    m_process.stop();
}
