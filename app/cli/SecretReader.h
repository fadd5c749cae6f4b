#pragma once
// Reads a password or key from the terminal with echo off, or from stdin for --password-stdin
// and --secrets-stdin. Never from the command line, where other users' `ps` would see it.

#include <QHash>
#include <QString>
#include <QStringList>

class SecretReader
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    // Prompts on /dev/tty with echo off; returns false when there is no terminal.
    static bool promptTerminal(const QString& prompt, QString* secret);
    // Reads the next line of stdin (without its newline).
    static bool readStdinLine(QString* secret);
    // Reads NAME=VALUE lines up to an empty line or the end of stdin (the value is everything
    // after the first '=', verbatim). On a malformed line, a name not in `accepted`, an empty
    // value or a name given twice returns false with `error` naming the line or the name, never
    // what was typed.
    static bool readStdinSecrets(const QStringList& accepted, QHash<QString, QString>* secrets,
                                 QString* error);
    // Asks a yes/no question on the terminal; false without a terminal.
    static bool confirm(const QString& question);
};
