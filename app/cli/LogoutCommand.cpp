#include "LogoutCommand.h"

#include "CliContext.h"
#include "SecretNames.h"
#include "credentials/CredentialStore.h"
#include "remote/DialectRegistry.h"

QString LogoutCommand::summary() const
{
    return tr("Forget every stored secret of the profile.");
}

QString LogoutCommand::details() const
{
    return tr("Removes the profile's secrets from the keychain; the next command needs them again. No "
              "session of authdesk-cli stays open where the server can sign out (every run signs out "
              "when it ends); elsewhere it says how the server's tokens end.");
}

void LogoutCommand::run(const QStringList&)
{
    CliContext& c = cli();
    const auto p = c.chosenProfile();
    if (!p)
        return;
    const auto dialect = DialectRegistry::create(p->dialect);
    c.credentials()->remove(p->id, SecretNames::every(*p, dialect.get()), &c, [&c, p, dialect](bool removed) {
        if (!removed || c.credentials()->isMemoryOnly()) {
            c.finish(ServerError,
                     tr("authdesk-cli: the keychain could not be reached; the secrets of %1 may still "
                        "be stored there.")
                         .arg(p->name));
            return;
        }
        c.info(tr("Forgot the stored secrets of %1; the next command needs them again.").arg(p->name));
        // No session outlives the run that opened it where the server can sign out (see
        // CliContext::finish()); where it cannot, say how its tokens end.
        const Capabilities capabilities = dialect ? dialect->capabilities(*p) : Capabilities();
        if (capabilities.supports(Capability::SignOut))
            c.info(tr("No session of authdesk-cli is left open on %1: every run signs out when it ends.")
                       .arg(p->name));
        else if (dialect)
            c.info(capabilities.reason(Capability::SignOut));
        c.finish(Success);
    });
}
