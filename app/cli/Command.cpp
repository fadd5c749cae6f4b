#include "Command.h"

#include "TableWriter.h"

QStringList Command::completions(const QStringList& words) const
{
    return words.isEmpty() ? verbs() : QStringList();
}

QCommandLineOption Command::formatOption(const QString& fallback)
{
    return {
        QStringLiteral("format"),
        tr("Output: %1 (default %2).").arg(TableWriter::formatNames().join(QLatin1String(", ")), fallback),
        QStringLiteral("format"), fallback};
}

QCommandLineOption Command::yesOption()
{
    return {QStringLiteral("yes"), tr("Do not ask before destructive actions.")};
}

QCommandLineOption Command::searchOption()
{
    return {QStringLiteral("search"), tr("Search text."), QStringLiteral("text")};
}
