#include "SecretReader.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

bool SecretReader::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool SecretReader::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

bool SecretReader::promptTerminal(const QString& prompt, QString* secret)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    const int fd = fileno(tty);
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n')
        line.push_back(char(c));
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    *secret = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return c != EOF || !secret->isEmpty();
}

bool SecretReader::readStdinLine(QString* secret)
{
    std::string line;
    if (!std::getline(std::cin, line) && line.empty())
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *secret = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return true;
}

bool SecretReader::readStdinSecrets(const QStringList& accepted, QHash<QString, QString>* secrets,
                                    QString* error)
{
    // Errors name the line, or a name once it is one of `accepted`: a line that is not what was
    // expected may be a secret typed in the wrong place, and even part of it must not be shown.
    int number = 0;
    QString line;
    while (readStdinLine(&line) && !line.isEmpty()) {
        ++number;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = line.left(qMax<qsizetype>(equals, 0));
        QString problem;
        if (equals <= 0)
            problem = QCoreApplication::translate("SecretReader", "line %1 of stdin is not NAME=VALUE.")
                          .arg(number);
        else if (!accepted.contains(name))
            problem = QCoreApplication::translate(
                          "SecretReader", "line %1 of stdin names no secret of this profile (it takes %2).")
                          .arg(number)
                          .arg(accepted.join(QLatin1String(", ")));
        else if (equals == line.size() - 1)
            problem = QCoreApplication::translate("SecretReader", "stdin gives an empty %1.").arg(name);
        else if (secrets->contains(name))
            problem = QCoreApplication::translate("SecretReader", "stdin gives %1 twice.").arg(name);
        else
            secrets->insert(name, line.mid(equals + 1));
        line.fill(QLatin1Char('\0'));
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return true;
}

bool SecretReader::confirm(const QString& question)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    std::fputs((question + QStringLiteral(" [y/N] ")).toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[16] = {};
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    std::fclose(tty);
    return read && (buffer[0] == 'y' || buffer[0] == 'Y');
}
