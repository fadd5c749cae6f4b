// The token inspector's server buttons where the server cannot answer: on the sandbox's
// Gatekeeper (no OpenID Connect), not signed in, or with a pasted token (never sent anywhere).
// Each stays disabled and says why; the decoded report is there regardless. The buttons'
// working against a server that can is tested on the real Keycloak (tst_KeycloakConsole).

#include "SandboxProfile.h"
#include "credentials/CredentialStore.h"
#include "tokens/TokenInspectorDialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

class tst_TokenInspectorDialog : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    CredentialStore m_credentials;

    static void expectDisabled(const TokenInspectorDialog& dialog, const QString& why)
    {
        for (const char* name : {"introspectToken", "revokeToken"}) {
            auto* button = dialog.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(!button->isEnabled(), name);
            QCOMPARE(button->toolTip(), why);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_credentials.setMemoryOnly(true);
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("5")}));
    }

    void disabledWithTheReason()
    {
        const TokenInspectorDialog alone(nullptr);
        expectDisabled(alone, QStringLiteral("Not signed in."));

        SandboxProfile gk;
        QVERIFY(gk.open(m_sandbox, &m_credentials, QStringLiteral("Token inspector test")));
        TokenInspectorDialog dialog(gk.connection.get());
        expectDisabled(dialog, QStringLiteral("This server publishes no OpenID Connect endpoint for that."));
        QVERIFY(dialog.findChild<QTextBrowser*>(QStringLiteral("tokenReport"))
                    ->toPlainText()
                    .contains(QLatin1String("The console's own session")));
        // A pasted token is decoded here and never offered to a server.
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("pastedToken"))->setPlainText(QStringLiteral("abc.def"));
        expectDisabled(dialog, QStringLiteral("Only the console's own token is sent to the server."));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("pastedToken"))->clear();
        expectDisabled(dialog, QStringLiteral("This server publishes no OpenID Connect endpoint for that."));
    }

    void cleanupTestCase() { m_sandbox.stop(); }
};

QTEST_MAIN(tst_TokenInspectorDialog)
#include "tst_TokenInspectorDialog.moc"
