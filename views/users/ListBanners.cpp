#include "ListBanners.h"

#include "listing/UserListController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ListBanners::ListBanners(UserListController* users, QWidget* parent)
    : QWidget(parent)
    , m_users(users)
    , m_freshness(new QLabel(this))
    , m_scope(new QWidget(this))
    , m_scopeTitle(new QLabel(m_scope))
{
    m_freshness->setObjectName(QStringLiteral("freshnessBanner"));
    m_freshness->setWordWrap(true);
    m_freshness->setMargin(6);
    m_scope->setObjectName(QStringLiteral("scopeBar"));
    m_scopeTitle->setObjectName(QStringLiteral("scopeTitle"));
    m_scopeTitle->setWordWrap(true);
    auto* everyone = new QPushButton(tr("Show all users"), m_scope);
    everyone->setObjectName(QStringLiteral("clearScope"));
    auto* scope = new QHBoxLayout(m_scope);
    scope->setContentsMargins(6, 4, 6, 4);
    scope->addWidget(m_scopeTitle, 1);
    scope->addWidget(everyone);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_freshness);
    layout->addWidget(m_scope);
    connect(everyone, &QPushButton::clicked, users, &UserListController::clearScope);
    connect(users, &UserListController::stateChanged, this, &ListBanners::update);
    update();
}

void ListBanners::update()
{
    const QString text = m_users->freshnessText();
    m_freshness->setVisible(!text.isEmpty());
    m_freshness->setText(text);
    // Offline, or no offline copy at all, stands out; a cached or live copy is stated plainly.
    m_freshness->setStyleSheet(
        m_users->isOffline() || !m_users->cacheProblem().isEmpty()
            ? QStringLiteral("background:#fff3cd; color:#5c4400; border-bottom:1px solid #e0c060;")
            : QStringLiteral("background:palette(alternate-base);"));
    const QString scope = m_users->scopeTitle();
    m_scope->setVisible(!scope.isEmpty());
    m_scopeTitle->setText(tr("Only the users of the overview’s figure “%1”, from the local copy.").arg(scope));
    setVisible(!text.isEmpty() || !scope.isEmpty());
}
