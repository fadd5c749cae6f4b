#include "UserDetailPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QWidget* placeholderTab(QWidget* parent, const QString& name, const QString& text)
{
    auto* tab = new QWidget(parent);
    tab->setObjectName(name);
    auto* layout = new QVBoxLayout(tab);
    auto* label = new QLabel(text, tab);
    label->setObjectName(name + QStringLiteral("Placeholder"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label, 1);
    return tab;
}

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

UserDetailPanel::UserDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_roles(new QListWidget(this))
    , m_actionsBox(new QFrame(this))
    , m_actionsLayout(new QGridLayout(m_actionsBox))
    , m_attributes(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("userDetailPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setObjectName(QStringLiteral("userTitle"));
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("userSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_pending->setObjectName(QStringLiteral("userPending"));
    m_pending->setText(tr("Loading every attribute from the server…"));
    m_pending->setEnabled(false);
    m_pending->hide();

    m_roles->setObjectName(QStringLiteral("userRoles"));
    m_roles->setSelectionMode(QAbstractItemView::NoSelection);
    m_roles->setWordWrap(true);
    m_actionsBox->setObjectName(QStringLiteral("userActions"));
    m_actionsBox->setFrameShape(QFrame::StyledPanel);
    m_actionsLayout->setContentsMargins(6, 6, 6, 6);

    m_attributes->setObjectName(QStringLiteral("userAttributes"));
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers); // read-only, always
    m_attributes->header()->setStretchLastSection(true);

    auto* overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("overviewTab"));
    auto* overviewLayout = new QVBoxLayout(overview);
    auto* rolesLabel = new QLabel(tr("Roles / scopes"), overview);
    rolesLabel->setBuddy(m_roles);
    overviewLayout->addWidget(rolesLabel);
    overviewLayout->addWidget(m_roles, 1);
    auto* actionsLabel = new QLabel(tr("Actions the server allows for this user"), overview);
    actionsLabel->setObjectName(QStringLiteral("userActionsLabel"));
    overviewLayout->addWidget(actionsLabel);
    overviewLayout->addWidget(m_actionsBox);

    m_sessionsTab =
        placeholderTab(this, QStringLiteral("sessionsTab"), tr("Sessions of this user appear here."));
    m_apiKeysTab =
        placeholderTab(this, QStringLiteral("apiKeysTab"), tr("API keys of this user appear here."));
    m_tabs->setObjectName(QStringLiteral("userDetailTabs"));
    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(m_attributes, tr("Attributes"));
    m_tabs->addTab(m_sessionsTab, tr("Sessions"));
    m_tabs->addTab(m_apiKeysTab, tr("API keys"));
    auto* history = new QWidget(this);
    history->setObjectName(QStringLiteral("historyTab"));
    m_history = new QTreeWidget(history);
    m_history->setObjectName(QStringLiteral("userHistory"));
    m_history->setHeaderLabels({tr("When"), tr("What changed")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_historyNote = new QLabel(history);
    m_historyNote->setObjectName(QStringLiteral("userHistoryNote"));
    m_historyNote->setWordWrap(true);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_history, 1);
    m_tabs->addTab(history, tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_pending);
    layout->addWidget(m_tabs, 1);
    setUser(User());
}

void UserDetailPanel::host(QWidget* tab, QWidget* content)
{
    if (auto* placeholder = tab->findChild<QLabel*>(tab->objectName() + QStringLiteral("Placeholder")))
        placeholder->hide();
    content->setParent(tab);
    auto* layout = qobject_cast<QVBoxLayout*>(tab->layout());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content, 1);
}

void UserDetailPanel::setHistory(const QList<UserChange>& changes, const QString& note)
{
    m_history->clear();
    for (const UserChange& change : changes)
        new QTreeWidgetItem(m_history, {dateText(change.at), change.description()});
    m_history->resizeColumnToContents(0);
    m_historyNote->setText(note);
}

void UserDetailPanel::setCacheStatus(const QString& cacheStatus)
{
    m_cacheStatus = cacheStatus;
}

void UserDetailPanel::setRoleDefinitions(const QList<RoleDefinition>& roles)
{
    m_roleDefinitions = roles;
    setUser(m_user);
}

void UserDetailPanel::setActionsFromServer(bool fromServer)
{
    m_actionsFromServer = fromServer;
    setUser(m_user);
}

QString UserDetailPanel::actionLabel(const QString& name)
{
    if (name == UserActionName::edit)
        return tr("Edit…");
    if (name == UserActionName::remove)
        return tr("Delete…");
    if (name == UserActionName::scopes)
        return tr("Change scopes…");
    if (name == UserActionName::sessions)
        return tr("Sessions");
    if (name == UserActionName::revokeSessions)
        return tr("Sign out everywhere…");
    if (name == UserActionName::reload)
        return tr("Reload");
    return {};
}

void UserDetailPanel::showOverview()
{
    m_tabs->setCurrentIndex(0);
}

void UserDetailPanel::setUser(const User& user, bool complete)
{
    const bool changed = user.id != m_user.id;
    m_user = user;
    const bool valid = user.isValid();
    m_title->setText(valid ? user.displayName() : tr("No user selected"));
    if (valid) {
        QStringList parts;
        if (!user.email.isEmpty())
            parts << user.email;
        if (user.username != user.email && !user.username.isEmpty())
            parts << tr("username %1").arg(user.username);
        parts << (user.enabled ? tr("enabled") : tr("disabled"));
        if (user.createdAt.isValid())
            parts << tr("created %1").arg(dateText(user.createdAt));
        parts << (user.lastLoginAt.isValid() ? tr("last login %1").arg(dateText(user.lastLoginAt))
                                             : tr("no sign-in recorded"));
        if (!m_cacheStatus.isEmpty())
            parts << m_cacheStatus;
        m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    } else {
        m_subtitle->setText(tr("Select a user in the table to see every attribute the server returned."));
    }
    m_pending->setVisible(valid && !complete);

    m_roles->clear();
    for (const QString& role : user.roles) {
        QString text = role;
        for (const RoleDefinition& definition : m_roleDefinitions) {
            if (definition.name == role && !definition.description.isEmpty())
                text += QStringLiteral(" — ") + definition.description;
        }
        m_roles->addItem(text);
    }
    if (valid && user.roles.isEmpty())
        m_roles->addItem(tr("(no roles or scopes)"));
    fillAttributes(user);
    fillActions(user);
    m_tabs->setEnabled(valid);
    if (changed)
        emit userChanged(user);
}

void UserDetailPanel::addValue(QTreeWidgetItem* parent, QTreeWidget* tree, const QString& key,
                               const QVariant& value)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    // Nested objects and lists unfold into children; everything stays read-only text.
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        item->setText(1, map.isEmpty() ? QStringLiteral("{}") : QString());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            addValue(item, tree, it.key(), it.value());
        return;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        bool scalar = true;
        for (const QVariant& element : list)
            scalar = scalar && element.typeId() != QMetaType::QVariantMap &&
                     element.typeId() != QMetaType::QVariantList;
        if (scalar) {
            QStringList parts;
            for (const QVariant& element : list)
                parts << element.toString();
            item->setText(1, parts.isEmpty() ? QStringLiteral("[]") : parts.join(QLatin1String(", ")));
        } else {
            for (int i = 0; i < list.size(); ++i)
                addValue(item, tree, QStringLiteral("[%1]").arg(i), list.at(i));
        }
        item->setToolTip(1, item->text(1));
        return;
    }
    QString text;
    if (value.isNull())
        text = tr("(none)");
    else if (value.typeId() == QMetaType::Bool)
        text = value.toBool() ? tr("yes") : tr("no");
    else
        text = value.toString();
    item->setText(1, text);
    item->setToolTip(1, text);
}

