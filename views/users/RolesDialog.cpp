#include "RolesDialog.h"
#include "common/ThemePalette.h"

#include "remote/Connection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

RolesDialog::RolesDialog(Connection* connection, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_user(user)
    , m_single(connection->roleSet().exactlyOne())
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rolesDialog"));
    setWindowTitle(tr("Roles of %1").arg(user.displayName()));
    auto* intro =
        new QLabel(m_single ? tr("A user of this server has exactly one role; choosing another replaces it.")
                            : tr("Check the roles or scopes %1 should have.").arg(user.displayName()),
                   this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("roleList"));

    QList<RoleDefinition> known = connection->roleSet().roles;
    // Roles the user holds that the dialect does not describe still appear, as they are.
    for (const QString& held : user.roles) {
        const bool described = std::any_of(known.cbegin(), known.cend(),
                                           [&](const RoleDefinition& d) { return d.name == held; });
        if (!described) {
            RoleDefinition extra;
            extra.name = held;
            known << extra;
        }
    }
    for (const RoleDefinition& role : std::as_const(known)) {
        auto* item = new QListWidgetItem(m_list);
        item->setText(role.description.isEmpty() ? role.name
                                                 : role.name + QStringLiteral(" — ") + role.description);
        item->setData(NameRole, role.name);
        item->setCheckState(user.roles.contains(role.name) ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (role.assignable)
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setToolTip(role.whyReadOnly);
        item->setFlags(flags);
        if (!role.assignable) {
            item->setText(item->text() + QStringLiteral(" ") + tr("(read-only)"));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    connect(m_list, &QListWidget::itemChanged, this, &RolesDialog::itemChanged);

    m_error->setObjectName(QStringLiteral("rolesError"));
    m_error->setStyleSheet(ThemePalette::errorTextStyle(palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RolesDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, 380);
}

QStringList RolesDialog::checkedRoles() const
{
    QStringList roles;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            roles << m_list->item(row)->data(NameRole).toString();
    }
    return roles;
}

void RolesDialog::itemChanged(QListWidgetItem* changed)
{
    if (!m_single || changed->checkState() != Qt::Checked)
        return;
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item != changed && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(Qt::Unchecked);
    }
}

void RolesDialog::submit()
{
    if (!m_connection)
        return;
    const QStringList roles = checkedRoles();
    if (m_single && roles.size() != 1) {
        m_error->setText(tr("Choose exactly one role."));
        m_error->show();
        return;
    }
    // Only what the server accepts is sent; read-only roles stay as the server grants them.
    QStringList requested;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            requested << item->data(NameRole).toString();
    }
    m_error->hide();
    m_buttons->setEnabled(false);
    m_connection->setRoles(m_user, requested, this, [this](const Result<User>& result) {
        m_buttons->setEnabled(true);
        if (!result.ok()) {
            m_error->setText(result.error().message);
            m_error->show();
            return;
        }
        m_result = result.value();
        accept();
    });
}
