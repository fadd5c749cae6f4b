#include "TokenInspectorDialog.h"

#include "common/Prompt.h"
#include "remote/Connection.h"
#include "remote/TokenInspector.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

TokenInspectorDialog::TokenInspectorDialog(Connection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_state(connection ? connection->authState() : AuthState())
    , m_pasted(new QPlainTextEdit(this))
    , m_report(new QTextBrowser(this))
    , m_introspect(new QPushButton(tr("Ask the server"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    setWindowTitle(tr("Token inspector"));
    m_pasted->setObjectName(QStringLiteral("pastedToken"));
    m_pasted->setPlaceholderText(tr("Paste any token here to decode it"));
    m_pasted->setMaximumHeight(80);
    m_report->setObjectName(QStringLiteral("tokenReport"));
    m_introspect->setObjectName(QStringLiteral("introspectToken"));
    m_revoke->setObjectName(QStringLiteral("revokeToken"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_introspect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_introspect, &QPushButton::clicked, this, &TokenInspectorDialog::askServer);
    connect(m_revoke, &QPushButton::clicked, this, &TokenInspectorDialog::revoke);
    auto* layout = new QVBoxLayout(this);
    auto* caution = new QLabel(tr("Decoded claims are shown as the token states them: they are not verified, "
                                  "and AuthDesk never trusts them over what the server answered."),
                               this);
    caution->setWordWrap(true);
    layout->addWidget(caution);
    layout->addWidget(m_pasted);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_pasted->toPlainText().trimmed();
        showReport(text.isEmpty() ? m_state.accessToken : text, text.isEmpty() ? &m_state : nullptr);
        updateServerButtons();
    });
    showReport(m_state.accessToken, &m_state);
    updateServerButtons();
}

void TokenInspectorDialog::updateServerButtons()
{
    QString why; // why neither can be asked, whatever the server could do
    if (!m_connection || m_state.accessToken.isEmpty())
        why = tr("Not signed in.");
    else if (!m_pasted->toPlainText().trimmed().isEmpty()) // someone else's secret stays here
        why = tr("Only the console's own token is sent to the server.");
    const Capabilities caps = m_connection ? m_connection->capabilities() : Capabilities();
    for (auto [button, capability] : {std::pair{m_introspect, Capability::TokenIntrospection},
                                      std::pair{m_revoke, Capability::TokenRevocation}}) {
        button->setEnabled(why.isEmpty() && caps.supports(capability));
        button->setToolTip(why.isEmpty() ? caps.reason(capability) : why);
    }
}

void TokenInspectorDialog::askServer()
{
    m_introspect->setEnabled(false);
    m_connection->introspectToken(this, [this](const Result<QJsonObject>& answer) {
        updateServerButtons();
        if (!answer.ok()) {
            m_serverAnswer = QStringLiteral("<p><b>%1</b></p>").arg(answer.error().message.toHtmlEscaped());
        } else {
            const bool active = answer.value().value(QStringLiteral("active")).toBool();
            m_serverAnswer = (active ? tr("<p>The server says this token is <b>active</b>.</p>")
                                     : tr("<p>The server says this token is <b>not active</b>: it expired, was "
                                          "revoked, or this client may not ask about it (some servers answer only "
                                          "a client named in the token's audience).</p>")) +
                             QStringLiteral("<pre>%1</pre>")
                                 .arg(QString::fromUtf8(QJsonDocument(answer.value()).toJson()).toHtmlEscaped());
        }
        showReport(m_state.accessToken, &m_state);
    });
}

void TokenInspectorDialog::revoke()
{
    Prompt::confirm(this, tr("Revoke the console's token"),
                    tr("Revoke the access token this console uses now? The server refuses it from then on; "
                       "the console signs in again or renews it at its next request."),
                    [this] {
                        if (!m_connection)
                            return;
                        m_revoke->setEnabled(false);
                        m_connection->revokeAccessToken(this, [this](const Result<Done>& done) {
                            updateServerButtons();
                            m_serverAnswer = done.ok() ? tr("<p>The server revoked this token.</p>")
                                                       : QStringLiteral("<p><b>%1</b></p>")
                                                             .arg(done.error().message.toHtmlEscaped());
                            showReport(m_state.accessToken, &m_state);
                        });
                    });
}

void TokenInspectorDialog::showReport(const QString& token, const AuthState* state)
{
    const TokenReport r = state ? TokenInspector::inspect(*state) : TokenInspector::inspect(token);
    auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : tr("unknown");
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(r.kindName.toHtmlEscaped());
    if (state)
        html += tr("<p>The console's own session, as the server described it at sign-in.</p>");
    if (!r.problem.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(r.problem.toHtmlEscaped());
    html +=
        tr("<p>Issued: %1<br>Expires: %2<br>Scopes / roles: %3</p>")
            .arg(when(r.issuedAt), when(r.expiresAt),
                 r.scopes.isEmpty() ? tr("none stated") : r.scopes.join(QLatin1String(", ")).toHtmlEscaped());
    // Above the decoded parts: what the server said outweighs what the token claims.
    if (state && !m_serverAnswer.isEmpty())
        html += tr("<h4>What the server answered</h4>") + m_serverAnswer;
    if (r.kind == TokenReport::Kind::Jwt) {
        html += tr("<h4>Header (unverified)</h4>") +
                QStringLiteral("<pre>%1</pre>")
                    .arg(QString::fromUtf8(QJsonDocument(r.header).toJson()).toHtmlEscaped());
        html += tr("<h4>Claims (unverified)</h4>") +
                QStringLiteral("<pre>%1</pre>")
                    .arg(QString::fromUtf8(QJsonDocument(r.claims).toJson()).toHtmlEscaped());
    }
    m_report->setHtml(html);
}
