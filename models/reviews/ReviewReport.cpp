#include "ReviewReport.h"

#include <QLocale>

namespace {
QString cell(const QString& text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}
} // namespace

QString ReviewReport::html(const AccessReview& review, const QList<ReviewItem>& items, const QDateTime& printedAt)
{
    const QLocale locale;
    const auto when = [&](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>") + tr("Access review: %1").arg(review.name).toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") +
            tr("Reviewer: %1. Scope: %2. Due: %3.")
                .arg(review.reviewer, review.scope,
                     review.due.isValid() ? locale.toString(review.due, QLocale::ShortFormat) : tr("none"))
                .toHtmlEscaped() +
            QStringLiteral("</p><p><b>") +
            tr("Made offline from the local cache as of %1; started %2, printed %3.")
                .arg(when(review.cacheAsOf), when(review.createdAt), when(printedAt))
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");
    if (review.appliedAt.isValid())
        html += QStringLiteral("<p>") + tr("Applied on the server %1.").arg(when(review.appliedAt)).toHtmlEscaped() +
                QStringLiteral("</p>");
    const ReviewTotals& t = review.totals;
    html += QStringLiteral("<h2>") + tr("Totals").toHtmlEscaped() + QStringLiteral("</h2><table cellpadding='3'>");
    const QList<std::pair<QString, qint64>> totals{{tr("Users"), t.users},       {tr("Kept"), t.kept},
                                                   {tr("Disabled"), t.disabled}, {tr("Role removed"), t.rolesRemoved},
                                                   {tr("Deleted"), t.deleted},   {tr("Asked"), t.asked},
                                                   {tr("Open"), t.open()}};
    for (const auto& [label, count] : totals)
        html += QStringLiteral("<tr>") + cell(label) + cell(locale.toString(count)) + QStringLiteral("</tr>");
    html += QStringLiteral("</table><h2>") + tr("Decisions").toHtmlEscaped() +
            QStringLiteral("</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    // How applying went, once it was tried: a narrower table before.
    const bool tried = std::any_of(items.cbegin(), items.cend(),
                                   [](const ReviewItem& item) { return !item.applyResult.isEmpty(); });
    QStringList headers{tr("User"), tr("Email"), tr("Roles"), tr("Decision"), tr("Why"), tr("Decided by")};
    if (tried)
        headers << tr("Applied");
    for (const QString& header : headers)
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const ReviewItem& item : items) {
        const std::optional<ReviewDecision>& d = item.decision;
        html += QStringLiteral("<tr>") + cell(item.user.username) + cell(item.user.email) +
                cell(item.user.roles.join(QStringLiteral(", "))) + cell(d ? d->text() : tr("Open")) +
                cell(d ? d->comment : QString()) +
                cell(d ? tr("%1, %2").arg(d->decidedBy, when(d->decidedAt)) : QString()) +
                (tried ? cell(item.applyResult) : QString()) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}
