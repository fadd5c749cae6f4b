#include "LoginCommand.h"

#include "CliContext.h"
#include "credentials/CredentialStore.h"
#include "remote/Connection.h"

QString LoginCommand::summary() const
{
    return tr("Sign in, then keep the secrets it used in the keychain.");
}

QString LoginCommand::details() const
{
    return tr("Signs in to the profile with the secrets from --password-stdin or --secrets-stdin, or asks "
              "for each on the terminal (Enter keeps a stored one), and keeps what signed in in the "
              "keychain: later commands read it from there and ask nothing. Without a keychain it warns "
              "and keeps nothing.");
}

void LoginCommand::run(const QStringList&)
{
    CliContext& c = cli();
    if (!c.resolveServer(std::nullopt))
        return;
    Connection* connection = c.openConnection();
    c.gatherSecrets(true, [this, &c, connection](const Secrets& secrets) {
        QObject::connect(connection, &Connection::signedIn, &c, [this, secrets] { store(secrets); });
        connection->signIn(secrets);
    });
}

void LoginCommand::store(const Secrets& used)
{
    CliContext& c = cli();
    const Profile& p = c.connection()->profile();
    const QString identity = c.connection()->authState().identity;
    c.info(tr("Signed in to %1 as %2.").arg(p.name, identity.isEmpty() ? p.identity : identity));
    // Only what signed in successfully is stored, so a mistyped password never replaces a good one.
    SecretMap keep;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.key() == QLatin1String("password") && !p.rememberPassword)
            continue;
        keep.insert(it.key(), it.value());
    }
    QStringList names = keep.keys();
    names.sort();
    if (!p.rememberPassword && used.contains(QStringLiteral("password")))
        c.info(tr("The profile does not keep its password: later commands will ask for it."));
    if (keep.isEmpty()) {
        c.finish(Success);
        return;
    }
    c.credentials()->write(p.id, keep, &c, [&c, names, name = p.name](bool ok) {
        if (ok && !c.credentials()->isMemoryOnly())
            c.finish(Success, tr("Stored %1 for %2 in the keychain; later commands will not ask for it.")
                                  .arg(names.join(QLatin1String(", ")), name));
        else
            c.finish(Success, tr("Nothing was stored: there is no keychain, so later commands will ask again "
                                 "(or take --password-stdin or --secrets-stdin)."));
    });
}