void UserDetailPanel::fillAttributes(const User& user)
{
    m_attributes->clear();
    if (!user.isValid())
        return;
    if (user.attributes.isEmpty()) {
        // A row known from the table only: show what it holds until the rest arrives.
        const QList<QPair<QString, QString>> known{{tr("id"), user.id},
                                                   {tr("username"), user.username},
                                                   {tr("email"), user.email},
                                                   {tr("first name"), user.firstName},
                                                   {tr("last name"), user.lastName}};
        for (const auto& pair : known)
            new QTreeWidgetItem(m_attributes, {pair.first, pair.second});
    } else {
        for (auto it = user.attributes.cbegin(); it != user.attributes.cend(); ++it)
            addValue(nullptr, m_attributes, it.key(), it.value());
    }
    m_attributes->expandAll();
    m_attributes->resizeColumnToContents(0);
}

void UserDetailPanel::fillActions(const User& user)
{
    while (QLayoutItem* item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool show = m_actionsFromServer && user.isValid();
    m_actionsBox->setVisible(show);
    if (QWidget* label = findChild<QWidget*>(QStringLiteral("userActionsLabel")))
        label->setVisible(show);
    if (!show)
        return;
    int slot = 0;
    for (auto it = user.actions.cbegin(); it != user.actions.cend(); ++it) {
        const QString label = actionLabel(it.key());
        if (label.isEmpty())
            continue; // a link the console has no use for
        auto* button = new QPushButton(label, m_actionsBox);
        button->setObjectName(QStringLiteral("userAction_") + it.key());
        button->setToolTip(QStringLiteral("%1 %2").arg(it.value().method, it.value().href));
        const QString name = it.key();
        connect(button, &QPushButton::clicked, this, [this, name] { emit actionRequested(name); });
        m_actionsLayout->addWidget(button, slot / 2, slot % 2);
        ++slot;
    }
    if (slot == 0) {
        auto* none =
            new QLabel(tr("The server allows no actions on this user for your account."), m_actionsBox);
        none->setObjectName(QStringLiteral("userActionsNone"));
        none->setWordWrap(true);
        m_actionsLayout->addWidget(none, 0, 0, 1, 2);
    }
}
