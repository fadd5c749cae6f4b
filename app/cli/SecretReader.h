#pragma once
// Reads a password or key from the terminal with echo off, or one line from stdin for
// --password-stdin. Never from the command line, where other users' `ps` would see it.

#include <QString>

class SecretReader
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    // Prompts on /dev/tty with echo off; returns false when there is no terminal.
    static bool promptTerminal(const QString& prompt, QString* secret);
    // Reads the first line of stdin (without its newline).
    static bool readStdinLine(QString* secret);
    // Asks a yes/no question on the terminal; false without a terminal.
    static bool confirm(const QString& question);
};
