#include "TokenInspectorDialog.h"

#include "remote/TokenInspector.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

TokenInspectorDialog::TokenInspectorDialog(const AuthState& state, QWidget* parent)
    : QDialog(parent)
    , m_pasted(new QPlainTextEdit(this))
    , m_report(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    setWindowTitle(tr("Token inspector"));
    m_pasted->setObjectName(QStringLiteral("pastedToken"));
    m_pasted->setPlaceholderText(tr("Paste any token here to decode it"));
    m_pasted->setMaximumHeight(80);
    m_report->setObjectName(QStringLiteral("tokenReport"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Decoded claims are shown as the token states them: they are not verified, and "
                      "AuthDesk never trusts them over what the server answered."),
                   this));
    layout->addWidget(m_pasted);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(640, 520);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, [this, state] {
        const QString text = m_pasted->toPlainText().trimmed();
        showReport(text.isEmpty() ? state.accessToken : text, text.isEmpty() ? &state : nullptr);
    });
    showReport(state.accessToken, &state);
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
