#include "CompleteCommand.h"

#include "CliApplication.h"
#include "CliContext.h"
#include "profiles/ProfileStore.h"
#include "remote/DialectRegistry.h"

void CompleteCommand::run(const QStringList& words)
{
    QByteArray out;
    const QString current = words.isEmpty() ? QString() : words.last();
    for (const auto& [word, description] : candidates(words)) {
        if (!word.startsWith(current))
            continue;
        out += word.toUtf8();
        if (!description.isEmpty())
            out += '\t' + description.simplified().toUtf8();
        out += '\n';
    }
    cli().printData(out);
    cli().finish(Success);
}

std::optional<QCommandLineOption> CompleteCommand::option(const Command* command, const QString& name) const
{
    QList<QCommandLineOption> known = CliApplication::globalOptions();
    if (command) {
        known += command->options();
    } else {
        for (const auto& each : m_application.commands())
            known += each->options();
    }
    for (const QCommandLineOption& option : known) {
        if (option.names().contains(name))
            return option;
    }
    return std::nullopt;
}

CompleteCommand::Candidates CompleteCommand::values(const QString& option) const
{
    Candidates values;
    if (option == QLatin1String("profile")) {
        for (const Profile& p : cli().profiles()->profiles())
            values.append({p.name, tr("%1 at %2").arg(p.dialect, p.baseUrl.toString())});
    } else if (option == QLatin1String("dialect")) {
        for (const QString& id : DialectRegistry::ids())
            values.append({id, DialectRegistry::create(id)->displayName()});
    } else if (option == QLatin1String("format")) {
        for (const QString& format : TableWriter::formatNames())
            values.append({format, QString()});
    } else if (option == QLatin1String("enabled")) {
        values = {{QStringLiteral("true"), QString()}, {QStringLiteral("false"), QString()}};
    }
    return values;
}

CompleteCommand::Candidates CompleteCommand::candidates(const QStringList& words) const
{
    const QString current = words.isEmpty() ? QString() : words.last();
    // What the words before the current one are: the command, its positional words, and
    // whether the last of them is an option still waiting for its value.
    const Command* command = nullptr;
    QStringList positional;
    QString pending;
    bool onlyPositional = false;
    for (const QString& word : words.mid(0, words.size() - 1)) {
        if (!pending.isEmpty()) {
            pending.clear();
        } else if (!onlyPositional && word == QLatin1String("--")) {
            onlyPositional = true;
        } else if (!onlyPositional && word.size() > 1 && word.startsWith(u'-')) {
            const QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
            const auto known = option(command, name);
            if (!name.contains(u'=') && known && !known->valueName().isEmpty())
                pending = name;
        } else if (!command) {
            command = m_application.command(word);
            if (!command || command->isHidden())
                return {};
        } else {
            positional << word;
        }
    }
    if (!pending.isEmpty())
        return values(pending);
    Candidates found;
    if (!onlyPositional && current.startsWith(QLatin1String("--")) && current.contains(u'=')) {
        // --profile=NAME in one word.
        const QString name = current.mid(2, current.indexOf(u'=') - 2);
        for (const auto& [value, description] : values(name))
            found.append({QStringLiteral("--") + name + u'=' + value, description});
        return found;
    }
    if (!onlyPositional && current.startsWith(u'-')) {
        QList<QCommandLineOption> options = CliApplication::globalOptions();
        if (command)
            options = command->options() + options;
        options.append(
            QCommandLineOption(QStringLiteral("help"), tr("Displays help on commandline options.")));
        for (const QCommandLineOption& option : options) {
            // --password is there only to be refused; hidden options only for old scripts.
            if (option.names().constFirst() != QLatin1String("password") &&
                !(option.flags() & QCommandLineOption::HiddenFromHelp))
                found.append({QStringLiteral("--") + option.names().constFirst(), option.description()});
        }
        return found;
    }
    if (!command) {
        for (const auto& each : m_application.commands()) {
            if (!each->isHidden())
                found.append({each->name(), each->summary()});
        }
        return found;
    }
    for (const QString& word : command->completions(positional))
        found.append({word, QString()});
    return found;
}
