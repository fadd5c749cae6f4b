#include "UserDetailPanel.h"

#include "sessions/SessionsTab.h"

#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

UserDetailPanel::UserDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_attributes(new QTreeWidget(this))
    , m_roles(new QListWidget(this))
    , m_actions(new QListWidget(this))
    , m_sessions(new SessionsTab(this))
{
    setObjectName(QStringLiteral("userDetailPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->setObjectName(QStringLiteral("userAttributes"));
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->setRootIsDecorated(false);
    m_attributes->setAlternatingRowColors(true);
    m_roles->setObjectName(QStringLiteral("userRoles"));
    m_actions->setObjectName(QStringLiteral("userActions"));

    auto* overview = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(new QLabel(tr("Roles / scopes"), overview));
    overviewLayout->addWidget(m_roles, 1);
    overviewLayout->addWidget(new QLabel(tr("Actions the server allows for this user"), overview));
    overviewLayout->addWidget(m_actions, 1);

    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(m_attributes, tr("Attributes"));
    m_tabs->addTab(m_sessions, tr("Sessions"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    setUser(User());
}

void UserDetailPanel::setUser(const User& user)
{
    m_title->setText(user.isValid() ? user.displayName() : tr("No user selected"));
    m_subtitle->setText(
        user.isValid()
            ? QString(user.email + QStringLiteral(" — ") + (user.enabled ? tr("enabled") : tr("disabled")))
            : tr("Select a user in the table to see every attribute the server returned."));
    m_attributes->clear();
    for (auto it = user.attributes.cbegin(); it != user.attributes.cend(); ++it) {
        QString value;
        if (it.value().canConvert<QVariantMap>() || it.value().canConvert<QVariantList>())
            value = QString::fromUtf8(QJsonDocument::fromVariant(it.value()).toJson(QJsonDocument::Compact));
        else
            value = it.value().isNull() ? tr("(none)") : it.value().toString();
        auto* item = new QTreeWidgetItem(m_attributes, {it.key(), value});
        item->setToolTip(1, value);
    }
    m_attributes->resizeColumnToContents(0);
    m_roles->clear();
    m_roles->addItems(user.roles);
    m_actions->clear();
    for (auto it = user.actions.cbegin(); it != user.actions.cend(); ++it)
        m_actions->addItem(QStringLiteral("%1 — %2 %3")
                               .arg(it.value().title.isEmpty() ? it.key() : it.value().title,
                                    it.value().method, it.value().href));
    if (user.isValid() && user.actions.isEmpty())
        m_actions->addItem(tr("The server does not advertise per-user actions; see the toolbar."));
}
